"""The shape of the package (docs/ARCHITECTURE.md): small modules, no import cycle, and no
module reaching into another's private names. Read from the sources, so these tests check the
tree they run from (skipped for an installed copy without its sources)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "figextract"
MAX_LINES = 400
# NamedTuple's own API is spelt with an underscore so as not to clash with field names.
NAMEDTUPLE_API = frozenset({"_replace", "_asdict", "_fields", "_make", "_field_defaults",
                            "_"})  # and spaCy's public namespace of extensions: span._.fact


def modules() -> dict[str, Path]:
    """Dotted module name -> source file, for every module of the package."""
    if not PACKAGE.is_dir():
        pytest.skip("no package sources beside the tests")
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def imports(path: Path, known: dict[str, Path]) -> set[str]:
    """The package's modules that ``path`` imports, anywhere in it (inside functions too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                if submodule in known:
                    found.add(submodule)
                elif node.module in known:
                    found.add(node.module)
    return found


def cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of ``graph`` (a list of modules, first repeated last), or []."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(name: str) -> list[str]:
        state[name] = 1
        path.append(name)
        for other in sorted(graph[name]):
            if state.get(other) == 1:
                return [*path[path.index(other):], other]
            if other not in state:
                found = visit(other)
                if found:
                    return found
        path.pop()
        state[name] = 2
        return []

    for name in sorted(graph):
        if name not in state:
            found = visit(name)
            if found:
                return found
    return []


def test_no_module_is_over_400_lines_but_the_examples_tables() -> None:
    long = {name: n for name, path in modules().items()
            if (n := len(path.read_text("utf-8").splitlines())) > MAX_LINES
            and not path.name.startswith("corpus_")}
    assert not long, f"modules over {MAX_LINES} lines: {long}"


def test_no_import_cycle() -> None:
    known = modules()
    graph = {name: imports(path, known) - {name} for name, path in known.items()}
    # The package's __init__ imports the public API; a submodule's import of its parent
    # package is Python's own doing, not an edge of ours.
    graph = {name: {o for o in others if o != "figextract"} for name, others in graph.items()}
    found = cycle(graph)
    assert not found, " -> ".join(found)


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": set()}) == []


def private_uses(source: str) -> list[str]:
    """Private names used from outside their owner: ``x._name`` where ``x`` is not ``self``
    or ``cls``, and ``from m import _name``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") \
                and not node.attr.startswith("__") and node.attr not in NAMEDTUPLE_API:
            if not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
                found.append(f"line {node.lineno}: .{node.attr}")
        elif isinstance(node, ast.ImportFrom):
            found += [f"line {node.lineno}: import {a.name}" for a in node.names
                      if a.name.startswith("_") and not a.name.startswith("__")]
    return found


def test_no_module_uses_another_modules_private_names() -> None:
    used = {name: found for name, path in modules().items()
            if (found := private_uses(path.read_text("utf-8")))}
    assert not used, used


def test_the_private_name_check_sees_a_private_call() -> None:
    source = "reader._lookup(1)\nfrom m import _x\nself._ok()\nx._replace()\nspan._.fact"
    assert sorted(private_uses(source)) == ["line 1: ._lookup", "line 2: import _x"]
