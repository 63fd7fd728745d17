"""Saved chat states: llama.cpp's memory of a chat (its KV cache) kept on disk, so a chat that is
continued later (after a restart, or after other chats) is not read again from its first word.

The engine's llama.cpp process saves its state after a reply and, before reading a prompt its
memory does not already hold, restores the saved state that shares the longest beginning with
it; only the rest is read. A state is used only for tokens that match the prompt exactly, and
only by the same model file (path, size, modification time), context length and other settings
that shape the KV cache, and the same llama-cpp-python version (the ``key``).

One file per state, ``<key hash>-<random>.kvstate`` in the cache folder: llama.cpp's own sequence
file (``llama_state_seq_save_file``: magic, version, the tokens, the KV cells), then our trailer
(JSON with the key, the token count, the length and CRC-32 of what precedes it; the JSON's length;
``TRAILER_MAGIC``). It is written to a temporary name and renamed, so other ShortChat processes on
the same folder (the window, the CLI) see a whole file or none. A reader checks the trailer and the
checksum before llama.cpp sees the file: a damaged or truncated one is deleted, never loaded
(llama.cpp may abort the process on bad state data). Least recently used states go first when the
disk budget is reached; restoring a state marks it used (its modification time).

The parent's side (``SavedStates``: where, how much, clear) imports no llama.cpp; the child's side
(``ChatStates``) is used by ``llama_worker`` with the loaded ``Llama``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import struct
import time
import uuid
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.engine import llama_private

log = logging.getLogger("shortchat.chat_states")

FOLDER_NAME = "chat-states"
SUFFIX = ".kvstate"
TEMP_SUFFIX = ".tmp"
TRAILER_MAGIC = b"ShortChatKV1"
_TRAILER_END = struct.Struct("<I12s")  # the JSON's length, then TRAILER_MAGIC
_SEQ_MAGIC = 0x67677371  # llama.cpp's LLAMA_STATE_SEQ_MAGIC ("ggsq"); llama.cpp checks its version itself
_MAX_TRAILER = 1 << 20
MIN_TOKENS = 64  # a shorter chat is read again in a moment: not worth a file
MIN_GAIN = 32  # a state is restored only when it spares at least this many tokens of reading...
GAIN_SHARE = 10  # ...and at least 1/GAIN_SHARE of its own tokens (a token's KV reads far faster than it computes)
STALE_TEMP_S = 3600  # a temporary file this old was left by a process that died while saving
KEEP_FREE_BYTES = 1 << 30  # never fill the disk: a state is not saved when less than this would be left
_CHUNK = 8 << 20
# llama_context_params fields that change what the KV cache holds or how it is laid out.
_LAYOUT_FIELDS = (
    "n_seq_max", "type_k", "type_v", "flash_attn_type", "swa_full", "kv_unified", "embeddings", "attention_type",
    "rope_scaling_type", "rope_freq_base", "rope_freq_scale", "yarn_ext_factor", "yarn_attn_factor",
    "yarn_beta_fast", "yarn_beta_slow", "yarn_orig_ctx",
)  # fmt: skip


class DamagedState(Exception):
    """A state file that cannot be trusted (truncated, altered, not ours)."""


def default_folder() -> Path:
    from app.core.paths import cache_dir

    return cache_dir() / FOLDER_NAME


@dataclass(frozen=True)
class StatePlace:
    """Where the llama.cpp process keeps states and how much disk they may use (sent with each reply)."""

    folder: str
    budget_bytes: int


def _state_files(folder: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as entries:
            return [e for e in entries if e.is_file() and (e.name.endswith(SUFFIX) or e.name.endswith(TEMP_SUFFIX))]
    except OSError:
        return []


def _size_of(entry: os.DirEntry) -> int:
    try:
        return entry.stat().st_size
    except OSError:
        return 0


def _remove(path: str | Path) -> bool:
    try:
        os.unlink(path)
        return True
    except OSError:  # gone already, or open elsewhere (Windows)
        return False


class SavedStates:
    """The parent's view of the saved states: where they are, the budget (from the settings unless
    given), how much they use, and clearing them."""

    def __init__(self, folder: str | os.PathLike[str] | None = None, budget_bytes: int | None = None) -> None:
        self._folder = Path(folder) if folder is not None else None
        self._budget = budget_bytes

    @property
    def folder(self) -> Path:
        return self._folder if self._folder is not None else default_folder()

    @property
    def budget_bytes(self) -> int:
        if self._budget is not None:
            return self._budget
        from app.core.settings import load

        return load()[0].chat_states_mb * 1_000_000

    def place(self) -> StatePlace | None:
        """What the llama.cpp process needs to know; None when saving states is switched off."""
        budget = self.budget_bytes
        return StatePlace(str(self.folder), budget) if budget > 0 else None

    def used_bytes(self) -> int:
        return sum(_size_of(entry) for entry in _state_files(self.folder))

    def clear(self) -> None:
        """Delete every saved state (one being written by another process finishes as a new file)."""
        for entry in _state_files(self.folder):
            if entry.name.endswith(SUFFIX):
                _remove(entry.path)

    def trim(self, budget_bytes: int | None = None) -> None:
        """Drop the least recently used states beyond the budget (after the budget was lowered)."""
        make_room(self.folder, self.budget_bytes if budget_bytes is None else budget_bytes)


def make_room(folder: Path, allowed_bytes: int) -> None:
    """Delete the least recently used states until all of them take at most ``allowed_bytes``;
    temporary files left by a process that died while saving go too."""
    now = time.time()
    states, total = [], 0
    for entry in _state_files(folder):
        try:
            stat = entry.stat()
        except OSError:
            continue
        if entry.name.endswith(TEMP_SUFFIX):
            if now - stat.st_mtime > STALE_TEMP_S and _remove(entry.path):
                continue
        else:
            states.append((stat.st_mtime, entry.path, stat.st_size))
        total += stat.st_size
    for _, path, size in sorted(states):
        if total <= allowed_bytes:
            break
        if _remove(path):
            total -= size


# -- one state file ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StateInfo:
    """What a state file's header and trailer say (checked for consistency, not yet its checksum)."""

    path: Path
    key: dict
    tokens: tuple[int, ...]
    payload_bytes: int
    crc32: int


