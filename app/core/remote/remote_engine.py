"""A model on another computer, used like the local ``Engine`` (``chat_engine.ChatEngine``).

A reply is read from the server on a thread of its own and handed over through a queue, so
``cancel`` (Stop) ends the reply for the caller within a fraction of a second whatever the
network does; the reading thread then closes the connection at the server's next piece, which
makes the server stop writing (llama-server, Ollama and llama-cpp-python's server all stop on
a closed connection).
"""

from __future__ import annotations

import json
import queue
import random
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from app.core.engine.generation import GenerationOptions, ModelInfo, ReplyStats
from app.core.engine.prompt import VICUNA_SYSTEM, Prompt, PromptTemplate, Turn, fit_prompt, template_named
from app.core.errors import NoModelLoadedError, ShortChatError
from app.core.remote.prompts import ServerTokenizer, text_prompt
from app.core.remote.servers import (
    Server,
    ServerError,
    ServerKind,
    detect,
    failure_sentence,
    file_name_of,
    host_of,
    http_client,
)
from app.core.words import translate

_POLL_S = 0.05  # how often a waiting reader looks for Stop
DEFAULT_REMOTE_CONTEXT = 2048  # when a server does not say its context length


@dataclass(frozen=True)
class ServerFigures:
    """What the server itself measured for a reply, where it says (for comparing with ours)."""

    reply_tokens: int | None = None
    prompt_tokens: int | None = None
    evaluated_tokens: int | None = None
    tokens_cached: int | None = None
    decode_tokens_per_s: float | None = None
    stop_reason: str | None = None


def cut_off_sentence(url: str) -> str:
    return translate("Errors", "The connection to {computer} was cut off in the middle of the reply.").format(
        computer=host_of(url)
    )


def remote_model_name(server: Server, model_name: str) -> str:
    """How a remote model is named in lists and chats: "Vicuna 5.5b · Q4_K_M on 192.168.1.20:8080"."""
    from app.core.models.catalog import display_name

    return translate("RemoteModels", "{model} on {computer}").format(
        model=display_name(file_name_of(model_name)), computer=server.computer
    )


def template_for_remote(model_name: str) -> PromptTemplate:
    """The template the catalog model was tuned on, known by the file's name; Vicuna's otherwise."""
    from app.core.models.catalog import model_of_file

    model = model_of_file(file_name_of(model_name))
    return template_named(model.template if model is not None else None)


