"""The GGUF quantization levels, ranked by how much quality they cost.

``ppl_increase``: llama.cpp's published perplexity increase over the f16 model for
each quant type (tools/quantize/quantize.cpp, measured on Llama-3-8B). llama.cpp
gives no figure for the IQ types; theirs is interpolated linearly between the
K-quants of neighbouring size (by bits per weight) and marked so. That is
conservative: IQ types usually do a little better than K-quants of their size. ``bpw``: bits per weight of the published
cpt_st-vicuna-v1.3-1.5b files (file bytes x 8 / 1.48e9 parameters), used to
estimate the size of files the hub has not told us about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Quant:
    name: str
    bpw: float
    ppl_increase: float
    ppl_measured: bool = True  # False: interpolated (IQ types)
    alias_of: str | None = None  # Q4_K is published as a copy of Q4_K_M, etc.

    @property
    def quality_rank(self) -> float:
        """Lower is better."""
        return self.ppl_increase


_K_QUANT_CURVE = [(3.23, 3.5199), (3.71, 1.6321), (4.07, 0.6569), (4.37, 0.5562), (4.72, 0.2689), (4.85, 0.1754)]


def _interpolated(name: str, bpw: float) -> Quant:
    for (x0, y0), (x1, y1) in zip(_K_QUANT_CURVE, _K_QUANT_CURVE[1:]):
        if x0 <= bpw <= x1:
            return Quant(name, bpw, round(y0 + (bpw - x0) / (x1 - x0) * (y1 - y0), 4), ppl_measured=False)
    raise ValueError(f"{name}: {bpw} bpw is outside the K-quant curve")


QUANTS: dict[str, Quant] = {
    q.name: q
    for q in (
        Quant("Q2_K", 3.23, 3.5199),
        _interpolated("IQ3_XS", 3.55),
        Quant("Q3_K_S", 3.71, 1.6321),
        _interpolated("IQ3_S", 3.71),
        _interpolated("IQ3_M", 3.86),
        Quant("Q3_K_M", 4.07, 0.6569),
        Quant("Q3_K", 4.07, 0.6569, alias_of="Q3_K_M"),
        Quant("Q3_K_L", 4.37, 0.5562),
        _interpolated("IQ4_XS", 4.45),
        Quant("Q4_0", 4.68, 0.4685),
        _interpolated("IQ4_NL", 4.68),
        Quant("Q4_K_S", 4.72, 0.2689),
        Quant("Q4_K_M", 4.85, 0.1754),
        Quant("Q4_K", 4.85, 0.1754, alias_of="Q4_K_M"),
        Quant("Q4_1", 5.13, 0.4511),
        Quant("Q5_0", 5.59, 0.1316),
        Quant("Q5_K_S", 5.59, 0.1049),
        Quant("Q5_K_M", 5.67, 0.0569),
        Quant("Q5_K", 5.67, 0.0569, alias_of="Q5_K_M"),
        Quant("Q5_1", 6.01, 0.1062),
        Quant("Q6_K", 6.55, 0.0217),
        Quant("Q8_0", 8.47, 0.0026),
    )
}

# The level most people should get: llama.cpp's usual recommendation.
GOOD_ENOUGH = QUANTS["Q4_K_M"].ppl_increase

_QUANT_IN_NAME = re.compile(r"[.\-_]((?:I?Q\d(?:_[A-Z0-9]+)*)|F16|BF16|F32)\.gguf$", re.IGNORECASE)


def quant_of_filename(filename: str) -> str | None:
    """The quant a GGUF file name says it has ("model.Q4_K_M.gguf" -> "Q4_K_M")."""
    match = _QUANT_IN_NAME.search(filename)
    if not match:
        return None
    name = match.group(1).upper()
    return name if name in QUANTS else None