def read_info(path: Path) -> StateInfo:
    """The trailer and tokens of a state file; ``DamagedState`` when they do not add up."""
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size < 12 + _TRAILER_END.size:
                raise DamagedState("too short")
            file.seek(size - _TRAILER_END.size)
            json_bytes, magic = _TRAILER_END.unpack(file.read(_TRAILER_END.size))
            if magic != TRAILER_MAGIC or json_bytes > _MAX_TRAILER:
                raise DamagedState("no trailer")
            file.seek(size - _TRAILER_END.size - json_bytes)
            trailer = json.loads(file.read(json_bytes).decode("utf-8"))
            payload_bytes, n_tokens = int(trailer["payload_bytes"]), int(trailer["n_tokens"])
            if payload_bytes + json_bytes + _TRAILER_END.size != size:
                raise DamagedState("wrong length")
            file.seek(0)
            seq_magic, _version, count = struct.unpack("<III", file.read(12))
            if (seq_magic, count) != (_SEQ_MAGIC, n_tokens):
                raise DamagedState("not a llama.cpp sequence state")
            if 12 + 4 * count > payload_bytes:
                raise DamagedState("wrong token count")
            raw = file.read(4 * count)
            tokens = struct.unpack(f"<{count}i", raw)
            return StateInfo(Path(path), trailer["key"], tokens, payload_bytes, int(trailer["crc32"]))
    except (ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError) as exc:
        raise DamagedState(str(exc)) from exc


