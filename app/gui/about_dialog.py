"""Help → About: the version, and every licence in a box that scrolls.

A message box grew to the length of the licences (868 px at a large font), so its OK button
was off a 768 px screen; this dialog is at most nine tenths of the screen and scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app import APP_NAME, __version__
from app.core import paths


def licences_html() -> str:
    try:
        return (paths.resources_dir() / "licences.html").read_text(encoding="utf-8")
    except OSError:
        return (
            "<p>"
            + QCoreApplication.translate("About", "The licence texts are missing from this installation.")
            + "</p>"
        )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("About", "About {app}").format(app=APP_NAME))
        tagline = QCoreApplication.translate("About", "Chat offline with Nota AI's pruned Vicuna models.")
        title = QLabel(f"<h2>{APP_NAME} {__version__}</h2><p>{tagline}</p>")
        title.setWordWrap(True)
        self.licences = QTextBrowser()
        self.licences.setOpenExternalLinks(False)  # nothing is opened from here without a click elsewhere
        self.licences.setHtml(licences_html())
        self.licences.setAccessibleName(QCoreApplication.translate("About", "Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        room = self.screen().availableGeometry()
        line = self.fontMetrics().height()
        self.resize(min(room.width() * 9 // 10, 44 * line), min(room.height() * 9 // 10, 32 * line))

    def text(self) -> str:
        """Everything the dialog says, as plain text."""
        return f"{APP_NAME} {__version__}\n{self.licences.toPlainText()}"
