"""The word table the rules read: every written form of every word a figure is made of.

``Lexeme`` is one reading of a word; ``Lexicon`` holds the forms of one language (or of both
merged) and the word tables the rules consult (qualifier phrases, range words, currency
modifiers …). Each word table is declared once, below, with what its words can be at the start
of a figure (``vocab.Start``): the candidate prefilter (``candidates.py``) derives its sets
from these declarations and from ``vocab.CATEGORIES``, so a table added here is reached by the
prefilter without a second list to keep in step.

The tables are filled by each kind's ``lexicon.py`` (``numbers/``, ``money/``, ``percentage/``,
``qualifiers/``, ``period/``, ``count/``) from its ``ru.py`` and ``kk.py``; ``tables.lexicon``
runs them in a stated order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any, NamedTuple

from figextract.morphology import kk as kk_morph
from figextract.vocab import CATEGORIES, Cat, FigureKind, Mode, Role, Start


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
    (``code`` the entity). Ordinals are ``num`` readings tagged ``"ord"``. What each category
    can be at a figure's start is declared in ``vocab.CATEGORIES``.
    """

    cat: Cat
    value: Decimal = Decimal(0)
    code: str = ""
    tag: str = ""  # Kazakh suffix tag of the form (nom, dat, abl, equ …)
    rank: int = 0
    plural: bool = False
    abbrev: bool = False
    lang: str = ""


# Phrases by first word: (words, role) before a figure, (words, role, case) after it.
BeforeTable = dict[str, list[tuple[tuple[str, ...], Role]]]
AfterTable = dict[str, list[tuple[tuple[str, ...], Role, str]]]
# Phrases that name a period by themselves, by first word: (words, mode, unit, offset of the
# unit from the reference date's, language): "с начала года" is (since, year, 0).
PhraseTable = dict[str, list[tuple[tuple[str, ...], Mode, str, int, str]]]


def _declare(start: Start, *, opens: bool = False, phrases: bool = False,
             endings: bool = False, whole: bool = False) -> dict[str, Any]:
    """A word table's declaration: what its words can be at the start of a figure; whether a
    figure may begin at its first words (``opens``); whether it holds phrases by first word
    (``phrases``: every word of every phrase counts) or word endings (``endings``: read by
    the prefilter as endings, not words); whether a phrase is a whole period by itself
    (``whole``: a phrase of one word is then a head, "ежегодно", "накануне")."""
    return {"start": start, "opens": opens, "phrases": phrases, "endings": endings,
            "whole": whole}


_HEAD, _LEAD, _NONE = _declare("head"), _declare("lead"), _declare("none")
_HEAD_OPENS = _declare("head", opens=True)
_LEAD_PHRASES, _NONE_PHRASES = _declare("lead", phrases=True), _declare("none", phrases=True)
_LEAD_OPENING_PHRASES = _declare("lead", opens=True, phrases=True)
_WHOLE_PHRASES = _declare("lead", opens=True, phrases=True, whole=True)
_LEAD_ENDINGS = _declare("lead", endings=True)


