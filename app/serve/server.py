"""Running the API: the address rules, then uvicorn on a socket bound before the model loads.

Safe by default: it answers on 127.0.0.1 (this computer only). Any other address lets other
computers in, so it needs an API key and refuses to start without one.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import threading
from dataclasses import dataclass, field

from app.core.engine.engine import Engine
from app.core.errors import ShortChatError
from app.serve import DEFAULT_PORT, DEFAULT_WAITING
from app.serve.engine_queue import EngineQueue
from app.serve.openai_api import ApiSettings, create_app

log = logging.getLogger("shortchat.serve")

DEFAULT_HOST = "127.0.0.1"
API_KEY_VARIABLE = "SHORTCHAT_API_KEY"  # a key in the environment stays out of the process list


class AddressError(ShortChatError):
    """The address cannot be used (not allowed without a key, taken, unknown)."""


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:  # a host name: it may well reach other computers
        return False


@dataclass(frozen=True)
class ServeSettings:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT  # 0: any free port
    api_key: str | None = None
    allow_origins: tuple[str, ...] = field(default_factory=tuple)
    max_waiting: int = DEFAULT_WAITING

    def check(self) -> None:
        """Refuse what is unsafe, before anything starts."""
        if self.api_key is not None and not self.api_key.strip():
            raise AddressError("The API key is empty.")
        if not is_loopback(self.host) and not self.api_key:
            raise AddressError(
                f"Answering on {self.host} lets other computers use ShortChat, so it needs an API key: "
                f"add --api-key KEY (or set {API_KEY_VARIABLE}), or leave out --host to answer on this computer only."
            )

    def api_settings(self) -> ApiSettings:
        return ApiSettings(api_key=self.api_key, allow_origins=self.allow_origins, loopback_only=is_loopback(self.host))


def bind(host: str, port: int) -> socket.socket:
    """A socket listening on ``host:port``; clients that come before the server is up wait their turn."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as exc:
        raise AddressError(f"{host} is not an address of this computer.") from exc
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        if port and exc.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
            raise AddressError(f"Port {port} is already in use by another program; choose another (--port).") from exc
        raise AddressError(f"Cannot answer on {host}:{port}: {exc.strerror or exc}.") from exc
    sock.set_inheritable(False)
    sock.listen(128)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/v1"


class ApiServer:
    """The API over ``engine`` (loaded by the caller), on ``settings``' address.

    ``run()`` answers until Ctrl+C (the CLI); ``start()`` answers on a thread of its own
    until ``stop()`` (the window, the tests).
    """

    def __init__(self, engine: Engine, settings: ServeSettings, sock: socket.socket | None = None) -> None:
        import uvicorn

        settings.check()
        self.settings = settings
        self.socket = sock if sock is not None else bind(settings.host, settings.port)
        self.url = url_of(self.socket)
        self.queue = EngineQueue(engine, settings.max_waiting)
        config = uvicorn.Config(
            create_app(self.queue, settings.api_settings()),
            log_config=None,  # keep ShortChat's own logging as it is
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=1,
            # Our responses carry their own framing; keep-alive as clients expect.
            server_header=False,
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    def run(self) -> None:
        """Answer until Ctrl+C or SIGTERM: the normal way to stop it, so not an error."""
        try:
            self._server.run(sockets=[self.socket])
        except KeyboardInterrupt:  # uvicorn raises the signal again once it has shut down
            pass
        finally:
            self.queue.close()
            self.socket.close()

    def start(self, timeout: float = 10.0) -> ApiServer:
        self._thread = threading.Thread(target=self._serve_here, name="shortchat-serve-http", daemon=True)
        self._thread.start()
        for _ in range(int(timeout / 0.01)):
            if self._server.started or not self._thread.is_alive():
                break
            threading.Event().wait(0.01)
        if not self._server.started:
            raise AddressError(f"The server at {self.url} did not start.")
        return self

    def _serve_here(self) -> None:
        asyncio.run(self._server.serve(sockets=[self.socket]))

    def stop(self) -> None:
        self.queue.close()  # replies in progress end now, so open streams close
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.socket.close()

    def __enter__(self) -> ApiServer:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()
