"""How the window looks: the theme (the computer's own, light or dark) and the text size.

Light and dark use Qt's Fusion style with palettes of our own, so they look the same on
every system; "system" gives the style and palette back to the platform. The text size is
a percentage of the computer's own font size, applied to the application font, so every
widget that does not set a font of its own follows it.

Changing either one makes Qt send ``PaletteChange`` / ``FontChange`` to every widget. The
chat view renders HTML with colours baked in, so it re-renders on those events with
``chat_colours(self.palette())`` (each colour readable on its background: WCAG AA,
4.5:1) and ``text_point_size()``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.core.settings import LIMITS

TEXT_SIZE_STEP = 10  # percent per Ctrl+= / Ctrl+-
AA_CONTRAST = 4.5  # WCAG 2 level AA, normal text

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# Every text colour here is at least 4.5:1 against the backgrounds it is drawn on
# (tests/gui/test_appearance.py computes it); disabled text is dimmer on purpose.
LIGHT = {
    _Role.Window: "#f3f3f3",
    _Role.WindowText: "#1a1a1a",
    _Role.Base: "#ffffff",
    _Role.AlternateBase: "#f0f0f0",
    _Role.Text: "#1a1a1a",
    _Role.Button: "#e6e6e6",
    _Role.ButtonText: "#1a1a1a",
    _Role.BrightText: "#b00020",
    _Role.Highlight: "#1f5fbf",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#0b57d0",
    _Role.LinkVisited: "#6a1b9a",
    _Role.PlaceholderText: "#5c5c5c",
    _Role.ToolTipBase: "#ffffe1",
    _Role.ToolTipText: "#1a1a1a",
    _Role.Light: "#ffffff",
    _Role.Midlight: "#f0f0f0",
    _Role.Mid: "#b4b4b4",
    _Role.Dark: "#8c8c8c",
    _Role.Shadow: "#5a5a5a",
}
DARK = {
    _Role.Window: "#2b2b2e",
    _Role.WindowText: "#eeeeee",
    _Role.Base: "#1e1e20",
    _Role.AlternateBase: "#2a2a2d",
    _Role.Text: "#eeeeee",
    _Role.Button: "#3a3a3e",
    _Role.ButtonText: "#eeeeee",
    _Role.BrightText: "#ff8a80",
    _Role.Highlight: "#2f65c0",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#8ab4f8",
    _Role.LinkVisited: "#c58af9",
    _Role.PlaceholderText: "#a6a6a6",
    _Role.ToolTipBase: "#3a3a3e",
    _Role.ToolTipText: "#eeeeee",
    _Role.Light: "#505055",
    _Role.Midlight: "#434347",
    _Role.Mid: "#303033",
    _Role.Dark: "#18181a",
    _Role.Shadow: "#0a0a0a",
}
_DISABLED = {"light": "#8a8a8a", "dark": "#7c7c7c"}  # text of controls that cannot be used now

# The pairs a palette must keep readable: (text role, background role).
READABLE_PAIRS = (
    (_Role.WindowText, _Role.Window),
    (_Role.Text, _Role.Base),
    (_Role.Text, _Role.AlternateBase),
    (_Role.ButtonText, _Role.Button),
    (_Role.HighlightedText, _Role.Highlight),
    (_Role.Link, _Role.Base),
    (_Role.PlaceholderText, _Role.Base),
    (_Role.PlaceholderText, _Role.Window),
    (_Role.ToolTipText, _Role.ToolTipBase),
)

_system_style: str | None = None  # the platform's own style, remembered before Fusion replaces it


def palette_for(theme: str) -> QPalette | None:
    """Our palette for "light" or "dark"; None for "system" (the platform's own)."""
    colours = {"light": LIGHT, "dark": DARK}.get(theme)
    if colours is None:
        return None
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText):
        palette.setColor(_Group.Disabled, role, QColor(_DISABLED[theme]))
    return palette