class RemoteReplyStream:
    """A reply from a server, as the local ``ReplyStream``: iterate for pieces; ``text``, ``stats``,
    ``cancel()``, ``close()``. A failure raises ``ServerError`` (one sentence); ``text`` keeps what came."""

    def __init__(self, engine: RemoteEngine, prompt: Prompt, source: Iterator[tuple[str, object]], continuation: bool):
        self._engine = engine
        self.prompt = prompt
        self.stats: ReplyStats | None = None
        self.server_figures = ServerFigures()
        self.reading: float | None = None
        self.on_reading = None
        self._pieces: list[str] = []
        self._cancelled = threading.Event()
        self._finished = False
        self._at_start = not continuation
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._started = time.perf_counter()
        self._first_at: float | None = None
        self._last_at: float | None = None
        self._pieces_received = 0
        self._reader = threading.Thread(target=self._read, args=(source,), name="shortchat-remote-reply", daemon=True)
        self._reader.start()

    @property
    def text(self) -> str:
        return "".join(self._pieces)

    def _read(self, source: Iterator[tuple[str, object]]) -> None:
        try:
            for event in source:
                if self._cancelled.is_set():
                    break
                self._queue.put(event)
        except BaseException as error:  # noqa: BLE001 - handed to the iterating thread
            if not self._cancelled.is_set():
                self._queue.put(("error", error))
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                try:
                    close()  # closes the connection: the server stops writing
                except Exception:  # noqa: BLE001 - already failing or stopped
                    pass
            self._queue.put(("end", None))

    def __iter__(self) -> RemoteReplyStream:
        return self

    def __next__(self) -> str:
        while not self._finished:
            if self._cancelled.is_set():
                self._finish("cancelled")
                break
            try:
                kind, value = self._queue.get(timeout=_POLL_S)
            except queue.Empty:
                continue
            if self._cancelled.is_set() and kind in ("error", "end"):  # Stop came first: the reader only followed
                continue
            if kind == "piece":
                piece = self._received(str(value))
                if piece:
                    return piece
            elif kind == "figures":
                self.server_figures = value
            elif kind == "error":
                self._finish("failed")
                if isinstance(value, ShortChatError):
                    raise value
                url = self._engine.server.url
                if self._first_at is not None:  # it was answering: whatever the library calls it, the line was cut
                    raise ServerError(cut_off_sentence(url)) from value
                raise ServerError(failure_sentence(value, url)) from value
            elif kind == "end":
                self._finish(None)
                if self.server_figures.stop_reason is None:  # the stream ended without the server's last word
                    self.stats = replace(self.stats, stop_reason="failed")
                    raise ServerError(cut_off_sentence(self._engine.server.url))
        raise StopIteration

    def _received(self, piece: str) -> str:
        now = time.perf_counter()
        self._first_at = self._first_at or now
        self._last_at = now
        self._pieces_received += 1
        if self._at_start:
            piece = piece.lstrip(" ")  # SentencePiece's word-start space before the reply, as the local engine
            self._at_start = not piece
        if piece:
            self._pieces.append(piece)
        return piece

    def _finish(self, reason: str | None) -> None:
        self._finished = True
        figures = self.server_figures
        tokens = figures.reply_tokens if figures.reply_tokens is not None else self._pieces_received
        rate = 0.0
        if tokens > 1 and self._first_at is not None and self._last_at > self._first_at:
            rate = (tokens - 1) / (self._last_at - self._first_at)
        prompt_tokens = len(self.prompt.tokens) or figures.prompt_tokens or 0
        self.stats = ReplyStats(
            prompt_tokens=prompt_tokens,
            evaluated_tokens=figures.evaluated_tokens if figures.evaluated_tokens is not None else prompt_tokens,
            reply_tokens=tokens,
            time_to_first_token_s=(self._first_at - self._started) if self._first_at else 0.0,
            decode_tokens_per_s=rate,
            stop_reason=reason or figures.stop_reason or "eos",
        )
        self._engine._ended(self)

    def cancel(self) -> None:
        self._cancelled.set()

    def close(self) -> None:
        """Stop the reply; the caller goes on at once (the connection closes on the reading thread)."""
        if not self._finished:
            self.cancel()
            for _ in self:
                pass
        self._reader.join(timeout=0.5)

    def __enter__(self) -> RemoteReplyStream:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


