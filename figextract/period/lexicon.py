"""Period words into the lexicon: months and weekdays from CLDR with their cases and
suffixes, time units, relative words, ordinals, seasons, Roman numerals and the phrases
around a period."""

from __future__ import annotations

from decimal import Decimal

from figextract.lexicon import (
    Lexeme,
    Lexicon,
    add_after,
    add_before,
    add_kk_forms,
    add_phrases,
    rank,
)
from figextract.morphology import kk as kk_morph
from figextract.morphology.ru import adjective, decline, month_forms, weekday_forms
from figextract.morphology.ru import verb as ru_verb
from figextract.numbers import kk as num_kk
from figextract.numbers.roman import roman_forms
from figextract.period import kk, ru
from figextract.period.months import month_names, weekday_names


def _roman(lex: Lexicon, lang: str) -> None:
    for written, value in roman_forms().items():
        lex.add([written], Lexeme("roman", Decimal(value), lang=lang))


def _same(lex: Lexicon, before_period: list[str] | tuple[str, ...],
          before_unit: tuple[str, ...], last_years: list[str] | tuple[str, ...]) -> None:
    """Words before a period noun, "ago" for those that alone mean the year before's; words
    before a unit."""
    add_before(lex.period_same, {word: "ago" if word in last_years else "point"
                                 for word in before_period})
    add_before(lex.period_same_unit, dict.fromkeys(before_unit, "point"))


def build_ru(lex: Lexicon) -> None:
    lang = "ru"
    for number, (wide, short) in month_names("ru").items():
        for name in wide:
            lex.add(month_forms(name), Lexeme("month", Decimal(number), lang=lang))
        lex.add(short, Lexeme("month", Decimal(number), abbrev=True, lang=lang))
        lex.context_months |= short
    for number, names in weekday_names("ru").items():
        for name in names:
            lex.add(weekday_forms(name), Lexeme("weekday", Decimal(number), lang=lang))
    for unit, (paradigm, listed) in ru.UNITS.items():
        written = listed.split()
        if paradigm:
            written = [*decline(written[0], paradigm), *written[1:]]
        for form in written:
            lex.add([form], Lexeme("tunit", code=unit, lang=lang,
                                   abbrev=form in ru.ABBREVIATIONS,
                                   plural=form in ru.DURATION_ONLY))
    lex.add(ru.HALF_YEAR_WORDS.split(), Lexeme("halfyear", Decimal("0.5"), lang=lang))
    for stem, (kind, offset) in ru.RELATIVE.items():
        lex.add(adjective(stem, kind), Lexeme("rel", Decimal(offset), lang=lang))
    lex.add(ru.THIS.split(), Lexeme("rel", Decimal(0), lang=lang))
    for word, offset in ru.RELATIVE_DAYS.items():
        lex.add([word], Lexeme("relword", Decimal(offset), code="day", lang=lang))
    for value, (stem, kind) in ru.ORDINALS.items():
        forms = ru.THIRD.split() if kind == "third" else adjective(stem, kind)
        lex.add(forms, Lexeme("num", Decimal(value), tag="ord", rank=1, lang=lang))
    for season, season_forms in ru.SEASONS.items():
        for form in season_forms.split():  # "летом", "зимой": the instrumental says "in summer"
            tag = "ins" if form.endswith(("ом", "ой", "ою", "ью")) else ""
            lex.add([form], Lexeme("season", code=season, tag=tag, lang=lang))
    add_before(lex.period_before, ru.BEFORE)
    add_after(lex.period_after, ru.AFTER)
    add_phrases(lex.period_phrases, ru.PHRASES, lang)
    last_years = [form for stem, kind in ru.SAME_PERIOD_STEMS.items()
                  for form in adjective(stem, kind)]
    _same(lex, last_years + list(ru.THAT_SAME), ru.THAT_SAME, last_years)
    lex.period_nouns.update(dict.fromkeys(ru.PERIOD_NOUNS, ""))
    add_phrases(lex.period_shifts, {phrase: ("point", unit, shift)
                                    for phrase, (unit, shift) in ru.SHIFTS.items()}, lang)
    add_before(lex.period_edges, ru.EDGES)
    lex.period_range_to = lex.period_range_to | frozenset(ru.RANGE_TO)
    lex.year_list_links = lex.year_list_links | frozenset(ru.YEAR_LIST_LINKS)
    lex.age_before = lex.age_before | frozenset(ru.AGE_BEFORE) | frozenset(
        form for verb in ru.AGE_VERBS for form in ru_verb(verb))
    lex.months_of_year = lex.months_of_year | frozenset(ru.MONTHS_OF_YEAR)
    lex.open_quotes = lex.open_quotes | frozenset(ru.OPEN_QUOTES)
    lex.close_quotes = lex.close_quotes | frozenset(ru.CLOSE_QUOTES)
    lex.age_at = lex.age_at | frozenset(ru.AGE_AT)
    lex.age_at_not_after = lex.age_at_not_after | frozenset(ru.AGE_AT_NOT_AFTER)
    lex.age_context = lex.age_context | frozenset(ru.AGE_CONTEXT)
    lex.not_period_after = lex.not_period_after | frozenset(ru.NOT_PERIOD_AFTER)
    lex.decade_endings = lex.decade_endings | frozenset(ru.DECADE_ENDINGS)
    lex.ordinal_endings = lex.ordinal_endings | frozenset(ru.ORDINAL_ENDINGS)
    _roman(lex, lang)


