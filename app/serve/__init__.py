"""``shortchat serve``: an OpenAI-compatible API on this computer, for other programs.

``engine_queue`` lets many clients share one engine (one llama.cpp context) in turn;
``openai_api`` is the HTTP side (Starlette); ``server`` checks the address and runs it
with uvicorn. No Qt here: the window runs the same server on a thread of its own.
"""
