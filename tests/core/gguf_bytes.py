"""Edit a GGUF file's metadata at the byte level, to make the malformed files the tests need.

Written independently of ``app.core.models.gguf_header`` (so a bug there cannot hide in both). A file
is: magic, version, tensor count, key/value count, the key/values, the tensor infos, padding to
the alignment, the tensor data. Changing a value re-pads, so the tensor data stays valid.
"""

from __future__ import annotations

import struct
from pathlib import Path

U8, I8, U16, I16, U32, I32, F32, BOOL, STRING, ARRAY, U64, I64, F64 = range(13)
_SIZES = {U8: 1, I8: 1, U16: 2, I16: 2, U32: 4, I32: 4, F32: 4, BOOL: 1, U64: 8, I64: 8, F64: 8}
_FORMATS = {U8: "<B", I8: "<b", U16: "<H", I16: "<h", U32: "<I", I32: "<i", F32: "<f", BOOL: "<?",
            U64: "<Q", I64: "<q", F64: "<d"}  # fmt: skip


def scalar(value_type: int, value) -> tuple[int, bytes]:
    return value_type, struct.pack(_FORMATS[value_type], value)


def string(text: str | bytes) -> tuple[int, bytes]:
    data = text.encode() if isinstance(text, str) else text
    return STRING, struct.pack("<Q", len(data)) + data


def _gguf_string(data: bytes, at: int) -> int:
    (length,) = struct.unpack_from("<Q", data, at)
    return at + 8 + length


def _value_end(data: bytes, at: int, value_type: int) -> int:
    if value_type in _SIZES:
        return at + _SIZES[value_type]
    if value_type == STRING:
        return _gguf_string(data, at)
    element_type, count = struct.unpack_from("<IQ", data, at)
    at += 12
    for _ in range(count):
        at = _value_end(data, at, element_type)
    return at


def edit(source: Path, target: Path, changes: dict[str, tuple[int, bytes] | None]) -> Path:
    """``source`` with each key of ``changes`` set to (type, encoded value), added if missing,
    or removed (None). The tensor data is copied unchanged, re-aligned."""
    data = Path(source).read_bytes()
    version, tensor_count, kv_count = struct.unpack_from("<IQQ", data, 4)
    at = 24
    kvs: list[tuple[bytes, int, bytes]] = []
    for _ in range(kv_count):
        key_end = _gguf_string(data, at)
        key = data[at + 8 : key_end]
        (value_type,) = struct.unpack_from("<I", data, key_end)
        value_end = _value_end(data, key_end + 4, value_type)
        kvs.append((key, value_type, data[key_end + 4 : value_end]))
        at = value_end
    infos_start = at
    for _ in range(tensor_count):
        at = _gguf_string(data, at)
        (n_dims,) = struct.unpack_from("<I", data, at)
        at += 4 + 8 * n_dims + 4 + 8
    infos = data[infos_start:at]
    alignment = 32
    for key, value_type, raw in kvs:
        if key == b"general.alignment":
            alignment = struct.unpack(_FORMATS[value_type], raw)[0]
    data_start = at + (-at % alignment)
    tensor_data = data[data_start:]

    edited = {k.encode(): v for k, v in changes.items()}
    out_kvs = []
    for key, value_type, raw in kvs:
        if key in edited:
            change = edited.pop(key)
            if change is None:
                continue
            value_type, raw = change
        out_kvs.append((key, value_type, raw))
    out_kvs += [(key, *change) for key, change in edited.items() if change is not None]
    head = b"GGUF" + struct.pack("<IQQ", version, tensor_count, len(out_kvs))
    for key, value_type, raw in out_kvs:
        head += struct.pack("<Q", len(key)) + key + struct.pack("<I", value_type) + raw
    head += infos
    head += b"\0" * (-len(head) % alignment)
    Path(target).write_bytes(head + tensor_data)
    return Path(target)


def tensor_data_start(path: Path) -> int:
    """Where the tensor data begins (the end of the header, padded)."""
    data = Path(path).read_bytes()
    _, tensor_count, kv_count = struct.unpack_from("<IQQ", data, 4)
    at = 24
    for _ in range(kv_count):
        at = _gguf_string(data, at)
        (value_type,) = struct.unpack_from("<I", data, at)
        at = _value_end(data, at + 4, value_type)
    for _ in range(tensor_count):
        at = _gguf_string(data, at)
        (n_dims,) = struct.unpack_from("<I", data, at)
        at += 4 + 8 * n_dims + 4 + 8
    return at + (-at % 32)


def write_tiny(path: Path, architecture: str, tensors: dict) -> Path:
    """A GGUF of ``architecture`` holding only ``tensors`` (name -> numpy array), written by the gguf package."""
    import gguf

    writer = gguf.GGUFWriter(str(path), architecture)
    for name, array in tensors.items():
        writer.add_tensor(name, array)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return Path(path)
