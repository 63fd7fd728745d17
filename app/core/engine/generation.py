"""Plain data passed between the engine, its llama.cpp process and the callers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_CONTEXT = 2048  # the trained context of every Shortened-LLaMA model


@dataclass(frozen=True)
class LoadSettings:
    n_ctx: int | None = None  # None: the model's trained context, at most DEFAULT_CONTEXT
    n_threads: int | None = None  # None: one per physical core
    n_gpu_layers: int = 0  # -1: all
    n_batch: int = 512
    use_repack: bool = True  # llama.cpp's CPU weight repack: faster, uses more memory
    flash_attn: bool = False  # llama.cpp's flash attention: a smaller compute buffer
    kv_cache_type: str = "f16"  # the chat memory's number format: "f16", or "q8_0" (half the size; needs flash_attn)


@dataclass(frozen=True)
class ModelInfo:
    path: Path
    name: str
    architecture: str
    n_ctx: int
    n_ctx_train: int
    n_layers: int
    n_params: int
    file_bytes: int
    n_threads: int
    n_gpu_layers: int
    load_seconds: float
    use_repack: bool = True
    flash_attn: bool = False
    kv_cache_type: str = "f16"


@dataclass(frozen=True)
class GenerationOptions:
    max_tokens: int = 512  # Engine.chat caps it at half the context
    temperature: float = 0.7  # 0: always the most likely token
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    seed: int | None = None  # None: a new random seed per reply
    stop: tuple[str, ...] = ()  # more texts that end a reply (besides "USER:"), left out of it
    # The reply goes on from text already written (Continue after the length limit): its first
    # word keeps the space before it.
    continuation: bool = False


@dataclass(frozen=True)
class ReplyStats:
    prompt_tokens: int  # tokens in the whole prompt
    evaluated_tokens: int  # of those, the ones read this turn (the rest came from the cache)
    reply_tokens: int
    time_to_first_token_s: float  # from the request to the first reply token
    decode_tokens_per_s: float  # reply tokens after the first, per second
    stop_reason: str  # "eos", "length", "stop_string", "cancelled"

    @property
    def cancelled(self) -> bool:
        return self.stop_reason == "cancelled"


@dataclass(frozen=True)
class Measurement:
    """What one model really cost in its llama.cpp process (``Engine.measure``)."""

    buffers: dict[str, int] = field(default_factory=dict)  # "CPU_REPACK model" -> bytes, as llama.cpp logged them
    baseline_bytes: int = 0  # resident memory of the process before the model was loaded
    peak_bytes: int = 0  # the most resident memory the process has had
    prompt_tokens: int = 0
    prompt_tokens_per_s: float = 0.0
    decode_tokens: int = 0
    decode_tokens_per_s: float = 0.0
