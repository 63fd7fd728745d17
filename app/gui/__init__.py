"""The window: a thin Qt layer that runs ``app.core`` objects off the GUI thread and shows their results."""

import os

# superqt reaches Qt through qtpy; make sure that is PySide6 even if another binding is installed.
os.environ.setdefault("QT_API", "pyside6")
