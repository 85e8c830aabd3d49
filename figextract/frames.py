"""Facts and statements as tables: flat rows (no dependency), CSV, an Arrow table and a pandas
DataFrame (``pip install 'figextract[pandas]'``).

Types keep what the library promises: values are exact decimals (Arrow ``decimal128``, or
``decimal256`` when 38 digits are not enough; never float), dates are dates, kinds, units and
other closed vocabularies are categories (Arrow dictionaries), offsets are integers.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

from figextract.arguments import RefDate
from figextract.facts import Count, Fact, Money, Period
from figextract.statements.model import Statement
from figextract.value import plain

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

# Column -> its type: "string", "int", "decimal", "bool", "date", "category" or "list".
FACT_COLUMNS: dict[str, str] = {
    "kind": "category", "start": "int", "end": "int", "text": "string", "lang": "category",
    "low": "decimal", "high": "decimal", "approximate": "bool", "unit": "category",
    "currency": "category", "entity": "category", "noun": "string",
    "start_date": "date", "end_date": "date", "granularity": "category", "mode": "category",
    "relation": "category",
}
STATEMENT_COLUMNS: dict[str, str] = {
    **FACT_COLUMNS,
    "indicator": "string", "indicator_key": "category", "indicator_start": "int",
    "indicator_end": "int", "role": "category", "direction": "category",
    "period": "string", "period_start": "date", "period_end": "date",
    "compared_start": "date", "compared_end": "date", "subject": "list", "per": "category",
    "clause_start": "int", "clause_end": "int",
}
_INSTALL = "pip install 'figextract[pandas]'"


def fact_row(fact: Fact) -> dict[str, Any]:
    """One fact as flat columns (``FACT_COLUMNS``), with Python values: ``Decimal``,
    ``datetime.date``, ``int``, ``str``, ``bool`` or None."""
    row: dict[str, Any] = dict.fromkeys(FACT_COLUMNS)
    row.update(kind=fact.kind, start=fact.span.start, end=fact.span.end, text=fact.text,
               lang=fact.lang)
    if isinstance(fact, Period):
        duration = fact.duration_value
        row.update(start_date=fact.start_date, end_date=fact.end_date,
                   granularity=fact.granularity or None, mode=fact.when.mode,
                   relation=fact.relation)
        if duration is not None:  # "за последние 20 лет": its length too
            row.update(low=duration.low, high=duration.high, approximate=duration.approximate,
                       unit=fact.duration_unit)
        return row
    value = fact.value
    row.update(low=value.low, high=value.high, approximate=value.approximate, unit=fact.unit)
    if isinstance(fact, Money):
        row["currency"] = fact.currency
    if isinstance(fact, Count):
        row.update(entity=fact.entity, noun=fact.noun)
    return row


def statement_row(statement: Statement) -> dict[str, Any]:
    """One statement as flat columns (``STATEMENT_COLUMNS``): its figure's, then what it
    measures."""
    row = fact_row(statement.figure)
    indicator, period, compared = statement.indicator, statement.period, statement.compared_to
    row.update(
        indicator=None if indicator is None else indicator.text,
        indicator_key=None if indicator is None else indicator.key,
        indicator_start=None if indicator is None else indicator.span.start,
        indicator_end=None if indicator is None else indicator.span.end,
        role=statement.role, direction=statement.direction,
        period=None if period is None else period.text,
        period_start=None if period is None else period.start_date,
        period_end=None if period is None else period.end_date,
        compared_start=None if compared is None else compared.start_date,
        compared_end=None if compared is None else compared.end_date,
        subject=list(statement.subject), per=statement.per,
        clause_start=statement.span.start, clause_end=statement.span.end)
    return row


def table_rows(items: Iterable[Fact | Statement], docs: Iterable[str] | None = None
               ) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """The columns and rows of ``items`` (all facts or all statements), with a first ``doc``
    column when ``docs`` gives each item's document."""
    items = list(items)
    is_statement = [isinstance(item, Statement) for item in items]
    if any(is_statement) and not all(is_statement):
        raise TypeError("expected facts or statements, not both")
    for item in items:
        if not isinstance(item, Statement | Fact):
            raise TypeError(f"expected facts or statements, got {type(item).__name__}")
    columns = STATEMENT_COLUMNS if items and all(is_statement) else FACT_COLUMNS
    rows = [statement_row(item) if isinstance(item, Statement) else fact_row(item)
            for item in items]
    if docs is not None:
        names = [str(doc) for doc in docs]
        if len(names) != len(rows):
            raise ValueError(f"docs gives {len(names)} names for {len(rows)} items")
        columns = {"doc": "string", **columns}
        rows = [{"doc": name, **row} for name, row in zip(names, rows, strict=True)]
    return columns, rows


