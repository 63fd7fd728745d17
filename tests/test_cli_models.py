"""`shortchat models` and `shortchat hardware` as a person runs them, against a local fake hub."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from app.core.models.catalog import DEFAULT_FAMILY, estimated_file_bytes
from app.core.models.quants import QUANTS
from tests.conftest import DEAD_ENDPOINT


def shortchat(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=120, env=dict(os.environ)
    )


def publish_realistic_listings(hub, sizes=("1.5b", "2.7b", "3.7b")) -> None:
    for model in DEFAULT_FAMILY:
        if model.key not in sizes:
            continue
        for quant in QUANTS.values():
            name = f"{model.file_stem}.{quant.name}.gguf"
            hub.add_listing(model.repos[0], name, estimated_file_bytes(model, quant.name), f"{quant.name:0<64}"[:64])


def test_models_json_recommends_a_sensible_quant_for_8gb(fake_hub):
    publish_realistic_listings(fake_hub)
    result = shortchat("models", "--ram", "8GB", "--vram", "0", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    for key in ("size", "quant", "repo", "file", "file_bytes", "est_bytes", "verdict", "recommended", "gpu_layers"):
        assert all(key in row for row in rows)
    best = [row for row in rows if row["recommended"]]
    assert len(best) == 1
    assert best[0]["size"] in ("1.5b", "2.7b", "3.7b")
    assert best[0]["gpu_layers"] == 0
    assert best[0]["verdict"] == "Fits easily"
    assert {row["availability"] for row in rows if row["size"] == "5.5b"} == {"not_published"}


def test_models_table_offline_answers_from_the_cache(fake_hub, monkeypatch):
    publish_realistic_listings(fake_hub)
    online = shortchat("models", "--ram", "8GB", "--vram", "0", "--json")
    monkeypatch.setenv("HF_ENDPOINT", DEAD_ENDPOINT)
    offline = shortchat("models", "--ram", "8GB", "--vram", "0")
    assert offline.returncode == 0, offline.stderr
    assert "offline" in offline.stderr
    best_online = next(row for row in json.loads(online.stdout) if row["recommended"])
    assert f"the {best_online['size']} model at {best_online['quant']}" in offline.stdout
    assert "not published yet" in offline.stdout  # 5.5b, remembered from the hub's answer


def test_more_memory_never_gets_a_worse_recommendation(fake_hub):
    publish_realistic_listings(fake_hub, sizes=("1.5b", "2.7b", "3.7b", "5.5b"))
    picks = []
    for ram in ("4GB", "8GB", "16GB", "32GB"):
        rows = json.loads(shortchat("models", "--ram", ram, "--vram", "0", "--json").stdout)
        best = next(row for row in rows if row["recommended"])
        picks.append(best)
    params = [{"1.5b": 1, "2.7b": 2, "3.7b": 3, "5.5b": 4}[p["size"]] for p in picks]
    assert params == sorted(params)


def test_bad_size_is_one_clear_line():
    result = shortchat("models", "--ram", "lots")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "shortchat models: argument --ram: 'lots' is not a size (write it like 8GB or 512MiB)"
    ]


def test_hardware_json():
    result = shortchat("hardware", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["ram_total"] > 0 and data["cpu_cores"] >= 1 and "gpus" in data


def test_probe_then_models_shows_the_measured_row_and_speeds(fake_hub, family, tmp_path):
    """`shortchat probe` measures a downloaded file; `models --json` then marks its row measured."""
    model = next(m for m in DEFAULT_FAMILY if m.key == "1.5b")
    file = tmp_path / f"{model.file_stem}.Q4_K_M.gguf"
    file.write_bytes(family["4L Q4_K_M"].read_bytes())
    publish_realistic_listings(fake_hub, sizes=("2.7b",))
    fake_hub.add_listing(model.repos[0], file.name, file.stat().st_size, "a" * 64)

    before = json.loads(shortchat("models", "--json").stdout)
    assert not any(row["measured"] for row in before)
    assert all(row["tok_s_est"] > 0 and row["tok_s_measured"] is None and row["max_ctx"] > 0 for row in before)

    probed = shortchat("probe", str(file))
    assert probed.returncode == 0, probed.stderr
    assert "KV cache" in probed.stdout and "tokens/s" in probed.stdout and "estimated before" in probed.stdout
    as_json = json.loads(shortchat("probe", str(file), "--json", "--ctx", "1024").stdout)
    assert as_json["n_ctx"] == 1024 and as_json["buffers"]["CPU KV"] == 2 * 4 * 256 * 2 * 1024

    after = json.loads(shortchat("models", "--json").stdout)
    (row,) = [r for r in after if r["file"] == file.name]
    assert row["measured"] is True and row["tok_s_measured"] > 0
    assert row["est_ram_bytes"] < 400 * 2**20  # what the tiny file really took, not a 1.5b estimate
    assert not any(r["measured"] for r in after if r["file"] != file.name)
    table = shortchat("models").stdout
    assert "measured here" in table and "words/s" in table


def test_compare_answers_with_both_models(scripted_q4, looping_q4):
    result = shortchat("compare", "--a", str(scripted_q4), "--b", str(looping_q4), "--prompt", "Hello",
                       "--max-tokens", "8", "--temperature", "0", "--json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout)
    assert answers["A"]["answer"] == "Hi!😀" and answers["A"]["tokens_per_s"] > 0
    assert answers["B"]["tokens"] == 8 and answers["B"]["answer"].startswith("abab")
    shown = shortchat("compare", "--a", str(scripted_q4), "--b", str(looping_q4), "--prompt", "Hello",
                      "--max-tokens", "8")  # fmt: skip
    assert "== A: scripted-Q4_K_M ==" in shown.stdout and "words/s" in shown.stdout
    assert "too short to tell" in shown.stdout and "times as fast" not in shown.stdout  # 8 tokens: no verdict
    missing = shortchat("compare", "--a", "nothing.gguf", "--b", str(looping_q4), "--prompt", "Hi")
    assert missing.returncode == 1 and "nothing.gguf" in missing.stderr  # errors on stderr (issue 13, item 8)
