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


def split_header(text: str) -> tuple[str, dt.date | None]:
    """The text with its ` date …` line blanked (the same offsets, no facts read in it), and
    the date it gives; the text itself and None when it has none."""
    date = document_date(text)
    if date is None:
        return text, None
    end = text.find("\n")
    end = len(text) if end < 0 else end
    return " " * end + text[end:], date
