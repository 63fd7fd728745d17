"""What models exist: the pruned Vicuna family (known facts) and the hub's files (asked, cached).

The models' architectures and quality figures are facts from the paper and its
repository; which GGUF files exist, their sizes and checksums are asked of the
hub (``HfApi.model_info(files_metadata=True)``) and cached on disk with the time
they were fetched. Offline, the cache answers, or failing that the snapshot
bundled in ``resources/`` (sizes only, no checksums: enough to choose, not to
download). A repo the hub says does not exist is "not published yet".
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.core import json_file, paths
from app.core.models.quants import QUANTS, quant_of_filename

log = logging.getLogger(__name__)

EMBED_AND_OUTPUT_PARAMS = 262_148_096  # token embeddings + output matrix, 32000 x 4096 x 2
PARAMS_PER_LAYER = 202_383_360  # one LLaMA-7B block: attention 4 x 4096^2 + FFN 3 x 4096 x 11008 + norms

SNAPSHOT_PATH = paths.resources_dir() / "catalog_snapshot.json"
HUB_TIMEOUT_S = 8.0


@dataclass(frozen=True)
class Quality:
    """The paper's figures: perplexity (lower is better), zero-shot accuracy (higher is better)."""

    wikitext2_ppl: float | None = None
    ptb_ppl: float | None = None
    zero_shot_avg: float | None = None  # percent, average over 7 tasks


@dataclass(frozen=True)
class ModelSpec:
    key: str  # short name shown to people, e.g. "1.5b"
    hf_id: str  # the original model on the hub, under nota-ai/
    family: str
    layers: int
    params: int
    template: str  # "vicuna_v1.1" or "alpaca"
    repos: tuple[str, ...]  # GGUF repos that may carry it
    file_stem: str  # files are named "<file_stem>.<QUANT>.gguf"
    hidden: int = 4096
    heads: int = 32
    kv_heads: int = 32
    ffn: int = 11008
    context: int = 2048
    quality: Quality = field(default_factory=Quality)
    default_family: bool = False
    note: str = ""

    @property
    def layer_params(self) -> int:
        return self.params - EMBED_AND_OUTPUT_PARAMS * self.hidden // 4096


def _cpt(size: str, layers: int) -> ModelSpec:
    name = f"cpt_st-vicuna-v1.3-{size}-ppl"
    return ModelSpec(
        key=size,
        hf_id=f"nota-ai/{name}",
        family="cpt_st-vicuna-v1.3",
        layers=layers,
        params=EMBED_AND_OUTPUT_PARAMS + layers * PARAMS_PER_LAYER,
        template="vicuna_v1.1",
        repos=(f"RichardErkhov/nota-ai_-_{name}-gguf",),
        file_stem=name,
        default_family=True,
        note="inferred layer count" if size == "2.7b" else "",
    )


def _st(name: str, key: str, quality: Quality, **arch) -> ModelSpec:
    layers = arch.pop("layers", 26)
    params = arch.pop("params", EMBED_AND_OUTPUT_PARAMS + layers * PARAMS_PER_LAYER)
    return ModelSpec(
        key=key,
        hf_id=f"nota-ai/{name}",
        family=name.rsplit("-", 2)[0],
        layers=layers,
        params=params,
        template="alpaca",
        repos=(f"RichardErkhov/nota-ai_-_{name}-gguf", f"QuantFactory/{name}-GGUF"),
        file_stem=name,
        quality=quality,
        **arch,
    )


MODELS: tuple[ModelSpec, ...] = (
    _cpt("1.5b", 6),
    _cpt("2.7b", 12),
    _cpt("3.7b", 17),
    _cpt("5.5b", 26),
    _st("st-vicuna-v1.3-5.5b-ppl", "st-vicuna-5.5b-ppl", Quality(18.85, 67.94, 60.81)),
    _st("st-vicuna-v1.3-5.5b-taylor", "st-vicuna-5.5b-taylor", Quality(20.97, 72.29, 62.57)),
    _st(
        "st-vicuna-v1.3-10.5b-ppl",
        "st-vicuna-10.5b-ppl",
        Quality(16.10, 56.50, 64.88),
        layers=32,
        params=10_480_000_000,
        hidden=5120,
        heads=40,
        kv_heads=40,
        ffn=13824,
    ),
    _st("st-llama-1-5.5b-ppl", "st-llama-5.5b-ppl", Quality(17.66, 30.75, 61.83)),
)
MODELS_BY_KEY = {m.key: m for m in MODELS}