def _crc_of(file, length: int) -> int:
    crc, left = 0, length
    file.seek(0)
    while left > 0:
        chunk = file.read(min(_CHUNK, left))
        if not chunk:
            raise DamagedState("shorter than it says")
        crc, left = zlib.crc32(chunk, crc), left - len(chunk)
    return crc


def common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def normal_key(key: dict) -> dict:
    """The key as it reads back from a file (JSON), so keys compare equal."""
    return json.loads(json.dumps(key, sort_keys=True))


def key_hash(key: dict) -> str:
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:16]


# -- the llama.cpp process's side ----------------------------------------------------------------


def state_key(llama, model_path: str | os.PathLike[str]) -> dict:
    """What must be equal for a saved state to mean the same thing to this loaded model."""
    import llama_cpp

    stat = os.stat(model_path)
    params = llama.context_params
    layout = {name: getattr(params, name) for name in _LAYOUT_FIELDS if hasattr(params, name)}
    layout = {name: value if isinstance(value, (int, float, bool)) else str(value) for name, value in layout.items()}
    return normal_key(
        {
            "model": str(Path(model_path).resolve()),
            "size": stat.st_size,
            "mtime_ns": stat.st_mtime_ns,
            "llama_cpp_python": llama_cpp.__version__,
            "n_ctx": int(llama.n_ctx()),
            "layout": layout,
        }
    )


