"""The frozen app's entry point (PyInstaller needs a script, not a package's ``__main__``)."""

import multiprocessing
import sys

from app.launch import main

if __name__ == "__main__":
    # llama.cpp runs in a spawned child; in the bundle the child re-enters this
    # executable, and freeze_support() sends it to the worker instead of the app.
    multiprocessing.freeze_support()
    sys.exit(main())
