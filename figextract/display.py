"""Facts for people: their values and periods as short text (the CLI's table, the HTML
view's tooltips)."""

from __future__ import annotations

from figextract.facts import Fact, Period
from figextract.value import plain


def value_text(fact: Fact) -> str:
    """A fact's value for people: "15200000000 USD", ">=20 %", "~46 %", a period's dates."""
    if isinstance(fact, Period):
        return period_text(fact)
    value = fact.value
    low = "" if value.low is None else plain(value.low)
    high = "" if value.high is None else plain(value.high)
    if value.low == value.high:
        text = low
    elif not high:
        text = f">={low}"
    elif not low:
        text = f"<={high}"
    else:
        text = f"{low}..{high}"
    unit = {"percent": "%", "percentage_point": "pp"}.get(fact.unit, fact.unit)
    return f"{'~' if value.approximate else ''}{text} {unit}"


def period_text(fact: Period) -> str:
    """A period's dates ("2025-01-01..2025-09-30 month"), or its length, or "unresolved"."""
    if fact.start_date is None and fact.end_date is None:
        if fact.duration_value is not None:
            return f"{fact.duration_value.best} {fact.duration_unit} ({fact.when.mode})"
        return f"{fact.granularity} ({fact.when.mode}, unresolved)"
    first = "…" if fact.start_date is None else fact.start_date.isoformat()
    last = "…" if fact.end_date is None else fact.end_date.isoformat()
    return f"{first}..{last} {fact.granularity}"