@dataclass(slots=True)
class Lexicon:
    """Forms of one language (or of both merged) and its word tables."""

    langs: tuple[str, ...]
    # Every form's readings; what each can be at a figure's start is its category's
    # (``vocab.CATEGORIES``); and each form's categories.
    words: dict[str, tuple[Lexeme, ...]] = field(default_factory=dict, metadata=_NONE)
    cats: dict[str, frozenset[str]] = field(default_factory=dict, metadata=_NONE)
    # Qualifier phrases, first word -> [(words, role)] before a figure ("более чем"), and
    # [(words, role, case)] after its amount, case only for Kazakh ones ("жүзден астам
    # доллар": inside a figure too, so they lead).
    before: BeforeTable = field(default_factory=dict, metadata=_LEAD_OPENING_PHRASES)
    after: AfterTable = field(default_factory=dict, metadata=_LEAD_PHRASES)
    # "более чем на 10%"; "от 3 до 5", "между 3 и 5", "100 мен 200 … аралығында"
    links: frozenset[str] = field(default=frozenset(), metadata=_LEAD)
    # bounds turned around by a negation before them ("не может быть менее"), as phrases
    negated: frozenset[tuple[str, ...]] = field(default=frozenset(), metadata=_NONE)
    # symbols between a qualifier and its number in lists: "не менее:\n30 процентов" (read as
    # leads by the prefilter's symbol set)
    qualifier_breaks: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    range_to: frozenset[str] = field(default=frozenset(), metadata=_LEAD)
    range_and: frozenset[str] = field(default=frozenset(), metadata=_LEAD)
    range_with: frozenset[str] = field(default=frozenset(), metadata=_LEAD)
    range_around: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    # "от 10 долларов": a lower bound without a range's second end
    bound_from: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    # qualifiers of amounts, not of durations ("выше 95 %"), by their phrase
    amounts_only: frozenset[tuple[str, ...]] = field(default=frozenset(), metadata=_NONE)
    # what may follow an amount whose currency was just named ("1,5 млрд в 2019")
    ellipsis_followers: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    # where a dash against the digits is a minus sign ("на -2%", "составил -0,5%")
    minus_after: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    # verbs that bound the figure after them ("превысил": above), and what turns them ("не")
    bound_verbs: dict[str, Role] = field(default_factory=dict, metadata=_NONE)
    verb_negations: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    # numbers: "три с половиной"
    half_after: tuple[str, ...] = field(default=(), metadata=_LEAD)
    # thousands glued to an amount of money: "к" in "$10К", "10к$"
    thousands_suffix: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    # Currencies: written codes ("usd") and the letters symbols start with ("us" of "US$"),
    # the words inside symbols ("cfa"); modifiers: head stem -> [(root, side, code)] (the
    # "pre" roots lead, by their start), a form's head stem, modifiers written before or
    # after the head ("АҚШ доллары", "долларов США").
    code_words: frozenset[str] = field(default=frozenset(), metadata=_HEAD)
    symbol_words: frozenset[str] = field(default=frozenset(), metadata=_HEAD_OPENS)
    symbol_pieces: frozenset[str] = field(default=frozenset(), metadata=_LEAD)
    modifiers: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict,
                                                             metadata=_NONE)
    heads: dict[str, str] = field(default_factory=dict, metadata=_NONE)
    pre_modifiers: dict[str, str] = field(default_factory=dict, metadata=_LEAD)
    post_modifiers: dict[str, str] = field(default_factory=dict, metadata=_NONE)
    # what makes a currency word a measure: "8 фунтов 6 унций"
    not_money_after: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    # hundredths written after a currency: "и" in "$20 и 43ц", and "ц" there
    minor_links: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    minor_after: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    # Kazakh suffixes written after a hyphen or digits: "100-ден", "%-ға", "2017-нші"
    hyphen_suffixes: dict[str, str] = field(default_factory=dict, metadata=_NONE)
    # units written as adjectives after a hyphen: "50-процентный", "20-долларовой"
    adjective_units: dict[str, tuple[FigureKind, str]] = field(default_factory=dict,
                                                               metadata=_HEAD)
    # percentage points abbreviated: first word -> (words, language): "п.п.", "пп"
    point_abbreviations: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict,
                                                                        metadata=_HEAD)
    # Periods: phrases before (role) and after (role, case); "с 2020 по 2024"; "1958, 1962 и
    # 1970"; "70-е"; months read only beside a day or a year; an age, not a period ("в
    # возрасте 60 лет", "шесть лет колонии").
    period_before: BeforeTable = field(default_factory=dict, metadata=_LEAD_OPENING_PHRASES)
    period_after: AfterTable = field(default_factory=dict, metadata=_NONE_PHRASES)
    period_phrases: PhraseTable = field(default_factory=dict, metadata=_WHOLE_PHRASES)
    # a year's first or last day: "на начало" before it, "басына" after it
    period_edges: BeforeTable = field(default_factory=dict, metadata=_LEAD_OPENING_PHRASES)
    # a period named by the one before it: "аналогичный" / "тот же" before "период" (form ->
    # Kazakh case), "тот же" before a unit ("в том же году"), "годом ранее", "накануне"
    period_same: BeforeTable = field(default_factory=dict, metadata=_LEAD_OPENING_PHRASES)
    period_same_unit: BeforeTable = field(default_factory=dict, metadata=_LEAD_OPENING_PHRASES)
    period_nouns: dict[str, str] = field(default_factory=dict, metadata=_HEAD)
    period_shifts: PhraseTable = field(default_factory=dict, metadata=_WHOLE_PHRASES)
    period_edges_after: AfterTable = field(default_factory=dict, metadata=_NONE_PHRASES)
    period_range_to: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    year_list_links: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    decade_endings: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    ordinal_endings: frozenset[str] = field(default=frozenset(), metadata=_NONE)  # "2-й"
    context_months: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    age_before: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    ordinal_not_months: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    # before a number of months that counts them from the year's start: "за 9 месяцев"
    months_of_year: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    months_of_year_cases: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    # quotation marks around a day, as forms write it: "от «23» апреля 2019 г."
    open_quotes: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    close_quotes: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    # "в 24 года" is an age ("в"), but not after "раз"; words that speak of age in the clause
    age_at: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    age_at_not_after: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    age_context: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    not_period_after: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    # Counts: an adjective between number and noun, by its ending (leads by ending) or
    # listed, joined by links; two-word nouns: first word -> (second's forms, entity); what
    # kind of entity follows a noun: entity -> words ("субъектов … предпринимательства").
    adjective_endings: tuple[str, ...] = field(default=(), metadata=_LEAD_ENDINGS)
    adjectives: frozenset[str] = field(default=frozenset(), metadata=_LEAD)
    adjective_links: frozenset[str] = field(default=frozenset(), metadata=_LEAD)
    classifiers: frozenset[str] = field(default=frozenset(), metadata=_LEAD)
    compound_nouns: dict[str, tuple[frozenset[str], str]] = field(default_factory=dict,
                                                                  metadata=_HEAD)
    subject_of: dict[str, frozenset[str]] = field(default_factory=dict, metadata=_NONE)
    # every form of the words of change, and its direction ("выросла": up, "төмендеді": down)
    change_words: dict[str, str] = field(default_factory=dict, metadata=_NONE)
    # every form of the verbs that tell the value reached ("составил", "құрады", "жетті")
    level_words: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    # what names the counted thing before a bare number: "число" / "количество" before the
    # noun ("число безработных составило 250 тысяч"), "саны" after it ("жобалар саны 97")
    number_of_before: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    number_of_after: frozenset[str] = field(default=frozenset(), metadata=_NONE)
    # Kazakh suffixed forms of number stems that are other words ("үшін", "оның")
    homographs: frozenset[str] = field(default=frozenset(), metadata=_NONE)

    def add(self, forms: Iterable[str], lexeme: Lexeme) -> None:
        for form in forms:
            current = self.words.get(form, ())
            if lexeme not in current:
                self.words[form] = (*current, lexeme)

    def lookup(self, word: str) -> tuple[Lexeme, ...]:
        return self.words.get(word, ())

    def finish(self) -> None:
        """Longest phrase first in each phrase table ("более чем" before "более"); each
        form's categories, one set shared by the forms that have the same (15,000 objects
        fewer for the garbage collector to walk, 3 MB less memory)."""
        for table in (self.before, self.after, self.period_before, self.period_after,
                      self.period_edges, self.period_edges_after, self.period_same,
                      self.period_same_unit):
            for entries in table.values():
                entries.sort(key=lambda e: -len(e[0]))
        for phrase_table in (self.period_phrases, self.period_shifts):
            for phrases in phrase_table.values():
                phrases.sort(key=lambda e: -len(e[0]))
        sets: dict[frozenset[str], frozenset[str]] = {}
        self.cats = {form: sets.setdefault(cats, cats) for form, cats in (
            (form, frozenset(x.cat for x in lexemes)) for form, lexemes in self.words.items())}


