"""The two builds: pure Python, and the optional compiled one (mypyc, see the README)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import figextract

PACKAGE = Path(figextract.__file__).resolve().parent
PYPROJECT = PACKAGE.parent / "pyproject.toml"
COMPILED_SUFFIXES = (".so", ".pyd")


def test_no_compiled_module_shadows_the_sources():
    """A compiled build made in place leaves its modules beside the ``.py`` files, and Python
    loads those instead: an edit to the sources would then change nothing."""
    if not PYPROJECT.exists():
        pytest.skip("an installed package, not the source tree: compiled modules belong there")
    stale = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*")
                   if p.suffix in COMPILED_SUFFIXES)
    assert not stale, (
        f"compiled modules beside the sources shadow them: {stale}; remove them "
        "(git clean -fX figextract) and build the compiled package from a copy of the tree")


def test_the_compiled_build_names_modules_that_exist():
    """The mypyc hook lists files by path; a renamed module would silently stay Python."""
    if not PYPROJECT.exists():
        pytest.skip("an installed package: no pyproject.toml to read")
    listed = re.findall(r'^\s*"/(figextract/[\w/]+\.py)",?$', PYPROJECT.read_text("utf-8"),
                        flags=re.MULTILINE)
    assert listed, "no module listed for the compiled build in pyproject.toml"
    missing = [path for path in listed if not (PACKAGE.parent / path).is_file()]
    assert not missing, f"pyproject.toml compiles modules that do not exist: {missing}"
