"""The words of statements, every form made: indicators by the forms of each word of each
phrase, countries by CLDR's names (``babel``) and their forms, what a rate is per."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from babel import Locale

from figextract.morphology import kk as kk_morph
from figextract.morphology import ru as ru_morph
from figextract.statements import kk, ru
from figextract.textnorm import fold

# A phrase: the forms each of its words may take, and its key (or what it is per).
Phrase = tuple[tuple[frozenset[str], ...], str]


@dataclass(slots=True)
class Words:
    # by a first-word form; the key "" for a word that names the one named before ("этот
    # показатель", "бұл көрсеткіш")
    indicators: dict[str, list[Phrase]] = field(default_factory=dict)
    per: dict[str, list[Phrase]] = field(default_factory=dict)
    regions: dict[str, list[Phrase]] = field(default_factory=dict)  # -> codes, space-separated
    countries: dict[str, str] = field(default_factory=dict)  # a form -> ISO code
    country_stems: dict[str, str] = field(default_factory=dict)  # adjective stems -> ISO code
    from_words: frozenset[str] = frozenset()
    by_words: frozenset[str] = frozenset()
    from_endings: tuple[str, ...] = ()
    by_endings: tuple[str, ...] = ()
    to_words: frozenset[str] = frozenset()
    clause_starts: frozenset[str] = frozenset()
    subject_first: frozenset[str] = frozenset()  # languages whose indicator leads its clause
    entity_keys: frozenset[str] = frozenset()  # keys of who acts, not of what is measured
    comparatives: dict[str, str] = field(default_factory=dict)  # "больше": up, "төмен": down
    bare_change: frozenset[str] = frozenset()  # languages with "13 пайыз көп": a change
    this: frozenset[str] = frozenset()  # a sentence's first word that goes on about the last
    world: dict[str, list[Phrase]] = field(default_factory=dict)  # words of the whole world
    # the adjective stems, the longest first ("казахстанск"), anywhere in a text
    stem_pattern: re.Pattern[str] = re.compile("(?!)")
    # the first words of every phrase table's phrases and every country's name
    firsts: frozenset[str] = frozenset()


def _fold(word: str) -> str:
    return fold(word).text


def _ru_word(word: str) -> frozenset[str]:
    if word.endswith("*"):
        return frozenset(_fold(w) for w in ru_morph.any_adjective(word[:-1]))
    return frozenset(_fold(w) for w in ru_morph.any_noun(word))


def _kk_phrase(phrase: str) -> tuple[frozenset[str], ...]:
    words = phrase.split()
    last = frozenset(_fold(form) for form, _ in kk_morph.forms(words[-1]))
    return (*(frozenset({_fold(w)}) for w in words[:-1]), last)


def _add(table: dict[str, list[Phrase]], words: tuple[frozenset[str], ...], what: str) -> None:
    for first in words[0]:
        table.setdefault(first, []).append((words[1:], what))


def _countries(lang: str, extra: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    names = {**{name: code for code, name in Locale(lang).territories.items()
                if len(code) == 2 and code.isalpha()}, **extra}
    for name, code in names.items():
        if " " in name:
            continue  # a name of several words: its short names are given in ``extra``
        forms = (ru_morph.any_noun(name) if lang == "ru"
                 else [form for form, _ in kk_morph.forms(name, plural=False)])
        for form in forms:
            out.setdefault(_fold(form), code)
    return out


@cache
def words(langs: tuple[str, ...]) -> Words:
    """The statement words of ``langs`` ("ru", "kk" or both)."""
    out = Words()
    if "ru" in langs:
        for key, phrases in ru.INDICATORS.items():
            for phrase in phrases:
                _add(out.indicators, tuple(_ru_word(w) for w in phrase.split()), key)
        for verb, key in ru.INDICATOR_VERBS.items():
            _add(out.indicators, (frozenset(_fold(w) for w in ru_morph.verb(verb)),), key)
        for word in ru.SAME_INDICATOR:
            _add(out.indicators, (_ru_word(word),), "")
        for phrase, what in ru.PER.items():
            _add(out.per, tuple(frozenset({w}) for w in phrase.split()), what)
        out.countries.update(_countries("ru", ru.COUNTRY_NAMES))
        for phrase, codes in ru.REGIONS.items():
            _add(out.regions, tuple(_ru_word(w) for w in phrase.split()), codes)
        out.country_stems.update(ru.COUNTRY_ADJECTIVES)
        out.from_words |= frozenset(ru.FROM_WORDS)
        out.by_words |= frozenset(ru.BY_WORDS)
        out.clause_starts |= frozenset(ru.CLAUSE_STARTS)
        if ru.INDICATOR_FIRST:
            out.subject_first |= {"ru"}
        out.entity_keys |= frozenset(ru.ENTITY_KEYS)
        out.comparatives.update(ru.COMPARATIVES)
        out.this |= frozenset(ru.THIS)
        for phrase in ru.WORLD:
            _add(out.world, tuple(_ru_word(w) for w in phrase.split()), "")
    if "kk" in langs:
        for key, phrases in kk.INDICATORS.items():
            for phrase in phrases:
                _add(out.indicators, _kk_phrase(phrase), key)
        for word in kk.SAME_INDICATOR:
            _add(out.indicators, _kk_phrase(word), "")
        for phrase, what in kk.PER.items():
            _add(out.per, tuple(frozenset({w}) for w in phrase.split()), what)
        for phrase, codes in kk.REGIONS.items():
            _add(out.regions, _kk_phrase(phrase), codes)
        for name, code in _countries("kk", kk.COUNTRY_NAMES).items():
            out.countries.setdefault(name, code)
        out.country_stems.update(kk.COUNTRY_ADJECTIVES)
        out.from_endings += kk.FROM_ENDINGS
        out.by_endings += kk.BY_ENDINGS
        out.to_words |= frozenset(kk.TO_WORDS)
        out.clause_starts |= frozenset(kk.CLAUSE_STARTS)
        out.comparatives.update(kk.COMPARATIVES)
        out.this |= frozenset(kk.THIS)
        if kk.BARE_CHANGE:
            out.bare_change |= {"kk"}
        for phrase in kk.WORLD:
            _add(out.world, _kk_phrase(phrase), "")
    if out.country_stems:  # grouped by their first letter: a regex scans these faster
        stems = sorted(out.country_stems, key=len, reverse=True)
        out.stem_pattern = re.compile("|".join(
            re.escape(first) + "(?:" + "|".join(re.escape(s[1:]) for s in stems
                                                if s[0] == first) + ")"
            for first in sorted({s[0] for s in stems})))
    out.firsts = frozenset(out.countries).union(
        out.indicators, out.per, out.regions, out.world)
    for table in (out.indicators, out.per, out.regions, out.world):
        for entries in table.values():
            entries.sort(key=lambda e: -len(e[0]))  # the longest phrase first
    return out
