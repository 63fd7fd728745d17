"""Small pieces of Qt rich text shared by the pages that show figures."""

from __future__ import annotations

import html


def nowrap(text: str) -> str:
    """``text`` escaped, on one line ("22 words/s" never breaks after the slash)."""
    return f'<span style="white-space:nowrap">{html.escape(text)}</span>'
