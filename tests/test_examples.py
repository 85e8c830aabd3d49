"""Every row of every examples table (``figextract/*/corpus_*.py``) gives exactly its fact."""

from __future__ import annotations

import datetime as dt

import pytest

import figextract
from figextract.count import corpus_kk as count_kk
from figextract.count import corpus_ru as count_ru
from figextract.examples import REF_DATE, Expect, PeriodExpect
from figextract.money import corpus_kk as money_kk
from figextract.money import corpus_ru as money_ru
from figextract.percentage import corpus_kk as pct_kk
from figextract.percentage import corpus_ru as pct_ru
from figextract.period import corpus_kk as period_kk
from figextract.period import corpus_ru as period_ru

TABLES = {
    ("money", "ru"): money_ru.EXAMPLES,
    ("money", "kk"): money_kk.EXAMPLES,
    ("percentage", "ru"): pct_ru.EXAMPLES,
    ("percentage", "kk"): pct_kk.EXAMPLES,
    ("count", "ru"): count_ru.EXAMPLES,
    ("count", "kk"): count_kk.EXAMPLES,
}
PERIOD_TABLES = {"ru": period_ru.EXAMPLES, "kk": period_kk.EXAMPLES}
PERIOD_ROWS = [(lang, text, expect) for lang, rows in PERIOD_TABLES.items()
               for text, expect in rows]
ROWS = [(kind, lang, text, expect) for (kind, lang), rows in TABLES.items()
        for text, expect in rows]


@pytest.mark.parametrize(("kind", "lang", "text", "expect"), ROWS,
                         ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in ROWS])
def test_example(kind: str, lang: str, text: str, expect: Expect) -> None:
    facts = [f for f in figextract.extract(text) if f.kind == kind]
    wanted = expect.text if expect.text is not None else text
    matching = [f for f in facts if f.text == wanted]
    assert matching, f"no {kind} fact with text {wanted!r}; got {[f.text for f in facts]}"
    fact = matching[-1]
    assert (fact.value.low, fact.value.high, fact.value.approximate, fact.unit) == (
        expect.low, expect.high, expect.approximate, expect.unit)
    assert text[fact.span.start:fact.span.end] == fact.text


@pytest.mark.parametrize(("lang", "text", "expect"), PERIOD_ROWS,
                         ids=[f"period-{r[0]}-{r[1]}" for r in PERIOD_ROWS])
def test_period_example(lang: str, text: str, expect: PeriodExpect) -> None:
    facts = [f for f in figextract.extract(text, ref_date=REF_DATE)
             if isinstance(f, figextract.Period)]
    wanted = expect.text if expect.text is not None else text
    matching = [f for f in facts if f.text == wanted]
    assert matching, f"no period with text {wanted!r}; got {[f.text for f in facts]}"
    fact = matching[-1]

    def iso(day: dt.date | None) -> str | None:
        return None if day is None else day.isoformat()

    assert (iso(fact.start_date), iso(fact.end_date), fact.granularity, fact.when.mode) == (
        expect.start, expect.end, expect.granularity, expect.mode)
    assert fact.lang == lang or not any(ch.isalpha() for ch in text)


@pytest.mark.parametrize("table", [*TABLES.values(), *PERIOD_TABLES.values()])
def test_tables_are_substantial(table: list[tuple[str, object]]) -> None:
    assert len(table) >= 30


@pytest.mark.parametrize(("kind", "lang"), sorted(TABLES))
def test_language_of_table_rows(kind: str, lang: str) -> None:
    """Rows with words only one language has are tagged with that language."""
    for text, _ in TABLES[(kind, lang)]:
        forced = figextract.extract(text, lang=lang)
        assert any(f.kind == kind for f in forced), text
