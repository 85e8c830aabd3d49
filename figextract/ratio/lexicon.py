"""Ratio words into the lexicon: "раза" after "в", "есе" with every suffix, "вдвое"."""

from __future__ import annotations

from decimal import Decimal

from figextract.lexicon import Lexeme, Lexicon, add_before, add_kk_forms
from figextract.ratio import kk, ru


def build_ru(lex: Lexicon) -> None:
    lang = "ru"
    lex.add(ru.HEADS, Lexeme("times", code="times", lang=lang))
    for word, value in ru.WORDS.items():
        lex.add([word], Lexeme("times_word", Decimal(value), code="times", lang=lang))
    add_before(lex.before, ru.BEFORE)


def build_kk(lex: Lexicon) -> None:
    lang = "kk"
    for head in kk.HEADS:
        add_kk_forms(lex, head, Lexeme("times", code="times", lang=lang), plural=False)