def declared(lex: Lexicon) -> Iterator[tuple[str, Start, bool, set[str]]]:
    """Every word table of ``lex`` with its declaration: (name, start, opens, its words). A
    phrase table's words are every word of every phrase; a dict's are its keys. Word endings
    are not words: the prefilter reads them by ending."""
    for item in fields(Lexicon):
        if not item.metadata or item.metadata["endings"]:
            continue  # langs; adjective_endings
        table = getattr(lex, item.name)
        if item.metadata["phrases"]:
            words = {w for entries in table.values() for phrase, *_ in entries for w in phrase}
            if item.metadata["whole"]:
                # a phrase of one word that is a whole period is a head ("ежегодно",
                # "күнделікті"); not a word that only leads one ("в", "более")
                alone = {phrase[0] for entries in table.values() for phrase, *_ in entries
                         if len(phrase) == 1}
                yield f"{item.name} (one word)", "head", True, alone
                # and a longer one is tried from its later words: "до сих пор" has no word
                # that is a figure's head of its own
                later = {w for entries in table.values() for phrase, *_ in entries
                         for w in phrase[1:]}
                yield f"{item.name} (later words)", "head", True, later
        else:
            words = set(table)
        yield item.name, item.metadata["start"], item.metadata["opens"], words


def opening_words(lex: Lexicon) -> set[str]:
    """The first words of the tables declared ``opens``."""
    out: set[str] = set()
    for item in fields(Lexicon):
        if item.metadata.get("opens"):
            out.update(getattr(lex, item.name))
    return out


