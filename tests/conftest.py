"""Hypothesis profiles: ``default`` for every run, ``slow`` for ``pytest --slow`` (ten times
the examples), and ``FIGEXTRACT_FUZZ_EXAMPLES=N`` for a long fuzzing run of N examples per
property."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow],
           "derandomize": False}
settings.register_profile("default", max_examples=300, **_COMMON)
settings.register_profile("slow", max_examples=3000, **_COMMON)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true",
                     help="run the Hypothesis properties with ten times the examples")


def pytest_configure(config: pytest.Config) -> None:
    examples = os.environ.get("FIGEXTRACT_FUZZ_EXAMPLES")
    if examples:
        if not examples.isdigit() or int(examples) < 1:
            raise pytest.UsageError(
                f"FIGEXTRACT_FUZZ_EXAMPLES must be a positive whole number, got {examples!r}")
        settings.register_profile("long", max_examples=int(examples), **_COMMON)
        settings.load_profile("long")
    elif config.getoption("--slow"):
        settings.load_profile("slow")
    else:
        settings.load_profile("default")


def extra(module: str) -> object:
    """An optional extra's module: imported when CI says the extras are installed
    (FIGEXTRACT_REQUIRE_EXTRAS=1: their tests must run, not skip), else skipped without it."""
    if os.environ.get("FIGEXTRACT_REQUIRE_EXTRAS"):
        import importlib
        return importlib.import_module(module)
    return pytest.importorskip(module)
