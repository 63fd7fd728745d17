"""Where ShortChat keeps its files (platformdirs), overridable for tests and portable use.

Set SHORTCHAT_HOME to keep everything (models, chats, settings, logs) in one folder.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from app import APP_NAME


def _platformdirs():
    """platformdirs, imported when first needed (llama.cpp's process never needs it)."""
    import platformdirs

    return platformdirs


def _home() -> Path | None:
    home = os.environ.get("SHORTCHAT_HOME")
    return Path(home) if home else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else _platformdirs().user_data_path(APP_NAME, appauthor=False)


def models_dir() -> Path:
    """The models folder: the one chosen in the settings, else one in the data folder."""
    chosen = _read_setting("models_folder")
    if isinstance(chosen, str) and chosen.strip():
        return Path(chosen).expanduser()
    return data_dir() / "models"


def settings_path() -> Path:
    return config_dir() / "settings.json"


def _read_setting(key: str) -> object:
    """One value from the settings file, without the settings module (which needs these paths)."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get(key) if isinstance(data, dict) else None


def cache_dir() -> Path:
    home = _home()
    return home / "cache" if home else _platformdirs().user_cache_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else _platformdirs().user_config_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else _platformdirs().user_log_path(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """The read-only ``resources/`` folder: beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
