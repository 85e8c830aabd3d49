"""The unit rules of every kind, in order, and the unit after an amount.

    UNIT = % | SYMBOL | CODE | CURRENCY | PERCENT | POINTS | MODIFIER CURRENCY | RATIO
         | DURATION | COUNTED                                       (``unit``, in this order)

Each kind's rules read their own words (``money/rules.py``, ``percentage/rules.py``,
``ratio/rules.py``, ``period/units.py``, ``count/rules.py``); this module only orders them and
reads what stands between an amount and its unit (a dot after a scale word, the amount again
in words in brackets) and a currency's hundredths after it.
"""

from __future__ import annotations

from decimal import Decimal

from figextract.count.rules import counted
from figextract.cursor import Cursor
from figextract.money import rules as money
from figextract.numbers.amount import Amount
from figextract.numbers.reader import NUMBER_CATS
from figextract.percentage import rules as percentage
from figextract.period.units import duration_unit
from figextract.ratio import rules as ratio
from figextract.readings import Unit

_DASHES = frozenset("-")
_ASIDE_WORDS = 3  # at most this many words in brackets between an amount and its unit


def unit(c: Cursor, i: int) -> Unit | None:
    """The unit at token ``i``: a symbol, a code, a currency or percent word, percentage
    points, a currency after its modifier, a calendar unit, or a counted noun."""
    if i >= c.n:
        return None
    sym = c.syms[i]
    if sym is not None:
        return percentage.percent_sign(c, i) if sym == "%" else money.symbol(c, i)
    word = c.words[i]
    if word is None:
        return None
    found = money.written(c, i, word)
    if found is not None:
        return found
    for lexeme in c.readings(word):
        if lexeme.cat in ("cur", "minor"):
            return money.currency(c, i, lexeme)
        if lexeme.cat == "pct":
            return percentage.percent_word(c, i, lexeme)
        if lexeme.cat == "pct_adj":
            return percentage.percent_adjective(c, i, lexeme)
        if lexeme.cat == "times":
            return ratio.times(c, i, lexeme)
    if word in c.lex.point_abbreviations:
        found = percentage.point_abbreviation(c, i, word)
        if found is not None:
            return found
    found = money.modified(c, i, word)
    if found is not None:
        return found
    time = duration_unit(c, i)
    if time is not False:
        return time if isinstance(time, Unit) else None
    return counted(c, i)


def unit_or_adjective(c: Cursor, i: int) -> Unit | None:
    """A unit, or a unit written as an adjective after a hyphen: "50-процентный",
    "20-долларовой"."""
    found = unit(c, i)
    if found is None and c.sym(i, _DASHES) and c.adjacent(i) and c.adjacent(i + 1):
        adjective = c.lex.adjective_units.get(c.word(i + 1))
        if adjective is not None:
            return Unit(adjective[0], adjective[1], i + 2, lang="ru")
    return found


def unit_after(c: Cursor, first: Amount) -> Unit | None:
    """The unit after an amount, past a dot after its scale word ("596,9 мың. теңге") or the
    amount written again in words in brackets."""
    found = unit_or_adjective(c, first.end)
    if found is None and first.scale is not None and c.sym(first.end, ".") \
            and c.adjacent(first.end):
        found = unit_or_adjective(c, first.end + 1)
    if found is None and c.sym(first.end, "("):
        close = _aside(c, first.end + 1)
        if close:
            found = unit_or_adjective(c, close + 1)
    return found


def _aside(c: Cursor, k: int) -> int:
    """The ")" that closes words in brackets after an amount, when they are the amount again
    in words ("60 125 ( алпыс мың бір жүз жиырма бес ) теңгеден") or an aside of a few words
    ("4,5 миллиондай ( і ) теңге", "100 млн (ориентировочно) рублей"), else 0."""
    start = k
    while c.lookup(k, NUMBER_CATS) is not None:
        k += 1
    if k == start:
        while c.word(k) and k - start < _ASIDE_WORDS:
            k += 1
    return k if k > start and c.sym(k, ")") else 0


def minor_part(c: Cursor, k: int, major: Unit) -> tuple[Decimal, int, str] | None:
    """Hundredths of the currency just read, written after it: "20 долларов 43 цента",
    "$20 и 43ц", "5 тенге 50 тиын", "3 GBP 1 пенс". Their value, the index after them and
    the last word's tag."""
    if major.kind != "money" or major.factor != 1:
        return None
    if c.word(k) in c.lex.minor_links:
        k += 1  # "и", "және"
    digits = c.num(k)
    if not (digits.isdigit() and len(digits) <= 2):
        return None
    if c.word(k + 1) in c.lex.minor_after and c.adjacent(k + 1):
        return Decimal(digits) / 100, c.dot(k + 2), ""
    minor = unit(c, k + 1)
    if minor is None or minor.kind != "money" or minor.code != major.code or minor.factor == 1:
        return None
    return Decimal(digits) * minor.factor, minor.end, minor.tag
