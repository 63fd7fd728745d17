"""A model's reply as safe HTML for a rich-text view: markdown yes, raw HTML never.

Model output is untrusted text. The ``markdown`` library passes raw HTML
through, and Qt's rich text would then interpret it (FACTS.md), so its raw-HTML
rules are switched off: ``<script>`` or ``<b>`` in a reply is shown as the
characters it is. Images are never fetched (shown as their text), links stay
links that only open on a click. Code blocks are coloured by Pygments with
inline styles (Qt's rich text does not run a stylesheet per class), through one
formatter made once rather than codehilite's one per block, and each is kept as
plain text too, for its Copy button. The code blocks are found in the HTML the
renderer wrote, so the Copy buttons and the blocks shown are always the same.

The HTML comes in pieces, one per top-level block, each small enough for a view
to insert within a frame's time; a long code block is several pieces.

The renderer is bounded (Python-Markdown is quadratic on some inputs, FACTS.md):
text whose links would be searched for too long is shown as it is, escaped; a
reply too long for markdown at all is shown as plain text.

While a reply streams, a code fence that is not closed yet is closed for the
render, so the half-written code already looks like code; ``ReplyRenderer``
renders the finished blocks of a growing reply once each, splitting it only
where splitting provably changes nothing.
"""

from __future__ import annotations

import functools
import html
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from xml.etree import ElementTree

import markdown
from markdown.extensions import Extension
from markdown.extensions.fenced_code import FencedBlockPreprocessor, FencedCodeExtension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from app.core.words import translate

SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:")
MAX_MARKDOWN_CHARS = 100_000  # a longer reply is shown as plain text (markdown's time grows faster than its length)
MAX_LINK_SEARCH = 50_000  # characters the link patterns may scan in one paragraph (about 15 ms), else it is text
MAX_HIGHLIGHT_CHARS = 30_000  # a longer code block is shown without colours
# A code block is inserted a few lines at a time: Qt's HTML import of a piece costs about 0.4 ms per
# 1,000 characters of coloured HTML (60 lines: 4–7 ms), and a window's tick has 2.5 ms for pieces.
CODE_PIECE_LINES = 16
CODE_PIECE_CHARS = 3_000  # HTML characters a piece holds, unless its one line is longer
# Python-Markdown's own fence rule (an opening fence line, the code, the same fence again), so the
# splitting below and the renderer never disagree on where a code block is.
_FENCED_BLOCK = FencedBlockPreprocessor.FENCED_BLOCK_RE
_OPENING_FENCE = re.compile(r"^(?P<fence>~{3,}|`{3,})[ ]*(\{[^\n]*\}|\.?[\w#.+-]*[ ]*)[ ]*$", re.MULTILINE)
_REFERENCE = re.compile(r"^[ ]{0,3}\[[^\[\]]*\]:", re.MULTILINE)  # a link definition applies to the whole reply
_CONTINUES = frozenset(" \t\n>*+-0123456789")  # a line beginning so may join the block before


@dataclass(frozen=True)
class RenderedText:
    html: str
    code_blocks: tuple[str, ...]  # the text of each code block, in order
    pieces: tuple[str, ...] = ()  # ``html`` in top-level pieces, for a view that inserts a few at a time


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


def link_search_cost(text: str) -> int:
    """How many characters the link patterns scan in ``text``: each ``[`` is followed to its
    matching ``]``, each ``](`` to its matching ``)`` (or to the end), so unmatched ones cost
    the square of the length."""
    cost = 0
    for opener, closer in (("[", "]"), ("(", ")")):
        open_at: list[tuple[int, bool]] = []
        for match in re.finditer(re.escape(opener) + "|" + re.escape(closer), text):
            start = match.start()
            if match.group() == opener:
                open_at.append((start, opener == "[" or text[start - 1 : start] == "]"))
            elif open_at:
                begun, counted = open_at.pop()
                cost += (start - begun) if counted else 0
        cost += sum(len(text) - begun for begun, counted in open_at if counted)
    return cost


def _too_costly(text: str | None) -> bool:
    return bool(text) and not isinstance(text, AtomicString) and link_search_cost(text) > MAX_LINK_SEARCH


class _BoundedInline(Treeprocessor):
    """Text that would keep the link patterns busy too long is left as it is (shown escaped)."""

    def run(self, root: ElementTree.Element) -> None:
        for element in root.iter():
            if _too_costly(element.text):
                element.text = AtomicString(element.text)
            if _too_costly(element.tail):
                element.tail = AtomicString(element.tail)


class _SafeMarkdown(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - markdown's API
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_BoundedInline(md), "shortchat_bounded", 25)  # before "inline" (20)
        md.treeprocessors.register(_NoImagesNoUnsafeLinks(md), "shortchat_safe", 0)


