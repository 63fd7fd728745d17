"""Replies as HTML: markdown yes, the model's raw HTML never."""

from __future__ import annotations

import html
import re

from app.core.chat.markdown_render import (
    ReplyRenderer,
    block_ends,
    close_open_fence,
    link_search_cost,
    render_markdown,
    render_plain,
)


def test_raw_html_is_text():
    html = render_markdown('Hi <script>alert(1)</script> <b>x</b> <img src="http://a/b.png">\n\n<div>block</div>').html
    assert "<script" not in html and "<b>" not in html and "<img" not in html and "<div>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;div&gt;block&lt;/div&gt;" in html


def test_markdown_still_works():
    html = render_markdown("**bold** and `code`\n\n- one\n- two").html
    assert "<strong>bold</strong>" in html and "<code>code</code>" in html and "<li>one</li>" in html


def test_images_are_never_fetched_and_only_web_links_stay_links():
    html = render_markdown(
        "![cat](http://example.org/cat.png) [web](https://example.org) [js](javascript:alert(1))"
    ).html
    assert "<img" not in html and "[image: cat]" in html
    assert '<a href="https://example.org">web</a>' in html
    assert "javascript:" not in html and ">js<" in html


def test_code_blocks_are_coloured_kept_as_text_and_get_copy_links():
    text = "Look:\n\n```python\ndef f(x):\n    return x < 1\n```\n\n```\nplain <b>\n```"
    rendered = render_markdown(text, copy_href=lambda i: f"copy:{i}", first_block=3)
    assert rendered.code_blocks == ("def f(x):\n    return x < 1", "plain <b>")
    assert 'href="copy:3"' in rendered.html and 'href="copy:4"' in rendered.html
    assert "<span style=" in rendered.html  # Pygments' inline colours
    assert "plain &lt;b&gt;" in rendered.html


def test_a_code_block_being_written_already_looks_like_code():
    assert close_open_fence("Here:\n```python\ndef f(") == "Here:\n```python\ndef f(\n```"
    assert close_open_fence("```\na\n```") == "```\na\n```"
    assert render_markdown("Here:\n```python\ndef f(").code_blocks == ("def f(",)


def test_block_ends_mark_only_finished_blocks():
    text = "para one\n\n```py\nx\n\ny\n```\nafter\n\nunfinished"
    assert [text[:end] for end in block_ends(text)] == [
        "para one\n\n",
        "para one\n\n```py\nx\n\ny\n```\n",  # the blank line inside the code is not an end
        "para one\n\n```py\nx\n\ny\n```\nafter\n\n",
    ]
    assert block_ends("no newline yet") == []


def test_plain_text_is_escaped_with_its_line_breaks():
    assert render_plain("a <b>\nc") == "<p>a &lt;b&gt;<br>c</p>"


# Markdown that a naive split of a growing reply gets wrong: link definitions apply to the whole
# reply, fences nest (``` inside ~~~~, four backticks), indented code and loose lists span blank lines.
TRICKY = [
    "See [the docs][1] and [more][ref].\n\nSecond paragraph.\n\n[1]: https://example.org/docs\n"
    "[ref]: https://example.org/ref\n",
    "Nested fences:\n\n~~~~\n```python\nnot_the_end()\n```\n\nstill inside\n~~~~\n\nAfter.\n\n"
    "````\n```\ninner\n```\n````\n\nDone.\n",
    "Indented code:\n\n    first = 1\n\n    second = 2\n\nText after.\n\n- item one\n\n- item two\n\n"
    "    item two, more\n\n1. first\n\n2. second\n\n> quoted\n\n> quoted again\n\nEnd.\n",
    "A list\n\n- a\n- b\n\nthen text\n\n* star\n\n+ plus\n\n---\n\nTitle\n=====\n\n| a | b |\n|---|---|\n"
    "| 1 | 2 |\n\nLast.\n",
    "```python\ndef f():\n\n    return 1\n```\nright after\n\n```\n<b>x</b>\n```\n\n2024 was a year.\n\n3. three\n",
    "~~~\nA\n~~~\n~~~~\nB\n~~~~\n\n```` python\nC\n````\n\n- in a list:\n\n        indented <code>\n",
]


