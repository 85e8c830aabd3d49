"""Period rules for named calendar units: dates, months, quarters and halves, years, decades.

    DATED    = DAY [- DAY] MONTH | MONTH [- MONTH] [айы] | MONTH-gen DAY   ("1 октября",
               "22-27 сентября", "январь–август", "мамыр айында", "наурыздың 21-інде")
    PART     = (ORDINAL | ROMAN) (квартал | полугодие | тоқсан | ғасыр)    ("в первом квартале")
    MONTHS   = N месяцев                                                 ("за 8 месяцев")
    NUMBERED = NUMERIC_DATE | DECADE | MONTHS YEAR_AFTER | YEAR [- YEAR] [год] [IN_YEAR]
    IN_YEAR  = DATED | PART | MONTHS              (Kazakh, after "2024 жылғы", "жылдың")

Month names come from CLDR and unit words from ``period/ru.py``, ``period/kk.py``, through the
lexicon; amounts from ``numbers.reader``.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

import regex

from figextract.cursor import Cursor
from figextract.numbers.reader import amount
from figextract.period.core import Core, point
from figextract.timeline import Point
from figextract.unit_rules import unit_or_adjective
from figextract.value import small_int
from figextract.vocab import Cat

_NUMERIC_DATE = regex.compile(
    r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>(?:1[89]|20|21)[0-9][0-9])(?![0-9])"
    r"|(?P<iso>(?P<y2>(?:1[89]|20|21)[0-9][0-9])-(?P<m2>[0-9][0-9])-(?P<d2>[0-9][0-9]))(?![0-9])")
_MONTH: frozenset[Cat] = frozenset({"month"})
_TUNIT: frozenset[Cat] = frozenset({"tunit"})
_REL: frozenset[Cat] = frozenset({"rel"})
_ROMAN: frozenset[Cat] = frozenset({"roman"})
_DASH = "-"
_ANY_HALF = Decimal("0.5")  # a "tunit" of this value: "жарты", a half of anything
_NUMBER_REACH = 6  # tokens back from a year to the "№" of the number it is part of
# Plausible calendar years written in full; two-digit Kazakh ordinal years ("жиырма екінші
# жылы") are read in the century of the pivot.
_FIRST_YEAR, _LAST_YEAR = 1000, 2199
_PIVOT = 50


def year_after(c: Cursor, core: Core) -> Core:
    """A year written after a date or part: "2025 года", "прошлого года", "2024 г."."""
    k = core.stop
    if core.start.year is not None or core.start.year_offset is not None:
        return core
    year: int | None = None
    offset: int | None = None
    found = amount(c, k) if c.num(k) else None
    if found is not None and is_year_digits(c.num(k)) and found.scale is None:
        year, k = int(found.value), found.end
        unit = c.lookup(k, _TUNIT)
        if unit is not None and unit.code == "year" and not unit.plural:
            k = c.past(k, unit)
    else:
        rel = c.lookup(k, _REL)
        unit = c.lookup(k + 1, _TUNIT)
        if rel is not None and unit is not None and unit.code == "year" and not unit.plural:
            offset, k = int(rel.value), k + 2
    if year is None and offset is None:
        return core
    core.start = _with_year(core.start, year, offset)
    if core.end is not None:
        core.end = _with_year(core.end, year, offset)
    core.stop = k
    return core


def dated(c: Cursor, j: int, year: int | None, offset: int | None) -> Core | None:
    """Day and month in either order, a day or month range: "1 октября", "22-27 сентября",
    "январь–август", "наурыздың 21-інде", "мамыр айында", "1-інші қаңтарынан"."""
    lex = c.lex
    found_day = day(c, j)
    if found_day is not None:
        first_day, k, day_tag = found_day
        last_day = None
        if c.sym(k, _DASH) or c.word(k) in lex.period_range_to:
            second = day(c, k + 1)
            if second is not None:
                last_day, k, _ = second
        month = c.lookup(k, _MONTH)
        if month is None or (day_tag == "ord" and c.word(k) in lex.ordinal_not_months
                             and year is None and offset is None):
            return None  # "телехикаяның 2-нші маусымы": a show's season, not June
        number = int(month.value)
        start = point("day", year, offset, number, first_day)
        end = None if last_day is None else point("day", year, offset, number, last_day)
        return Core(start, c.past(k, month), end, month.tag, month.lang)
    month = c.lookup(j, _MONTH)
    if month is None or (c.prefer == "kk" and month.lang == "ru"):
        return None  # Kazakh names its own months; "май" in a Kazakh sentence is oil
    k = c.past(j, month)
    if c.sym(j - 1, c.lex.open_quotes) and c.sym(k, c.lex.close_quotes):
        return None  # "ТСЖ «Октябрь»": a name
    number = int(month.value)
    if month.tag == "gen" or (month.lang == "kk" and month.tag in ("", "nom")):
        # "наурыздың 21-інде", "қазанның 1-і", "қазан 1"; not "қыркүйектен 27 қарашаға"
        after_day = day(c, k)
        if after_day is not None:
            return Core(point("day", year, offset, number, after_day[0]), after_day[1],
                        lang=month.lang, tag=after_day[2])
    end_point = None
    tag = month.tag
    if c.sym(k, _DASH) and c.adjacent(k) == c.adjacent(k + 1):
        second_month = c.lookup(k + 1, _MONTH)
        if second_month is not None and int(second_month.value) > number:
            end_point = point("month", year, offset, int(second_month.value))
            k, tag = c.past(k + 1, second_month), second_month.tag
    month_word = c.lookup(k, _TUNIT)  # "мамыр айында", "қаңтар-тамыз айларында"
    named = month_word is not None and month_word.code == "month"
    if named and month_word is not None:
        k, tag = k + 1, month_word.tag
    word = c.word(j)
    if (word in lex.context_months or month.abbrev) and not named and year is None \
            and offset is None and not is_year_digits(c.num(k)):
        return None
    return Core(point("month", year, offset, number), k, end_point, tag, month.lang)


def day(c: Cursor, j: int) -> tuple[int, int, str] | None:
    """A day of the month: 1–31 in digits, with or without a Kazakh suffix, or in quotes as
    forms write it ("«23» апреля")."""
    if c.sym(j, c.lex.open_quotes) and c.sym(j + 2, c.lex.close_quotes):
        found = day(c, j + 1)
        return None if found is None or found[1] != j + 2 else (found[0], j + 3, found[2])
    digits = c.num(j)
    if not digits.isdigit() or len(digits) > 2:
        return None
    value = int(digits)
    if not 1 <= value <= 31:
        return None
    k, tag = c.hyphen_suffix(j + 1)
    return value, k, tag


def part(c: Cursor, j: int, year: int | None, offset: int | None) -> Core | None:
    """A quarter or half of a year, a century: "в первом квартале", "I кв.", "бірінші
    тоқсанда", "жылдың бірінші жартысында", "второе полугодие", "XXI век"."""
    number: int | None = None
    k = j
    roman = c.lookup(j, _ROMAN)
    if roman is not None:
        number, k = int(roman.value), j + 1
    else:
        found = amount(c, j)
        if found is not None and found.tag == "ord" and found.scale is None:
            number, k = small_int(found.value), found.end
        else:
            number, k = _numbered_part(c, j)
    if number is None:
        return None
    unit = c.lookup(k, _TUNIT)
    if unit is None or unit.plural:
        return None
    k = c.past(k, unit)
    if unit.value == _ANY_HALF and year is None and offset is None and unit.tag != "loc":
        return None  # "екінші жартысы": a half of anything; "бірінші жартысында": of a year
    if unit.code == "quarter" and 1 <= number <= 4:
        return Core(point("quarter", year, offset, quarter=number), k, tag=unit.tag,
                    lang=unit.lang)
    if unit.code == "half_year" and 1 <= number <= 2:
        return Core(point("half_year", year, offset, half=number), k, tag=unit.tag,
                    lang=unit.lang)
    if unit.code == "century" and roman is not None:
        return Core(point("century", (number - 1) * 100 + 1), k, tag=unit.tag, lang=unit.lang)
    return None


