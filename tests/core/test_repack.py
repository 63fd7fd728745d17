"""llama.cpp's CPU repack rule by the build's features, the quantizer's tensor mixes, and both checked
against the real llama.cpp: its quantizer and what the loaded build allocates."""

from __future__ import annotations

import pytest

from app.core.engine.generation import LoadSettings
from app.core.engine.quant_mix import llama_weights
from app.core.engine.repack import (
    F16,
    IQ3_S,
    IQ4_NL,
    Q2_K,
    Q3_K,
    Q4_0,
    Q4_K,
    Q5_K,
    Q6_K,
    Q8_0,
    TYPE_NAMES,
    RepackedBytes,
    Weight,
    assumed_features,
    is_repacked,
    parse_system_info,
    read_cpu_features,
    repacked_bytes,
)
from app.core.fit.footprint import Architecture, Calibration, footprint, repack_bytes, repack_share
from app.core.models.catalog import MODELS_BY_KEY
from app.core.models.gguf_header import read_header
from app.core.sizes import MIB
from app.testing.gguf_models import quantize, write_random_llama

# The CPU parts of llama_print_system_info, as builds for these processors print them.
AVX2_ONLY = parse_system_info(
    "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | LLAMAFILE = 1 | "
    "OPENMP = 1 | REPACK = 1 | "
)
AVX512 = parse_system_info(
    "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | AVX512 = 1 | "
    "AVX512_VBMI = 1 | AVX512_VNNI = 1 | AVX512_BF16 = 1 | LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 | "
)
ARM_DOTPROD = parse_system_info(  # e.g. Cortex-A76, Graviton 2
    "CPU : NEON = 1 | ARM_FMA = 1 | FP16_VA = 1 | DOTPROD = 1 | LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 | "
)
ARM_I8MM = parse_system_info(  # e.g. Apple M2 and later
    "CPU : NEON = 1 | ARM_FMA = 1 | FP16_VA = 1 | MATMUL_INT8 = 1 | DOTPROD = 1 | ACCELERATE = 1 | REPACK = 1 | "
)
SSE_ONLY = parse_system_info("CPU : SSE3 = 1 | SSSE3 = 1 | LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 | ")
NO_REPACK_BUILD = parse_system_info("CPU : SSE3 = 1 | AVX = 1 | AVX2 = 1 | AVX512 = 1 | OPENMP = 1 | ")
FEATURE_SETS = {
    "AVX2 only": AVX2_ONLY, "AVX-512": AVX512, "ARM dotprod": ARM_DOTPROD, "ARM i8mm": ARM_I8MM,
    "SSE only": SSE_ONLY, "built without repack": NO_REPACK_BUILD,
}  # fmt: skip

# Which weight types each build repacks (repack.cpp, ggml_repack_get_optimal_repack_type).
REPACKED_TYPES = {
    "AVX2 only": {Q4_0, Q4_K, IQ4_NL},
    "AVX-512": {Q4_0, Q4_K, IQ4_NL, Q2_K},
    "ARM dotprod": {Q4_0, Q4_K, Q5_K, Q6_K, IQ4_NL, Q8_0},
    "ARM i8mm": {Q4_0, Q4_K, Q5_K, Q6_K, IQ4_NL, Q8_0},
    "SSE only": set(),
    "built without repack": set(),
}
ALL_TYPES = (Q4_0, Q8_0, Q2_K, Q3_K, Q4_K, Q5_K, Q6_K, IQ4_NL, IQ3_S, F16)
FAMILY_QUANTS = (
    "Q2_K", "Q3_K_S", "Q3_K_M", "Q3_K_L", "Q4_0", "Q4_1", "Q4_K_S", "Q4_K_M", "Q5_0", "Q5_1", "Q5_K_S",
    "Q5_K_M", "Q6_K", "Q8_0", "IQ4_NL", "IQ4_XS", "IQ3_M",
)  # fmt: skip


def test_the_cpu_part_of_llama_cpps_system_info_is_read_beside_other_backends():
    features = parse_system_info("CUDA : ARCHS = 890 | USE_GRAPHS = 1 | CPU : SSE3 = 1 | AVX2 = 1 | REPACK = 1 | ")
    assert features.has("AVX2", "REPACK") and not features.has("ARCHS") and not features.has("USE_GRAPHS")
    assert parse_system_info("CPU : SSE3 = 1 | AVX2 = 1 | CUDA : AVX512 = 1 |").names == {"SSE3", "AVX2"}
    graviton3 = parse_system_info("CPU : NEON = 1 | MATMUL_INT8 = 1 | SVE = 1 | DOTPROD = 1 | SVE_CNT = 32 | ")
    assert graviton3.sve_bytes == 32 and graviton3.has("SVE")
    assert parse_system_info("CPU : AVX2 = 0 | AVX = 1 |").names == {"AVX"}
    assert parse_system_info("CUDA : ARCHS = 890 | ") is None  # a portable build before its CPU part is loaded
    assert parse_system_info("") is None


