"""Byte sizes as people write and read them ("8GB", "512MiB", "1.4 GB"), and durations."""

from __future__ import annotations

import re

from app.core.words import QT_TRANSLATE_NOOP, translate

_UNITS = {
    "": 1, "b": 1,
    "kb": 1000, "mb": 1000**2, "gb": 1000**3, "tb": 1000**4,
    "kib": 1024, "mib": 1024**2, "gib": 1024**3, "tib": 1024**4,
    "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4,
}  # fmt: skip
_PATTERN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$")

# The units a size is shown in, marked where written and translated where used ("Go" in French).
UNIT_WORDS = (
    (QT_TRANSLATE_NOOP("Sizes", "{value} GB"), 1000**3),
    (QT_TRANSLATE_NOOP("Sizes", "{value} MB"), 1000**2),
    (QT_TRANSLATE_NOOP("Sizes", "{value} KB"), 1000),
)
GIB = 1024**3
MIB = 1024**2


def parse_size(text: str) -> int:
    """Bytes in ``text``; ValueError with a readable message if it is not a size."""
    match = _PATTERN.match(text)
    unit = match.group(2).lower() if match else None
    if match is None or unit not in _UNITS:
        raise ValueError(f"'{text}' is not a size (write it like 8GB or 512MiB)")
    return int(float(match.group(1)) * _UNITS[unit])


def format_size(n_bytes: float) -> str:
    """Short, for people: '1.4 GB', '856 MB' (powers of 1000, as file managers show)."""
    for unit, scale in UNIT_WORDS:
        if abs(n_bytes) >= scale:
            value = n_bytes / scale
            return translate("Sizes", unit).format(value=f"{value:.1f}" if value < 100 else f"{value:.0f}")
    return translate("Sizes", "{value} bytes").format(value=int(n_bytes))


def format_duration(seconds: float) -> str:
    """Short, for people: '45 s', '12 min', '1.5 h'."""
    if seconds < 90:
        return translate("Sizes", "{value} s").format(value=max(1, round(seconds)))
    if seconds < 5400:
        return translate("Sizes", "{value} min").format(value=round(seconds / 60))
    return translate("Sizes", "{value} h").format(value=f"{seconds / 3600:.1f}")
