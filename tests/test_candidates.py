"""Trying the grammar only at heads and the leads before them finds exactly what trying it at
every token finds (see ``figextract/candidates.py``)."""

from __future__ import annotations

import decimal
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

import figextract
from figextract.candidates import Candidates
from figextract.facts import Fact
from figextract.reader import RULES
from figextract.tables import lexicon
from figextract.textnorm import fold
from figextract.tokens import Tokens

EXTRACTOR = figextract.Extractor()
REF = "2025-09-30"


def everywhere(text: str, lang: str | None = None) -> list[Fact]:
    """The facts found by trying every token in turn."""
    reader = EXTRACTOR.reader(text, lang=lang, ref_date=REF)
    i = 0
    with decimal.localcontext(decimal.Context(prec=104)):
        while i < reader.tokens.n:
            end = reader.at(i)
            i = end if end is not None else i + 1
    return reader.facts


def _vocabulary() -> list[str]:
    both = lexicon(("kk", "ru"))
    words = sorted(both.words)
    phrases = sorted({" ".join(p) for table in (both.before, both.period_before)
                      for entries in table.values() for p, _ in entries}
                     | {" ".join(p) for table in (both.after, both.period_after)
                        for entries in table.values() for p, _, _ in entries})
    others = [*sorted(both.adjectives), *sorted(both.compound_nouns), *sorted(both.pre_modifiers),
              *sorted(both.adjective_units), "итальянских", "норвежских", "новых", "крупных",
              "италиялық", "ірі", "мест", "орны", "малого", "и", "және", "предпринимательства",
              "субъектов", "АҚШ", "USD", "EUR", "usd", "US$", "u.s.$", "HK$", "F\u202fCFA", "$",
              "€", "₸", "%", "-", "–", "+", "(", ")", ",", ".", "\n", "-ден", "-ға", "-ші", "ші",
              "1 000", "3,5", "12.05.2021", "2019-11-05", "70-е", "1990-х", "II", "кв.", "г.",
              "гг.", "п.п.", "пп", "с половиной", "целых", "назад", "бері", "в возрасте",
              "колонии", "слово", "сөз", "abc", "the", "Москва", "Алматы", "он", "бір"]
    return words + phrases + others


VOCABULARY = _vocabulary()
NUMBERS = ["1", "2", "5", "12", "20", "31", "100", "250", "1990", "2005", "2020", "2024", "2025",
           "99999", "0,5", "7,6"]
GLUE = [" ", " ", " ", "", "  ", "-", "\u00a0", "\n"]
# Random texts as (word or number, what follows it) pairs.
PIECES = st.lists(st.tuples(st.sampled_from(VOCABULARY + NUMBERS), st.sampled_from(GLUE)),
                  min_size=1, max_size=12)


def random_text(rnd: random.Random) -> str:
    pieces = []
    for _ in range(rnd.randint(1, 14)):
        pool = NUMBERS if rnd.random() < 0.3 else VOCABULARY
        pieces.append(rnd.choice(pool) + rnd.choice(GLUE))
    return "".join(pieces)


