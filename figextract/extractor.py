"""The public entry points: ``Extractor``, ``extract`` and ``extract_many``."""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from typing import Any

from figextract.arguments import (
    RefDate,
    check_count,
    check_kinds,
    check_lang,
    check_named,
    check_processes,
    check_ref_date,
    check_render,
    check_text,
    check_texts,
)
from figextract.blocks import BLOCK, blocks, shifted
from figextract.candidates import Candidates
from figextract.cursor import Cursor
from figextract.documents import split_header
from figextract.facts import KINDS, Fact
from figextract.langdetect import LANGS
from figextract.lexicon import Lexicon
from figextract.many import (
    DEFAULT_CHUNKSIZE,
    PIECE,
    Job,
    Nameless,
    Piece,
    dated,
    rendered,
    run,
    said,
    stream,
    written,
)
from figextract.numbers.digits import MAX_LENGTH
from figextract.period.anaphora import LOOK_BACK
from figextract.reader import Original, TextReader
from figextract.statements.lexicon import words as statement_words
from figextract.statements.model import Statement
from figextract.statements.rules import StatementReader
from figextract.tables import lexicon
from figextract.textnorm import fold
from figextract.tokens import Tokens

# Arithmetic on values (amount × scale × unit factor) stays exact: numbers have at most
# ``MAX_LENGTH`` characters, and scales at most 12 zeros.
_EXACT = decimal.Context(prec=MAX_LENGTH + 40)


