"""The engine chats with each model in its own template, and loads models whose chat template
llama-cpp-python cannot compile (ShortChat never renders one)."""

from __future__ import annotations

import shutil

from app.core.engine.generation import GenerationOptions
from app.core.engine.prompt import ALPACA_SYSTEM, VICUNA_SYSTEM
from tests.conftest import SCRIPTED_REPLY
from tests.core import gguf_bytes as gb

GREEDY = GenerationOptions(temperature=0, max_tokens=32)


def test_a_model_with_a_malformed_chat_template_loads_and_chats(engine, scripted_q4, tmp_path):
    broken = {"tokenizer.chat_template": gb.string("{% if messages %}{{ unclosed"),
              "tokenizer.chat_template.tool_use": gb.string("{% for %}")}  # fmt: skip
    path = gb.edit(scripted_q4, tmp_path / "broken-template.gguf", broken)
    info = engine.load(path)
    assert info.n_layers == 2
    assert "".join(engine.chat("hi", options=GREEDY)) == SCRIPTED_REPLY


def test_a_model_with_a_huge_chat_template_loads(engine, scripted_q4, tmp_path):
    template = "{{ messages }}" * (8 * 1024 * 1024 // 14)  # 8 MiB
    path = gb.edit(scripted_q4, tmp_path / "huge-template.gguf", {"tokenizer.chat_template": gb.string(template)})
    engine.load(path)
    assert "".join(engine.chat("hi", options=GREEDY)) == SCRIPTED_REPLY
    assert engine.log_path.stat().st_size < 1024 * 1024  # the template is not written into the log


def test_an_st_model_is_prompted_with_alpaca_and_a_cpt_model_with_vicuna(engine, scripted_q4, tmp_path):
    alpaca = shutil.copyfile(scripted_q4, tmp_path / "st-vicuna-v1.3-5.5b-ppl.Q4_K_M.gguf")
    engine.load(alpaca)
    prompt = engine.prepare("Hello", system=VICUNA_SYSTEM)
    assert prompt.text == f"{ALPACA_SYSTEM}\n\n### Instruction: Hello\n\n### Response:"
    assert "".join(engine.chat("hi", options=GREEDY)) == SCRIPTED_REPLY  # the reply follows "### Response:"

    vicuna = shutil.copyfile(scripted_q4, tmp_path / "cpt_st-vicuna-v1.3-1.5b-ppl.Q4_K_M.gguf")
    engine.load(vicuna)
    assert engine.prepare("Hello", system=VICUNA_SYSTEM).text == f"{VICUNA_SYSTEM} USER: Hello ASSISTANT:"


def test_a_reply_stops_where_an_alpaca_model_starts_the_next_instruction(engine, tmp_path):
    from app.testing.gguf_models import write_scripted_llama

    path = write_scripted_llama(tmp_path / "st-llama-1-5.5b-ppl.F32.gguf", pieces=["Sure.", "\n\n", "### Instruction:"])
    engine.load(path)
    stream = engine.chat("hi", options=GREEDY)
    assert "".join(stream).strip() == "Sure."
    assert stream.stats.stop_reason == "stop_string"
