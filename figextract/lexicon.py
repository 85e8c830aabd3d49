"""The word table the grammar reads: every written form of every word a figure is made of.

Built once per language from the data modules (numbers/, money/, percentage/, qualifiers/),
babel's CLDR currency names and the Kazakh suffix rules. A form maps to one or more
``Lexeme``s; lookups are plain dict hits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from figextract.counts import kk as count_kk
from figextract.counts import ru as count_ru
from figextract.money import currencies
from figextract.money import kk as money_kk
from figextract.money import ru as money_ru
from figextract.morphology import kk as kk_morph
from figextract.morphology.ru import adjective, decline
from figextract.numbers import kk as num_kk
from figextract.numbers import ru as num_ru
from figextract.numbers.roman import roman_forms
from figextract.percentage import kk as pct_kk
from figextract.percentage import ru as pct_ru
from figextract.periods import kk as period_kk
from figextract.periods import ru as period_ru
from figextract.periods.months import month_names, weekday_names
from figextract.qualifiers import kk as qual_kk
from figextract.qualifiers import ru as qual_ru


class Lexeme(NamedTuple):
    """One reading of a word.

    ``cat``: ``num`` (value; ``rank`` 1 unit, 2 teen, 3 ten, 4 hundreds), ``hundred`` (Kazakh
    жүз, a multiplier), ``scale`` (тысяча … триллион; ``plural`` for vague use), ``half``,
    ``quarter``, ``point`` (целых, бүтін), ``denom`` (десятых, оннан), ``several``
    (несколько), ``multiple`` (десятки, ондаған: vague tens/hundreds), ``cur`` (a currency
    head or abbreviation, ``code``), ``minor`` (цент, тиын), ``pct`` (процент, пайыз),
    ``pct_adj`` (процентных, пайыздық), ``pp`` (пункт, тармақ); for periods ``month``
    (value 1–12), ``tunit`` (год, жыл …: ``code`` the unit), ``rel`` (прошлый, өткен: value
    the offset), ``relword`` (биыл, сегодня: offset ``value`` of unit ``code``), ``season``,
    ``weekday`` (0 Monday), ``roman`` (I, XXI), ``halfyear`` (полгода); for counts ``noun``
    (``code`` the entity). Ordinals are ``num`` readings tagged ``"ord"``.
    """

    cat: str
    value: Decimal = Decimal(0)
    code: str = ""
    tag: str = ""  # Kazakh suffix tag of the form (nom, dat, abl, equ …)
    rank: int = 0
    plural: bool = False
    abbrev: bool = False
    lang: str = ""


# Qualifier phrases by first word: (words, role) before a figure, (words, role, case) after it.
BeforeTable = dict[str, list[tuple[tuple[str, ...], str]]]
AfterTable = dict[str, list[tuple[tuple[str, ...], str, str]]]


@dataclass(slots=True)
class Lexicon:
    """Forms of one language (or of both merged) and its qualifier phrases."""

    langs: tuple[str, ...]
    words: dict[str, tuple[Lexeme, ...]] = field(default_factory=dict)
    cats: dict[str, frozenset[str]] = field(default_factory=dict)  # form -> its readings' cats
    # qualifier phrases, first word -> [(words, role, case)]; case only for Kazakh "after" ones
    before: BeforeTable = field(default_factory=dict)
    after: AfterTable = field(default_factory=dict)
    links: frozenset[str] = frozenset()
    range_to: frozenset[str] = frozenset()
    range_and: frozenset[str] = frozenset()
    range_with: frozenset[str] = frozenset()
    range_around: frozenset[str] = frozenset()
    ellipsis_followers: frozenset[str] = frozenset()
    # currency modifiers: head code -> [(root, side, code)], and head lexeme key
    modifiers: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    heads: dict[str, str] = field(default_factory=dict)  # currency word form -> head stem
    pre_modifiers: dict[str, str] = field(default_factory=dict)
    post_modifiers: dict[str, str] = field(default_factory=dict)
    hyphen_suffixes: dict[str, str] = field(default_factory=dict)
    adjective_units: dict[str, tuple[str, str]] = field(default_factory=dict)
    # periods: phrases before (role) and after (role, case), range words, decade endings
    period_before: BeforeTable = field(default_factory=dict)
    period_after: AfterTable = field(default_factory=dict)
    period_range_to: frozenset[str] = frozenset()
    decade_endings: frozenset[str] = frozenset()
    context_months: frozenset[str] = frozenset()  # month forms read only beside a day or year
    age_before: frozenset[str] = frozenset()  # "в возрасте 60 лет" is an age, not a period
    not_period_after: frozenset[str] = frozenset()
    # counts: what an adjective between number and noun looks like, two-word nouns
    adjective_endings: tuple[str, ...] = ()
    adjectives: frozenset[str] = frozenset()
    adjective_links: frozenset[str] = frozenset()
    compound_nouns: dict[str, tuple[frozenset[str], str]] = field(default_factory=dict)
    subject_of: frozenset[str] = frozenset()

    def add(self, forms: Iterable[str], lexeme: Lexeme) -> None:
        for form in forms:
            current = self.words.get(form, ())
            if lexeme not in current:
                self.words[form] = (*current, lexeme)

    def lookup(self, word: str) -> tuple[Lexeme, ...]:
        return self.words.get(word, ())


def _rank(value: int, lang: str = "ru") -> int:
    if value < 10:
        return 1
    if value < 20 and not (lang == "kk" and value == 10):  # Kazakh "он бес" is ten-and-five
        return 2
    if value < 100:
        return 3
    return 4


def _add_before(target: BeforeTable, phrases: dict[str, str]) -> None:
    """Phrases before a figure ("более чем", "за последние"), keyed by their first word."""
    for phrase, role in phrases.items():
        words = tuple(phrase.split())
        target.setdefault(words[0], []).append((words, role))


def _add_after(target: AfterTable, phrases: dict[str, str] | dict[str, tuple[str, str]]) -> None:
    """Phrases after a figure, each with the case its last word must be in ("" = any: Russian
    phrases give a role only)."""
    for phrase, entry in phrases.items():
        role, case = (entry, "") if isinstance(entry, str) else entry
        words = tuple(phrase.split())
        target.setdefault(words[0], []).append((words, role, case))


# Head stems whose CLDR names tell currencies apart, per language.
_RU_HEADS = tuple(money_ru.HEADS)
def _kk_head_stem(head: str) -> str:
    """The part of a Kazakh head CLDR's forms share: рубль/рублі → рубл, крона/кроны → крон."""
    stem = head.rstrip("ь")
    return stem.removesuffix("а") if len(stem) > 4 else stem