@pytest.mark.parametrize("seed", range(8))
def test_heads_and_leads_find_what_every_token_finds(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(500):
        text = random_text(rnd)
        assert EXTRACTOR.extract(text, ref_date=REF) == everywhere(text), text


@given(PIECES,
       st.sampled_from([None, "ru", "kk"]))
def test_heads_and_leads_property(pieces: list[tuple[str, str]], lang: str | None) -> None:
    text = "".join(word + glue for word, glue in pieces)
    assert EXTRACTOR.extract(text, lang=lang, ref_date=REF) == everywhere(text, lang)


@given(PIECES)
def test_heads_are_the_tokens_of_the_head_sets(pieces: list[tuple[str, str]]) -> None:
    """``heads_in`` finds the symbols in the text, not token by token: the same indices as
    asking each token, a symbol glued to what stands before it ("US$", "25%") included."""
    cands = Candidates(LEXICONS[("kk", "ru")])
    tokens = Tokens(fold("".join(word + glue for word, glue in pieces)).text)
    each = [i for i in range(tokens.n) if tokens.nums[i] or tokens.words[i] in cands.head_words
            or tokens.syms[i] in cands.head_syms]
    assert cands.heads_in(tokens) == each


def test_a_glued_symbol_is_its_own_head() -> None:
    tokens = Tokens("us$5 25%")
    cands = Candidates(LEXICONS[("kk", "ru")])
    assert [tokens.words[i] or tokens.syms[i] or tokens.nums[i]
            for i in cands.heads_in(tokens)] == ["us", "$", "5", "25", "%"]


def test_the_seeds_read_the_same_both_ways() -> None:
    from pathlib import Path
    for path in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert EXTRACTOR.extract(text, ref_date=REF) == everywhere(text)


def read_where_alone(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    """What each rule reads at an amount that stands alone (``TextReader.stands_alone``), the
    check left out: (token, rule) pairs, none if the check is right."""
    reader = EXTRACTOR.reader(text, lang=lang, ref_date=REF)
    cursor, tokens = reader.cursor, reader.tokens
    found = []
    with decimal.localcontext(decimal.Context(prec=104)):
        for i in range(tokens.n):
            reader.read_from(i)
            if reader.stands_alone(i):
                found += [(tokens.nums[i] or tokens.words[i], rule.__name__) for rule in RULES
                          if rule(cursor, i) is not None]
    return found


@pytest.mark.parametrize("seed", range(8))
def test_no_rule_reads_a_number_that_stands_alone(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(500):
        text = random_text(rnd)
        assert read_where_alone(text) == [], text


@given(PIECES, st.sampled_from([None, "ru", "kk"]))
def test_no_rule_reads_a_number_that_stands_alone_property(pieces: list[tuple[str, str]],
                                                           lang: str | None) -> None:
    assert read_where_alone("".join(word + glue for word, glue in pieces), lang) == []


def test_no_rule_reads_a_number_of_the_seeds_that_stands_alone() -> None:
    from pathlib import Path
    for path in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt")):
        assert read_where_alone(path.read_text(encoding="utf-8")) == [], path.name


@pytest.mark.parametrize(("text", "alone"), [
    ("105 статьи", True), ("1-інші жолы", True), ("2 млн слово", True),
    ("25 новых компаний", False),  # an adjective, read by its ending
    ("5 us$", False),  # the letters of a symbol
    ("100 usd", False),  # a code, by its shape
    ("(2001 слово", False),  # a year: brackets make it a period
    ("25 компаний", False), ("25 %", False), ("25", False),
    ("двадцать пять слово", True), ("екі мың сөз", True),
    ("двадцать пять компаний", False), ("сто тысяч", False),
    ("слово 25", False),  # not an amount
    ("в 25 слово", False),  # a lead word, read by the rules of its own
])
def test_which_amounts_stand_alone(text: str, alone: bool) -> None:
    reader = EXTRACTOR.reader(text, ref_date=REF)
    reader.read_from(0)
    assert reader.stands_alone(0) is alone


LEXICONS = {langs: lexicon(langs) for langs in (("kk", "ru"), ("ru",), ("kk",))}
NUMBER_WORDS = {"ru": ("двадцать", "процентов"), "kk": ("жиырма", "пайыз")}


def _reached(cands: Candidates, text: str) -> bool:
    """The prefilter tries the rules at the text's first token, for its first head."""
    tokens = Tokens(fold(text).text)
    heads = cands.heads_in(tokens)
    return bool(heads) and cands.first_try(tokens, heads[0], 0) == 0 \
        and cands.may_start(tokens, 0)


@pytest.mark.parametrize("langs", sorted(LEXICONS))
def test_every_declared_phrase_is_reached_by_the_prefilter(langs: tuple[str, ...]) -> None:
    """A phrase before a figure ("более чем", "за последние", "с начала") and one inside it
    ("жүзден астам доллар") is tried from its first word, whatever words it is made of: its
    table's declaration (``lexicon.Lexicon``) puts its words in the prefilter's sets."""
    lex = LEXICONS[langs]
    cands = Candidates(lex)
    number, unit = NUMBER_WORDS[langs[-1]]
    unreached = []
    for table in (lex.before, lex.period_before, lex.period_phrases):
        for entries in table.values():
            for phrase, *_ in entries:
                text = f"{' '.join(phrase)} {number} {unit}"
                if not _reached(cands, text):
                    unreached.append(text)
    for entries in lex.period_phrases.values():
        for phrase, *_ in entries:  # a period by itself: "с начала года", "ежегодно"
            if not _reached(cands, " ".join(phrase)):
                unreached.append(" ".join(phrase))
    for entries in lex.after.values():
        for phrase, *_ in entries:
            text = f"{number} {' '.join(phrase)} {unit}"
            if not _reached(cands, text):
                unreached.append(text)
    assert not unreached


def test_a_phrase_of_an_undeclared_table_is_not_reached() -> None:
    """The check above fails when a phrase's words are in no declared set."""
    cands = Candidates(LEXICONS[("ru",)])
    assert not _reached(cands, "вопреки ожиданиям двадцать процентов")
    assert _reached(cands, "более чем двадцать процентов")


def test_every_word_table_declares_what_its_words_can_be() -> None:
    """A table added to the lexicon without a declaration would be invisible to the
    prefilter: each says what its words can be at a figure's start."""
    from dataclasses import fields

    from figextract.lexicon import Lexicon

    undeclared = [item.name for item in fields(Lexicon) if item.name != "langs"
                  and item.metadata.get("start") not in ("head", "lead", "inner", "none")]
    assert not undeclared


def test_a_figure_read_from_a_lead_does_not_hide_its_head() -> None:
    """A figure read from a lead may end before the head that led to it; the head is read
    too ("ширектейінен" is read from a lead, "1 зейнеткерлерге" from the head after it)."""
    text = "ширектейінен 1 зейнеткерлерге"
    facts = EXTRACTOR.extract(text, ref_date=REF)
    assert [f.text for f in facts] == ["ширектейінен", "1 зейнеткерлерге"]
    assert facts == everywhere(text)


def test_only_whole_one_word_periods_are_heads() -> None:
    """"ежегодно", "накануне", "күнделікті" are periods by themselves, so the prefilter tries
    them; "в", "на", "более", "осы" only lead a figure or period and are tried only before a
    head (trying them everywhere doubles the work)."""
    cands = Candidates(LEXICONS[("kk", "ru")])
    assert {"ежегодно", "накануне", "күнделікті"} <= cands.head_words
    assert not {"в", "на", "с", "более", "около", "осы", "сол"} & cands.head_words


def test_forms_with_the_same_categories_share_one_set() -> None:
    """The tables hold one set of categories for each combination, not one a form (15,000
    objects fewer in the garbage collector's walks)."""
    cats = LEXICONS[("kk", "ru")].cats
    assert len(cats) > 5_000
    assert len({id(found) for found in cats.values()}) == len(set(cats.values())) < 100
