"""ShortChat's small JSON files (settings, measurements, caches, download notes): read tolerantly,
written atomically; and where any damaged file (the chat history too) is set aside.

Several ShortChat processes may write one file at once (two windows, the CLI), so each
write goes to a temporary file of its own in the same folder and replaces the file in
one step: a reader sees the old file or the new one, never half of one.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path


def read_object(path: Path) -> dict:
    """The JSON object in ``path``; ``{}`` when it is missing, unreadable or not an object."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_atomic(path: Path, data: object) -> None:
    """Write ``data`` as JSON to ``path`` all at once; raises ``OSError`` when the folder refuses."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def damaged_name(path: Path) -> Path:
    """Where a damaged ``path`` is kept: ``<name>.damaged-<time>`` beside it."""
    path = Path(path)
    return path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")


def set_aside(path: Path) -> Path:
    """Rename a damaged file to ``damaged_name(path)`` (kept for the curious); the new name."""
    aside = damaged_name(path)
    os.replace(path, aside)
    return aside