_KK_HEADS = tuple(_kk_head_stem(h) for h in money_kk.HEADS)


def _build_ru(lex: Lexicon) -> None:
    lang = "ru"
    for value, written in num_ru.CARDINALS.items():
        lex.add(written.split(), Lexeme("num", Decimal(value), rank=_rank(value), lang=lang))
    lex.add(num_ru.ONE_AND_A_HALF.split(), Lexeme("num", Decimal("1.5"), rank=1, lang=lang))
    for value, (singular, plural, abbrev) in num_ru.SCALES.items():
        lex.add(singular.split(), Lexeme("scale", Decimal(value), lang=lang))
        lex.add(plural.split(), Lexeme("scale", Decimal(value), plural=True, lang=lang))
        lex.add(abbrev.split(), Lexeme("scale", Decimal(value), abbrev=True, lang=lang))
    lex.add(num_ru.POINT.split(), Lexeme("point", lang=lang))
    for value, written in num_ru.DENOMINATORS.items():
        lex.add(written.split(), Lexeme("denom", Decimal(value), lang=lang))
    lex.add(num_ru.QUARTER.split(), Lexeme("quarter", Decimal("0.25"), lang=lang))
    lex.add(num_ru.SEVERAL.split(), Lexeme("several", Decimal(1), lang=lang))
    for value, written in num_ru.VAGUE_MULTIPLES.items():
        lex.add(written.split(), Lexeme("multiple", Decimal(value), lang=lang))

    for stem, (paradigm, extra, code) in money_ru.HEADS.items():
        forms = [*decline(stem, paradigm), *extra.split()]
        lex.add(forms, Lexeme("cur", code=code, lang=lang))
        lex.heads.update(dict.fromkeys(forms, stem))
    for stem, (paradigm, extra, code) in money_ru.MINOR.items():
        lex.add([*decline(stem, paradigm), *extra.split()],
                Lexeme("minor", Decimal("0.01"), code=code, lang=lang))
    for abbrev, code in money_ru.ABBREVIATIONS.items():
        lex.add([abbrev], Lexeme("cur", code=code, abbrev=True, lang=lang))
    lex.post_modifiers.update(money_ru.POST_MODIFIERS)
    for head, found in currencies.modifiers("ru", _RU_HEADS).items():
        lex.modifiers.setdefault(head, []).extend(found)

    lex.add(decline(pct_ru.HEAD, "hard_m"), Lexeme("pct", code="percent", lang=lang))
    lex.add(pct_ru.ABBREVIATIONS, Lexeme("pct", code="percent", abbrev=True, lang=lang))
    lex.add(decline(pct_ru.POINT_HEAD, "hard_m"), Lexeme("pp", code="percentage_point", lang=lang))
    for ending in ("ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ом", "ую", "ых", "ыми"):
        lex.add([pct_ru.ADJECTIVE_PREFIX + ending],
                Lexeme("pct_adj", code="percentage_point", lang=lang))
        lex.adjective_units[pct_ru.ADJECTIVE_PREFIX + ending] = ("percentage", "percent")
        for stem, code in (("долларов", "USD"), ("рублев", "RUB"), ("евров", "EUR"),
                           ("тенгов", "KZT")):
            lex.adjective_units[stem + ending] = ("money", code)

    _add_before(lex.before, qual_ru.BEFORE)
    _add_after(lex.after, qual_ru.AFTER)
    lex.links = lex.links | frozenset(qual_ru.LINKS)
    lex.range_to = lex.range_to | frozenset(qual_ru.RANGE_TO)
    lex.range_and = lex.range_and | frozenset(qual_ru.RANGE_AND)
    lex.ellipsis_followers = lex.ellipsis_followers | frozenset(qual_ru.ELLIPSIS_FOLLOWERS)
    _build_ru_periods(lex)
    _build_ru_counts(lex)


