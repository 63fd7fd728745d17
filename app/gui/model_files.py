"""Model files from the window: add one from disk, delete one (asked first), open their folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from app.core.errors import ShortChatError
from app.core.models.library import InstalledModel
from app.gui import message_boxes
from app.gui.model_choice import ModelChoice


def add_file(window: QMainWindow, models: ModelChoice) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Add a model file"),
        str(Path.home()),
        QCoreApplication.translate("MainWindow", "GGUF models (*.gguf)"),
    )
    if not name:
        return
    try:
        models.add_file(name)
    except ShortChatError as error:
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "This file cannot be used"), str(error))


def delete_model(window: QMainWindow, models: ModelChoice, model: InstalledModel) -> None:
    if models.in_use(model):
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "That model is in use; wait for the reply to end."), 4000
        )
    elif message_boxes.confirm_delete(window, model):
        models.delete(model)


def open_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