class Extractor:
    """Holds the compiled rules. Thread-safe (no state changes after construction) and
    picklable (it pickles as its options and rebuilds its tables on arrival)."""

    def __init__(self, *, lang: str | None = None, kinds: Iterable[str] | None = None) -> None:
        self._lang = check_lang(lang)
        self._kinds = check_kinds(kinds)
        self._lexicons: dict[str | None, Lexicon] = {
            None: lexicon(LANGS), "ru": lexicon(("ru",)), "kk": lexicon(("kk",))}
        self._candidates = {lang: Candidates(lex) for lang, lex in self._lexicons.items()}

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self._lang, tuple(sorted(self._kinds))))

    def __repr__(self) -> str:
        return f"Extractor(lang={self._lang!r}, kinds={sorted(self._kinds)!r})"

    def extract(self, text: str, *, lang: str | None = None,
                ref_date: dt.date | str | None = None,
                kinds: Iterable[str] | None = None) -> list[Fact]:
        """The facts of ``text``, sorted by position.

        ``lang``: ``None`` detects Kazakh or Russian per sentence; ``"ru"``/``"kk"`` force it.
        ``ref_date``: the document's date (a ``datetime.date`` or ISO string), for periods;
        by default the date of a first line `` date YYYY-MM-DD`` (the document's metadata:
        no fact is read in that line).
        ``kinds``: the kinds of fact wanted (``{"money", "percentage"}`` …); all by default.
        """
        text = check_text(text)
        options = self._options(lang, ref_date, kinds)
        if not text:
            return []
        with decimal.localcontext(_EXACT):
            return self._reader(text, *options).read()

    def statements(self, text: str, *, lang: str | None = None,
                   ref_date: dt.date | str | None = None) -> list[Statement]:
        """What each money, percentage, count and ratio figure of ``text`` measures: its
        indicator, role, direction, period, subject and what it is per (see ``Statement``).
        Periods are read to this end whatever kinds the extractor was made with."""
        text = check_text(text)
        forced, ref, _ = self._options(lang, ref_date, None)
        if not text:
            return []
        return self._statements(text, forced, ref)[1]

    def extract_with_statements(self, text: str, *, lang: str | None = None,
                                ref_date: dt.date | str | None = None
                                ) -> tuple[list[Fact], list[Statement]]:
        """What ``extract`` and ``statements`` give, from one reading of ``text`` when the
        extractor reads every kind (its default; with fewer kinds, the facts are read again):
        for the HTML view and the spaCy component, which show both."""
        text = check_text(text)
        forced, ref, wanted = self._options(lang, ref_date, None)
        if not text:
            return [], []
        facts, found = self._statements(text, forced, ref)
        if wanted != KINDS:  # the statements' reading holds every kind
            with decimal.localcontext(_EXACT):
                facts = self._reader(text, forced, ref, wanted).read()
        return facts, found

    def _statements(self, text: str, forced: str | None,
                    ref: dt.date | None) -> tuple[list[Fact], list[Statement]]:
        """The facts of every kind, and the statements of this extractor's kinds."""
        with decimal.localcontext(_EXACT):
            reader = self._reader(text, forced, ref, KINDS)
            facts = reader.read()
            if all(f.kind == "period" for f in facts):
                return facts, []
            langs = LANGS if forced is None else (forced,)
            found = StatementReader(text, reader.folded, reader.cursor,
                                    statement_words(langs)).read(facts, ref)
        return facts, [s for s in found if s.figure.kind in self._kinds]

    def reader(self, text: str, *, lang: str | None = None,
               ref_date: dt.date | str | None = None,
               kinds: Iterable[str] | None = None) -> TextReader:
        """A reading of ``text`` not yet made: ``read()`` gives the facts ``extract`` gives
        (in a ``decimal.localcontext`` of enough precision); ``at(i)`` tries the rules at
        token ``i`` alone, for tests and tools."""
        return self._reader(check_text(text), *self._options(lang, ref_date, kinds))

    def _options(self, lang: object, ref_date: object,
                 kinds: object) -> tuple[str | None, dt.date | None, frozenset[str]]:
        forced = check_lang(lang) or self._lang
        wanted = self._kinds if kinds is None else check_kinds(kinds)
        return forced, check_ref_date(ref_date), wanted

    def _reader(self, text: str, forced: str | None, ref: dt.date | None,
                wanted: frozenset[str], before: Sequence[Fact] = (),
                head: bool = True) -> TextReader:
        if head:  # the text's head: a ` date …` first line is metadata, not news
            text, date = split_header(text)
            ref = ref or date
        folded = fold(text)
        tokens = Tokens(folded.text)
        cursor = Cursor(folded.text, tokens, self._lexicons[forced], Original(text, folded))
        return TextReader(text, folded, self._candidates[forced], cursor, tokens, wanted,
                          forced, ref, before)

    def extract_stream(self, chunks: Iterable[str], *, lang: str | None = None,
                       ref_date: dt.date | str | None = None,
                       kinds: Iterable[str] | None = None,
                       block_size: int | None = None,
                       processes: int | None = None) -> Iterator[Fact]:
        """The facts of the text that ``chunks`` make (pieces of a file, read one after the
        other), each as soon as its block is read, with offsets in the whole text: the facts
        ``extract`` gives for the whole text, in memory bounded by ``block_size`` (blocks end
        after blank lines, see ``figextract.blocks``; 1 MiB at least by default). A first line
        `` date YYYY-MM-DD`` dates the whole text. With ``processes=N`` (N ≥ 2), N worker
        processes read the blocks at once, and blocks end after any line end (64 K characters
        at least by default); see ``extract_many`` for how workers start."""
        pieces, workers, forced, wanted = self._blocks(chunks, lang, ref_date, kinds,
                                                       processes, block_size)
        if workers == 1:
            return chain.from_iterable(self._read_blocks(pieces, forced, wanted))
        return stream(Job(self, forced, None, sorted(wanted)), pieces, workers,
                      DEFAULT_CHUNKSIZE)

    def write_stream(self, chunks: Iterable[str], render: Callable[[list[Fact]], str], *,
                     lang: str | None = None, ref_date: dt.date | str | None = None,
                     kinds: Iterable[str] | None = None,
                     processes: int | None = None) -> Iterator[str]:
        """Each block's facts of ``extract_stream``, as ``render`` writes them (JSON Lines,
        CSV …), in order. With ``processes=N`` (N ≥ 2) the workers that read a block write
        it, so that this process only writes the text out (the command line's ``--jobs``);
        ``render`` must pickle where workers start by spawn."""
        check_render(render)
        pieces, workers, forced, wanted = self._blocks(chunks, lang, ref_date, kinds,
                                                       processes, None)
        if workers == 1:
            return map(render, self._read_blocks(pieces, forced, wanted))
        return rendered(Job(self, forced, None, sorted(wanted), Nameless(render)), pieces,
                        workers, DEFAULT_CHUNKSIZE)

    def _blocks(self, chunks: Iterable[str], lang: object, ref_date: object, kinds: object,
                processes: object, block_size: object
                ) -> tuple[Iterator[Piece], int, str | None, frozenset[str]]:
        """A stream's options checked, and its blocks (after blank lines, 1 MiB at least;
        with worker processes, after line ends, 64 K characters at least): the blocks, the
        processes, the language forced and the kinds wanted."""
        forced, ref, wanted = self._options(lang, ref_date, kinds)
        workers = check_processes(processes)
        size = BLOCK if workers == 1 else PIECE
        if block_size is not None:
            size = check_count("block_size", block_size)
        return dated(blocks(chunks, size, workers > 1), ref), workers, forced, wanted

    def _read_blocks(self, pieces: Iterable[Piece], forced: str | None,
                     wanted: frozenset[str]) -> Iterator[list[Fact]]:
        """Each block's facts, in order, each block read with the last facts before it."""
        tail: list[Fact] = []  # the last facts read, for the periods that lean on them
        for piece in pieces:
            found = self._piece(piece.text, piece.offset, forced,
                                piece.ref_date, wanted, tail)[0]
            yield found
            tail = (tail + found)[-LOOK_BACK:]

    def read_piece(self, piece: str, offset: int, *, lang: str | None = None,
                   ref_date: dt.date | str | None = None,
                   kinds: Iterable[str] | None = None,
                   before: Sequence[Fact] = ()) -> tuple[list[Fact], bool]:
        """The facts of a piece of a text that starts at ``offset`` in it, after a line end
        (``blocks.pieces``), with offsets in the whole text, given the last facts of the text
        before it (``before``); and whether they may differ from those read without
        ``before``: a period named by the one before it ("за аналогичный период"), among the
        piece's first ``LOOK_BACK`` facts, found none to lean on in the piece.
        ``extract_many``'s and ``extract_stream``'s workers read long texts so."""
        piece = check_text(piece)
        offset = check_count("offset", offset, least=0)
        if isinstance(before, (str, bytes)) or not isinstance(before, Sequence) or \
                not all(isinstance(f, Fact) for f in before):
            raise TypeError("before must be a sequence of facts")
        return self._piece(piece, offset, *self._options(lang, ref_date, kinds), before)

    def _piece(self, piece: str, offset: int, forced: str | None, ref: dt.date | None,
               wanted: frozenset[str], before: Sequence[Fact]) -> tuple[list[Fact], bool]:
        with decimal.localcontext(_EXACT):
            reader = self._reader(piece, forced, ref, wanted,
                                  [shifted(f, -offset) for f in before], offset == 0)
            found = reader.read()
        if offset:
            found = [shifted(f, offset) for f in found]
        return found, reader.leans_back

    def extract_many(self, texts: Iterable[str], *, processes: int | None = None,
                     chunksize: int = DEFAULT_CHUNKSIZE, lang: str | None = None,
                     ref_date: RefDate = None,
                     kinds: Iterable[str] | None = None) -> Iterator[list[Fact]]:
        """The facts of each text, in input order, read here or by ``processes`` worker
        processes (see ``extract_many``)."""
        return extract_many(texts, processes=processes, chunksize=chunksize, lang=lang,
                            ref_date=ref_date, kinds=kinds, extractor=self)

    def statements_many(self, texts: Iterable[str], *, processes: int | None = None,
                        chunksize: int = DEFAULT_CHUNKSIZE, lang: str | None = None,
                        ref_date: RefDate = None) -> Iterator[list[Statement]]:
        """Each text's statements (``statements``), in input order, read here or by
        ``processes`` worker processes, each text whole by one worker; the options as in
        ``extract_many``."""
        check_texts(texts)
        job, workers = _many_job(processes, chunksize, lang, ref_date, None, self,
                                 statements=True)
        return said(job, texts, workers, chunksize)

    def write_many(self, texts: Iterable[tuple[str, str]],
                   render: Callable[[str, list[Fact]], str], *,
                   processes: int | None = None, chunksize: int = DEFAULT_CHUNKSIZE,
                   lang: str | None = None, ref_date: RefDate = None,
                   kinds: Iterable[str] | None = None) -> Iterator[str]:
        """Each text's facts of ``extract_many`` as ``render(name, facts)`` writes them (JSON
        Lines, CSV …), for ``(name, text)`` pairs, in input order. With ``processes=N`` (N ≥ 2)
        the workers that read a text write its facts, so that this process only writes the
        text out (the command line's ``--jobs`` with many files); a text is read in pieces
        then, and ``render`` is given each piece's facts: it must write facts line by line, as
        JSON Lines and CSV without a header do, and pickle where workers start by spawn."""
        check_texts(texts, "(name, text) pairs")
        check_render(render)
        job, workers = _many_job(processes, chunksize, lang, ref_date, kinds, self, render)
        if workers == 1:
            return (render(name, job(text))  # type: ignore[arg-type]  # extract checks it
                    for name, text in map(check_named, texts))
        return written(job, texts, workers, chunksize)


