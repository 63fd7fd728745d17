"""Every use of llama-cpp-python's private layer, in one place.

``Llama`` does not expose what ShortChat needs for a few things: the model's vocabulary and
parameter count, the context handle (abort callback, sequence states), the KV cache's token list
(``input_ids``, ``n_tokens``) when a prompt is read in batches or a saved state restored, the
model parameters it builds (repack switch, load progress) and its metadata reader (chat templates).
Those reach into ``Llama._model``, ``Llama._ctx``, ``llama_cpp._internals`` and ``llama_cpp._ggml``,
which may change with any llama-cpp-python release: when one does, this module is what to read.

Runs in llama.cpp's process only; llama_cpp is imported inside the functions, so importing this
module costs nothing.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

_METADATA_VALUE_BYTES = 4096  # longer values are cut: llama-cpp-python only reads short flags from them

# -- the model -----------------------------------------------------------------------------------


def adds_bos(llama) -> bool:
    """Whether the model's vocabulary puts BOS before a prompt."""
    import llama_cpp

    return bool(llama_cpp.llama_vocab_get_add_bos(llama._model.vocab))


def end_of_generation_test(llama) -> Callable[[int], bool]:
    """A test of whether a token ends generation (EOS, EOT and the like)."""
    import llama_cpp

    vocab = llama._model.vocab
    return lambda token: bool(llama_cpp.llama_vocab_is_eog(vocab, token))


def trained_context(llama) -> int:
    return int(llama._model.n_ctx_train())


def parameter_count(llama) -> int:
    import llama_cpp

    return int(llama_cpp.llama_model_n_params(llama._model.model))


# -- the KV cache --------------------------------------------------------------------------------


def cached_tokens(llama) -> Sequence[int]:
    """The tokens the KV cache holds, as llama-cpp-python keeps track of them."""
    return llama.input_ids[: llama.n_tokens]


def keep_cached(llama, count: int) -> None:
    """Drop all but the first ``count`` tokens of the KV cache."""
    llama._ctx.kv_cache_seq_rm(-1, count, -1)
    llama.n_tokens = count


def set_cached(llama, tokens: Sequence[int]) -> None:
    """The KV cache holds ``tokens`` (restored from a state): say so, and drop anything beyond them."""
    llama.input_ids[: len(tokens)] = tokens
    keep_cached(llama, len(tokens))


# -- the context: abort callback and sequence states ----------------------------------------------


def set_abort_callback(llama, callback) -> None:
    """Install a ``llama_cpp.ggml_abort_callback`` (kept alive by the caller)."""
    import llama_cpp

    llama_cpp.llama_set_abort_callback(llama._ctx.ctx, callback, None)


def clear_abort_callback(llama) -> None:
    import llama_cpp

    llama_cpp.llama_set_abort_callback(llama._ctx.ctx, llama_cpp.ggml_abort_callback(), None)


def state_size(llama) -> int:
    """Bytes of sequence 0's state, as llama.cpp would write it."""
    import llama_cpp

    return int(llama_cpp.llama_state_seq_get_size(llama._ctx.ctx, 0))


def save_state(llama, path: str | os.PathLike[str], tokens: Sequence[int]) -> int:
    """Write sequence 0's state, under ``tokens``, to ``path``; the bytes written (0: it failed)."""
    import llama_cpp

    array = (llama_cpp.llama_token * len(tokens))(*tokens)
    return int(llama_cpp.llama_state_seq_save_file(llama._ctx.ctx, os.fsencode(path), 0, array, len(tokens)))


def load_state(llama, path: str | os.PathLike[str], count: int) -> bool:
    """Load the state at ``path`` (saved under ``count`` tokens) into sequence 0; whether it loaded whole."""
    import llama_cpp

    tokens_out = (llama_cpp.llama_token * max(1, count))()
    n_out = ctypes.c_size_t(0)
    loaded = llama_cpp.llama_state_seq_load_file(
        llama._ctx.ctx, os.fsencode(path), 0, tokens_out, count, ctypes.byref(n_out)
    )
    return bool(loaded) and n_out.value == count


# -- building a Llama ----------------------------------------------------------------------------


@contextmanager
def model_params_and_metadata(use_extra_bufts: bool, progress_callback=None) -> Iterator[None]:
    """While ``Llama(...)`` is built in this block: llama.cpp's repack switch and load progress
    callback (which Llama() does not expose), and the model's metadata without its chat templates.

    Llama.__init__ takes its model parameters from llama_model_default_params(); for this block
    that function returns them with our choice. It also compiles every ``tokenizer.chat_template*``
    with Jinja2 (whatever chat_format says), so one it cannot compile makes a good model
    unloadable, and it copies and logs them whole; ShortChat builds its own prompt and never uses
    them, so the metadata is read without them (``_metadata_without_chat_templates``).
    """
    import llama_cpp._internals as internals
    import llama_cpp.llama_cpp as llama_lib

    original = llama_lib.llama_model_default_params
    original_metadata = internals.LlamaModel.metadata

    def params_with_repack_choice():
        params = original()
        params.use_extra_bufts = use_extra_bufts
        if progress_callback is not None:
            params.progress_callback = progress_callback
        return params

    llama_lib.llama_model_default_params = params_with_repack_choice
    internals.LlamaModel.metadata = _metadata_without_chat_templates
    try:
        yield
    finally:
        llama_lib.llama_model_default_params = original
        internals.LlamaModel.metadata = original_metadata


def _metadata_without_chat_templates(model) -> dict[str, str]:
    """``LlamaModel.metadata()`` (the GGUF's values as text) leaving out the chat templates
    without reading them, and cutting other long values."""
    import llama_cpp.llama_cpp as llama_lib

    metadata: dict[str, str] = {}
    buffer = ctypes.create_string_buffer(_METADATA_VALUE_BYTES)
    for index in range(llama_lib.llama_model_meta_count(model.model)):
        llama_lib.llama_model_meta_key_by_index(model.model, index, buffer, _METADATA_VALUE_BYTES)
        key = buffer.value.decode("utf-8", errors="replace")
        if key.startswith("tokenizer.chat_template"):
            continue
        llama_lib.llama_model_meta_val_str_by_index(model.model, index, buffer, _METADATA_VALUE_BYTES)
        metadata[key] = buffer.value.decode("utf-8", errors="replace")
    return metadata


# -- ggml, as llama-cpp-python loads it ----------------------------------------------------------


def ggml_base_library() -> Path:
    """Where llama-cpp-python's own ``libggml-base`` is (its other libraries lie beside it)."""
    from llama_cpp import _ggml

    return Path(_ggml.libggml_base_path)


def ggml_library_of_llama_cpp_python():
    """The ggml library llama-cpp-python loaded itself (a ctypes CDLL)."""
    from llama_cpp import _ggml

    return _ggml.libggml
