"""Counted nouns into the lexicon: nouns in every case or with every suffix, two-word nouns,
the adjectives that may stand between number and noun."""

from __future__ import annotations

from figextract.count import kk, ru
from figextract.lexicon import Lexeme, Lexicon, add_kk_forms


def _compounds(lex: Lexicon, compounds: dict[str, tuple[str, str]]) -> None:
    """Two-word counted nouns ("рабочих мест", "жұмыс орны"): first word -> second's forms."""
    for entity, (firsts, seconds) in compounds.items():
        second_forms = frozenset(seconds.split())
        for first in firsts.split():
            lex.compound_nouns[first] = (second_forms, entity)


def build_ru(lex: Lexicon) -> None:
    lang = "ru"
    for entity, forms in ru.NOUNS.items():
        lex.add(forms.split(), Lexeme("noun", code=entity, lang=lang))
    _compounds(lex, ru.COMPOUNDS)
    lex.adjective_endings = (*lex.adjective_endings, *ru.ADJECTIVE_ENDINGS)
    lex.adjective_links = lex.adjective_links | frozenset(ru.ADJECTIVE_LINKS)
    lex.classifiers = lex.classifiers | frozenset(ru.CLASSIFIERS)
    lex.number_of_before = lex.number_of_before | frozenset(ru.NUMBER_OF)
    for entity, words in ru.SUBJECT_OF.items():
        lex.subject_of[entity] = lex.subject_of.get(entity, frozenset()) | frozenset(words)


def build_kk(lex: Lexicon) -> None:
    lang = "kk"
    lex.homographs = lex.homographs | frozenset(kk.HOMOGRAPHS)
    lex.number_of_after = lex.number_of_after | frozenset(kk.NUMBER_OF)
    for entity, stems in kk.NOUNS.items():
        for stem in stems:
            add_kk_forms(lex, stem, Lexeme("noun", code=entity, lang=lang))
    _compounds(lex, kk.COMPOUNDS)
    lex.adjective_endings = (*lex.adjective_endings, *kk.ADJECTIVE_SUFFIXES)
    lex.adjectives = lex.adjectives | frozenset(kk.ADJECTIVES)
    lex.adjective_links = lex.adjective_links | frozenset(kk.ADJECTIVE_LINKS)
    lex.classifiers = lex.classifiers | frozenset(kk.CLASSIFIERS)
