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
