"""Fixtures for tests/graphs (defined in graphs_testutil)."""

from graphs_testutil import counting_server, sample_triples  # noqa: F401