def words_starting(lex: Lexicon, start: Start) -> set[str]:
    """Every form and table word that can be ``start`` ("head" includes "inner")."""
    wanted = {start, "inner"} if start == "head" else {start}
    cats = {cat for cat, role in CATEGORIES.items() if role in wanted}
    out = {form for form, found in lex.cats.items() if found & cats}
    for _, role, _, words in declared(lex):
        if role in wanted:
            out.update(words)
    return out


# -- helpers the kinds' builders share -----------------------------------------------------

def rank(value: int, lang: str = "ru") -> int:
    """The rank of a number word: 1 unit, 2 teen, 3 ten, 4 hundreds."""
    if value < 10:
        return 1
    if value < 20 and not (lang == "kk" and value == 10):  # Kazakh "он бес" is ten-and-five
        return 2
    if value < 100:
        return 3
    return 4


def add_before(target: BeforeTable, phrases: dict[str, Role]) -> None:
    """Phrases before a figure ("более чем", "за последние"), keyed by their first word."""
    for phrase, role in phrases.items():
        words = tuple(phrase.split())
        target.setdefault(words[0], []).append((words, role))


def add_after(target: AfterTable,
              phrases: dict[str, Role] | dict[str, tuple[Role, str]]) -> None:
    """Phrases after a figure, each with the case its last word must be in ("" = any: Russian
    phrases give a role only)."""
    for phrase, entry in phrases.items():
        role, case = (entry, "") if isinstance(entry, str) else entry
        words = tuple(phrase.split())
        target.setdefault(words[0], []).append((words, role, case))


def add_phrases(target: PhraseTable, phrases: dict[str, tuple[Mode, str, int]],
                lang: str) -> None:
    """Phrases that name a period by themselves, keyed by their first word."""
    for phrase, (mode, unit, offset) in phrases.items():
        words = tuple(phrase.split())
        target.setdefault(words[0], []).append((words, mode, unit, offset, lang))


def add_kk_forms(lex: Lexicon, stem: str, lexeme: Lexeme, *, plural: bool = True,
                 head: str = "", adjective: bool = True) -> None:
    """Every suffixed form of a Kazakh stem as ``lexeme`` with the form's tag, but those that
    are other words (``homographs``) and, unless ``adjective``, the adjective ("-лық") and
    its forms; ``head``: the currency head stem the forms belong to."""
    skipped = kk_morph.attach(stem, "adj") if not adjective else ""
    for form, tag in kk_morph.forms(stem, plural=plural):
        if form in lex.homographs or (skipped and form.startswith(skipped)):
            continue
        lex.add([form], lexeme._replace(tag=tag))
        if head:
            lex.heads.setdefault(form, head)
