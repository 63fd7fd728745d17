"""Settings: defaults, round trip, repair of bad values and damaged files."""

from __future__ import annotations

import json
from dataclasses import replace

from app.core import paths, settings
from app.core.engine.prompt import VICUNA_SYSTEM


def test_defaults_round_trip_and_models_folder(private_home, tmp_path):
    loaded, notes = settings.load()
    assert loaded == settings.DEFAULTS and notes == []
    assert loaded.system_prompt == VICUNA_SYSTEM
    assert paths.models_dir() == private_home / "data" / "models"
    changed = replace(loaded, temperature=0.2, max_tokens=300, models_folder=str(tmp_path / "my models"))
    settings.save(changed)
    again, notes = settings.load()
    assert again == changed and notes == []
    assert paths.models_dir() == tmp_path / "my models"  # the CLI and the window both follow it
    options = again.generation_options()
    assert (options.temperature, options.max_tokens) == (0.2, 300)
    assert again.load_settings(estimated_gpu_layers=7).n_gpu_layers == 7  # automatic
    assert again.load_settings(automatic_context=1024).n_ctx == 1024  # context automatic by default
    assert replace(again, context=2048).load_settings(automatic_context=1024).n_ctx == 2048
    assert replace(again, gpu_layers=0).load_settings(7).n_gpu_layers == 0


def test_bad_values_fall_back_one_by_one(private_home):
    path = paths.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps({"temperature": 9, "top_p": "high", "max_tokens": 100, "unknown": 1, "system_prompt": " "})
    )
    loaded, notes = settings.load()
    assert (loaded.temperature, loaded.top_p, loaded.max_tokens) == (0.7, 0.95, 100)
    assert loaded.system_prompt == VICUNA_SYSTEM
    assert len(notes) == 3 and all("back to its default" in n for n in notes)


def test_a_damaged_file_is_set_aside(private_home):
    path = paths.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    loaded, notes = settings.load()
    assert loaded == settings.DEFAULTS and "could not be read" in notes[0]
    assert list(path.parent.glob("settings.json.damaged-*")) and not path.exists()


def test_the_disk_for_chat_states_is_checked_like_the_others(private_home):
    path = paths.settings_path()
    path.parent.mkdir(parents=True)
    for value, kept in ((-1, 2000), ("2GB", 2000), (True, 2000), (0, 0), (500, 500)):
        path.write_text(json.dumps({"chat_states_mb": value}))
        assert settings.load()[0].chat_states_mb == kept
