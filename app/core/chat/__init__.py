"""Chats: the store (SQLite), a saved chat and its replies, an unsaved session, A/B compare,
Markdown for replies and how much of the chat memory a chat uses."""
