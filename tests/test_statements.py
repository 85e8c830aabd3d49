"""Statements: the examples tables of both languages, the API's arguments, the seeds' stories
that agree across languages."""

from __future__ import annotations

import datetime as dt

import pytest

import figextract
from figextract.examples import REF_DATE
from figextract.statements import corpus_kk, corpus_ru
from figextract.statements.corpus_ru import Expected

ROWS = [("ru", text, want) for text, want in corpus_ru.EXAMPLES] + \
       [("kk", text, want) for text, want in corpus_kk.EXAMPLES]


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _said(s: figextract.Statement) -> Expected:
    period = None if s.period is None else (_iso(s.period.start_date), _iso(s.period.end_date))
    return (s.figure.text, None if s.indicator is None else s.indicator.key, s.role,
            s.direction, period, s.subject, s.per)  # type: ignore[return-value]


@pytest.mark.parametrize(("lang", "text", "want"), ROWS, ids=[r[1][:40] for r in ROWS])
@pytest.mark.parametrize("forced", [False, True])
def test_statement_examples(lang: str, text: str, want: list[Expected], forced: bool) -> None:
    found = figextract.statements(text, lang=lang if forced else None, ref_date=REF_DATE)
    said = {s.figure.text: _said(s) for s in found}
    for expected in want:
        assert expected[0] in said, f"no statement of {expected[0]!r}; got {list(said)}"
        assert said[expected[0]] == expected
    for s in found:
        assert text[s.span.start:s.span.end] in text
        if s.indicator is not None:
            assert text[s.indicator.span.start:s.indicator.span.end] == s.indicator.text


def test_statements_round_trip_to_dicts() -> None:
    found = figextract.statements("Товарооборот вырос на 12% в 2024 году.", ref_date=REF_DATE)
    data = found[0].to_dict()
    assert data["indicator"]["key"] == "trade_turnover"
    assert data["role"] == "change" and data["direction"] == "up"
    assert data["period"]["start_date"] == "2024-01-01"
    assert data["figure"]["value"]["low"] == "12"


def test_statements_take_the_same_arguments_as_extract() -> None:
    with pytest.raises(TypeError):
        figextract.statements(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        figextract.statements("5%", lang="en")
    assert figextract.statements("") == []
    money_only = figextract.Extractor(kinds={"money"})
    found = money_only.statements("в 2024 году выросла на 5% до 3 млрд тенге", ref_date=REF_DATE)
    assert [s.figure.kind for s in found] == ["money"]
    assert found[0].period is not None  # periods are read for statements whatever the kinds


def test_the_seeds_tell_the_same_story_in_both_languages() -> None:
    """Seed 000 (Kazakh) and seed 001 (Russian) report the same investment of Italy in
    Kazakhstan, 7.6 billion dollars ("Италияның соңғы жиырма жылда экономикамызға құйған
    инвестициясы 7,6 миллиард долларға жетті", "С 2005 года … более 7,6 миллиарда долларов"):
    the same indicator key, value, currency and countries, and a period from 2005 to the
    article's date, each read on its own date."""
    from pathlib import Path

    from figextract.documents import document_date
    seeds = Path(__file__).resolve().parent.parent / "seeds"

    def investment(name: str) -> list[tuple[object, ...]]:
        text = (seeds / name).read_text("utf-8")
        date = document_date(text)
        return [(s.figure.value.low, s.figure.unit, s.subject, s.period.start_date.year,
                 s.period.end_date == date)
                for s in figextract.statements(text, ref_date=date)
                if s.indicator is not None and s.indicator.key == "investment"
                and s.period is not None and s.period.start_date and s.period.end_date]
    assert investment("000_d5a2f0d43fbc32dc.txt") == investment("001_f09acc4096086793.txt") \
        == [(7600000000, "USD", ("IT", "KZ"), 2005, True)]
