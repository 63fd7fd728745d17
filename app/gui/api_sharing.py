"""Settings → "Let other apps on this computer use ShortChat": the window's loaded model, shared
through the same OpenAI-compatible API as ``shortchat serve``, on 127.0.0.1 only (no key needed,
nothing reachable from other computers). Off until switched on; it takes effect at once.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.engine.engine import Engine
from app.core.errors import ShortChatError
from app.serve.server import DEFAULT_PORT, AddressError, ApiServer, ServeSettings

SWITCH_TEXT = QT_TRANSLATE_NOOP("ApiSharing", "Let other apps on this computer use ShortChat")


class ApiSharing:
    """The API over ``engine``; requests wait while the window itself is writing."""

    def __init__(self, engine: Engine, port: int = DEFAULT_PORT) -> None:
        self.engine = engine
        self.port = port
        self.server: ApiServer | None = None

    @property
    def url(self) -> str | None:
        return self.server.url if self.server is not None else None

    def start(self) -> str:
        """The address other programs use (a sentence-bearing ``ShortChatError`` if it cannot start)."""
        if self.server is None:
            try:
                server = ApiServer(self.engine, ServeSettings(port=self.port))
            except AddressError:  # the usual port is taken (by `shortchat serve`, say): any free one
                server = ApiServer(self.engine, ServeSettings(port=0))
            self.server = server.start()
        return self.server.url

    def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            server.stop()


_sharings: weakref.WeakKeyDictionary[Engine, ApiSharing] = weakref.WeakKeyDictionary()


def sharing_for(engine: Engine) -> ApiSharing:
    """One sharing per engine, so Settings shows the server that runs, each time it opens."""
    if engine not in _sharings:
        _sharings[engine] = ApiSharing(engine)
    return _sharings[engine]


class ApiSwitch(QWidget):
    """The switch, the address to copy, and why it could not start, when it could not."""

    def __init__(self, sharing: ApiSharing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sharing = sharing
        self.switch = QCheckBox(QCoreApplication.translate("ApiSharing", SWITCH_TEXT))
        self.switch.setChecked(sharing.server is not None)
        self.switch.toggled.connect(self._toggle)
        self.address = QLineEdit()
        self.address.setReadOnly(True)
        self.address.setAccessibleName(QCoreApplication.translate("ApiSharing", "Address for other apps"))
        self.copy = QPushButton(QCoreApplication.translate("ApiSharing", "Copy"))
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.address.text()))
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        address_row = QHBoxLayout()
        address_row.setContentsMargins(0, 0, 0, 0)
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.switch)
        layout.addLayout(address_row)
        layout.addWidget(self.problem)
        self._show()

    def _toggle(self, on: bool) -> None:
        self.problem.setText("")
        if on:
            try:
                self.sharing.start()
            except ShortChatError as error:
                self.problem.setText(str(error))
                self.switch.blockSignals(True)
                self.switch.setChecked(False)
                self.switch.blockSignals(False)
        else:
            self.sharing.stop()
        self._show()

    def _show(self) -> None:
        url = self.sharing.url
        self.address.setText(url or "")
        self.address.setPlaceholderText("" if url else QCoreApplication.translate("ApiSharing", "Off"))
        self.copy.setEnabled(url is not None)
        self.problem.setVisible(bool(self.problem.text()))
