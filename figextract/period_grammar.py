"""The period grammar: reads calendar periods off the tokens, on top of the figure ``Reader``.

    PERIOD   = [LEAD] CORE [(по | до | -) CORE] [AFTER]          ("с 2020 по 2024 год")
             | LEAD DURATION [AFTER]                            ("за последние 20 лет")
    CORE     = RELATIVE_WORD [IN_YEAR]                          ("сегодня", "биыл мамыр айында")
             | RELATIVE UNIT [IN_YEAR]                          ("в прошлом году", "өткен жылы")
             | DATED [YEAR_AFTER]                               ("1 октября 2025 года")
             | PART [YEAR_AFTER]                                ("в первом квартале")
             | N MONTHS YEAR_AFTER                              ("за 8 месяцев этого года")
             | YEAR [- YEAR] [YEAR_WORD] [IN_YEAR]              ("2023-2024 гг.", "2018 жылдың")
             | DECADE | CENTURY | SEASON | WEEKDAY
    IN_YEAR  = DATED | PART | N MONTHS                          (Kazakh: year first)

What the words mean comes from ``lexicon`` (periods/ru.py, periods/kk.py, CLDR month names);
the result is a ``timeline.When``, resolved against the reference date by the extractor.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import cast

import regex

from figextract.grammar import NUMBER_CATS, Figure, Reader
from figextract.timeline import GRANULARITIES, Point, When
from figextract.value import Value, small_int

_NUMERIC_DATE = regex.compile(
    r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>(?:1[89]|20|21)[0-9][0-9])(?![0-9])"
    r"|(?P<iso>(?P<y2>(?:1[89]|20|21)[0-9][0-9])-(?P<m2>[0-9][0-9])-(?P<d2>[0-9][0-9]))(?![0-9])")
_MONTH = frozenset({"month"})
_TUNIT = frozenset({"tunit"})
_REL = frozenset({"rel"})
_RELWORD = frozenset({"relword"})
_ROMAN = frozenset({"roman"})
_SEASON = frozenset({"season"})
_WEEKDAY = frozenset({"weekday"})
_HALFYEAR = frozenset({"halfyear"})
_NO_CATS: frozenset[str] = frozenset()
# The readings a dated, numbered or part-of-year core can start with ("мая", "первом", "II").
_NUMBERED_CATS = NUMBER_CATS | {"month", "roman"}
_DASH = "-"
# Roles whose words belong to the period's span ("с 2005 года"); "в", "за" … do not.
_SPAN_ROLES = frozenset({"since", "until", "last", "next", "after", "during", "from"})
_DURATION_ROLES = frozenset({"last", "next", "after", "during"})
# Plausible calendar years written in full; two-digit Kazakh ordinal years ("жиырма екінші
# жылы") are read in the century of the pivot.
_FIRST_YEAR, _LAST_YEAR = 1000, 2199
_PIVOT = 50
# Units of a relative period: "в прошлом году" → a year offset, "в прошлом месяце" → month …
_OFFSET_FIELD = {"year": "year_offset", "month": "month_offset", "week": "week_offset",
                 "day": "day_offset"}
# Points, and Whens made of points, are immutable and a text repeats them ("2024 года", "в
# прошлом году"): each is made once and shared. (A frozen dataclass of twelve fields costs 1.3 µs
# to make, a cache hit 0.1 µs.) Not a When with an amount: Decimal("2E+1") == Decimal("20"), and
# a cache would hand back whichever was written first.
_point = cast("type[Point]", lru_cache(maxsize=4096)(Point))
_when = cast("type[When]", lru_cache(maxsize=4096)(When))


@dataclass(slots=True)
class PeriodFigure:
    """A period read off the folded text: offsets are the folded text's."""

    start: int
    end: int
    when: When
    granularity: str
    lang: str


@dataclass(slots=True)
class _Core:
    start: Point
    stop: int  # token index after the core
    end: Point | None = None  # a range's second point
    tag: str = ""  # Kazakh case of the last word
    lang: str = ""


