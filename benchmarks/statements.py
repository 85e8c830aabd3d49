"""Statements against the hand-annotated news (``shared/data/news``, see its README).

    python benchmarks/statements.py ../shared/data [--errors ru]

For each gold figure (money, percentage, count, ratio; counts of ``other`` things left out)
that a statement's figure overlaps: is the indicator right (its span overlaps the gold
indicator's, or both are none), the role, the direction, the period's first and last day (or
both none) and the subject (the same set of countries)? Each field's share of the figures
found, per language. Each document is read with the date on its first line as the reference
date, and that line (metadata, not news) blanked.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from news import _span, overlap

import figextract

FIELDS = ("indicator", "role", "direction", "period", "subject")
FIGURES = ("money", "percentage", "count", "ratio")


def _period_dates(text: str, gold: list[dict[str, Any]], doc: str, anchor: str | None,
                  occ: int | None) -> tuple[str | None, str | None] | None:
    if anchor is None:
        return None
    for item in gold:
        if item["doc"] == doc and item["kind"] == "period" and item["anchor"] == anchor \
                and item.get("occ", 0) == (occ or 0):
            return item.get("start"), item.get("end")
    return None


def score(folder: Path, errors: str | None) -> dict[str, dict[str, list[int]]]:
    gold: list[dict[str, Any]] = json.loads((folder / "gold.json").read_text("utf-8"))
    counts: dict[str, dict[str, list[int]]] = defaultdict(
        lambda: {f: [0, 0] for f in (*FIELDS, "found")})
    for path in sorted(folder.glob("*.txt")):
        text, lang = path.read_text("utf-8"), path.name[:2]
        found = figextract.statements(text)
        for item in gold:
            if item["doc"] != path.name or item["kind"] not in FIGURES \
                    or item.get("entity") == "other":
                continue
            span = _span(text, item["anchor"], item.get("occ", 0))
            row = counts[lang]
            row["found"][1] += 1
            over = [s for s in found if span is not None and overlap(
                (s.figure.span.start, s.figure.span.end), span) > 0]
            if not over:
                continue
            row["found"][0] += 1
            mine = max(over, key=lambda s: overlap((s.figure.span.start, s.figure.span.end),
                                                    span))  # type: ignore[arg-type]
            gold_ind = item.get("indicator")
            ind_span = None if gold_ind is None else _span(text, gold_ind,
                                                           item.get("indicator_occ") or 0)
            got: dict[str, bool] = {
                "indicator": (mine.indicator is None) if gold_ind is None else (
                    mine.indicator is not None and ind_span is not None and overlap(
                        (mine.indicator.span.start, mine.indicator.span.end), ind_span) > 0),
                "role": mine.role == item.get("role"),
                "direction": mine.direction == item.get("direction"),
                "period": _dates(mine.period) == _period_dates(
                    text, gold, path.name, item.get("period_anchor"), item.get("period_occ")),
                "subject": sorted(mine.subject) == sorted(item.get("subject") or []),
            }
            for name, right in got.items():
                row[name][0] += right
                row[name][1] += 1
                if not right and errors == lang:
                    print(f"{name.upper()} {path.name} [{item['anchor']}]: gold "
                          f"{_gold(item, name)} got {_mine(mine, name)}")
    return counts


def _dates(period: figextract.Period | None) -> tuple[str | None, str | None] | None:
    if period is None:
        return None
    return (None if period.start_date is None else period.start_date.isoformat(),
            None if period.end_date is None else period.end_date.isoformat())


def _gold(item: dict[str, Any], name: str) -> object:
    return {"indicator": item.get("indicator"), "period": item.get("period_anchor"),
            "subject": item.get("subject")}.get(name, item.get(name))


def _mine(s: figextract.Statement, name: str) -> object:
    if name == "indicator":
        return None if s.indicator is None else s.indicator.text
    if name == "period":
        return None if s.period is None else (s.period.text, _dates(s.period))
    return getattr(s, name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the shared data folder (holds news/)")
    parser.add_argument("--errors", choices=("ru", "kk"), help="print the misses of a language")
    args = parser.parse_args()
    counts = score(args.data / "news", args.errors)
    print(f"{'lang':<6}{'figures':>9}{'found':>7}" + "".join(f"{f:>11}" for f in FIELDS))
    for lang in sorted(counts):
        row = counts[lang]
        cells = "".join(f"{row[f][0] / row[f][1] if row[f][1] else 0:>11.3f}" for f in FIELDS)
        print(f"{lang:<6}{row['found'][1]:>9}{row['found'][0]:>7}{cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