class _PiecesMarkdown(markdown.Markdown):
    def convert_pieces(self, source: str) -> list[str]:
        """``convert``, serializing each top-level element on its own (the same steps, in order)."""
        if not source.strip():
            return []
        self.lines = source.split("\n")
        for preprocessor in self.preprocessors:
            self.lines = preprocessor.run(self.lines)
        root = self.parser.parseDocument(self.lines).getroot()
        for treeprocessor in self.treeprocessors:
            new_root = treeprocessor.run(root)
            if new_root is not None:
                root = new_root
        pieces = []
        for element in root:
            element.tail = None
            output = self.serializer(element)
            for postprocessor in self.postprocessors:
                output = postprocessor.run(output)
            if output.strip():
                pieces.append(output.strip())
        return pieces


def _new_renderer() -> _PiecesMarkdown:
    return _PiecesMarkdown(
        extensions=[
            _SafeMarkdown(),
            FencedCodeExtension(),
            "sane_lists",
            "tables",
        ],
        output_format="html",
    )


_renderers = threading.local()  # one per thread: a Markdown object keeps state while it converts
_CODE = re.compile(r"<pre><code([^>]*)>(.*?)</code></pre>", re.DOTALL)
_LANGUAGE = re.compile(r'class="(?:language-)?([\w+#.-]+)')


def _renderer() -> _PiecesMarkdown:
    renderer = getattr(_renderers, "renderer", None)
    if renderer is None:
        renderer = _renderers.renderer = _new_renderer()
    return renderer


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
        return get_lexer_by_name(language, stripnl=False)  # blank lines at the ends are part of the code
    except ClassNotFound:
        return None


def _coloured_lines(code: str, language: str | None, dark: bool) -> list[str]:
    """The code's lines as HTML, coloured when its language is known (Pygments closes its
    colours at each line's end, so the lines can be inserted apart)."""
    from pygments import highlight

    lines = code.split("\n")
    lexer = _lexer(language.lower()) if language and len(code) <= MAX_HIGHLIGHT_CHARS else None
    if lexer is None:
        return [html.escape(line) for line in lines]
    coloured = highlight(code, lexer, _formatter(dark)).split("\n")
    return coloured[: len(lines)] if len(coloured) >= len(lines) else [html.escape(line) for line in lines]


def _code_text(match: re.Match) -> str:
    return html.unescape(match.group(2)).rstrip("\n")


def _line_groups(lines: list[str]) -> list[list[str]]:
    """``lines`` in order, at most ``CODE_PIECE_LINES`` and ``CODE_PIECE_CHARS`` a group."""
    groups: list[list[str]] = [[]]
    size = 0
    for line in lines:
        if groups[-1] and (len(groups[-1]) == CODE_PIECE_LINES or size + len(line) > CODE_PIECE_CHARS):
            groups.append([])
            size = 0
        groups[-1].append(line)
        size += len(line) + 1
    return groups


def _code_pieces(match: re.Match, dark: bool, copy_link: str) -> list[str]:
    """A code block as pieces: its Copy link, then its lines, a few a piece (``_line_groups``; one
    block to the eye: the margins are only above the first and below the last)."""
    language = _LANGUAGE.search(match.group(1))
    code = _code_text(match)
    lines = _coloured_lines(code, language.group(1) if language else None, dark)
    background = _formatter(dark).style.background_color
    groups = _line_groups(lines)
    pieces = [copy_link] if copy_link else []
    for number, group in enumerate(groups):
        margins = "" if number == 0 else " margin-top: 0;"
        margins += "" if number == len(groups) - 1 else " margin-bottom: 0;"
        pieces.append(f'<pre style="background: {background}; padding: 6px;{margins}">' + "\n".join(group) + "</pre>")
    return pieces


def _closed_blocks(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _FENCED_BLOCK.finditer(text)]


def _first_open_fence(text: str, closed: list[tuple[int, int]]) -> re.Match | None:
    """The first fence line of ``text`` outside its closed code blocks: a block nothing closes yet."""
    position = 0
    for start, end in [*closed, (len(text), len(text))]:
        opening = _OPENING_FENCE.search(text, position, start)
        if opening:
            return opening
        position = end
    return None


def opening_fence_left_open(text: str) -> str | None:
    """The fence of a code block begun in ``text`` and not closed yet (mid-stream), if any."""
    opening = _first_open_fence(text, _closed_blocks(text))
    return opening.group("fence") if opening else None


def close_open_fence(text: str) -> str:
    """``text`` with a closing fence added if a code block is still open (mid-stream)."""
    fence = opening_fence_left_open(text)
    if fence is None:
        return text
    return text + ("\n" if not text.endswith("\n") else "") + fence


