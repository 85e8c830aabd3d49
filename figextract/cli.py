"""``figextract [FILE ...]``: facts of text files (or stdin) as JSON Lines or a table."""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime as dt
import io
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from typing import TextIO

import figextract
from figextract.display import period_text, value_text
from figextract.extractor import Extractor
from figextract.facts import KINDS, Fact
from figextract.frames import write_csv
from figextract.many import SPLIT_AT
from figextract.statements.model import Statement
from figextract.view import document

_BROKEN_PIPE = 141  # 128 + SIGPIPE, as "cat" ends in "cat file | head"
_INTERRUPTED = 130  # 128 + SIGINT
_PIECE = 1 << 20  # bytes read at a time


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="figextract",
        description="Extract money, percentages (and more) from Kazakh and Russian text.",
    )
    parser.add_argument("files", nargs="*", help="text files (UTF-8; '-' for standard input); "
                        "standard input if none. A first line ' date YYYY-MM-DD' is the "
                        "document's date, not its text")
    parser.add_argument("--lang", choices=["ru", "kk"], help="force the language (default: detect)")
    parser.add_argument("--ref-date", help="the documents' date, YYYY-MM-DD (default: a "
                        "first line ' date YYYY-MM-DD' when the document has one)")
    parser.add_argument("--kinds",
                        help=f"comma-separated kinds to report ({', '.join(sorted(KINDS))})")
    parser.add_argument("--format", choices=["jsonl", "table", "csv", "html"], default="jsonl",
                        help="JSON Lines (default), a table for people, CSV (one header, a "
                             "'doc' column, values written in full), or one HTML page with "
                             "every file's facts marked")
    parser.add_argument("--statements", action="store_true",
                        help="what each figure measures: indicator, role, direction, period, "
                             "subject (one statement per figure)")
    parser.add_argument("--errors", choices=["strict", "replace"], default="strict",
                        help="invalid UTF-8 in a file or standard input: an error (default), "
                             "or replaced by U+FFFD")
    parser.add_argument("--version", action=_Version, nargs=0,
                        help="show the version and exit")
    parser.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                        help="read the files in N worker processes (default 1); output keeps "
                             "the files' order")
    return parser


