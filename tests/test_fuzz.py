"""Fuzzing: texts built from the alphabet of figures (digits, separators, currency signs, scale
and number words, qualifiers, Kazakh suffixes, dashes, odd spaces, random Unicode) must never
make extraction raise, and what it returns must hold together.

The number of examples comes from the Hypothesis profile (``tests/conftest.py``): a few hundred
per property by default, thousands with ``pytest --slow``, any number with
``FIGEXTRACT_FUZZ_EXAMPLES=100000 pytest tests/test_fuzz.py``.
"""

from __future__ import annotations

import itertools
import threading
from concurrent.futures import ThreadPoolExecutor

from hypothesis import given
from hypothesis import strategies as st

import figextract
from figextract.facts import Fact

EXTRACTOR = figextract.Extractor()
THREADS = 8
POOL = ThreadPoolExecutor(max_workers=THREADS)  # one pool for all examples

# Pieces a figure is written with, in both languages, with the spaces, dashes and marks that
# news copy carries.
PIECES = [
    # digits and separators
    "0", "1", "5", "12", "20", "31", "250", "1990", "2024", "1 000", "1\u00a0234", "7,6", "3.5",
    "1.234.567", "20,000", "99999999999999999999", ",", ".", "'", "\u202f", "\u2009",
    "\u200b", "\u00ad", "&nbsp;",
    # signs, symbols, codes
    "%", "$", "€", "₸", "₽", "£", "US$", "HK$", "USD", "usd", "KZT", "EUR", "F\u202fCFA", "+",
    # dashes and brackets
    "-", "\u2013", "\u2014", "\u2212", "(", ")", "«", "»", "/",
    # scales, units and number words
    "млн", "млрд", "тыс.", "миллиард", "миллион", "мың", "трлн", "долларов", "доллар", "рублей",
    "руб.", "тенге", "теңге", "евро", "процентов", "процент", "пайыз", "компаний", "компания",
    "предприятий", "кәсіпорын", "пять", "двадцать", "сто", "двух", "трех", "бір", "екі", "жиырма",
    "жүз", "бес", "половиной", "с", "целых",
    # qualifiers and range words
    "более", "около", "свыше", "почти", "до", "от", "между", "и", "астам", "шамамен", "дейін",
    "аралығында", "кем", "емес", "жуық",
    # calendar words
    "года", "году", "г.", "гг.", "жылы", "жылғы", "жылдан", "бері", "в", "за", "последние",
    "прошлом", "этом", "январе", "марта", "қаңтар", "наурыз", "квартале", "тоқсанда", "I",
    "II", "назад", "бұрын", "вчера", "биыл", "былтыр", "сегодня",
    # Kazakh suffixes, written after a hyphen or glued
    "-ден", "-ға", "-ы", "-ші", "-інші", "-да", "ға", "нан", "ші",
    # Latin look-alikes, combining marks, stray text
    "дoлларов", "серіктeстігімізге", "\u0301", "\u0306", "Ё", "ё", "the", "abc", "\ufffd",
]
GLUE = [" ", " ", " ", "", "\u00a0", "\n", "\r\n", "-", ", "]

pieces = st.one_of(
    st.sampled_from(PIECES),
    st.sampled_from(PIECES),
    st.sampled_from(PIECES),
    st.text(max_size=4),  # anything at all, surrogates aside
)
texts = st.lists(st.tuples(pieces, st.sampled_from(GLUE)), max_size=24).map(
    lambda parts: "".join(piece + glue for piece, glue in parts))
langs = st.sampled_from([None, "ru", "kk"])
REF = "2025-09-30"


def check_facts(text: str, facts: list[Fact]) -> None:
    """Spans slice to ``.text``, facts come sorted, and facts of one kind never overlap."""
    for fact in facts:
        assert 0 <= fact.span.start <= fact.span.end <= len(text)
        assert text[fact.span.start:fact.span.end] == fact.text, fact
    starts = [(f.span.start, f.span.end) for f in facts]
    assert starts == sorted(starts)
    for kind in figextract.KINDS:
        spans = [(f.span.start, f.span.end) for f in facts if f.kind == kind]
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start, (kind, spans)


@given(texts, langs)
def test_any_text_gives_well_formed_facts(text: str, lang: str | None) -> None:
    facts = EXTRACTOR.extract(text, lang=lang, ref_date=REF)
    check_facts(text, facts)
    assert EXTRACTOR.extract(text, lang=lang, ref_date=REF) == facts  # the same twice


@given(st.text(max_size=200))
def test_arbitrary_unicode_gives_well_formed_facts(text: str) -> None:
    check_facts(text, EXTRACTOR.extract(text))


@given(texts, texts, texts, st.integers(min_value=0, max_value=2500))
def test_text_far_away_changes_no_figure(before: str, middle: str, after: str,
                                         padding: int) -> None:
    """A paragraph added before or after another does not change that paragraph's facts,
    which only move by the length of what was added before (padded so that the paragraph
    falls anywhere in the text)."""
    alone = EXTRACTOR.extract(middle, ref_date=REF)
    head = before + " слово" * (padding // 6) + "\n\n"
    text = head + middle + "\n\n" + after
    inside = [f for f in EXTRACTOR.extract(text, ref_date=REF)
              if len(head) <= f.span.start and f.span.end <= len(head) + len(middle)]
    shift = len(head)
    assert [(f.span.start + shift, _content(f)) for f in alone] == [
        (f.span.start, _content(f)) for f in inside]


def _content(fact: Fact) -> dict[str, object]:
    """All a fact says except where it stands."""
    return {k: v for k, v in fact.to_dict().items() if k != "span"}


@given(st.lists(texts, min_size=THREADS, max_size=THREADS))
def test_threads_agree_with_one_thread(batch: list[str]) -> None:
    expected = [EXTRACTOR.extract(t, ref_date=REF) for t in batch]
    barrier = threading.Barrier(len(batch))

    def read(text: str) -> list[Fact]:
        barrier.wait()  # all threads read at once
        return EXTRACTOR.extract(text, ref_date=REF)

    assert list(POOL.map(read, batch)) == expected
