"""``shortchat serve``: an OpenAI-compatible API on this computer, for other programs.

``engine_queue`` lets many clients share one engine (one llama.cpp context) in turn;
``openai_api`` is the HTTP side (Starlette); ``server`` checks the address and runs it
with uvicorn. No Qt here: the window runs the same server on a thread of its own.
"""

# Here, not in ``server``, so `shortchat --help` can show them without importing the HTTP stack.
DEFAULT_PORT = 4892  # beside GPT4All's 4891; LM Studio 1234, Jan 1337, Ollama 11434 and KoboldCpp 5001 stay free
DEFAULT_WAITING = 16  # requests that may wait while one is answered
