"""Build ShortChat for the OS this runs on: the PyInstaller folder, its self-test, the installer.

    python packaging/build.py                  # bundle + self-test + installer, with the llama.cpp installed here
    python packaging/build.py --portable-llama # first rebuild llama-cpp-python for any CPU (release builds)
    python packaging/build.py --no-installer   # bundle and self-test only

Output in ``build/dist/``: the ``ShortChat`` folder (``ShortChat.app`` on macOS) and
``ShortChat-<version>-<os>-<arch>.tar.gz`` (Linux), ``.dmg`` (macOS) or ``-setup.exe``
(Windows, needs Inno Setup's ``iscc``). See packaging/README.md for the CPU and GPU builds.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = BUILD / "dist"
NAME = "ShortChat"
LLAMA_VERSION = "0.3.36"

# Every CPU variant llama.cpp has, loaded at run time by what the processor supports
# (no -march=native); the AMX ones are dropped by the spec (FACTS.md).
PORTABLE_CPU = "-DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON"
GPU_FLAGS = {"cuda": "-DGGML_CUDA=ON", "metal": "-DGGML_METAL=ON", "none": ""}


def run(command: list[str], **kwargs) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, **kwargs)


def version() -> str:
    from importlib import metadata

    return metadata.version("shortchat")


def portable_llama(gpu: str) -> None:
    flags = " ".join(f for f in (PORTABLE_CPU, GPU_FLAGS[gpu]) if f)
    if sys.platform == "darwin" and platform.machine() == "arm64":
        flags = GPU_FLAGS["metal"]  # Apple Silicon: one CPU family, Metal on
    env = {**os.environ, "CMAKE_ARGS": flags}
    run([sys.executable, "-m", "pip", "install", "--force-reinstall", "--no-deps", "--no-cache-dir",
         f"llama-cpp-python=={LLAMA_VERSION}"], env=env)  # fmt: skip


def bundle() -> Path:
    run([sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / "shortchat.spec"), "--noconfirm",
         "--distpath", str(DIST), "--workpath", str(BUILD / "work")], cwd=ROOT)  # fmt: skip
    return DIST / (f"{NAME}.app" if sys.platform == "darwin" else NAME)


def frozen_executable(folder: Path) -> Path:
    if sys.platform == "darwin":
        return folder / "Contents" / "MacOS" / NAME
    return folder / (f"{NAME}-console.exe" if os.name == "nt" else NAME)


def self_test(folder: Path) -> str:
    """Run the bundle's own self-test in a throw-away home, offscreen; its one line."""
    with tempfile.TemporaryDirectory(prefix="shortchat-selftest-") as home:
        env = {**os.environ, "SHORTCHAT_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        result = subprocess.run(
            [str(frozen_executable(folder)), "--self-test"], capture_output=True, text=True, env=env, timeout=300
        )
    line = (result.stdout or result.stderr).strip().splitlines()
    if result.returncode != 0:
        raise SystemExit(f"the bundle's self-test failed:\n{result.stdout}\n{result.stderr}")
    return line[-1] if line else ""


def size_of(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def linux_tarball(folder: Path) -> Path:
    for source, target in (("packaging/linux/shortchat.desktop", "shortchat.desktop"),
                           ("resources/shortchat.png", "shortchat.png"),
                           ("packaging/linux/install.sh", "install.sh")):  # fmt: skip
        shutil.copy2(ROOT / source, folder / target)
    archive = DIST / f"{NAME}-{version()}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname=NAME)
    return archive


def mac_dmg(app: Path) -> Path:
    image = DIST / f"{NAME}-{version()}-macos-{platform.machine()}.dmg"
    image.unlink(missing_ok=True)
    run(["hdiutil", "create", "-volname", NAME, "-srcfolder", str(app), "-ov", "-format", "UDZO", str(image)])
    return image


def windows_setup() -> Path:
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    run([iscc, f"/DAppVersion={version()}", f"/DDistDir={DIST / NAME}", f"/O{DIST}",
         str(ROOT / "packaging" / "windows" / "shortchat.iss")])  # fmt: skip
    return DIST / f"{NAME}-{version()}-setup.exe"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--portable-llama", action="store_true", help="rebuild llama-cpp-python for any CPU first")
    parser.add_argument("--gpu", choices=sorted(GPU_FLAGS), default="none", help="with --portable-llama")
    parser.add_argument("--no-installer", action="store_true")
    parser.add_argument("--llama-only", action="store_true", help="with --portable-llama: only rebuild llama.cpp")
    args = parser.parse_args()

    started = time.monotonic()
    if args.portable_llama:
        portable_llama(args.gpu)
        if args.llama_only:
            return 0
    folder = bundle()
    print(f"bundle: {folder} ({size_of(folder) / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s", flush=True)
    print(self_test(folder), flush=True)
    if not args.no_installer:
        if sys.platform.startswith("linux"):
            installer = linux_tarball(folder)
        elif sys.platform == "darwin":
            installer = mac_dmg(folder)
        else:
            installer = windows_setup()
        print(f"installer: {installer} ({installer.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
