"""Detecting the hardware never crashes or hangs, whatever nvidia-smi does."""

from __future__ import annotations

import time

import psutil

from app.core.fit.hardware import apple_gpu_share, detect, parse_nvidia_smi, what_if
from app.core.sizes import GIB, MIB


def fake_tool(tmp_path, script: str) -> str:
    path = tmp_path / "nvidia-smi"
    path.write_text("#!/bin/sh\n" + script + "\n")
    path.chmod(0o755)
    return str(path)


def test_parses_nvidia_smi():
    gpus = parse_nvidia_smi("NVIDIA GeForce RTX 3060, 12288, 11000\nNVIDIA A100, 81920, 80000\n")
    assert [(g.name, g.vram_total, g.vram_free) for g in gpus] == [
        ("NVIDIA GeForce RTX 3060", 12288 * MIB, 11000 * MIB),
        ("NVIDIA A100", 81920 * MIB, 80000 * MIB),
    ]


def test_odd_lines_are_skipped():
    assert parse_nvidia_smi("No devices were found\n, , \nGPU, [N/A], [N/A]\nX, -5, 2\n") == []


def test_memory_and_cores_are_real():
    hw = detect(nvidia_smi="/nonexistent/nvidia-smi")
    assert 0 < hw.ram_available <= hw.ram_total
    assert hw.cpu_cores >= 1 and hw.cpu_threads >= hw.cpu_cores


def test_no_nvidia_smi_means_no_gpu():
    hw = detect(nvidia_smi="/nonexistent/nvidia-smi")
    assert hw.gpus == () and hw.notes == () and hw.usable_vram == 0


def test_hanging_nvidia_smi_is_time_boxed(tmp_path):
    started = time.monotonic()
    hw = detect(nvidia_smi=fake_tool(tmp_path, "sleep 30"), timeout=0.5)
    assert time.monotonic() - started < 5
    assert hw.gpus == ()
    assert "did not answer" in hw.notes[0]


def test_nonsense_output_is_no_gpu_with_a_note(tmp_path):
    hw = detect(nvidia_smi=fake_tool(tmp_path, "echo 'Failed to initialize NVML: Driver/library version mismatch'"))
    assert hw.gpus == ()
    assert "not understood" in hw.notes[0]


def test_failing_nvidia_smi(tmp_path):
    hw = detect(nvidia_smi=fake_tool(tmp_path, "exit 9"))
    assert hw.gpus == () and "exit code 9" in hw.notes[0]


def test_gpu_found_but_cpu_only_build(tmp_path):
    hw = detect(nvidia_smi=fake_tool(tmp_path, "echo 'NVIDIA RTX 4090, 24564, 23000'"))
    assert [g.name for g in hw.gpus] == ["NVIDIA RTX 4090"]
    if not hw.gpu_offload_supported:  # this machine's llama.cpp is a CPU build
        assert hw.usable_vram == 0
        assert any("cannot use the GPU" in note for note in hw.notes)


def test_what_if_overrides():
    base = detect(nvidia_smi="/nonexistent/nvidia-smi")
    hw = what_if(base, ram=8 * GIB, vram=6 * GIB)
    assert hw.ram_total == 8 * GIB and hw.ram_available == int(8 * GIB * 0.6)
    assert hw.usable_vram == 6 * GIB
    assert what_if(hw, vram=0).usable_vram == 0


def test_apple_unified_memory_share():
    assert apple_gpu_share(16 * GIB) == int(16 * GIB * 2 / 3)
    assert apple_gpu_share(64 * GIB) == int(64 * GIB * 0.75)


def test_free_memory_is_read_again_and_never_above_the_total():
    from app.core.fit.hardware import Hardware, with_current_free_memory

    stale = Hardware(ram_total=64 * 2**40, ram_available=1, cpu_cores=2, cpu_threads=2, cpu_name="x")
    fresh = with_current_free_memory(stale)
    assert abs(fresh.ram_available - psutil.virtual_memory().available) < 2**30  # give or take a GiB
    small = Hardware(ram_total=2**20, ram_available=1, cpu_cores=2, cpu_threads=2, cpu_name="x")
    assert with_current_free_memory(small).ram_available == 2**20  # a "what if" total caps it


def test_llama_cpp_is_asked_about_the_gpu_only_when_there_is_one(tmp_path):
    """Asking loads llama.cpp (slow); the CLI asks its engine's process instead, and only when it matters."""
    asked = []

    def can_offload() -> bool:
        asked.append(True)
        return True

    assert not detect(nvidia_smi="/nonexistent/nvidia-smi", gpu_offload=can_offload).gpu_offload_supported
    assert asked == []
    hw = detect(nvidia_smi=fake_tool(tmp_path, "echo 'NVIDIA RTX 4090, 24564, 23000'"), gpu_offload=can_offload)
    assert asked == [True] and hw.gpu_offload_supported and hw.usable_vram == 23000 * MIB


def test_a_failing_gpu_question_means_the_cpu(tmp_path):
    def broken() -> bool:
        raise RuntimeError("llama.cpp's process ended")

    hw = detect(nvidia_smi=fake_tool(tmp_path, "echo 'NVIDIA RTX 4090, 24564, 23000'"), gpu_offload=broken)
    assert not hw.gpu_offload_supported and hw.usable_vram == 0
