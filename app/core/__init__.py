"""ShortChat's core: plain Python, no Qt. Usable from the CLI, the GUI and tests."""
