"""Tables: facts and statements as pandas frames with exact decimals, dates, categories and
ints; many documents in one frame; CSV from the command line. CI installs the ``pandas`` extra
and sets FIGEXTRACT_REQUIRE_EXTRAS=1, so these run there rather than being skipped."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest
from conftest import extra

import figextract
from figextract.frames import FACT_COLUMNS, STATEMENT_COLUMNS, to_arrow, write_csv

pd: Any = extra("pandas")
pa: Any = extra("pyarrow")

TEXT = ("В 2024 году товарооборот Казахстана с Италией вырос на 12,5% и достиг 1 трлн 233 млрд "
        "тенге, около 250 компаний")


def test_facts_frame_keeps_exact_values_dates_categories_and_ints() -> None:
    facts = figextract.extract(TEXT)
    frame = figextract.to_frame(facts)
    assert list(frame.columns) == list(FACT_COLUMNS)
    assert len(frame) == len(facts) == 4
    assert not any(str(dtype).startswith("float") or str(dtype) == "object"
                   for dtype in frame.dtypes), frame.dtypes
    assert pa.types.is_decimal(frame["low"].dtype.pyarrow_dtype)
    money = frame[frame["kind"] == "money"].iloc[0]
    assert money["low"] == Decimal("1233000000000") and isinstance(money["low"], Decimal)
    assert money["currency"] == "KZT"
    percent = frame[frame["kind"] == "percentage"].iloc[0]
    assert percent["high"] == Decimal("12.5")
    period = frame[frame["kind"] == "period"].iloc[0]
    assert (period["start_date"], period["end_date"]) == (dt.date(2024, 1, 1),
                                                          dt.date(2024, 12, 31))
    for column in ("kind", "lang", "unit", "currency"):
        assert isinstance(frame[column].dtype, pd.CategoricalDtype), column
    assert str(frame["start"].dtype) == "int64[pyarrow]"
    assert [TEXT[s:e] for s, e in zip(frame["start"], frame["end"], strict=True)] == \
        [f.text for f in facts]


def test_statements_frame() -> None:
    found = figextract.statements(TEXT)
    frame = figextract.to_frame(found)
    assert list(frame.columns) == list(STATEMENT_COLUMNS)
    row = frame[frame["kind"] == "percentage"].iloc[0]
    assert row["indicator_key"] == "trade_turnover" and row["role"] == "change"
    assert row["direction"] == "up" and list(row["subject"]) == ["IT", "KZ"]
    assert row["period_start"] == dt.date(2024, 1, 1)
    assert TEXT[row["indicator_start"]:row["indicator_end"]] == row["indicator"]


def test_many_documents_in_one_frame() -> None:
    texts = ["рост на 5%", " date 2025-09-30\nв прошлом году 3 млн тенге", "ничего"]
    from figextract.documents import document_date
    frame = figextract.frame(texts, ids=["a", "b", "c"], ref_date=document_date, processes=2)
    assert list(frame["doc"]) == ["a", "b", "b"]
    assert list(frame["kind"]) == ["percentage", "period", "money"]
    assert frame.iloc[1]["start_date"] == dt.date(2024, 1, 1)
    numbered = figextract.frame(texts)
    assert list(numbered["doc"]) == ["0", "1", "1"]
    with pytest.raises(ValueError, match="ids"):
        figextract.frame(texts, ids=["a"])


def test_values_beyond_38_digits_stay_exact() -> None:
    facts = figextract.extract("1" * 45 + " тенге и 0,000001%")
    table = to_arrow(facts)
    assert str(table.schema.field("low").type) == "decimal256(51, 6)"
    assert table.column("low").to_pylist() == [Decimal("1" * 45), Decimal("0.000001")]


def test_empty_and_wrong_input() -> None:
    empty = figextract.to_frame([])
    assert list(empty.columns) == list(FACT_COLUMNS) and len(empty) == 0
    with pytest.raises(TypeError, match="facts or statements"):
        figextract.to_frame(["20%"])  # type: ignore[list-item]
    facts = figextract.extract(TEXT)
    with pytest.raises(TypeError, match="not both"):
        figextract.to_frame([facts[0], *figextract.statements(TEXT)])
    with pytest.raises(ValueError, match="docs"):
        figextract.to_frame(facts, docs=["x"])


def test_csv_writes_values_in_full() -> None:
    out = io.StringIO()
    write_csv(figextract.extract(TEXT), out, docs=["d"] * 4)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    money = next(r for r in rows if r["kind"] == "money")
    assert money["low"] == "1233000000000" and money["doc"] == "d"
    result = subprocess.run([sys.executable, "-m", "figextract", "--format", "csv", "-", "-"],
                            input=TEXT, capture_output=True, text=True, check=True)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("doc,kind,start") and lines.count(lines[0]) == 1
    assert [json.dumps(r["low"]) for r in csv.DictReader(io.StringIO(result.stdout))
            if r["kind"] == "percentage"] == ['"12.5"']
