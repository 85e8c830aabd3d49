"""Currency words into the lexicon: heads in every case or with every suffix, minor units,
abbreviations, modifiers (from ``ru.py``, ``kk.py`` and CLDR), codes and symbols."""

from __future__ import annotations

from decimal import Decimal

from figextract.lexicon import Lexeme, Lexicon, add_kk_forms
from figextract.money import currencies, kk, ru
from figextract.morphology.ru import adjective, decline
from figextract.tokens import Tokens

# Head stems whose CLDR names tell currencies apart, per language.
_RU_HEADS = tuple(ru.HEADS)


def _kk_head_stem(head: str) -> str:
    """The part of a Kazakh head CLDR's forms share: рубль/рублі → рубл, крона/кроны → крон."""
    stem = head.rstrip("ь")
    return stem.removesuffix("а") if len(stem) > 4 else stem


_KK_HEADS = tuple(_kk_head_stem(h) for h in kk.HEADS)


def build_any(lex: Lexicon) -> None:
    """What every language reads: ISO codes in capitals and currency symbols ("US$")."""
    lex.code_words = frozenset(code.lower() for code in currencies.written_codes())
    lex.symbol_words = currencies.symbol_words()
    pieces = {w for symbol in currencies.symbols() for w in Tokens(symbol).words if w}
    lex.symbol_pieces = frozenset(pieces)


def build_ru(lex: Lexicon) -> None:
    lang = "ru"
    for stem, (paradigm, extra, code) in ru.HEADS.items():
        forms = [*decline(stem, paradigm), *extra.split()]
        lex.add(forms, Lexeme("cur", code=code, lang=lang))
        lex.heads.update(dict.fromkeys(forms, stem))
    for stem, (paradigm, extra, code) in ru.MINOR.items():
        lex.add([*decline(stem, paradigm), *extra.split()],
                Lexeme("minor", Decimal("0.01"), code=code, lang=lang))
    for abbrev, code in ru.ABBREVIATIONS.items():
        lex.add([abbrev], Lexeme("cur", code=code, abbrev=True, lang=lang))
    lex.post_modifiers.update(ru.POST_MODIFIERS)
    lex.not_money_after = lex.not_money_after | frozenset(ru.NOT_MONEY_AFTER)
    lex.minor_links = lex.minor_links | frozenset(ru.MINOR_LINKS)
    lex.minor_after = lex.minor_after | frozenset(ru.MINOR_AFTER)
    for head, found in currencies.modifiers("ru", _RU_HEADS).items():
        lex.modifiers.setdefault(head, []).extend(found)
    for stem, code in ru.ADJECTIVE_STEMS.items():  # "20-долларовой"
        for form in adjective(stem, "hard"):
            lex.adjective_units[form] = ("money", code)


def build_kk(lex: Lexicon) -> None:
    lang = "kk"
    for head, code in kk.HEADS.items():
        add_kk_forms(lex, head, Lexeme("cur", code=code, lang=lang), head=_kk_head_stem(head),
                     adjective=head not in kk.NO_ADJECTIVE)
    for head, code in kk.MINOR.items():
        add_kk_forms(lex, head, Lexeme("minor", Decimal("0.01"), code=code, lang=lang))
    for abbrev, code in kk.ABBREVIATIONS.items():
        lex.add([abbrev], Lexeme("cur", code=code, abbrev=True, lang=lang))
    lex.pre_modifiers.update(kk.PRE_MODIFIERS)
    lex.minor_links = lex.minor_links | frozenset(kk.MINOR_LINKS)
    for head, found in currencies.modifiers("kk", _KK_HEADS).items():
        lex.modifiers.setdefault(head, []).extend(found)