class RemoteEngine:
    """One model of one server, used like the local ``Engine``."""

    def __init__(self, server: Server, model_name: str | None = None) -> None:
        self.server = server
        self.model_name = model_name or (server.models[0].name if server.models else None)
        self._model: ModelInfo | None = None
        self._client = None
        self._tokenizer: ServerTokenizer | None = None
        self._current: RemoteReplyStream | None = None
        self.log_path = None
        self.measured_tokens_per_s: float | None = None  # writing speed of its last reply, as seen from here

    @property
    def model(self) -> ModelInfo | None:
        return self._model

    @property
    def name(self) -> str:
        return remote_model_name(self.server, self.model_name or "model")

    def load(self, *_ignored, **_ignored_too) -> ModelInfo:
        """Ask the server again what it serves (it may have restarted, or still be loading) and make
        this model the one chats use. Arguments of the local ``load`` are accepted and not used."""
        server = detect(self.server.url, self.server.api_key)
        self.server = server
        names = [m.name for m in server.models]
        if self.model_name is None and names:
            self.model_name = names[0]
        if self.model_name not in names and server.kind != ServerKind.LLAMA_SERVER:
            raise ServerError(
                translate("Errors", "The server at {computer} no longer offers {model_name}."),
                computer=server.computer,
                model_name=self.model_name,
            )
        offered = next((m for m in server.models if m.name == self.model_name), server.models[0])
        self.model_name = offered.name
        n_ctx = offered.n_ctx or DEFAULT_REMOTE_CONTEXT
        self._client = self._client or http_client(server.api_key)
        self._tokenizer = None
        started = time.perf_counter()
        if server.kind == ServerKind.LLAMA_SERVER:
            self._tokenizer = self._llama_server_tokenizer()
        self._model = ModelInfo(
            path=Path(self.name), name=self.name, architecture="remote", n_ctx=n_ctx, n_ctx_train=n_ctx,
            n_layers=0, n_params=0, file_bytes=0, n_threads=0, n_gpu_layers=0,
            load_seconds=time.perf_counter() - started,
        )  # fmt: skip
        return self._model

    def _llama_server_tokenizer(self) -> ServerTokenizer:
        try:
            props = self._client.get(f"{self.server.url}/props").json()
            probe = ServerTokenizer(self._client, self.server.url, None, 2)
            bos_text, eos_text = props.get("bos_token"), props.get("eos_token")
            eos = probe.ask(eos_text, special=True) if eos_text else [2]
            bos = probe.ask(bos_text, special=True) if bos_text else []
            with_bos = self._client.post(f"{self.server.url}/tokenize", json={"content": "a", "add_special": True})
            adds_bos = bool(bos) and with_bos.json()["tokens"][:1] == bos[:1]
        except ServerError:
            raise
        except Exception as error:  # noqa: BLE001 - the network's failures are sentences
            raise ServerError(failure_sentence(error, self.server.url)) from error
        if len(eos) != 1:
            raise ServerError(
                translate("Errors", "The model at {computer} has no end-of-reply token ShortChat can use."),
                computer=self.server.computer,
            )
        return ServerTokenizer(self._client, self.server.url, bos[0] if adds_bos else None, eos[0])

    def prepare(
        self,
        user: str,
        history: Sequence[Turn] = (),
        system: str = VICUNA_SYSTEM,
        reply_tokens: int = GenerationOptions.max_tokens,
        reply_start: str = "",
    ) -> Prompt:
        model = self._require_model()
        template = template_for_remote(self.model_name)
        if self._tokenizer is not None:
            try:
                tokenizer, n_ctx = self._tokenizer, model.n_ctx
                return fit_prompt(tokenizer, system, history, user, n_ctx, reply_tokens, template, reply_start)
            except ShortChatError:
                raise
            except Exception as error:  # noqa: BLE001
                raise ServerError(failure_sentence(error, self.server.url)) from error
        return text_prompt(system, history, user, model.n_ctx, reply_tokens, template, reply_start)

    def chat(
        self,
        user: str,
        history: Sequence[Turn] = (),
        system: str = VICUNA_SYSTEM,
        options: GenerationOptions | None = None,
        reply_start: str = "",
    ) -> RemoteReplyStream:
        options = options or GenerationOptions()
        model = self._require_model()
        budget = max(1, min(options.max_tokens, model.n_ctx // 2))
        options = replace(options, max_tokens=budget, continuation=bool(reply_start))
        prompt = self.prepare(user, history, system, budget, reply_start)
        stops = template_for_remote(self.model_name).stop_strings + tuple(options.stop)
        source = self._source(prompt, options, stops)
        self._current = RemoteReplyStream(self, prompt, source, options.continuation)
        return self._current

    def _source(self, prompt: Prompt, options: GenerationOptions, stops: tuple[str, ...]):
        if self.server.kind == ServerKind.LLAMA_SERVER:
            return llama_server_events(self._client, self.server.url, prompt, options, stops)
        if self.server.kind == ServerKind.OLLAMA:
            return ollama_events(self._client, self.server.url, self.model_name, prompt, options, stops)
        return openai_events(self.server, self.model_name, prompt, options, stops)

    def _ended(self, stream: RemoteReplyStream) -> None:
        if stream.stats is not None and stream.stats.decode_tokens_per_s > 0:
            self.measured_tokens_per_s = stream.stats.decode_tokens_per_s
        if self._current is stream:
            self._current = None

    def _require_model(self) -> ModelInfo:
        if self._model is None:
            raise NoModelLoadedError(translate("Errors", "No model is chosen. Choose a model first."))
        return self._model

    def cancel(self) -> None:
        stream = self._current
        if stream is not None:
            stream.cancel()

    def unload(self) -> None:
        self.cancel()
        self._model = None

    def close(self) -> None:
        self.unload()
        client, self._client = self._client, None
        if client is not None:
            client.close()

    def __enter__(self) -> RemoteEngine:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def connect_remote(url: str, model_name: str | None, api_key: str | None = None) -> RemoteEngine:
    """A ``RemoteEngine`` for ``model_name`` at ``url``, its server asked what it serves (a ServerError,
    one sentence, when it cannot be used: gone, still loading, a wrong key)."""
    engine = RemoteEngine(Server(url, ServerKind.OPENAI, (), api_key), model_name)  # load() asks which kind it is
    try:
        engine.load()
    except BaseException:
        engine.close()
        raise
    return engine


# -- the three protocols: each a generator of ("piece", text) and ("figures", ServerFigures) -------


def _seed(options: GenerationOptions) -> int:
    return options.seed if options.seed is not None else random.randrange(2**31)


def llama_server_events(client, url: str, prompt: Prompt, options: GenerationOptions, stops: tuple[str, ...]):
    """llama-server's ``/completion``: token ids in, SSE out, the cached prefix reused."""
    body = {
        "prompt": prompt.tokens, "n_predict": options.max_tokens, "stream": True, "cache_prompt": True,
        "temperature": options.temperature, "top_p": options.top_p, "top_k": options.top_k,
        "min_p": options.min_p, "repeat_penalty": options.repeat_penalty, "seed": _seed(options),
        "stop": list(stops),
    }  # fmt: skip
    with client.stream("POST", f"{url}/completion", json=body) as response:
        _raise_for_status(response)
        for line in response.iter_lines():
            if not line.startswith("data:"):
                continue
            data = line[5:].strip()
            if data == "[DONE]":
                break
            event = json.loads(data)
            if event.get("content"):
                yield "piece", event["content"]
            if event.get("stop"):
                timings = event.get("timings") or {}
                stop_type = event.get("stop_type") or (
                    "eos" if event.get("stopped_eos") else "word" if event.get("stopped_word") else "limit"
                )
                yield (
                    "figures",
                    ServerFigures(
                        reply_tokens=timings.get("predicted_n", event.get("tokens_predicted")),
                        prompt_tokens=event.get("tokens_evaluated"),
                        evaluated_tokens=timings.get("prompt_n"),
                        tokens_cached=event.get("tokens_cached"),
                        decode_tokens_per_s=timings.get("predicted_per_second"),
                        stop_reason={"eos": "eos", "word": "stop_string", "limit": "length"}.get(stop_type, "eos"),
                    ),
                )
                break


def ollama_events(client, url: str, model: str, prompt: Prompt, options: GenerationOptions, stops: tuple[str, ...]):
    """Ollama's ``/api/generate`` with ``raw: true`` (no template of its own), NDJSON out."""
    body = {
        "model": model, "prompt": prompt.text, "raw": True, "stream": True,
        "options": {
            "num_predict": options.max_tokens, "temperature": options.temperature, "top_p": options.top_p,
            "top_k": options.top_k, "min_p": options.min_p, "repeat_penalty": options.repeat_penalty,
            "seed": _seed(options), "stop": list(stops),
        },
    }  # fmt: skip
    with client.stream("POST", f"{url}/api/generate", json=body) as response:
        _raise_for_status(response)
        for line in response.iter_lines():
            if not line.strip():
                continue
            event = json.loads(line)
            if event.get("error"):
                raise ServerError(translate("Errors", "The Ollama server said: {error}"), error=event["error"])
            if event.get("response"):
                yield "piece", event["response"]
            if event.get("done"):
                eval_ns = event.get("eval_duration") or 0
                count = event.get("eval_count")
                yield (
                    "figures",
                    ServerFigures(
                        reply_tokens=count,
                        prompt_tokens=event.get("prompt_eval_count"),
                        evaluated_tokens=event.get("prompt_eval_count"),
                        decode_tokens_per_s=(count / (eval_ns / 1e9)) if count and eval_ns else None,
                        stop_reason="length" if event.get("done_reason") == "length" else "eos",
                    ),
                )
                break


def openai_events(server: Server, model: str, prompt: Prompt, options: GenerationOptions, stops: tuple[str, ...]):
    """``/v1/completions`` through the official OpenAI client: a text prompt, streamed."""
    import httpx2
    import openai

    from app.core.remote.servers import ANSWER_TIMEOUT_S, CONNECT_TIMEOUT_S

    client = openai.OpenAI(
        base_url=f"{server.url}/v1", api_key=server.api_key or "none", max_retries=0,
        timeout=httpx2.Timeout(ANSWER_TIMEOUT_S, connect=CONNECT_TIMEOUT_S),
    )  # fmt: skip
    try:
        stream = client.completions.create(
            model=model, prompt=prompt.text, stream=True, max_tokens=options.max_tokens,
            temperature=options.temperature, top_p=options.top_p, stop=list(stops)[:4] or None,
            seed=_seed(options),
            extra_body={"top_k": options.top_k, "min_p": options.min_p, "repeat_penalty": options.repeat_penalty},
        )  # fmt: skip
        with stream:
            reply_tokens = 0
            for chunk in stream:
                if not chunk.choices:
                    continue
                choice = chunk.choices[0]
                if choice.text:
                    reply_tokens += 1
                    yield "piece", choice.text
                if choice.finish_reason:
                    reason = "length" if choice.finish_reason == "length" else "eos"
                    yield "figures", ServerFigures(stop_reason=reason)
                    break
    finally:
        client.close()


def _raise_for_status(response) -> None:
    if response.status_code >= 400:
        response.read()
        response.raise_for_status()