def _ru_month_forms(name: str) -> list[str]:
    """Case forms of a Russian month from its CLDR nominative: январь → января, январе …"""
    if name.endswith(("ь", "й")):
        stem = name[:-1]
        return [name, stem + "я", stem + "ю", stem + "ем", stem + "е"]
    return [name, name + "а", name + "у", name + "ом", name + "е"]


def _build_ru_periods(lex: Lexicon) -> None:
    lang = "ru"
    for number, (wide, short) in month_names("ru").items():
        for name in wide:
            forms = _ru_month_forms(name) if name.endswith(("ь", "й", "т")) else [name]
            lex.add(forms, Lexeme("month", Decimal(number), lang=lang))
        lex.add(short, Lexeme("month", Decimal(number), abbrev=True, lang=lang))
        lex.context_months |= short
    for number, names in weekday_names("ru").items():
        for name in names:
            if name.endswith("а"):  # среда, пятница, суббота
                forms = [name, name[:-1] + "у", name[:-1] + "ы", name[:-1] + "е"]
            elif name.endswith("е"):  # воскресенье
                forms = [name, name[:-1] + "я"]
            else:
                forms = [name, name + "а", name + "у"]
            lex.add(forms, Lexeme("weekday", Decimal(number), lang=lang))
    for unit, (paradigm, listed) in period_ru.UNITS.items():
        written = listed.split()
        if paradigm:
            written = [*decline(written[0], paradigm), *written[1:]]
        for form in written:
            lex.add([form], Lexeme("tunit", code=unit, lang=lang,
                                   abbrev=form in period_ru.ABBREVIATIONS,
                                   plural=form in period_ru.DURATION_ONLY))
    lex.add(period_ru.HALF_YEAR_WORDS.split(), Lexeme("halfyear", Decimal("0.5"), lang=lang))
    for stem, (kind, offset) in period_ru.RELATIVE.items():
        lex.add(adjective(stem, kind), Lexeme("rel", Decimal(offset), lang=lang))
    lex.add(period_ru.THIS.split(), Lexeme("rel", Decimal(0), lang=lang))
    for word, offset in period_ru.RELATIVE_DAYS.items():
        lex.add([word], Lexeme("relword", Decimal(offset), code="day", lang=lang))
    for value, (stem, kind) in period_ru.ORDINALS.items():
        forms = period_ru.THIRD.split() if kind == "third" else adjective(stem, kind)
        lex.add(forms, Lexeme("num", Decimal(value), tag="ord", rank=1, lang=lang))
    for season, season_forms in period_ru.SEASONS.items():
        for form in season_forms.split():  # "летом", "зимой": the instrumental says "in summer"
            tag = "ins" if form.endswith(("ом", "ой", "ою", "ью")) else ""
            lex.add([form], Lexeme("season", code=season, tag=tag, lang=lang))
    _add_before(lex.period_before, period_ru.BEFORE)
    _add_after(lex.period_after, period_ru.AFTER)
    lex.period_range_to = lex.period_range_to | frozenset(period_ru.RANGE_TO)
    lex.age_before = lex.age_before | frozenset(period_ru.AGE_BEFORE)
    lex.not_period_after = lex.not_period_after | frozenset(period_ru.NOT_PERIOD_AFTER)
    lex.decade_endings = lex.decade_endings | frozenset(period_ru.DECADE_ENDINGS)
    _add_roman(lex, lang)


