"""Settings → "Let other apps on this computer use ShortChat": the window's engine, through the API."""

from __future__ import annotations

import openai
import pytest

from app.core.engine.engine import Engine
from app.serve.server import bind
from tests.conftest import SCRIPTED_REPLY


@pytest.fixture
def loaded_engine(scripted_q4, tmp_path):
    engine = Engine(log_dir=tmp_path / "logs")
    engine.load(scripted_q4)
    yield engine
    engine.close()


def test_the_switch_shares_the_loaded_model_at_the_address_shown(qtbot, loaded_engine):
    from PySide6.QtGui import QGuiApplication

    from app.gui.api_sharing import ApiSharing, ApiSwitch

    sharing = ApiSharing(loaded_engine, port=0)
    switch = ApiSwitch(sharing)
    qtbot.addWidget(switch)
    assert not switch.copy.isEnabled() and switch.address.text() == ""
    switch.switch.setChecked(True)
    try:
        url = switch.address.text()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/v1")
        switch.copy.click()
        assert QGuiApplication.clipboard().text() == url
        client = openai.OpenAI(base_url=url, api_key="-", max_retries=0, timeout=30)
        reply = client.chat.completions.create(model="any", messages=[{"role": "user", "content": "hi"}])
        assert reply.choices[0].message.content == SCRIPTED_REPLY
        # Settings opened again shows the server that runs.
        again = ApiSwitch(sharing)
        qtbot.addWidget(again)
        assert again.switch.isChecked() and again.address.text() == url
    finally:
        switch.switch.setChecked(False)
    assert sharing.server is None and switch.address.text() == ""
    with pytest.raises(openai.APIConnectionError):
        client.models.list()


def test_a_taken_port_falls_back_to_a_free_one(qtbot, loaded_engine):
    from app.gui.api_sharing import ApiSharing

    taken = bind("127.0.0.1", 0)
    sharing = ApiSharing(loaded_engine, port=taken.getsockname()[1])
    try:
        url = sharing.start()
        assert f":{taken.getsockname()[1]}/" not in url
    finally:
        sharing.stop()
        taken.close()


def test_settings_shows_the_switch_for_the_windows_engine(make_window, qtbot):
    from app.gui.api_sharing import SWITCH_TEXT
    from app.gui.settings_dialog import SettingsDialog

    window = make_window()
    dialog = SettingsDialog(window.settings, window, engine=window.engine)
    assert dialog.api_switch is not None and dialog.api_switch.switch.text() == SWITCH_TEXT
    assert not dialog.api_switch.switch.isChecked()  # off until asked
