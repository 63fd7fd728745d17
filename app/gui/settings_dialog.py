"""Settings, each with one line in plain words; and a chat's own instructions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.generation import DEFAULT_CONTEXT
from app.core.ladder import beyond_training_warning
from app.core.paths import data_dir
from app.core.prompt import VICUNA_SYSTEM
from app.core.settings import LIMITS, Settings


def _explained(field: QWidget, text: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.addWidget(field)
    hint = QLabel(text)
    hint.setWordWrap(True)
    hint.setEnabled(False)  # shown in the muted colour
    layout.addWidget(hint)
    return box


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, engine=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        self.system_prompt = QPlainTextEdit(settings.system_prompt)
        self.system_prompt.setAccessibleName("Instructions for the model")
        self.system_prompt.setMaximumHeight(90)
        reset = QPushButton("Reset to default")
        reset.clicked.connect(lambda: self.system_prompt.setPlainText(VICUNA_SYSTEM))
        prompt_row = QWidget()
        prompt_layout = QHBoxLayout(prompt_row)
        prompt_layout.setContentsMargins(0, 0, 0, 0)
        prompt_layout.addWidget(self.system_prompt, 1)
        prompt_layout.addWidget(reset)

        self.temperature = self._number(QDoubleSpinBox(), "temperature", settings.temperature, 0.05)
        self.top_p = self._number(QDoubleSpinBox(), "top_p", settings.top_p, 0.05)
        self.max_tokens = self._number(QSpinBox(), "max_tokens", settings.max_tokens, 64)
        self.context = self._number(QSpinBox(), "context", settings.context, 256)
        self.context.setSpecialValueText("Automatic")
        self.context_warning = QLabel("")
        self.context_warning.setWordWrap(True)
        self.context.valueChanged.connect(self._warn_about_context)
        self._warn_about_context(settings.context)
        self.threads = self._number(QSpinBox(), "threads", settings.threads, 1)
        self.threads.setSpecialValueText("Automatic")
        self.gpu_auto = QCheckBox("Automatic")
        self.gpu_auto.setChecked(settings.gpu_layers < 0)
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(0, LIMITS["gpu_layers"][1])
        self.gpu_layers.setValue(max(0, settings.gpu_layers))
        self.gpu_layers.setEnabled(settings.gpu_layers >= 0)
        self.gpu_auto.toggled.connect(lambda on: self.gpu_layers.setEnabled(not on))
        gpu_row = QWidget()
        gpu_layout = QHBoxLayout(gpu_row)
        gpu_layout.setContentsMargins(0, 0, 0, 0)
        gpu_layout.addWidget(self.gpu_auto)
        gpu_layout.addWidget(self.gpu_layers, 1)
        self.models_folder = QLineEdit(settings.models_folder)
        self.models_folder.setPlaceholderText(str(data_dir() / "models"))
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.models_folder, 1)
        folder_layout.addWidget(browse)

        form = QFormLayout()
        form.addRow(
            "Instructions",
            _explained(prompt_row, "What the model is told before every chat (a chat can have its own)."),
        )
        form.addRow(
            "Creativity", _explained(self.temperature, "0 gives the likeliest words; higher gives more varied ones.")
        )
        form.addRow("Word choice", _explained(self.top_p, "Lower keeps replies to the most probable words (top-p)."))
        form.addRow("Longest reply", _explained(self.max_tokens, "In tokens (about ¾ of a word each)."))
        form.addRow(
            "Memory of the chat",
            _explained(
                self.context,
                "Tokens of the chat the model sees at once; more needs more memory. "
                "Automatic: the most that fits easily here.",
            ),
        )
        form.addRow("", self.context_warning)
        form.addRow("CPU threads", _explained(self.threads, "How many processor cores work on a reply."))
        form.addRow("GPU layers", _explained(gpu_row, "How much of the model runs on the graphics card."))
        form.addRow("Models folder", _explained(folder_row, "Where downloaded models are kept."))
        self.api_switch = None
        if engine is not None:  # the window's model, shared with other programs (app/gui/api_sharing.py)
            from app.gui.api_sharing import ApiSwitch, sharing_for

            self.api_switch = ApiSwitch(sharing_for(engine))
            form.addRow("Other apps", _explained(self.api_switch, "An OpenAI-compatible API at this address, for "
                        "this computer only (as `shortchat serve`). Takes effect at once."))  # fmt: skip
        note = QLabel("Memory, threads and GPU take effect the next time a model loads.")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, 640)

    @staticmethod
    def _number(box, name: str, value, step):
        low, high = LIMITS[name]
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setValue(value)
        box.setAccessibleName(name.replace("_", " "))
        return box

    def _warn_about_context(self, value: int) -> None:
        """Longer than the models were trained on is allowed, with its cost said plainly."""
        text = beyond_training_warning(value, DEFAULT_CONTEXT, "the models were")
        self.context_warning.setText(f"⚠ {text}" if text else "")
        self.context_warning.setVisible(bool(text))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Models folder", self.models_folder.text() or str(data_dir()))
        if folder:
            self.models_folder.setText(folder)

    def result_settings(self) -> Settings:
        prompt = self.system_prompt.toPlainText().strip() or VICUNA_SYSTEM
        return replace(
            self.settings,
            system_prompt=prompt,
            temperature=round(self.temperature.value(), 2),
            top_p=round(self.top_p.value(), 2),
            max_tokens=self.max_tokens.value(),
            context=self.context.value(),
            threads=self.threads.value(),
            gpu_layers=-1 if self.gpu_auto.isChecked() else self.gpu_layers.value(),
            models_folder=self.models_folder.text().strip(),
        )


class InstructionsDialog(QDialog):
    """The instructions one chat gives the model, instead of the ones in the settings."""

    def __init__(self, own: str | None, default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Instructions for this chat")
        self.default = default
        self.use_default = own is None
        self.text = QPlainTextEdit(own if own is not None else default)
        self.text.setAccessibleName("Instructions for this chat")
        use_default = QPushButton("Use the default")
        use_default.clicked.connect(self._reset)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(use_default, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("What the model is told before this chat (the other chats keep theirs):"))
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def _reset(self) -> None:
        self.text.setPlainText(self.default)
        self.use_default = True

    def chosen(self) -> str | None:
        """The chat's own instructions, or None to follow the settings."""
        text = self.text.toPlainText().strip()
        if not text or (self.use_default and text == self.default):
            return None
        return text