class ChatStates:
    """The states of one loaded model, in its llama.cpp process.

    ``restore`` before a prompt is read, ``save`` after a reply; neither ever raises for a bad or
    missing file (a state is only ever a way to save time)."""

    def __init__(self, llama, model_path: str | os.PathLike[str]) -> None:
        self.key = state_key(llama, model_path)
        self.prefix = key_hash(self.key)
        self.place: StatePlace | None = None
        self._on_disk: tuple[int, ...] = ()  # the tokens of the state file last saved or restored
        self._infos: dict[str, StateInfo] = {}  # file name -> its info (a file never changes once named)

    # -- what is in memory -------------------------------------------------------------------

    @staticmethod
    def tokens_in_memory(llama) -> tuple[int, ...]:
        return tuple(int(t) for t in llama_private.cached_tokens(llama))

    def unsaved(self, llama) -> bool:
        """Whether the KV cache holds a chat worth saving that no state file holds yet."""
        if self.place is None or llama.n_tokens < MIN_TOKENS:
            return False
        in_memory = self.tokens_in_memory(llama)
        return in_memory != self._on_disk[: len(in_memory)]  # not a beginning of a saved state

    # -- finding -----------------------------------------------------------------------------

    def _candidates(self, folder: Path) -> list[StateInfo]:
        infos, seen = [], set()
        for entry in _state_files(folder):
            name = entry.name
            if not (name.startswith(self.prefix) and name.endswith(SUFFIX)):
                continue
            seen.add(name)
            info = self._infos.get(name)
            if info is None:
                try:
                    info = read_info(Path(entry.path))
                except DamagedState as exc:
                    log.warning("chat state %s is damaged (%s); deleting it", name, exc)
                    _remove(entry.path)
                    continue
                except OSError:  # deleted meanwhile, or not readable now
                    continue
                self._infos[name] = info
            if info.key == self.key:
                infos.append(info)
        for name in set(self._infos) - seen:
            del self._infos[name]
        return infos

    def best(self, tokens: Sequence[int], have: int) -> tuple[StateInfo, int] | None:
        """The saved state worth restoring for ``tokens`` (when the KV cache already holds
        ``have`` of them), and how many of its tokens match."""
        if self.place is None or len(tokens) - have < MIN_GAIN:
            return None
        best, best_match = None, have
        for info in self._candidates(Path(self.place.folder)):
            match = min(common_prefix(info.tokens, tokens), len(tokens) - 1)  # the last one is read for its logits
            if match - have >= max(MIN_GAIN, len(info.tokens) // GAIN_SHARE) and match > best_match:
                best, best_match = info, match
        return (best, best_match) if best is not None else None

    # -- restoring ---------------------------------------------------------------------------

    def restore(self, llama, info: StateInfo, match: int) -> int | None:
        """Load ``info``'s state and keep its first ``match`` tokens; how many tokens the KV cache
        now holds: ``match``, 0 when llama.cpp could not load it (the cache is then empty), None
        when the file was not handed to llama.cpp (missing or damaged: the cache is as it was)."""
        try:
            with open(info.path, "rb") as file:  # kept open: the file cannot vanish under llama.cpp (Windows)
                if _crc_of(file, info.payload_bytes) != info.crc32:
                    raise DamagedState("checksum")
                loaded = llama_private.load_state(llama, info.path, len(info.tokens))
        except DamagedState as exc:
            self._forget(info, f"damaged ({exc})")
            return None
        except OSError:  # deleted by another ShortChat meanwhile, or not readable now
            self._infos.pop(info.path.name, None)
            return None
        if not loaded:
            llama_private.keep_cached(llama, 0)
            self._forget(info, "llama.cpp could not load it")
            return 0
        llama_private.set_cached(llama, info.tokens[:match])
        self._on_disk = info.tokens
        try:
            os.utime(info.path)  # used now: the last to be dropped
        except OSError:
            pass
        return match

    def _forget(self, info: StateInfo, why: str) -> None:
        if why:
            log.warning("chat state %s: %s; deleting it", info.path.name, why)
            _remove(info.path)
        self._infos.pop(info.path.name, None)

    # -- saving ------------------------------------------------------------------------------

    def save(self, llama) -> Path | None:
        """Write the KV cache's state as a new file (within the budget); the file, or None."""
        place = self.place
        if not self.unsaved(llama):
            return None
        folder = Path(place.folder)
        tokens = self.tokens_in_memory(llama)
        try:
            return self._write(llama, folder, tokens, place.budget_bytes)
        except OSError as exc:
            log.warning("could not save the chat state in %s: %s", folder, exc)
            return None

    def _write(self, llama, folder: Path, tokens: tuple[int, ...], budget: int) -> Path | None:
        llama_private.keep_cached(llama, len(tokens))  # nothing beyond the tokens it is saved under
        expected = llama_private.state_size(llama) + 4 * len(tokens) + 4096
        if expected > budget:
            return None
        folder.mkdir(parents=True, exist_ok=True)
        make_room(folder, budget - expected)
        if shutil.disk_usage(folder).free < expected + KEEP_FREE_BYTES:
            log.info("not saving the chat state: the disk is nearly full")
            return None
        name = f"{self.prefix}-{uuid.uuid4().hex[:16]}"
        final, temporary = folder / f"{name}{SUFFIX}", folder / f".{name}{TEMP_SUFFIX}"
        try:
            written = llama_private.save_state(llama, temporary, tokens)
            if not written:
                raise OSError("llama.cpp could not write it")
            with open(temporary, "r+b") as file:
                crc = _crc_of(file, written)
                trailer = json.dumps({"key": self.key, "n_tokens": len(tokens), "payload_bytes": written, "crc32": crc})
                trailer = trailer.encode()
                file.seek(written)
                file.truncate()
                file.write(trailer + _TRAILER_END.pack(len(trailer), TRAILER_MAGIC))
            os.replace(temporary, final)
        except BaseException:
            _remove(temporary)
            raise
        self._on_disk = tokens
        self._drop_superseded(folder, tokens, final.name)
        return final

    def _drop_superseded(self, folder: Path, tokens: tuple[int, ...], kept: str) -> None:
        """States of this model whose tokens begin the new one's: it serves every prompt they would."""
        for info in self._candidates(folder):
            if info.path.name != kept and len(info.tokens) <= len(tokens) and tokens[: len(info.tokens)] == info.tokens:
                _remove(info.path)
                self._infos.pop(info.path.name, None)
