"""What one message looks like in the chat view: its frame, its header, its footer of buttons
(Copy, Edit, ‹ n/m ›) and its note, and the links those buttons are.

The links (``copy-message:KEY``, ``copy-code:KEY:N``, ``edit:ID``, ``version:ID:±1``,
``earlier:``) are the chat view's own detail: they are written here and read back by
``read_link``, and leave the view only as its typed signals.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette, QTextFrame, QTextFrameFormat, QTextLength

from app.core.chat.store import ASSISTANT, USER
from app.gui.theme import chat_colours

NOTICE = "notice"  # a line from ShortChat itself, never stored
EARLIER_TEXT = QT_TRANSLATE_NOOP("ChatView", "Show earlier messages")  # translated where shown: earlier_text()
EARLIER_LINK = "earlier:"
BUTTON_LINKS = ("copy-message:", "edit:", "version:")  # the links under a message, shown as buttons
BUTTON_PADDING, BUTTON_SPACING = 5, 6  # px


@dataclass(eq=False)
class ChatMessage:
    role: str
    text: str
    author: str
    key: int = 0  # names the message in its links ("copy-message:KEY"); never reused in a view
    note: str = ""  # e.g. "stopped", figures
    code_blocks: tuple[str, ...] = ()
    frame: QTextFrame | None = field(default=None, repr=False)
    message_id: int | None = None  # in the store
    version: tuple[int, int] = (1, 1)  # this one of how many versions (edits, regenerations)
    # What the frame shows: the body's pieces, and where each ends (offsets from the frame's first
    # position, not document positions: rendering an earlier message moves positions).
    pieces: list[str] = field(default_factory=list, repr=False)
    piece_ends: list[int] = field(default_factory=list, repr=False)
    body_start: int = 0


class Link(NamedTuple):
    """A link of the view, read: what it asks for and its numbers (a message's key or id, a block, a step)."""

    kind: str  # "copy-message", "copy-code", "edit", "version", "earlier"; "" for any other address
    numbers: tuple[int, ...] = ()


def read_link(href: str) -> Link:
    kind, _, rest = href.partition(":")
    if kind == "earlier" and not rest:
        return Link(kind)
    if kind in ("copy-message", "copy-code", "edit", "version"):
        try:
            return Link(kind, tuple(int(part) for part in rest.split(":")))
        except ValueError:
            return Link("")
    return Link("")


def copy_code_links(key: int):
    """The address of the Copy link above each code block of message ``key``, for the renderer."""
    return lambda number: f"copy-code:{key}:{number}"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def frame_format(role: str, palette: QPalette) -> QTextFrameFormat:
    dark = is_dark(palette)
    result = QTextFrameFormat()
    result.setPadding(10)
    result.setBorder(0)
    result.setTopMargin(6)
    result.setBottomMargin(6)
    result.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    if role == USER:
        result.setBackground(QColor(chat_colours(palette)["accent_background"]))
        result.setLeftMargin(80)
    elif role == ASSISTANT:
        result.setBackground(palette.color(QPalette.ColorRole.AlternateBase))
        result.setRightMargin(40)
    else:
        result.setBackground(QColor("#5c1f1f" if dark else "#fdecea"))
    return result


def header_html(message: ChatMessage) -> str:
    return f'<p style="font-weight:600">{html.escape(message.author)}</p>'


def message_words(message: ChatMessage, number: int, count: int) -> str:
    """What a screen reader says of one message: its author, where it is, and all its words."""
    said = QCoreApplication.translate("ChatView", "{author}, message {number} of {count}: {text}")
    return said.format(author=message.author, number=number, count=count, text=message.text)


def waiting_html(palette: QPalette) -> str:
    """The body of a reply nothing of which is written yet."""
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    return f'<p style="color:{muted}">…</p>'


def earlier_text() -> str:
    return QCoreApplication.translate("ChatView", EARLIER_TEXT)


def earlier_html() -> str:
    return f'<p align="center"><a href="{EARLIER_LINK}">{html.escape(earlier_text())}</a></p>'


def footer_html(message: ChatMessage, palette: QPalette) -> str:
    """Buttons under a message (Copy, Edit, ‹ n/m ›) and its note: a row of table cells that look
    and click like buttons (the whole cell, see ``ChatView._button_at``), reachable with Tab as links."""
    colours = chat_colours(palette)
    cells = []

    def button(href: str | None, label: str, tip: str) -> None:
        style = f"background-color:{colours['button_background']}; border: 1px solid {colours['button_border']}"
        if href is None:  # nothing that way: shown, not clickable
            inner = f'<span style="color:{colours["muted"]}">{label}</span>'
        else:
            inner = (
                f'<a href="{href}" title="{html.escape(tip)}" '
                f'style="color:{colours["button_text"]}; text-decoration:none">{label}</a>'
            )
        cells.append(f'<td style="{style}">{inner}</td>')

    if message.role != NOTICE:
        button(
            f"copy-message:{message.key}",
            QCoreApplication.translate("Message", "Copy"),
            QCoreApplication.translate("Message", "Copy this message"),
        )
    if message.role == USER and message.message_id is not None:
        button(
            f"edit:{message.message_id}",
            QCoreApplication.translate("Message", "Edit"),
            QCoreApplication.translate("Message", "Change this question and ask it again"),
        )
    number, count = message.version
    if count > 1 and message.message_id is not None:
        button(
            f"version:{message.message_id}:-1" if number > 1 else None,
            "&nbsp;‹&nbsp;",
            QCoreApplication.translate("Message", "The version before"),
        )
        cells.append(f'<td style="color:{colours["muted"]}">{number}/{count}</td>')
        button(
            f"version:{message.message_id}:1" if number < count else None,
            "&nbsp;›&nbsp;",
            QCoreApplication.translate("Message", "The version after"),
        )
    if message.note:
        cells.append(f'<td style="color:{colours["muted"]}">{html.escape(message.note)}</td>')
    if not cells:
        return ""
    return (
        f'<table cellspacing="{BUTTON_SPACING}" cellpadding="{BUTTON_PADDING}" '
        f'style="border-collapse: separate; border-width: 0">'  # apart, unlike a reply's own tables
        f"<tr>{''.join(cells)}</tr></table>"
    )


def style_sheet(palette: QPalette) -> str:
    """Colours readable on every message's background in both themes (links were blue on
    blue in dark mode), and tables with borders and padding."""
    colours = chat_colours(palette)
    return (
        "p { margin-top: 2px; margin-bottom: 6px; } pre { margin: 4px; }"
        f" a {{ color: {colours['link']}; }}"
        f" table {{ border-collapse: collapse; border-color: {colours['muted']}; border-style: solid;"
        " margin-top: 4px; margin-bottom: 6px; }"
        f" th, td {{ border: 1px solid {colours['muted']}; padding: 4px 8px; }}"
        f" th {{ background-color: {colours['code_background']}; }}"
    )


def mark_colour(palette: QPalette) -> QColor:
    """The background of a message a search jumped to: the highlight, faded into the base."""
    color, base, amount = palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Base), 0.35
    return QColor(
        round(base.red() + (color.red() - base.red()) * amount),
        round(base.green() + (color.green() - base.green()) * amount),
        round(base.blue() + (color.blue() - base.blue()) * amount),
    )