class _Version(argparse.Action):
    """``--version``: the version is looked up only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(f"figextract {figextract.__version__}")
        parser.exit()


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
    """The sources' texts, read as UTF-8 (files and standard input alike), whole or in pieces;
    one that cannot be read is reported on standard error and passed over."""

    def __init__(self, sources: list[str], errors: str) -> None:
        self.sources = sources
        self.errors = errors
        self.read: list[str] = []  # the sources read whole, in order
        self.failed = 0

    def __iter__(self) -> Iterator[str]:
        return self.texts(self.sources)

    def texts(self, sources: Sequence[str]) -> Iterator[str]:
        """The texts of ``sources`` that can be read, each recorded in ``read`` as it is."""
        for source in sources:
            try:
                text = "".join(self.pieces(source))
            except (OSError, UnicodeDecodeError) as error:
                self.report(source, error)
                continue
            self.read.append(source)
            yield text

    def pieces(self, source: str) -> Iterator[str]:
        """The text of ``source``, a piece at a time (OSError, UnicodeDecodeError)."""
        decoder = codecs.getincrementaldecoder("utf-8")(errors=self.errors)
        with contextlib.ExitStack() as stack:
            handle = sys.stdin.buffer if source == "-" else stack.enter_context(
                open(source, "rb"))
            while data := handle.read(_PIECE):
                yield decoder.decode(data)
            yield decoder.decode(b"", final=True)

    def report(self, source: str, error: OSError | UnicodeDecodeError) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        print(f"figextract: cannot read {source}: {reason}", file=sys.stderr)
        self.failed += 1


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def format_table(name: str, facts: Sequence[Fact]) -> str:
    lines = [f"== {name}: {_count(len(facts), 'fact')}"]
    for fact in facts:
        lines.append(f"  {fact.span.start:>6}  {fact.kind:<11} {fact.lang:<3} "
                     f"{value_text(fact):<32} {fact.text!r}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # "figextract … | head": the reader has gone, end quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes at exit
        return _BROKEN_PIPE
    except KeyboardInterrupt:
        return _INTERRUPTED


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        ref_date = dt.date.fromisoformat(args.ref_date) if args.ref_date else None
    except ValueError:
        parser.error(f"--ref-date must be YYYY-MM-DD, got {args.ref_date!r}")
    kinds = None
    if args.kinds is not None:
        kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
        if not kinds:
            parser.error(f"--kinds needs at least one kind of {', '.join(sorted(KINDS))}")
        unknown = sorted(set(kinds) - KINDS)
        if unknown:
            parser.error(f"unknown kind(s) {', '.join(unknown)}; known: {', '.join(sorted(KINDS))}")
    extractor = Extractor(lang=args.lang, kinds=kinds)
    sources = _Sources(args.files or ["-"], args.errors)
    if args.format == "html":
        # the source is recorded as its text is read; with statements and every kind, the
        # page reads both from one reading (``extract_with_statements``)
        once = args.statements and kinds is None
        parts = [(sources.read[-1], text,
                  None if once else extractor.extract(text, ref_date=ref_date))
                 for text in sources]
        print(document(parts, statements=args.statements, ref_date=ref_date,
                       lang=args.lang), end="")
        return 1 if sources.failed else 0
    if args.statements:
        _statements(extractor, sources, ref_date, _Output(args.format), args.jobs)
        return 1 if sources.failed else 0
    progress = _Progress(len(sources.sources), sys.stderr)
    output = _Output(args.format)
    try:
        if args.jobs == 1:  # block by block: memory bounded whatever a file's size
            _stream(extractor, sources, sources.sources, ref_date, output, progress)
        else:
            _in_processes(extractor, sources, ref_date, output, progress, args.jobs)
    finally:
        progress.close()
    return 1 if sources.failed else 0


def _in_processes(extractor: Extractor, sources: _Sources, ref_date: dt.date | None,
                  output: _Output, progress: _Progress, jobs: int) -> None:
    """The sources read by ``jobs`` processes, in order: a big one (or standard input) block
    by block, its blocks read by the workers at once, in bounded memory; the small ones
    between two big ones handed out whole, their lines written by the workers too
    (``write_many``; a table is made here, from the facts of ``extract_many``)."""
    small: list[str] = []
    for source in [*sources.sources, None]:
        if source is not None and not _big(source):
            small.append(source)
            continue
        if small and output.form == "table":
            first = len(sources.read)
            for k, facts in enumerate(extractor.extract_many(
                    sources.texts(small), processes=jobs, ref_date=ref_date)):
                output.facts(sources.read[first + k], facts)  # read before its facts come
                progress.step()
        elif small:  # each text named by its source, recorded as it is read
            named = ((sources.read[-1], text) for text in sources.texts(small))
            for lines in extractor.write_many(named, _Render(output.form).named,
                                              processes=jobs, ref_date=ref_date):
                output.write(lines)
                progress.step()
        small = []
        if source is not None:
            _stream(extractor, sources, [source], ref_date, output, progress, jobs)


def _big(source: str) -> bool:
    """Standard input, or a file of more than ``SPLIT_AT`` bytes."""
    try:
        return source == "-" or os.path.getsize(source) > SPLIT_AT
    except OSError:
        return False  # reported when it is read


def _stream(extractor: Extractor, sources: _Sources, names: Sequence[str],
            ref_date: dt.date | None, output: _Output, progress: _Progress,
            jobs: int = 1) -> None:
    """Each source read block by block (``Extractor.extract_stream``, with ``jobs``
    processes): its facts written as they come (a table: once the source is read). A source
    that turns out unreadable part-way is reported there, after the facts before it."""
    for source in names:
        table: list[Fact] = []
        try:
            if jobs > 1 and output.form != "table":  # written by the workers
                for text in extractor.write_stream(sources.pieces(source),
                                                   _Render(output.form, source),
                                                   ref_date=ref_date, processes=jobs):
                    output.write(text)
            else:
                for fact in extractor.extract_stream(sources.pieces(source), ref_date=ref_date,
                                                     processes=None if jobs == 1 else jobs):
                    if output.form == "table":
                        table.append(fact)
                    else:
                        output.facts(source, [fact])
        except BrokenPipeError:
            raise  # writing, not reading: the reader has gone
        except (OSError, UnicodeDecodeError) as error:
            sources.report(source, error)
            continue
        if output.form == "table":
            output.facts(source, table)
        progress.step()


def _statements(extractor: Extractor, sources: _Sources, ref_date: dt.date | None,
                output: _Output, jobs: int) -> None:
    """Each source's statements, in order; with ``jobs`` processes, each text read whole by
    a worker."""
    for k, found in enumerate(extractor.statements_many(sources, processes=jobs,
                                                        ref_date=ref_date)):
        output.statements(sources.read[k], found)  # read before its statements come


def format_statements(name: str, found: Sequence[Statement]) -> str:
    """One line a statement: indicator, value, period, role and direction, subject, per."""
    lines = [f"== {name}: {_count(len(found), 'statement')}"]
    for s in found:
        indicator = "—" if s.indicator is None else (s.indicator.key or s.indicator.text)
        period = "—" if s.period is None else period_text(s.period)
        how = s.role + (f" {s.direction}" if s.direction else "")
        extra = (f"  {'-'.join(s.subject)}" if s.subject else "") + (
            f"  per {s.per}" if s.per else "")
        lines.append(f"  {indicator:<20} {value_text(s.figure):<28} {period:<28} {how:<12}"
                     f"{extra}")
    return "\n".join(lines)


class _Output:
    """Writes each source's facts or statements in the chosen form (CSV: one header)."""

    def __init__(self, form: str) -> None:
        self.form = form
        self.header = True

    def facts(self, source: str, facts: Sequence[Fact]) -> None:
        if self.form == "table":
            print(format_table(source, facts))
        else:
            self._write(source, facts)

    def statements(self, source: str, found: Sequence[Statement]) -> None:
        if self.form == "table":
            print(format_statements(source, found))
        else:
            self._write(source, found)

    def _write(self, source: str, items: Sequence[Fact | Statement]) -> None:
        if self.form == "csv":
            write_csv(items, sys.stdout, docs=[source] * len(items), header=self.header)
            self.header = False
        else:
            sys.stdout.write(_Render(self.form, source)(items))

    def write(self, text: str) -> None:
        """Facts' lines made by ``_Render`` (CSV: the header before the first ones)."""
        if self.form == "csv" and self.header and text:
            write_csv([], sys.stdout, docs=[])  # the facts' columns
            self.header = False
        sys.stdout.write(text)


class _Render:
    """A source's facts or statements as the lines of JSON Lines or CSV (no header); ``named``
    writes those of any source. It pickles, so that worker processes write the lines of what
    they read."""

    def __init__(self, form: str, source: str = "") -> None:
        self.form = form
        self.source = source

    def __call__(self, items: Sequence[Fact | Statement]) -> str:
        return self.named(self.source, items)

    def named(self, source: str, items: Sequence[Fact | Statement]) -> str:
        if self.form == "csv":
            out = io.StringIO()
            write_csv(items, out, docs=[source] * len(items), header=False)
            return out.getvalue()
        return "".join(_json_line(source, item) for item in items)


def _json_line(source: str, item: Fact | Statement) -> str:
    """An item as a JSON line, with the file it came from."""
    row = item.to_dict()
    row["source"] = source
    return json.dumps(row, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