def _numbered_part(c: Cursor, j: int) -> tuple[int | None, int]:
    """A quarter or half numbered in digits: "2-й квартал", "во 2-м квартале", "1 квартал
    2018 г.", "за 1 кв. 2025 г." (a plain digit only when a year follows: "4 квартала" counts
    quarters)."""
    digits = c.num(j)
    if not (digits.isdigit() and len(digits) == 1):
        return None, j
    k = j + 1
    ordinal = c.sym(k, _DASH) and c.adjacent(k) and c.adjacent(k + 1) \
        and c.word(k + 1) in c.lex.ordinal_endings
    if ordinal:
        k += 2
    unit = c.lookup(k, _TUNIT)
    if unit is None or unit.code not in ("quarter", "half_year"):
        return None, j
    if not ordinal and not is_year_digits(c.num(c.past(k, unit))):
        return None, j
    return int(digits), k


def first_months(c: Cursor, j: int, year: int | None, offset: int | None) -> Core | None:
    """The first N months of a year: "за 8 месяцев (этого года)", "тоғыз айында",
    "алғашқы алты айында"."""
    found = amount(c, j)
    if found is not None and found.tag == "ord" and found.value == 1:
        found = amount(c, found.end)  # "алғашқы алты айында"
    if found is None or found.scale is not None or found.vague:
        return None
    unit = c.lookup(found.end, _TUNIT)
    count = small_int(found.value)
    if unit is None or unit.code != "month" or count is None or not 1 < count <= 12:
        return None
    return Core(point("month", year, offset, 1), found.end + 1,
                point("month", year, offset, count), unit.tag, unit.lang)


