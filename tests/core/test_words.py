"""The core's sentences go through the hook the window installs; without one they stay as written."""

from __future__ import annotations

from app.core import words


def test_sentences_stay_as_written_until_a_translator_is_installed():
    assert words.translate("Fit", "It fits.") == "It fits."
    assert words.translate("Fit", "%n layers", None, 3) == "3 layers"
    seen = []
    words.install(lambda context, text, _d, n: seen.append((context, n)) or text.upper())
    try:
        assert words.translate("Fit", "It fits.") == "IT FITS."
        assert seen == [("Fit", -1)]
    finally:
        words.install(None)
    assert words.translate("Fit", "It fits.") == "It fits."
