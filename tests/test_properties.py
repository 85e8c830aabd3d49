"""Hypothesis properties: numbers read back, spans are exact, facts are stable and never
overlap, and no text makes extraction raise."""

from __future__ import annotations

import itertools
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import figextract
from figextract.numbers.render import kk_words, ru_words

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

GROUP_SEPARATORS = [" ", "\u00a0", "\u202f", "\u2009"]


def grouped(n: int, sep: str) -> str:
    digits = str(n)
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number in one of the digit styles the library reads, with its value."""
    whole = draw(st.integers(min_value=0, max_value=10**12))
    style = draw(st.sampled_from(["plain", "group", "dots", "commas", "decimal"]))
    if style == "plain":
        return str(whole), Decimal(whole)
    if style == "group":
        return grouped(whole, draw(st.sampled_from(GROUP_SEPARATORS))), Decimal(whole)
    if style == "dots":
        whole = draw(st.integers(min_value=10**6, max_value=10**12))
        return grouped(whole, "."), Decimal(whole)
    if style == "commas":
        whole = draw(st.integers(min_value=10**6, max_value=10**12))
        return grouped(whole, ","), Decimal(whole)
    frac = draw(st.integers(min_value=0, max_value=99))
    point = draw(st.sampled_from([",", "."]))
    text = f"{whole}{point}{frac:02d}"
    return text, Decimal(f"{whole}.{frac:02d}")


@SETTINGS
@given(written_numbers(), st.sampled_from(["долларов", "тенге", "евро", "теңге", "%"]))
def test_digits_read_back(number: tuple[str, Decimal], unit: str) -> None:
    text, value = number
    facts = figextract.extract(f"Показатель составил {text} {unit}.")
    assert len(facts) == 1, (text, facts)
    assert facts[0].value.low == facts[0].value.high == value


@SETTINGS
@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_russian_words_read_back(n: int) -> None:
    facts = figextract.extract(f"Сумма — {ru_words(n)} рублей.")
    assert [f.value.low for f in facts] == [Decimal(n)], ru_words(n)


@SETTINGS
@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_kazakh_words_read_back(n: int) -> None:
    facts = figextract.extract(f"Қаражат {kk_words(n)} теңгеге жетті.")
    assert [f.value.low for f in facts] == [Decimal(n)], kk_words(n)


FIGURES = st.sampled_from([
    "20 млрд долларов", "более 20%", "7,6 миллиард долларға", "около 250 евро",
    "от 3 до 5 тыс. руб.", "22 %-ы", "елу мыңнан жүз мың теңгеге дейін", "$3,3 млрд",
])
FILLER = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)


@SETTINGS
@given(FILLER, FIGURES, FILLER)
def test_spans_slice_to_text(before: str, figure: str, after: str) -> None:
    text = before + " " + figure + " " + after
    for fact in figextract.extract(text):
        assert text[fact.span.start:fact.span.end] == fact.text


@SETTINGS
@given(st.text(alphabet="абв эюя .,\n", max_size=30), FIGURES)
def test_insertion_shifts_span_and_keeps_value(prefix: str, figure: str) -> None:
    base = figextract.extract(figure + ".")
    moved = figextract.extract(prefix + "\n" + figure + ".")
    shift = len(prefix) + 1
    assert [(f.span.start + shift, f.value) for f in base] == [
        (f.span.start, f.value) for f in moved]


@SETTINGS
@given(st.lists(st.one_of(FIGURES, FILLER, st.sampled_from(
    ["-", "–", " ", "%", "$", "млн", "миллиард", "до", "от", "более", "теңге", "мың", ","])),
    max_size=12))
def test_facts_of_one_kind_never_overlap(parts: list[str]) -> None:
    text = " ".join(parts)
    facts = figextract.extract(text)
    for kind in ("money", "percentage"):
        spans = sorted((f.span.start, f.span.end) for f in facts if f.kind == kind)
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start
    assert figextract.extract(text) == facts


@SETTINGS
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    for fact in figextract.extract(text):
        assert text[fact.span.start:fact.span.end] == fact.text