@pytest.mark.parametrize("feature_set", FEATURE_SETS)
def test_each_weight_type_is_repacked_only_where_the_build_has_its_kernel(feature_set):
    features = FEATURE_SETS[feature_set]
    repacked = {t for t in ALL_TYPES if is_repacked(t, 4096, features)}
    assert {TYPE_NAMES[t] for t in repacked} == {TYPE_NAMES[t] for t in REPACKED_TYPES[feature_set]}


def test_the_row_count_must_suit_the_kernels_interleave():
    assert is_repacked(Q4_K, 4096, AVX2_ONLY) and not is_repacked(Q4_K, 4100, AVX2_ONLY)  # 8 rows at a time
    assert not is_repacked(Q4_0, 12, AVX2_ONLY) and is_repacked(Q4_0, 12, ARM_DOTPROD)  # 4 rows on ARM
    sve_256 = parse_system_info("CPU : SVE = 1 | MATMUL_INT8 = 1 | SVE_CNT = 32 | REPACK = 1 |")
    assert is_repacked(Q4_0, 4096, sve_256) and not is_repacked(Q4_K, 4096, sve_256)


def shares(model_key: str, features) -> dict[str, float]:
    arch = Architecture.of(MODELS_BY_KEY[model_key])
    return {quant: repack_share(arch, quant, features) for quant in FAMILY_QUANTS}


def test_each_quant_of_the_family_is_repacked_as_the_build_allows():
    avx2, avx512, arm = shares("3.7b", AVX2_ONLY), shares("3.7b", AVX512), shares("3.7b", ARM_I8MM)
    # The defect this fixes: an AVX2-only build does not repack Q2_K files (AVX-512 builds repack their Q2_K part).
    assert avx2["Q2_K"] == 0 and 0.5 < avx512["Q2_K"] < 0.6  # attn_q, attn_k, ffn_gate and ffn_up are Q2_K
    assert all(avx2[q] == avx512[q] for q in FAMILY_QUANTS if q != "Q2_K")
    # x86 repacks Q4_0, IQ4_NL and the Q4_K part of the K mixes (the layer norms, f32, never). Q3_K_M has
    # Q4_K parts (attn_v, attn_output, most of ffn_down), Q3_K_L none; the first ffn_down of IQ4_NL are Q5_K.
    assert avx2["Q4_0"] == pytest.approx(1, abs=1e-3) and 0.95 < avx2["IQ4_NL"] < 0.98
    assert 0.9 < avx2["Q4_K_S"] < 0.95 and 0.75 < avx2["Q4_K_M"] < 0.8 and 0.4 < avx2["Q3_K_M"] < 0.45
    assert 0.2 < avx2["IQ3_M"] < 0.25
    for quant in ("Q3_K_S", "Q3_K_L", "Q4_1", "Q5_0", "Q5_1", "Q5_K_S", "Q5_K_M", "Q6_K", "Q8_0", "IQ4_XS"):
        assert avx2[quant] == 0, quant
    # ARM also repacks Q5_K, Q6_K and Q8_0, but not Q2_K or Q3_K.
    for quant in ("Q4_0", "Q4_K_S", "Q4_K_M", "Q5_K_S", "Q5_K_M", "Q6_K", "Q8_0"):
        assert arm[quant] == pytest.approx(1, abs=1e-3), quant
    assert arm["Q2_K"] == arm["Q3_K_S"] == 0 and 0.45 < arm["Q3_K_L"] < 0.55
    assert shares("3.7b", ARM_DOTPROD) == arm  # the dot product kernels cover the same types
    assert all(share == 0 for share in shares("3.7b", SSE_ONLY).values())


def test_outside_the_layers_only_the_output_matrix_can_be_repacked():
    arch = Architecture.of(MODELS_BY_KEY["1.5b"])
    weights = llama_weights("Q8_0", arch.layers, arch.hidden, arch.kv_dim, arch.ffn, arch.vocab)
    output = next(w for w in weights if w.name == "output.weight")
    # ARM repacks the Q8_0 output matrix, never the embeddings (looked up by row, not multiplied).
    assert repacked_bytes(weights, ARM_I8MM).outside == output.nbytes
    assert repack_bytes(arch, "Q8_0", ARM_I8MM, cpu_layers=0) == output.nbytes
    assert repack_bytes(arch, "Q8_0", AVX512) == 0


