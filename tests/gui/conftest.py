"""The real window, offscreen, with the real core underneath; only the network is local."""

from __future__ import annotations

import pytest

from tests.conftest import DEAD_ENDPOINT


@pytest.fixture(autouse=True)
def licence_already_accepted(private_home):
    """Most tests are not about the licence question (test_first_run is, and says no to this)."""
    from app.core import settings

    settings.save(settings.Settings(model_licence_accepted=True))


@pytest.fixture(autouse=True)
def no_public_hub(monkeypatch):
    """A window never reaches the real hub from a test (fake_hub, when used, points it elsewhere)."""
    monkeypatch.setenv("HF_ENDPOINT", DEAD_ENDPOINT)


@pytest.fixture
def make_window(qtbot):
    import app.gui  # noqa: F401 - picks the Qt binding for superqt
    from app.gui.main_window import MainWindow

    windows = []

    def make():
        from PySide6.QtWidgets import QApplication

        from app.gui import focus_ring

        focus_ring.install(QApplication.instance())  # as the app does
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()


def wait_loaded(qtbot, window, timeout=60_000):
    """Loaded, and measured: the first use of a file on this computer measures it (a few seconds),
    once the computer has been looked at."""
    qtbot.waitUntil(
        lambda: window.session.measurements is not None and not window.session.busy and window.engine.model is not None,
        timeout=timeout,
    )


def wait_reply_done(qtbot, window, timeout=60_000):
    qtbot.waitUntil(lambda: window.conversation.reply is None and not window.chat_view.streaming, timeout=timeout)


def saved(window) -> list[tuple[str, str, str]]:
    """What the store holds of the chat shown: (role, text, state) per message."""
    return [(m.role, m.text, m.state) for m in window.chat.messages()] if window.chat else []


def click_link(view, href: str) -> None:
    """Click the link or button ``href`` of a text view where the view draws it, as a person does:
    found in the document, scrolled into sight, then clicked with the mouse in the middle of its text."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    assert view.isVisible(), "only a view that is shown can be clicked (and laid out)"
    position = _anchor_position(view.document(), href)
    assert position is not None, f"no link {href!r} is shown"
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    bar = view.verticalScrollBar()
    if not view.viewport().rect().contains(view.cursorRect(cursor).center()):
        bar.setValue(bar.value() + view.cursorRect(cursor).center().y() - view.viewport().height() // 2)
    point = view.cursorRect(cursor).center()
    assert view.viewport().rect().contains(point), f"the link {href!r} cannot be scrolled into sight"
    assert view.anchorAt(point) == href, f"{view.anchorAt(point)!r} is drawn where {href!r} was looked for"
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def _anchor_position(document, href: str) -> int | None:
    """A position inside the text of the first link to ``href`` (in a message, its footer or a table cell)."""
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isAnchor() and fragment.charFormat().anchorHref() == href:
                return fragment.position() + max(1, fragment.length() // 2)
            fragments += 1
        block = block.next()
    return None