def _add_roman(lex: Lexicon, lang: str) -> None:
    for written, value in roman_forms().items():
        lex.add([written], Lexeme("roman", Decimal(value), lang=lang))


def _add_compounds(lex: Lexicon, compounds: dict[str, tuple[str, str]]) -> None:
    """Two-word counted nouns ("рабочих мест", "жұмыс орны"): first word -> second's forms."""
    for entity, (firsts, seconds) in compounds.items():
        second_forms = frozenset(seconds.split())
        for first in firsts.split():
            lex.compound_nouns[first] = (second_forms, entity)


def _build_ru_counts(lex: Lexicon) -> None:
    lang = "ru"
    for entity, forms in count_ru.NOUNS.items():
        lex.add(forms.split(), Lexeme("noun", code=entity, lang=lang))
    _add_compounds(lex, count_ru.COMPOUNDS)
    lex.adjective_endings = (*lex.adjective_endings, *count_ru.ADJECTIVE_ENDINGS)
    lex.adjective_links = lex.adjective_links | frozenset(count_ru.ADJECTIVE_LINKS)
    lex.subject_of = lex.subject_of | frozenset(count_ru.SUBJECT_OF)


def _kk_forms(stem: str, lex: Lexicon, lexeme: Lexeme, *, plural: bool = True,
              head: str = "") -> None:
    for form, tag in kk_morph.forms(stem, plural=plural):
        if form in num_kk.HOMOGRAPHS:
            continue
        lex.add([form], lexeme._replace(tag=tag))
        if head:
            lex.heads.setdefault(form, head)