def _kk_ordinal(stem: str) -> str:
    """бір → бірінші, алты → алтыншы, жиырма → жиырмасыншы (the written form news uses)."""
    if stem in kk.ORDINAL_FORMS:
        return kk.ORDINAL_FORMS[stem]
    front = kk_morph.is_front(stem)
    if stem[-1] in kk_morph.VOWELS:
        return stem + ("нші" if front else "ншы")
    return stem + ("інші" if front else "ыншы")


def _kk_ordinals(lex: Lexicon, lang: str) -> None:
    """"бірінші", "жүзінші", "мыңыншы", "алғашқы"; suffixes after digits ("2017-нші")."""
    for value, stem in num_kk.CARDINALS.items():
        if value:
            lex.add([_kk_ordinal(stem)],
                    Lexeme("num", Decimal(value), rank=rank(value, lang), tag="ord", lang=lang))
    lex.add([_kk_ordinal(num_kk.HUNDRED)], Lexeme("hundred", Decimal(100), rank=4, tag="ord",
                                                   lang=lang))
    for value, (word, _) in num_kk.SCALES.items():
        lex.add([_kk_ordinal(word)], Lexeme("scale", Decimal(value), tag="ord", lang=lang))
    for word, value in kk.ORDINAL_WORDS.items():
        lex.add([word], Lexeme("num", Decimal(value), rank=1, tag="ord", lang=lang))
    for suffix in kk.ORDINAL_SUFFIXES:
        lex.hyphen_suffixes[suffix] = "ord"
        for form, tag in kk_morph.forms(suffix, plural=False):
            if form != suffix:
                lex.hyphen_suffixes.setdefault(form, tag)


def build_kk(lex: Lexicon) -> None:
    lang = "kk"
    _kk_ordinals(lex, lang)
    for number, (wide, short) in month_names("kk").items():
        lex.add(short, Lexeme("month", Decimal(number), abbrev=True, lang=lang))
        lex.context_months |= short
        for name in wide:
            month_forms = [*kk_morph.forms(name, plural=False), (kk_morph.located(name), "adj")]
            for form, tag in month_forms:
                if form.startswith(kk.NOT_MONTHS):
                    continue  # "қазандық": a boiler house
                lex.add([form], Lexeme("month", Decimal(number), tag=tag, lang=lang))
                if name in kk.CONTEXT_MONTHS:
                    lex.context_months |= {form}
    for number, names in weekday_names("kk").items():
        for name in names:
            add_kk_forms(lex, name, Lexeme("weekday", Decimal(number), lang=lang), plural=False)
    for stem, unit in kk.UNITS.items():
        add_kk_forms(lex, stem, Lexeme("tunit", code=unit, lang=lang))
    for form, tag in kk_morph.forms(kk.HALF, plural=False):
        if tag != "nom":  # "жылдың бірінші жартысында"; bare "жарты" is a half of anything
            # value 0.5: "жарты" is a half of anything, of a year only with one named
            lex.add([form], Lexeme("tunit", Decimal("0.5"), code="half_year", tag=tag,
                                   lang=lang))
    for unit, extra_forms in kk.EXTRA_FORMS.items():
        for extra in extra_forms.split():  # "жылғы", "өткен жылғымен"
            for form, tag in kk_morph.forms(extra, plural=False):
                lex.add([form], Lexeme("tunit", code=unit, tag="adj" if tag == "nom" else tag,
                                       lang=lang))
    for word, (unit, offset) in kk.RELATIVE_WORDS.items():
        lex.add([word], Lexeme("relword", Decimal(offset), code=unit, lang=lang))
        if word in kk.RELATIVE_STEMS:
            for form, tag in kk_morph.forms(word, plural=False):
                lex.add([form], Lexeme("relword", Decimal(offset), code=unit, tag=tag,
                                       lang=lang))
    lex.not_period_after = lex.not_period_after | frozenset(kk.NOT_PERIOD_AFTER)
    lex.ordinal_not_months = lex.ordinal_not_months | frozenset(kk.ORDINAL_NOT_MONTHS)
    for word, offset in kk.RELATIVE.items():
        lex.add([word], Lexeme("rel", Decimal(offset), lang=lang))
    for season, stem in kk.SEASONS.items():
        for form, tag in kk_morph.forms(stem, plural=False):
            if tag in kk.SEASON_CASES and form not in kk.SEASON_HOMOGRAPHS:
                lex.add([form], Lexeme("season", code=season, tag=tag, lang=lang))
        for form, tag in kk_morph.forms(kk.SEASON_ADJECTIVES[season], plural=False):
            lex.add([form], Lexeme("season", code=season, tag="adj" if tag == "nom" else tag,
                                   lang=lang))
    add_before(lex.period_before, kk.BEFORE)
    add_after(lex.period_after, kk.AFTER)
    add_phrases(lex.period_phrases, kk.PHRASES, lang)
    _same(lex, kk.SAME_PERIOD, kk.SAME_UNIT, kk.LAST_YEARS)
    lex.months_of_year_cases = lex.months_of_year_cases | frozenset(kk.MONTHS_OF_YEAR_CASES)
    lex.period_nouns.update(kk_morph.cases(kk.PERIOD_NOUN))
    add_after(lex.period_edges_after, kk.EDGES_AFTER)
    lex.year_list_links = lex.year_list_links | frozenset(kk.YEAR_LIST_LINKS)
    _roman(lex, lang)
