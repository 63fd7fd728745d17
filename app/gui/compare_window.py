"""A/B chat: ask two of the downloaded models the same question, see both answers side by side
with their speeds. Shows what ``core.compare.Comparison`` does; decides nothing itself.

It borrows the window's engine, so it is window-modal (the window loads its own model
again afterwards); when both models fit in memory together, the second one gets an
engine of its own for as long as the dialog is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core import paths
from app.core.chat.compare import (
    DONE,
    FAILED,
    LOADING,
    PIECE,
    SIDES,
    CompareEvent,
    Comparison,
    speed_details,
    speed_line,
    verdict_details,
    verdict_line,
)
from app.core.chat.store import USER
from app.core.engine.generation import GenerationOptions
from app.core.models.catalog import display_name
from app.core.models.library import InstalledModel
from app.core.settings import Settings
from app.gui.chat_view import NOTICE, ChatView
from app.gui.message_input import MessageInput
from app.gui.model_session import ModelSession
from app.gui.tasks import Tasks


class _Side(QWidget):
    """One contender: which model, its answers, and its figures."""

    def __init__(self, label: str, models: list[InstalledModel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label  # "A" or "B", translated
        self.choice = QComboBox()
        self.choice.setAccessibleName(QCoreApplication.translate("Compare", "Model {side}").format(side=label))
        for model in models:
            self.choice.addItem(display_name(model.name), str(model.path))
        self.view = ChatView()
        self.view.setAccessibleName(QCoreApplication.translate("Compare", "Answers of model {side}").format(side=label))
        self.view.setPlaceholderText(
            QCoreApplication.translate("Compare", "The answers of {side} appear here.").format(side=label)
        )
        self.figures = QLabel("")
        self.figures.setAccessibleName(
            QCoreApplication.translate("Compare", "Speed of model {side}").format(side=label)
        )
        self.answering = False  # an answer was begun in the view and not ended yet
        self.stats = None  # ReplyStats of its last answer
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<b>{label}</b>"))
        top.addWidget(self.choice, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.figures)

    @property
    def path(self) -> Path:
        return Path(self.choice.currentData())


class CompareDialog(QDialog):
    def __init__(
        self,
        engine,
        models: list[InstalledModel],
        settings_for,
        fit_together,
        options: GenerationOptions,
        system: str,
        parent: QWidget | None = None,
        remote=None,
    ) -> None:
        """``settings_for(path) -> LoadSettings``: how the window would load that model here;
        ``fit_together(a, b) -> bool``: whether both can stay in memory at once; ``remote``: the
        window's model on another computer (a ``RemoteEngine``), a contender too."""
        super().__init__(parent)
        self.setObjectName("compare")
        self.setWindowTitle(QCoreApplication.translate("Compare", "Compare two models"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.engine = engine
        self.settings_for = settings_for
        self.fit_together = fit_together
        self.second_engine = None  # the B model's own engine, when both fit together
        self.remote = remote  # borrowed from the window: never closed here
        self.options = options
        self.system = system
        self.tasks = Tasks(self)
        self.comparison: Comparison | None = None
        self.running = False
        self._result_when_stopped: int | None = None  # closed while answering: close once stopped

        explanation = QLabel(
            QCoreApplication.translate(
                "Compare",
                "Ask both models the same question. They answer one after the other, so each gets the whole "
                "computer and the speeds are fair; follow-up questions continue both chats.",
            )
        )
        explanation.setWordWrap(True)
        self.sides = [_Side(QCoreApplication.translate("Compare", label), models) for label in SIDES]
        for side in self.sides if remote is not None else ():
            side.choice.addItem(remote.name, remote.name)  # its model's path is its name
        if len(models) + (remote is not None) > 1:
            self.sides[1].choice.setCurrentIndex(1)
        for side in self.sides:
            side.choice.currentIndexChanged.connect(self._start_over)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for side in self.sides:
            splitter.addWidget(side)
        self.input = MessageInput()
        self.input.setPlaceholderText(QCoreApplication.translate("Compare", "A question for both… (Enter asks)"))
        self.input.setMaximumHeight(72)
        self.input.submitted.connect(self.ask)
        self.ask_button = QPushButton(QCoreApplication.translate("Compare", "Ask both"))
        self.ask_button.setDefault(True)
        self.ask_button.clicked.connect(self._ask_or_stop)
        self.status = QLabel("")
        self.status.setWordWrap(True)  # a long verdict made the dialog 1,424 px wide at a large font
        composer = QHBoxLayout()
        composer.addWidget(self.input, 1)
        composer.addWidget(self.ask_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(composer)
        self.resize(1000, 640)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().showEvent(event)
        self.input.setFocus()  # a person opens it to type a question

    # -- asking ---------------------------------------------------------------------

    def _ask_or_stop(self) -> None:
        if self.running:
            self.stop()
        else:
            self.ask(self.input.toPlainText().strip())

    def ask(self, question: str) -> None:
        if not question or self.running:
            return
        a, b = (side.path for side in self.sides)
        for side in self.sides:
            side.stats = None
        if self.comparison is None:
            remote_path = Path(self.remote.name) if self.remote is not None else None
            remote_a, remote_b = (self.remote if path == remote_path else None for path in (a, b))
            if remote_a is None and remote_b is None and self.fit_together(a, b):
                from app.core.engine.engine import Engine

                self.second_engine = Engine(log_dir=paths.log_dir() / "compare")
            self.comparison = Comparison(
                remote_a or self.engine,
                (a, None if remote_a else self.settings_for(a)),
                (b, None if remote_b else self.settings_for(b)),
                self.options,
                self.system,
                remote_b or (self.engine if remote_a else self.second_engine),
            )
        self.input.clear()
        for side in self.sides:
            side.view.add_message(USER, question, QCoreApplication.translate("Compare", "You"))
        self.running = True
        self._update_controls()
        self.tasks.stream(
            self.comparison.ask,
            question,
            piece=self._event,
            done=lambda _: self._finished(),
            failed=self._failed,
        )

    def stop(self) -> None:
        if self.comparison is not None and self.running:
            self.comparison.cancel()

    def _event(self, event: CompareEvent) -> None:
        side = self.sides[event.side]
        name = display_name(side.path.name)
        if event.kind == LOADING:
            self.status.setText(
                QCoreApplication.translate("Compare", "{side} is answering ({model})…").format(
                    side=side.label, model=name
                )
            )
            side.view.begin_reply(name)
            side.answering = True
        elif event.kind == PIECE:
            side.view.append(event.text)
        elif event.kind == DONE:
            line = speed_line(event.stats, event.seconds)
            side.view.end_reply(line)
            side.figures.setText(line)
            side.figures.setToolTip(speed_details(event.stats))
            side.answering = False
            side.stats = event.stats
        elif event.kind == FAILED:
            side.view.end_reply("not finished")
            side.answering = False
            side.view.add_message(NOTICE, event.text, "ShortChat")

    def _finished(self) -> None:
        self.running = False
        names = tuple(display_name(side.path.name) for side in self.sides)
        residency = (
            QCoreApplication.translate("Compare", "Both models stay loaded: they fit in memory together.")
            if self.second_engine is not None
            else QCoreApplication.translate("Compare", "One model in memory at a time: they load in turn.")
        )
        if self.remote is not None and any(side.path == Path(self.remote.name) for side in self.sides):
            residency = QCoreApplication.translate(
                "Compare", "One of them answers from another computer, so both stay ready."
            )
        stats = tuple(side.stats for side in self.sides)
        self.status.setText(f"{verdict_line(names, stats)} {residency}".strip())
        self.status.setToolTip(verdict_details(names, stats))
        for side in self.sides:
            if side.answering:  # ended by an error in the middle
                side.view.end_reply("not finished")
                side.answering = False
        self._update_controls()
        if self._result_when_stopped is not None:
            self._close_second_engine()
            super().done(self._result_when_stopped)

    def _close_second_engine(self) -> None:
        if self.second_engine is not None:
            self.second_engine.close()  # its process ends; the memory goes back at once
            self.second_engine = None

    def _failed(self, message: str) -> None:
        self._finished()
        self.status.setText(message)

    def _start_over(self) -> None:
        """Another model chosen: new chats on both sides."""
        if self.running:
            self.stop()
        self.comparison = None
        self._close_second_engine()
        for side in self.sides:
            side.view.clear_messages()
            side.figures.setText("")

    def _update_controls(self) -> None:
        self.ask_button.setText(
            QCoreApplication.translate("Compare", "Stop")
            if self.running
            else QCoreApplication.translate("Compare", "Ask both")
        )
        for side in self.sides:
            side.choice.setEnabled(not self.running)

    def done(self, result: int) -> None:  # noqa: D401 - QDialog's API
        """Closing while a question is answered stops it, and closes once the engine is free,
        so the window can load its own model again."""
        if self.running:
            self._result_when_stopped = result
            self.stop()
            return
        self._close_second_engine()
        super().done(result)


def compare_dialog_for(parent: QWidget, session: ModelSession, models: list[InstalledModel],
                       settings: Settings) -> CompareDialog:  # fmt: skip
    """The Compare dialog over the window's engine; when it closes, the chat's own model comes back."""
    engine = session.local_engine  # (a model on another computer in use stays in use meanwhile)
    previous = engine.model.path if engine.model is not None else None

    def settings_for(path: Path):
        plan = session.plan(path)
        return plan.requested.settings if plan is not None else settings.load_settings()

    options, system = settings.generation_options(), settings.system_prompt
    dialog = CompareDialog(engine, models, settings_for, session.fit_together, options, system, parent, session.remote)

    def closed() -> None:
        dialog.deleteLater()
        if session.remote is not None:  # the chat's model is on another computer: this one's memory is freed
            engine.unload()
        elif previous is not None:  # the chat's own model again
            session.load(previous)
        else:
            session.loaded_elsewhere()

    dialog.finished.connect(closed)
    return dialog