def model_of_file(file_name: str) -> ModelSpec | None:
    """The catalog's model a file is of, by its name ("<file_stem>.<QUANT>.gguf"); None if unknown."""
    return next((m for m in MODELS if file_name.startswith(f"{m.file_stem}.")), None)


DOWNLOAD_NOTES_DIR = ".partial"  # download.PARTIAL_DIR: where a download's note says where it came from


def download_note(path: Path) -> dict:
    """What the download of ``path`` recorded (repo, file, sha256...); {} for a file added from disk."""
    return json_file.read_object(path.parent / DOWNLOAD_NOTES_DIR / f"{path.name}.source.json")


def template_for_file(path: str | os.PathLike[str]) -> str:
    """The name of the prompt template to chat with the model in ``path``: the one its catalog model
    was tuned on, known by the file's name or the repo it was downloaded from; Vicuna's otherwise."""
    path = Path(path)
    model = model_of_file(path.name)
    if model is None:
        repo = download_note(path).get("repo")
        model = next((m for m in MODELS if repo in m.repos), None)
    return model.template if model is not None else "vicuna_v1.1"


def display_name(file_name: str) -> str:
    """'Vicuna 1.5b · Q4_K_M' for a file of the catalog's models, else the file's name without .gguf."""
    quant = quant_of_filename(file_name)
    model = model_of_file(file_name)
    if model is None or quant is None:
        return file_name.removesuffix(".gguf")
    return f"Vicuna {model.key} · {quant}"


DEFAULT_FAMILY = tuple(m for m in MODELS if m.default_family)


@dataclass(frozen=True)
class HubFile:
    name: str
    size: int
    sha256: str | None  # None when only known from the bundled snapshot


@dataclass(frozen=True)
class RepoListing:
    repo: str
    status: str  # "ok" | "missing" | "unknown" (never reached)
    files: tuple[HubFile, ...] = ()
    fetched_at: float | None = None  # seconds since the epoch
    source: str = "hub"  # "hub" | "cache" | "snapshot"


@dataclass(frozen=True)
class CatalogEntry:
    """One downloadable (or not yet published) size x quant."""

    model: ModelSpec
    quant: str
    repo: str
    file: str
    file_bytes: int
    sha256: str | None
    availability: str  # "available" | "not_published" | "unknown" (hub never reached)
    size_known: bool  # False: estimated from bits per weight
    source: str  # "hub" | "cache" | "snapshot" | "estimate"

    @property
    def published(self) -> bool:
        return self.availability == "available"


