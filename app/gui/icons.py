"""Icons for the toolbar and buttons: Material Design Icons through superqt's font icons.

The font ships inside the ``fonticon-materialdesignicons7`` package (bundled by the
installer, never fetched). Icons take the palette's text colour, so they follow the theme;
``refresh`` paints them again after a theme change.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QWidget


def icon(name: str, palette: QPalette) -> QIcon:
    """The Material Design icon ``name`` (e.g. "send") in the palette's text colour; an empty
    icon if the font cannot be had (the button keeps its words, so nothing is lost)."""
    return _icon(name, palette.color(QPalette.ColorRole.ButtonText).name())


@functools.lru_cache(maxsize=128)
def _icon(name: str, colour: str) -> QIcon:
    """Made once per name and colour: Send turns into Stop and back at every reply, and making the
    icon anew took up to 11 ms of the GUI thread at a reply's end."""
    try:
        from fonticon_mdi7 import MDI7
        from superqt.fonticon import icon as font_icon

        return font_icon(getattr(MDI7, name), color=colour)
    except Exception:  # a missing font package or glyph must never stop the window
        return QIcon()


class Iconed:
    """Remembers which widget or action shows which icon, to paint them again for a new palette."""

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self._given: list[tuple[object, str]] = []

    def give(self, target, name: str) -> None:
        target.setIcon(icon(name, self.owner.palette()))
        self._given = [(t, n) for t, n in self._given if t is not target]
        self._given.append((target, name))

    def refresh(self) -> None:
        for target, name in self._given:
            target.setIcon(icon(name, self.owner.palette()))
