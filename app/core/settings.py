"""The user's settings: a JSON file in the config folder, with defaults for anything missing.

Like Mu's settings: unknown keys are ignored, a value of the wrong kind or out of
range falls back to its default, and a damaged file is set aside (and reported)
rather than stopping ShortChat from starting. Saving is atomic.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from app.core import json_file, paths
from app.core.engine.generation import GenerationOptions, LoadSettings
from app.core.engine.prompt import VICUNA_SYSTEM
from app.core.errors import ShortChatError
from app.core.words import translate

log = logging.getLogger(__name__)

# name: (lowest, highest) for the numbers
LIMITS = {
    "temperature": (0.0, 2.0),
    "top_p": (0.05, 1.0),
    "max_tokens": (16, 4096),
    "context": (0, 8192),
    "threads": (0, 256),
    "gpu_layers": (-1, 999),
    "text_size": (50, 300),
    "chat_states_mb": (0, 1_000_000),
}

# How the window looks: follow the computer's light or dark setting, or always one of them.
THEMES = ("system", "light", "dark")
# The window's languages ("" follows the computer's); resources/translations has one .ts for each but English.
LANGUAGES = ("", "en", "ko", "zh_CN", "ja", "es", "de", "fr", "pt_BR", "ar")


@dataclass(frozen=True)
class Settings:
    system_prompt: str = VICUNA_SYSTEM
    temperature: float = 0.7
    top_p: float = 0.95
    max_tokens: int = 512
    context: int = 0  # 0: automatic (the longest that fits easily here, up to the model's own)
    threads: int = 0  # 0: automatic (one per core)
    gpu_layers: int = -1  # -1: automatic (as many as the estimate says fit)
    models_folder: str = ""  # "": the default one
    last_conversation: int | None = None
    last_model: str | None = None
    last_server: str | None = None  # a model on another computer used last: its server's address...
    last_server_model: str | None = None  # ...and the server's name for the model
    model_licence_accepted: bool = False  # the models' non-commercial licence, asked before the first download
    theme: str = "system"  # one of THEMES
    language: str = ""  # one of LANGUAGES; "": the computer's own, when ShortChat has it
    text_size: int = 100  # percent of the computer's own text size, for the whole window and the chat
    chat_states_mb: int = 2000  # disk (MB of 10^6 bytes) for saved chat states, so long chats reopen at once; 0: none

    def generation_options(self) -> GenerationOptions:
        return GenerationOptions(max_tokens=self.max_tokens, temperature=self.temperature, top_p=self.top_p)

    def load_settings(self, estimated_gpu_layers: int = 0, automatic_context: int | None = None) -> LoadSettings:
        return LoadSettings(
            n_ctx=self.context or automatic_context,
            n_threads=self.threads or None,
            n_gpu_layers=estimated_gpu_layers if self.gpu_layers < 0 else self.gpu_layers,
        )


DEFAULTS = Settings()


def load(path: Path | None = None) -> tuple[Settings, list[str]]:
    """The settings, and notes for the user about anything that had to be repaired."""
    path = path or paths.settings_path()
    notes: list[str] = []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except FileNotFoundError:
        return DEFAULTS, notes
    except OSError as exc:  # not readable now (permissions, a disk error): not damage, leave it be
        notes.append(
            translate("Errors", "The settings file could not be read ({why}); the defaults are used for now.").format(
                why=exc.strerror or exc
            )
        )
        log.warning("%s", notes[-1])
        return DEFAULTS, notes
    except ValueError as exc:
        try:
            kept = json_file.set_aside(path).name
        except OSError:
            kept = ""
        if kept:
            unreadable = translate(
                "Errors", "The settings file could not be read ({why}); the defaults are used (the old file: {kept})."
            )
        else:
            unreadable = translate("Errors", "The settings file could not be read ({why}); the defaults are used.")
        notes.append(unreadable.format(why=exc, kept=kept))
        log.warning("%s", notes[-1])
        return DEFAULTS, notes
    values = {}
    for spec in fields(Settings):
        if spec.name not in data:
            continue
        value, default = data[spec.name], getattr(DEFAULTS, spec.name)
        if _valid(spec.name, value, default):
            values[spec.name] = float(value) if isinstance(default, float) else value
        else:
            notes.append(
                translate(
                    "Errors", "The setting {name} had a value ShortChat cannot use; it is back to its default."
                ).format(name=spec.name)
            )
    return replace(DEFAULTS, **values), notes


def _valid(name: str, value: object, default: object) -> bool:
    if name in ("last_conversation", "last_model", "last_server", "last_server_model"):
        return value is None or isinstance(value, int if name == "last_conversation" else str)
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    ok = isinstance(value, (int, float)) if isinstance(default, float) else isinstance(value, type(default))
    if ok and name in LIMITS:
        low, high = LIMITS[name]
        ok = low <= value <= high
    if ok and name == "system_prompt":
        ok = bool(value.strip())
    if ok and name == "theme":
        ok = value in THEMES
    if ok and name == "language":
        ok = value in LANGUAGES
    return ok


class SettingsError(ShortChatError):
    """The settings could not be written."""


def save(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically; a ``SettingsError`` (a sentence) when the folder refuses."""
    path = path or paths.settings_path()
    try:
        json_file.write_atomic(path, asdict(settings))
    except OSError as exc:
        raise SettingsError(
            translate(
                "Errors",
                "The settings could not be saved in {parent} ({why}); they stay as they are until ShortChat closes.",
            ),
            parent=path.parent,
            why=exc.strerror or exc,
        ) from exc
