"""The prompt for a model on another computer: as token ids where the server tokenizes without
parsing special tokens (llama-server), else as text with typed control words made harmless."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.core.engine.prompt import Prompt, PromptTemplate, Turn, fit_prompt

WORD_JOINER = "\u2060"  # invisible; splits "</s>" so no tokenizer reads it as the control token
# What text-taking servers would read as control tokens: the Llama/Vicuna ones, and the <|...|> kind.
_CONTROL_TEXT = re.compile(r"</?s>|<unk>|<\|[^<>|\s]{1,40}\|>")


def neutralize(text: str) -> str:
    """``text`` with every control-token string broken after its "<" by an invisible word joiner."""
    return _CONTROL_TEXT.sub(lambda match: "<" + WORD_JOINER + match.group(0)[1:], text)


class ServerTokenizer:
    """A llama-server's own tokenizer (``/tokenize``), as ``prompt.Tokenizer``: plain text only, never
    special, each distinct text asked once."""

    def __init__(self, client, url: str, bos_id: int | None, eos_id: int) -> None:
        self._client, self._url = client, url
        self.bos_id, self.eos_id = bos_id, eos_id
        self._known: dict[str, list[int]] = {}

    def tokenize_text(self, text: str) -> list[int]:
        tokens = self._known.get(text)
        if tokens is None:
            tokens = self.ask(text, special=False)
            if len(self._known) > 256:
                self._known.clear()
            self._known[text] = tokens
        return list(tokens)

    def ask(self, text: str, special: bool) -> list[int]:
        response = self._client.post(
            f"{self._url}/tokenize", json={"content": text, "add_special": False, "parse_special": special}
        )
        response.raise_for_status()
        return [t if isinstance(t, int) else t["id"] for t in response.json()["tokens"]]


class EstimatingTokenizer:
    """For servers that take text: a generous guess of the token count (one token per two bytes), so the
    oldest turns are left out before the server's memory overflows. Token ids are not known."""

    bos_id = 1
    eos_id = 2

    def tokenize_text(self, text: str) -> list[int]:
        return [0] * ((len(text.encode("utf-8")) + 1) // 2)


def text_prompt(
    system: str,
    history: Sequence[Turn],
    user: str,
    n_ctx: int,
    reply_tokens: int,
    template: PromptTemplate,
    reply_start: str = "",
) -> Prompt:
    """The rendered prompt for a server that tokenizes text itself (with special parsing): "</s>" where
    the EOS token goes, everything written by a person or a model neutralized. No leading "<s>": such
    servers put BOS in themselves."""
    safe_history = [Turn(neutralize(t.user), neutralize(t.assistant)) for t in history]
    prompt = fit_prompt(
        EstimatingTokenizer(),
        neutralize(system),
        safe_history,
        neutralize(user),
        n_ctx,
        reply_tokens,
        template,
        neutralize(reply_start),
    )
    return replace(prompt, tokens=[])
