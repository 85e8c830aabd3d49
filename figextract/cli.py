"""``figextract [FILE ...]``: facts of text files (or stdin) as JSON Lines or a table."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence

from figextract.documents import document_date
from figextract.extractor import Extractor
from figextract.facts import KINDS, Fact, Period


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="figextract",
        description="Extract money, percentages (and more) from Kazakh and Russian text.",
    )
    parser.add_argument("files", nargs="*", help="text files (UTF-8); standard input if none")
    parser.add_argument("--lang", choices=["ru", "kk"], help="force the language (default: detect)")
    parser.add_argument("--ref-date", help="the documents' date, YYYY-MM-DD (default: a "
                        "first line ' date YYYY-MM-DD' when the document has one)")
    parser.add_argument("--kinds",
                        help=f"comma-separated kinds to report ({', '.join(sorted(KINDS))})")
    parser.add_argument("--format", choices=["jsonl", "table"], default="jsonl",
                        help="JSON Lines (default) or a table for people")
    return parser


def _value_text(fact: Fact) -> str:
    if isinstance(fact, Period):
        return _period_text(fact)
    value = fact.value
    low = "" if value.low is None else format(value.low.normalize(), "f")
    high = "" if value.high is None else format(value.high.normalize(), "f")
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


def _period_text(fact: Period) -> str:
    if fact.start_date is None and fact.end_date is None:
        if fact.duration_value is not None:
            return f"{fact.duration_value.best} {fact.duration_unit} ({fact.when.mode})"
        return f"{fact.granularity} ({fact.when.mode}, unresolved)"
    first = "…" if fact.start_date is None else fact.start_date.isoformat()
    last = "…" if fact.end_date is None else fact.end_date.isoformat()
    return f"{first}..{last} {fact.granularity}"


def format_table(name: str, facts: Sequence[Fact]) -> str:
    lines = [f"== {name}: {len(facts)} facts"]
    for fact in facts:
        lines.append(f"  {fact.span.start:>6}  {fact.kind:<11} {fact.lang:<3} "
                     f"{_value_text(fact):<32} {fact.text!r}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        ref_date = dt.date.fromisoformat(args.ref_date) if args.ref_date else None
    except ValueError:
        parser.error(f"--ref-date must be YYYY-MM-DD, got {args.ref_date!r}")
    kinds = None
    if args.kinds:
        kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
        unknown = sorted(set(kinds) - KINDS)
        if unknown:
            parser.error(f"unknown kind(s) {', '.join(unknown)}; known: {', '.join(sorted(KINDS))}")
    extractor = Extractor(lang=args.lang, kinds=kinds)
    sources = args.files or ["-"]
    for source in sources:
        try:
            if source == "-":
                text = sys.stdin.read()
            else:
                with open(source, encoding="utf-8") as handle:
                    text = handle.read()
        except (OSError, UnicodeDecodeError) as error:
            print(f"figextract: cannot read {source}: {error}", file=sys.stderr)
            return 1
        facts = extractor.extract(text, ref_date=ref_date or document_date(text))
        if args.format == "table":
            print(format_table(source, facts))
        else:
            for fact in facts:
                row = fact.to_dict()
                row["source"] = source
                print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
