"""Settings, each with one line in plain words; and a chat's own instructions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.engine.chat_states import SavedStates
from app.core.engine.generation import DEFAULT_CONTEXT
from app.core.engine.prompt import VICUNA_SYSTEM
from app.core.fit.ladder import beyond_training_warning
from app.core.paths import data_dir
from app.core.settings import LIMITS, Settings
from app.core.sizes import format_size
from app.gui import theme
from app.gui.form_rows import side_by_side as _row
from app.gui.languages import NATIVE_NAMES
from app.gui.remote_models_page import RemoteModelsSection

# Marked for lupdate here, translated where shown (the translators are loaded after this import).
THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("Settings", "Same as this computer"),
    "light": QT_TRANSLATE_NOOP("Settings", "Light"),
    "dark": QT_TRANSLATE_NOOP("Settings", "Dark"),
}
MINIMUM_SIZE = QSize(360, 300)  # smaller still scrolls; this keeps a few rows in view


class SettingsDialog(QDialog):
    """Every setting with a plain name, a line that explains it, and the technical term in its tooltip.

    The settings scroll, and every explanation wraps, so nothing overlaps at a large font or a
    small window. Theme and text size show at once (Cancel puts them back)."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, has_gpu: bool | None = None, engine=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Settings", "Settings"))
        self.settings = settings
        self.has_gpu = has_gpu  # None: not known yet, so the graphics card rows stay
        self.hints: list[QLabel] = []
        self.sections: list[QGroupBox] = []

        self.system_prompt = QPlainTextEdit(settings.system_prompt)
        self.system_prompt.setTabChangesFocus(True)  # Tab moves on; it never stays in a text box
        self.system_prompt.setAccessibleName(QCoreApplication.translate("Settings", "Instructions for the model"))
        reset = QPushButton(QCoreApplication.translate("Settings", "Reset to default"))
        reset.setToolTip(QCoreApplication.translate("Settings", "Put back the instructions ShortChat starts with"))
        reset.clicked.connect(lambda: self.system_prompt.setPlainText(VICUNA_SYSTEM))

        self.temperature = self._number(QDoubleSpinBox(), "temperature", settings.temperature, 0.05)
        self.top_p = self._number(QDoubleSpinBox(), "top_p", settings.top_p, 0.05)
        self.max_tokens = self._number(QSpinBox(), "max_tokens", settings.max_tokens, 64)
        self.max_tokens.setSuffix(QCoreApplication.translate("Settings", " tokens"))
        self.context = self._number(QSpinBox(), "context", settings.context, 256)
        self.context.setSuffix(QCoreApplication.translate("Settings", " tokens"))
        self.context.setSpecialValueText(QCoreApplication.translate("Settings", "Automatic"))
        self.context_warning = QLabel("")
        self.context_warning.setWordWrap(True)
        self.context.valueChanged.connect(self._warn_about_context)
        self._warn_about_context(settings.context)
        self.threads = self._number(QSpinBox(), "threads", settings.threads, 1)
        self.threads.setSpecialValueText(QCoreApplication.translate("Settings", "Automatic"))
        self.gpu_auto = QCheckBox(QCoreApplication.translate("Settings", "Automatic"))
        self.gpu_auto.setChecked(settings.gpu_layers < 0)
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(0, LIMITS["gpu_layers"][1])
        self.gpu_layers.setValue(max(0, settings.gpu_layers))
        self.gpu_layers.setEnabled(settings.gpu_layers >= 0)
        self.gpu_layers.setAccessibleName(QCoreApplication.translate("Settings", "gpu layers"))
        self.gpu_auto.toggled.connect(lambda on: self.gpu_layers.setEnabled(not on))
        gpu_row = _row(self.gpu_auto, self.gpu_layers, stretch_after=True)

        self.theme = QComboBox()
        for key, text in THEME_NAMES.items():
            self.theme.addItem(QCoreApplication.translate("Settings", text), key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.language = QComboBox()
        self.language.addItem(QCoreApplication.translate("Settings", "Same as this computer"), "")
        for code, name in NATIVE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(QCoreApplication.translate("Settings", "Language"))
        self.theme.setAccessibleName(QCoreApplication.translate("Settings", "Theme"))
        self.text_size = self._number(QSpinBox(), "text_size", settings.text_size, theme.TEXT_SIZE_STEP)
        self.text_size.setSuffix(" %")
        self.text_size.setAccessibleName(QCoreApplication.translate("Settings", "Text size"))
        self.theme.currentIndexChanged.connect(self._preview_appearance)
        self.text_size.valueChanged.connect(self._preview_appearance)

        self.states = engine.saved_states if engine is not None else SavedStates()
        self.chat_states = QDoubleSpinBox()
        self.chat_states.setRange(0, LIMITS["chat_states_mb"][1] / 1000)  # GB as format_size counts them
        self.chat_states.setDecimals(1)
        self.chat_states.setSingleStep(0.5)
        self.chat_states.setSuffix(QCoreApplication.translate("Settings", " GB"))
        self.chat_states.setSpecialValueText(QCoreApplication.translate("Settings", "Off"))
        self.chat_states.setValue(settings.chat_states_mb / 1000)
        self.chat_states.setAccessibleName(QCoreApplication.translate("Settings", "Disk for reopening chats"))
        self.chat_states_used = QLabel()
        clear_states = QPushButton(QCoreApplication.translate("Settings", "Clear"))
        clear_states.setToolTip(
            QCoreApplication.translate("Settings", "Delete what is kept; long chats are read again the next time")
        )
        clear_states.clicked.connect(self._clear_chat_states)
        self._show_chat_states_used()

        self.models_folder = QLineEdit(settings.models_folder)
        self.models_folder.setPlaceholderText(str(data_dir() / "models"))
        self.models_folder.setAccessibleName(QCoreApplication.translate("Settings", "Models folder"))
        browse = QPushButton(QCoreApplication.translate("Settings", "Choose…"))
        browse.clicked.connect(self._browse)

        replies = self._section(QCoreApplication.translate("Settings", "Replies"))
        instructions_label = QLabel(QCoreApplication.translate("Settings", "Instructions for the model"))
        instructions_label.setBuddy(self.system_prompt)
        replies.addRow(instructions_label)
        replies.addRow(self.system_prompt)
        replies.addRow(
            self._hint(
                QCoreApplication.translate(
                    "Settings", "What the model is told before every chat (a chat can have its own: Chat menu)."
                )
            )
        )
        replies.addRow(_row(reset, stretch_after=True))
        self._add(
            replies,
            QCoreApplication.translate("Settings", "Creativity"),
            self.temperature,
            QCoreApplication.translate("Settings", "0 gives the likeliest words; higher gives more varied ones."),
            QCoreApplication.translate(
                "Settings",
                "Called “temperature”. At 0 the model always picks its likeliest next word, so the same question "
                "gets the same reply; higher values pick less likely words more often. 0.7 is a good start.",
            ),
        )
        self._add(
            replies,
            QCoreApplication.translate("Settings", "Word choice"),
            self.top_p,
            QCoreApplication.translate("Settings", "Lower keeps replies to the most probable words."),
            QCoreApplication.translate(
                "Settings",
                "Called “top-p”. Before each word the model keeps only its likeliest candidates whose chances add "
                "up to this share: 0.95 leaves out the rarest 5 %; lower values give safer, plainer replies.",
            ),
        )
        self._add(
            replies,
            QCoreApplication.translate("Settings", "Longest reply"),
            self.max_tokens,
            QCoreApplication.translate("Settings", "A token is a word or a piece of one (about ¾ of a word)."),
            QCoreApplication.translate(
                "Settings", "Called “max tokens”: the reply stops after this many tokens even if the model is not done."
            ),
        )

        speed = self._section(QCoreApplication.translate("Settings", "Memory and speed"))
        self._add(
            speed,
            QCoreApplication.translate("Settings", "Chat memory"),
            self.context,
            QCoreApplication.translate(
                "Settings",
                "How much of the chat the model sees at once; more needs more memory. "
                "Automatic: the most that fits easily here.",
            ),
            QCoreApplication.translate(
                "Settings",
                "Called the “context”, counted in tokens. Older parts of a longer chat are left out of what the "
                "model sees.",
            ),
        )
        speed.addRow(self.context_warning)
        self._add(
            speed,
            QCoreApplication.translate("Settings", "Processor cores"),
            self.threads,
            QCoreApplication.translate("Settings", "How many processor cores work on a reply. Automatic: all of them."),
            QCoreApplication.translate(
                "Settings",
                "Called “CPU threads”: how many parts of the processor work on a reply at the same time. More "
                "than the computer has makes replies slower, not faster.",
            ),
        )
        self.gpu_label = self._add(
            speed,
            QCoreApplication.translate("Settings", "Graphics card"),
            gpu_row,
            QCoreApplication.translate(
                "Settings", "How much of the model runs on the graphics card. Automatic: as much as fits."
            ),
            QCoreApplication.translate(
                "Settings",
                "Called “GPU layers”: the model is a stack of layers, and this many of them run on the graphics "
                "card, which is faster; the rest run on the processor.",
            ),
        )
        self.gpu_rows = [self.gpu_label, gpu_row, self.hints[-1]]
        if has_gpu is False:  # no graphics card llama.cpp can use: nothing to choose
            for widget in self.gpu_rows:
                widget.hide()
        later = (
            QCoreApplication.translate(
                "Settings", "Memory, cores and graphics card take effect the next time a model loads."
            )
            if has_gpu is not False
            else QCoreApplication.translate("Settings", "Memory and cores take effect the next time a model loads.")
        )
        speed.addRow(self._hint(later))

        looks = self._section(QCoreApplication.translate("Settings", "Appearance"))
        self._add(
            looks,
            QCoreApplication.translate("Settings", "Theme"),
            self.theme,
            QCoreApplication.translate("Settings", "Light or dark, or whatever this computer uses."),
            "",
        )
        self._add(
            looks,
            QCoreApplication.translate("Settings", "Language"),
            self.language,
            QCoreApplication.translate("Settings", "The window's language; it changes the next time ShortChat starts."),
            "",
        )
        self._add(
            looks,
            QCoreApplication.translate("Settings", "Text size"),
            self.text_size,
            QCoreApplication.translate(
                "Settings",
                "Of this computer's own text size, for the whole window and the chat. "
                "Anywhere: Ctrl+= bigger, Ctrl+- smaller, Ctrl+0 back to 100 %.",
            ),
            "",
        )

        files = self._section(QCoreApplication.translate("Settings", "Files"))
        self._add(
            files,
            QCoreApplication.translate("Settings", "Models folder"),
            _row(self.models_folder, browse),
            QCoreApplication.translate("Settings", "Where downloaded models are kept."),
            "",
        )
        self._add(
            files,
            QCoreApplication.translate("Settings", "Reopening chats"),
            self.chat_states,
            QCoreApplication.translate(
                "Settings",
                "Disk space for what the model has read of your recent chats, so a long chat continues at once "
                "instead of being read again. The least recently used go first when it is full.",
            ),
            QCoreApplication.translate(
                "Settings",
                "llama.cpp's state (its KV cache) of each recent chat, saved after a reply and used again only when "
                "the chat, the model and its settings are exactly the same.",
            ),
        )
        files.addRow(_row(self.chat_states_used, clear_states, stretch_after=True))
        self.api_switch = None
        if engine is not None:  # the window's model, shared with other programs (app/gui/api_sharing.py)
            from app.gui.api_sharing import ApiSwitch, sharing_for

            self.api_switch = ApiSwitch(sharing_for(engine))
            self._add(
                files,
                QCoreApplication.translate("Settings", "Other apps"),
                self.api_switch,
                QCoreApplication.translate(
                    "Settings", "Other programs on this computer can use the model loaded here. Takes effect at once."
                ),
                QCoreApplication.translate(
                    "Settings",
                    "An OpenAI-compatible API at this address, for this computer only (as `shortchat serve`).",
                ),
            )

        # Models on other computers: a section of its own module (added, tested and removed at once).
        self.remote_models = RemoteModelsSection(self)
        self.sections.append(self.remote_models)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        for section in self.sections:
            content_layout.addWidget(section)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # wrap, never scroll sideways
        scroll.setWidget(content)
        self.scroll_area = scroll
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self._fit_to_font()
        self.setMinimumSize(MINIMUM_SIZE)
        self._size_to_screen()

    # -- building ---------------------------------------------------------------------

    def _section(self, title: str) -> QFormLayout:
        box = QGroupBox(title)
        self.sections.append(box)  # kept: the layout alone would not keep its box alive
        form = QFormLayout(box)
        # Labels go above their field when the row is too narrow for both (a large font, a small window).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _hint(self, text: str) -> QLabel:
        hint = QLabel(text)
        hint.setWordWrap(True)
        hint.setContentsMargins(0, 0, 0, 4)
        self.hints.append(hint)
        return hint

    def _add(self, form: QFormLayout, label: str, field: QWidget, explanation: str, tooltip: str) -> QLabel:
        """A row: the plain name and its field, then the explanation across the whole width."""
        name = QLabel(label)
        name.setBuddy(field)
        if not field.accessibleName():  # what the row says, as a screen reader reads it
            field.setAccessibleName(label.replace("&", ""))
        if tooltip:
            name.setToolTip(tooltip)
            field.setToolTip(tooltip)
        form.addRow(name, field)
        form.addRow(self._hint(explanation))
        return name

    @staticmethod
    def _number(box, name: str, value, step):
        low, high = LIMITS[name]
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setValue(value)
        return box

    def _fit_to_font(self) -> None:
        """Sizes that depend on the font: the instructions show four lines; hints in a readable muted colour."""
        lines = self.system_prompt.fontMetrics().lineSpacing()
        self.system_prompt.setMinimumHeight(lines * 4 + 12)
        self.system_prompt.setMaximumHeight(lines * 6 + 12)
        roles = self.palette()
        muted = theme.readable(roles.color(QPalette.ColorRole.PlaceholderText), roles.color(QPalette.ColorRole.Window))
        for hint in self.hints:
            palette = hint.palette()
            palette.setColor(QPalette.ColorRole.WindowText, muted)
            hint.setPalette(palette)

    def _size_to_screen(self) -> None:
        """As tall as the settings are, up to nine tenths of the screen; the rest scrolls."""
        frame = self.sizeHint() - self.scroll_area.sizeHint()
        inside = self.scroll_area.widget().sizeHint()
        width = max(inside.width() + self.scroll_area.verticalScrollBar().sizeHint().width(), 56 * self._em(), 600)
        wanted = QSize(width, inside.height()) + frame
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size() * 0.9)
        self.resize(wanted.expandedTo(MINIMUM_SIZE))

    def _em(self) -> int:
        return self.fontMetrics().averageCharWidth()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._fit_to_font()

    # -- behaviour --------------------------------------------------------------------

    def _preview_appearance(self) -> None:
        theme.apply(self.theme.currentData(), self.text_size.value())

    def reject(self) -> None:
        theme.apply(self.settings.theme, self.settings.text_size)  # the preview is undone
        super().reject()

    def _warn_about_context(self, value: int) -> None:
        """Longer than the models were trained on is allowed, with its cost said plainly."""
        text = beyond_training_warning(value, DEFAULT_CONTEXT, of_all_models=True)
        self.context_warning.setText(f"⚠ {text}" if text else "")
        self.context_warning.setVisible(bool(text))

    def _show_chat_states_used(self) -> None:
        self.chat_states_used.setText(
            QCoreApplication.translate("Settings", "{size} used").format(size=format_size(self.states.used_bytes()))
        )

    def _clear_chat_states(self) -> None:
        self.states.clear()
        self._show_chat_states_used()

    def accept(self) -> None:
        budget = round(self.chat_states.value() * 1000)
        if budget < self.settings.chat_states_mb:
            self.states.trim(budget * 1_000_000)  # a smaller budget takes effect at once
        super().accept()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("Settings", "Models folder"), self.models_folder.text() or str(data_dir())
        )
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
            theme=self.theme.currentData(),
            language=self.language.currentData(),
            text_size=self.text_size.value(),
            chat_states_mb=round(self.chat_states.value() * 1000),
        )
