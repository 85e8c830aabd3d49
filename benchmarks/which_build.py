"""Which figextract a benchmark measures: the installed one (pure Python, or compiled with mypyc;
see the README), or this tree's when none is installed."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def figextract_build() -> tuple[ModuleType, str]:
    """The figextract package and the name of its build (compiled when any of its modules is
    an extension module, whatever version it is)."""
    try:
        import figextract
    except ImportError:
        sys.path.insert(0, str(ROOT))
        import figextract

    package = Path(figextract.__file__).parent
    compiled = any(package.rglob("*.so")) or any(package.rglob("*.pyd"))
    return figextract, "compiled" if compiled else "pure Python"
