"""How fast a model will write here, before it is downloaded.

Writing a reply is bound by memory bandwidth: every token reads all the layers'
weights and the output matrix once (the embedding table only one row). So the
estimate is this computer's read bandwidth, measured once and briefly, divided
by those bytes; ``DECODE_EFFICIENCY`` is the share of the measured bandwidth
llama.cpp reaches (calibrated by ``bench/speed_estimate.py`` on proxy models).
After a model's probe, its measured speed corrects the estimate of the others.
"""

from __future__ import annotations

import os
import threading
import time

from app.core.words import translate

DECODE_EFFICIENCY = 0.82  # llama.cpp's decode / numpy's threaded read: 0.83 on Q4_K_M proxies, 0.78 on Q8_0
REPACK_OFF_SLOWDOWN = 0.32  # all weights unrepacked; 1.5b Q4_K_M (72 % repacked) measured 41 -> 32 tok/s
GPU_BANDWIDTH = 250e9  # bytes/s assumed for a discrete GPU's memory (a modest laptop GPU); never measured here
WORDS_PER_TOKEN = 0.75  # English text with a 32000-token SentencePiece vocabulary
BANDWIDTH_BUFFER_BYTES = 128 * 1024 * 1024  # well beyond a laptop's CPU cache


def measure_bandwidth(
    threads: int | None = None, buffer_bytes: int = BANDWIDTH_BUFFER_BYTES, passes: int = 10
) -> float:
    """Bytes per second this computer reads from memory with ``threads`` threads (about 0.1 s).

    numpy releases the GIL in its reductions, so the threads read their slices in parallel,
    as llama.cpp's threads read their share of each weight matrix.
    """
    import numpy

    threads = max(1, threads or os.cpu_count() or 1)
    data = numpy.ones(buffer_bytes // 8, dtype=numpy.uint64)
    slices = numpy.array_split(data, threads)
    best = 0.0
    for _ in range(passes):
        workers = [threading.Thread(target=numpy.max, args=(part,)) for part in slices]
        started = time.perf_counter()
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        elapsed = time.perf_counter() - started
        best = max(best, data.nbytes / elapsed if elapsed > 0 else 0.0)
    return best


def bytes_per_token(file_bytes: int, layer_share: float) -> int:
    """Weights read to write one token: the layers and the output matrix (half of what is
    outside the layers; the other half, the embedding table, is only looked up)."""
    return int(file_bytes * (layer_share + (1 - layer_share) / 2))


def estimate_tokens_per_s(
    file_bytes: int,
    layer_share: float,
    bandwidth: float,
    *,
    layers: int = 1,
    gpu_layers: int = 0,
    repacked_share: float = 0.0,
    repack: bool = True,
    efficiency: float = DECODE_EFFICIENCY,
) -> float:
    """Tokens per second when writing, from the bytes each token reads and where they sit."""
    if bandwidth <= 0 or file_bytes <= 0:
        return 0.0
    per_token = bytes_per_token(file_bytes, layer_share)
    gpu_part = per_token * layer_share * (gpu_layers / max(1, layers))
    cpu_part = per_token - gpu_part
    cpu_speed = bandwidth * efficiency
    if not repack:
        cpu_speed *= 1 - REPACK_OFF_SLOWDOWN * repacked_share
    seconds = cpu_part / cpu_speed + gpu_part / GPU_BANDWIDTH
    return 1 / seconds if seconds > 0 else 0.0


def words_per_s(tokens_per_s: float) -> float:
    return tokens_per_s * WORDS_PER_TOKEN


FAST_WORDS_PER_S = 100  # far beyond reading speed (about 4 words/s): the exact figure means nothing


def words_text(tokens_per_s: float) -> str:
    """'12 words/s', '3.5 words/s', 'over 100 words/s'."""
    words = words_per_s(tokens_per_s)
    if words >= FAST_WORDS_PER_S:
        return translate("Speed", "over {count} words/s").format(count=FAST_WORDS_PER_S)
    return translate("Speed", "{count} words/s").format(count=f"{words:.1f}" if words < 10 else f"{words:.0f}")


def speed_text(tokens_per_s: float, measured: bool) -> str:
    """For people: 'about 12 words/s' (estimate) or '12 words/s, measured'."""
    if tokens_per_s <= 0:
        return translate("Speed", "speed unknown")
    text = words_text(tokens_per_s)
    if measured:
        return translate("Speed", "{speed}, measured").format(speed=text)
    if words_per_s(tokens_per_s) >= FAST_WORDS_PER_S:  # "over 100 words/s" is no estimate to qualify
        return text
    return translate("Speed", "about {speed}").format(speed=text)
