"""The shape of an examples-table row: what one input must give.

Each kind and language keeps its table beside its data (``money/corpus_ru.py`` …): the tests
run every row, and the rows document what the library reads.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple


class Expect(NamedTuple):
    """One fact an input must give: its value's bounds, unit and (optionally) exact text."""

    low: Decimal | None
    high: Decimal | None
    approximate: bool
    unit: str  # ISO code, "percent" or "percentage_point"
    text: str | None = None  # the span's text; None: the whole input


def _d(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def exact(value: str, unit: str, text: str | None = None) -> Expect:
    return Expect(_d(value), _d(value), False, unit, text)


def about(value: str, unit: str, text: str | None = None) -> Expect:
    return Expect(_d(value), _d(value), True, unit, text)


def above(value: str, unit: str, text: str | None = None, *, approximate: bool = False) -> Expect:
    return Expect(_d(value), None, approximate, unit, text)


def below(value: str, unit: str, text: str | None = None, *, approximate: bool = False) -> Expect:
    return Expect(None, _d(value), approximate, unit, text)


def between(low: str, high: str, unit: str, text: str | None = None, *,
            approximate: bool = False) -> Expect:
    return Expect(_d(low), _d(high), approximate, unit, text)


def almost(value: str, unit: str, text: str | None = None) -> Expect:
    return Expect(None, _d(value), True, unit, text)


def vague(value: str, unit: str, text: str | None = None) -> Expect:
    return Expect(_d(value), None, True, unit, text)


# -- periods ---------------------------------------------------------------------------------

# The reference date the period tables are resolved against (a Tuesday).
REF_DATE = "2025-09-30"


class PeriodExpect(NamedTuple):
    """A period an input must give, resolved against ``REF_DATE``."""

    start: str | None  # ISO date or None
    end: str | None
    granularity: str
    mode: str  # point, range, since, until, last, next, ago, after, duration
    text: str | None = None


def period(start: str | None, end: str | None, granularity: str, mode: str = "point",
           text: str | None = None) -> PeriodExpect:
    return PeriodExpect(start, end, granularity, mode, text)


def lasting(granularity: str, text: str | None = None) -> PeriodExpect:
    """A duration with no dates ("5 лет")."""
    return PeriodExpect(None, None, granularity, "duration", text)
