"""Read a GGUF file's header (metadata and tensor list), safely, without llama.cpp.

llama.cpp can abort the whole process on malformed metadata (FACTS.md), and the
``gguf`` package's reader maps and indexes the whole file. Before a file goes
near llama.cpp we read its header with a small streaming parser that checks every
length against the file's size, skips big values without reading them, checks
every value ShortChat uses for its type and a sane range (``GGUFHeader.problem``,
the one place that decides), and checks that the file is as long as its tensors
say. So a damaged, cut or hostile file becomes a clear sentence instead of a
crash, a hang or a huge allocation.
"""

from __future__ import annotations

import functools
import math
import os
import re
import stat
import struct
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from app.core.errors import ModelLoadError
from app.core.words import QT_TRANSLATE_NOOP, look_up, translate

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
HEADERS_KEPT = 64  # parsed headers kept, by file version: more than any library holds
_MAX_TENSOR_COUNT = 10_000_000
_MAX_TENSOR_DIMS = 4  # GGML_MAX_DIMS
_MAX_KEPT_TENSORS = 100_000  # a tensor list kept for the estimate (real models have a few thousand at most)
KEPT_TEXT_BYTES = 4096  # longer text values (chat templates, licences) are skipped, not read
MAX_VOCAB = 1 << 22  # 4M tokens; the largest real vocabularies have about 260k
_UINT32_MAX = 2**32 - 1

# The values ShortChat uses: key (after "<architecture>." when arch_key), words, sane range,
# and whether a per-layer array is allowed (then the value is unknown to the estimates).
_CHECKED = (
    ("context_length", QT_TRANSLATE_NOOP("Errors", "context length"), 1, _UINT32_MAX, True, False),
    ("block_count", QT_TRANSLATE_NOOP("Errors", "layer count"), 1, 4096, True, False),
    ("embedding_length", QT_TRANSLATE_NOOP("Errors", "embedding size"), 1, 1 << 20, True, False),
    ("attention.head_count", QT_TRANSLATE_NOOP("Errors", "attention head count"), 0, 1 << 16, True, True),
    ("attention.head_count_kv", QT_TRANSLATE_NOOP("Errors", "attention head count"), 0, 1 << 16, True, True),
    ("feed_forward_length", QT_TRANSLATE_NOOP("Errors", "feed-forward size"), 0, 1 << 24, True, True),
    ("general.file_type", QT_TRANSLATE_NOOP("Errors", "file type"), 0, 1 << 16, False, False),
    ("general.alignment", QT_TRANSLATE_NOOP("Errors", "alignment"), 1, 1 << 20, False, False),
)

# GGUF value types: struct format for the fixed-size ones.
_SCALAR_FORMATS = {
    0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
    10: "<Q", 11: "<q", 12: "<d",
}  # fmt: skip
_U64 = struct.Struct("<Q")
_SKIP_BLOCK_BYTES = 64 * 1024
_STRING = 8
_ARRAY = 9

# ggml tensor types: (values per block, bytes per block), as ggml defines them.
_GGML_TYPE_SIZES = {
    0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24), 8: (32, 34), 9: (32, 40),
    10: (256, 84), 11: (256, 110), 12: (256, 144), 13: (256, 176), 14: (256, 210), 15: (256, 292),
    16: (256, 66), 17: (256, 74), 18: (256, 98), 19: (256, 50), 20: (32, 18), 21: (256, 110), 22: (256, 82),
    23: (256, 136), 24: (1, 1), 25: (1, 2), 26: (1, 4), 27: (1, 8), 28: (1, 8), 29: (256, 56), 30: (1, 2),
    34: (256, 54), 35: (256, 66), 39: (32, 17),
}  # fmt: skip


@dataclass(frozen=True)
class Weight:
    """One tensor of a model, as the estimate needs it."""

    name: str
    ggml_type: int
    dims: tuple[int, ...]  # ggml order: dims[0] is a row's length, dims[1] the row count
    nbytes: int

    @property
    def layer(self) -> int:
        """The block it belongs to ("blk.3.attn_q.weight" -> 3); -1 outside the blocks."""
        match = re.match(r"blk\.(\d+)\.", self.name)
        return int(match.group(1)) if match else -1

    @property
    def in_matrix_products(self) -> bool:
        """Used as the left side of a matrix product, which is what the repack buffer holds:
        2-D weights (3-D for the experts of a mixture), not embeddings (looked up by row)."""
        if "embd" in self.name or "token_types" in self.name:
            return False
        return len(self.dims) == 2 or (len(self.dims) == 3 and "_exps" in self.name)


