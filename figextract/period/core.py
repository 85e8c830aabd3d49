"""What the period rules pass between them: a core read so far, the period as written, and
the shared makers of calendar points."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from figextract.timeline import GRANULARITIES, Point, When

# Points, and Whens made of points, are immutable and a text repeats them ("2024 года", "в
# прошлом году"): each is made once and shared. (A frozen dataclass of twelve fields costs 1.3 µs
# to make, a cache hit 0.1 µs.) Not a When with an amount: Decimal("2E+1") == Decimal("20"), and
# a cache would hand back whichever was written first.
point = cast("type[Point]", lru_cache(maxsize=4096)(Point))
when = cast("type[When]", lru_cache(maxsize=4096)(When))

# The field of a point a unit's offset from the reference date goes in: "в прошлом году" is a
# year offset, "вчера" a day offset.
OFFSET_FIELDS = {"year": "year_offset", "month": "month_offset", "week": "week_offset",
                 "day": "day_offset"}


def offset_point(unit: str, offset: int) -> Point:
    """The ``unit`` so many of them from the reference date's ("в прошлом году": year, −1)."""
    return point(unit, **{OFFSET_FIELDS[unit]: offset})  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Anaphora:
    """A period named by the one named before it (the reader finds that one): "аналогичный
    период прошлого года" is all of it a year earlier, "в том же году" its year, "в тот же
    день" its day, "годом ранее" the year before, "накануне" the day before."""

    unit: str  # "period" (the whole period), "year", "month", "day", or "months" (the first
    # ``shift`` months of the year named before: "за 9 месяцев")
    shift: int = 0  # years ("period", "year") or days ("day"); months for "months"
    year: Point | None = None  # the year a period moves to: "2024 года", "прошлого года"
    fallback: bool = False  # with none named before, the period as read holds ("годом
    # ранее": last year); otherwise it stays unresolved


@dataclass(slots=True)
class PeriodFigure:
    """A period as written, read off the folded text: offsets are the folded text's. Its
    dates are the extractor's business (``timeline.resolve``)."""

    start: int
    end: int
    when: When
    granularity: str
    lang: str
    relation: str = ""  # "comparison": the period a figure is compared with
    anaphora: Anaphora | None = None


@dataclass(slots=True)
class Core:
    """The calendar part of a period: one point or two, and the token after it."""

    start: Point
    stop: int  # token index after the core
    end: Point | None = None  # a range's second point
    tag: str = ""  # Kazakh case of the last word
    lang: str = ""
    anaphora: Anaphora | None = None


def finest(start: Point | None, end: Point | None) -> str:
    """The finer granularity of two points ("year" when there is none)."""
    grains = [p.granularity for p in (start, end) if p is not None]
    return min(grains, key=GRANULARITIES.index) if grains else "year"
