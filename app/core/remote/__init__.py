"""Models served by another computer: llama.cpp's llama-server, OpenAI-compatible servers, Ollama."""
