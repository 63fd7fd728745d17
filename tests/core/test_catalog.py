"""The catalog asks the (fake, local) hub what exists, caches it, and copes without it."""

from __future__ import annotations

import json

from app.core.models.catalog import DEFAULT_FAMILY, MODELS_BY_KEY, Catalog
from app.core.models.quants import QUANTS
from tests.conftest import DEAD_ENDPOINT

REPO_15 = "RichardErkhov/nota-ai_-_cpt_st-vicuna-v1.3-1.5b-ppl-gguf"
REPO_27 = "RichardErkhov/nota-ai_-_cpt_st-vicuna-v1.3-2.7b-ppl-gguf"


def publish(hub) -> dict[str, str]:
    digests = {}
    for quant in ("Q2_K", "Q4_K_M", "Q4_K", "Q8_0"):
        hosted = hub.add_file(REPO_15, f"cpt_st-vicuna-v1.3-1.5b-ppl.{quant}.gguf", f"model {quant}".encode())
        digests[quant] = hosted.sha256
    hub.add_file(REPO_15, "README.md", b"# readme")
    hub.add_file(REPO_27, "cpt_st-vicuna-v1.3-2.7b-ppl.Q4_K_M.gguf", b"2.7b model")
    return digests


def entry(entries, size, quant):
    return next(e for e in entries if e.model.key == size and e.quant == quant)


def test_lists_sizes_and_checksums_from_the_hub(fake_hub, tmp_path):
    digests = publish(fake_hub)
    catalog = Catalog(cache_path=tmp_path / "catalog.json")
    catalog.refresh(DEFAULT_FAMILY)
    entries = catalog.entries()
    q4 = entry(entries, "1.5b", "Q4_K_M")
    assert (q4.availability, q4.source, q4.size_known) == ("available", "hub", True)
    assert q4.file == "cpt_st-vicuna-v1.3-1.5b-ppl.Q4_K_M.gguf"
    assert q4.file_bytes == len(b"model Q4_K_M")
    assert q4.sha256 == digests["Q4_K_M"]
    assert entry(entries, "1.5b", "Q5_K_M").availability == "not_published"  # repo exists, file does not
    assert entry(entries, "2.7b", "Q4_K_M").availability == "available"
    assert all(e.availability == "not_published" for e in entries if e.model.key in ("3.7b", "5.5b"))
    assert not catalog.offline
    assert {e.quant for e in entries if e.model.key == "1.5b"} == {q.name for q in QUANTS.values() if not q.alias_of}
    assert len({e.quant for e in entries if e.model.key == "1.5b"}) == 22 - 3  # Q3_K, Q4_K, Q5_K are aliases


def test_answers_are_cached_with_the_time(fake_hub, tmp_path):
    publish(fake_hub)
    cache = tmp_path / "catalog.json"
    Catalog(cache_path=cache).refresh(DEFAULT_FAMILY)
    data = json.loads(cache.read_text())
    assert data[REPO_15]["status"] == "ok" and data[REPO_15]["fetched_at"] > 0
    assert data["RichardErkhov/nota-ai_-_cpt_st-vicuna-v1.3-5.5b-ppl-gguf"]["status"] == "missing"


def test_unreachable_hub_answers_from_the_cache(fake_hub, tmp_path, monkeypatch):
    digests = publish(fake_hub)
    cache = tmp_path / "catalog.json"
    Catalog(cache_path=cache).refresh(DEFAULT_FAMILY)
    monkeypatch.setenv("HF_ENDPOINT", DEAD_ENDPOINT)
    offline = Catalog(cache_path=cache)
    offline.refresh(DEFAULT_FAMILY)
    assert offline.offline
    q4 = entry(offline.entries(), "1.5b", "Q4_K_M")
    assert (q4.availability, q4.source, q4.sha256) == ("available", "cache", digests["Q4_K_M"])
    assert entry(offline.entries(), "3.7b", "Q4_K_M").availability == "not_published"


