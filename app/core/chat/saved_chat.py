"""A conversation bound to the engine and the store: every message is saved as it is written.

The question is saved when it is sent; the reply is saved as an empty "writing"
row at once, then at least every ``SAVE_INTERVAL_S`` while it grows, then marked
finished, stopped or failed. A hard kill loses at most the last second of a reply.

Editing and regenerating never overwrite (see ``store``): an edited question is a
new sibling of the old one, so the later turns of the old version stay on their
own branch; a regenerated reply is a new sibling of the old reply. The window
shows one branch and lets the user step between the versions of a message.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from app.core.chat.store import (
    ASSISTANT,
    CUT,
    FAILED,
    FINISHED,
    STOPPED,
    USER,
    WRITING,
    ConversationStore,
    Message,
    MessageState,
)
from app.core.engine.chat_engine import ChatEngine, ReplyStreaming
from app.core.engine.engine import Engine
from app.core.engine.generation import GenerationOptions, ReplyStats
from app.core.engine.prompt import VICUNA_SYSTEM, Turn
from app.core.errors import Cancelled, NoModelLoadedError, ShortChatError
from app.core.words import translate

SAVE_INTERVAL_S = 1.0
HISTORY_MESSAGES = 200  # the prompt keeps what fits in the context; this is far more than fits


@dataclass
class SavedReply:
    """A reply being written and saved. Iterate for its text pieces.

    However the iteration ends (the reply's end, Stop, an error, the store failing, the
    iteration given up), the stream is closed, so the engine is free for the next request;
    ``close()`` does the same for a reply whose iteration never began.
    """

    chat: SavedChat
    stream: ReplyStreaming
    question_id: int
    reply_id: int
    model: str | None
    earlier_text: str = ""  # what the reply already said before this stream (Continue)
    earlier_tokens: int = 0
    _saved: bool = field(default=False, init=False, repr=False)  # its end state is written

    def __iter__(self):
        store, last_save = self.chat.store, time.monotonic()
        state = FAILED
        try:
            for piece in self.stream:
                yield piece
                if time.monotonic() - last_save >= SAVE_INTERVAL_S:
                    store.update_reply(self.reply_id, self.text, WRITING)
                    last_save = time.monotonic()
            state = end_state(self.stream.stats)
        except (Cancelled, KeyboardInterrupt):  # Stop, or Ctrl+C in the terminal
            state = STOPPED
            raise
        finally:
            self.stream.close()
            self._save_end(state)

    def close(self, state: MessageState = STOPPED) -> None:
        """Stop the reply if it is still being written, and save what it has."""
        self.stream.close()
        if not self._saved:
            self._save_end(state)

    def _save_end(self, state: MessageState) -> None:
        self._saved = True
        stats = self.stream.stats
        self.chat.store.update_reply(
            self.reply_id,
            self.text,
            state,
            self.earlier_tokens + stats.reply_tokens if stats else None,
            stats.decode_tokens_per_s if stats else None,
        )

    @property
    def text(self) -> str:
        """The whole reply so far (with what it said before a Continue)."""
        return self.earlier_text + self.stream.text

    @property
    def prompt(self):
        return self.stream.prompt

    @property
    def stats(self) -> ReplyStats | None:
        return self.stream.stats

    def cancel(self) -> None:
        self.stream.cancel()


class SavedChat:
    def __init__(self, store: ConversationStore, conversation_id: int, engine: ChatEngine) -> None:
        self.store = store
        self.id = conversation_id
        self.engine = engine

    @classmethod
    def new(cls, store: ConversationStore, engine: ChatEngine, model: str | None = None) -> SavedChat:
        return cls(store, store.create(model=model), engine)

    @property
    def conversation(self):
        return self.store.conversation(self.id)

    def system_prompt(self, default: str = VICUNA_SYSTEM) -> str:
        own = self.conversation.system_prompt
        return own if own is not None else default

    def messages(self, limit: int | None = None) -> list[Message]:
        return self.store.branch(self.id, limit)

    # -- writing -----------------------------------------------------------------

    def ask(self, text: str, options: GenerationOptions | None = None, system: str = VICUNA_SYSTEM) -> SavedReply:
        """Save ``text`` as the next question on the branch shown, then start its reply."""
        branch = self.messages(HISTORY_MESSAGES)
        parent = branch[-1].id if branch else None
        return self._ask_after(branch, parent, text, options, system)

    def regenerate(self, options: GenerationOptions | None = None, system: str = VICUNA_SYSTEM) -> SavedReply:
        """A new version of the last reply; the old one stays, one step away."""
        branch = self.messages(HISTORY_MESSAGES)
        while branch and branch[-1].role == ASSISTANT:
            branch.pop()
        if not branch:
            raise ShortChatError(translate("Errors", "There is no reply to write again yet."))
        question = branch[-1]
        return self._reply_to(branch[:-1], question, options, system)

    def edit(
        self, message_id: int, text: str, options: GenerationOptions | None = None, system: str = VICUNA_SYSTEM
    ) -> SavedReply:
        """Ask ``text`` in place of an earlier question: a new branch from there on."""
        edited = self.store.message(message_id)
        if edited.role != USER or edited.conversation_id != self.id:
            raise ShortChatError(translate("Errors", "Only your own messages in this chat can be edited."))
        before = self.store.earlier(message_id, HISTORY_MESSAGES)
        return self._ask_after(before, edited.parent_id, text, options, system)

    def continue_reply(self, options: GenerationOptions | None = None, system: str = VICUNA_SYSTEM) -> SavedReply:
        """Go on writing the last reply from where it stopped at the length limit (or was stopped)."""
        branch = self.messages(HISTORY_MESSAGES)
        if len(branch) < 2 or branch[-1].role != ASSISTANT or branch[-2].role != USER or not branch[-1].text:
            raise ShortChatError(translate("Errors", "There is no reply to continue."))
        question, reply = branch[-2], branch[-1]
        stream = self.engine.chat(question.text, turns_of(branch[:-2]), system, options, reply_start=reply.text)
        try:
            self.store.update_reply(reply.id, reply.text, WRITING)
        except BaseException:
            stream.close()
            raise
        return SavedReply(self, stream, question.id, reply.id, reply.model, reply.text, reply.tokens or 0)

    def _ask_after(self, before: list[Message], parent: int | None, text, options, system) -> SavedReply:
        # The reply starts first: a question the model cannot take (too long for its memory, no
        # model) is refused before anything is saved, so it never sits in the chat unanswered.
        stream = self.engine.chat(text, turns_of(before), system, options)
        try:
            question_id = self.store.add(self.id, parent, USER, text)
        except BaseException:
            stream.close()  # not saved, so not answered: free the engine for the next request
            raise
        return self._saved_reply(stream, question_id)

    def _reply_to(self, before: list[Message], question: Message, options, system) -> SavedReply:
        stream = self.engine.chat(question.text, turns_of(before), system, options)
        return self._saved_reply(stream, question.id)

    def _saved_reply(self, stream: ReplyStreaming, question_id: int) -> SavedReply:
        """The reply's row, saved empty at once and then as it grows."""
        model = self.engine.model.path.name if self.engine.model else None
        try:
            reply_id = self.store.add(self.id, question_id, ASSISTANT, "", WRITING, model)
            if model is not None:
                self.store.set_model(self.id, model)
        except BaseException:
            stream.close()  # the reply is not wanted: free the engine for the next request
            raise
        return SavedReply(self, stream, question_id, reply_id, model)

    def show_version(self, message_id: int) -> None:
        """Show the branch through this version of a message."""
        self.store.set_leaf(self.id, message_id)


