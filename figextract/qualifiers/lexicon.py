"""Qualifier words into the lexicon: phrases before and after a figure, range words, the
words that may follow an amount whose currency was just named, Kazakh suffixes after a
hyphen."""

from __future__ import annotations

from figextract.lexicon import Lexicon, add_after, add_before
from figextract.morphology import kk as kk_morph
from figextract.morphology import ru as ru_morph
from figextract.qualifiers import kk, ru
from figextract.vocab import Role

_TURNED: dict[Role, Role] = {"above": "below", "below": "above"}


def build_ru(lex: Lexicon) -> None:
    add_before(lex.before, ru.BEFORE)
    negated = {f"{negation} {bound}": _TURNED[ru.BEFORE[bound]]
               for negation in ru.NEGATIONS for bound in ru.NEGATED_BOUNDS}
    add_before(lex.before, negated)
    lex.negated = lex.negated | {tuple(phrase.split()) for phrase in negated}
    add_after(lex.after, ru.AFTER)
    lex.links = lex.links | frozenset(ru.LINKS)
    lex.range_to = lex.range_to | frozenset(ru.RANGE_TO)
    lex.range_and = lex.range_and | frozenset(ru.RANGE_AND)
    lex.bound_from = lex.bound_from | frozenset(ru.BOUND_FROM)
    lex.amounts_only = lex.amounts_only | {tuple(p.split()) for p in ru.AMOUNTS_ONLY}
    lex.ellipsis_followers = lex.ellipsis_followers | frozenset(ru.ELLIPSIS_FOLLOWERS)
    lex.minus_after = lex.minus_after | frozenset(ru.MINUS_AFTER)
    lex.qualifier_breaks = lex.qualifier_breaks | frozenset(ru.QUALIFIER_BREAKS)
    for infinitive, role in ru.BOUND_VERBS.items():
        lex.bound_verbs.update(dict.fromkeys(ru_morph.verb(infinitive), role))
    lex.verb_negations = lex.verb_negations | frozenset(ru.VERB_NEGATIONS)


def build_kk(lex: Lexicon) -> None:
    add_before(lex.before, kk.BEFORE)
    add_after(lex.after, kk.AFTER)
    lex.range_with = lex.range_with | frozenset(kk.RANGE_AND)
    lex.range_around = lex.range_around | frozenset(kk.RANGE_AROUND)
    lex.ellipsis_followers = lex.ellipsis_followers | frozenset(kk.ELLIPSIS_FOLLOWERS)
    lex.minus_after = lex.minus_after | frozenset(kk.MINUS_AFTER)
    lex.qualifier_breaks = lex.qualifier_breaks | frozenset(kk.QUALIFIER_BREAKS)
    lex.hyphen_suffixes.update(dict.fromkeys(kk.HYPHEN_PARTICLES, "nom"))
    for stem in kk.SUFFIXED_AFTER_HYPHEN:
        for suffix, tag in kk_morph.suffix_tags(stem).items():
            lex.hyphen_suffixes.setdefault(suffix, tag)
