"""The tensors of a llama-architecture GGUF file at each quantization, before it is downloaded.

A "Q4_K_M" file is not all Q4_K: llama.cpp's quantizer gives some tensors more bits
(``src/llama-quant.cpp``, ``llama_tensor_get_type_impl``, in the version llama-cpp-python
0.3.36 vendors; tensors are visited block by block, so its counters are the block index).
Which tensors get which type decides how much of the file llama.cpp repacks (``repack.py``),
so the estimate of a file not yet on disk rebuilds its tensor list here. The rules below are
the ones that apply to a llama model without an importance matrix and without experts (every
model of the family); a file on disk is read instead (``gguf_header.GGUFHeader.weights``).
"""

from __future__ import annotations

from app.core.engine.repack import (
    F16,
    F32,
    IQ3_S,
    IQ3_XXS,
    IQ4_NL,
    IQ4_XS,
    Q2_K,
    Q3_K,
    Q4_0,
    Q4_1,
    Q4_K,
    Q5_0,
    Q5_1,
    Q5_K,
    Q6_K,
    Q8_0,
    Weight,
)
from app.core.models.gguf_header import tensor_bytes

# The quant names of the catalog -> the type most tensors get (llama_ftype_get_default_type).
DEFAULT_TYPE = {
    "Q4_0": Q4_0, "Q4_1": Q4_1, "Q5_0": Q5_0, "Q5_1": Q5_1, "Q8_0": Q8_0, "F16": F16,
    "Q2_K": Q2_K, "IQ3_XS": IQ3_S, "Q3_K_S": Q3_K, "Q3_K_M": Q3_K, "Q3_K_L": Q3_K,
    "Q4_K_S": Q4_K, "Q4_K_M": Q4_K, "Q5_K_S": Q5_K, "Q5_K_M": Q5_K, "Q6_K": Q6_K,
    "IQ4_NL": IQ4_NL, "IQ4_XS": IQ4_XS, "IQ3_S": IQ3_S, "IQ3_M": IQ3_S,
}  # fmt: skip
ALIASES = {"Q3_K": "Q3_K_M", "Q4_K": "Q4_K_M", "Q5_K": "Q5_K_M"}  # published copies under short names


def _more_bits(layer: int, layers: int) -> bool:
    """llama.cpp's ``use_more_bits``: the first and last eighth, and every third block between."""
    return layer < layers // 8 or layer >= 7 * layers // 8 or (layer - layers // 8) % 3 == 2


def _layer_type(quant: str, part: str, layer: int, layers: int, gqa: int) -> int:
    """The type of one block's tensor ``part`` (attn_q, attn_k, attn_v, attn_output, ffn_gate,
    ffn_up, ffn_down) in a ``quant`` file."""
    base = DEFAULT_TYPE[quant]
    if part == "attn_v":
        if quant == "Q2_K":
            return Q4_K if gqa >= 4 else Q3_K
        if quant in ("IQ3_XS", "IQ3_S") and gqa >= 4:
            return Q4_K
        if quant == "IQ3_M":
            return Q4_K
        if quant == "Q3_K_M":
            return Q5_K if layer < 2 else Q4_K
        if quant == "Q3_K_L":
            return Q5_K
        if quant in ("IQ4_NL", "IQ4_XS") and gqa >= 4:
            return Q5_K
        if quant in ("Q4_K_M", "Q5_K_M") and _more_bits(layer, layers):
            return Q6_K
        if quant == "Q4_K_S" and layer < 4:
            return Q5_K
        return base
    if part in ("attn_k", "attn_q"):
        return IQ3_XXS if quant == "IQ3_XS" else base
    if part == "ffn_down":
        if quant == "Q2_K":
            return Q3_K
        if quant == "Q3_K_M":
            return Q5_K if layer < layers // 16 else Q4_K
        if quant == "IQ3_M" and layer < layers // 8:
            return Q4_K
        if quant == "Q3_K_L":
            return Q5_K
        if quant == "Q4_K_M":
            return Q6_K if _more_bits(layer, layers) else base
        if quant in ("IQ4_NL", "IQ4_XS") and layer < layers // 8:
            return Q5_K
        if quant == "Q5_K_M" and _more_bits(layer, layers):
            return Q6_K
        if quant == "Q4_K_S" and layer < layers // 8:
            return Q5_K
        return base
    if part == "attn_output":
        return {"Q2_K": Q3_K, "Q3_K_M": Q4_K, "Q3_K_L": Q5_K, "IQ3_M": Q4_K}.get(quant, base)
    if part in ("ffn_gate", "ffn_up") and quant == "IQ3_XS" and layers // 8 <= layer < 7 * layers // 8:
        return IQ3_XXS
    return base


def llama_weights(quant: str, layers: int, hidden: int, kv_dim: int, ffn: int, vocab: int) -> list[Weight] | None:
    """The weights of a llama model with these dimensions quantized to ``quant`` by llama.cpp (no
    importance matrix); None for a quant these rules do not cover."""
    quant = ALIASES.get(quant, quant)
    if quant not in DEFAULT_TYPE:
        return None
    gqa = hidden // kv_dim if kv_dim else 1
    shapes = {
        "attn_q": (hidden, hidden), "attn_k": (hidden, kv_dim), "attn_v": (hidden, kv_dim),
        "attn_output": (hidden, hidden), "ffn_gate": (hidden, ffn), "ffn_up": (hidden, ffn),
        "ffn_down": (ffn, hidden),
    }  # fmt: skip
    base = DEFAULT_TYPE[quant]
    output = Q8_0 if base == Q8_0 else F16 if base == F16 else Q6_K

    def weight(name: str, ggml_type: int, dims: tuple[int, ...]) -> Weight:
        return Weight(name, ggml_type, dims, tensor_bytes(ggml_type, dims))

    weights = [weight("token_embd.weight", base, (hidden, vocab)), weight("output.weight", output, (hidden, vocab))]
    weights.append(weight("output_norm.weight", F32, (hidden,)))
    for layer in range(layers):
        for norm in ("attn_norm", "ffn_norm"):
            weights.append(weight(f"blk.{layer}.{norm}.weight", F32, (hidden,)))
        for part, dims in shapes.items():
            weights.append(weight(f"blk.{layer}.{part}.weight", _layer_type(quant, part, layer, layers, gqa), dims))
    return weights
