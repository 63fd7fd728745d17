"""The speed preview: bandwidth over the bytes each token reads."""

from __future__ import annotations

import pytest

from app.core.fit.speed import (
    DECODE_EFFICIENCY,
    GPU_BANDWIDTH,
    bytes_per_token,
    estimate_tokens_per_s,
    measure_bandwidth,
    speed_text,
)


def test_each_token_reads_the_layers_and_the_output_matrix_not_the_embeddings():
    assert bytes_per_token(1000, 1.0) == 1000
    assert bytes_per_token(1000, 0.8) == 900  # half of the other 20 % is the embedding table


def test_estimate_is_bandwidth_over_bytes_read():
    one_gb = estimate_tokens_per_s(10**9, 0.8, 30e9)
    assert one_gb == pytest.approx(30e9 * DECODE_EFFICIENCY / bytes_per_token(10**9, 0.8))
    assert estimate_tokens_per_s(2 * 10**9, 0.8, 30e9) == pytest.approx(one_gb / 2)  # twice the bytes, half the speed
    assert estimate_tokens_per_s(10**9, 0.8, 60e9) == pytest.approx(one_gb * 2)
    assert estimate_tokens_per_s(10**9, 0.8, 0) == 0  # not measured: no estimate


def test_gpu_layers_and_the_repack_switch_change_the_estimate():
    cpu = estimate_tokens_per_s(10**9, 0.8, 30e9, layers=10)
    half = estimate_tokens_per_s(10**9, 0.8, 30e9, layers=10, gpu_layers=5)
    full = estimate_tokens_per_s(10**9, 0.8, 30e9, layers=10, gpu_layers=10)
    assert cpu < half < full
    assert full < GPU_BANDWIDTH / bytes_per_token(10**9, 0.8)  # the output matrix stays on the CPU
    unrepacked = estimate_tokens_per_s(10**9, 0.8, 30e9, repacked_share=0.72, repack=False)
    assert unrepacked == pytest.approx(cpu * (1 - 0.32 * 0.72))  # FACTS.md: about a third slower


def test_bandwidth_measurement_is_plausible_and_quick():
    import time

    started = time.perf_counter()
    bandwidth = measure_bandwidth(2, buffer_bytes=32 * 1024 * 1024, passes=2)
    assert 5e8 < bandwidth < 5e12  # half a GB/s to 5 TB/s: any computer
    assert time.perf_counter() - started < 5


def test_speed_in_words():
    assert speed_text(16, measured=False) == "about 12 words/s"
    assert speed_text(4, measured=True) == "3.0 words/s, measured"
    assert speed_text(0, measured=False) == "speed unknown"
    assert speed_text(5000, measured=False) == "over 100 words/s"  # a tiny test model: no absurd figure
    assert speed_text(5000, measured=True) == "over 100 words/s, measured"
