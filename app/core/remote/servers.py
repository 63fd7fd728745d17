"""Which kind of server answers at a URL, what it serves, and its failures in one sentence.

ShortChat builds no server of its own for this: it uses the well-kept ones. Three kinds, asked in
this order (each question is cheap and harmless):

* llama.cpp's ``llama-server``: ``/props`` (its context length, its model) and ``/health``
  (503 while the model loads). The prompt goes as token ids (``/tokenize`` without special
  parsing, BOS and EOS put in as ids), so text a person typed can never become a control token.
* Ollama: ``/api/version`` and ``/api/tags``; the prompt goes as text with ``raw: true``.
* any OpenAI-compatible server (vLLM, LM Studio, LocalAI, llama-cpp-python's): ``/v1/models``;
  the prompt goes as text to ``/v1/completions``.

A text prompt is tokenized by the server, and most servers parse special-token text in it (``</s>``
becomes the EOS token). So for those ShortChat breaks such strings in what a person or the model
wrote with an invisible word joiner: they stay text, at the cost of one extra character.
"""

from __future__ import annotations

import json
import ssl
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlsplit

from app.core import words
from app.core.errors import ShortChatError
from app.core.words import QT_TRANSLATE_NOOP, translate

CONNECT_TIMEOUT_S = 5.0
ANSWER_TIMEOUT_S = 120.0  # a slow server: the longest wait for the next piece of a reply


class ServerKind(StrEnum):
    LLAMA_SERVER = "llama-server"
    OLLAMA = "ollama"
    OPENAI = "openai"


KIND_WORDS = {
    ServerKind.LLAMA_SERVER: QT_TRANSLATE_NOOP("Remote", "llama.cpp server"),
    ServerKind.OLLAMA: "Ollama",
    ServerKind.OPENAI: QT_TRANSLATE_NOOP("Remote", "OpenAI-compatible server"),
}
# What each kind guarantees about text a person typed (shown in the settings).
_AS_TEXT = QT_TRANSLATE_NOOP(
    "Remote",
    "The prompt is sent as text: typed control words such as </s> are broken with an invisible character "
    "so they stay text",
)
GUARANTEES = {
    ServerKind.LLAMA_SERVER: QT_TRANSLATE_NOOP(
        "Remote", "The prompt is sent as tokens: typed text is always text, exactly as on this computer"
    ),
    ServerKind.OLLAMA: _AS_TEXT,
    ServerKind.OPENAI: _AS_TEXT,
}


def kind_words(kind: ServerKind) -> str:
    marked = KIND_WORDS[kind]  # marked where it is written
    return words.translate("Remote", marked)


def guarantee(kind: ServerKind) -> str:
    """What ``kind`` guarantees about typed text, as a sentence without its full stop."""
    marked = GUARANTEES[kind]
    return words.translate("Remote", marked)


class ServerError(ShortChatError):
    """A server could not be used; the message is one sentence for a person."""


@dataclass(frozen=True)
class RemoteModel:
    """A model a server offers."""

    name: str  # the server's name for it (what requests carry)
    n_ctx: int | None = None  # its chat memory in tokens, where the server says


@dataclass(frozen=True)
class Server:
    url: str  # normalised: scheme://host[:port][/path], no trailing slash
    kind: ServerKind
    models: tuple[RemoteModel, ...] = ()
    api_key: str | None = field(default=None, repr=False)

    @property
    def computer(self) -> str:
        """host:port, as a person would name the computer."""
        return host_of(self.url)

    def describe(self, model: RemoteModel | None = None) -> str:
        """One sentence: "llama.cpp server at 192.168.1.20:8080 — Vicuna 5.5b · Q4_K_M, chat memory 2,048
        tokens"."""
        from app.core.models.catalog import display_name

        model = model or (self.models[0] if self.models else None)
        where = {"server": kind_words(self.kind), "computer": self.computer}
        if model is None:
            return words.translate("Remote", "{server} at {computer} — no model offered yet").format(**where)
        said = words.translate("Remote", "{server} at {computer} — {model}").format(
            model=display_name(file_name_of(model.name)), **where
        )
        if model.n_ctx:
            said += words.translate("Remote", ", chat memory {tokens} tokens").format(tokens=f"{model.n_ctx:,}")
        others = len(self.models) - 1
        if others:
            said += words.translate("Remote", " (and %n more)", None, others)
        return said


def normalise_url(url: str) -> str:
    url = url.strip().rstrip("/")
    if not url:
        raise ServerError(translate("Errors", "Give the server's address, like http://192.168.1.20:8080."))
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ServerError(
            translate("Errors", "“{url}” is not a server address; give one like http://192.168.1.20:8080."), url=url
        )
    if parts.path.endswith("/v1"):  # an OpenAI base URL as people copy it
        url = url[: -len("/v1")]
    return url


