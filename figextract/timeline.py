"""What a period says, before and after it meets the document's date.

The grammar reads a period into a ``When``: one or two calendar ``Point``s (a day, a month, a
quarter, a year …, each absolute or relative to the reference date) and how they combine
(``point``, ``range``, ``since``, ``until``, ``last``, ``next``, ``ago``, ``after``,
``duration``; ``every`` for a recurrence, "ежегодно", "жыл сайын"; ``same`` for a period named
by one before it that the text does not name, "за аналогичный период" alone). ``resolve`` turns a
``When`` into inclusive dates given the reference date; the ``When`` stays on the fact, so a
period read without a reference date can be resolved later.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from figextract.records import by_fields
from figextract.value import Value
from figextract.vocab import Mode

# From the finest to the coarsest.
GRANULARITIES = ("day", "week", "month", "quarter", "half_year", "season", "year", "decade",
                 "century")
# Months of each season; winter starts in December of its year and runs into the next.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 14)}
_MONTHS_IN = {"year": 12, "half_year": 6, "quarter": 3, "month": 1, "decade": 120,
              "century": 1200}
_DAYS_IN = {"day": 1, "week": 7}
_MAX_SHIFT = 10**7  # days or months: more leaves the calendar (years 1 to 9999) anyway


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar unit. ``year`` is absolute; otherwise ``year_offset`` counts years from the
    reference date's (−1: last year). ``granularity`` says which unit the point names; its
    fields below that unit are None. ``month_offset``/``day_offset``/``week_offset`` name a
    month, day or week relative to the reference date ("в прошлом месяце", "вчера")."""

    __reduce__ = by_fields

    granularity: str
    year: int | None = None
    year_offset: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    weekday: int | None = None  # 0 Monday … 6 Sunday: the last such day up to the reference
    month_offset: int | None = None
    week_offset: int | None = None
    day_offset: int | None = None

    @property
    def relative(self) -> bool:
        """Needs the reference date: a relative part, or no year at all ("в марте")."""
        return self.year is None

    def to_dict(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in self.__slots__ if getattr(self, k) is not None}


@dataclass(frozen=True, slots=True)
class When:
    """A period as written: ``mode`` with its points, and for ``last``/``next``/``ago``/
    ``after``/``duration`` the amount of ``unit``s stated ("за последние 20 лет")."""

    __reduce__ = by_fields

    mode: Mode
    start: Point | None = None
    end: Point | None = None
    amount: Value | None = None
    unit: str | None = None

    @property
    def relative(self) -> bool:
        """Its dates depend on the reference date."""
        if self.mode in ("last", "next", "ago", "after", "since"):
            return True
        return any(p is not None and p.relative for p in (self.start, self.end))

    def to_dict(self) -> dict[str, object]:
        return {
            "mode": self.mode,
            "start": None if self.start is None else self.start.to_dict(),
            "end": None if self.end is None else self.end.to_dict(),
            "amount": None if self.amount is None else self.amount.to_dict(),
            "unit": self.unit,
        }


def resolve(when: When, ref: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """Inclusive first and last day of ``when``; None where unknown or open, or outside the
    calendar ("через 99999999999 дней")."""
    try:
        return _resolve(when, ref)
    except (ValueError, OverflowError):
        return None, None


def _resolve(when: When, ref: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    mode = when.mode
    if mode in ("duration", "every", "same"):
        return None, None
    if mode in ("last", "next", "ago", "after"):
        if ref is None or when.amount is None or when.unit is None:
            return None, None
        count = when.amount.best
        if count is None:
            return None, None
        if mode == "last":  # "за последние четыре года" read on 2025-08-13: from 2021-08-13
            back = _shift(ref, when.unit, -count)
            return (back + dt.timedelta(days=1) if when.unit in _DAYS_IN else back), ref
        if mode == "next":
            return ref, _shift(ref, when.unit, count) - dt.timedelta(days=1)
        moved = _shift(ref, when.unit, -count if mode == "ago" else count)
        return _bounds(_at(moved, "day" if when.unit in _DAYS_IN else "year"), ref)
    start = _bounds(when.start, ref) if when.start is not None else (None, None)
    end = _bounds(when.end, ref) if when.end is not None else start
    if mode == "point":
        return start
    if mode == "range":
        return start[0], end[1]
    if mode == "since":  # to the reference date; open when it starts after it ("с 1 января
        # 2026 года" read in 2025)
        if start[0] is not None and ref is not None and start[0] > ref:
            return start[0], None
        return start[0], ref
    return None, end[1]  # until


def _at(day: dt.date, granularity: str) -> Point:
    if granularity == "day":
        return Point("day", year=day.year, month=day.month, day=day.day)
    return Point("year", year=day.year)


def _shift(day: dt.date, unit: str, count: Decimal) -> dt.date:
    """``day`` moved by ``count`` units (months for month-based units, days otherwise)."""
    scaled = count * _DAYS_IN.get(unit, _MONTHS_IN.get(unit, 12))
    if not -_MAX_SHIFT <= scaled <= _MAX_SHIFT:  # before int(): quadratic in the digits
        raise OverflowError(f"{count} {unit} leave the calendar")
    whole = int(scaled)
    if unit in _DAYS_IN:
        return day + dt.timedelta(days=whole)
    index = day.year * 12 + day.month - 1 + whole  # months
    year, month = divmod(index, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise OverflowError(f"{count} {unit} from {day} leave the calendar")
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _bounds(point: Point, ref: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    if point.day_offset is not None:
        if ref is None:
            return None, None
        day = ref + dt.timedelta(days=point.day_offset)
        return day, day
    if point.week_offset is not None:
        if ref is None:
            return None, None
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=point.week_offset)
        return monday, monday + dt.timedelta(days=6)
    if point.weekday is not None:
        if ref is None:
            return None, None
        day = ref - dt.timedelta(days=(ref.weekday() - point.weekday) % 7)
        return day, day
    if point.month_offset is not None:
        if ref is None:
            return None, None
        first = _shift(ref.replace(day=1), "month", Decimal(point.month_offset))
        return first, month_end(first.year, first.month)
    year = point.year
    if year is None:
        if ref is None:
            return None, None
        year = ref.year + (point.year_offset or 0)
    granularity = point.granularity
    if granularity == "day" and point.month is not None and point.day is not None:
        day = dt.date(year, point.month, point.day)
        return day, day
    if granularity == "month" and point.month is not None:
        return dt.date(year, point.month, 1), month_end(year, point.month)
    if granularity == "quarter" and point.quarter is not None:
        first_month = 3 * point.quarter - 2
        return dt.date(year, first_month, 1), month_end(year, first_month + 2)
    if granularity == "half_year" and point.half is not None:
        first_month = 6 * point.half - 5
        return dt.date(year, first_month, 1), month_end(year, first_month + 5)
    if granularity == "season" and point.season is not None:
        first_month, last_month = SEASONS[point.season]
        last_year, last_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
        return dt.date(year, first_month, 1), month_end(last_year, last_month)
    if granularity == "decade":
        return dt.date(year, 1, 1), dt.date(year + 9, 12, 31)
    if granularity == "century":
        return dt.date(year, 1, 1), dt.date(year + 99, 12, 31)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])