class Catalog:
    """The hub's answers for every repo of every model, with a disk cache."""

    def __init__(self, cache_path: Path | None = None, endpoint: str | None = None, token: str | None = None):
        self.cache_path = cache_path or paths.cache_dir() / "catalog.json"
        self.endpoint = endpoint or os.environ.get("HF_ENDPOINT") or None
        self.token = token if token is not None else os.environ.get("HF_TOKEN") or None
        self.listings: dict[str, RepoListing] = {}
        self.offline = False  # True when the last refresh could not reach the hub

    # -- the hub -------------------------------------------------------------

    def refresh(self, models: tuple[ModelSpec, ...] = MODELS) -> None:
        """Ask the hub about every repo (in parallel); fall back to cache and snapshot."""
        repos = sorted({repo for m in models for repo in m.repos})
        from concurrent.futures import ThreadPoolExecutor  # here: most users of the catalog never ask the hub

        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = dict(zip(repos, pool.map(self._ask_hub, repos)))
        cached = self._read_cache()
        snapshot = self._read_snapshot()
        reached_hub = any(a.status != "unknown" for a in answers.values())
        self.offline = not reached_hub
        for repo, answer in answers.items():
            if answer.status != "unknown":
                self.listings[repo] = answer
            elif repo in cached:
                self.listings[repo] = cached[repo]
            elif repo in snapshot:
                self.listings[repo] = snapshot[repo]
            else:
                self.listings[repo] = answer
        if reached_hub:
            self._write_cache({**cached, **{r: a for r, a in answers.items() if a.status != "unknown"}})

    def load_offline(self) -> None:
        """Cache, then snapshot, without touching the network (fast start-up)."""
        self.listings = {**self._read_snapshot(), **self._read_cache()}

    @property
    def hub_seen(self) -> bool:
        """Whether any listing came from the hub (now or an earlier visit): without one, only the
        bundled snapshot speaks, with no checksums, so nothing can be downloaded from it."""
        return any(listing.source in ("hub", "cache") for listing in self.listings.values())

    def _ask_hub(self, repo: str) -> RepoListing:
        from huggingface_hub import HfApi
        from huggingface_hub.errors import RepositoryNotFoundError

        api = HfApi(endpoint=self.endpoint, token=self.token)
        try:
            info = api.model_info(repo, files_metadata=True, timeout=HUB_TIMEOUT_S)
        except RepositoryNotFoundError:
            return RepoListing(repo, "missing", fetched_at=time.time())
        except Exception as exc:  # offline, timeout, server error, malformed answer
            log.info("hub not reached for %s: %s", repo, exc)
            return RepoListing(repo, "unknown")
        files = []
        for sibling in info.siblings or ():
            name = getattr(sibling, "rfilename", None)
            if not isinstance(name, str) or not name.lower().endswith(".gguf"):
                continue
            lfs = getattr(sibling, "lfs", None)
            sha256 = lfs.get("sha256") if isinstance(lfs, dict) else getattr(lfs, "sha256", None)
            size = sibling.size if isinstance(sibling.size, int) else None
            if size is None and isinstance(lfs, dict):
                size = lfs.get("size")
            if isinstance(size, int) and size > 0:
                files.append(HubFile(name, size, sha256 if isinstance(sha256, str) else None))
        return RepoListing(repo, "ok", tuple(files), fetched_at=time.time())

    # -- cache and snapshot -------------------------------------------------

    def _read_cache(self) -> dict[str, RepoListing]:
        return _read_listings(self.cache_path, "cache")

    def _read_snapshot(self) -> dict[str, RepoListing]:
        return _read_listings(SNAPSHOT_PATH, "snapshot")

    def _write_cache(self, listings: dict[str, RepoListing]) -> None:
        json_file.write_atomic(self.cache_path, {repo: _listing_to_json(listing) for repo, listing in listings.items()})

    # -- entries ---------------------------------------------------------------

    def entries(self, models: tuple[ModelSpec, ...] = DEFAULT_FAMILY) -> list[CatalogEntry]:
        """Every size x quant of ``models``: real files where the hub (or cache) has them,
        estimates (marked) where nothing is known, "not published" where the repo is missing."""
        rows: list[CatalogEntry] = []
        for model in models:
            found: dict[str, CatalogEntry] = {}
            any_repo_known = False
            for repo in model.repos:
                listing = self.listings.get(repo)
                if listing is None or listing.status == "unknown":
                    continue
                any_repo_known = True
                if listing.status != "ok":
                    continue
                for hub_file in listing.files:
                    quant = quant_of_filename(hub_file.name)
                    if quant is None or quant in found or QUANTS[quant].alias_of:
                        continue
                    found[quant] = CatalogEntry(
                        model, quant, repo, hub_file.name, hub_file.size, hub_file.sha256,
                        availability="available", size_known=True, source=listing.source,
                    )  # fmt: skip
            for quant in QUANTS.values():
                if quant.alias_of:
                    continue
                if quant.name in found:
                    rows.append(found[quant.name])
                    continue
                rows.append(
                    CatalogEntry(
                        model,
                        quant.name,
                        model.repos[0],
                        f"{model.file_stem}.{quant.name}.gguf",
                        estimated_file_bytes(model, quant.name),
                        None,
                        availability="not_published" if any_repo_known else "unknown",
                        size_known=False,
                        source="estimate",
                    )  # fmt: skip
                )
        return rows


def estimated_file_bytes(model: ModelSpec, quant: str) -> int:
    return int(model.params * QUANTS[quant].bpw / 8)


def _listing_to_json(listing: RepoListing) -> dict:
    return {
        "status": listing.status,
        "fetched_at": listing.fetched_at,
        "files": [asdict(f) for f in listing.files],
    }


def _read_listings(path: Path, source: str) -> dict[str, RepoListing]:
    """Listings from a JSON file; anything malformed is skipped, never fatal."""
    data = json_file.read_object(path)
    listings = {}
    for repo, entry in data.items():
        if repo.startswith("_"):  # comments
            continue
        try:
            files = tuple(HubFile(str(f["name"]), int(f["size"]), f.get("sha256")) for f in entry.get("files", []))
            status = entry["status"] if entry["status"] in ("ok", "missing") else "unknown"
            listings[repo] = RepoListing(repo, status, files, entry.get("fetched_at"), source)
        except (KeyError, TypeError, ValueError, AttributeError):
            log.warning("ignoring a malformed catalog entry for %s in %s", repo, path)
    return listings
