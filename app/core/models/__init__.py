"""Model files: the catalog of the hub, quant levels, GGUF headers, the library on disk and
downloads."""
