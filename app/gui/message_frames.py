"""Putting a message into its frame of the chat's document: its header, its body as the
renderer's HTML pieces (one per top-level block), then its footer.

A body is changed from the first piece that differs, so a reply that grows costs the pieces
that changed, and only inside its own frame: the cost does not grow with the chat.
"""

from __future__ import annotations

import contextlib
import time

from PySide6.QtGui import (
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFrame,
)

from app.core.chat.markdown_render import RenderedText
from app.gui.message_html import ChatMessage, header_html


@contextlib.contextmanager
def one_change(document: QTextDocument):
    """Group edits, so the document lays itself out once for all of them, not once per
    edit: each layout pass visits every message's frame, so it costs more as the chat grows."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        yield
    finally:
        cursor.endEditBlock()


def start_body(document: QTextDocument, message: ChatMessage) -> None:
    """Empty the frame but for the header, and an empty block where the body goes."""
    frame = message.frame
    end = _replace(document, frame, frame.firstPosition(), header_html(message), end_block=True)
    message.body_start = end - frame.firstPosition()
    message.pieces, message.piece_ends = [], []


def first_difference(message: ChatMessage, pieces) -> int:
    """How many of ``pieces`` the frame already shows, from the first."""
    shown = message.pieces
    same = 0
    while same < len(shown) and same < len(pieces) and shown[same] == pieces[same]:
        same += 1
    return same


def put_pieces(
    document: QTextDocument, message: ChatMessage, pieces: list[str], keep: int, budget_s: float | None
) -> bool:
    """Show ``pieces`` as the body: the first ``keep`` already are; the rest go in, one
    after the other, until ``budget_s`` has been spent (None: all). True when all are in."""
    started = time.perf_counter()
    frame = message.frame
    if keep < len(message.pieces) or len(message.pieces) != len(message.piece_ends):
        del message.pieces[keep:], message.piece_ends[keep:]
        _replace(document, frame, _body_end(message), "", keep_format=True)
    while len(message.pieces) < len(pieces):
        if budget_s is not None and message.pieces and time.perf_counter() - started > budget_s:
            return False
        end = _replace(document, frame, _body_end(message), pieces[len(message.pieces)], end_block=True)
        message.pieces.append(pieces[len(message.pieces)])
        message.piece_ends.append(end - frame.firstPosition())
    return True


def put_footer(document: QTextDocument, message: ChatMessage, footer: str) -> None:
    frame = message.frame
    start = _body_end(message)
    if footer:
        _replace(document, frame, start, footer)
    else:  # no footer: no empty block after the last piece either
        cursor = QTextCursor(document)
        cursor.setPosition(start - 1)
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()


def show_rendered(document: QTextDocument, message: ChatMessage, rendered: RenderedText, footer: str) -> None:
    """The whole of a rendered message in place, and its footer."""
    message.code_blocks = rendered.code_blocks
    put_pieces(document, message, list(rendered.pieces), first_difference(message, rendered.pieces), None)
    put_footer(document, message, footer)


def _body_end(message: ChatMessage) -> int:
    return message.frame.firstPosition() + (message.piece_ends[-1] if message.piece_ends else message.body_start)


def _replace(
    document: QTextDocument,
    frame: QTextFrame,
    start: int,
    html_text: str,
    end_block: bool = False,
    keep_format: bool = False,
) -> int:
    """Put ``html_text`` in place of everything in ``frame`` from ``start`` on; return where it ends.

    The first block of inserted HTML merges into the block at ``start`` and
    keeps that block's format, so the block is first given the format the HTML's
    own first block has (a code block stays a code block). ``end_block`` starts
    an empty block after it, where the next part will go.
    """
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    if keep_format:
        return cursor.position()
    parsed = QTextDocument()
    parsed.setDefaultStyleSheet(document.defaultStyleSheet())
    parsed.setHtml(html_text)
    first = parsed.begin()
    cursor.setBlockFormat(first.blockFormat())
    cursor.setBlockCharFormat(first.charFormat())
    cursor.insertFragment(QTextDocumentFragment(parsed))
    if end_block:
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    return cursor.position()
