"""Document conventions: the ` date YYYY-MM-DD` first line some news documents carry."""

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
