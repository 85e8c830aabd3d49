"""Periods named by the one named before them. The grammar reads the phrase; the reader
(``figextract.reader``) finds the period it leans on, in its paragraph, and works out the
dates.

    SAME_PERIOD PERIOD_NOUN [YEAR]   ("аналогичный период прошлого года", "того же периода
                                      2024 года", "по сравнению с тем же периодом")
    YEAR SAME_PERIOD PERIOD_NOUN     ("өткен жылдың сәйкес кезеңі", "2024 жылдың тиісті
                                      кезеңімен")
    SAME_UNIT UNIT                   ("в том же году", "в тот же день", "сол жылы")
    SHIFT                            ("годом ранее", "накануне")

Words come from ``period/ru.py`` and ``period/kk.py`` through the lexicon.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from figextract.cursor import Cursor
from figextract.facts import Fact, Period
from figextract.period.core import Anaphora, Core, PeriodFigure, offset_point, point, when
from figextract.timeline import month_end
from figextract.vocab import Cat

CoreRule = Callable[[Cursor, int, str], Core | None]

_TUNIT: frozenset[Cat] = frozenset({"tunit"})
_UNITS = frozenset({"year", "month", "day"})  # "в том же году / месяце", "в тот же день"


def same_core(c: Cursor, j: int, core: CoreRule) -> Core | None:
    """"аналогичный период прошлого года", "в том же году": a core that leans on the period
    named before it (``core`` reads the year after it)."""
    lex = c.lex
    same = c.phrase_before(lex.period_same, j)
    if same is not None and c.word(same[1]) in lex.period_nouns:
        k = same[1] + 1
        year = core(c, k, "point")  # "… прошлого года", "… 2024 года"
        if year is not None and year.end is None and year.start.granularity == "year":
            return Core(year.start, year.stop, tag=year.tag, lang=year.lang,
                        anaphora=Anaphora("period", year=year.start))
        # "за аналогичный период": of the year before ("ago"), "за тот же период": the same
        shift = -1 if same[0] == "ago" else 0
        return Core(point("year", year_offset=shift), k, tag=lex.period_nouns[c.word(k - 1)],
                    anaphora=Anaphora("period", shift))
    same = c.phrase_before(lex.period_same_unit, j)
    if same is None:
        return None
    unit = c.lookup(same[1], _TUNIT)
    if unit is None or unit.code not in _UNITS or unit.plural:
        return None
    return Core(point(unit.code), c.past(same[1], unit), tag=unit.tag, lang=unit.lang,
                anaphora=Anaphora(unit.code))


def same_after(c: Cursor, found: Core) -> Core | None:
    """"өткен жылдың сәйкес кезеңі": the period of the year just read, named after it."""
    if found.end is not None or found.start.granularity != "year" or found.anaphora:
        return None
    same = c.phrase_before(c.lex.period_same, found.stop)
    if same is None or c.word(same[1]) not in c.lex.period_nouns:
        return None
    return Core(found.start, same[1] + 1, tag=c.lex.period_nouns[c.word(same[1])],
                lang=found.lang,
                anaphora=Anaphora("period", year=found.start))


def shifted(c: Cursor, i: int) -> tuple[PeriodFigure, int] | None:
    """"годом ранее", "накануне": the year or day before (after) the one named before; with
    none, the reference date's."""
    for words, _, unit, shift, lang in c.lex.period_shifts.get(c.word(i), ()):
        if c.rest_of(i, words):
            end = i + len(words)
            return PeriodFigure(c.start(i), c.end(end - 1),
                                when("point", offset_point(unit, shift)), unit, lang,
                                anaphora=Anaphora(unit, shift, fallback=True)), end
    return None


# -- leaning on the period named before (the reader's part) ---------------------------------

LOOK_BACK = 50  # facts back to look for the period leaned on
_NOT_ANCHORS = frozenset({"every", "duration", "same"})
_GRAINS = {"day": ("day",), "month": ("day", "month")}  # what a day or a month leans on


