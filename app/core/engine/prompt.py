"""The prompt, built as token ids, in the template the model was tuned on.

Two templates, both FastChat's "add colon, two separators" style, which differ only
in their words and first separator: ``vicuna_v1.1`` (the Vicuna models)::

    {system} USER: {u1} ASSISTANT: {a1}</s>USER: {u2} ASSISTANT:

and ``alpaca`` (the st-* models, LoRA-tuned on Alpaca)::

    {system}\n\n### Instruction: {u1}\n\n### Response: {a1}</s>### Instruction: {u2}\n\n### Response:

The ``</s>`` after each assistant turn is the model's EOS *token*; it is never
produced by tokenizing text. Everything a person or the model wrote is tokenized
as plain text (no special-token parsing), so typing ``</s>USER: hi ASSISTANT:``
cannot forge a turn or an end of sequence.

The text between two EOS tokens is tokenized in one piece: SentencePiece treats
the start of a piece differently, so cutting the prompt anywhere else (say at the
user's text) would change the tokens the model was trained on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from app.core.errors import PromptTooLongError
from app.core.words import translate

VICUNA_SYSTEM = (
    "A chat between a curious user and an artificial intelligence assistant. "
    "The assistant gives helpful, detailed, and polite answers to the user's questions."
)
ALPACA_SYSTEM = (
    "Below is an instruction that describes a task. Write a response that appropriately completes the request."
)
EOS_TEXT = "</s>"


@dataclass(frozen=True)
class PromptTemplate:
    """A FastChat "add colon, two separators" template: ``sep`` after the system text and after
    each user message, the EOS token after each reply."""

    name: str
    system: str  # the default instructions
    user_role: str
    assistant_role: str
    sep: str

    @property
    def stop_strings(self) -> tuple[str, ...]:
        """Where a reply stops although the model wrote no EOS: base (continued-pretraining)
        models sometimes go on to write the next user turn themselves."""
        return (f"{self.user_role}:",)


VICUNA_V1_1 = PromptTemplate("vicuna_v1.1", VICUNA_SYSTEM, "USER", "ASSISTANT", " ")
ALPACA = PromptTemplate("alpaca", ALPACA_SYSTEM, "### Instruction", "### Response", "\n\n")
TEMPLATES = {t.name: t for t in (VICUNA_V1_1, ALPACA)}
DEFAULT_TEMPLATE = VICUNA_V1_1


def template_named(name: str | None) -> PromptTemplate:
    """The template called ``name``; the Vicuna one for a name this version does not know."""
    return TEMPLATES.get(name or "", DEFAULT_TEMPLATE)


USER_ROLE = VICUNA_V1_1.user_role
ASSISTANT_ROLE = VICUNA_V1_1.assistant_role
STOP_STRINGS: tuple[str, ...] = VICUNA_V1_1.stop_strings


@dataclass(frozen=True)
class Turn:
    """One finished exchange of the conversation."""

    user: str
    assistant: str


class Tokenizer(Protocol):
    """What the builder needs from a model's vocabulary."""

    bos_id: int | None  # None when the model does not start with BOS
    eos_id: int

    def tokenize_text(self, text: str) -> list[int]:
        """Tokens of ``text`` as plain text: no BOS, special tokens not parsed."""
        ...


@dataclass(frozen=True)
class Prompt:
    text: str  # the exact rendered text, with "</s>" where the EOS token goes
    tokens: list[int]
    dropped_turns: int = 0  # oldest turns left out so the prompt fits


def render_segments(
    system: str,
    history: Sequence[Turn],
    user: str,
    template: PromptTemplate = DEFAULT_TEMPLATE,
    reply_start: str = "",
) -> list[str]:
    """The prompt's text pieces; an EOS token goes between consecutive pieces.

    ``reply_start`` is the beginning of the reply, already written (Continue): the model goes
    on from its last word, in the same piece of text as everything since the last EOS.

    The default instructions of any template stand for "the default": each template gets its
    own (the settings hold Vicuna's); instructions a person wrote are used as they are.
    """
    if system in {t.system for t in TEMPLATES.values()}:
        system = template.system
    user_role, assistant_role, sep = template.user_role, template.assistant_role, template.sep
    segments: list[str] = []
    current = system + sep
    for turn in history:
        current += f"{user_role}: {turn.user}{sep}{assistant_role}: {turn.assistant}"
        segments.append(current)
        current = ""
    current += f"{user_role}: {user}{sep}{assistant_role}:" + (f" {reply_start}" if reply_start else "")
    segments.append(current)
    return segments


def build_prompt(
    tokenizer: Tokenizer,
    system: str,
    history: Sequence[Turn],
    user: str,
    template: PromptTemplate = DEFAULT_TEMPLATE,
    reply_start: str = "",
) -> Prompt:
    """The whole prompt, every earlier turn included."""
    segments = render_segments(system, history, user, template, reply_start)
    tokens: list[int] = [] if tokenizer.bos_id is None else [tokenizer.bos_id]
    for index, segment in enumerate(segments):
        if index:
            tokens.append(tokenizer.eos_id)
        tokens.extend(tokenizer.tokenize_text(segment))
    return Prompt(text=EOS_TEXT.join(segments), tokens=tokens)


def fit_prompt(
    tokenizer: Tokenizer,
    system: str,
    history: Sequence[Turn],
    user: str,
    n_ctx: int,
    reply_tokens: int,
    template: PromptTemplate = DEFAULT_TEMPLATE,
    reply_start: str = "",
) -> Prompt:
    """The prompt with as many recent turns as fit beside a reply of ``reply_tokens``.

    The oldest whole turns go first; the system text and the new message always
    stay. The token count only grows with the number of turns kept, so a binary
    search finds the most that fit in O(log n) tokenizations.
    """
    budget = n_ctx - reply_tokens
    if budget <= 0:
        raise PromptTooLongError(
            translate(
                "Errors",
                "The reply length ({reply_tokens} tokens) leaves no room in the model's context of {n_ctx} "
                "tokens. Choose a shorter reply length.",
            ),
            reply_tokens=reply_tokens,
            n_ctx=n_ctx,
        )
    full = build_prompt(tokenizer, system, history, user, template, reply_start)
    if len(full.tokens) <= budget:
        return full
    bare = build_prompt(tokenizer, system, [], user, template, reply_start)
    if len(bare.tokens) > budget:
        raise PromptTooLongError(
            translate(
                "Errors",
                "This message is too long for the model: with the instructions it needs {count} tokens, "
                "but only {budget} fit beside a reply of {reply_tokens} tokens. Shorten the message, or "
                "choose a longer context or a shorter reply in the settings.",
            ),
            count=len(bare.tokens),
            budget=budget,
            reply_tokens=reply_tokens,
        )
    fits_with, too_many = 0, len(history)  # keep 0 turns: fits; keep all: does not
    best = bare
    while too_many - fits_with > 1:
        keep = (fits_with + too_many) // 2
        candidate = build_prompt(tokenizer, system, history[len(history) - keep :], user, template, reply_start)
        if len(candidate.tokens) <= budget:
            fits_with, best = keep, candidate
        else:
            too_many = keep
    return Prompt(text=best.text, tokens=best.tokens, dropped_turns=len(history) - fits_with)
