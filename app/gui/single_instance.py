"""One window per data folder: a second start brings the running window to the front.

The usual single-application pattern: a ``QLockFile`` in the data folder says a window
runs (a crashed one's lock is stale and taken over: Qt checks that its process is gone),
and a ``QLocalServer`` named after the folder lets a second start ask it to come forward.
The CLI takes no lock: it works beside the window.
"""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
ANSWER_WAIT_S = 5.0  # a first window still starting gets this long to open its door
LOCK_NAME = "window.lock"
_ACTIVATE = b"activate\n"


def server_name(data_dir: Path) -> str:
    """A name per data folder (and so per user): two folders may each have their window."""
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"shortchat-{digest}"


class SingleInstance(QObject):
    """Claim the data folder for this window, or hand over to the window that has it."""

    activated = Signal()  # a second start asked this window to come forward

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True: this is the only window (or none can be enforced); False: another window has
        the folder and was asked to come forward."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("no single-window lock (%s): the data folder cannot be created", exc)
            return True
        lock = QLockFile(str(self.data_dir / LOCK_NAME))
        lock.setStaleLockTime(0)  # held as long as the window lives; stale only when its process is gone
        deadline = time.monotonic() + ANSWER_WAIT_S
        while True:
            if lock.tryLock(100):
                self._lock = lock
                self._listen()
                return True
            if lock.error() != QLockFile.LockError.LockFailedError:
                log.warning("no single-window lock (%s): the data folder cannot be written", lock.error())
                return True
            if self._ask_to_come_forward():
                return False
            if time.monotonic() > deadline:  # held by a window that does not answer (frozen?)
                log.warning("another ShortChat holds %s but does not answer", self.data_dir)
                return False

    def _listen(self) -> None:
        QLocalServer.removeServer(self.name)  # a crashed window's socket: ours now, we hold the lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("a second start cannot reach this window: %s", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_ACTIVATE.strip()):
            log.info("a second start asked this window to come forward")
            self.activated.emit()

    def _ask_to_come_forward(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(500):
            return False
        socket.write(_ACTIVATE)
        sent = socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
