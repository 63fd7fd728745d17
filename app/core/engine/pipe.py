"""What the engine and llama.cpp's process say to each other, over a multiprocessing Connection.

Every request carries an id, larger than any before it; every message back names the request it
belongs to, so the parent can always tell a late message of an abandoned request from the answer
it waits for.

parent -> child: one request at a time (``Load``, ``MakePrompt``, ``Generate``, ``Measure``,
``Tokenize``, ``AskGpuOffload``, ``Quit``).
child -> parent: for ``Generate``, any number of ``Piece`` and before them, while a long prompt is
read, ``Progress`` (how much of it is read); for ``Load``, any number of ``Progress`` (llama.cpp's
own load progress); progress 0..1, at most ~10 a second; then for every request exactly one
``Done`` (ModelInfo, Prompt, ReplyStats, Measurement, token ids, or for ``AskGpuOffload`` whether
this llama.cpp build can offload layers to a GPU) or ``Failed`` (its message: a sentence for the
person; details go to the log).

Only the standard library is imported here: llama.cpp's process imports this module first, and
its start must stay quick.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.engine.chat_states import StatePlace
    from app.core.engine.generation import GenerationOptions, LoadSettings
    from app.core.engine.prompt import Turn
    from app.core.models.gguf_header import GGUFHeader

# -- parent -> child -------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    id: int


@dataclass(frozen=True)
class Load(Request):
    """Load the file the parent already checked (its header travels along, and the name of the
    prompt template the model was tuned on, so the child needs no catalog)."""

    header: GGUFHeader
    settings: LoadSettings
    template: str


@dataclass(frozen=True)
class MakePrompt(Request):
    """The prompt for ``user`` after ``history``, trimmed to fit beside ``reply_tokens``."""

    system: str
    history: list[Turn]
    user: str
    reply_tokens: int
    reply_start: str = ""


@dataclass(frozen=True)
class Generate(Request):
    tokens: list[int]
    options: GenerationOptions
    place: StatePlace | None = None  # where chat states are saved; None: not at all


@dataclass(frozen=True)
class Measure(Request):
    prompt_tokens: int
    decode_tokens: int
    seconds: float


@dataclass(frozen=True)
class Tokenize(Request):
    text: str


@dataclass(frozen=True)
class AskGpuOffload(Request):
    """Whether this llama.cpp build can put layers on a GPU (asked of the child, so the parent
    never loads llama.cpp)."""


@dataclass(frozen=True)
class Quit(Request):
    id: int = 0


# -- child -> parent -------------------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    request: int
    text: str


@dataclass(frozen=True)
class Progress:
    request: int
    fraction: float  # 0..1, how far llama.cpp has read the model (load) or the prompt (generate)


@dataclass(frozen=True)
class Done:
    request: int
    payload: object = None


class FailureKind(StrEnum):
    LOAD = "load"  # llama.cpp refused the file
    OUT_OF_MEMORY = "out_of_memory"  # the model did not fit
    PROMPT_TOO_LONG = "prompt_too_long"
    NO_MEMORY = "no_memory"  # memory ran out after the load
    INTERNAL = "internal"


@dataclass(frozen=True)
class Failed:
    request: int
    kind: FailureKind
    message: str  # a sentence as written (English), with {placeholders} for ``values``
    values: dict | None = None
