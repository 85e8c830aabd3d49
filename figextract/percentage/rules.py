"""Percentage rules: the percent sign or word after an amount, and percentage points.

    PERCENT = % [-SUFFIX]                               ("20%", "30%-дан")
            | PCT [.] [PP]                              ("процентов", "проц.", "пайызға")
            | PCT_ADJ [PP]                              ("процентных пункта", "пайыздық тармақ")
            | POINT_ABBREVIATION                        ("п.п.", "пп")

Words come from ``percentage/ru.py`` and ``percentage/kk.py`` through the lexicon.
"""

from __future__ import annotations

from figextract.cursor import Cursor
from figextract.lexicon import Lexeme
from figextract.readings import Unit
from figextract.vocab import Cat

_PP: frozenset[Cat] = frozenset({"pp"})


def percent_sign(c: Cursor, i: int) -> Unit | None:
    """"%" and a Kazakh suffix after it ("%-ға"); not percent-encoding in a URL ("%D0%BE")."""
    j, tag = c.hyphen_suffix(i + 1)
    if j == i + 1 and c.adjacent(i + 1) and c.syms[i + 1] is None:
        return None
    return Unit("percentage", "percent", j, tag)


def percent_word(c: Cursor, i: int, lexeme: Lexeme) -> Unit | None:
    """"процентов", "пайызға"; "процента пункта" makes percentage points."""
    end = c.past(i, lexeme)
    point = c.lookup(end, _PP)
    if point is not None:
        return Unit("percentage", "percentage_point", end + 1, point.tag, lang=point.lang)
    return Unit("percentage", "percent", end, lexeme.tag, lang=lexeme.lang)


def percent_adjective(c: Cursor, i: int, lexeme: Lexeme) -> Unit | None:
    """"процентных пункта", "пайыздық тармақ"."""
    point = c.lookup(i + 1, _PP)
    if point is not None:
        return Unit("percentage", "percentage_point", i + 2, point.tag, lang=point.lang)
    return Unit("percentage", "percent", i + 1, lexeme.tag, lang=lexeme.lang)


def point_abbreviation(c: Cursor, i: int, word: str) -> Unit | None:
    """"п.п.", "п. п.", "пп": each word after the first follows a dot; a final dot is read."""
    for words, lang in c.lex.point_abbreviations.get(word, ()):
        j = i + 1
        for rest in words[1:]:
            if not c.sym(j, ".") or c.word(j + 1) != rest:
                break
            j += 2
        else:
            return Unit("percentage", "percentage_point", c.dot(j), lang=lang)
    return None