class PeriodReader:
    """Reads periods with the tokens, lexicon and amount reading of a figure ``Reader``."""

    def __init__(self, reader: Reader) -> None:
        self.r = reader
        self.lex = reader.lex

    # -- entry points ---------------------------------------------------------------------

    def period(self, i: int) -> tuple[PeriodFigure, int] | None:
        """The period starting at token ``i`` (durations only after a lead word such as
        "за последние"; plain durations come from ``duration``)."""
        lead = self._lead(i)
        if lead is not None:
            role, j = lead
            found = self._with_lead(i, j, role)
            if found is not None or not self.lex.lookup(self.r._word(i)):
                return found  # "в", "с", "за" lead a period and start none of their own
        core = self._core(i, "")
        if core is None:
            return self._unit_once(i, i, "ago")
        return self._finish(i, i, "", core)

    def duration(self, figure: Figure, at: int, end: int, role: str = "",
                 lead: int | None = None) -> tuple[PeriodFigure, int] | None:
        """A period from a duration figure read from token ``at`` to ``end`` ("более 25
        лет"), with what stands after it ("20 лет назад", "14 жылдан бері") and the lead word
        at token ``lead``, if any; None for an age or a sentence ("в возрасте 60 лет", "шесть
        лет колонии")."""
        r = self.r
        if r._word(end) in self.lex.not_period_after or any(
                r._word(k) in self.lex.age_before for k in (at - 1, at - 2) if k >= 0):
            return None
        mode = {"last": "last", "next": "next", "after": "after"}.get(role, "duration")
        after = self._after(end, figure.tag)
        if after is not None:
            after_role, after_end = after
            mode_after = {"ago": "ago", "after": "after", "since": "last",
                          "during": mode}.get(after_role)
            if mode_after is not None and (mode == "duration" or after_role == "during"):
                mode, end = mode_after, after_end
        when = When(mode, amount=figure.value, unit=figure.unit)
        first = figure.start if lead is None else r.start(lead)
        return PeriodFigure(first, r.end(end - 1), when, figure.unit, figure.lang), end

    # -- leads and trailers ---------------------------------------------------------------

    def _lead(self, i: int) -> tuple[str, int] | None:
        return self.r.match_before(self.lex.period_before, i)

    def _after(self, i: int, tag: str) -> tuple[str, int] | None:
        return self.r.match_after(self.lex.period_after, i, tag)

    def _with_lead(self, i: int, j: int, role: str) -> tuple[PeriodFigure, int] | None:
        if role in _DURATION_ROLES:
            found = self.r.figure(j)
            if found is not None and found[0].kind == "duration":
                figure, end = found
                return self.duration(figure, j, end, role, lead=i)
            if found is None and role == "after":  # "через год", "через месяц"
                return self._unit_once(i, j, "after")
            unit = self.r._lookup(j, _TUNIT)
            if unit is not None and role in ("last", "next") and not unit.abbrev and (
                    unit.lang == "ru" or unit.tag == "plur"):
                # "в последние годы", "соңғы жылдары": a stretch of no stated length
                when = _when(role, unit=unit.code)
                return PeriodFigure(self.r.start(i), self.r.end(j), when, unit.code,
                                    unit.lang), j + 1
        core = self._core(j, role)
        if core is None:
            return None
        return self._finish(i, j, role, core)

    def _finish(self, i: int, j: int, role: str, core: _Core) -> tuple[PeriodFigure, int]:
        mode = "point" if core.end is None else "range"
        start_point, end_point, stop, tag = core.start, core.end, core.stop, core.tag
        if role in ("since", "from") and end_point is None:
            if self.r._word(stop) in self.lex.period_range_to:
                second = self._core(stop + 1, "until")
                if second is not None:
                    mode, end_point, stop, tag = "range", second.end or second.start, \
                        second.stop, second.tag
            if mode == "point" and role == "since":
                mode = "since"
        elif role == "until" and end_point is None:
            mode = "until"
        if mode == "point":  # Kazakh: "2005 жылдан бері", "2030 жылға дейін"
            after = self._after(stop, tag)
            if after is not None and after[0] in ("since", "until"):
                mode, stop = after
        if mode == "until":
            end_point = start_point
        first = i if role in _SPAN_ROLES else j
        when = _when(mode, start_point if mode != "until" else None,
                     end_point if mode in ("range", "until") else None)
        granularity = _finest(start_point, end_point)
        return PeriodFigure(self.r.start(first), self.r.end(stop - 1), when,
                            granularity, core.lang), stop

    # -- cores ------------------------------------------------------------------------------

    def _core(self, j: int, role: str) -> _Core | None:
        r = self.r
        if j >= r.n:
            return None
        word = r._word(j)
        if word:  # only the rules for what the word can be are tried
            cats = self.lex.cats.get(word, _NO_CATS)
            found = self._word_core(j, role, cats)
            if found is not None:
                return found
            if "tunit" in cats:
                year_word = r._lookup(j, _TUNIT)
                if year_word is not None and year_word.code == "year" and year_word.tag == "gen":
                    return self._in_year(j + 1, None, None)  # "жылдың бірінші жартысында"
            if not cats & _NUMBERED_CATS:
                return None
        elif not r.num(j):
            return None
        found = self._dated(j, None, None)
        if found is not None:
            return self._year_after(found)
        found = self._part(j, None, None)
        if found is not None:
            return self._year_after(found)
        return self._numbered(j, role)

    def _word_core(self, j: int, role: str, cats: frozenset[str]) -> _Core | None:
        """The core word ``j`` starts, by the categories of its readings. (Bound methods in a
        table would tie the reader to itself in a cycle that only the garbage collector frees,
        and with it the text's tokens.)"""
        found = None
        if "relword" in cats:
            found = self._relative_word(j, role)
        if found is None and "rel" in cats:
            found = self._relative_unit(j, role)
        if found is None and "season" in cats:
            found = self._season(j, role)
        if found is None and "weekday" in cats:
            found = self._weekday(j, role)
        return found

    def _relative_word(self, j: int, role: str) -> _Core | None:
        """"сегодня", "вчера", "биыл", "былтыр" (and "биыл мамыр айында")."""
        lexeme = self.r._lookup(j, _RELWORD)
        if lexeme is None:
            return None
        offset = int(lexeme.value)
        if lexeme.code == "year":
            inner = self._in_year(j + 1, None, offset)
            if inner is not None:
                return inner
            return _Core(_point("year", year_offset=offset), j + 1, tag=lexeme.tag,
                         lang=lexeme.lang)
        stop = j + 1
        day_word = self.r._lookup(stop, _TUNIT)  # "бүгінгі күні"
        if day_word is not None and day_word.code == "day":
            stop += 1
        return _Core(_point("day", day_offset=offset), stop, tag=lexeme.tag, lang=lexeme.lang)

    def _relative_unit(self, j: int, role: str) -> _Core | None:
        """"в прошлом году", "текущего года", "в этом месяце", "өткен жылы", "осы аптада"."""
        rel = self.r._lookup(j, _REL)
        if rel is None:
            return None
        unit = self.r._lookup(j + 1, _TUNIT)
        offset = int(rel.value)
        if unit is None or unit.plural or unit.abbrev:
            season = self.r._lookup(j + 1, _SEASON)  # "этим летом", "осы күзде"
            if season is not None:
                return _Core(_point("season", year_offset=offset, season=season.code), j + 2,
                             tag=season.tag, lang=season.lang)
            return None
        field = _OFFSET_FIELD.get(unit.code)
        if field is None:
            return None
        if unit.code == "year" and unit.tag in ("gen", "adj"):  # "өткен жылдың қазанында"
            inner = self._in_year(j + 2, None, offset)
            if inner is not None:
                return inner
        point = _point(unit.code, **{field: offset})  # type: ignore[arg-type]
        return _Core(point, j + 2, tag=unit.tag, lang=unit.lang)

    def _season(self, j: int, role: str) -> _Core | None:
        season = self.r._lookup(j, _SEASON)
        if season is None or (not role and season.tag in ("", "nom")):
            return None  # "лето", "жаз" alone: a season named, not a time ("летом", "жазда")
        return _Core(_point("season", season=season.code), j + 1, tag=season.tag,
                     lang=season.lang)

    def _weekday(self, j: int, role: str) -> _Core | None:
        """"в понедельник", "жұма күні", "сәрсенбіде"."""
        day = self.r._lookup(j, _WEEKDAY)
        if day is None:
            return None
        stop = j + 1
        unit = self.r._lookup(stop, _TUNIT)
        if unit is not None and unit.code == "day" and day.lang == "kk":
            stop += 1
        elif role != "point" and day.tag in ("", "nom"):
            return None  # "среда" (the environment) without "в", "жұма" without "күні"
        return _Core(_point("day", weekday=int(day.value)), stop, lang=day.lang)

    def _unit_once(self, i: int, j: int, mode: str) -> tuple[PeriodFigure, int] | None:
        """A unit word alone, counted once: "через год" (``after``, led from token ``i``),
        "год назад" (``ago``: the word after the unit says so)."""
        unit = self.r._lookup(j, _TUNIT)
        if unit is None or unit.plural or unit.abbrev:
            return None
        end = j + 1
        if mode == "ago":
            after = self._after(end, unit.tag)
            if after is None or after[0] != "ago":
                return None
            end = after[1]
        when = When(mode, amount=Value(Decimal(1), Decimal(1)), unit=unit.code)
        return PeriodFigure(self.r.start(i), self.r.end(end - 1), when,
                            unit.code, unit.lang), end

    def _year_after(self, core: _Core) -> _Core:
        """A year written after a date or part: "2025 года", "прошлого года", "2024 г."."""
        r = self.r
        k = core.stop
        if core.start.year is not None or core.start.year_offset is not None:
            return core
        year: int | None = None
        offset: int | None = None
        amount = r.amount(k) if r.num(k) else None
        if amount is not None and _is_year_digits(r.num(k)) and amount.scale is None:
            year, k = int(amount.value), amount.end
            unit = r._lookup(k, _TUNIT)
            if unit is not None and unit.code == "year" and not unit.plural:
                k = r.past(k, unit)
        else:
            rel = r._lookup(k, _REL)
            unit = r._lookup(k + 1, _TUNIT)
            if rel is not None and unit is not None and unit.code == "year" and not unit.plural:
                offset, k = int(rel.value), k + 2
        if year is None and offset is None:
            return core
        core.start = _with_year(core.start, year, offset)
        if core.end is not None:
            core.end = _with_year(core.end, year, offset)
        core.stop = k
        return core

    def _dated(self, j: int, year: int | None, offset: int | None) -> _Core | None:
        """Day and month in either order, a day or month range: "1 октября", "22-27 сентября",
        "январь–август", "наурыздың 21-інде", "мамыр айында", "1-інші қаңтарынан"."""
        r = self.r
        day = self._day(j)
        if day is not None:
            first_day, k, _ = day
            last_day = None
            if r._sym(k, _DASH) or r._word(k) in self.lex.period_range_to:
                second = self._day(k + 1)
                if second is not None:
                    last_day, k, _ = second
            month = r._lookup(k, _MONTH)
            if month is None:
                return None
            number = int(month.value)
            start = _point("day", year, offset, number, first_day)
            end = None if last_day is None else _point("day", year, offset, number, last_day)
            return _Core(start, r.past(k, month), end, month.tag, month.lang)
        month = r._lookup(j, _MONTH)
        if month is None or (r.prefer == "kk" and month.lang == "ru"):
            return None  # Kazakh names its own months; "май" in a Kazakh sentence is oil
        k = r.past(j, month)
        number = int(month.value)
        if month.tag == "gen" or month.lang == "kk":  # "наурыздың 21-інде", "қазанның 1-і"
            after_day = self._day(k)
            if after_day is not None:
                return _Core(_point("day", year, offset, number, after_day[0]), after_day[1],
                             lang=month.lang, tag=after_day[2])
        end_point = None
        tag = month.tag
        if r._sym(k, _DASH) and r._adjacent(k) == r._adjacent(k + 1):
            second_month = r._lookup(k + 1, _MONTH)
            if second_month is not None and int(second_month.value) > number:
                end_point = _point("month", year, offset, int(second_month.value))
                k, tag = r.past(k + 1, second_month), second_month.tag
        month_word = r._lookup(k, _TUNIT)  # "мамыр айында", "қаңтар-тамыз айларында"
        named = month_word is not None and month_word.code == "month"
        if named and month_word is not None:
            k, tag = k + 1, month_word.tag
        word = r._word(j)
        if (word in self.lex.context_months or month.abbrev) and not named and year is None \
                and offset is None and not self._year_follows(k):
            return None
        return _Core(_point("month", year, offset, number), k, end_point, tag, month.lang)

    def _year_follows(self, k: int) -> bool:
        return _is_year_digits(self.r.num(k))

    def _day(self, j: int) -> tuple[int, int, str] | None:
        """A day of the month: 1–31 in digits, with or without a Kazakh suffix."""
        r = self.r
        digits = r.num(j)
        if not digits.isdigit() or len(digits) > 2:
            return None
        value = int(digits)
        if not 1 <= value <= 31:
            return None
        k, tag = r._hyphen_suffix(j + 1)
        return value, k, tag

    def _part(self, j: int, year: int | None, offset: int | None) -> _Core | None:
        """A quarter or half of a year: "в первом квартале", "I кв.", "бірінші тоқсанда",
        "жылдың бірінші жартысында", "второе полугодие"."""
        r = self.r
        number: int | None = None
        k = j
        roman = r._lookup(j, _ROMAN)
        if roman is not None:
            number, k = int(roman.value), j + 1
        else:
            amount = r.amount(j)
            if amount is not None and amount.tag == "ord" and amount.scale is None:
                number, k = small_int(amount.value), amount.end
        if number is None:
            return None
        unit = r._lookup(k, _TUNIT)
        if unit is None or unit.plural:
            return None
        k = r.past(k, unit)
        if unit.code == "quarter" and 1 <= number <= 4:
            return _Core(_point("quarter", year, offset, quarter=number), k, tag=unit.tag,
                         lang=unit.lang)
        if unit.code == "half_year" and 1 <= number <= 2:
            return _Core(_point("half_year", year, offset, half=number), k, tag=unit.tag,
                         lang=unit.lang)
        if unit.code == "century" and roman is not None:
            return _Core(_point("century", (number - 1) * 100 + 1), k, tag=unit.tag,
                         lang=unit.lang)
        return None

    def _first_months(self, j: int, year: int | None, offset: int | None) -> _Core | None:
        """The first N months of a year: "за 8 месяцев (этого года)", "тоғыз айында",
        "алғашқы алты айында"."""
        r = self.r
        amount = r.amount(j)
        if amount is not None and amount.tag == "ord" and amount.value == 1:
            amount = r.amount(amount.end)  # "алғашқы алты айында"
        if amount is None or amount.scale is not None or amount.vague:
            return None
        unit = r._lookup(amount.end, _TUNIT)
        count = small_int(amount.value)
        if unit is None or unit.code != "month" or count is None or not 1 < count <= 12:
            return None
        return _Core(_point("month", year, offset, 1), amount.end + 1,
                     _point("month", year, offset, count), unit.tag, unit.lang)

    def _in_year(self, j: int, year: int | None, offset: int | None) -> _Core | None:
        """What a Kazakh year-first phrase names within the year: "2024 жылғы 1 қазанда",
        "2018 жылдың тоғыз айында", "биыл мамыр айында", "жылдың бірінші жартысында"."""
        for reader in (self._dated, self._part, self._first_months):
            found = reader(j, year, offset)
            if found is not None:
                return found
        return None

    def _numbered(self, j: int, role: str) -> _Core | None:
        """Periods led by a number: years and year ranges, decades, "за 8 месяцев 2024
        года"."""
        r = self.r
        digits = r.num(j)
        numeric = self._numeric_date(j) if digits else None
        if numeric is not None:
            return numeric
        amount = r.amount(j)
        if amount is None or amount.vague or (amount.scale is not None and digits):
            return None
        k = amount.end
        decade = self._decade(j, k)
        if decade is not None:
            return decade
        months = self._first_months(j, None, None)
        if months is not None:
            with_year = self._year_after(months)
            if with_year.start.year is not None or with_year.start.year_offset is not None:
                return with_year
            return None
        year = _year_of(amount.value, amount.tag, _is_year_digits(digits))
        if year is None:
            return None
        second: int | None = None
        if r._sym(k, _DASH) and r.num(k + 1):
            other = r.amount(k + 1)
            if other is not None and _is_year_digits(r.num(k + 1)) \
                    and int(other.value) > year:
                second, k = int(other.value), other.end
        if r._sym(k, _DASH) and r._adjacent(k) and r._adjacent(k + 1):  # "2000-жылғы"
            glued = r._lookup(k + 1, _TUNIT)
            if glued is not None and glued.code == "year":
                k += 1
        unit = r._lookup(k, _TUNIT)
        lang = amount.lang
        tag = amount.tag
        if unit is not None and unit.code == "year" and not unit.plural:
            k, tag, lang = r.past(k, unit), unit.tag, unit.lang
            if unit.tag == "plur" and second is None and year % 10 == 0 and digits:
                return _Core(_point("decade", year), k, tag=tag, lang=lang)  # "1990 жылдары"
            if second is None and unit.tag in ("gen", "adj"):
                inner = self._in_year(k, year, None)
                if inner is not None:
                    return inner
        elif not digits or not (role or self._year_context(j, k)) \
                or r._maybe_unit(k) is not None or amount.tag not in ("", "nom"):
            return None  # a bare year needs "в", "с", "до" … before it, or brackets
        start = _point("year", year)
        end = None if second is None else _point("year", second)
        return _Core(start, k, end, tag, lang)

    def _year_context(self, j: int, k: int) -> bool:
        """A bare year that reads as one: "(1997)", "(2001—2003)", ", 1953)", "Олимпиаде-2016",
        "в 1958, 1962 и 1970 годах"."""
        r = self.r
        digits = r.num(j)
        if not (len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100):
            return False  # "1 000-ші" is an ordinal, not a year
        if r._sym(j - 1, "(") or r._sym(k, ")") or (r._sym(j - 1, _DASH) and r._adjacent(j)
                                                     and r._word(j - 2)):
            return True
        if r._sym(k, ",") or r._word(k) in ("и", "және"):
            return _is_year_digits(r.num(k + 1))
        return False

    def _numeric_date(self, j: int) -> _Core | None:
        """"5.11.2019", "05.11.2019 г.", "2019-11-05"."""
        r = self.r
        match = _NUMERIC_DATE.match(r.text, r.start(j))
        if match is None:
            return None
        if match.group("iso"):
            year, month, day = (int(match.group(g)) for g in ("y2", "m2", "d2"))
        else:
            year, month, day = (int(match.group(g)) for g in ("y", "m", "d"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        k = j
        while k < r.n and r.start(k) < match.end():
            k += 1
        unit = r._lookup(k, _TUNIT)
        if unit is not None and unit.code == "year" and unit.abbrev:
            k = r._dot(k + 1)
        return _Core(_point("day", year, None, month, day), k)

    def _decade(self, j: int, k: int) -> _Core | None:
        """"70-е годы", "1990-х годов", "2000-х"."""
        r = self.r
        digits = r.num(j)
        if not digits.isdigit() or not (r._sym(k, _DASH) and r._adjacent(k + 1)):
            return None
        if r._word(k + 1) not in self.lex.decade_endings:
            return None
        if not (len(digits) == 2 or _is_year_digits(digits)):
            return None  # checked before int(): Python refuses 4,300 digits and more
        value = int(digits)
        if value % 10:
            return None
        year = 1900 + value if value < 100 else value
        stop = k + 2
        unit = r._lookup(stop, _TUNIT)
        if unit is not None and unit.code == "year":
            stop = r.past(stop, unit)
        return _Core(_point("decade", year), stop, lang="ru")


def _is_year_digits(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and _FIRST_YEAR <= int(text) <= _LAST_YEAR


def _year_of(value: Decimal, tag: str, digits: bool) -> int | None:
    year = small_int(value)
    if year is None:
        return None
    if digits:
        return year
    if tag == "ord" and _FIRST_YEAR <= year <= _LAST_YEAR:
        return year
    if tag == "ord" and 10 <= year < 100:
        return year + (2000 if year < _PIVOT else 1900)
    return None


def _with_year(point: Point, year: int | None, offset: int | None) -> Point:
    return replace(point, year=year, year_offset=offset)


def _finest(start: Point | None, end: Point | None) -> str:
    grains = [p.granularity for p in (start, end) if p is not None]
    return min(grains, key=GRANULARITIES.index) if grains else "year"