def tensor_bytes(ggml_type: int, dims: tuple[int, ...]) -> int:
    """Bytes of a tensor's data; 0 for a type this table does not know."""
    if ggml_type not in _GGML_TYPE_SIZES:
        return 0
    block_values, block_bytes = _GGML_TYPE_SIZES[ggml_type]
    return math.prod(dims) // block_values * block_bytes


@dataclass(frozen=True)
class ArrayInfo:
    """An array value, summarised: its element type and length (values skipped)."""

    element_type: int
    length: int


@dataclass(frozen=True)
class LongText:
    """A text value longer than ``KEPT_TEXT_BYTES``: skipped, only its length is known."""

    length: int


def printable(text: str, limit: int = 200) -> str:
    """``text`` safe to print in a terminal or a label: control and format characters (escape
    sequences, bidirectional overrides) become "?", and it is cut at ``limit`` characters."""
    cleaned = "".join(c if c.isprintable() else "?" for c in text[: limit + 1])
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def _is_integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _shown(value: object) -> str:
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else str(value)
    if isinstance(value, str):
        return f"the text {printable(value, 40)!r}"
    if isinstance(value, (ArrayInfo, LongText)):
        return "a list" if isinstance(value, ArrayInfo) else "a long text"
    return printable(str(value), 40)


# Metadata the engine's process needs (the header travels there with every load).
_SENT_TO_ENGINE = ("general.architecture", "general.name", "general.basename", "tokenizer.ggml.tokens")


@dataclass(frozen=True)
class GGUFHeader:
    path: Path
    version: int
    tensor_count: int
    file_bytes: int
    metadata: dict[str, object] = field(repr=False)
    # The tensors, for the memory estimate (which of them llama.cpp repacks); () when not kept.
    weights: tuple[Weight, ...] = field(default=(), repr=False)

    def __getstate__(self) -> dict:
        """Pickled (sent to the engine's process) with only the values ShortChat uses."""
        keys = [*_SENT_TO_ENGINE] + [self._key(name, arch) for name, _, _, _, arch, _ in _CHECKED]
        state = dict(self.__dict__)
        state["metadata"] = {k: self.metadata[k] for k in keys if k in self.metadata}
        state["weights"] = ()  # the engine's process does not use them
        return state

    @property
    def architecture(self) -> str:
        value = self.metadata.get("general.architecture", "")
        return value if isinstance(value, str) else ""

    @property
    def name(self) -> str:
        """The model's name (``general.name``, else the file's), safe to print."""
        value = self.metadata.get("general.name")
        return printable(value if isinstance(value, str) and value.strip() else self.path.stem)

    def _key(self, name: str, arch_key: bool) -> str:
        return f"{self.architecture}.{name}" if arch_key else name

    def _checked(self, name: str) -> int | None:
        """The value of ``name`` if it is a whole number in its sane range; else None."""
        for key_name, _, low, high, arch_key, _ in _CHECKED:
            if key_name == name:
                value = self.metadata.get(self._key(name, arch_key))
                return value if _is_integer(value) and low <= value <= high else None
        raise KeyError(name)

    @property
    def block_count(self) -> int | None:
        return self._checked("block_count")

    @property
    def context_length(self) -> int | None:
        return self._checked("context_length")

    @property
    def embedding_length(self) -> int | None:
        return self._checked("embedding_length")

    @property
    def head_count(self) -> int | None:
        return self._checked("attention.head_count") or None

    @property
    def head_count_kv(self) -> int | None:
        return self._checked("attention.head_count_kv") or self.head_count

    @property
    def feed_forward_length(self) -> int | None:
        return self._checked("feed_forward_length") or None

    @property
    def file_type(self) -> int | None:
        return self._checked("general.file_type")

    @property
    def vocab_size(self) -> int | None:
        tokens = self.metadata.get("tokenizer.ggml.tokens")
        return tokens.length if isinstance(tokens, ArrayInfo) and 0 < tokens.length <= MAX_VOCAB else None

    def problem(self) -> str | None:
        """Why a value ShortChat uses cannot be right (words for a sentence), or None."""
        if not self.architecture:
            return translate("Errors", "it does not say what kind of model it is")
        for name, words, low, high, arch_key, per_layer in _CHECKED:
            value = self.metadata.get(self._key(name, arch_key))
            if value is None or (per_layer and isinstance(value, ArrayInfo)):
                continue
            if not (_is_integer(value) and low <= value <= high):
                return translate("Errors", "its {words} is {value}, which no model has").format(
                    words=look_up("Errors", words), value=_shown(value)
                )
        tokens = self.metadata.get("tokenizer.ggml.tokens")
        if tokens is not None and not (isinstance(tokens, ArrayInfo) and 0 < tokens.length <= MAX_VOCAB):
            return translate("Errors", "its vocabulary is empty or impossibly large")
        return None


