"""Helpers for tests, benchmarks and the self-test (synthetic models, fake hub)."""
