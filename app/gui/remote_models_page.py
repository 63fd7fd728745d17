"""Settings → "Models on other computers": add a server (tested, in one sentence), test it, remove it.

The addresses are kept by ``core.remote.computers``; API keys go to the keychain, never to a file.
Talking to a server happens on a pool thread (``Tasks``), so a slow network never freezes the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.remote.computers import Computers
from app.core.remote.servers import guarantee
from app.gui.tasks import Tasks


class RemoteModelsSection(QGroupBox):
    def __init__(self, parent: QWidget | None = None, computers: Computers | None = None) -> None:
        # The full name is the first line: a title does not wrap, and this one is too wide at a large font.
        super().__init__(QCoreApplication.translate("RemoteModels", "Other computers"), parent)
        self.computers = computers or Computers()
        self.tasks = Tasks(self)
        self.servers = QListWidget()
        self.servers.setAccessibleName(QCoreApplication.translate("RemoteModels", "Servers on other computers"))
        for url in self.computers.urls():
            self._show(url, url)
        self.address = QLineEdit()
        self.address.setPlaceholderText("http://192.168.1.20:8080")
        self.address.setAccessibleName(QCoreApplication.translate("RemoteModels", "Server address"))
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(QCoreApplication.translate("RemoteModels", "API key, if the server has one"))
        self.key.setAccessibleName(QCoreApplication.translate("RemoteModels", "API key"))
        self.add_button = QPushButton(QCoreApplication.translate("RemoteModels", "Add"))
        self.add_button.clicked.connect(self._add)
        self.test_button = QPushButton(QCoreApplication.translate("RemoteModels", "Test"))
        self.test_button.clicked.connect(self._test)
        self.remove_button = QPushButton(QCoreApplication.translate("RemoteModels", "Remove"))
        self.remove_button.clicked.connect(self._remove)
        self.status = QLabel(self.computers.keys.note)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # server names are not ours: never rich text

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a large font, a small window: fields below
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for narrowable in (self.servers, self.address, self.key, self.status):
            narrowable.setMinimumWidth(1)
        form.addRow(QCoreApplication.translate("RemoteModels", "Address"), self.address)
        form.addRow(QCoreApplication.translate("RemoteModels", "API key"), self.key)
        form.addRow("", self.add_button)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        introduction = QCoreApplication.translate(
            "RemoteModels",
            "Models on other computers: chat with a model running on a bigger computer (llama-server, Ollama, "
            "or an OpenAI-compatible server).",
        )
        layout.addWidget(QLabel(introduction))
        layout.addWidget(self.servers)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.status)
        self.layout().itemAt(0).widget().setWordWrap(True)

    def _show(self, url: str, words: str) -> None:
        for row in range(self.servers.count()):
            item = self.servers.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == url:
                item.setText(words)
                return
        item = QListWidgetItem(words)
        item.setData(Qt.ItemDataRole.UserRole, url)
        self.servers.addItem(item)

    def _said(self, server) -> None:
        self._show(server.url, server.describe())
        self.status.setText(f"{server.describe()}. {guarantee(server.kind)}.")

    def _failed(self, sentence: str) -> None:
        self.status.setText(sentence)

    def _add(self) -> None:
        self.status.setText(QCoreApplication.translate("RemoteModels", "Asking the server…"))
        self.tasks.run(self.computers.add, self.address.text(), self.key.text() or None, done=self._added,
                       failed=self._failed)  # fmt: skip

    def _added(self, server) -> None:
        self.address.clear()
        self.key.clear()
        self._said(server)

    def _selected_url(self) -> str | None:
        item = self.servers.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _test(self) -> None:
        url = self._selected_url()
        if url is not None:
            self.status.setText(QCoreApplication.translate("RemoteModels", "Asking the server…"))
            self.tasks.run(self.computers.test, url, done=self._said, failed=self._failed)

    def _remove(self) -> None:
        url = self._selected_url()
        if url is None:
            return
        self.computers.remove(url)
        self.servers.takeItem(self.servers.currentRow())
        self.status.setText(QCoreApplication.translate("RemoteModels", "Removed."))
