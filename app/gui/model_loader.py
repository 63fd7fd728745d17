"""Loading a model on a pool thread (following the out-of-memory ladder) and, the first time a file
is used on this computer, measuring it (a few seconds) so the picker can show real figures. The
window measures only after the model's first answer, so the measurement never delays it.

Plain data in and out; progress reports are (kind, sentence) pairs for the window, or
(LOADED_FRACTION, 0..1): how far llama.cpp has read the model.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.core.engine.generation import LoadSettings, ModelInfo
from app.core.errors import ShortChatError
from app.core.fit.ladder import LoadPlan, load_following
from app.core.fit.measurements import Measured, probe_loaded

log = logging.getLogger(__name__)

STEPPED_DOWN, MEASURING, LOADED_FRACTION = "stepped down", "measuring", "loaded fraction"
MEASURE_SECONDS = 2.0


def load_planned(engine, plan: LoadPlan | tuple[Path, LoadSettings], report=None) -> ModelInfo:
    """Load by ``plan`` (or a plain (path, settings) before the computer was looked at)."""

    def loaded_fraction(fraction: float) -> None:
        if report is not None:
            report((LOADED_FRACTION, fraction))

    if isinstance(plan, LoadPlan):
        stepped_down = lambda text: report and report((STEPPED_DOWN, text))  # noqa: E731
        info, plan = load_following(engine, plan, stepped_down, loaded_fraction)
    else:
        info = engine.load(*plan, progress=loaded_fraction)
    return info


def measure_loaded(engine, known: Measured | None, report=None) -> bool:
    """Measure the model ``engine`` has loaded if this computer has no figures for it yet;
    whether it was measured now."""
    info = engine.model
    if known is None or info is None or known.probe_of(info.path) is not None:
        return False
    if report is not None:
        report((MEASURING, f"Measuring how {info.path.name} runs on this computer…"))
    try:
        known.record(probe_loaded(engine, MEASURE_SECONDS))
    except (ShortChatError, OSError) as error:  # the model is loaded; only the figures are missing
        log.warning("could not measure %s: %s", info.path.name, error)
        return False
    return True
