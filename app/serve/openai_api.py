"""The OpenAI-compatible HTTP API (Starlette) over an ``EngineQueue``.

``POST /v1/chat/completions`` renders the messages with the model's own template, as token
ids, exactly as the window does (``Engine.chat``: the system message becomes the system text,
everything people wrote stays plain text, the oldest turns are left out when the chat
outgrows the context, and the header ``X-ShortChat-Dropped-Turns`` says how many).
``POST /v1/completions`` reads its prompt as plain text after BOS. Both stream with
server-sent events when asked. Errors come in OpenAI's format: ``{"error": {"message",
"type", "param", "code"}}``. No field of a request can name a file: the loaded model
answers whatever ``model`` says.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import time
import uuid
from dataclasses import dataclass

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.core.engine.generation import GenerationOptions, ModelInfo, ReplyStats
from app.core.engine.prompt import VICUNA_SYSTEM, Prompt, Turn
from app.core.errors import (
    Cancelled,
    EngineBusyError,
    ModelCrashedError,
    NoModelLoadedError,
    PromptTooLongError,
    ShortChatError,
)
from app.serve.engine_queue import DONE, ERROR, PIECE, EngineQueue, Job, QueueFullError, completion_start

log = logging.getLogger("shortchat.serve")

MAX_BODY_BYTES = 4 * 1024 * 1024  # far more than a 2048-token context can read
MAX_STOP_STRINGS = 4  # as OpenAI allows
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
FINISH_REASONS = {"eos": "stop", "stop_string": "stop", "length": "length", "cancelled": "stop"}
DROPPED_TURNS_HEADER = "X-ShortChat-Dropped-Turns"


@dataclass(frozen=True)
class ApiSettings:
    api_key: str | None = None  # None: no key asked (only for this computer's own address)
    allow_origins: tuple[str, ...] = ()  # web pages allowed to call it (CORS); none by default
    loopback_only: bool = True  # answer only requests addressed to this computer (no DNS rebinding)
    max_body_bytes: int = MAX_BODY_BYTES


class ApiError(Exception):
    """An answer in OpenAI's error format."""

    def __init__(
        self,
        status: int,
        message: str,
        kind: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.kind, self.param, self.code = status, message, kind, param, code
        self.headers = headers or {}

    def body(self) -> dict:
        return {"error": {"message": self.message, "type": self.kind, "param": self.param, "code": self.code}}

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers)


def api_error_of(error: ShortChatError) -> ApiError:
    """The HTTP answer for an error of the engine or the queue."""
    message = str(error)
    if isinstance(error, QueueFullError):
        headers = {"Retry-After": str(error.retry_after_s)}
        return ApiError(429, message, "requests", code="rate_limit_exceeded", headers=headers)
    if isinstance(error, PromptTooLongError):
        return ApiError(400, message, param="messages", code="context_length_exceeded")
    if isinstance(error, (NoModelLoadedError, ModelCrashedError)):
        return ApiError(503, message, "server_error", code="model_not_loaded")
    if isinstance(error, (EngineBusyError, Cancelled)):
        return ApiError(503, message, "server_error", code="unavailable")
    return ApiError(500, message, "server_error")


# -- reading requests ------------------------------------------------------------


def _too_large(limit: int) -> ApiError:
    return ApiError(413, f"The request is larger than {limit / (1024 * 1024):g} MB.", code="request_too_large")


async def read_json(request: Request, limit: int) -> dict:
    body = bytearray()
    try:
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                raise _too_large(limit)
    except ClientDisconnect:
        raise ApiError(400, "The request ended before its body did.") from None
    try:
        data = json.loads(body)
    except ValueError:  # also a body that is not UTF-8
        raise ApiError(
            400,
            "We could not parse the JSON body of your request. The body must be JSON (Content-Type: application/json).",
        ) from None
    if not isinstance(data, dict):
        raise ApiError(400, "The request body must be a JSON object.")
    return data


