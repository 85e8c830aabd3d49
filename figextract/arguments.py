"""Checks of the public entry points' arguments, in one place: each returns the argument in
the form the library uses, or raises ``TypeError`` (wrong type) or ``ValueError`` (wrong
value) with a message that names what is expected."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from figextract.facts import KINDS
from figextract.langdetect import LANGS

# A document's date: one for all texts, or a function of the text (``document_date``).
RefDate = dt.date | str | Callable[[str], dt.date | str | None] | None


def check_lang(lang: object) -> str | None:
    if lang is None:
        return None
    if not isinstance(lang, str):
        raise TypeError(f"lang must be None (detect), 'ru' or 'kk', not {type(lang).__name__}")
    if lang not in LANGS:
        raise ValueError(f"lang must be None (detect), 'ru' or 'kk'; got {lang!r}")
    return lang


def check_ref_date(ref_date: object) -> dt.date | None:
    if ref_date is None:
        return None
    if isinstance(ref_date, dt.datetime):
        return ref_date.date()
    if isinstance(ref_date, dt.date):
        return ref_date
    if isinstance(ref_date, str):
        try:
            return dt.date.fromisoformat(ref_date.strip())
        except ValueError:
            raise ValueError(
                f"ref_date must be a datetime.date or an ISO date 'YYYY-MM-DD'; got {ref_date!r}"
            ) from None
    raise TypeError(
        f"ref_date must be a datetime.date or an ISO date string, not {type(ref_date).__name__}"
    )


def check_kinds(kinds: object) -> frozenset[str]:
    if kinds is None:
        return KINDS
    if isinstance(kinds, str):
        kinds = [kinds]
    if not isinstance(kinds, Iterable):
        raise TypeError(f"kinds must be an iterable of kind names, not {type(kinds).__name__}")
    chosen = set()
    for kind in kinds:
        if not isinstance(kind, str):
            raise TypeError(f"kinds must hold kind names (str), not {type(kind).__name__}")
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}; known kinds: {', '.join(sorted(KINDS))}")
        chosen.add(kind)
    return frozenset(chosen)


def check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError("text must be str, not bytes: decode it first (e.g. data.decode('utf-8'))")
    raise TypeError(f"text must be str, not {type(text).__name__}")


def check_named(item: object) -> tuple[str, object]:
    """A ``(name, text)`` pair of ``Extractor.write_many`` (the text is checked where it is
    read)."""
    if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str)):
        raise TypeError(f"texts must be (name, text) pairs with a str name, got {item!r:.60}")
    return item[0], item[1]


def check_texts(texts: object, items: str = "str") -> Iterable[object]:
    """An iterable of texts (``items``: what each must be, for the message), not one text."""
    if isinstance(texts, (str, bytes)) or not isinstance(texts, Iterable):
        raise TypeError(f"texts must be an iterable of {items}, not {type(texts).__name__}")
    return texts


def check_render(render: object) -> None:
    """What writes facts (``write_stream``, ``write_many``)."""
    if not callable(render):
        raise TypeError(f"render must be callable, not {type(render).__name__}")


def check_count(name: str, value: object, expected: str = "an int", least: int = 1) -> int:
    """A whole number of at least ``least`` (``processes``, ``chunksize``, an offset)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be {expected}, not {type(value).__name__}")
    if value < least:
        raise ValueError(f"{name} must be at least {least}, got {value}")
    return value


def check_processes(processes: object) -> int:
    """``processes``: None (this process alone, 1) or a whole number of at least 1."""
    return 1 if processes is None else check_count("processes", processes, "None or an int")
