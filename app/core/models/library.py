"""The models on this computer: downloaded ones in the models folder, plus GGUF
files the user added from elsewhere (copied in, or referenced where they are).

Only whole files are models: downloads in progress live in ``.partial/`` and
are never listed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from app.core import json_file, paths
from app.core.errors import ModelLoadError, ShortChatError
from app.core.models.catalog import download_note, template_for_file
from app.core.models.gguf_header import GGUFHeader, check_chat_model, printable
from app.core.words import translate

LINKS_FILE = "linked-models.json"


@dataclass(frozen=True)
class InstalledModel:
    name: str
    path: Path
    size: int
    architecture: str
    layers: int | None
    context: int | None
    repo: str | None  # where it was downloaded from; None for added files
    verified: bool  # checksum matched the hub's at download
    linked: bool  # referenced in place rather than stored in the models folder
    problem: str | None = None  # why it cannot be used (a sentence); None when it can
    template: str = "vicuna_v1.1"  # the prompt template it is chatted with (prompt.TEMPLATES)
    header: GGUFHeader | None = field(default=None, compare=False, repr=False)  # None when it cannot be used

    @property
    def usable(self) -> bool:
        return self.problem is None

    def to_json(self) -> dict:
        return {
            "name": self.name, "path": str(self.path), "size": self.size, "architecture": self.architecture,
            "layers": self.layers, "context": self.context, "repo": self.repo, "verified": self.verified,
            "linked": self.linked, "usable": self.usable, "problem": self.problem, "template": self.template,
        }  # fmt: skip


class LibraryError(ShortChatError):
    pass


class Library:
    def __init__(self, models_dir: Path | None = None) -> None:
        self.models_dir = Path(models_dir) if models_dir else paths.models_dir()

    def list(self) -> list[InstalledModel]:
        """Every regular .gguf file here, each with its problem if it cannot be used: one bad
        file is listed as such and never stops the others (pipes and broken links are no files)."""
        models = []
        if self.models_dir.is_dir():
            for path in sorted(self.models_dir.glob("*.gguf")):
                if path.is_file():
                    models.append(self._describe(path, linked=False))
        for path in self._links():
            if path.is_file():
                models.append(self._describe(path, linked=True))
        return models

    def find(self, name: str) -> InstalledModel:
        for model in self.list():
            if name in (model.name, str(model.path)):
                return model
        raise LibraryError(
            translate("Errors", "There is no model called {name}. `shortchat list` shows the models you have."),
            name=f"{name!r}",
        )

    def delete(self, name: str) -> InstalledModel:
        from app.core.models.download import PARTIAL_DIR  # here: listing models needs none of the downloader

        model = self.find(name)
        if model.linked:
            self._save_links([p for p in self._links() if p != model.path])  # the user's own file stays
        else:
            model.path.unlink()
            (self.models_dir / PARTIAL_DIR / f"{model.name}.source.json").unlink(missing_ok=True)
        return model

    def add(self, source: str | os.PathLike[str], copy: bool = True) -> InstalledModel:
        """Add a GGUF from disk, after checking it is a whole chat model (the rule the engine loads by)."""
        source = Path(source).expanduser()
        header = check_chat_model(source)  # before resolve(): a link that loops is a sentence, not an error
        source = source.resolve()
        if not copy:
            if source not in self._links():
                self._save_links([*self._links(), source])
            return self._describe(source, linked=True)
        from app.core.models.download import PARTIAL_DIR

        target = self.models_dir / source.name
        if target.exists():
            raise LibraryError(
                translate("Errors", "A model called {name} is already in the models folder."),
                name=printable(source.name),
            )
        self.models_dir.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(self.models_dir).free
        if free < header.file_bytes + 64 * 1024 * 1024:
            raise LibraryError(
                translate("Errors", "Not enough disk space to copy {name}; add it as a link instead."),
                name=printable(source.name),
            )
        staging = self.models_dir / PARTIAL_DIR / f"{source.name}.copying"
        staging.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, staging)
        os.replace(staging, target)  # whole, or not at all
        return self._describe(target, linked=False)

    def reveal(self) -> Path:
        """Open the models folder in the system's file manager."""
        import platform

        self.models_dir.mkdir(parents=True, exist_ok=True)
        system = platform.system()
        try:
            if system == "Windows":
                os.startfile(self.models_dir)  # type: ignore[attr-defined]
            else:
                opener = "open" if system == "Darwin" else "xdg-open"
                subprocess.Popen([opener, str(self.models_dir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError:
            pass  # no file manager (a server, a test): the path is still returned
        return self.models_dir

    # -- internals -----------------------------------------------------------

    def _describe(self, path: Path, linked: bool) -> InstalledModel:
        source = download_note(path) if not linked else {}
        problem, header = None, None
        try:
            header = check_chat_model(path)
            arch, layers, context, size = (
                header.architecture,
                header.block_count,
                header.context_length,
                header.file_bytes,
            )
        except ModelLoadError as error:
            arch, layers, context, problem = "unreadable", None, None, str(error)
            try:
                size = path.stat().st_size
            except OSError:
                size = 0
        return InstalledModel(
            name=path.name,
            path=path,
            size=size,
            architecture=arch,
            layers=layers,
            context=context,
            repo=source.get("repo") if isinstance(source.get("repo"), str) else None,
            verified=_still_as_verified(path, source),
            linked=linked,
            problem=problem,
            template=template_for_file(path),
            header=header,
        )

    def _links(self) -> list[Path]:
        data = json_file.read_object(self.models_dir / LINKS_FILE)
        return [Path(p) for p in data.get("paths", []) if isinstance(p, str)]

    def _save_links(self, links: list[Path]) -> None:
        json_file.write_atomic(self.models_dir / LINKS_FILE, {"paths": [str(p) for p in links]})


def _still_as_verified(path: Path, note: dict) -> bool:
    """Verified at download, and not changed since: the same size, and the same modification
    time where the note has it (notes of older versions do not)."""
    if not note.get("sha256"):
        return False
    try:
        stat = path.stat()
    except OSError:
        return False
    if note.get("size") != stat.st_size:
        return False
    return "mtime_ns" not in note or note["mtime_ns"] == stat.st_mtime_ns


def newest_usable(models: list[InstalledModel]) -> InstalledModel | None:
    """The model to use when none was chosen: the newest file that can chat (the window's and
    the CLI's one rule)."""
    usable = [m for m in models if m.usable]
    return max(usable, key=lambda m: modified_time(m.path)) if usable else None


def modified_time(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # gone since it was listed
        return 0.0
