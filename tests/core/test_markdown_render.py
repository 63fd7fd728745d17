"""Replies as HTML: markdown yes, the model's raw HTML never."""

from __future__ import annotations

from app.core.markdown_render import block_ends, close_open_fence, render_markdown, render_plain


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