def _build_kk(lex: Lexicon) -> None:
    lang = "kk"
    for value, stem in num_kk.CARDINALS.items():
        _kk_forms(stem, lex, Lexeme("num", Decimal(value), rank=_rank(value, lang), lang=lang),
                  plural=False)
    _kk_forms(num_kk.HUNDRED, lex, Lexeme("hundred", Decimal(100), rank=4, lang=lang),
              plural=False)
    for value, (word, abbrev) in num_kk.SCALES.items():
        _kk_forms(word, lex, Lexeme("scale", Decimal(value), lang=lang), plural=False)
        if abbrev:
            _kk_forms(abbrev, lex, Lexeme("scale", Decimal(value), abbrev=True, lang=lang),
                      plural=False)
    for stem in num_kk.VAGUE_COLLECTIVE_STEMS:
        collective = kk_morph.attach(stem, "coll")
        scale = next((Decimal(v) for v, (w, _) in num_kk.SCALES.items() if w == stem), None)
        if scale is None:
            multiple = Decimal(100) if stem == num_kk.HUNDRED else Decimal(10)
            _kk_forms(collective, lex, Lexeme("multiple", multiple, lang=lang), plural=False)
        else:
            _kk_forms(collective, lex, Lexeme("scale", scale, plural=True, lang=lang),
                      plural=False)
    _kk_forms(num_kk.HALF, lex, Lexeme("half", Decimal("0.5"), lang=lang), plural=False)
    _kk_forms(num_kk.QUARTER, lex, Lexeme("quarter", Decimal("0.25"), lang=lang), plural=False)
    lex.add([num_kk.POINT], Lexeme("point", lang=lang))
    for value, form in num_kk.DENOMINATORS.items():
        lex.add([form], Lexeme("denom", Decimal(value), lang=lang))
    lex.add([num_kk.SEVERAL], Lexeme("several", Decimal(1), lang=lang))

    for head, code in money_kk.HEADS.items():
        stem = _kk_head_stem(head)
        _kk_forms(head, lex, Lexeme("cur", code=code, lang=lang), head=stem)
    for head, code in money_kk.MINOR.items():
        _kk_forms(head, lex, Lexeme("minor", Decimal("0.01"), code=code, lang=lang))
    for abbrev, code in money_kk.ABBREVIATIONS.items():
        lex.add([abbrev], Lexeme("cur", code=code, abbrev=True, lang=lang))
    lex.pre_modifiers.update(money_kk.PRE_MODIFIERS)
    for head, found in currencies.modifiers("kk", _KK_HEADS).items():
        lex.modifiers.setdefault(head, []).extend(found)

    for head in pct_kk.HEADS:
        _kk_forms(head, lex, Lexeme("pct", code="percent", lang=lang))
    lex.add(pct_kk.POINT_ADJECTIVES, Lexeme("pct_adj", code="percentage_point", lang=lang))
    for head in pct_kk.POINT_HEADS:
        _kk_forms(head, lex, Lexeme("pp", code="percentage_point", lang=lang))

    _add_before(lex.before, qual_kk.BEFORE)
    _add_after(lex.after, qual_kk.AFTER)
    lex.range_with = lex.range_with | frozenset(qual_kk.RANGE_AND)
    lex.range_around = lex.range_around | frozenset(qual_kk.RANGE_AROUND)
    lex.ellipsis_followers = lex.ellipsis_followers | frozenset(qual_kk.ELLIPSIS_FOLLOWERS)
    lex.hyphen_suffixes.update(dict.fromkeys(qual_kk.HYPHEN_PARTICLES, "nom"))
    for stem in ("пайыз", "процент", "жүз", "жиырма", "мың", "он", "бес", "миллион", "қырық",
                 "доллар", "теңге", "алты"):
        for suffix, tag in kk_morph.suffix_tags(stem).items():
            lex.hyphen_suffixes.setdefault(suffix, tag)
    _build_kk_periods(lex)
    _build_kk_counts(lex)


def _kk_ordinal(stem: str) -> str:
    """бір → бірінші, алты → алтыншы, жиырма → жиырмасыншы (the written form news uses)."""
    front = kk_morph.is_front(stem)
    if stem[-1] in kk_morph.VOWELS:
        return stem + ("сыншы" if stem == "жиырма" else "нші" if front else "ншы")
    return stem + ("інші" if front else "ыншы")