def test_a_reply_split_at_its_block_ends_renders_as_it_does_whole():
    for text in TRICKY:
        whole = render_markdown(text).pieces
        for end in block_ends(text):
            parts = render_markdown(text[:end]).pieces + render_markdown(text[end:]).pieces
            assert parts == whole, (text, end)


def test_a_growing_reply_ends_rendered_as_a_saved_one_is():
    for text in TRICKY:
        renderer = ReplyRenderer(copy_href=lambda i: f"copy:{i}")
        renderer.SETTLE_CHARS = 1  # settle every finished block
        for end in range(1, len(text) + 1, 3):
            renderer.render(text[:end])
        assert renderer.render(text) == render_markdown(text, copy_href=lambda i: f"copy:{i}"), text


def test_code_blocks_are_numbered_from_the_html_they_are_in():
    text = TRICKY[1] + "\n" + TRICKY[2] + "\n" + TRICKY[5]
    rendered = render_markdown(text, copy_href=lambda i: f"copy:{i}")
    shown = [
        html.unescape(re.sub(r"<[^>]+>", "", "\n".join(re.findall(r"<pre[^>]*>(.*?)</pre>", block, re.DOTALL))))
        for block in re.split(r'<p class="copy">', rendered.html)[1:]
    ]
    assert rendered.code_blocks == tuple(shown)
    assert rendered.code_blocks[:2] == ("```python\nnot_the_end()\n```\n\nstill inside", "```\ninner\n```")
    assert "first = 1\n\nsecond = 2" in rendered.code_blocks and "indented <code>" in rendered.code_blocks
    assert re.findall(r'href="copy:(\d+)"', rendered.html) == [str(i) for i in range(len(rendered.code_blocks))]


def test_text_too_slow_for_markdown_is_shown_as_it_is():
    brackets = "[" * 1500 + " [a link](https://example.org)"
    rendered = render_markdown("Before.\n\n" + brackets + "\n\nAfter [a link](https://example.org).")
    assert html.escape(brackets, quote=False) in rendered.html  # as written, escaped, not searched for links
    assert rendered.html.count('<a href="https://example.org">') == 1  # the next paragraph still has its link
    lines = "\n".join(["a [b"] * 3000)
    assert render_markdown(lines).html == "<p>" + lines + "</p>"
    assert link_search_cost("[a](b) [c]") == 6 and link_search_cost("[[[") == 6


def test_a_long_code_block_comes_in_small_pieces_that_add_up_to_it():
    """Each piece is put into the window within a tick: a long block is many small pieces (by lines,
    and by characters when its lines are long), and together they are the whole block, in order."""
    from app.core.chat.markdown_render import CODE_PIECE_CHARS, CODE_PIECE_LINES

    short_lines = "\n".join(f"x{i} = compute({i}, 'text')" for i in range(100))
    long_lines = "\n".join("y = '" + "w" * 900 + f"'  # {i}" for i in range(12))
    for code in (short_lines, long_lines):
        rendered = render_markdown(f"Look:\n\n```python\n{code}\n```\n\nDone.")
        code_pieces = [piece for piece in rendered.pieces if piece.startswith("<pre")]
        assert len(code_pieces) > 3
        for piece in code_pieces:
            inside = re.search(r"<pre[^>]*>(.*)</pre>", piece, re.DOTALL).group(1)
            assert inside.count("\n") < CODE_PIECE_LINES
            assert len(inside) <= CODE_PIECE_CHARS or inside.count("\n") == 0  # one line longer than that alone
        joined = "\n".join(re.search(r"<pre[^>]*>(.*)</pre>", p, re.DOTALL).group(1) for p in code_pieces)
        assert html.unescape(re.sub(r"<[^>]+>", "", joined)) == code
        assert rendered.code_blocks == (code,)
