"""Will it fit, and how fast: this computer (hardware), the memory a model takes (footprint), what
was measured here (measurements), the verdicts and choices shown to people, the speed estimate and
the out-of-memory ladder."""