def test_a_model_without_an_output_matrix_multiplies_by_its_embeddings_which_may_be_repacked():
    embeddings = Weight("token_embd.weight", Q8_0, (640, 262144), 640 * 262144 * 34 // 32)
    layer = Weight("blk.0.attn_q.weight", Q4_K, (640, 1024), 640 * 1024 * 144 // 256)
    assert repacked_bytes([embeddings, layer], ARM_I8MM) == RepackedBytes(layer.nbytes, embeddings.nbytes)
    assert repacked_bytes([embeddings, layer], AVX512) == RepackedBytes(layer.nbytes, 0)  # no Q8_0 kernel
    output = Weight("output.weight", Q6_K, (640, 262144), 640 * 262144 * 210 // 256)
    assert repacked_bytes([embeddings, layer, output], ARM_I8MM).outside == output.nbytes


def test_the_3_7b_q2_k_estimate_on_an_avx2_only_build_is_what_was_measured_there():
    """Issue 19: on an AVX2-only computer a 3.7b Q2_K proxy peaked at 1,651 MiB at context 512 and
    2,065 MiB at 2,048; the estimate said 2,268 and 2,758 (it assumed a repack copy of Q2_K)."""
    arch = Architecture.of(MODELS_BY_KEY["3.7b"])
    file_bytes = 1_416_422_688  # bench/.cache/proxy-17L-Q2_K.gguf (the old estimate: 2,268 MiB at 512, as reported)
    on_avx2 = Calibration(cpu_features=AVX2_ONLY)
    for n_ctx, measured_mib in ((512, 1651), (2048, 2065)):
        predicted = footprint(file_bytes, arch, "Q2_K", n_ctx, calibration=on_avx2).cpu_bytes / MIB
        assert predicted == pytest.approx(measured_mib, rel=0.10), n_ctx
    on_avx512 = Calibration(cpu_features=AVX512)
    assert footprint(file_bytes, arch, "Q2_K", 512, calibration=on_avx512).repack > 400 * MIB


def test_until_the_build_is_asked_the_estimate_assumes_the_most_repacking():
    assert assumed_features("x86_64").has("AVX2", "AVX512", "REPACK") and not assumed_features("x86_64").read
    assert assumed_features("arm64").has("NEON", "DOTPROD", "MATMUL_INT8")
    assert Calibration().features == assumed_features()


@pytest.fixture(scope="module")
def mixes(tmp_path_factory) -> dict[str, object]:
    """A small llama model with the 3.7b's 17 layers (so every layer rule of the quantizer shows),
    quantized by llama.cpp to each quant of the family."""
    folder = tmp_path_factory.mktemp("mixes")
    source = write_random_llama(folder / "m17.F16.gguf", n_layers=17, n_embd=256, n_ff=768, n_head=4, n_vocab=1000)
    return {quant: read_header(quantize(source, folder / f"m17.{quant}.gguf", quant)) for quant in FAMILY_QUANTS}


@pytest.mark.parametrize("quant", FAMILY_QUANTS)
def test_the_rebuilt_tensor_list_is_what_llama_cpps_quantizer_writes(mixes, quant):
    header = mixes[quant]
    written = {w.name: (TYPE_NAMES.get(w.ggml_type), w.dims, w.nbytes) for w in header.weights}
    rebuilt = {
        w.name: (TYPE_NAMES.get(w.ggml_type), w.dims, w.nbytes) for w in llama_weights(quant, 17, 256, 256, 768, 1000)
    }
    assert rebuilt == written


def test_the_features_are_read_from_the_loaded_build_and_predict_its_repack_copy(mixes, engine):
    """The real llama.cpp here: the features its build reports, and the repack copy it makes of each
    kind of file, as the rule predicts from the file's tensors and those features."""
    import llama_cpp

    features = read_cpu_features()
    assert features is not None and features.read and features.has("REPACK")
    in_this_process = parse_system_info(llama_cpp.llama_print_system_info().decode())
    assert in_this_process is None or features == in_this_process  # None: a portable build, CPU part not loaded
    for quant in ("Q2_K", "Q4_0", "Q4_K_M", "Q6_K", "Q8_0"):
        header = mixes[quant]
        engine.load(header.path, LoadSettings(n_ctx=256))
        logged = engine.measure(prompt_tokens=8, decode_tokens=2, seconds=1).buffers.get("CPU_REPACK model", 0)
        predicted = repacked_bytes(header.weights, features)
        assert predicted.in_layers + predicted.outside == pytest.approx(logged, abs=0.02 * MIB), quant