def block_ends(text: str) -> list[int]:
    """Where the finished blocks of a reply being written end: where rendering the text in two
    parts, split there, provably gives what rendering it whole gives.

    That is after a blank line or a closed code block, outside code blocks and before any
    fence nothing closes yet, where the next line has begun with a character that begins a
    block of its own: not a space (code, or more of a list item), ``>``, a list marker or a
    digit (which may join the quote or list before). A link definition applies to the whole
    reply, so a reply that has one is not split at all.
    """
    complete = text[: text.rfind("\n") + 1]
    if not complete or _REFERENCE.search(text):
        return []
    fenced = _closed_blocks(complete)
    opening = _first_open_fence(complete, fenced)
    open_from = opening.start() if opening else len(complete)  # all after it may turn out to be code
    candidates = {gap.end() for gap in re.finditer(r"\n[ \t]*\n(?:[ \t]*\n)*", complete)}
    candidates |= {stop + 1 for _, stop in fenced}  # just after the closing fence's line
    ends = []
    for end in sorted(candidates):
        if end > open_from or end >= len(text):
            break
        if text[end] in _CONTINUES or any(start < end <= stop for start, stop in fenced):
            continue
        ends.append(end)
    return ends


def settled_length(text: str) -> int:
    """How much of ``text`` is finished blocks (see ``block_ends``)."""
    ends = block_ends(text)
    return ends[-1] if ends else 0


def _escaped_pieces(text: str) -> list[str]:
    return ["<p>" + html.escape(part).replace("\n", "<br>") + "</p>" for part in re.split(r"\n\s*\n", text) if part]


def render_markdown(
    text: str, dark: bool = False, copy_href: Callable[[int], str] | None = None, first_block: int = 0
) -> RenderedText:
    """HTML for a reply (safe to give Qt's rich text), and its code blocks as text.

    ``copy_href(i)``, if given, is the address of a "Copy" link put above code block
    i (counted from ``first_block``, for a reply rendered in parts).
    """
    source = close_open_fence(text)
    pieces: list[str] = []
    blocks: list[str] = []

    def copy_link(number: int) -> str:
        if copy_href is None:
            return ""
        copy = html.escape(translate("Markdown", "Copy code"))
        return f'<p class="copy"><a href="{html.escape(copy_href(first_block + number))}">{copy}</a></p>'

    try:
        if len(source) > MAX_MARKDOWN_CHARS:
            raise ValueError("too long for markdown")
        renderer = _renderer()
        renderer.reset()
        rendered = renderer.convert_pieces(source)
    except Exception:  # too long, or markdown failed (it never should): a reply must always show
        rendered = _escaped_pieces(text)
    for piece in rendered:
        whole = _CODE.fullmatch(piece)
        if whole:
            pieces += _code_pieces(whole, dark, copy_link(len(blocks)))
            blocks.append(_code_text(whole))
            continue

        def in_place(match: re.Match) -> str:  # a code block in a list item or a quote stays in its place
            blocks.append(_code_text(match))
            return "".join(_code_pieces(match, dark, copy_link(len(blocks) - 1)))

        pieces.append(_CODE.sub(in_place, piece))
    return RenderedText("\n".join(pieces), tuple(blocks), tuple(pieces))


class ReplyRenderer:
    """Renders a reply as it grows: its finished blocks once each (see ``block_ends``),
    the rest again each time; ``final=True`` renders it whole, exactly as a saved reply is."""

    SETTLE_CHARS = 120  # finished blocks rendered together, up to about this much text

    def __init__(self, dark: bool = False, copy_href: Callable[[int], str] | None = None) -> None:
        self.dark, self.copy_href = dark, copy_href
        self.settled = 0  # characters of the text rendered for good
        self.settled_pieces: list[str] = []
        self.settled_blocks: list[str] = []
        self.settled_text = ""

    def _forget(self) -> None:
        self.settled, self.settled_text, self.settled_pieces, self.settled_blocks = 0, "", [], []

    def render(self, text: str, final: bool = False) -> RenderedText:
        if final:
            return render_markdown(text, self.dark, self.copy_href)
        if not text.startswith(self.settled_text):
            self._forget()
        ends = block_ends(text)
        if self.settled and (not ends or ends[-1] < self.settled):  # no longer splittable (a link definition)
            self._forget()
        elif ends and ends[-1] - self.settled >= self.SETTLE_CHARS:
            end = ends[-1]
            part = render_markdown(text[self.settled : end], self.dark, self.copy_href, len(self.settled_blocks))
            self.settled_pieces += part.pieces
            self.settled_blocks += part.code_blocks
            self.settled, self.settled_text = end, text[:end]
        rest = render_markdown(text[self.settled :], self.dark, self.copy_href, len(self.settled_blocks))
        pieces = (*self.settled_pieces, *rest.pieces)
        return RenderedText("\n".join(pieces), (*self.settled_blocks, *rest.code_blocks), pieces)


def warm_up() -> None:
    """Load Pygments' code and the common lexers ahead of the first reply (seconds on a slow disk)."""
    for language in ("python", "bash", "javascript", "c", "cpp", "json", "html", "sql"):
        _lexer(language)
    render_markdown("```python\nx = 1\n```")


def render_plain(text: str) -> str:
    """HTML for text shown exactly as typed (the user's own messages)."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"
