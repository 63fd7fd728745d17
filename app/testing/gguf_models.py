"""Synthetic llama-architecture GGUF files for tests, benchmarks and the self-test.

Two kinds:

* ``write_scripted_llama``: a tiny model whose transformer blocks add nothing
  (their weights are zero), so each next token depends only on the current one.
  The output matrix is built so that after the prompt's final ``:`` (of
  "ASSISTANT:") the model writes a chosen reply, token by token, then EOS (or
  loops forever). It is a real GGUF that llama.cpp runs through every kernel,
  quantized ones included, yet its answers are known in advance.
* ``write_random_llama``: random weights with an exact real architecture (e.g.
  the 1.5b's 6 x 4096 layers), for speed and memory figures that cost exactly
  what the real model costs.

Needs the ``gguf`` package (a test/bench dependency), imported on use.
"""

from __future__ import annotations

import ctypes
import itertools
import string
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SPACE = "\u2581"  # SentencePiece's word-start marker
UNK, BOS, EOS = 0, 1, 2
FIRST_BYTE_TOKEN = 3
TOKEN_NORMAL, TOKEN_UNKNOWN, TOKEN_CONTROL, TOKEN_BYTE = 1, 2, 3, 6
LLAMA_FTYPE = {  # llama.h's llama_ftype values
    "F32": 0, "F16": 1, "Q4_0": 2, "Q4_1": 3, "Q8_0": 7, "Q5_0": 8, "Q5_1": 9, "Q2_K": 10, "Q3_K_S": 11,
    "Q3_K_M": 12, "Q3_K_L": 13, "Q4_K_S": 14, "Q4_K_M": 15, "Q5_K_S": 16, "Q5_K_M": 17, "Q6_K": 18,
    "IQ3_XS": 22, "IQ4_NL": 25, "IQ3_S": 26, "IQ3_M": 27, "IQ4_XS": 30,
}  # fmt: skip


@dataclass(frozen=True)
class Vocab:
    pieces: list[str]
    scores: list[float]
    types: list[int]

    def id_of(self, piece: str) -> int:
        return self.pieces.index(piece)


def char_vocab(extra_pieces: list[str] = ()) -> Vocab:
    """<unk> <s> </s>, the 256 byte tokens, every printable ASCII character
    (space written as "▁"), then ``extra_pieces`` (multi-character tokens)."""
    pieces = ["<unk>", "<s>", "</s>"]
    types = [TOKEN_UNKNOWN, TOKEN_CONTROL, TOKEN_CONTROL]
    pieces += [f"<0x{b:02X}>" for b in range(256)]
    types += [TOKEN_BYTE] * 256
    chars = [SPACE] + [c for c in string.printable if c.isprintable() and c != " "]
    pieces += chars
    types += [TOKEN_NORMAL] * len(chars)
    pieces += list(extra_pieces)
    types += [TOKEN_NORMAL] * len(extra_pieces)
    # Longer pieces score higher, so SentencePiece prefers them when merging.
    scores = [0.0] * FIRST_BYTE_TOKEN + [-1000.0] * 256 + [-100.0 + len(p) for p in pieces[259:]]
    return Vocab(pieces, scores, types)


def expected_tokens(vocab: Vocab, text: str) -> list[int]:
    """How llama.cpp's SentencePiece tokenizer splits ``text`` with a
    character-only vocabulary: a "▁" before the text, one token per character,
    byte tokens for characters not in the vocabulary. Written independently of
    llama.cpp, for tests to compare against."""
    index = {p: i for i, p in enumerate(vocab.pieces)}
    ids = []
    for char in SPACE + text.replace(" ", SPACE):
        if char in index and vocab.types[index[char]] == TOKEN_NORMAL:
            ids.append(index[char])
        else:
            ids.extend(FIRST_BYTE_TOKEN + b for b in char.encode("utf-8"))
    return ids


