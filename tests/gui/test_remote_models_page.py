"""Settings → Models on other computers, against a real OpenAI-compatible server (llama-cpp-python's)."""

from __future__ import annotations

import json

import pytest

from app.core.remote.computers import Computers
from app.core.remote.keys import KeyStore
from app.gui.remote_models_page import RemoteModelsSection
from app.testing.model_servers import OpenAICompatibleServer


@pytest.fixture
def server(scripted_q4, tmp_path):
    with OpenAICompatibleServer(scripted_q4, tmp_path, api_key="k17") as running:
        yield running


def test_add_test_and_remove_a_server(qtbot, server, tmp_path, monkeypatch):
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())  # no keychain: the key stays in memory
    computers = Computers(tmp_path / "servers.json", KeyStore())
    section = RemoteModelsSection(computers=computers)
    qtbot.addWidget(section)
    assert section.status.text() == "This computer has no keychain, so API keys are kept only until ShortChat closes."

    section.address.setText(server.url)
    section.key.setText("wrong")
    section.add_button.click()
    qtbot.waitUntil(lambda: "refused the API key" in section.status.text(), timeout=20_000)
    assert section.servers.count() == 0

    section.key.setText("k17")
    section.add_button.click()
    sentence = f"OpenAI-compatible server at 127.0.0.1:{server.port} — scripted-Q4_K_M"
    qtbot.waitUntil(lambda: section.status.text().startswith(sentence), timeout=20_000)
    assert section.servers.item(0).text() == sentence
    assert "k17" not in (tmp_path / "servers.json").read_text()  # the key is never in the file
    assert json.loads((tmp_path / "servers.json").read_text()) == {"servers": [{"url": server.url}]}

    section.servers.setCurrentRow(0)
    section.status.setText("")
    section.test_button.click()
    qtbot.waitUntil(lambda: section.status.text().startswith(sentence), timeout=20_000)

    section.remove_button.click()
    assert section.servers.count() == 0 and computers.urls() == []