def lean(fact: Period, anaphora: Anaphora, anchor: Period | None) -> Period:
    """``fact`` worked out from ``anchor``, the period named before it in its paragraph
    (``anchor_of``); as read when there is none and it has a fallback ("годом ранее": last
    year), else unresolved (mode ``same``, no dates)."""
    if anchor is None or anchor.start_date is None or anchor.end_date is None:
        if anaphora.fallback:
            return fact
        return _unresolved(fact)
    try:
        return _leaned(fact, anaphora, anchor, anchor.start_date, anchor.end_date)
    except (ValueError, OverflowError):  # moved off the calendar: "за аналогичный период"
        return _unresolved(fact)  # said a thousand times over, each a year before the last


def _unresolved(fact: Period) -> Period:
    return replace(fact, start_date=None, end_date=None, granularity="",
                   when=when("same", fact.when.start))


def _leaned(fact: Period, anaphora: Anaphora, anchor: Period, first: dt.date,
            last: dt.date) -> Period:
    if anaphora.unit == "day":
        day = first + dt.timedelta(days=anaphora.shift)
        return _dated(fact, day, day, "day")
    if anaphora.unit == "year":
        year = first.year + anaphora.shift
        return _dated(fact, dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if anaphora.unit == "month":
        return _dated(fact, first.replace(day=1), _month_end(first), "month")
    if anaphora.unit == "months":  # "за 9 месяцев" in a year named before: its first nine
        return _dated(fact, dt.date(first.year, 1, 1),
                      _month_end(dt.date(first.year, anaphora.shift, 1)), "month")
    shift = anaphora.shift
    if anaphora.year is not None:  # "… 2024 года"; "… прошлого года": the anchor's year before
        shift = (anaphora.year.year - first.year if anaphora.year.year is not None
                 else anaphora.year.year_offset or 0)
    return _dated(fact, _years_later(first, shift, start=True),
                  _years_later(last, shift, start=False), anchor.granularity)


def anchor_of(fact: Period, unit: str, facts: list[Fact], text: str) -> Period | None:
    """The nearest period before ``fact`` it can lean on: in its paragraph; for a whole period
    ("за аналогичный период 2024 года"), in the paragraphs before if not in its own."""
    grains = _GRAINS.get(unit)
    for earlier in facts[-1:-LOOK_BACK - 1:-1]:
        if earlier.span.end > fact.span.start or not isinstance(earlier, Period):
            continue
        if unit != "period" and (earlier.span.start < 0 or  # read before this block of text
                                 "\n" in text[earlier.span.end:fact.span.start]):
            return None  # another paragraph
        if earlier.relation or earlier.when.mode in _NOT_ANCHORS or \
                earlier.start_date is None or earlier.end_date is None:
            continue
        if grains is None or earlier.granularity in grains:
            return earlier
    return None


def _dated(fact: Period, first: dt.date, last: dt.date, granularity: str) -> Period:
    """``fact`` from ``first`` to ``last``, written in the coarsest calendar units they fit:
    whole years, whole months, else days."""
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        ends = (point("year", year=first.year), point("year", year=last.year))
    elif first.day == 1 and last == _month_end(last):
        ends = (point("month", year=first.year, month=first.month),
                point("month", year=last.year, month=last.month))
    else:
        ends = (point("day", year=first.year, month=first.month, day=first.day),
                point("day", year=last.year, month=last.month, day=last.day))
    written = when("point", ends[0]) if ends[0] == ends[1] else when("range", *ends)
    return replace(fact, start_date=first, end_date=last, granularity=granularity,
                   when=written)


def _month_end(day: dt.date) -> dt.date:
    return month_end(day.year, day.month)


def _years_later(day: dt.date, years: int, *, start: bool) -> dt.date:
    """``day`` so many years on; a month's last day stays its month's last (28 February 2025
    a year before is 29 February 2024)."""
    moved = day.replace(year=day.year + years, day=1)
    if not start and day == _month_end(day):
        return _month_end(moved)
    return moved.replace(day=min(day.day, _month_end(moved).day))
