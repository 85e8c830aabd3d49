"""Is a figure told as a change? A word of change in its clause before it ("курс вырос с 450
до 520 тенге") or just after it ("510 теңгеге дейін әлсіреді"). The words and their directions
come from ``change/ru.py`` and ``change/kk.py`` through the lexicon."""

from __future__ import annotations

from figextract.cursor import CLAUSE_ENDS, Cursor

# How far a word of change may stand from the figure: back to the clause's start (at most
# this many tokens), and this many tokens after it.
_BACK, _AHEAD = 10, 2


def direction(c: Cursor, i: int) -> str:
    """"up" or "down" when word ``i`` is a word of change, else ""."""
    return c.lex.change_words.get(c.word(i), "")


def told_as_change(c: Cursor, start: int, end: int) -> bool:
    """A word of change stands in the clause before token ``start`` or just after ``end``."""
    k = start - 1
    while k >= 0 and start - k <= _BACK and not c.sym(k, CLAUSE_ENDS):
        if direction(c, k):
            return True
        k -= 1
    return any(direction(c, k) for k in range(end, min(end + _AHEAD, c.n)))
