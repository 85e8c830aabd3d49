"""Period rules for words that name a time relative to the document's date, or by name.

    PHRASE        = с начала года | жыл басынан бері …         (a period by itself)
    RELATIVE_WORD = сегодня | вчера | биыл [IN_YEAR] | бүгін [күні] …
    RELATIVE_UNIT = (прошлый | этот | өткен | осы …) (UNIT | SEASON) [IN_YEAR]
    SEASON        = летом | жазда | (в/с …) лето
    WEEKDAY       = в понедельник | жұма күні | сәрсенбіде

Words come from ``period/ru.py``, ``period/kk.py`` and CLDR through the lexicon.
"""

from __future__ import annotations

from figextract.cursor import Cursor
from figextract.period.calendar import in_year
from figextract.period.core import OFFSET_FIELDS, Core, PeriodFigure, offset_point, point, when
from figextract.vocab import Cat

_TUNIT: frozenset[Cat] = frozenset({"tunit"})
_REL: frozenset[Cat] = frozenset({"rel"})
_RELWORD: frozenset[Cat] = frozenset({"relword"})
_SEASON: frozenset[Cat] = frozenset({"season"})
_WEEKDAY: frozenset[Cat] = frozenset({"weekday"})


def fixed_phrase(c: Cursor, i: int) -> tuple[PeriodFigure, int] | None:
    """A phrase that names a period by itself: "с начала года", "жыл басынан бері", or a
    recurrence: "ежегодно", "жыл сайын"."""
    for words, mode, unit, offset, lang in c.lex.period_phrases.get(c.word(i), ()):
        if c.rest_of(i, words):
            end = i + len(words)
            if mode == "every":  # a recurrence: no dates, its unit ("жыл сайын": yearly)
                written = when(mode, unit=unit)
            elif mode == "until":  # "до сих пор", "осы уақытқа дейін": to the reference date
                written = when(mode, None, offset_point(unit, offset))
            else:
                written = when(mode, offset_point(unit, offset))
            return PeriodFigure(c.start(i), c.end(end - 1), written, unit, lang), end
    return None


def word_core(c: Cursor, j: int, role: str, cats: frozenset[str]) -> Core | None:
    """The core word ``j`` starts, trying only the rules for what the word can be."""
    found = None
    if "relword" in cats:
        found = relative_word(c, j, role)
    if found is None and "rel" in cats:
        found = relative_unit(c, j, role)
    if found is None and "season" in cats:
        found = season(c, j, role)
    if found is None and "weekday" in cats:
        found = weekday(c, j, role)
    return found


def relative_word(c: Cursor, j: int, role: str) -> Core | None:
    """"сегодня", "вчера", "биыл", "былтыр" (and "биыл мамыр айында")."""
    lexeme = c.lookup(j, _RELWORD)
    if lexeme is None:
        return None
    offset = int(lexeme.value)
    if lexeme.code == "year":
        year_word = c.lookup(j + 1, _TUNIT)  # "биылғы жылы", "биылғы жылдың … жартыжылдығында"
        if year_word is None or year_word.code != "year" or year_word.plural \
                or year_word.tag == "plur":
            year_word = None
        k = j + 1 if year_word is None else j + 2
        inner = in_year(c, k, None, offset)
        if inner is not None:
            return inner
        tag = lexeme.tag if year_word is None else year_word.tag
        return Core(point("year", year_offset=offset), k, tag=tag, lang=lexeme.lang)
    stop = j + 1
    day_word = c.lookup(stop, _TUNIT)  # "бүгінгі күні"
    if day_word is not None and day_word.code == "day":
        stop += 1
    return Core(point("day", day_offset=offset), stop, tag=lexeme.tag, lang=lexeme.lang)


def relative_unit(c: Cursor, j: int, role: str) -> Core | None:
    """"в прошлом году", "текущего года", "в этом месяце", "өткен жылы", "осы аптада"."""
    rel = c.lookup(j, _REL)
    if rel is None:
        return None
    unit = c.lookup(j + 1, _TUNIT)
    offset = int(rel.value)
    if unit is None or unit.plural or unit.abbrev or unit.tag == "plur":  # "өткен жылдары"
        named = c.lookup(j + 1, _SEASON)  # "этим летом", "осы күзде"
        if named is not None:
            return Core(point("season", year_offset=offset, season=named.code), j + 2,
                        tag=named.tag, lang=named.lang)
        return None
    if unit.code not in OFFSET_FIELDS:
        return None
    if unit.code == "year" and unit.tag in ("gen", "adj"):  # "өткен жылдың қазанында"
        inner = in_year(c, j + 2, None, offset)
        if inner is not None:
            return inner
    return Core(offset_point(unit.code, offset), j + 2, tag=unit.tag, lang=unit.lang)


def season(c: Cursor, j: int, role: str) -> Core | None:
    named = c.lookup(j, _SEASON)
    if named is None or (not role and named.tag in ("", "nom") and named.lang == "ru"):
        return None  # "лето" alone: a season named, not a time ("летом"); but "Қыс келді"
    return Core(point("season", season=named.code), j + 1, tag=named.tag, lang=named.lang)


def weekday(c: Cursor, j: int, role: str) -> Core | None:
    """"в понедельник", "жұма күні", "сәрсенбіде"."""
    day = c.lookup(j, _WEEKDAY)
    if day is None:
        return None
    stop = j + 1
    unit = c.lookup(stop, _TUNIT)
    if unit is not None and unit.code == "day" and day.lang == "kk":
        stop += 1
    elif role not in ("point", "by") and day.tag in ("", "nom"):
        return None  # "среда" (the environment) without "в", "жұма" without "күні"
    return Core(point("day", weekday=int(day.value)), stop, lang=day.lang)
