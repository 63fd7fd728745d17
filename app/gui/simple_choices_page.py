"""The simple view of the picker: at most three choices in words (``verdicts.simple_choices``), each
with its size, memory, speed and verdict, and a line for each size that cannot be offered."""

from __future__ import annotations

import html
from collections.abc import Container

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.core.fit.hardware import Hardware
from app.core.fit.verdicts import Choice, FitRow, simple_choices
from app.core.models.catalog import display_name
from app.core.sizes import format_size
from app.gui.fit_table import row_speed
from app.gui.hub_status import HUB_FIRST_CHECK, HUB_OFFLINE, HubState
from app.gui.rich_text import nowrap

NOTHING_FITS = QT_TRANSLATE_NOOP(
    "SimpleChoices",
    "No model fits this computer's memory right now. Close other programs, or look at "
    "“All sizes and quality levels” for the smallest ones.",
)


def sizes_not_offered(rows: list[FitRow], hub_state: HubState) -> list[str]:
    """A sentence for each model size none of whose files can be downloaded, saying why."""
    sizes: dict[str, list[FitRow]] = {}
    for row in rows:
        sizes.setdefault(row.entry.model.key, []).append(row)
    lines = []
    for key, size_rows in sizes.items():
        if all(r.entry.availability == "not_published" for r in size_rows):
            lines.append(
                QCoreApplication.translate(
                    "SimpleChoices", "{model}: not published on the model hub yet, so it cannot be downloaded."
                ).format(model=key)
            )
        elif all(r.entry.availability == "unknown" for r in size_rows) and hub_state == HUB_OFFLINE:
            lines.append(
                QCoreApplication.translate(
                    "SimpleChoices", "{model}: not known yet (the model hub could not be reached)."
                ).format(model=key)
            )
    return lines


class SimpleChoicesPage(QWidget):
    picked = Signal(object)  # FitRow, chosen by the person

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: list[Choice] = []
        self.choice_layout = QVBoxLayout(self)
        self.choice_group = QButtonGroup(self)
        self.choice_group.idClicked.connect(lambda index: self.picked.emit(self.choices[index].row))

    def show_choices(
        self, rows: list[FitRow], hardware: Hardware, hub_state: HubState, installed_files: Container[str]
    ) -> None:
        """The choices for ``rows``; ``installed_files`` names the files already on this computer."""
        self._clear()
        # A first start knows only the bundled list: its choice could change when the hub answers.
        self.choices = simple_choices(rows, hardware) if hub_state != HUB_FIRST_CHECK else []
        if hub_state == HUB_FIRST_CHECK:
            self._add_words(
                QCoreApplication.translate("SimpleChoices", "Asking the model hub which models are available…")
            )
        elif not self.choices:
            self._add_words(QCoreApplication.translate("SimpleChoices", NOTHING_FITS))
        for index, choice in enumerate(self.choices):
            self._add_choice(index, choice, choice.row.entry.file in installed_files)
        for reason in sizes_not_offered(rows, hub_state):
            label = self._add_words(reason)
            font = label.font()
            font.setItalic(True)  # said, not offered; in the text colour (greyed text was 3:1, too faint to read)
            label.setFont(font)
        self.choice_layout.addStretch()

    def select(self, row: FitRow | None) -> None:
        """Checks the choice that is ``row`` (none when it is not one of them), without saying it was picked."""
        for index, choice in enumerate(self.choices):
            button = self.choice_group.button(index)
            if button is not None:
                button.setChecked(row is not None and same_file(choice.row, row))

    def first_row(self) -> FitRow | None:
        return self.choices[0].row if self.choices else None

    def _clear(self) -> None:
        while self.choice_layout.count():
            item = self.choice_layout.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone now, not only once the event loop deletes it
                item.widget().deleteLater()
        for button in self.choice_group.buttons():
            self.choice_group.removeButton(button)

    def _add_words(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        self.choice_layout.addWidget(label)
        return label

    def _add_choice(self, index: int, choice: Choice, here: bool) -> None:
        row = choice.row
        button = QRadioButton(f"{choice.title}: {display_name(row.entry.file)}")
        font = button.font()
        font.setBold(True)
        button.setFont(font)
        button.setAccessibleDescription(choice.explanation)
        self.choice_group.addButton(button, index)
        needs = format_size(row.footprint.working_set)
        needs = (
            QCoreApplication.translate("SimpleChoices", "needs {size} of memory (measured here)")
            if row.measured
            else QCoreApplication.translate("SimpleChoices", "needs about {size} of memory")
        ).format(size=needs)
        size = (
            QCoreApplication.translate("SimpleChoices", "On this computer, {size}")
            if here
            else QCoreApplication.translate("SimpleChoices", "Download {size}")
        ).format(size=format_size(row.entry.file_bytes))
        explanation = QLabel(
            f"{html.escape(choice.explanation)}<br>{size} · {needs} · {nowrap(row_speed(row))} · {row.verdict.text}"
        )
        explanation.setWordWrap(True)
        explanation.setContentsMargins(26, 0, 0, 8)
        explanation.setTextFormat(Qt.TextFormat.RichText)
        self.choice_layout.addWidget(button)
        self.choice_layout.addWidget(explanation)


def same_file(a: FitRow, b: FitRow) -> bool:
    """The same size at the same quality level (rows are rebuilt on each refresh)."""
    return (a.entry.model.key, a.entry.quant) == (b.entry.model.key, b.entry.quant)
