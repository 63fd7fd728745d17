"""Read a GGUF file's header (metadata only), safely, without llama.cpp.

llama.cpp can abort the whole process on malformed metadata (FACTS.md), and the
``gguf`` package's reader maps and indexes the whole file. Before a file goes
near llama.cpp we read just the key/value header with a small streaming parser
that checks every length against the file's size, so a damaged or hostile file
becomes a clear message instead of a crash or a huge allocation.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from app.core.errors import ModelLoadError

GGUF_MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
OLD_FORMAT_MAGICS = {b"lmgg", b"fmgg", b"tjgg", b"ggml", b"ggmf", b"ggjt"}

# Architectures llama.cpp loads but that cannot chat (vision encoders, embedders, vocoders).
NON_CHAT_ARCHITECTURES = {
    "clip", "bert", "nomic-bert", "nomic-bert-moe", "jina-bert-v2", "neo-bert",
    "modern-bert", "t5encoder", "wavtokenizer-dec",
}  # fmt: skip

_MAX_KEY_BYTES = 65_535
_MAX_KV_COUNT = 1_000_000
_MAX_TENSOR_COUNT = 10_000_000

# GGUF value types: struct format for the fixed-size ones.
_SCALAR_FORMATS = {
    0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
    10: "<Q", 11: "<q", 12: "<d",
}  # fmt: skip
_STRING = 8
_ARRAY = 9


@dataclass(frozen=True)
class ArrayInfo:
    """An array value, summarised: its element type and length (values skipped)."""

    element_type: int
    length: int


@dataclass(frozen=True)
class GGUFHeader:
    path: Path
    version: int
    tensor_count: int
    file_bytes: int
    metadata: dict[str, object] = field(repr=False)

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", ""))

    @property
    def name(self) -> str:
        return str(self.metadata.get("general.name", "") or self.path.stem)

    def _arch_int(self, key: str) -> int | None:
        value = self.metadata.get(f"{self.architecture}.{key}")
        return int(value) if isinstance(value, (int, float)) else None

    @property
    def block_count(self) -> int | None:
        return self._arch_int("block_count")

    @property
    def context_length(self) -> int | None:
        return self._arch_int("context_length")

    @property
    def embedding_length(self) -> int | None:
        return self._arch_int("embedding_length")

    @property
    def head_count(self) -> int | None:
        return self._arch_int("attention.head_count")

    @property
    def head_count_kv(self) -> int | None:
        return self._arch_int("attention.head_count_kv") or self.head_count

    @property
    def file_type(self) -> int | None:
        value = self.metadata.get("general.file_type")
        return int(value) if isinstance(value, int) else None

    @property
    def vocab_size(self) -> int | None:
        tokens = self.metadata.get("tokenizer.ggml.tokens")
        return tokens.length if isinstance(tokens, ArrayInfo) else None


class _Damaged(Exception):
    """Internal: the header is inconsistent; turned into a ModelLoadError."""


class _Reader:
    def __init__(self, stream: BinaryIO, size: int) -> None:
        self.stream = stream
        self.size = size

    def read(self, n: int) -> bytes:
        if n < 0 or self.stream.tell() + n > self.size:
            raise _Damaged("it ends too early")
        data = self.stream.read(n)
        if len(data) != n:
            raise _Damaged("it ends too early")
        return data

    def skip(self, n: int) -> None:
        if n < 0 or self.stream.tell() + n > self.size:
            raise _Damaged("it ends too early")
        self.stream.seek(n, os.SEEK_CUR)

    def scalar(self, fmt: str):
        return struct.unpack(fmt, self.read(struct.calcsize(fmt)))[0]

    def string_length(self, limit: int | None = None) -> int:
        length = self.scalar("<Q")
        if length > self.size or (limit is not None and length > limit):
            raise _Damaged("a text field has an impossible length")
        return length

    def string(self, limit: int | None = None) -> str:
        return self.read(self.string_length(limit)).decode("utf-8", errors="replace")

    def value(self, value_type: int) -> object:
        if value_type in _SCALAR_FORMATS:
            return self.scalar(_SCALAR_FORMATS[value_type])
        if value_type == _STRING:
            return self.string()
        if value_type == _ARRAY:
            element_type = self.scalar("<I")
            length = self.scalar("<Q")
            if length > self.size:
                raise _Damaged("an array has an impossible length")
            if element_type in _SCALAR_FORMATS:
                self.skip(length * struct.calcsize(_SCALAR_FORMATS[element_type]))
            elif element_type == _STRING:
                for _ in range(length):
                    self.skip(self.string_length())
            else:  # nested arrays do not occur in model files
                raise _Damaged(f"an array has an unknown element type {element_type}")
            return ArrayInfo(element_type, length)
        raise _Damaged(f"a value has an unknown type {value_type}")


def read_header(path: str | os.PathLike[str]) -> GGUFHeader:
    """Parse the header of ``path``; raise ModelLoadError with a plain message."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise ModelLoadError(f"There is no model file at {path}.")
    if path.is_dir():
        raise ModelLoadError(f"{path} is a folder, not a model file.")
    try:
        size = path.stat().st_size
        with open(path, "rb") as raw:
            stream = _Reader(raw, size)  # type: ignore[arg-type]
            magic = raw.read(4)
            if magic != GGUF_MAGIC:
                if magic in OLD_FORMAT_MAGICS:
                    raise ModelLoadError(
                        f"{name} uses the old GGML format, which llama.cpp no longer reads. "
                        f"Download the GGUF version of this model instead."
                    )
                raise ModelLoadError(
                    f"{name} is not a GGUF model file. ShortChat runs models in the GGUF "
                    f"format (files ending in .gguf)."
                )
            version = stream.scalar("<I")
            if version not in SUPPORTED_VERSIONS:
                raise ModelLoadError(f"{name} is GGUF version {version}, which this version of ShortChat cannot read.")
            tensor_count = stream.scalar("<Q")
            kv_count = stream.scalar("<Q")
            if tensor_count > _MAX_TENSOR_COUNT or kv_count > _MAX_KV_COUNT:
                raise _Damaged("its header counts are impossible")
            metadata: dict[str, object] = {}
            for _ in range(kv_count):
                key = stream.string(limit=_MAX_KEY_BYTES)
                if not key:
                    raise _Damaged("a metadata key is empty")
                metadata[key] = stream.value(stream.scalar("<I"))
    except PermissionError as exc:
        raise ModelLoadError(f"ShortChat is not allowed to read {path}.") from exc
    except _Damaged as exc:
        raise ModelLoadError(
            f"{name} is damaged or incomplete ({exc}). If you downloaded it, download it again."
        ) from exc
    except OSError as exc:
        raise ModelLoadError(f"{name} could not be read: {exc.strerror or exc}.") from exc
    header = GGUFHeader(path, version, tensor_count, size, metadata)
    if not header.architecture:
        raise ModelLoadError(f"{name} is damaged: it does not say what kind of model it is.")
    return header


def check_chat_model(path: str | os.PathLike[str]) -> GGUFHeader:
    """The header of ``path`` if it can be a chat model; a clear error otherwise."""
    header = read_header(path)
    if header.architecture in NON_CHAT_ARCHITECTURES:
        raise ModelLoadError(
            f"{header.path.name} is a '{header.architecture}' model (used for images or search), not a chat model."
        )
    if header.tensor_count == 0:
        raise ModelLoadError(f"{header.path.name} holds no model weights (it has no tensors).")
    return header
