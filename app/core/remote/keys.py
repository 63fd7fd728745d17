"""API keys of servers, kept in the operating system's keychain (the ``keyring`` library), never in a
settings file. Where no keychain exists (a server without a desktop, CI), keys live in this process's
memory only, and ``KeyStore.note`` says so."""

from __future__ import annotations

import logging

from app.core.words import QT_TRANSLATE_NOOP, look_up

log = logging.getLogger("shortchat.remote")
SERVICE = "ShortChat model servers"
NO_KEYCHAIN = QT_TRANSLATE_NOOP(
    "Errors", "This computer has no keychain, so API keys are kept only until ShortChat closes."
)


class KeyStore:
    _memory: dict[str, str] = {}  # shared by every KeyStore of this process (the settings page's, the window's)

    def __init__(self) -> None:
        self._keyring = _usable_keyring()

    @property
    def in_keychain(self) -> bool:
        return self._keyring is not None

    @property
    def note(self) -> str:
        """ "" with a keychain; else the sentence that says keys are not kept."""
        return "" if self.in_keychain else look_up("Errors", NO_KEYCHAIN)

    def get(self, url: str) -> str | None:
        if url in self._memory:
            return self._memory[url]
        if self._keyring is None:
            return None
        try:
            return self._keyring.get_password(SERVICE, url)
        except Exception:  # noqa: BLE001 - a locked or broken keychain: no key, said in the log
            log.exception("could not read a key from the keychain")
            return None

    def set(self, url: str, key: str | None) -> None:
        if not key:
            self.delete(url)
            return
        self._memory[url] = key
        if self._keyring is not None:
            try:
                self._keyring.set_password(SERVICE, url, key)
            except Exception:  # noqa: BLE001 - kept in memory for this session
                log.exception("could not save a key in the keychain")

    def delete(self, url: str) -> None:
        self._memory.pop(url, None)
        if self._keyring is not None:
            try:
                self._keyring.delete_password(SERVICE, url)
            except Exception:  # noqa: BLE001 - there was none
                pass


def _usable_keyring():
    """The keyring module when it has a real backend (not its "fail" or "null" one), else None."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - no keyring at all
        return None
    chained = getattr(backend, "backends", None)
    if isinstance(backend, (fail.Keyring, null.Keyring)) or chained == []:
        return None
    return keyring