def reply_tokens(vocab: Vocab, reply: str) -> list[int]:
    """The tokens the scripted model writes for ``reply``: "▁" (the space after
    "ASSISTANT:", as a real SentencePiece model writes it), then one per
    character, or UTF-8 byte tokens."""
    return expected_tokens(vocab, reply)


def llama_writer(
    path: Path, n_layers: int, n_embd: int, n_ff: int, n_head: int, n_ctx: int, vocab: Vocab, name: str,
    file_type: int = 0,
):  # fmt: skip
    import gguf

    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_name(name)
    writer.add_context_length(n_ctx)
    writer.add_embedding_length(n_embd)
    writer.add_block_count(n_layers)
    writer.add_feed_forward_length(n_ff)
    writer.add_head_count(n_head)
    writer.add_head_count_kv(n_head)
    writer.add_rope_dimension_count(n_embd // n_head)
    writer.add_layer_norm_rms_eps(1e-6)
    writer.add_rope_freq_base(10000.0)
    writer.add_file_type(file_type)  # 0, all F32 (or F16): quantize() rewrites it
    writer.add_tokenizer_model("llama")
    writer.add_token_list(vocab.pieces)
    writer.add_token_scores(vocab.scores)
    writer.add_token_types(vocab.types)
    writer.add_bos_token_id(BOS)
    writer.add_eos_token_id(EOS)
    writer.add_unk_token_id(UNK)
    writer.add_add_bos_token(True)
    writer.add_add_eos_token(False)
    return writer


def finish(writer) -> None:
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def write_scripted_llama(
    path: str | Path,
    reply: str = "Hi!",
    *,
    loop: bool = False,
    pieces: Sequence[str] = (),
    n_layers: int = 2,
    n_embd: int = 256,
    n_ctx: int = 2048,
    seed: int = 0,
) -> Path:
    """A tiny f32 llama model that answers ``reply`` (then EOS, or again and
    again if ``loop``). The reply's characters must all differ from each other,
    from ":" and from " " (the model only sees the current token); n_embd must
    be a multiple of 256 so the weights can be K-quantized. With ``pieces``, the
    reply is those strings, each one token of its own (all different)."""
    path = Path(path)
    if any(len(p.replace(SPACE, " ").encode()) > 24 for p in pieces):
        raise ValueError("keep pieces short: llama-cpp-python detokenizes into a 32-byte buffer")
    if pieces:
        # Each piece is one token, so a reply may repeat characters (markdown, HTML).
        vocab = char_vocab([p for p in pieces if len(p) > 1])
        chain = [vocab.id_of(":"), vocab.id_of(SPACE)] + [vocab.id_of(p) for p in pieces]
    else:
        vocab = char_vocab()
        chain = [vocab.id_of(":")] + reply_tokens(vocab, reply)
    if len(set(chain)) != len(chain):
        raise ValueError("every token of the reply must be different (the model only sees one token)")
    successor = dict(zip(chain, chain[1:]))
    successor[chain[-1]] = chain[2] if loop else EOS  # loop back past the leading "▁"

    n_vocab, n_ff, n_head = len(vocab.pieces), 2 * n_embd, max(1, n_embd // 128)
    rng = np.random.default_rng(seed)
    embeddings = rng.standard_normal((n_vocab, n_embd)).astype(np.float32)
    output = np.zeros((n_vocab, n_embd), dtype=np.float32)
    for current, following in successor.items():
        # logit(following | current) = |e_current|^2 ~ n_embd; every other logit ~ N(0, n_embd)^0.5
        output[following] += embeddings[current]
    writer = llama_writer(path, n_layers, n_embd, n_ff, n_head, n_ctx, vocab, "scripted-tiny-llama")
    writer.add_tensor("token_embd.weight", embeddings)
    ones = np.ones(n_embd, dtype=np.float32)
    for layer in range(n_layers):
        prefix = f"blk.{layer}"
        writer.add_tensor(f"{prefix}.attn_norm.weight", ones)
        writer.add_tensor(f"{prefix}.ffn_norm.weight", ones)
        for part in ("attn_q", "attn_k", "attn_v", "attn_output"):
            writer.add_tensor(f"{prefix}.{part}.weight", np.zeros((n_embd, n_embd), dtype=np.float32))
        writer.add_tensor(f"{prefix}.ffn_gate.weight", np.zeros((n_ff, n_embd), dtype=np.float32))
        writer.add_tensor(f"{prefix}.ffn_up.weight", np.zeros((n_ff, n_embd), dtype=np.float32))
        writer.add_tensor(f"{prefix}.ffn_down.weight", np.zeros((n_embd, n_ff), dtype=np.float32))
    writer.add_tensor("output_norm.weight", ones)
    writer.add_tensor("output.weight", output)
    finish(writer)
    return path


def word_vocab(size: int) -> Vocab:
    """A vocabulary of ``size`` tokens like a real 32000-token one: characters,
    then letter pairs and triples with and without "▁" (each reachable by
    SentencePiece merges), so English text tokenizes to realistic lengths."""
    letters = string.ascii_lowercase
    singles = [SPACE + a for a in letters]
    pairs = ["".join(p) for p in itertools.product(letters, repeat=2)]
    triples = ["".join(t) for t in itertools.product(letters, repeat=3)]
    extra = singles + pairs + [SPACE + p for p in pairs] + [w for t in triples for w in (t, SPACE + t)]
    room = size - len(char_vocab().pieces)
    return char_vocab(extra[:room] + [f"<unused{i}>" for i in range(room - len(extra))])


def write_random_llama(
    path: str | Path,
    *,
    n_layers: int,
    n_embd: int = 4096,
    n_ff: int = 11008,
    n_head: int = 32,
    n_vocab: int = 32000,
    n_ctx: int = 2048,
    seed: int = 0,
) -> Path:
    """Random f16 weights with a real llama architecture (speed and memory cost
    exactly what the real model's do; the text it writes is noise). All layers
    share one set of arrays, so writing a multi-GB file needs little memory."""
    path = Path(path)
    rng = np.random.default_rng(seed)

    def rand(*shape):
        return (rng.standard_normal(shape, dtype=np.float32) * 0.02).astype(np.float16)

    vocab = word_vocab(n_vocab)
    writer = llama_writer(path, n_layers, n_embd, n_ff, n_head, n_ctx, vocab, f"random-llama-{n_layers}L")
    writer.add_tensor("token_embd.weight", rand(n_vocab, n_embd))
    ones = np.ones(n_embd, dtype=np.float32)
    layer = {
        "attn_q": rand(n_embd, n_embd),
        "attn_k": rand(n_embd, n_embd),
        "attn_v": rand(n_embd, n_embd),
        "attn_output": rand(n_embd, n_embd),
        "ffn_gate": rand(n_ff, n_embd),
        "ffn_up": rand(n_ff, n_embd),
        "ffn_down": rand(n_embd, n_ff),
    }
    for index in range(n_layers):
        writer.add_tensor(f"blk.{index}.attn_norm.weight", ones)
        writer.add_tensor(f"blk.{index}.ffn_norm.weight", ones)
        for part, weights in layer.items():
            writer.add_tensor(f"blk.{index}.{part}.weight", weights)
    writer.add_tensor("output_norm.weight", ones)
    writer.add_tensor("output.weight", rand(n_vocab, n_embd))
    finish(writer)
    return path


def quantize(source: str | Path, target: str | Path, quant: str = "Q4_K_M", threads: int = 0) -> Path:
    """Quantize with llama.cpp itself (llama_model_quantize), as the published files were."""
    import llama_cpp

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = LLAMA_FTYPE[quant]
    params.nthread = threads
    status = llama_cpp.llama_model_quantize(str(source).encode(), str(target).encode(), ctypes.byref(params))
    if status != 0:
        raise RuntimeError(f"llama_model_quantize failed with status {status}")
    return Path(target)


def quantized_rows(ggml_type: int, row_length: int, rows: int = 8, seed: int = 0) -> np.ndarray:
    """``rows`` rows of random weights (as ``write_random_llama``'s) quantized by ggml itself
    (``ggml_quantize_chunk``): uint8, one row of blocks per row."""
    from app.core.engine import llama_private

    ggml = llama_private.ggml_library_of_llama_cpp_python()  # its symbols include libggml-base's
    ggml.ggml_row_size.restype = ctypes.c_size_t
    ggml.ggml_row_size.argtypes = [ctypes.c_int, ctypes.c_int64]
    ggml.ggml_quantize_chunk.restype = ctypes.c_size_t
    ggml.ggml_quantize_chunk.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int64,
                                         ctypes.c_int64, ctypes.c_int64, ctypes.c_void_p]  # fmt: skip
    source = (np.random.default_rng(seed).standard_normal((rows, row_length), dtype=np.float32) * 0.02).copy()
    if ggml_type == 0:  # F32: nothing to quantize
        return source.view(np.uint8)
    row_bytes = ggml.ggml_row_size(ggml_type, row_length)
    target = np.zeros((rows, row_bytes), dtype=np.uint8)
    ggml.ggml_quantize_chunk(ggml_type, source.ctypes.data, target.ctypes.data, 0, rows, row_length, None)
    return target


def write_quantized_random_llama(
    path: str | Path, *, n_layers: int, quant: str = "Q4_K_M", n_embd: int = 4096, n_ff: int = 11008,
    n_head: int = 32, n_vocab: int = 32000, n_ctx: int = 2048,
) -> Path:  # fmt: skip
    """A model as ``write_random_llama`` then ``quantize`` would make it, written straight in
    ``quant``: the same tensors, types (``quant_mix``: llama.cpp's choice per tensor) and sizes, so
    it costs the same memory and time, but a few quantized rows are repeated down each tensor.
    A 5.5b in seconds, where writing F16 and quantizing takes minutes and twice the disk."""
    import gguf

    from app.core.engine.quant_mix import llama_weights

    path = Path(path)
    weights = llama_weights(quant, n_layers, n_embd, n_embd, n_ff, n_vocab)
    if weights is None:
        raise ValueError(f"no tensor mix known for {quant}")
    vocab = word_vocab(n_vocab)
    name = f"random-llama-{n_layers}L-{quant}"
    writer = llama_writer(path, n_layers, n_embd, n_ff, n_head, n_ctx, vocab, name, LLAMA_FTYPE[quant])
    tiles: dict[tuple[int, int, int], np.ndarray] = {}  # one array per (type, row length, rows): layers share them
    for weight in weights:
        row_length, rows = weight.dims[0], (weight.dims[1] if len(weight.dims) > 1 else 1)
        key = (weight.ggml_type, row_length, rows)
        if key in tiles:
            pass
        elif len(weight.dims) == 1:  # a norm: ones, as in write_random_llama
            tiles[key] = np.ones(row_length, dtype=np.float32)
        else:
            block = quantized_rows(weight.ggml_type, row_length)
            tiles[key] = np.ascontiguousarray(np.tile(block, (rows // block.shape[0] + 1, 1))[:rows])
        data = tiles[key]
        if data.dtype == np.float32:
            writer.add_tensor(weight.name, data)
        else:
            writer.add_tensor(weight.name, data, raw_dtype=gguf.GGMLQuantizationType(weight.ggml_type))
    writer.add_quantization_version(gguf.GGML_QUANT_VERSION)  # as llama.cpp's quantizer writes it
    finish(writer)
    return path


def write_unknown_architecture(path: str | Path, architecture: str = "strangeformer") -> Path:
    """A well-formed GGUF of an architecture llama.cpp does not know: only llama.cpp itself refuses it."""
    import gguf

    writer = gguf.GGUFWriter(str(path), architecture)
    writer.add_block_count(1)
    writer.add_tensor("token_embd.weight", np.zeros((4, 8), dtype=np.float32))
    finish(writer)
    return Path(path)
