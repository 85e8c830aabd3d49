"""Ratio rules: how many times, after an amount or as one word.

    RATIO = [QUALIFIER] в AMOUNT раза                 ("в 1,5 раза", "более чем в 2 раза")
          | AMOUNT есе [AFTER]                        ("1,5 есе", "3 еседен астам")
          | вдвое | втрое …                          (``word``)

Words come from ``ratio/ru.py`` and ``ratio/kk.py`` through the lexicon. A Russian ratio needs
its "в": "два раза в год" counts times and compares nothing (``figure.figure`` checks it).
"""

from __future__ import annotations

from figextract.cursor import Cursor
from figextract.lexicon import Lexeme
from figextract.readings import Figure, Unit
from figextract.value import Value
from figextract.vocab import Cat

_WORD: frozenset[Cat] = frozenset({"times_word"})


def times(c: Cursor, i: int, lexeme: Lexeme) -> Unit:
    """"раза", "раз", "есе", "есеге", "еседен" after an amount."""
    return Unit("ratio", "times", i + 1, lexeme.tag, lang=lexeme.lang)


def word(c: Cursor, i: int) -> tuple[Figure, int] | None:
    """A ratio in one word: "вдвое", "втрое"."""
    lexeme = c.lookup(i, _WORD)
    if lexeme is None:
        return None
    return Figure(c.start(i), c.end(i), "ratio", Value(lexeme.value, lexeme.value), "times",
                  lexeme.lang), i + 1
