"""A model's reply as safe HTML for a rich-text view: markdown yes, raw HTML never.

Model output is untrusted text. The ``markdown`` library passes raw HTML
through, and Qt's rich text would then interpret it (FACTS.md), so its raw-HTML
rules are switched off: ``<script>`` or ``<b>`` in a reply is shown as the
characters it is. Images are never fetched (shown as their text), links stay
links that only open on a click. Code blocks are coloured by Pygments with
inline styles (Qt's rich text does not run a stylesheet per class), through one
formatter made once rather than codehilite's one per block, and each is kept as
plain text too, for its Copy button.

While a reply streams, a code fence that is not closed yet is closed for the
render, so the half-written code already looks like code.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from xml.etree import ElementTree

import markdown
from markdown.extensions import Extension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.treeprocessors import Treeprocessor

_FENCE = re.compile(r"^\s{0,3}(```|~~~)", re.MULTILINE)
_CODE_BLOCK = re.compile(r"^\s{0,3}(?:```|~~~)[^\n]*\n(.*?)^\s{0,3}(?:```|~~~)\s*$", re.MULTILINE | re.DOTALL)
SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:")


@dataclass(frozen=True)
class RenderedText:
    html: str
    code_blocks: tuple[str, ...]  # the text of each code block, in order


class _NoImagesNoUnsafeLinks(Treeprocessor):
    """<img> becomes its alt text; links to anything but the web or mail become text."""

    def run(self, root: ElementTree.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "img":
                    span = ElementTree.Element("span")
                    span.text = f"[image: {child.get('alt') or child.get('src') or ''}]"
                    span.tail = child.tail
                    parent[index] = span
                elif child.tag == "a" and not (child.get("href") or "").lower().startswith(SAFE_LINK_SCHEMES):
                    child.tag = "span"
                    child.attrib.clear()


class _SafeMarkdown(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - markdown's API
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_NoImagesNoUnsafeLinks(md), "shortchat_safe", 0)


def _new_renderer() -> markdown.Markdown:
    return markdown.Markdown(
        extensions=[
            _SafeMarkdown(),
            FencedCodeExtension(),
            "sane_lists",
            "tables",
        ],
        output_format="html",
    )


_renderer = _new_renderer()
_CODE = re.compile(r'<pre><code(?: class="language-([\w+#.-]+)")?>(.*?)</code></pre>', re.DOTALL)


@functools.lru_cache(maxsize=2)
def _formatter(dark: bool):
    from pygments.formatters import HtmlFormatter

    # One formatter per style, made once: building one costs more than colouring a short block.
    return HtmlFormatter(noclasses=True, nowrap=True, style="monokai" if dark else "default")


@functools.lru_cache(maxsize=64)
def _lexer(language: str):
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        return get_lexer_by_name(language)
    except ClassNotFound:
        return None


def _highlight(match: re.Match, dark: bool, copy_link: Callable[[], str]) -> str:
    from pygments import highlight

    language, escaped = match.group(1), match.group(2)
    code = html.unescape(escaped).rstrip("\n")
    lexer = _lexer(language.lower()) if language else None
    body = highlight(code, lexer, _formatter(dark)).rstrip("\n") if lexer else html.escape(code)
    background = _formatter(dark).style.background_color
    return f'{copy_link()}<pre style="background: {background}; padding: 6px;">{body}</pre>'


def close_open_fence(text: str) -> str:
    """``text`` with a closing fence added if a code block is still open (mid-stream)."""
    fences = _FENCE.findall(text)
    if len(fences) % 2:
        return text + ("\n" if not text.endswith("\n") else "") + fences[-1]
    return text


def block_ends(text: str) -> list[int]:
    """Where the finished blocks of a reply being written end: after each blank line
    or closing code fence outside a code block. Rendering never changes before such
    a point, so a view renders each finished block once and re-renders only the rest."""
    ends, position, fence = [], 0, None
    for line in text.splitlines(keepends=True):
        position += len(line)
        if not line.endswith("\n"):
            break  # the line is still being written
        marker = _FENCE.match(line)
        if fence is None:
            if marker:
                fence = marker.group(1)
            elif not line.strip():
                ends.append(position)
        elif marker and marker.group(1) == fence and not line.strip().strip(fence[0]):
            fence = None
            ends.append(position)
    return ends


def settled_length(text: str) -> int:
    """How much of ``text`` is finished blocks (see ``block_ends``)."""
    ends = block_ends(text)
    return ends[-1] if ends else 0


def code_blocks(text: str) -> tuple[str, ...]:
    return tuple(match.group(1).rstrip("\n") for match in _CODE_BLOCK.finditer(close_open_fence(text)))


def render_markdown(
    text: str, dark: bool = False, copy_href: Callable[[int], str] | None = None, first_block: int = 0
) -> RenderedText:
    """HTML for a reply (safe to give Qt's rich text), and its code blocks as text.

    ``copy_href(i)``, if given, is the address of a "Copy" link put above code block
    i (counted from ``first_block``, for a reply rendered in parts).
    """
    source = close_open_fence(text)
    _renderer.reset()
    try:
        body = _renderer.convert(source)
    except Exception:  # markdown never should, but a reply must always show
        body = f"<p>{html.escape(text)}</p>"
    counter = iter(range(first_block, 1 << 30))

    def copy_link() -> str:
        if copy_href is None:
            return ""
        return f'<p class="copy"><a href="{html.escape(copy_href(next(counter)))}">Copy code</a></p>'

    body = _CODE.sub(lambda m: _highlight(m, dark, copy_link), body)
    return RenderedText(body, code_blocks(source))


def warm_up() -> None:
    """Load Pygments' code and the common lexers ahead of the first reply (seconds on a slow disk)."""
    for language in ("python", "bash", "javascript", "c", "cpp", "json", "html", "sql"):
        _lexer(language)
    render_markdown("```python\nx = 1\n```")


def render_plain(text: str) -> str:
    """HTML for text shown exactly as typed (the user's own messages)."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"
