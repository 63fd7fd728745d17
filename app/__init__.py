"""ShortChat: chat offline with Nota AI's pruned Vicuna models."""

APP_NAME = "ShortChat"


def __getattr__(name: str):
    # The version is looked up on first use: importlib.metadata takes a while to import, and
    # every process (llama.cpp's too) imports this package.
    if name == "__version__":
        from importlib import metadata

        try:
            version = metadata.version("shortchat")
        except metadata.PackageNotFoundError:  # running from a source tree that is not installed
            version = "0+unknown"
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
