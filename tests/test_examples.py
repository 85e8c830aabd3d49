"""Every row of every examples table (``figextract/*/corpus_*.py``) gives exactly its fact."""

from __future__ import annotations

import pytest

import figextract
from figextract.examples import Expect
from figextract.money import corpus_kk as money_kk
from figextract.money import corpus_ru as money_ru
from figextract.percentage import corpus_kk as pct_kk
from figextract.percentage import corpus_ru as pct_ru

TABLES = {
    ("money", "ru"): money_ru.EXAMPLES,
    ("money", "kk"): money_kk.EXAMPLES,
    ("percentage", "ru"): pct_ru.EXAMPLES,
    ("percentage", "kk"): pct_kk.EXAMPLES,
}
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


@pytest.mark.parametrize(("kind", "lang"), sorted(TABLES))
def test_tables_are_substantial(kind: str, lang: str) -> None:
    assert len(TABLES[(kind, lang)]) >= 30


@pytest.mark.parametrize(("kind", "lang"), sorted(TABLES))
def test_language_of_table_rows(kind: str, lang: str) -> None:
    """Rows with words only one language has are tagged with that language."""
    for text, _ in TABLES[(kind, lang)]:
        forced = figextract.extract(text, lang=lang)
        assert any(f.kind == kind for f in forced), text
