"""The chat being shown and its replies: send, stop, regenerate, continue, edit an earlier question,
switch versions, open and start chats. It drives the chat view and the message box (what a chat
looks like) and tells the rest of the window by signals; the model it writes with is the
``ModelSession``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog

from app.core.chat.chat_memory import left_out_sentence, memory_explained, memory_used, memory_words
from app.core.chat.saved_chat import SavedChat
from app.core.chat.store import ASSISTANT, CUT, USER, ConversationStore, export_markdown
from app.core.engine.generation import ReplyStats
from app.core.errors import ShortChatError
from app.core.fit.speed import words_text
from app.core.models.catalog import display_name
from app.core.settings import Settings
from app.gui.chat_export import export_chat
from app.gui.chat_view import NOTICE, ChatView
from app.gui.idle_collection import IdleCollection
from app.gui.instructions_dialog import InstructionsDialog
from app.gui.message_input import MessageInput
from app.gui.model_session import ModelSession
from app.gui.reply_worker import ASK, CONTINUE, EDIT, REGENERATE, Reply, SavedIds, note_of, write_reply
from app.gui.tasks import Tasks

SHOWN_MESSAGES = 100  # a chat opens with its last messages; "Show earlier messages" adds more


class Conversation(QObject):
    changed = Signal()  # what can be done now changed (Send/Stop, Regenerate, Continue, editing)
    chat_changed = Signal(object)  # the id of the chat shown, or None for a new one
    chats_changed = Signal()  # the list of chats needs refreshing (a new title, a new chat)
    notice = Signal(str)  # a sentence for the chat
    status_message = Signal(str, int)
    memory = Signal(str, str)  # how full the chat's memory is, and what that means
    speed = Signal(str, str)  # the last reply's speed in words, and in tokens
    model_stopped = Signal()  # llama.cpp ended during a reply: it loads again when the person sends
    choose_model = Signal()  # a message was sent with no model chosen
    shown = Signal()  # the chat page should be in front

    def __init__(self, store: ConversationStore, session: ModelSession, settings: Callable[[], Settings],
                 tasks: Tasks, view: ChatView, box: MessageInput, parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.session = store, session
        self._settings, self.tasks, self.view, self.box = settings, tasks, view, box
        self.chat: SavedChat | None = None  # the chat shown (None: a new one, not saved yet)
        self.reply: Reply | None = None
        self.editing: int | None = None  # the id of the earlier question being edited
        self.cut_reply: int | None = None  # the last reply, when it stopped at the length limit
        self.shown_messages = SHOWN_MESSAGES
        self._pending: tuple | None = None  # (text, action) sent while the model was loading
        self._request: tuple | None = None  # (text, action) of the reply being written
        self._question_saved = False  # the store has the question of the reply being written
        self._left_out_told: set[int] = set()  # chats already told that their oldest messages are left out
        self._problems_shown = 0  # the store's notes about damaged rows already shown
        self._collection = IdleCollection(self)
        self._reading_timer = QTimer(self, interval=100)
        self._reading_timer.timeout.connect(self._show_reading)
        session.ready.connect(self._send_pending)
        session.stop_reply.connect(self.stop)

    @property
    def engine(self):
        """The engine in use now (the session's: a local model, or one on another computer)."""
        return self.session.engine

    def _set_chat(self, chat: SavedChat | None) -> None:
        self.chat = chat
        self.chat_changed.emit(chat.id if chat is not None else None)

    # -- what the person asks -----------------------------------------------------------------

    def send(self, text: str) -> None:
        self.session.message_sent()
        if not text or self.reply is not None or self._pending is not None:
            return
        if self.engine.model is None and not self.session.busy:
            if self.session.model_path is None:
                self.choose_model.emit()
                return
            self.session.load(self.session.model_path)  # it stopped (a crash): load it again, then answer
        if self.chat is None:
            try:
                self._set_chat(SavedChat.new(self.store, self.engine))
            except ShortChatError as error:  # the text stays in the box
                self.notice.emit(
                    QCoreApplication.translate("Conversation", "Your message was not sent. {reason}").format(
                        reason=error
                    )
                )
                return
        edit_id, self.editing = self.editing, None
        self.view.clear_mark()
        if edit_id is not None:  # the edited question and what followed make way for the new version
            index = next((i for i, m in enumerate(self.view.messages) if m.message_id == edit_id), None)
            if index is not None:
                self.view.truncate(index)
        self.box.clear()
        self.view.add_message(USER, text, QCoreApplication.translate("Conversation", "You"))
        action = (EDIT, edit_id) if edit_id is not None else (ASK, None)
        if self.session.busy:
            self._pending = (text, action)
            self.status_message.emit(
                QCoreApplication.translate("Conversation", "The reply will start as soon as the model is loaded."), 4000
            )
            self.changed.emit()
            return
        self._start_reply(text, action)

    def _send_pending(self) -> None:
        if self._pending is not None:
            (text, action), self._pending = self._pending, None
            self._start_reply(text, action)

    def regenerate(self) -> None:
        if self.reply is not None or self.session.busy or not self.can_regenerate():
            return
        if self.view.messages and self.view.messages[-1].role == ASSISTANT:
            self.view.remove_last()
        self._start_reply(None, (REGENERATE, None))

    def continue_reply(self) -> None:
        """Go on writing a reply that stopped at the length limit, into the same message."""
        if self.reply is not None or self.session.busy or self.cut_reply is None:
            return
        if self.engine.model is None:
            self.status_message.emit(QCoreApplication.translate("Conversation", "Choose a model first."), 4000)
            return
        self._start_reply(None, (CONTINUE, self.cut_reply))

    def can_regenerate(self) -> bool:
        return self.chat is not None and any(m.role == USER and m.message_id for m in self.view.messages)

    def stop(self) -> None:
        """Esc: stop the reply being written, or stop editing an earlier message."""
        reply = self.reply
        if reply is None:
            self.cancel_edit()
            return
        reply.stop_requested = True
        if reply.saved is not None:
            reply.saved.cancel()
        else:
            self.engine.cancel()  # still reading the prompt

    # -- a reply being written ---------------------------------------------------------------

    def _start_reply(self, text: str | None, action: tuple[str, int | None]) -> None:
        self.session.reply_started()
        self._collection.hold()
        self.chat.engine = self.engine  # the model chosen now answers, whichever answered before
        reply = self.reply = Reply()
        self._request, self._question_saved = (text, action), False
        model = self.engine.model
        self.cut_reply = None
        if action[0] != CONTINUE or self.view.resume_reply() is None:
            self.view.begin_reply(
                display_name(model.path.name) if model else QCoreApplication.translate("Conversation", "Assistant")
            )
        self.changed.emit()
        settings = self._settings()
        self.tasks.stream(
            write_reply,
            self.chat,
            action,
            text,
            settings.generation_options(),
            self.chat.system_prompt(settings.system_prompt),
            reply,
            piece=self._piece,
            done=self._reply_done,
            failed=self._reply_failed,
            cancelled=lambda: self._reply_done(None),
        )
        self._reading_timer.start()

    def _show_reading(self) -> None:
        """While a long chat is read before its reply: how far, in the status bar."""
        stream = self.reply.saved.stream if self.reply is not None and self.reply.saved is not None else None
        if stream is not None and stream.reading is not None and not stream.text and stream.stats is None:
            self.status_message.emit(
                QCoreApplication.translate("Conversation", "Reading the chat… {percent} %").format(
                    percent=round(stream.reading * 100)
                ),
                1000,
            )
        elif self.reply is None or (stream is not None and (stream.text or stream.stats is not None)):
            self._reading_timer.stop()

    def _piece(self, piece) -> None:
        if isinstance(piece, SavedIds):  # the reply was started: the store's ids for the two messages
            self._question_saved = True
            messages = self.view.messages
            if len(messages) >= 2:  # before any notice goes below them
                self.view.set_ids(messages[-2], piece.question_id, piece.question_version)
                messages[-1].message_id, messages[-1].version = piece.reply_id, piece.reply_version
            saved = self.reply.saved if self.reply is not None else None
            if saved is not None:
                self._tell_when_left_out(saved.stream.prompt.dropped_turns)
            self.chats_changed.emit()  # a new chat gets its title, and moves to the top
            return
        self.view.append(piece)

    def _reply_done(self, stats: ReplyStats | None) -> None:
        reply, self.reply = self.reply, None
        note = ""
        if stats is not None:
            note = words_text(stats.decode_tokens_per_s)  # the token count is in the status bar's tooltip
            figures = QCoreApplication.translate("Conversation", "{speed} tokens/s · {count} tokens")
            self.speed.emit(note, figures.format(speed=f"{stats.decode_tokens_per_s:.1f}", count=stats.reply_tokens))
            if stats.stop_reason == "length":
                note += QCoreApplication.translate("Conversation", " · stopped at the length limit")
                last = self.view.messages[-1] if self.view.messages else None
                self.cut_reply = last.message_id if last is not None and last.role == ASSISTANT else None
            saved = reply.saved if reply is not None else None
            self._show_memory(stats, saved.stream.prompt.dropped_turns if saved is not None else 0)
        if (stats is None or stats.cancelled) and reply is not None and reply.stop_requested:
            note = "stopped" + (f" · {note}" if note else "")
        self.view.end_reply(note)
        self.changed.emit()
        self._collection.release()
        self.session.reply_ended(answered=stats is not None and not stats.cancelled)

    def _show_memory(self, stats: ReplyStats, left_out: int = 0) -> None:
        model = self.engine.model
        if model is None:
            return
        budget = min(self._settings().max_tokens, model.n_ctx // 2)  # the room Engine.chat keeps for a reply
        share = memory_used(stats.prompt_tokens, stats.reply_tokens, model.n_ctx, budget, left_out)
        self.memory.emit(memory_words(share, left_out), memory_explained(model.n_ctx))

    def _tell_when_left_out(self, dropped_turns: int) -> None:
        """Once per chat: its oldest messages no longer fit in the model's memory."""
        if dropped_turns <= 0 or self.chat is None or self.chat.id in self._left_out_told:
            return
        self._left_out_told.add(self.chat.id)
        model = self.engine.model
        longer_may_fit = model is not None and model.n_ctx < model.n_ctx_train
        self.notice.emit(left_out_sentence(dropped_turns, longer_may_fit))

    def _reply_failed(self, message: str) -> None:
        self.reply = None
        self.view.end_reply(QCoreApplication.translate("Conversation", "not finished"))
        text = self._request[0] if self._request else None
        if not self._question_saved and self.chat is not None:
            # Nothing of this turn reached the store: show what it holds, and give the text back.
            self.show_chat()
            if text and not self.box.toPlainText().strip():
                self.box.setPlainText(text)
            message = (
                QCoreApplication.translate("Conversation", "Your message was not sent. {reason}").format(reason=message)
                if text
                else message
            )
        self.notice.emit(message)
        if self.engine.model is None:
            self.model_stopped.emit()
        self.changed.emit()
        self._collection.release()
        self.session.reply_ended(answered=False)

    # -- chats ---------------------------------------------------------------------------------

    def busy_with_a_reply(self) -> bool:
        if self.reply is not None:
            self.status_message.emit(QCoreApplication.translate("Conversation", "Stop the reply first (Esc)."), 4000)
        return self.reply is not None

    def new_chat(self) -> bool:
        if self.busy_with_a_reply():
            return False
        self._set_chat(None)
        self.cut_reply = None
        self.cancel_edit()
        self.memory.emit("", "")
        self.view.clear_messages()
        self.changed.emit()
        self.shown.emit()
        return True

    def open_chat(self, conversation_id: int, message_id: int | None = None) -> bool:
        """Show a saved chat (at the branch holding ``message_id``, for a search hit); whether it opened."""
        if self.busy_with_a_reply():
            return False
        try:
            chat = SavedChat(self.store, self.store.conversation(conversation_id).id, self.engine)
            if message_id is not None:
                chat.show_version(message_id)
        except ShortChatError as error:
            self.notice.emit(str(error))
            return False
        self._set_chat(chat)
        self.shown_messages = SHOWN_MESSAGES
        if message_id is not None:  # a search hit further back than the last messages: show down to it
            ids = [m.id for m in chat.messages()]
            if message_id in ids:
                self.shown_messages = max(SHOWN_MESSAGES, len(ids) - ids.index(message_id))
        self.cancel_edit()
        self.memory.emit("", "")  # known again after the next reply
        self.show_chat()
        self.shown.emit()
        if message_id is not None:
            self.view.show_message(message_id)
        return True

    def show_chat(self) -> None:
        """Render the branch shown of the current chat: its last ``shown_messages`` messages."""
        self.view.clear_messages()
        if self.chat is None:
            return
        messages = self.chat.messages(self.shown_messages)
        versions = self.store.versions(messages)  # one query for all, not one per message
        for message in messages:
            self.view.add_message(*self._shown(message, versions[message.id]))
        self.view.show_earlier_link(bool(messages) and messages[0].parent_id is not None)
        last = messages[-1] if messages else None
        self.cut_reply = last.id if last is not None and last.role == ASSISTANT and last.state == CUT else None
        self.show_store_problems()
        self.view.open_at_end()  # a chat always opens at its newest message
        self.changed.emit()

    def _shown(self, message, version: tuple[int, int]) -> tuple:
        """What the chat view needs of a saved message: role, text, author, note, id, version."""
        if message.role == USER:
            author, note = QCoreApplication.translate("Conversation", "You"), ""
        else:
            author = (
                display_name(Path(message.model).name)
                if message.model
                else QCoreApplication.translate("Conversation", "Assistant")
            )
            note = note_of(message)
        return message.role, message.text, author, note, message.id, version

    def show_store_problems(self) -> None:
        """What the store had to set aside since last time, said in the chat."""
        for note in self.store.problems.notes[self._problems_shown :]:
            self.notice.emit(note)
        self._problems_shown = len(self.store.problems.notes)

    def _waits_for_the_reply(self) -> bool:
        if self.reply is not None:
            self.status_message.emit(
                QCoreApplication.translate("Conversation", "Wait for the reply to end, or stop it (Esc)."), 4000
            )
        return self.reply is not None

    def show_earlier(self) -> None:
        """The messages before the first one shown, put above it: only they are read and rendered."""
        first = next((m for m in self.view.messages if m.message_id is not None), None)
        if self._waits_for_the_reply() or self.chat is None or first is None:
            return
        earlier = self.store.earlier(first.message_id, SHOWN_MESSAGES)
        versions = self.store.versions(earlier)
        self.view.prepend_messages([self._shown(message, versions[message.id]) for message in earlier])
        self.shown_messages += len(earlier)
        self.view.show_earlier_link(bool(earlier) and earlier[0].parent_id is not None)
        self.view.verticalScrollBar().setValue(0)

    def edit(self, message_id: int) -> None:
        """Put an earlier question in the box; Send asks it again as a new version."""
        message = next((m for m in self.view.messages if m.message_id == message_id), None)
        if self._waits_for_the_reply() or message is None:
            return
        self.editing = message.message_id
        self.view.show_message(message.message_id)  # the question being edited, marked
        self.box.setPlainText(message.text)
        self.box.setFocus()
        self.changed.emit()

    def show_version(self, message_id: int, step: int) -> None:
        """‹ and ›: the previous or next version of a message, and the branch under it."""
        if self._waits_for_the_reply() or self.chat is None:
            return
        versions = self.store.siblings(message_id)
        index = versions.index(message_id) + step
        if 0 <= index < len(versions):
            self.chat.show_version(versions[index])
            self.show_chat()

    def cancel_edit(self) -> None:
        if self.editing is not None:
            self.editing = None
            self.view.clear_mark()
            self.box.clear()
            self.changed.emit()

    def chat_deleted(self, conversation_id: int) -> None:
        if self.chat is not None and self.chat.id == conversation_id:
            self.new_chat()

    def markdown(self) -> str | None:
        if self.chat is None:
            return None
        return export_markdown(self.chat.conversation, self.store.branch(self.chat.id), display_name)

    def export(self) -> None:
        """File → Export: the branch shown, as Markdown, where the person says."""
        export_chat(self)

    def copy_chat(self) -> None:
        text = self.markdown()
        if text is not None:
            self.view.copy_text(text, QCoreApplication.translate("Conversation", "The whole chat was copied"))

    def copy_last_reply(self) -> None:
        last = next((m for m in reversed(self.view.messages) if m.role == ASSISTANT), None)
        if last is not None:
            self.view.copy_text(last.text, QCoreApplication.translate("Conversation", "Reply copied"))

    def edit_instructions(self) -> None:
        """This chat's own instructions (a new chat is saved first, so they have a chat to belong to)."""
        if self.chat is None:
            self._set_chat(SavedChat.new(self.store, self.engine))
            self.chats_changed.emit()
        own, default = self.chat.conversation.system_prompt, self._settings().system_prompt
        dialog = InstructionsDialog(own, default, self.view.window())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.store.set_system_prompt(self.chat.id, dialog.chosen())

    def close(self) -> None:
        """The window closes: what the conversation held of Python's garbage collection is given back."""
        self._collection.end()

    def say(self, text: str) -> None:
        """A notice from ShortChat, in the chat."""
        self.view.add_message(NOTICE, text, "ShortChat")