def text_font(text_size: int) -> QFont:
    """The computer's own font at ``text_size`` percent."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(round(size * clamp_text_size(text_size) / 100, 1))
    return font


def clamp_text_size(text_size: int) -> int:
    low, high = LIMITS["text_size"]
    return max(low, min(high, text_size))


def text_point_size() -> float:
    """The size, in points, that the window's text (and the chat's) is shown at now."""
    return QApplication.font().pointSizeF()


def apply(theme: str, text_size: int, app: QApplication | None = None) -> None:
    """Show the whole application in ``theme`` at ``text_size`` percent."""
    global _system_style
    app = app or QApplication.instance()
    if _system_style is None:
        _system_style = app.style().name()
    hints = app.styleHints()
    palette = palette_for(theme)
    if palette is None:
        if hasattr(hints, "unsetColorScheme"):  # Qt 6.8+
            hints.unsetColorScheme()
        if app.style().name() != _system_style:
            app.setStyle(_system_style)
        app.setPalette(QPalette())  # nothing of ours: every role follows the platform again
    else:
        if hasattr(hints, "setColorScheme"):  # also tells native parts (title bars) light or dark
            hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(palette)
    font = text_font(text_size)
    if QGuiApplication.font() != font:
        app.setFont(font)


# -- contrast (WCAG 2) ----------------------------------------------------------------------


def relative_luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: QColor, background: QColor, minimum: float = AA_CONTRAST) -> QColor:
    """``colour``, moved towards black or white just enough to reach ``minimum`` on ``background``."""
    colour = opaque(colour, background)
    if contrast(colour, background) >= minimum:
        return QColor(colour)
    target = QColor("#000000") if relative_luminance(background) > 0.18 else QColor("#ffffff")
    for step in range(1, 21):
        moved = blend(colour, target, step / 20)
        if contrast(moved, background) >= minimum:
            return moved
    return target


def opaque(colour: QColor, background: QColor) -> QColor:
    """What a (half-)transparent colour looks like drawn on ``background``: Qt's placeholder text is one."""
    return blend(background, QColor(colour.red(), colour.green(), colour.blue()), colour.alphaF())


def blend(colour: QColor, towards: QColor, amount: float) -> QColor:
    return QColor(
        round(colour.red() + (towards.red() - colour.red()) * amount),
        round(colour.green() + (towards.green() - colour.green()) * amount),
        round(colour.blue() + (towards.blue() - colour.blue()) * amount),
    )


def chat_colours(palette: QPalette) -> dict[str, str]:
    """The chat's colours (``#rrggbb``) for ``palette``, each text colour at least 4.5:1 on its background.

    Keys: ``background`` and ``text`` (the page), ``muted`` (names, times, footers), ``link``,
    ``code_background`` and ``code_text`` (code blocks), ``accent_background`` and
    ``accent_text`` (the user's own messages), ``button_background``, ``button_text`` and
    ``button_border`` (the buttons under a message). Works for any palette, the platform's too."""
    background = opaque(palette.color(_Role.Base), QColor("#ffffff"))
    text = readable(palette.color(_Role.Text), background)
    dark = relative_luminance(background) < 0.18
    code_background = blend(background, QColor("#ffffff" if dark else "#000000"), 0.06)
    accent_background = blend(background, palette.color(_Role.Highlight), 0.18 if dark else 0.10)
    colours = {
        "background": background,
        "text": text,
        "muted": readable(readable(palette.color(_Role.PlaceholderText), background), accent_background),
        # on the page and on the user's own messages (footer links sit on both)
        "link": readable(readable(palette.color(_Role.Link), background), accent_background),
        "code_background": code_background,
        "code_text": readable(text, code_background),
        "accent_background": accent_background,
        "accent_text": readable(text, accent_background),
        # the buttons under a message (Copy, Edit, ‹ ›): the palette's own button colours
        "button_background": opaque(palette.color(_Role.Button), background),
        "button_text": readable(palette.color(_Role.ButtonText), opaque(palette.color(_Role.Button), background)),
        "button_border": blend(opaque(palette.color(_Role.Button), background), text, 0.35),
    }
    return {name: colour.name() for name, colour in colours.items()}


def focus_colour(palette: QPalette) -> QColor:
    """The highlight colour, made lighter or darker until it stands at 3:1 against the window, the text
    boxes and the buttons (WCAG's contrast for what is not text): the focus ring's colour."""
    colour = palette.color(QPalette.ColorRole.Highlight)
    grounds = [palette.color(role) for role in (_Role.Window, _Role.Base, _Role.Button)]
    dark_ground = relative_luminance(palette.color(_Role.Window)) < 0.5
    for _ in range(20):
        if all(contrast(colour, ground) >= 3.0 for ground in grounds):
            break
        colour = colour.lighter(112) if dark_ground else colour.darker(112)
    return colour
