"""Number words into the lexicon: cardinals, scales, fractions and vague amounts."""

from __future__ import annotations

from decimal import Decimal

from figextract.lexicon import Lexeme, Lexicon, add_kk_forms, rank
from figextract.morphology import kk as kk_morph
from figextract.numbers import kk, ru


def build_ru(lex: Lexicon) -> None:
    lang = "ru"
    for value, written in ru.CARDINALS.items():
        lex.add(written.split(), Lexeme("num", Decimal(value), rank=rank(value), lang=lang))
    lex.add(ru.ONE_AND_A_HALF.split(), Lexeme("num", Decimal("1.5"), rank=1, lang=lang))
    for value, (singular, plural, abbrev) in ru.SCALES.items():
        lex.add(singular.split(), Lexeme("scale", Decimal(value), lang=lang))
        lex.add(plural.split(), Lexeme("scale", Decimal(value), plural=True, lang=lang))
        lex.add(abbrev.split(), Lexeme("scale", Decimal(value), abbrev=True, lang=lang))
    lex.add(ru.POINT.split(), Lexeme("point", lang=lang))
    for value, written in ru.DENOMINATORS.items():
        lex.add(written.split(), Lexeme("denom", Decimal(value), lang=lang))
    lex.add(ru.QUARTER.split(), Lexeme("quarter", Decimal("0.25"), lang=lang))
    lex.add(ru.SEVERAL.split(), Lexeme("several", Decimal(1), lang=lang))
    for value, written in ru.VAGUE_MULTIPLES.items():
        lex.add(written.split(), Lexeme("multiple", Decimal(value), lang=lang))
    lex.half_after = ru.HALF_AFTER
    _latin_scales(lex, lang)
    lex.thousands_suffix = lex.thousands_suffix | frozenset(ru.THOUSANDS_SUFFIX)


def _latin_scales(lex: Lexicon, lang: str) -> None:
    for value, written in ru.LATIN_SCALES.items():
        lex.add(written, Lexeme("scale", Decimal(value), abbrev=True, lang=lang))


def build_kk(lex: Lexicon) -> None:
    lang = "kk"
    lex.homographs = lex.homographs | kk.HOMOGRAPHS
    for value, stem in kk.CARDINALS.items():
        add_kk_forms(lex, stem, Lexeme("num", Decimal(value), rank=rank(value, lang), lang=lang),
                     plural=False)
    add_kk_forms(lex, kk.HUNDRED, Lexeme("hundred", Decimal(100), rank=4, lang=lang),
                 plural=False)
    for value, (word, abbrev) in kk.SCALES.items():
        add_kk_forms(lex, word, Lexeme("scale", Decimal(value), lang=lang), plural=False)
        if abbrev:
            add_kk_forms(lex, abbrev, Lexeme("scale", Decimal(value), abbrev=True, lang=lang),
                         plural=False)
    for stem in kk.VAGUE_COLLECTIVE_STEMS:  # "ондаған", "миллиардтаған"
        collective = kk_morph.attach(stem, "coll")
        scale = next((Decimal(v) for v, (w, _) in kk.SCALES.items() if w == stem), None)
        if scale is None:
            multiple = Decimal(100) if stem == kk.HUNDRED else Decimal(10)
            add_kk_forms(lex, collective, Lexeme("multiple", multiple, lang=lang), plural=False)
        else:
            add_kk_forms(lex, collective, Lexeme("scale", scale, plural=True, lang=lang),
                         plural=False)
    add_kk_forms(lex, kk.HALF, Lexeme("half", Decimal("0.5"), lang=lang), plural=False)
    add_kk_forms(lex, kk.QUARTER, Lexeme("quarter", Decimal("0.25"), lang=lang), plural=False)
    lex.add([kk.POINT], Lexeme("point", lang=lang))
    for value, form in kk.DENOMINATORS.items():
        lex.add([form], Lexeme("denom", Decimal(value), lang=lang))
    lex.add([kk.SEVERAL], Lexeme("several", Decimal(1), lang=lang))
    _latin_scales(lex, lang)
