"""The frozen app: PyInstaller builds it from packaging/shortchat.spec and its own self-test passes.

This is how a missing hidden import, data file or shared library shows up: only in
the bundle. Linux only here (the installer workflow does Windows and macOS).
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the CI machine builds the Linux bundle")
@pytest.mark.timeout(1200)
def test_linux_bundle_builds_and_passes_its_self_test():
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py")], capture_output=True, text=True, cwd=ROOT, timeout=1100
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert any("self-test OK" in line and "build/dist/ShortChat" in line for line in lines), result.stdout[-2000:]
    folder = ROOT / "build" / "dist" / "ShortChat"
    assert (folder / "_internal" / "resources" / "selftest.Q4_K_M.gguf").is_file()
    names = {p.name for p in folder.rglob("*")}
    assert not any("Qt6Qml" in n or "Qt6WebEngine" in n or "sapphirerapids" in n for n in names)
    archive = next((ROOT / "build" / "dist").glob("ShortChat-*-linux-*.tar.gz"))
    with tarfile.open(archive) as tar:
        members = set(tar.getnames())
    assert {"ShortChat/ShortChat", "ShortChat/shortchat.desktop", "ShortChat/install.sh"} <= members
