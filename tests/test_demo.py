"""The demo hub the README offers for trying ShortChat without the internet."""

from __future__ import annotations

from app.core.engine.generation import GenerationOptions
from app.core.models.catalog import DEFAULT_FAMILY, Catalog
from app.testing.demo import NAME, REPLY, SECOND_NAME, SECOND_REPLY, demo_hub


def test_the_demo_hub_serves_two_1_5b_files_and_they_answer(tmp_path, engine):
    with demo_hub(tmp_path) as hub:
        catalog = Catalog(cache_path=tmp_path / "catalog.json", endpoint=hub.url)
        catalog.refresh(DEFAULT_FAMILY)
        published = [(e.model.key, e.quant, e.file) for e in catalog.entries() if e.published]
        assert sorted(published) == [("1.5b", "Q2_K", SECOND_NAME), ("1.5b", "Q4_K_M", NAME)]
    for name, reply in ((NAME, REPLY), (SECOND_NAME, SECOND_REPLY)):
        engine.load(tmp_path / "model" / name)
        assert "".join(engine.chat("How?", options=GenerationOptions(temperature=0))) == reply