def _number(data: dict, name: str, default: float, low: float, high: float) -> float:
    value = data.get(name)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise ApiError(400, f"'{name}' must be a number from {low:g} to {high:g}.", param=name)
    return float(value)


def _integer(data: dict, name: str, low: int, high: int) -> int | None:
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ApiError(400, f"'{name}' must be a whole number from {low} to {high}.", param=name)
    return value


def _flag(data: dict, name: str) -> bool:
    value = data.get(name, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ApiError(400, f"'{name}' must be true or false.", param=name)
    return value


def _refuse_unsupported(data: dict, *, chat: bool) -> None:
    """What this server cannot do is said, never silently ignored."""
    if data.get("n") not in (None, 1):
        raise ApiError(400, "Only one reply per request is supported ('n' must be 1).", param="n")
    if data.get("logprobs") not in (None, False, 0):
        raise ApiError(400, "'logprobs' is not supported.", param="logprobs")
    if chat and data.get("tools"):
        raise ApiError(400, "Tools (function calling) are not supported by these models.", param="tools")
    if not chat and data.get("echo"):
        raise ApiError(400, "'echo' is not supported.", param="echo")
    if not chat and data.get("suffix"):
        raise ApiError(400, "'suffix' (filling in the middle) is not supported.", param="suffix")


def _stop_strings(data: dict) -> tuple[str, ...]:
    stop = data.get("stop")
    if stop is None:
        return ()
    stops = [stop] if isinstance(stop, str) else stop
    if not isinstance(stops, list) or len(stops) > MAX_STOP_STRINGS or not all(isinstance(s, str) and s for s in stops):
        raise ApiError(400, f"'stop' must be a text, or a list of at most {MAX_STOP_STRINGS} texts.", param="stop")
    return tuple(stops)


def generation_options(data: dict, n_ctx: int) -> GenerationOptions:
    """The request's sampling settings; what it leaves out is ShortChat's default (as in the window)."""
    defaults = GenerationOptions()
    max_tokens = _integer(data, "max_completion_tokens", 1, n_ctx)
    if max_tokens is None:
        max_tokens = _integer(data, "max_tokens", 1, n_ctx)
    seed = _integer(data, "seed", -(2**63), 2**64 - 1)
    return GenerationOptions(
        max_tokens=max_tokens or defaults.max_tokens,
        temperature=_number(data, "temperature", defaults.temperature, 0, 2),
        top_p=_number(data, "top_p", defaults.top_p, 0, 1),
        seed=None if seed is None else seed % 2**32,  # llama.cpp's seeds are 32-bit
        stop=_stop_strings(data),
    )


def _message_text(message: dict, index: int) -> str:
    content = message.get("content")
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = []
        for part in content:
            if not (isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)):
                raise ApiError(400, f"messages[{index}]: only text can be sent to these models.", param="messages")
            texts.append(part["text"])
        return "\n".join(texts)
    raise ApiError(400, f"messages[{index}]: 'content' must be a text.", param="messages")


def conversation(messages) -> tuple[str, list[Turn], str]:
    """OpenAI messages as the template's parts: the system text, the finished turns, the new message.

    System (and "developer") messages together are the system text (Vicuna's own when there is
    none). Consecutive messages of one side are joined; a chat opening with the assistant gets
    an empty first question. The last message must be the user's.
    """
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "'messages' must be a list of at least one message.", param="messages")
    systems: list[str] = []
    said: list[list[str]] = []  # [role, text], one side after the other
    for index, message in enumerate(messages):
        if not isinstance(message, dict):
            raise ApiError(400, f"messages[{index}] must be an object with 'role' and 'content'.", param="messages")
        role = message.get("role")
        if message.get("tool_calls"):
            raise ApiError(400, "Tools (function calling) are not supported by these models.", param="messages")
        text = _message_text(message, index)
        if role in ("system", "developer"):
            systems.append(text)
        elif role in ("user", "assistant"):
            if said and said[-1][0] == role:
                said[-1][1] += "\n\n" + text
            else:
                said.append([role, text])
        else:
            raise ApiError(
                400, f"messages[{index}]: the role {role!r} is not supported (system, user or assistant).",
                param="messages",
            )  # fmt: skip
    if not said or said[-1][0] != "user":
        raise ApiError(400, "The last message must be the user's.", param="messages")
    if said[0][0] == "assistant":
        said.insert(0, ["user", ""])
    turns = [Turn(said[i][1], said[i + 1][1]) for i in range(0, len(said) - 1, 2)]
    system = "\n\n".join(systems) if systems else VICUNA_SYSTEM
    return system, turns, said[-1][1]