class _Damaged(Exception):
    """Internal: the header is inconsistent; turned into a ModelLoadError."""


class _BadValue(Exception):
    """Internal: a value ShortChat uses cannot be right."""


class _Incomplete(Exception):
    """Internal: the file is shorter than its tensors need."""


class _Reader:
    def __init__(self, stream: BinaryIO, size: int) -> None:
        self.stream = stream
        self.size = size

    def read(self, n: int) -> bytes:
        if n < 0 or self.stream.tell() + n > self.size:
            raise _Damaged(translate("Errors", "it ends too early"))
        data = self.stream.read(n)
        if len(data) != n:
            raise _Damaged(translate("Errors", "it ends too early"))
        return data

    def skip(self, n: int) -> None:
        if n < 0 or self.stream.tell() + n > self.size:
            raise _Damaged(translate("Errors", "it ends too early"))
        self.stream.seek(n, os.SEEK_CUR)

    def scalar(self, fmt: str):
        return struct.unpack(fmt, self.read(struct.calcsize(fmt)))[0]

    def string_length(self, limit: int | None = None) -> int:
        length = self.scalar("<Q")
        if length > self.size or (limit is not None and length > limit):
            raise _Damaged(translate("Errors", "a text field has an impossible length"))
        return length

    def string(self, limit: int | None = None) -> str:
        return self.read(self.string_length(limit)).decode("utf-8", errors="replace")

    def skip_strings(self, count: int) -> None:
        """Skip ``count`` strings (each its length, then its bytes), reading the lengths a block at
        a time: a vocabulary has tens of thousands, and one read per string took 70 ms a file."""
        while count > 0:
            start = self.stream.tell()
            block = self.stream.read(min(_SKIP_BLOCK_BYTES, self.size - start))
            at = 0
            while count > 0 and at + 8 <= len(block):
                (length,) = _U64.unpack_from(block, at)
                if length > self.size:
                    raise _Damaged(translate("Errors", "a text field has an impossible length"))
                at += 8 + length
                count -= 1
            if at == 0 or start + at > self.size:  # not even a whole length left, or a string past the end
                raise _Damaged(translate("Errors", "it ends too early"))
            self.stream.seek(start + at)

    def text_value(self) -> str | LongText:
        length = self.string_length()
        if length > KEPT_TEXT_BYTES:
            self.skip(length)
            return LongText(length)
        return self.read(length).decode("utf-8", errors="replace")

    def value(self, value_type: int) -> object:
        if value_type in _SCALAR_FORMATS:
            return self.scalar(_SCALAR_FORMATS[value_type])
        if value_type == _STRING:
            return self.text_value()
        if value_type == _ARRAY:
            element_type = self.scalar("<I")
            length = self.scalar("<Q")
            if length > self.size:
                raise _Damaged(translate("Errors", "an array has an impossible length"))
            if element_type in _SCALAR_FORMATS:
                self.skip(length * struct.calcsize(_SCALAR_FORMATS[element_type]))
            elif element_type == _STRING:
                self.skip_strings(length)
            else:  # nested arrays do not occur in model files
                raise _Damaged(
                    translate("Errors", "an array has an unknown element type {element_type}").format(
                        element_type=element_type
                    )
                )
            return ArrayInfo(element_type, length)
        raise _Damaged(translate("Errors", "a value has an unknown type {value_type}").format(value_type=value_type))

    def tensor_list(self, tensor_count: int, alignment: int) -> tuple[int, tuple[Weight, ...]]:
        """Read the tensor list: where the last tensor's data ends (0 when no size is known), and the
        tensors (none kept for an implausibly long list)."""
        keep = tensor_count <= _MAX_KEPT_TENSORS
        tensors, names = [], []
        for _ in range(tensor_count):
            if keep:
                names.append(self.string(limit=_MAX_KEY_BYTES))
            else:
                self.skip(self.string_length(limit=_MAX_KEY_BYTES))
            n_dims = self.scalar("<I")
            if n_dims > _MAX_TENSOR_DIMS:
                raise _Damaged(translate("Errors", "a tensor has too many dimensions"))
            dims = [self.scalar("<Q") for _ in range(n_dims)]
            if 0 in dims:
                raise _Damaged(translate("Errors", "a tensor has a size of zero"))
            tensor_type, offset = self.scalar("<I"), self.scalar("<Q")
            if offset % alignment:
                raise _Damaged(translate("Errors", "a tensor's data is misplaced"))
            tensors.append((dims, tensor_type, offset))
        data_start = self.stream.tell() + (-self.stream.tell() % alignment)
        end = 0
        for dims, tensor_type, offset in tensors:
            if tensor_type not in _GGML_TYPE_SIZES:
                continue  # a type newer than this table: llama.cpp checks it
            block_values, block_bytes = _GGML_TYPE_SIZES[tensor_type]
            values = math.prod(dims)
            if values % block_values:
                raise _Damaged(translate("Errors", "a tensor's size does not match its type"))
            end = max(end, data_start + offset + values // block_values * block_bytes)
        weights = tuple(
            Weight(name, tensor_type, tuple(dims), tensor_bytes(tensor_type, tuple(dims)))
            for name, (dims, tensor_type, _) in zip(names, tensors)
        )
        return end, weights


def _open_regular(path: Path, name: str) -> tuple[BinaryIO, int]:
    """The file, opened for reading, if it is a regular file (never blocks on a FIFO)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if path.is_symlink():
            raise ModelLoadError(
                translate("Errors", "{name} is a link to a file that is not there."), name=name
            ) from None
        raise ModelLoadError(
            translate("Errors", "There is no model file at {path}."), path=printable(str(path), 400)
        ) from None
    except OSError as exc:
        if path.is_symlink():  # ELOOP: a link that points (through others) back to itself
            raise ModelLoadError(
                translate("Errors", "{name} is a link that leads nowhere (it loops back on itself)."), name=name
            ) from exc
        raise ModelLoadError(
            translate("Errors", "{name} could not be read: {why}."), name=name, why=exc.strerror or exc
        ) from exc
    if stat.S_ISDIR(info.st_mode):
        raise ModelLoadError(
            translate("Errors", "{path} is a folder, not a model file."), path=printable(str(path), 400)
        )
    if not stat.S_ISREG(info.st_mode):
        raise ModelLoadError(
            translate(
                "Errors", "{name} is not a regular file (it is a pipe, a device or a socket), so it is no model."
            ),
            name=name,
        )
    # O_NONBLOCK: if the path was swapped for a FIFO since the check, opening still returns at once.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise ModelLoadError(translate("Errors", "{name} is not a regular file, so it is no model."), name=name)
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb"), info.st_size
    except BaseException:
        os.close(descriptor)
        raise


def read_header(path: str | os.PathLike[str]) -> GGUFHeader:
    """The header of ``path``; raise ModelLoadError with a plain message.

    Read once per version of the file: listing the library, planning a load and loading it each
    ask, and an unchanged file (same size, modification time and inode) is not parsed again."""
    path = Path(path)
    try:
        found = os.stat(path)
    except OSError:
        return _parse_header(path)  # says what is wrong with it
    if not stat.S_ISREG(found.st_mode):
        return _parse_header(path)
    return _header_of_version(str(path), found.st_size, found.st_mtime_ns, found.st_ino)


@functools.lru_cache(maxsize=HEADERS_KEPT)
def _header_of_version(path: str, size: int, modified_ns: int, inode: int) -> GGUFHeader:  # noqa: ARG001 - the key
    return _parse_header(Path(path))


def _parse_header(path: Path) -> GGUFHeader:
    """Parse the header of ``path``; raise ModelLoadError with a plain message."""
    name = printable(path.name)
    try:
        raw, size = _open_regular(path, name)
        with raw:
            stream = _Reader(raw, size)  # type: ignore[arg-type]
            magic = raw.read(4)
            if magic != GGUF_MAGIC:
                if magic in OLD_FORMAT_MAGICS:
                    raise ModelLoadError(
                        translate(
                            "Errors",
                            "{name} uses the old GGML format, which llama.cpp no longer reads. Download the GGUF "
                            "version of this model instead.",
                        ),
                        name=name,
                    )
                raise ModelLoadError(
                    translate(
                        "Errors",
                        "{name} is not a GGUF model file. ShortChat runs models in the GGUF format (files ending "
                        "in .gguf).",
                    ),
                    name=name,
                )
            version = stream.scalar("<I")
            if version not in SUPPORTED_VERSIONS:
                raise ModelLoadError(
                    translate(
                        "Errors", "{name} is GGUF version {version}, which this version of ShortChat cannot read."
                    ),
                    name=name,
                    version=version,
                )
            tensor_count = stream.scalar("<Q")
            kv_count = stream.scalar("<Q")
            if tensor_count > _MAX_TENSOR_COUNT or kv_count > _MAX_KV_COUNT:
                raise _Damaged(translate("Errors", "its header counts are impossible"))
            metadata: dict[str, object] = {}
            for _ in range(kv_count):
                key = stream.string(limit=_MAX_KEY_BYTES)
                if not key:
                    raise _Damaged(translate("Errors", "a metadata key is empty"))
                if key in metadata:
                    raise _Damaged(translate("Errors", "a metadata key appears twice"))
                metadata[key] = stream.value(stream.scalar("<I"))
            header = GGUFHeader(path, version, tensor_count, size, metadata)
            problem = header.problem()
            if problem:
                raise _BadValue(problem)
            end, weights = stream.tensor_list(tensor_count, int(metadata.get("general.alignment", 32)))
            if end > size:
                raise _Incomplete(end)
            header = replace(header, weights=weights)
    except PermissionError as exc:
        raise ModelLoadError(translate("Errors", "ShortChat is not allowed to read {name}."), name=name) from exc
    except _Damaged as exc:
        raise ModelLoadError(
            translate("Errors", "{name} is damaged or incomplete ({why}). If you downloaded it, download it again."),
            name=name,
            why=exc,
        ) from exc
    except _BadValue as exc:
        raise ModelLoadError(
            translate("Errors", "{name} is damaged ({why}). If you downloaded it, download it again."),
            name=name,
            why=exc,
        ) from exc
    except _Incomplete as exc:
        raise ModelLoadError(
            translate(
                "Errors",
                "{name} is incomplete or damaged: it is {size} bytes long, but its model weights need "
                "{needed}. If you downloaded it, download it again; if you copied it, copy it again.",
            ),
            name=name,
            size=f"{size:,}",
            needed=f"{exc.args[0]:,}",
        ) from exc
    except OSError as exc:
        raise ModelLoadError(
            translate("Errors", "{name} could not be read: {why}."), name=name, why=exc.strerror or exc
        ) from exc
    return header


def chat_model_problem(header: GGUFHeader) -> str | None:
    """The one rule for which files ShortChat chats with (the library, the engine, the window and
    the CLI all ask it): any model llama.cpp can chat with; None when ``header`` is one, else why not."""
    name = printable(header.path.name)
    if header.architecture in NON_CHAT_ARCHITECTURES:
        arch = printable(header.architecture, 40)
        return translate("Errors", "{name} is a '{arch}' model (used for images or search), not a chat model.").format(
            name=name, arch=arch
        )
    if header.tensor_count == 0:
        return translate("Errors", "{name} holds no model weights (it has no tensors).").format(name=name)
    return None


def check_chat_model(source: str | os.PathLike[str] | GGUFHeader) -> GGUFHeader:
    """The header of ``source`` (a path, or a header already read) if it can be a chat model;
    a clear error otherwise."""
    header = source if isinstance(source, GGUFHeader) else read_header(source)
    problem = chat_model_problem(header)
    if problem:
        raise ModelLoadError(problem)
    return header
