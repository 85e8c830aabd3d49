"""The lexicon of one language or of both: every kind's words, built in a stated order.

Each kind's ``lexicon.py`` turns its ``ru.py`` and ``kk.py`` into lexicon entries. The order
matters where two kinds give one form readings (the first added is the first read): numbers,
money, percentages, qualifiers, periods, counts, ratios, words of change, for each language
in turn.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from figextract.change import lexicon as change
from figextract.count import lexicon as count
from figextract.lexicon import Lexicon
from figextract.money import lexicon as money
from figextract.numbers import lexicon as numbers
from figextract.percentage import lexicon as percentage
from figextract.period import lexicon as period
from figextract.qualifiers import lexicon as qualifiers
from figextract.ratio import lexicon as ratio

Builder = Callable[[Lexicon], None]
BUILDERS: dict[str, tuple[Builder, ...]] = {
    "ru": (numbers.build_ru, money.build_ru, percentage.build_ru, qualifiers.build_ru,
           period.build_ru, count.build_ru, ratio.build_ru, change.build_ru),
    "kk": (numbers.build_kk, money.build_kk, percentage.build_kk, qualifiers.build_kk,
           period.build_kk, count.build_kk, ratio.build_kk, change.build_kk),
}


@cache
def lexicon(langs: tuple[str, ...]) -> Lexicon:
    """The lexicon of ``langs`` (one language, or both merged for mixed text)."""
    lex = Lexicon(langs)
    money.build_any(lex)
    for lang in langs:
        for build in BUILDERS[lang]:
            build(lex)
    lex.finish()
    return lex