def _build_kk_periods(lex: Lexicon) -> None:
    lang = "kk"
    for value, stem in num_kk.CARDINALS.items():
        if value:
            lex.add([_kk_ordinal(stem)],
                    Lexeme("num", Decimal(value), rank=_rank(value, lang), tag="ord", lang=lang))
    lex.add([_kk_ordinal(num_kk.HUNDRED)], Lexeme("hundred", Decimal(100), rank=4, tag="ord",
                                                   lang=lang))
    for value, (word, _) in num_kk.SCALES.items():
        lex.add([_kk_ordinal(word)], Lexeme("scale", Decimal(value), tag="ord", lang=lang))
    lex.add(["алғашқы"], Lexeme("num", Decimal(1), rank=1, tag="ord", lang=lang))
    for suffix in period_kk.ORDINAL_SUFFIXES:
        lex.hyphen_suffixes[suffix] = "ord"
        for form, tag in kk_morph.forms(suffix, plural=False):
            if form != suffix:
                lex.hyphen_suffixes.setdefault(form, tag)
    for number, (wide, short) in month_names("kk").items():
        lex.add(short, Lexeme("month", Decimal(number), abbrev=True, lang=lang))
        lex.context_months |= short
        for name in wide:
            for form, tag in kk_morph.forms(name, plural=False):
                lex.add([form], Lexeme("month", Decimal(number), tag=tag, lang=lang))
                if name in period_kk.CONTEXT_MONTHS:
                    lex.context_months |= {form}
    for number, names in weekday_names("kk").items():
        for name in names:
            _kk_forms(name, lex, Lexeme("weekday", Decimal(number), lang=lang), plural=False)
    for stem, unit in period_kk.UNITS.items():
        _kk_forms(stem, lex, Lexeme("tunit", code=unit, lang=lang))
    for form, tag in kk_morph.forms(period_kk.HALF, plural=False):
        if tag != "nom":  # "жылдың бірінші жартысында"; bare "жарты" is a half of anything
            lex.add([form], Lexeme("tunit", code="half_year", tag=tag, lang=lang))
    for unit, forms in period_kk.EXTRA_FORMS.items():
        for extra in forms.split():  # "жылғы", "өткен жылғымен"
            for form, tag in kk_morph.forms(extra, plural=False):
                lex.add([form], Lexeme("tunit", code=unit, tag="adj" if tag == "nom" else tag,
                                       lang=lang))
    for word, (unit, offset) in period_kk.RELATIVE_WORDS.items():
        lex.add([word], Lexeme("relword", Decimal(offset), code=unit, lang=lang))
        if word in period_kk.RELATIVE_STEMS:
            for form, tag in kk_morph.forms(word, plural=False):
                lex.add([form], Lexeme("relword", Decimal(offset), code=unit, tag=tag,
                                       lang=lang))
    lex.not_period_after = lex.not_period_after | frozenset(period_kk.NOT_PERIOD_AFTER)
    for word, offset in period_kk.RELATIVE.items():
        lex.add([word], Lexeme("rel", Decimal(offset), lang=lang))
    for season, stem in period_kk.SEASONS.items():
        for form, tag in kk_morph.forms(stem, plural=False):
            if tag in period_kk.SEASON_CASES:
                lex.add([form], Lexeme("season", code=season, tag=tag, lang=lang))
        for form, tag in kk_morph.forms(period_kk.SEASON_ADJECTIVES[season], plural=False):
            lex.add([form], Lexeme("season", code=season, tag="adj" if tag == "nom" else tag,
                                   lang=lang))
    _add_before(lex.period_before, period_kk.BEFORE)
    _add_after(lex.period_after, period_kk.AFTER)
    _add_roman(lex, lang)


def _build_kk_counts(lex: Lexicon) -> None:
    lang = "kk"
    for entity, stems in count_kk.NOUNS.items():
        for stem in stems:
            _kk_forms(stem, lex, Lexeme("noun", code=entity, lang=lang))
    _add_compounds(lex, count_kk.COMPOUNDS)
    lex.adjective_endings = (*lex.adjective_endings, *count_kk.ADJECTIVE_SUFFIXES)
    lex.adjectives = lex.adjectives | frozenset(count_kk.ADJECTIVES)
    lex.adjective_links = lex.adjective_links | frozenset(count_kk.ADJECTIVE_LINKS)


_BUILDERS = {"ru": _build_ru, "kk": _build_kk}


@cache
def lexicon(langs: tuple[str, ...]) -> Lexicon:
    """The lexicon of ``langs`` (one language, or both merged for mixed text)."""
    lex = Lexicon(langs)
    for lang in langs:
        _BUILDERS[lang](lex)
    for table in (lex.before, lex.after, lex.period_before, lex.period_after):
        for entries in table.values():  # longest phrase first: "более чем" before "более"
            entries.sort(key=lambda e: -len(e[0]))
    lex.cats = {form: frozenset(x.cat for x in lexemes) for form, lexemes in lex.words.items()}
    return lex