def _rebuild(lang: str | None, kinds: tuple[str, ...]) -> Extractor:
    return Extractor(lang=lang, kinds=kinds)


_default: Extractor | None = None


def default_extractor() -> Extractor:
    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract(text: str, *, lang: str | None = None, ref_date: dt.date | str | None = None,
            kinds: Iterable[str] | None = None) -> list[Fact]:
    """The facts of ``text``, sorted by position (see ``Extractor.extract``)."""
    return default_extractor().extract(text, lang=lang, ref_date=ref_date, kinds=kinds)


def statements(text: str, *, lang: str | None = None,
               ref_date: dt.date | str | None = None) -> list[Statement]:
    """What each figure of ``text`` measures (see ``Extractor.statements``)."""
    return default_extractor().statements(text, lang=lang, ref_date=ref_date)


def extract_many(texts: Iterable[str], *, processes: int | None = None,
                 chunksize: int = DEFAULT_CHUNKSIZE, lang: str | None = None,
                 ref_date: RefDate = None, kinds: Iterable[str] | None = None,
                 extractor: Extractor | None = None) -> Iterator[list[Fact]]:
    """The facts of each text, in input order (see ``Extractor.extract`` for the options).

    ``processes``: ``None`` or 1 reads in this process; N ≥ 2 uses N worker processes
    (``figextract.many``). ``ref_date``: a date for all texts, or a function giving each
    text's date (for instance ``figextract.documents.document_date``; it must be picklable to
    go to the workers). ``extractor``: whose options (``lang``, ``kinds``) to use; the default
    one if None. Arguments are checked at the call; a text that is not a ``str`` raises
    ``TypeError`` when its turn comes.
    """
    check_texts(texts)
    job, workers = _many_job(processes, chunksize, lang, ref_date, kinds, extractor)
    return run(job, texts, workers, chunksize)


def _many_job(processes: object, chunksize: object, lang: object, ref_date: object,
              kinds: object, extractor: object,
              render: Callable[[str, list[Fact]], str] | None = None,
              statements: bool = False) -> tuple[Job, int]:
    """The options of ``extract_many`` (``write_many``, ``statements_many``) checked: the job
    that reads a text with them (and writes its facts with ``render``, or gives its
    ``statements``), and the processes."""
    workers = check_processes(processes)
    check_count("chunksize", chunksize)
    if extractor is not None and not isinstance(extractor, Extractor):
        raise TypeError(f"extractor must be an Extractor, not {type(extractor).__name__}")
    sorted_kinds = None if kinds is None else sorted(check_kinds(kinds))
    dates = ref_date if callable(ref_date) else check_ref_date(ref_date)
    return Job(extractor or Extractor(), check_lang(lang), dates, sorted_kinds, render,
               statements), workers
