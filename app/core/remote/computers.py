"""The servers a person added ("Models on other computers"): their addresses in a JSON file in the
config folder; their API keys in the keychain (``keys``), never in that file."""

from __future__ import annotations

from pathlib import Path

from app.core import paths
from app.core.json_file import read_object, write_atomic
from app.core.remote.keys import KeyStore
from app.core.remote.servers import Server, detect, normalise_url

FILE_NAME = "servers.json"


class Computers:
    def __init__(self, path: Path | None = None, keys: KeyStore | None = None) -> None:
        self.path = path or paths.config_dir() / FILE_NAME
        self.keys = keys or KeyStore()

    def urls(self) -> list[str]:
        entries = read_object(self.path).get("servers", [])
        return [e["url"] for e in entries if isinstance(e, dict) and isinstance(e.get("url"), str)]

    def add(self, url: str, api_key: str | None = None) -> Server:
        """Test the server at ``url`` (ServerError if it cannot be used), then keep it."""
        url = normalise_url(url)
        server = detect(url, api_key)
        self.keys.set(url, api_key)
        urls = self.urls()
        if url not in urls:
            write_atomic(self.path, {"servers": [{"url": u} for u in [*urls, url]]})
        return server

    def remove(self, url: str) -> None:
        write_atomic(self.path, {"servers": [{"url": u} for u in self.urls() if u != url]})
        self.keys.delete(url)

    def test(self, url: str) -> Server:
        return detect(url, self.keys.get(url))
