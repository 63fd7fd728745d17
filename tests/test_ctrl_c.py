"""Ctrl+C's phases in the terminal, one press at a time (the pty tests press it as a person does)."""

from __future__ import annotations

import signal

import pytest

from app.ctrl_c import CtrlC

pytestmark = pytest.mark.skipif(not hasattr(signal, "raise_signal"), reason="signals")


def test_after_the_press_that_raises_ctrl_c_is_ignored_until_it_is_wanted_again():
    """A second press that came while the first one's KeyboardInterrupt was on its way ran the handler
    with the exception still set, and Python turned it into a SystemError that ended the chat: after
    the press that raises, the system itself ignores Ctrl+C until the next ``raises`` or ``stops``."""
    before = signal.getsignal(signal.SIGINT)
    ctrl_c = CtrlC()
    stopped = []
    with ctrl_c.handled(raises=False):
        with pytest.raises(KeyboardInterrupt), ctrl_c.raises():
            signal.raise_signal(signal.SIGINT)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        signal.raise_signal(signal.SIGINT)  # during the clean-up: nothing happens
        with ctrl_c.stops(lambda: stopped.append(1)) as pressed:
            signal.raise_signal(signal.SIGINT)
        assert stopped == [1] and pressed == [1]
        with pytest.raises(KeyboardInterrupt), ctrl_c.raises():  # wanted again: raises again
            signal.raise_signal(signal.SIGINT)
    assert signal.getsignal(signal.SIGINT) is before