def in_year(c: Cursor, j: int, year: int | None, offset: int | None) -> Core | None:
    """What a Kazakh year-first phrase names within the year: "2024 жылғы 1 қазанда",
    "2018 жылдың тоғыз айында", "биыл мамыр айында", "жылдың бірінші жартысында"."""
    for rule in (dated, part, first_months):
        found = rule(c, j, year, offset)
        if found is not None:
            return found
    return None


def numbered(c: Cursor, j: int, role: str) -> Core | None:
    """Periods led by a number: years and year ranges, decades, "за 8 месяцев 2024 года"."""
    digits = c.num(j)
    if _in_document_number(c, j):
        return None  # "№ НГ-2024/12": a number of a document
    numeric = numeric_date(c, j) if digits else None
    if numeric is not None:
        return numeric
    found = amount(c, j)
    if found is None or found.vague or (found.scale is not None and digits):
        return None
    k = found.end
    found_decade = decade(c, j, k)
    if found_decade is not None:
        return found_decade
    months = first_months(c, j, None, None)
    if months is not None:
        with_year = year_after(c, months)
        if with_year.start.year is not None or with_year.start.year_offset is not None:
            return with_year
        return None
    year = _year_of(found.value, found.tag, is_year_digits(digits))
    if year is None:
        return None
    second: int | None = None
    if c.sym(k, _DASH) and c.num(k + 1):
        other = amount(c, k + 1)
        if other is not None and is_year_digits(c.num(k + 1)) and int(other.value) > year:
            second, k = int(other.value), other.end
    if c.sym(k, _DASH) and c.adjacent(k) and c.adjacent(k + 1):  # "2000-жылғы"
        glued = c.lookup(k + 1, _TUNIT)
        if glued is not None and glued.code == "year":
            k += 1
    unit = c.lookup(k, _TUNIT)
    lang = found.lang
    tag = found.tag
    if unit is not None and unit.code == "year" and not unit.plural:
        k, tag, lang = c.past(k, unit), unit.tag, unit.lang
        if unit.tag == "plur" and second is None and year % 10 == 0 and digits:
            return Core(point("decade", year), k, tag=tag, lang=lang)  # "1990 жылдары"
        if second is None and unit.tag in ("gen", "adj"):
            inner = in_year(c, k, year, None)
            if inner is not None:
                return inner
    elif not digits or not (role or _year_context(c, j, k)) \
            or unit_or_adjective(c, k) is not None or found.tag not in ("", "nom") \
            or c.word(k) in c.lex.not_period_after:
        return None  # a bare year needs "в", "с", "до" … before it, or brackets
    start = point("year", year)
    end = None if second is None else point("year", second)
    return Core(start, k, end, tag, lang)


