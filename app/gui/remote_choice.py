"""Choosing a model on another computer: the saved servers asked what they offer (on a pool thread),
their models shown in the picker's "On other computers", the one chosen handed to the
``ModelSession``, and remembered for the next start like the last local model.

A server that is gone at start is one sentence in the chat, and the local model of last time is
used instead; the remote one is tried again at the next start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.core.errors import ShortChatError
from app.core.remote.computers import Computers
from app.core.settings import Settings
from app.gui.model_picker import ModelPicker
from app.gui.model_session import ModelSession, RemoteChoice, SessionState
from app.gui.remote_model_rows import RemoteOffer, offers_of
from app.gui.tasks import Tasks


def ask_servers(computers: Computers) -> tuple[list[RemoteOffer], list[str]]:
    """On a pool thread: what each saved server offers, and a sentence for each that cannot be asked."""
    offers, problems = [], []
    for url in computers.urls():
        try:
            offers += offers_of(computers.test(url))
        except ShortChatError as error:
            problems.append(str(error))
    return offers, problems


class RemoteModelChoice(QObject):
    def __init__(self, session: ModelSession, picker: ModelPicker, tasks: Tasks, settings: Callable[[], Settings],
                 remember: Callable[..., None], use_local_instead: Callable[[], None],
                 computers: Computers | None = None, parent: QObject | None = None) -> None:  # fmt: skip
        """``remember(**changes)`` saves changed settings; ``use_local_instead()`` loads the local model
        of last time (a remote one of last time could not be reached)."""
        super().__init__(parent)
        self.session, self.box, self.tasks = session, picker.remote_box, tasks
        self._settings, self._remember, self._use_local_instead = settings, remember, use_local_instead
        self.computers = computers or Computers()
        self.offers: list[RemoteOffer] = []
        self.problems: list[str] = []
        self.speeds: dict[tuple[str, str], float] = {}  # (url, model): tokens/s measured from here this run
        self._reconnecting = False
        self.box.use_requested.connect(self.use)
        self.box.check_requested.connect(self.ask_servers)
        picker.use_requested.connect(lambda _path: self.forget_last())
        session.remote_in_use.connect(lambda _: self.box.show_in_use(self._in_use()))
        session.remote_failed.connect(self._failed)
        session.state_changed.connect(self._state_changed)

    def ask_servers(self) -> None:
        """What the saved servers offer now (at start, after the settings, on "Ask the servers again")."""
        urls = self.computers.urls()
        if not urls:
            self.offers, self.problems = [], []
            self._show()
            return
        self.box.show_asking(urls)
        failed = lambda message: self._asked(([], [message]))  # noqa: E731
        self.tasks.run(ask_servers, self.computers, done=self._asked, failed=failed)

    def _asked(self, found: tuple[list[RemoteOffer], list[str]]) -> None:
        self.offers, self.problems = found
        self._show()

    def _in_use(self) -> tuple[str, str] | None:
        choice = self.session.remote_choice
        return (choice.url, choice.model) if choice is not None else None

    def _show(self) -> None:
        self.box.set_offers(self.offers, self.problems, self._in_use(), self.speeds)

    def use(self, offer: RemoteOffer) -> None:
        """Chat with a model on another computer (remembered for the next start)."""
        self._remember(last_server=offer.url, last_server_model=offer.model)
        self.session.use_remote(self._choice(offer.url, offer.model))

    def _choice(self, url: str, model: str | None) -> RemoteChoice:
        return RemoteChoice(url, model, self.computers.keys.get(url))

    def reconnect_last(self) -> bool:
        """At start: the model on another computer used last time, asked for again; whether there was one."""
        settings = self._settings()
        if not settings.last_server or settings.last_server not in self.computers.urls():
            return False
        self._reconnecting = True
        self.session.use_remote(self._choice(settings.last_server, settings.last_server_model))
        return True

    def forget_last(self) -> None:
        """A local model was chosen: the next start uses it, not the other computer's."""
        if self._settings().last_server:
            self._remember(last_server=None, last_server_model=None)

    def _failed(self, _sentence: str) -> None:
        if self._reconnecting:  # the other computer is off: this one's model meanwhile
            self._reconnecting = False
            self._use_local_instead()

    def _state_changed(self, state: str) -> None:
        if state == SessionState.READY:
            self._reconnecting = False
        remote = self.session.remote
        if remote is None or state != SessionState.READY or remote.measured_tokens_per_s is None:
            return
        key = (remote.server.url, remote.model_name)
        if self.speeds.get(key) != remote.measured_tokens_per_s:
            self.speeds[key] = remote.measured_tokens_per_s
            self._show()
