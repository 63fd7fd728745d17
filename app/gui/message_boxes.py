"""The questions the window asks before it does something it cannot take back: the models'
licence before the first download, a model too big for this computer, deleting a model, and
closing while something runs. Each box is non-blocking where it can be (``open``), and calls
back with the answer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.fit.hardware import Hardware
from app.core.fit.ladder import LoadPlan
from app.core.fit.verdicts import FitRow
from app.core.models.catalog import display_name
from app.core.models.library import InstalledModel
from app.core.sizes import format_size


def ask_model_licence(parent: QWidget, agreed: Callable[[], None]) -> None:
    """The models' licence, once, before the first download."""
    box = QMessageBox(parent)
    box.setObjectName("model-licence")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("MessageBoxes", "The models' licence"))
    box.setText(
        QCoreApplication.translate("MessageBoxes", "The Shortened LLaMA models are for non-commercial use only.")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "MessageBoxes",
            "Nota AI made them from Vicuna v1.3, whose licence allows research and personal use, not use in a "
            "business. By downloading one you agree to that. (Help → About ShortChat shows all the licences.)",
        )
    )
    agree = box.addButton(
        QCoreApplication.translate("MessageBoxes", "I agree, download"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)

    def answered(button) -> None:
        if button is agree:
            agreed()
        box.deleteLater()

    box.buttonClicked.connect(answered)
    box.open()


def ask_too_big(parent: QWidget, plan: LoadPlan, hardware: Hardware, best: FitRow | None,
                load_anyway: Callable[[], None], use_best: Callable[[], None]) -> None:  # fmt: skip
    """Nothing here fits: load it anyway, take the best model that fits (``best``), or leave it."""
    requested = plan.requested
    box = QMessageBox(parent)
    box.setObjectName("too-big")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("MessageBoxes", "This model is too big"))
    box.setText(
        f"{display_name(requested.path.name)} needs about {format_size(requested.footprint.working_set)} of "
        f"memory, but this computer has {format_size(hardware.ram_total)} in all and "
        f"{format_size(hardware.ram_available)} free, and none of your other models fits either."
    )
    box.setInformativeText(
        "Loading it could make the whole computer very slow until ShortChat is closed."
        + (f" The best one that fits is {display_name(best.entry.file)}." if best else "")
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    best_button = None
    if best is not None:
        best_button = box.addButton(f"Use {display_name(best.entry.file)}", QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(
        QCoreApplication.translate("MessageBoxes", "Load it anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(best_button or box.button(QMessageBox.StandardButton.Cancel))

    def answered(button) -> None:
        if button is anyway:
            load_anyway()
        elif best_button is not None and button is best_button:
            use_best()
        box.deleteLater()

    box.buttonClicked.connect(answered)
    box.open()


def confirm_delete(parent: QWidget, model: InstalledModel) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MessageBoxes", "Delete the model?"),
        f"Delete {model.name} ({format_size(model.size)}) from this computer?",
    )
    return answer == QMessageBox.StandardButton.Yes


def closing_question(writing: bool, downloading: bool) -> str | None:
    """What closing now would interrupt, as a question for the person; None when nothing would."""
    doing = []
    if writing:
        doing.append("a reply is still being written (what it has written so far is kept)")
    if downloading:
        doing.append("a download is running (it goes on from where it stopped the next time ShortChat starts)")
    if not doing:
        return None
    said = "; ".join(doing)
    return f"Close ShortChat? {said[0].upper()}{said[1:]}."


def confirm_close(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("MessageBoxes", "Close ShortChat?"), question,
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Close