def completion_prompt(data: dict) -> str:
    prompt = data.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str):
        prompt = prompt[0]
    if not isinstance(prompt, str):
        raise ApiError(400, "'prompt' must be one text (token ids and several prompts are not supported).",
                       param="prompt")  # fmt: skip
    return prompt


# -- answers ----------------------------------------------------------------------


def usage_of(stats: ReplyStats) -> dict:
    return {
        "prompt_tokens": stats.prompt_tokens,
        "completion_tokens": stats.reply_tokens,
        "total_tokens": stats.prompt_tokens + stats.reply_tokens,
    }


class _ChatFormat:
    """The JSON of a chat completion, whole or in chunks."""

    def __init__(self, model_id: str) -> None:
        self.id = f"chatcmpl-{uuid.uuid4().hex}"
        self.created = int(time.time())
        self.model = model_id

    def _chunk(self, choices: list, **extra) -> dict:
        return {"id": self.id, "object": "chat.completion.chunk", "created": self.created, "model": self.model,
                "choices": choices, **extra}  # fmt: skip

    def opening(self) -> dict | None:
        return self._chunk([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])

    def piece(self, text: str) -> dict:
        return self._chunk([{"index": 0, "delta": {"content": text}, "finish_reason": None}])

    def ending(self, stats: ReplyStats) -> dict:
        return self._chunk([{"index": 0, "delta": {}, "finish_reason": FINISH_REASONS[stats.stop_reason]}])

    def usage(self, stats: ReplyStats) -> dict:
        return self._chunk([], usage=usage_of(stats))

    def whole(self, text: str, stats: ReplyStats, prompt: Prompt) -> dict:
        return {
            "id": self.id, "object": "chat.completion", "created": self.created, "model": self.model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": FINISH_REASONS[stats.stop_reason], "logprobs": None}],
            "usage": usage_of(stats),
            "shortchat": {"dropped_turns": prompt.dropped_turns},
        }  # fmt: skip


class _CompletionFormat(_ChatFormat):
    def __init__(self, model_id: str) -> None:
        super().__init__(model_id)
        self.id = f"cmpl-{uuid.uuid4().hex}"

    def _chunk(self, choices: list, **extra) -> dict:
        return {"id": self.id, "object": "text_completion", "created": self.created, "model": self.model,
                "choices": choices, **extra}  # fmt: skip

    def opening(self) -> dict | None:
        return None

    def piece(self, text: str) -> dict:
        return self._chunk([{"index": 0, "text": text, "logprobs": None, "finish_reason": None}])

    def ending(self, stats: ReplyStats) -> dict:
        return self._chunk([{"index": 0, "text": "", "logprobs": None,
                             "finish_reason": FINISH_REASONS[stats.stop_reason]}])  # fmt: skip

    def whole(self, text: str, stats: ReplyStats, prompt: Prompt) -> dict:  # noqa: ARG002 - same as a chat's
        return self._chunk([{"index": 0, "text": text, "logprobs": None,
                             "finish_reason": FINISH_REASONS[stats.stop_reason]}], usage=usage_of(stats))  # fmt: skip


class _Reply:
    """A queued job, seen from the event loop: its events arrive on an asyncio queue."""

    def __init__(self, engine_queue: EngineQueue, start) -> None:
        loop = asyncio.get_running_loop()
        self.events: asyncio.Queue[tuple] = asyncio.Queue()
        self.job = Job(start, lambda event: loop.call_soon_threadsafe(self.events.put_nowait, event))
        self.finished = False
        try:
            engine_queue.submit(self.job)
        except ShortChatError as error:
            raise api_error_of(error) from error

    async def next_event(self) -> tuple:
        event = await self.events.get()
        if event[0] in (DONE, ERROR):
            self.finished = True
        return event

    def stop(self) -> None:
        if not self.finished:
            self.job.cancel()


