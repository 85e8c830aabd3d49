"""Words of change into the lexicon: their stems and directions."""

from __future__ import annotations

from figextract.change import kk, ru
from figextract.lexicon import Lexicon


def build_ru(lex: Lexicon) -> None:
    lex.change_stems.update(ru.STEMS)


def build_kk(lex: Lexicon) -> None:
    lex.change_stems.update(kk.STEMS)
