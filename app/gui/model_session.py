"""The model the window chats with: planning its load here, loading it on a pool thread, measuring
it after its first answer, and what waits meanwhile (a model chosen during a reply). One explicit
state, told by signals; the window only shows them.

    NO_MODEL -> LOADING -> READY <-> WRITING
                             \\-> MEASURING -> READY   (once per file, after its first answer)

A model on another computer (``use_remote``) goes through the same states: LOADING is asking its
server, and it is never measured. While it is in use, ``engine`` is its ``RemoteEngine``; the local
``Engine`` (``local_engine``) is unloaded, and comes back with the next local model chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.core.engine.chat_engine import ChatEngine
from app.core.engine.engine import Engine
from app.core.errors import ShortChatError
from app.core.fit.hardware import Hardware, with_current_free_memory
from app.core.fit.ladder import LoadPlan, plan_with_library
from app.core.fit.measurements import Measured
from app.core.fit.verdicts import FREE_HEADROOM
from app.core.models.catalog import display_name
from app.core.models.gguf_header import check_chat_model
from app.core.models.library import Library
from app.core.remote.remote_engine import RemoteEngine, connect_remote
from app.core.settings import Settings
from app.gui.model_loader import LOADED_FRACTION, MEASURING, STEPPED_DOWN, load_planned, measure_loaded
from app.gui.tasks import Tasks

MEASURE_AFTER_IDLE_MS = 3_000  # the first-use measurement waits this long after a reply with nothing sent
BUSY = -1  # a progress value: working, with no fraction to show (measuring)


class SessionState(StrEnum):
    NO_MODEL = "no model"
    LOADING = "loading"
    MEASURING = "measuring"
    READY = "ready"
    WRITING = "writing"


@dataclass(frozen=True)
class RemoteChoice:
    """A model on another computer: its server's address, the server's name for it, the key if any."""

    url: str
    model: str | None
    api_key: str | None = field(default=None, repr=False)


class ModelSession(QObject):
    state_changed = Signal(str)  # a SessionState
    status = Signal(str, str)  # the model's name or what happens to it, and its details (a tooltip)
    progress = Signal(int)  # per cent read of the file while loading, or BUSY
    notice = Signal(str)  # a sentence for the chat (a step down, a failure, a context cut short)
    status_message = Signal(str, int)  # a passing message for the status bar, and for how long (ms)
    in_use = Signal(object)  # the path being loaded or in use, or None
    too_big = Signal(object)  # a LoadPlan that fits nowhere: the window asks what to do
    ready = Signal()  # a model is loaded and nothing waits: a message sent meanwhile can go
    measured = Signal()  # new figures of this computer: the picker shows them
    stop_reply = Signal()  # another model was chosen during a reply: it must stop first
    remote_in_use = Signal(object)  # the RemoteChoice in use (or being connected to), or None
    remote_failed = Signal(str)  # a model on another computer could not be used: the sentence

    def __init__(self, engine: Engine, library: Callable[[], Library], settings: Callable[[], Settings],
                 tasks: Tasks, parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.local_engine, self.tasks = engine, tasks
        self.remote: RemoteEngine | None = None  # a model on another computer, while one is in use
        self.remote_choice: RemoteChoice | None = None  # ...and what was chosen (kept while it connects)
        self._library, self._settings = library, settings
        self.state = SessionState.NO_MODEL
        self.hardware: Hardware | None = None
        self.measurements: Measured | None = None  # what was measured on this computer
        self.model_path: Path | None = None  # chosen model (loaded, loading, or to load again)
        self.engine_threads: int | None = None  # None: llama.cpp's default, one per core
        self.closing = False
        self._pending_load: Path | RemoteChoice | None = None  # chosen while a reply was being written
        self._measure_tried: set[Path] = set()
        self._answered: set[Path] = set()  # models that finished a reply this run: measuring waits for one
        self._replies = 0  # replies started or ended: a measurement waiting for idle checks it

    @property
    def engine(self) -> ChatEngine:
        """What chats use now: the model on another computer in use, else the local engine."""
        return self.remote if self.remote is not None else self.local_engine

    @property
    def busy(self) -> bool:
        """Loading or measuring: a message sent now waits."""
        return self.state in (SessionState.LOADING, SessionState.MEASURING)

    def _set_state(self, state: SessionState) -> None:
        self.state = state
        self.state_changed.emit(str(state))

    def surveyed(self, hardware: Hardware, measurements: Measured) -> None:
        self.hardware, self.measurements = hardware, measurements
        self.measure_loaded_model()  # loaded before the computer was looked at

    # -- loading ------------------------------------------------------------------------

    def plan(self, path: Path) -> LoadPlan | None:
        """The out-of-memory ladder for ``path`` here (None before the computer has been looked at)."""
        if self.hardware is None:
            return None
        self.hardware = with_current_free_memory(self.hardware)
        user = self._settings()
        if self.engine_threads is not None:
            user = replace(user, threads=self.engine_threads)
        return plan_with_library(path, self.hardware, user, self._library().list(), self.measurements)

    def request_load(self, path: Path) -> None:
        """Load ``path``, or the nearest thing that fits; ask first (``too_big``) if nothing does."""
        try:
            check_chat_model(path)  # a damaged or wrong file is said at once
            plan = self.plan(Path(path))
        except ShortChatError as error:
            self.notice.emit(str(error))
            return
        if plan is not None and not plan.fits:
            self.too_big.emit(plan)
            return
        self.load(Path(path), plan)

    def load(self, path: Path, plan: LoadPlan | None = None) -> None:
        """Load ``path`` following ``plan`` (by default, the ladder's plan for it here)."""
        if self.state == SessionState.WRITING:  # switch after the reply in progress stops
            self._pending_load = Path(path)
            self.stop_reply.emit()
            return
        if self.busy:
            self._pending_load = Path(path)
            return
        if plan is None:
            try:
                plan = self.plan(Path(path))
            except ShortChatError as error:
                self.notice.emit(str(error))
                return
        if plan is not None:
            path = plan.chosen.path
            for sentence in plan.sentences():
                self.notice.emit(sentence)
        self._drop_remote()
        self.model_path = Path(path)
        self.in_use.emit(self.model_path)
        self.status.emit(
            QCoreApplication.translate("ModelSession", "Loading {model}…").format(
                model=display_name(self.model_path.name)
            ),
            "",
        )
        self.progress.emit(0)
        self._set_state(SessionState.LOADING)
        fallback = self._settings().load_settings()  # before the computer was looked at: the settings as they are
        if self.engine_threads is not None:
            fallback = replace(fallback, n_threads=self.engine_threads)
        self.tasks.run(
            load_planned,
            self.engine,
            plan or (self.model_path, fallback),
            done=lambda info: self._loaded(info, False),
            failed=self._load_failed,
            progress=self._load_progress,
        )

    def _load_progress(self, report: tuple[str, object]) -> None:
        kind, text = report
        if kind == LOADED_FRACTION:
            percent = round(100 * float(text))
            self.status.emit(
                QCoreApplication.translate("ModelSession", "Loading {model}… {percent} %").format(
                    model=display_name(self.model_path.name), percent=percent
                ),
                "",
            )
            self.progress.emit(percent)
        elif kind == STEPPED_DOWN:
            self.notice.emit(text)
        elif kind == MEASURING:
            self.status.emit(text, "")

    def _loaded(self, info, measured: bool) -> None:
        self.model_path = info.path
        self.in_use.emit(info.path)
        name = display_name(info.path.name)
        loaded = QCoreApplication.translate("ModelSession", "Loaded in {seconds} s, {count} tokens of context")
        self.status.emit(
            name, f"{info.path}\n" + loaded.format(seconds=f"{info.load_seconds:.1f}", count=f"{info.n_ctx:,}")
        )
        self.status_message.emit(QCoreApplication.translate("ModelSession", "Ready: {model}").format(model=name), 3000)
        self._set_state(SessionState.READY)
        if measured:
            self.measured.emit()
        if self._run_pending_load():
            return
        self.ready.emit()  # a message sent while it loaded starts now (WRITING)...
        self.measure_loaded_model()  # ...or, with nothing to answer, it is measured if it is new here

    def _load_failed(self, message: str) -> None:
        self.in_use.emit(None)
        self.status.emit(QCoreApplication.translate("ModelSession", "No model loaded"), "")
        self._set_state(SessionState.NO_MODEL)
        self.notice.emit(message)
        self._run_pending_load()

    def _run_pending_load(self) -> bool:
        if self._pending_load is None:
            return False
        path, self._pending_load = self._pending_load, None
        if isinstance(path, RemoteChoice):
            self.use_remote(path)
        else:
            self.load(path)
        return True

    def unload(self) -> None:
        self.engine.unload()
        self._drop_remote()
        self.model_path = None
        self.in_use.emit(None)
        self.status.emit(QCoreApplication.translate("ModelSession", "No model loaded"), "")
        self._set_state(SessionState.NO_MODEL)

    # -- a model on another computer ------------------------------------------------------------

    def use_remote(self, choice: RemoteChoice) -> None:
        """Chat with ``choice``: its server is asked on a pool thread; a failure is one sentence."""
        if self.state == SessionState.WRITING:
            self._pending_load = choice
            self.stop_reply.emit()
            return
        if self.busy:
            self._pending_load = choice
            return
        self.remote_choice = choice
        self.remote_in_use.emit(choice)
        self.status.emit(f"Connecting to {choice.url}…", "")
        self.progress.emit(BUSY)
        self._set_state(SessionState.LOADING)
        self.tasks.run(
            connect_remote, choice.url, choice.model, choice.api_key,
            done=lambda engine: self._remote_connected(choice, engine), failed=self._remote_not_connected,
        )  # fmt: skip

    def _remote_connected(self, choice: RemoteChoice, engine: RemoteEngine) -> None:
        if self.closing:
            engine.close()
            return
        if self.remote is not None:
            self.remote.close()
        self.remote, self.remote_choice = engine, RemoteChoice(choice.url, engine.model_name, choice.api_key)
        self.local_engine.unload()  # its memory is this computer's again
        self.model_path = None
        self.in_use.emit(None)
        self.remote_in_use.emit(self.remote_choice)
        model = engine.model
        self.status.emit(model.name, f"{engine.server.describe()}\n{model.n_ctx:,} tokens of chat memory")
        self.status_message.emit(f"Ready: {model.name}", 3000)
        self._set_state(SessionState.READY)
        if self._run_pending_load():
            return
        self.ready.emit()  # a message sent while it connected starts now

    def _remote_not_connected(self, message: str) -> None:
        """The server could not be used: said, and whatever was in use before stays in use."""
        self.remote_choice = None if self.remote is None else self.remote_choice
        self.remote_in_use.emit(self.remote_choice)
        self.notice.emit(message)
        model = self.engine.model
        if model is not None:
            self.status.emit(model.name if self.remote is not None else display_name(model.path.name), "")
            self._set_state(SessionState.READY)
        else:
            self.status.emit("No model loaded", "")
            self._set_state(SessionState.NO_MODEL)
        self.remote_failed.emit(message)
        self._run_pending_load()

    def _drop_remote(self) -> None:
        """A local model is chosen: the connection to the other computer is closed."""
        remote, self.remote, self.remote_choice = self.remote, None, None
        if remote is not None:
            remote.close()
            self.remote_in_use.emit(None)

    def loaded_elsewhere(self) -> None:
        """The Compare dialog left a model loaded: it is the one in use now."""
        if self.engine.model is not None:
            self.model_path = self.engine.model.path
            self.in_use.emit(self.model_path)
            self.status.emit(display_name(self.model_path.name), "")
            self._set_state(SessionState.READY)

    # -- replies --------------------------------------------------------------------------

    def reply_started(self) -> None:
        self._replies += 1  # a measurement waiting for idle waits for this reply too
        self._set_state(SessionState.WRITING)

    def reply_ended(self, answered: bool) -> None:
        """``answered``: the reply ran to its end (a stopped one is no answer)."""
        if self.engine.model is not None and answered:
            self._answered.add(self.engine.model.path)
        self._set_state(SessionState.READY if self.engine.model is not None else SessionState.NO_MODEL)
        if self.closing or self._run_pending_load():
            return
        # The first answer is out; the figures once the person has read it a moment (a message
        # sent within that moment is answered first: the measurement waits for idle again).
        self._replies += 1
        ended = self._replies
        QTimer.singleShot(MEASURE_AFTER_IDLE_MS, self, lambda: self._measure_if_idle_since(ended))

    def message_sent(self) -> None:
        self._replies += 1  # a measurement waiting for idle waits longer

    # -- measuring --------------------------------------------------------------------------

    def _measure_if_idle_since(self, replies: int) -> None:
        if replies == self._replies and not self.closing:  # nothing sent since
            self.measure_loaded_model()

    def measure_loaded_model(self) -> None:
        """Measure the loaded model if it has no figures here yet (once per file and run), after
        its first answer, so the measurement never delays that answer."""
        model = self.engine.model
        if model is None or self.measurements is None or self.state != SessionState.READY or self.remote is not None:
            return  # (a model on another computer is not this computer's to measure)
        if model.path not in self._answered:
            return
        if model.path in self._measure_tried or self.measurements.probe_of(model.path) is not None:
            return
        self._measure_tried.add(model.path)
        self.progress.emit(BUSY)
        self._set_state(SessionState.MEASURING)  # a message sent meanwhile waits, as during a load
        self.tasks.run(
            measure_loaded,
            self.engine,
            self.measurements,
            done=lambda measured: self._loaded(model, measured),
            failed=self._load_failed,
            progress=self._load_progress,
        )

    def fit_together(self, a: Path, b: Path) -> bool:
        """Whether two models can stay in memory at once (the window's own model makes way)."""
        try:
            plans = [self.plan(path) for path in (a, b)]
            local = self.local_engine.model
            loaded = self.plan(local.path) if local is not None else None
        except ShortChatError:
            return False
        if any(plan is None for plan in plans):
            return False
        need = sum(plan.requested.footprint.working_set for plan in plans)
        free = self.hardware.ram_available + (loaded.requested.footprint.working_set if loaded else 0)
        return need <= free * FREE_HEADROOM