def write_csv(items: Iterable[Fact | Statement], out: IO[str], *,
              docs: Iterable[str] | None = None, header: bool = True) -> None:
    """``items`` as CSV: decimals written in full ("20000000000"), dates in ISO, a statement's
    countries space-separated."""
    columns, rows = table_rows(items, docs)
    writer = csv.writer(out)
    if header:
        writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row[column]) for column in columns])


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return " ".join(value)
    return str(value)


def to_arrow(items: Iterable[Fact | Statement], *, docs: Iterable[str] | None = None,
             decimal: pa.DataType | None = None) -> pa.Table:
    """``items`` as a ``pyarrow.Table`` of the types above (the Parquet schema too); values
    in ``decimal`` if given (files written apart that must share one schema), else in the
    narrowest decimal type that holds them."""
    pa = _require("pyarrow")
    columns, rows = table_rows(items, docs)
    arrays = {name: _arrow(pa, kind, [row[name] for row in rows], decimal)
              for name, kind in columns.items()}
    return pa.table(arrays)


def _arrow(pa: Any, kind: str, values: list[Any], decimal: Any) -> Any:
    if kind == "decimal":
        return pa.array(values, type=decimal or _decimal_type(pa, values))
    if kind == "category":
        return pa.array(values, type=pa.string()).dictionary_encode()
    types = {"string": pa.string(), "int": pa.int64(), "bool": pa.bool_(), "date": pa.date32(),
             "list": pa.list_(pa.string())}
    return pa.array(values, type=types[kind])


def _decimal_type(pa: Any, values: Sequence[Decimal | None]) -> Any:
    """The narrowest decimal type that holds every value exactly."""
    whole = scale = 0  # digits before the point, after it
    for value in values:
        if value is None:
            continue
        _, digits, exponent = Decimal(plain(value)).as_tuple()  # no trailing zeros
        assert isinstance(exponent, int)  # finite: facts hold no NaN or infinity
        whole = max(whole, len(digits) + exponent)
        scale = max(scale, -exponent)
    precision = max(whole + scale, 1)
    if precision <= 38:
        return pa.decimal128(precision, scale)
    if precision <= 76:
        return pa.decimal256(precision, scale)
    raise ValueError(f"a value of {precision} digits does not fit Arrow's decimals (76)")


def to_frame(items: Iterable[Fact | Statement], *, docs: Iterable[str] | None = None
             ) -> pd.DataFrame:
    """``items`` (facts or statements) as a ``pandas.DataFrame``, one row each: values as exact
    decimals (``pd.ArrowDtype`` of ``decimal128``), dates as dates, categories, ints."""
    pandas = _require("pandas")
    table = to_arrow(items, docs=docs)
    out = table.to_pandas(types_mapper=pandas.ArrowDtype)
    for name, kind in STATEMENT_COLUMNS.items():
        if name in out.columns and kind == "category":
            out[name] = out[name].astype("string[pyarrow]").astype("category")
    return out


def frame(texts: Iterable[str], *, ids: Iterable[str] | None = None, lang: str | None = None,
          ref_date: RefDate = None, processes: int | None = None) -> pd.DataFrame:
    """The facts of many documents in one frame, with a ``doc`` column: ``ids`` if given, else
    each text's position (read by ``extract_many``; ``ref_date`` may be a function of the
    text, as ``figextract.documents.document_date``)."""
    from figextract.extractor import extract_many

    _require("pandas")
    texts = list(texts)
    names = [str(k) for k in range(len(texts))] if ids is None else [str(i) for i in ids]
    if len(names) != len(texts):
        raise ValueError(f"ids gives {len(names)} names for {len(texts)} texts")
    facts: list[Fact] = []
    docs: list[str] = []
    for name, found in zip(names, extract_many(texts, lang=lang, ref_date=ref_date,
                                               processes=processes), strict=True):
        facts.extend(found)
        docs.extend([name] * len(found))
    return to_frame(facts, docs=docs)


def _require(name: str) -> Any:
    try:
        return __import__(name)
    except ImportError:
        raise ImportError(f"figextract's tables need {name}: {_INSTALL}") from None
