"""Every row of every examples table (``figextract/*/corpus_*.py``) gives exactly its fact,
with the language detected and forced; every negative row gives no fact of its kind."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

import figextract
from figextract.examples import REF_DATE, Expect, PeriodExpect, marked
from figextract.langdetect import LANGS

KINDS = ("money", "percentage", "count", "ratio", "period")
TABLES = {(kind, lang): importlib.import_module(f"figextract.{kind}.corpus_{lang}")
          for kind in KINDS for lang in LANGS}
ROWS = [(kind, lang, example, expect) for (kind, lang), table in TABLES.items()
        for expect, examples in table.EXAMPLES for example in examples]
NEGATIVE_ROWS = [(kind, lang, text) for (kind, lang), table in TABLES.items()
                 for text in table.NEGATIVES]
# Letters only Kazakh writes: a Kazakh row without any may read as Russian when the language
# is detected ("50 юань", "жиырма бес процент"), and its language is then not checked.
KAZAKH_LETTERS = frozenset("әғқңөұүһі")


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _value(fact: figextract.Fact) -> tuple[object, ...]:
    if isinstance(fact, figextract.Period):
        return (_iso(fact.start_date), _iso(fact.end_date), fact.granularity, fact.when.mode,
                fact.relation)
    return (fact.value.low, fact.value.high, fact.value.approximate, fact.unit)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("kind", "lang", "example", "expect"), ROWS,
                         ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in ROWS])
@pytest.mark.parametrize("read_as", ["detected", "forced"])
def test_example(kind: str, lang: str, example: str, expect: Expect | PeriodExpect,
                 read_as: str) -> None:
    text, wanted = marked(example)
    forced = lang if read_as == "forced" else None
    facts = [f for f in figextract.extract(text, lang=forced, ref_date=REF_DATE)
             if f.kind == kind]
    matching = [f for f in facts if f.text == wanted]
    assert matching, f"no {kind} fact with text {wanted!r}; got {[f.text for f in facts]}"
    fact = matching[-1]
    assert _value(fact) == tuple(expect)
    assert text[fact.span.start:fact.span.end] == fact.text
    if forced or lang == "ru" or KAZAKH_LETTERS & set(text.lower()):
        assert fact.lang == lang


@pytest.mark.parametrize(("kind", "lang", "text"), NEGATIVE_ROWS,
                         ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in NEGATIVE_ROWS])
@pytest.mark.parametrize("forced", [None, "ru", "kk"])
def test_negative_example(kind: str, lang: str, text: str, forced: str | None) -> None:
    facts = figextract.extract(text, lang=forced, ref_date=REF_DATE)
    assert [f.text for f in facts if f.kind == kind] == []


@pytest.mark.parametrize(("kind", "lang"), sorted(TABLES))
def test_tables_are_substantial(kind: str, lang: str) -> None:
    table = TABLES[(kind, lang)]
    assert sum(len(examples) for _, examples in table.EXAMPLES) >= 30
    assert len(table.NEGATIVES) >= 5


def test_brackets_mark_the_facts_text() -> None:
    assert marked("на [пять процентов]") == ("на пять процентов", "пять процентов")
    assert marked("20%") == ("20%", "20%")
