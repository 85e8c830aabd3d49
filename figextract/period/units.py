"""The calendar unit after an amount: what makes a figure a duration ("25 лет", "6 ай")."""

from __future__ import annotations

from figextract.cursor import Cursor
from figextract.readings import Unit
from figextract.vocab import Cat

_TUNIT: frozenset[Cat] = frozenset({"tunit"})


def duration_unit(c: Cursor, i: int) -> Unit | bool:
    """A time unit at token ``i``: the duration's ``Unit``; True for an abbreviation, which
    ends the unit rules ("5 г" is five grams; "2024 г." is read by the period rules); False
    when there is none."""
    unit = c.lookup(i, _TUNIT)
    if unit is None:
        return False
    if unit.abbrev:
        return True
    return Unit("duration", unit.code, i + 1, unit.tag, lang=unit.lang)
