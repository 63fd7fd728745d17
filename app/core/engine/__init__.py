"""Running a model: llama.cpp in a child process (llama_process, llama_worker), the engine that
talks to it, prompts and templates, generation settings, saved chat states, and what the loaded
llama.cpp build does to weights (repack, quant_mix)."""
