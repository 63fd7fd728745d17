"""ShortChat: chat offline with Nota AI's pruned Vicuna models."""

from importlib import metadata

try:
    __version__ = metadata.version("shortchat")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

APP_NAME = "ShortChat"
