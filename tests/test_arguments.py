"""Every public entry point checks its arguments and says what to fix: ``extract``,
``Extractor`` and its methods, ``extract_many`` and the command line."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import figextract
from figextract import Extractor

EXTRACTOR = Extractor()


def _first_of(many: Callable[..., Iterator[object]]) -> Callable[..., object]:
    """``many`` called on one text: its first (and only) result."""
    return lambda text, **options: next(iter(many([text], **options)))


# The same checks at each door that takes one text.
ENTRY_POINTS: dict[str, Callable[..., object]] = {
    "extract": figextract.extract,
    "Extractor.extract": EXTRACTOR.extract,
    "extract_many": _first_of(figextract.extract_many),
    "Extractor.extract_many": _first_of(EXTRACTOR.extract_many),
}
DOORS = pytest.mark.parametrize("entry", list(ENTRY_POINTS))

# (argument, what it was given, the exception, what its message says)
BAD = [
    ("text", None, TypeError, "text must be str, not NoneType"),
    ("text", 20, TypeError, "text must be str, not int"),
    ("text", ["20%"], TypeError, "text must be str, not list"),
    ("text", b"20%", TypeError, "decode it first"),
    ("text", bytearray(b"20%"), TypeError, "decode it first"),
    ("lang", "en", ValueError, "'ru' or 'kk'; got 'en'"),
    ("lang", "RU", ValueError, "'ru' or 'kk'; got 'RU'"),
    ("lang", 5, TypeError, "'ru' or 'kk', not int"),
    ("ref_date", "2025-13-45", ValueError, "ISO date 'YYYY-MM-DD'; got '2025-13-45'"),
    ("ref_date", "2025-02-30", ValueError, "ISO date"),
    ("ref_date", "", ValueError, "ISO date"),
    ("ref_date", "yesterday", ValueError, "ISO date"),
    ("ref_date", 20250101, TypeError, "not int"),
    ("ref_date", True, TypeError, "not bool"),
    ("kinds", {"weight"}, ValueError, "unknown kind 'weight'; known kinds: count, money, "
     "percentage, period"),
    ("kinds", "moneys", ValueError, "unknown kind 'moneys'"),
    ("kinds", 5, TypeError, "iterable of kind names, not int"),
    ("kinds", [5], TypeError, "kind names (str), not int"),
]


@DOORS
@pytest.mark.parametrize(("name", "value", "error", "message"), BAD,
                         ids=[f"{n}={v!r}" for n, v, _, _ in BAD])
def test_a_bad_argument_says_what_to_fix(entry: str, name: str, value: object,
                                         error: type[Exception], message: str) -> None:
    call = ENTRY_POINTS[entry]
    with pytest.raises(error) as raised:
        if name == "text":
            call(value)
        else:
            call("20%", **{name: value})
    assert message in str(raised.value)


@DOORS
def test_good_arguments_in_every_accepted_form(entry: str) -> None:
    call = ENTRY_POINTS[entry]
    expected = call("В 2024 году рост 5%", ref_date=dt.date(2025, 1, 1))
    assert expected  # a period and a percentage
    for ref_date in ("2025-01-01", " 2025-01-01 ", dt.datetime(2025, 1, 1, 12, 30)):
        assert call("В 2024 году рост 5%", ref_date=ref_date) == expected
    for kinds in ("percentage", ["percentage"], {"percentage"}, (k for k in ["percentage"])):
        assert [f.kind for f in call("В 2024 году рост 5%", kinds=kinds)] == ["percentage"]
    assert call("", lang="kk") == []
    assert call("рост 5%", kinds=[]) == []  # no kind asked for, none given


@pytest.mark.parametrize(("options", "error", "message"), [
    ({"lang": "de"}, ValueError, "'ru' or 'kk'; got 'de'"),
    ({"lang": b"ru"}, TypeError, "not bytes"),
    ({"kinds": ["money", "weight"]}, ValueError, "unknown kind 'weight'"),
    ({"kinds": 1.5}, TypeError, "not float"),
])
def test_the_extractor_checks_its_options(options: dict[str, object], error: type[Exception],
                                          message: str) -> None:
    with pytest.raises(error, match=message):
        Extractor(**options)  # type: ignore[arg-type]


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "figextract", *args], input=stdin,
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize(("args", "message"), [
    (["--lang", "en"], "invalid choice: 'en'"),
    (["--kinds", "weight"], "unknown kind(s) weight; known: count, money"),
    (["--ref-date", "2025-13-45"], "--ref-date must be YYYY-MM-DD, got '2025-13-45'"),
    (["--jobs", "0"], "must be at least 1"),
    (["--jobs", "two"], "expected a whole number"),
    (["--format", "xml"], "invalid choice: 'xml'"),
])
def test_the_command_line_says_what_to_fix(args: list[str], message: str) -> None:
    result = _cli(*args, stdin="20%")
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_line_refuses_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    binary = tmp_path / "table.bin"
    binary.write_bytes(b"\xff\xfe2\x000\x00%\x00")
    result = _cli(str(binary))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]  # one line
    assert "cannot read" in result.stderr and "utf-8" in result.stderr
    assert "Traceback" not in result.stderr