async def _cancel_on_disconnect(receive, reply: _Reply) -> None:
    """Stop the reply as soon as its client goes (the body is read, so only a disconnect comes)."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            reply.stop()
            return


def _sse(data: dict | str) -> bytes:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"data: {text}\n\n".encode()


class _EventStream(Response):
    """Server-sent events of one reply; a client that goes away stops the reply at once."""

    media_type = "text/event-stream"

    def __init__(self, reply: _Reply, watcher: asyncio.Task, form: _ChatFormat, include_usage: bool, headers) -> None:
        super().__init__(headers=headers | {"Cache-Control": "no-cache"})
        # The body is sent piece by piece (chunked), so it has no length to declare.
        self.raw_headers = [(name, value) for name, value in self.raw_headers if name != b"content-length"]
        self.reply, self.watcher, self.form, self.include_usage = reply, watcher, form, include_usage

    async def _chunks(self):
        opening = self.form.opening()
        if opening is not None:
            yield _sse(opening)
        while True:
            kind, payload = await self.reply.next_event()
            if kind == PIECE:
                yield _sse(self.form.piece(payload))
            elif kind == DONE:
                yield _sse(self.form.ending(payload))
                if self.include_usage:
                    yield _sse(self.form.usage(payload))
                yield _sse("[DONE]")
                return
            else:  # the openai client raises an APIError for an event with "error"
                yield _sse(api_error_of(payload).body())
                return

    async def __call__(self, scope, receive, send) -> None:  # noqa: ARG002 - the watcher does the receiving
        try:
            await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
            async for chunk in self._chunks():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except OSError:  # the client went away while we wrote
            pass
        finally:
            self.watcher.cancel()
            self.reply.stop()


async def answer(request: Request, engine_queue: EngineQueue, start, form: _ChatFormat, data: dict) -> Response:
    """Queue the reply; answer it whole, or as events when the request says ``stream``."""
    stream = _flag(data, "stream")
    options = data.get("stream_options") or {}
    include_usage = stream and isinstance(options, dict) and options.get("include_usage") is True
    reply = _Reply(engine_queue, start)
    watcher = asyncio.create_task(_cancel_on_disconnect(request.receive, reply))
    handed_over = False
    try:
        kind, payload = await reply.next_event()  # the prompt as fitted, or why there is none
        if kind == ERROR:
            raise api_error_of(payload)
        prompt: Prompt = payload
        headers = {DROPPED_TURNS_HEADER: str(prompt.dropped_turns)}
        if stream:
            handed_over = True
            return _EventStream(reply, watcher, form, include_usage, headers)
        pieces = []
        while True:
            kind, payload = await reply.next_event()
            if kind == PIECE:
                pieces.append(payload)
            elif kind == DONE:
                return JSONResponse(form.whole("".join(pieces), payload, prompt), headers=headers)
            else:
                raise api_error_of(payload)
    finally:
        if not handed_over:
            watcher.cancel()
            reply.stop()


# -- the application ---------------------------------------------------------------


def model_id(model: ModelInfo) -> str:
    return model.path.name  # the name `shortchat list` shows; never a path


def _loaded(engine_queue: EngineQueue) -> ModelInfo:
    model = engine_queue.model
    if model is None:
        raise ApiError(503, "No model is loaded.", "server_error", code="model_not_loaded")
    return model


def _host_name(host_header: str) -> str:
    if host_header.startswith("["):  # [::1]:port
        return host_header[1:].split("]", 1)[0]
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


class _Guard:
    """Checks every request before it is read: the address it was sent to, the web page it comes
    from, the API key, its size."""

    def __init__(self, app, settings: ApiSettings) -> None:
        self.app, self.settings = app, settings

    def _problem(self, headers: Headers) -> ApiError | None:
        settings = self.settings
        if settings.loopback_only and _host_name(headers.get("host", "")).lower() not in LOOPBACK_HOSTS:
            # A web page can make its own name point at 127.0.0.1 (DNS rebinding): refuse other names.
            return ApiError(403, "This server answers only requests addressed to this computer (127.0.0.1).",
                            code="host_not_allowed")  # fmt: skip
        origin = headers.get("origin")
        if origin is not None and origin not in settings.allow_origins:
            return ApiError(403, "Requests from web pages are refused. Start the server with --allow-origin "
                            f"{origin} to let this one in.", code="origin_not_allowed")  # fmt: skip
        if settings.api_key is not None:
            given = headers.get("authorization", "")
            scheme, _, key = given.partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(key.strip().encode(), settings.api_key.encode()):
                return ApiError(401, "Incorrect API key provided. Send it as 'Authorization: Bearer KEY'.",
                                code="invalid_api_key")  # fmt: skip
        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > settings.max_body_bytes:
            return _too_large(settings.max_body_bytes)
        return None

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            problem = self._problem(Headers(scope=scope))
            if problem is not None:
                await problem.response()(scope, receive, send)
                return
        await self.app(scope, receive, send)


def create_app(engine_queue: EngineQueue, settings: ApiSettings | None = None) -> Starlette:
    settings = settings or ApiSettings()

    async def list_models(request: Request) -> Response:  # noqa: ARG001 - Starlette's signature
        model = engine_queue.model
        data = [] if model is None else [{"id": model_id(model), "object": "model", "created": 0,
                                          "owned_by": "shortchat"}]  # fmt: skip
        return JSONResponse({"object": "list", "data": data})

    async def chat_completions(request: Request) -> Response:
        data = await read_json(request, settings.max_body_bytes)
        _refuse_unsupported(data, chat=True)
        model = _loaded(engine_queue)
        options = generation_options(data, model.n_ctx)
        system, history, user = conversation(data.get("messages"))

        def start(engine):
            return engine.chat(user, history, system, options)

        return await answer(request, engine_queue, start, _ChatFormat(model_id(model)), data)

    async def completions(request: Request) -> Response:
        data = await read_json(request, settings.max_body_bytes)
        _refuse_unsupported(data, chat=False)
        model = _loaded(engine_queue)
        options = generation_options(data, model.n_ctx)
        start = completion_start(completion_prompt(data), options)
        return await answer(request, engine_queue, start, _CompletionFormat(model_id(model)), data)

    async def on_api_error(request: Request, error: ApiError) -> Response:  # noqa: ARG001
        return error.response()

    async def on_http_error(request: Request, error: HTTPException) -> Response:  # noqa: ARG001
        codes = {404: ("unknown_url", f"Unknown request: {request.method} {request.url.path}."),
                 405: ("method_not_allowed", f"{request.method} is not allowed for {request.url.path}.")}  # fmt: skip
        code, message = codes.get(error.status_code, (None, str(error.detail)))
        return ApiError(error.status_code, message, code=code, headers=error.headers).response()

    async def on_bug(request: Request, error: Exception) -> Response:  # noqa: ARG001
        log.error("the API failed on a request", exc_info=error)
        return ApiError(500, "Something went wrong inside ShortChat; the details are in its log.",
                        "server_error").response()  # fmt: skip

    middleware = [Middleware(_Guard, settings=settings)]
    if settings.allow_origins:  # outermost, so it answers the browsers' preflight requests itself
        middleware.insert(
            0,
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.allow_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Authorization", "Content-Type"],
            ),
        )
    return Starlette(
        routes=[
            Route("/v1/models", list_models, methods=["GET"]),
            Route("/v1/chat/completions", chat_completions, methods=["POST"]),
            Route("/v1/completions", completions, methods=["POST"]),
        ],
        middleware=middleware,
        exception_handlers={ApiError: on_api_error, HTTPException: on_http_error, Exception: on_bug},
    )