def end_state(stats: ReplyStats | None) -> MessageState:
    """How a reply that ran to its end is saved: stopped, cut at the length limit, or finished."""
    if stats is not None and stats.cancelled:
        return STOPPED
    if stats is not None and stats.stop_reason == "length":
        return CUT
    return FINISHED


class SavedChatSession:
    """A saved chat seen as a ``ChatSession`` (``ask``, ``record``, ``engine``, ``close``): the CLI's chat,
    kept in the chat history as the window keeps its own, so either can continue it.

    The chat is created with its first question (none is left empty). Its instructions: ``system``
    when given (a new chat keeps them as its own), else the chat's own, else ``default_system``."""

    def __init__(
        self,
        store: ConversationStore,
        engine: ChatEngine | None = None,
        conversation_id: int | None = None,
        system: str | None = None,
        default_system: str = VICUNA_SYSTEM,
    ) -> None:
        self.store = store
        self.engine = engine or Engine()
        self.chat = SavedChat(store, store.conversation(conversation_id).id, self.engine) if conversation_id else None
        self.system = system
        self.default_system = default_system

    def ask(self, text: str, options: GenerationOptions | None = None) -> SavedReply:
        if self.chat is None:
            if self.engine.model is None:
                raise NoModelLoadedError(translate("Errors", "No model is loaded. Choose a model first."))
            self.chat = SavedChat(self.store, self.store.create(system_prompt=self.system), self.engine)
        system = self.system if self.system is not None else self.chat.system_prompt(self.default_system)
        return self.chat.ask(text, options, system)

    def record(self, reply: SavedReply) -> None:
        """The reply was saved as it was written; this makes sure its end is."""
        reply.close()

    def close(self) -> None:
        self.engine.close()
        self.store.close()

    def __enter__(self) -> SavedChatSession:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def turns_of(messages: list[Message]) -> list[Turn]:
    """Question-and-answer pairs for the prompt (a question without its answer pairs with "")."""
    turns: list[Turn] = []
    question: str | None = None
    for message in messages:
        if message.role == USER:
            if question is not None:
                turns.append(Turn(question, ""))
            question = message.text
        elif question is not None:
            turns.append(Turn(question, message.text))
            question = None
    if question is not None:
        turns.append(Turn(question, ""))
    return turns
