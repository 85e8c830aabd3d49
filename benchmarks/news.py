"""Spans and values against the hand-annotated news (``shared/data/news``, see its README).

The gold there is complete (every figure and period of the texts) and has values, so both
span precision/recall and *value accuracy* are measured: of the gold figures a predicted fact
of the same kind overlaps, the share whose value is the one annotated — bounds, estimate and
currency (money), unit (percentages), entity (counts), bounds (ratios) or first and last day
(periods). Counts of things outside the library's entities (``entity: other``) are left out.
Each document is read with the date on its first line as the reference date.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import figextract

KINDS = ("money", "percentage", "count", "ratio", "period")


@dataclass
class Row:
    gold: int = 0
    pred: int = 0
    good_pred: int = 0
    found: int = 0
    right_value: int = 0


def _span(text: str, anchor: str, occ: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(occ + 1):
        start = text.find(anchor, start + 1)
        if start < 0:
            return None
    return start, start + len(anchor)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many characters two spans share (0 or less: none)."""
    return min(a[1], b[1]) - max(a[0], b[0])


def _dec(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def expected(item: dict[str, Any]) -> tuple[object, ...]:
    """What a right fact says of a gold item, in the form ``said`` gives."""
    if item["kind"] == "period":
        return (item.get("start"), item.get("end"))
    bounds = (_dec(item.get("low")), _dec(item.get("high")), bool(item.get("approximate")))
    other = {"money": "currency", "percentage": "unit", "count": "entity"}.get(item["kind"])
    return (*bounds, item.get(other) if other else None)


def said(fact: figextract.Fact) -> tuple[object, ...]:
    if isinstance(fact, figextract.Period):
        return (None if fact.start_date is None else fact.start_date.isoformat(),
                None if fact.end_date is None else fact.end_date.isoformat())
    value = fact.value  # type: ignore[union-attr]
    other = None if fact.kind == "ratio" else fact.unit  # type: ignore[union-attr]
    return (value.low, value.high, value.approximate, other)


def evaluate(folder: Path, errors: str | None = None) -> dict[tuple[str, str], Row]:
    gold: list[dict[str, Any]] = json.loads((folder / "gold.json").read_text("utf-8"))
    rows: dict[tuple[str, str], Row] = defaultdict(Row)
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text("utf-8")
        lang = path.name[:2]
        facts = figextract.extract(text)  # on the date of its ` date …` line
        items = [g for g in gold if g["doc"] == path.name and g["kind"] in KINDS
                 and g.get("entity") != "other"]
        spans = [(_span(text, g["anchor"], g.get("occ", 0)), g) for g in items]
        for kind in KINDS:
            row = rows[(kind, lang)]
            mine = [f for f in facts if f.kind == kind]
            theirs = [(s, g) for s, g in spans if s is not None and g["kind"] == kind]
            row.gold += len(theirs)
            row.pred += len(mine)
            for fact in mine:
                span = (fact.span.start, fact.span.end)
                if any(overlap(span, s) > 0 for s, _ in theirs):
                    row.good_pred += 1
                elif errors == f"{kind}-{lang}":
                    print(f"FP {path.name}: [{fact.text}]")
            for s, item in theirs:
                over = [f for f in mine if overlap((f.span.start, f.span.end), s) > 0]
                if not over:
                    if errors == f"{kind}-{lang}":
                        print(f"FN {path.name}: [{item['anchor']}]")
                    continue
                row.found += 1
                best = max(over, key=lambda f: overlap((f.span.start, f.span.end), s))
                if said(best) == expected(item):
                    row.right_value += 1
                elif errors == f"{kind}-{lang}":
                    print(f"VALUE {path.name}: [{item['anchor']}] gold {expected(item)} "
                          f"got [{best.text}] {said(best)}")
    return rows


def table(rows: dict[tuple[str, str], Row]) -> str:
    lines = [f"{'kind':<12}{'lang':<6}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}"
             f"{'value':>8}"]
    for (kind, lang), row in sorted(rows.items()):
        if not row.gold and not row.pred:
            continue
        p = row.good_pred / row.pred if row.pred else 0.0
        r = row.found / row.gold if row.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        value = row.right_value / row.found if row.found else 0.0
        lines.append(f"{kind:<12}{lang:<6}{row.gold:>6}{row.pred:>6}{p:>8.3f}{r:>8.3f}"
                     f"{f1:>8.3f}{value:>8.3f}")
    return "\n".join(lines)
