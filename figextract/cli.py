"""``figextract [FILE ...]``: facts of text files (or stdin) as JSON Lines or a table."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Iterator, Sequence
from typing import TextIO

from figextract.documents import document_date
from figextract.extractor import Extractor
from figextract.facts import KINDS, Fact, Period
from figextract.statements.model import Statement


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
    parser.add_argument("--statements", action="store_true",
                        help="what each figure measures: indicator, role, direction, period, "
                             "subject (one statement per figure)")
    parser.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                        help="read the files in N worker processes (default 1); output keeps "
                             "the files' order")
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {jobs}")
    return jobs


class _Progress:
    """"figextract: 12/100 files" on standard error, kept on one line, when it is a terminal
    and there is more than one file."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.shown = total > 1 and stream.isatty()
        self.done = 0
        self.last = 0.0

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.shown and (now - self.last > 0.1 or self.done == self.total):
            self.last = now
            width = 30
            filled = width * self.done // self.total
            self.stream.write(f"\rfigextract [{'#' * filled}{'.' * (width - filled)}] "
                              f"{self.done}/{self.total} files")
            self.stream.flush()

    def close(self) -> None:
        if self.shown and self.done:
            self.stream.write("\n")
            self.stream.flush()


class _Sources:
    """The texts of the sources, read one by one; stops at the first that cannot be read."""

    def __init__(self, sources: list[str]) -> None:
        self.sources = sources
        self.error = ""

    def __iter__(self) -> Iterator[str]:
        for source in self.sources:
            try:
                if source == "-":
                    yield sys.stdin.read()
                else:
                    with open(source, encoding="utf-8") as handle:
                        yield handle.read()
            except (OSError, UnicodeDecodeError) as error:
                self.error = f"figextract: cannot read {source}: {error}"
                return


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
    sources = _Sources(args.files or ["-"])
    if args.statements:
        return _statements(extractor, sources, ref_date, args.format)
    progress = _Progress(len(sources.sources), sys.stderr)
    results = extractor.extract_many(sources, processes=args.jobs,
                                     ref_date=ref_date or document_date)
    try:
        for source, facts in zip(sources.sources, results, strict=False):  # reading may stop
            _print(source, facts, args.format)
            progress.step()
    finally:
        progress.close()
    if sources.error:
        print(sources.error, file=sys.stderr)
        return 1
    return 0


def _statements(extractor: Extractor, sources: _Sources, ref_date: dt.date | None,
                form: str) -> int:
    for source, text in zip(sources.sources, sources, strict=False):
        found = extractor.statements(text, ref_date=ref_date or document_date(text))
        if form == "table":
            print(format_statements(source, found))
        else:
            _print_json(source, found)
    if sources.error:
        print(sources.error, file=sys.stderr)
        return 1
    return 0


def format_statements(name: str, found: Sequence[Statement]) -> str:
    """One line a statement: indicator, value, period, role and direction, subject, per."""
    lines = [f"== {name}: {len(found)} statement{'' if len(found) == 1 else 's'}"]
    for s in found:
        indicator = "—" if s.indicator is None else (s.indicator.key or s.indicator.text)
        period = "—" if s.period is None else _period_text(s.period)
        how = s.role + (f" {s.direction}" if s.direction else "")
        extra = (f"  {'-'.join(s.subject)}" if s.subject else "") + (
            f"  per {s.per}" if s.per else "")
        lines.append(f"  {indicator:<20} {_value_text(s.figure):<28} {period:<28} {how:<12}"
                     f"{extra}")
    return "\n".join(lines)


def _print(source: str, facts: Sequence[Fact], form: str) -> None:
    if form == "table":
        print(format_table(source, facts))
    else:
        _print_json(source, facts)


def _print_json(source: str, items: Sequence[Fact | Statement]) -> None:
    """One JSON line an item, with the file it came from."""
    for item in items:
        row = item.to_dict()
        row["source"] = source
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    raise SystemExit(main())
