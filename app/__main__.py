import multiprocessing

from app.cli import entry

if __name__ == "__main__":
    # The engine starts llama.cpp in a spawned child; in a PyInstaller build the
    # child re-enters this executable and freeze_support() routes it to the worker.
    multiprocessing.freeze_support()
    raise SystemExit(entry())
