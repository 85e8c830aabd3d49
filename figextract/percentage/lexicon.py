"""Percent words into the lexicon: "процент" in every case, "пайыз" with every suffix,
percentage points, the adjectives ("50-процентный") and the abbreviations ("п.п.")."""

from __future__ import annotations

from figextract.lexicon import Lexeme, Lexicon, add_kk_forms
from figextract.morphology.ru import adjective, decline
from figextract.percentage import kk, ru
from figextract.tokens import Tokens


def _abbreviations(lex: Lexicon, written: tuple[str, ...], lang: str) -> None:
    """"п.п." as the words it is written with ("п", "п"), dots between read by the rule."""
    for abbreviation in written:
        words = tuple(w for w in Tokens(abbreviation).words if w)
        entries = lex.point_abbreviations.setdefault(words[0], [])
        if all(words != known for known, _ in entries):
            entries.append((words, lang))


def build_ru(lex: Lexicon) -> None:
    lang = "ru"
    lex.add(decline(ru.HEAD, "hard_m"), Lexeme("pct", code="percent", lang=lang))
    lex.add(ru.ABBREVIATIONS, Lexeme("pct", code="percent", abbrev=True, lang=lang))
    lex.add(decline(ru.POINT_HEAD, "hard_m"), Lexeme("pp", code="percentage_point", lang=lang))
    for form in adjective(ru.ADJECTIVE_PREFIX, "hard"):
        lex.add([form], Lexeme("pct_adj", code="percentage_point", lang=lang))
        lex.adjective_units[form] = ("percentage", "percent")
    _abbreviations(lex, ru.POINT_ABBREVIATIONS, lang)


def build_kk(lex: Lexicon) -> None:
    lang = "kk"
    for head in kk.HEADS:
        add_kk_forms(lex, head, Lexeme("pct", code="percent", lang=lang))
    lex.add(kk.POINT_ADJECTIVES, Lexeme("pct_adj", code="percentage_point", lang=lang))
    for head in kk.POINT_HEADS:
        add_kk_forms(lex, head, Lexeme("pp", code="percentage_point", lang=lang))
    _abbreviations(lex, kk.POINT_ABBREVIATIONS, lang)
    _abbreviations(lex, kk.BORROWED_POINT_ABBREVIATIONS, "ru")  # the words are Russian
