"""Count rules: a counted noun after an amount, with up to four adjectives between.

    COUNTED = [ADJECTIVE [LINK ADJECTIVE]] … NOUN [OF]     ("итальянских компаний", "малых и
                                                             средних предприятий", "жұмыс орны",
                                                             "субъектов малого и среднего
                                                             предпринимательства")

Nouns, two-word nouns, adjectives and what follows an entity's noun come from ``count/ru.py``
and ``count/kk.py`` through the lexicon; an adjective is told by its ending.
"""

from __future__ import annotations

from figextract.cursor import CLAUSE_ENDS, Cursor
from figextract.readings import Unit
from figextract.vocab import Cat

_NOUN: frozenset[Cat] = frozenset({"noun"})
# Readings that keep a word from being taken for an adjective before a counted noun.
_NOT_ADJECTIVE: frozenset[Cat] = frozenset({
    "num", "hundred", "scale", "noun", "cur", "pct", "tunit", "month", "rel", "several",
    "multiple"})
_MAX_ADJECTIVES = 4
# How far back from a bare number the counted noun may be named ("жобалар саны 29-дан 97-ге":
# the second number is five tokens after "саны"), within its clause.
_NAMED_REACH = 6


def adjective(c: Cursor, i: int) -> bool:
    """Word ``i`` reads as an adjective: listed, or by its ending and no other reading."""
    word = c.word(i)
    lex = c.lex
    if word in lex.adjectives:
        return True
    if len(word) < 4 or any(x.cat in _NOT_ADJECTIVE for x in lex.lookup(word)):
        return False
    return word.endswith(lex.adjective_endings)


def counted(c: Cursor, i: int) -> Unit | None:
    """A counted noun at token ``i``, after a classifier ("бірлік", "единиц") and up to four
    adjectives."""
    lex = c.lex
    if c.word(i) in lex.classifiers:
        i += 1
    j = i
    while (j - i < _MAX_ADJECTIVES and c.word(j) not in lex.compound_nouns
           and adjective(c, j)):
        j += 1
        if c.word(j) in lex.adjective_links and adjective(c, j + 1):
            j += 1
    noun = c.lookup(j, _NOUN)
    if noun is not None:
        entity, end, tag, lang = noun.code, j + 1, noun.tag, noun.lang
    else:
        compound = lex.compound_nouns.get(c.word(j))
        if compound is None or c.word(j + 1) not in compound[0]:
            return None
        entity, end, tag, lang = compound[1], j + 2, "", c.prefer
    end = _of(c, end, lex.subject_of.get(entity))
    return Unit("count", entity, end, tag, lang=lang, noun=j, modifier=i if j > i else -1)


def _of(c: Cursor, end: int, heads: frozenset[str] | None) -> int:
    """What kind of entity it is, after its noun: "субъектов (малого и среднего)
    предпринимательства"."""
    if heads is None:
        return end
    k = end
    while k - end < _MAX_ADJECTIVES and (adjective(c, k) or (
            c.word(k) in c.lex.adjective_links and k > end)):
        k += 1
    return k + 1 if c.word(k) in heads else end


def named_before(c: Cursor, i: int, tag: str) -> Unit | None:
    """The counted noun a bare number at token ``i`` counts when it was named just before,
    with "число" / "количество" before it or "саны" after it: "число безработных составило 250
    тысяч", "жобалар саны 29-дан 97-ге дейін өскен". ``tag``: the number's last case."""
    lex = c.lex
    for k in range(i - 1, max(i - _NAMED_REACH, 0) - 1, -1):
        if c.sym(k, CLAUSE_ENDS):
            return None
        word = c.word(k)
        if word in lex.number_of_after:
            noun = c.lookup(k - 1, _NOUN)
            at = k - 1
        elif word in lex.number_of_before:
            noun = c.lookup(k + 1, _NOUN)
            at = k + 1
        else:
            continue
        if noun is None or at >= i:
            return None
        return Unit("count", noun.code, at + 1, tag, lang=noun.lang, noun=at)
    return None
