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
        QCoreApplication.translate(
            "MessageBoxes",
            "{model} needs about {needed} of memory, but this computer has {total} in all and {free} free, "
            "and none of your other models fits either.",
        ).format(
            model=display_name(requested.path.name),
            needed=format_size(requested.footprint.working_set),
            total=format_size(hardware.ram_total),
            free=format_size(hardware.ram_available),
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "MessageBoxes", "Loading it could make the whole computer very slow until ShortChat is closed."
        )
        + (
            " "
            + QCoreApplication.translate("MessageBoxes", "The best one that fits is {model}.").format(
                model=display_name(best.entry.file)
            )
            if best
            else ""
        )
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    best_button = None
    if best is not None:
        best_button = box.addButton(
            QCoreApplication.translate("MessageBoxes", "Use {model}").format(model=display_name(best.entry.file)),
            QMessageBox.ButtonRole.AcceptRole,
        )
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
        QCoreApplication.translate("MessageBoxes", "Delete {model} ({size}) from this computer?").format(
            model=model.name, size=format_size(model.size)
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def closing_question(writing: bool, downloading: bool) -> str | None:
    """What closing now would interrupt, as a question for the person; None when nothing would."""
    doing = []
    if writing:
        doing.append(
            QCoreApplication.translate(
                "MessageBoxes", "A reply is still being written (what it has written so far is kept)."
            )
        )
    if downloading:
        doing.append(
            QCoreApplication.translate(
                "MessageBoxes",
                "A download is running (it goes on from where it stopped the next time ShortChat starts).",
            )
        )
    if not doing:
        return None
    return " ".join([QCoreApplication.translate("MessageBoxes", "Close ShortChat?"), *doing])


def confirm_close(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("MessageBoxes", "Close ShortChat?"), question,
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Close