def host_of(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or url
    return f"{host}:{parts.port}" if parts.port else host


def file_name_of(model_name: str) -> str:
    """The last part of a model's name or path on the server ("/models/x.gguf" -> "x.gguf")."""
    return model_name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or model_name


def failure_sentence(error: BaseException, url: str) -> str:
    """One plain sentence for why talking to the server at ``url`` failed."""
    computer = host_of(url)
    status = _status_of(error)
    if status == 401 or status == 403:
        return translate(
            "Errors", "The server at {computer} refused the API key; check the key in the settings."
        ).format(computer=computer)
    if status == 503:
        return translate(
            "Errors", "The server at {computer} is still loading its model; try again in a moment."
        ).format(computer=computer)
    if status == 404:
        return translate(
            "Errors", "The server at {computer} does not offer this (wrong address or model name)."
        ).format(computer=computer)
    if status is not None:
        return translate("Errors", "The server at {computer} answered with an error (HTTP {status}).").format(
            computer=computer, status=status
        )
    if _is_tls(error):
        return translate(
            "Errors", "The secure connection to {computer} failed: its certificate is not trusted by this computer."
        ).format(computer=computer)
    name = type(error).__name__.lower()
    text = str(error).lower()
    if "timeout" in name or "timed out" in text:
        return translate("Errors", "The server at {computer} did not answer in time.").format(computer=computer)
    if "refused" in text or "connecterror" in name or "connectionerror" in name or "name or service" in text:
        return translate(
            "Errors", "Cannot reach the server at {computer}: is it running, and is the address right?"
        ).format(computer=computer)
    if "remoteprotocol" in name or "incomplete" in text or "peer closed" in text or "disconnected" in text:
        return translate("Errors", "The connection to {computer} was cut off in the middle of the reply.").format(
            computer=computer
        )
    return translate("Errors", "The server at {computer} could not be used ({kind}).").format(
        computer=computer, kind=type(error).__name__
    )


def _status_of(error: BaseException) -> int | None:
    for attr in ("status_code", "status"):
        value = getattr(error, attr, None)
        if isinstance(value, int):
            return value
    response = getattr(error, "response", None)
    value = getattr(response, "status_code", None)
    return value if isinstance(value, int) else None


def _is_tls(error: BaseException) -> bool:
    seen = error
    while seen is not None:
        if isinstance(seen, ssl.SSLError) or "certificate" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _headers(api_key: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_key}"} if api_key else {}


def http_client(api_key: str | None, read_timeout: float = ANSWER_TIMEOUT_S):
    """An HTTP client with the system's certificates (httpx2 verifies with truststore)."""
    import httpx2

    timeout = httpx2.Timeout(read_timeout, connect=CONNECT_TIMEOUT_S)
    return httpx2.Client(timeout=timeout, headers=_headers(api_key), follow_redirects=True)


def detect(url: str, api_key: str | None = None) -> Server:
    """The server at ``url`` and the models it offers; a ServerError with one sentence if none answers."""
    url = normalise_url(url)
    try:
        with http_client(api_key, read_timeout=15.0) as client:
            server = _llama_server(client, url, api_key) or _ollama(client, url, api_key)
            if server is None:
                server = _openai(client, url, api_key)
    except ServerError:
        raise
    except Exception as error:  # noqa: BLE001 - every failure of the network is a sentence
        raise ServerError(failure_sentence(error, url)) from error
    return server


def _get_json(client, url: str):
    response = client.get(url)
    if response.status_code in (401, 403, 503):
        response.raise_for_status()
    if response.status_code != 200:
        return None
    try:
        return response.json()
    except (json.JSONDecodeError, ValueError):
        return None


def _llama_server(client, url: str, api_key: str | None) -> Server | None:
    props = _get_json(client, f"{url}/props")
    if not isinstance(props, dict) or "default_generation_settings" not in props:
        return None
    health = client.get(f"{url}/health")
    health.raise_for_status()  # 503: still loading
    settings = props.get("default_generation_settings") or {}
    n_ctx = props.get("n_ctx") or settings.get("n_ctx")
    name = props.get("model_path") or props.get("model_alias") or "model"
    models = (RemoteModel(str(name), int(n_ctx) if n_ctx else None),)
    return Server(url, ServerKind.LLAMA_SERVER, models, api_key)


def _ollama(client, url: str, api_key: str | None) -> Server | None:
    version = _get_json(client, f"{url}/api/version")
    if not isinstance(version, dict) or "version" not in version:
        return None
    tags = _get_json(client, f"{url}/api/tags") or {}
    models = tuple(RemoteModel(str(m.get("name") or m.get("model"))) for m in tags.get("models", []))
    return Server(url, ServerKind.OLLAMA, models, api_key)


def _openai(client, url: str, api_key: str | None) -> Server:
    listing = client.get(f"{url}/v1/models")
    listing.raise_for_status()
    try:
        data = listing.json().get("data", [])
    except (json.JSONDecodeError, ValueError, AttributeError):
        raise ServerError(
            translate("Errors", "The server at {computer} is not one ShortChat can talk to."), computer=host_of(url)
        ) from None
    models = []
    for entry in data:
        meta = entry.get("meta") or {}
        n_ctx = meta.get("n_ctx") or meta.get("n_ctx_train") or entry.get("max_model_len")
        models.append(RemoteModel(str(entry.get("id")), int(n_ctx) if n_ctx else None))
    return Server(url, ServerKind.OPENAI, tuple(models), api_key)