def test_unreachable_hub_and_no_cache_uses_the_bundled_snapshot(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", DEAD_ENDPOINT)
    catalog = Catalog(cache_path=tmp_path / "none.json")
    catalog.refresh(DEFAULT_FAMILY)
    entries = catalog.entries()
    q4 = entry(entries, "1.5b", "Q4_K_M")
    assert (q4.availability, q4.source, q4.sha256) == ("available", "snapshot", None)
    assert q4.file_bytes == 897_326_912
    assert entry(entries, "3.7b", "Q4_K_M").availability == "unknown"  # never heard of: not "missing"
    assert not (tmp_path / "none.json").exists()  # nothing new learned, nothing written


def test_malformed_answer_is_ignored_not_fatal(fake_hub, tmp_path):
    publish(fake_hub)
    fake_hub.faults.malformed_info.add(REPO_27)
    catalog = Catalog(cache_path=tmp_path / "catalog.json")
    catalog.refresh(DEFAULT_FAMILY)
    assert entry(catalog.entries(), "1.5b", "Q4_K_M").availability == "available"
    assert entry(catalog.entries(), "2.7b", "Q4_K_M").availability == "unknown"


def test_damaged_cache_file_is_ignored(tmp_path, monkeypatch):
    cache = tmp_path / "catalog.json"
    cache.write_text('{"RichardErkhov/x": {"status": "ok", "files": [{"name": 1}]}, "broken": 5')
    monkeypatch.setenv("HF_ENDPOINT", DEAD_ENDPOINT)
    catalog = Catalog(cache_path=cache)
    catalog.refresh(DEFAULT_FAMILY)
    assert entry(catalog.entries(), "1.5b", "Q4_K_M").source == "snapshot"


def test_architectures_follow_the_paper():
    assert [MODELS_BY_KEY[k].layers for k in ("1.5b", "2.7b", "3.7b", "5.5b")] == [6, 12, 17, 26]
    assert abs(MODELS_BY_KEY["1.5b"].params - 1.48e9) < 0.01e9
    assert abs(MODELS_BY_KEY["5.5b"].params - 5.52e9) < 0.01e9
    assert MODELS_BY_KEY["1.5b"].template == "vicuna_v1.1"
    assert MODELS_BY_KEY["st-vicuna-5.5b-ppl"].template == "alpaca"
    assert MODELS_BY_KEY["st-vicuna-10.5b-ppl"].quality.wikitext2_ppl == 16.10


# -- the template each model was tuned on --------------------------------------------------------------


def test_each_catalog_model_is_prompted_with_its_own_template(tmp_path):
    from app.core.models.catalog import MODELS, template_for_file

    for model in MODELS:
        for quant in ("Q4_K_M", "Q2_K"):
            assert template_for_file(tmp_path / f"{model.file_stem}.{quant}.gguf") == model.template
    assert template_for_file(tmp_path / "st-vicuna-v1.3-10.5b-ppl.Q4_K_M.gguf") == "alpaca"
    assert template_for_file(tmp_path / "cpt_st-vicuna-v1.3-5.5b-ppl.Q4_K_M.gguf") == "vicuna_v1.1"
    assert template_for_file(tmp_path / "my-own-model.gguf") == "vicuna_v1.1"  # unknown files keep Vicuna


def test_a_download_is_known_by_its_repo_whatever_its_file_is_called(tmp_path):
    import json

    from app.core.models.catalog import template_for_file

    (tmp_path / ".partial").mkdir()
    record = {"repo": "QuantFactory/st-llama-1-5.5b-ppl-GGUF", "file": "renamed.gguf", "size": 1, "sha256": "x"}
    (tmp_path / ".partial" / "renamed.gguf.source.json").write_text(json.dumps(record))
    assert template_for_file(tmp_path / "renamed.gguf") == "alpaca"
    (tmp_path / ".partial" / "broken.gguf.source.json").write_text("{not json")
    assert template_for_file(tmp_path / "broken.gguf") == "vicuna_v1.1"
