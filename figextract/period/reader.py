"""The period rule: a calendar core with the phrases around it, and durations made periods.

    PERIOD   = PHRASE                                           ("с начала года")
             | [LEAD] CORE [(по | до | -) CORE] [AFTER]          ("с 2020 по 2024 год")
             | LEAD DURATION [AFTER]                            ("за последние 20 лет")
             | UNIT AFTER                                       ("год назад")
    CORE     = RELATIVE_WORD | RELATIVE_UNIT | SEASON | WEEKDAY  (``period.relative``)
             | DATED [YEAR_AFTER] | PART [YEAR_AFTER] | NUMBERED  (``period.calendar``)
             | год-gen IN_YEAR                                  ("жылдың бірінші жартысында")

The period comes out as written (a ``timeline.When``); its dates are resolved against the
reference date in one place, by the extractor. Lead and trailing phrases come from
``period/ru.py`` and ``period/kk.py`` through the lexicon.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from figextract.cursor import Cursor
from figextract.figure import figure
from figextract.numbers.reader import NUMBER_CATS
from figextract.period.ages import is_age
from figextract.period.anaphora import same_after, same_core, shifted
from figextract.period.calendar import dated, in_year, numbered, part, year_after
from figextract.period.core import Anaphora, Core, PeriodFigure, finest, point, when
from figextract.period.relative import fixed_phrase, word_core
from figextract.readings import Figure
from figextract.timeline import Point, When
from figextract.value import Value
from figextract.vocab import Cat, Mode

_TUNIT: frozenset[Cat] = frozenset({"tunit"})
_CITATION = frozenset("№")  # after the date of a cited document
_NO_CATS: frozenset[str] = frozenset()
# The readings a dated, numbered or part-of-year core can start with ("мая", "первом", "II").
_NUMBERED_CATS: frozenset[Cat] = NUMBER_CATS | {"month", "roman"}
# Roles whose words belong to the period's span ("с 2005 года"); "в", "за" … do not.
_SPAN_ROLES = frozenset({"since", "until", "last", "next", "after", "during", "from"})
_DURATION_ROLES = frozenset({"last", "next", "after", "during"})
# The mode of a duration after a lead phrase ("за последние 20 лет") or before a trailing one
# ("20 лет назад", "14 жылдан бері"; "ішінде"/"в течение" keep the lead's).
_LEAD_MODES: dict[str, Mode] = {"last": "last", "next": "next", "after": "after"}
_AFTER_MODES: dict[str, Mode] = {"ago": "ago", "after": "after", "since": "last"}


def period(c: Cursor, i: int) -> tuple[PeriodFigure, int] | None:
    """The period starting at token ``i`` (durations only after a lead word such as "за
    последние"; plain durations come from ``duration``)."""
    lex = c.lex
    word = c.word(i)
    if word in lex.period_phrases:
        fixed = fixed_phrase(c, i)
        if fixed is not None:
            return fixed
    if word in lex.period_edges:
        edge = _edge_before(c, i)
        if edge is not None:
            return edge
    if word in lex.period_shifts:
        shift = shifted(c, i)
        if shift is not None:
            return shift
    lead = c.phrase_before(lex.period_before, i)
    if lead is not None and "rel" in lex.cats.get(word, _NO_CATS):
        relative = core(c, i, "")  # "өткен жылдың алғашқы тоқсанында": not "the last …"
        if relative is not None:
            return _finish(c, i, i, "", relative)
    if lead is not None:
        role, j = lead
        found = _with_lead(c, i, j, role)
        if found is not None or not lex.lookup(word):
            return found  # "в", "с", "за" lead a period and start none of their own
    found_core = core(c, i, "")
    if found_core is None:
        return _this_year_edge(c, i) or _unit_once(c, i, i, "ago")
    return _finish(c, i, i, "", found_core)


def duration(c: Cursor, found: Figure, at: int, end: int, role: str = "",
             lead: int | None = None) -> tuple[PeriodFigure, int] | None:
    """A period from a duration figure read from token ``at`` to ``end`` ("более 25 лет"),
    with what stands after it ("20 лет назад", "14 жылдан бері") and the lead word at token
    ``lead``, if any; None for an age or a sentence ("в возрасте 60 лет", "шесть лет
    колонии")."""
    lex = c.lex
    if c.word(end) in lex.not_period_after or is_age(c, found, at, end):
        return None
    mode = _LEAD_MODES.get(role, "duration")
    after = c.phrase_after(lex.period_after, end, found.tag)
    if after is not None:
        after_role, after_end = after
        mode_after = mode if after_role == "during" else _AFTER_MODES.get(after_role)
        if mode_after is not None and (mode == "duration" or after_role == "during"):
            mode, end = mode_after, after_end
    written = When(mode, amount=found.value, unit=found.unit)
    first = found.start if lead is None else c.start(lead)
    return PeriodFigure(first, c.end(end - 1), written, found.unit, found.lang,
                        anaphora=_first_months(c, found, at, mode)), end


def _first_months(c: Cursor, found: Figure, at: int, mode: Mode) -> Anaphora | None:
    """"за 9 месяцев", "9 айда" after a year named in its paragraph ("В 2024 году за 9
    месяцев"): the first nine months of that year; a length of time when none is named."""
    months = found.value.low
    led = c.word(at - 1) in c.lex.months_of_year or found.tag in c.lex.months_of_year_cases
    if mode != "duration" or found.unit != "month" or not led \
            or months is None or months != found.value.high or not 1 < months < 12 \
            or months != months.to_integral_value():
        return None
    return Anaphora("months", int(months), fallback=True)


def core(c: Cursor, j: int, role: str) -> Core | None:
    """The calendar core at token ``j``, trying only the rules for what stands there."""
    if j >= c.n:
        return None
    word = c.word(j)
    if word:
        if word in c.lex.period_same or word in c.lex.period_same_unit:
            same = same_core(c, j, core)
            if same is not None:
                return same
        cats = c.lex.cats.get(word, _NO_CATS)
        found = word_core(c, j, role, cats)
        if found is not None:
            return found
        if "tunit" in cats:
            year_word = c.lookup(j, _TUNIT)
            if year_word is not None and year_word.code == "year" and year_word.tag == "gen":
                return in_year(c, j + 1, None, None)  # "жылдың бірінші жартысында"
        if not cats & _NUMBERED_CATS:
            return None
    elif not c.num(j) and not c.sym(j, c.lex.open_quotes):
        return None
    found = dated(c, j, None, None)
    if found is not None:
        return year_after(c, found)
    found = part(c, j, None, None)
    if found is not None:
        return year_after(c, found)
    return numbered(c, j, role)


def _with_lead(c: Cursor, i: int, j: int, role: str) -> tuple[PeriodFigure, int] | None:
    if role in _DURATION_ROLES:
        found = figure(c, j)
        if found is not None and found[0].kind == "duration":
            read, end = found
            return duration(c, read, j, end, role, lead=i)
        if found is None and role == "after":  # "через год", "через месяц"
            return _unit_once(c, i, j, "after")
        unit = c.lookup(j, _TUNIT)
        if unit is not None and role in ("last", "next") and not unit.abbrev and (
                unit.lang == "ru" or unit.tag == "plur"):
            # "в последние годы", "соңғы жылдары": a stretch of no stated length
            stretch = when("last" if role == "last" else "next", unit=unit.code)
            return PeriodFigure(c.start(i), c.end(j), stretch, unit.code, unit.lang), j + 1
    found_core = core(c, j, role)
    if found_core is None:
        return None
    return _finish(c, i, j, role, found_core)


def _finish(c: Cursor, i: int, j: int, role: str, found: Core) -> tuple[PeriodFigure, int]:
    """The period of a core led by the phrase of ``role`` at token ``i``, with a range's
    second end ("с 2020 по 2024 год") or a trailing phrase ("2005 жылдан бері")."""
    lex = c.lex
    first = i if role in _SPAN_ROLES else j
    found = same_after(c, found) or found  # "өткен жылдың сәйкес кезеңі"
    if found.end is None and found.start.granularity == "year" and found.anaphora is None:
        after = c.phrase_after(lex.period_edges_after, found.stop, found.tag)
        if after is not None:  # "2018 жыл басына", "2018 жылдың соңына дейін"
            return _edge(c, first, after[1], after[0], found.start, found.lang)
    mode: Mode = "point" if found.end is None else "range"
    start_point, end_point, stop, tag = found.start, found.end, found.stop, found.tag
    if role in ("since", "from") and end_point is None:
        if c.word(stop) in lex.period_range_to:
            second = core(c, stop + 1, "until")
            if second is not None:
                mode, end_point, stop, tag = "range", second.end or second.start, \
                    second.stop, second.tag
        if mode == "point" and role == "since":
            mode = "since"
    elif role in ("until", "by") and end_point is None:  # "до 2030 года", "к 2030 году"
        mode = "until"
    elif tag == "abl" and end_point is None and found.anaphora is None:
        ranged = _kk_range(c, start_point, stop)
        if ranged is not None:  # "2018 жылғы 12 қазаннан 16 қазанға дейін"
            mode, end_point, stop, tag = "range", ranged[0], ranged[1], ""
    relation = "comparison" if role == "compare" else ""
    if mode in ("point", "range"):  # Kazakh: "2005 жылдан бері", "2030 жылға дейін"
        after = c.phrase_after(lex.period_after, stop, tag)
        if after is not None and after[0] == "compare":  # "2019 жылмен салыстырғанда"
            relation, stop = "comparison", after[1]
        elif after is not None and after[0] in ("since", "until") and mode == "point":
            mode, stop = ("since" if after[0] == "since" else "until"), after[1]
    if mode == "until":
        end_point = start_point
    if c.sym(stop, _CITATION) or (role == "from" and any(
            c.sym(k, _CITATION) for k in range(max(i - 3, 0), i))):
        relation = "citation"  # the date of a document: "Закон от 06.10.2003 № 131-ФЗ",
        # "приказ № 432 от 19.07.2016"
    written = when(mode, start_point if mode != "until" else None,
                   end_point if mode in ("range", "until") else None)
    return PeriodFigure(c.start(first), c.end(stop - 1), written,
                        finest(start_point, end_point), found.lang, relation,
                        found.anaphora), stop


def _kk_range(c: Cursor, start: Point, k: int) -> tuple[Point, int] | None:
    """The second end of a Kazakh range after its first in the ablative: "2015 жылдан 2020
    жылға дейін", "12 қазаннан 16 қазанды қоса алғанда" (inclusive); it takes the first's
    year when it names none ("2018 жылғы 12 қазаннан 16 қазанға дейін")."""
    second = core(c, k, "until")
    if second is None or second.end is not None or second.anaphora is not None:
        return None
    after = c.phrase_after(c.lex.period_after, second.stop, second.tag)
    if after is None or after[0] != "until":
        return None
    end = second.start
    if end.year is None and end.year_offset is None and start.year is not None:
        end = replace(end, year=start.year)
    return end, after[1]


def _edge_before(c: Cursor, i: int) -> tuple[PeriodFigure, int] | None:
    """A year's first or last day, named before it: "на начало 2017 года", "к концу 2021
    года", "до конца 2018 года", "на конец года" (this year's)."""
    found = c.phrase_before(c.lex.period_edges, i)
    if found is None:
        return None
    edge, j = found
    year = core(c, j, "point")
    if year is not None:
        if year.end is not None or year.start.granularity != "year":
            return None
        return _edge(c, i, year.stop, edge, year.start, year.lang)
    unit = c.lookup(j, _TUNIT)
    if unit is None or unit.code != "year" or unit.plural:
        return None
    return _edge(c, i, c.past(j, unit), edge, point("year", year_offset=0), unit.lang)


def _this_year_edge(c: Cursor, i: int) -> tuple[PeriodFigure, int] | None:
    """"жыл соңында", "жылдың соңына дейін": an edge of this year, named after the word."""
    unit = c.lookup(i, _TUNIT)
    if unit is None or unit.code != "year" or unit.plural:
        return None
    after = c.phrase_after(c.lex.period_edges_after, i + 1, unit.tag)
    if after is None:
        return None
    return _edge(c, i, after[1], after[0], point("year", year_offset=0), unit.lang)


def _edge(c: Cursor, first: int, stop: int, edge: str, year: Point,
          lang: str) -> tuple[PeriodFigure, int]:
    """The first or last day of ``year`` (``edge`` "start" or "end"), or the time until its
    last day ("until_end"), read from token ``first`` to ``stop``."""
    month, day = (1, 1) if edge in ("start", "since_start") else (12, 31)
    at = point("day", year.year, year.year_offset, month, day)
    if edge == "since_start":  # "с начала 2025 года": from its first day to the date
        return PeriodFigure(c.start(first), c.end(stop - 1), when("since", at), "year",
                            lang), stop
    written = when("until", None, at) if edge == "until_end" else when("point", at)
    return PeriodFigure(c.start(first), c.end(stop - 1), written, "day", lang), stop


def _unit_once(c: Cursor, i: int, j: int, mode: Mode) -> tuple[PeriodFigure, int] | None:
    """A unit word alone, counted once: "через год" (``after``, led from token ``i``),
    "год назад" (``ago``: the word after the unit says so)."""
    unit = c.lookup(j, _TUNIT)
    if unit is None or unit.plural or unit.abbrev:
        return None
    end = j + 1
    if mode == "ago":
        after = c.phrase_after(c.lex.period_after, end, unit.tag)
        if after is None or after[0] != "ago":
            return None
        end = after[1]
    written = When(mode, amount=Value(Decimal(1), Decimal(1)), unit=unit.code)
    return PeriodFigure(c.start(i), c.end(end - 1), written, unit.code, unit.lang), end
