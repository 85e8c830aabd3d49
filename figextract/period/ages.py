"""Ages and life spans are not periods: a number of years that says how old someone (or
something) is. Words come from ``period/ru.py`` and ``period/kk.py`` through the lexicon.

    AGE = AGE_WORD [WORD] N years          ("в возрасте 60 лет", "исполняется 94 года")
        | "(" N years ")"                  ("Людмилу Касьян (56 лет)")
        | "," N years ("," | end)          ("Клэренс Картер, 49 лет, был казнён")
        | Name N years (punctuation | end) ("Герману Кейну 65 лет.")
        | AT N years                       ("умер в 24 года", "в 13 лет"), not "раз в 3 года"
        | AGE_CONTEXT … N years            ("возраст … не превышает 35 лет")
"""

from __future__ import annotations

from figextract.cursor import CLAUSE_ENDS, Cursor
from figextract.readings import Figure

_AFTER_NAME = frozenset(".,;:!?)\n")
_CONTEXT_REACH = 8  # tokens back, within the clause, to a word that speaks of age
_OLDEST = 150  # an age is a whole number of years below this
_DATIVE_ENDS = ("у", "ю", "е", "и", "о")


def is_age(c: Cursor, found: Figure, at: int, end: int) -> bool:
    """The duration ``found``, read from token ``at`` to ``end``, is someone's age."""
    lex = c.lex
    if any(c.word(k) in lex.age_before for k in (at - 1, at - 2) if k >= 0):
        return True
    if found.unit != "year":
        return False
    if c.sym(at - 1, "(") and c.sym(end, ")"):
        return True
    value = found.value.low
    if value is None or value != found.value.high or value >= _OLDEST or \
            value != value.to_integral_value():
        return _age_context(c, at)  # "более 20 лет": a stretch of time, not an age
    if c.sym(at - 1, ",") and (end >= c.n or c.sym(end, ",")):
        return True
    if (end >= c.n or c.sym(end, _AFTER_NAME)) and _named_to(c, at - 1):
        return True
    if c.word(at - 1) in lex.age_at and c.word(at - 2) not in lex.age_at_not_after:
        return True
    return _age_context(c, at)


def _named_to(c: Cursor, k: int) -> bool:
    """Token ``k`` is a name in the dative, as an age is told ("Герману Кейну 65 лет"): a
    capital that does not start its sentence, the rest in small letters, a dative's (or an
    indeclinable name's) last letter."""
    word = c.word(k)
    if not word or k == 0 or c.sym(k - 1, CLAUSE_ENDS) or not word.endswith(_DATIVE_ENDS):
        return False
    written = c.original(c.start(k), c.end(k))
    return written[:1].isupper() and not written[1:].isupper()


def _age_context(c: Cursor, at: int) -> bool:
    k = at - 1
    while k >= 0 and at - k <= _CONTEXT_REACH and not c.sym(k, CLAUSE_ENDS):
        if c.word(k) in c.lex.age_context:
            return True
        k -= 1
    return False