def _in_document_number(c: Cursor, j: int) -> bool:
    """Token ``j`` is part of a number written after "№" ("№ НГ-2024/12"), not a date after
    one ("приказ № 432 от 19.07.2016")."""
    k = j
    while k > max(j - _NUMBER_REACH, 0) and c.adjacent(k) and not c.sym(k - 1, "№"):
        k -= 1  # (a few tokens at most: "1-1-1-…" must stay linear)
    return c.sym(k - 1, "№") and k < j


def _year_context(c: Cursor, j: int, k: int) -> bool:
    """A bare year that reads as one: "(1997)", "(2001—2003)", ", 1953)", "Олимпиаде-2016",
    "в 1958, 1962 и 1970 годах"."""
    digits = c.num(j)
    if not (len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100):
        return False  # "1 000-ші" is an ordinal, not a year
    if c.sym(j - 1, "(") or c.sym(k, ")") or (c.sym(j - 1, _DASH) and c.adjacent(j)
                                               and c.word(j - 2)):
        return True
    if c.sym(k, ",") or c.word(k) in c.lex.year_list_links:
        return is_year_digits(c.num(k + 1))
    return False


def numeric_date(c: Cursor, j: int) -> Core | None:
    """"5.11.2019", "05.11.2019 г.", "2019-11-05"."""
    match = _NUMERIC_DATE.match(c.text, c.start(j))
    if match is None:
        return None
    if match.group("iso"):
        year, month, number = (int(match.group(g)) for g in ("y2", "m2", "d2"))
    else:
        year, month, number = (int(match.group(g)) for g in ("y", "m", "d"))
    if not (1 <= month <= 12 and 1 <= number <= 31):
        return None
    k = j
    while k < c.n and c.start(k) < match.end():
        k += 1
    unit = c.lookup(k, _TUNIT)
    if unit is not None and unit.code == "year" and unit.abbrev:
        k = c.dot(k + 1)
    return Core(point("day", year, None, month, number), k)


def decade(c: Cursor, j: int, k: int) -> Core | None:
    """"70-е годы", "1990-х годов", "2000-х"."""
    digits = c.num(j)
    if not digits.isdigit() or not (c.sym(k, _DASH) and c.adjacent(k + 1)):
        return None
    if c.word(k + 1) not in c.lex.decade_endings:
        return None
    if not (len(digits) == 2 or is_year_digits(digits)):
        return None  # checked before int(): Python refuses 4,300 digits and more
    value = int(digits)
    if value % 10:
        return None
    year = 1900 + value if value < 100 else value
    stop = k + 2
    unit = c.lookup(stop, _TUNIT)
    if unit is not None and unit.code == "year":
        stop = c.past(stop, unit)
    return Core(point("decade", year), stop, lang="ru")


def is_year_digits(text: str) -> bool:
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


@lru_cache(maxsize=4096)  # points repeat, and ``replace`` on twelve fields costs 3 µs
def _with_year(at: Point, year: int | None, offset: int | None) -> Point:
    return replace(at, year=year, year_offset=offset)
