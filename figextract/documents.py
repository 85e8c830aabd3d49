"""Document conventions: the ` date YYYY-MM-DD` first line some news documents carry. It is
the document's metadata, not its text: it gives the reference date, and no fact is read in
it."""

from __future__ import annotations

import datetime as dt

import regex

_DATE_LINE = regex.compile(r"\A\s*date\s+([0-9]{4}-[0-9]{2}-[0-9]{2})\b")


def document_date(text: str) -> dt.date | None:
    """The publication date written on a document's first line (`` date 2025-09-30 …``)."""
    match = _DATE_LINE.match(text[:64])
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def header_end(text: str) -> int:
    """Where a document's text starts after its ` date …` line (0 when it has none)."""
    if document_date(text) is None:
        return 0
    end = text.find("\n")
    return len(text) if end < 0 else end


def without_header(text: str) -> str:
    """The text with its ` date …` line blanked: the same offsets, no facts read in it."""
    end = header_end(text)
    return " " * end + text[end:] if end else text
