"""Many documents: read them in this process or in a pool of worker processes.

Results come back in input order, one list of facts per text, exactly as ``extract`` gives
them. With ``processes=N`` (N ≥ 2) the texts go to N worker processes in tasks of up to
``chunksize`` texts and about ``TASK_CHARS`` characters; a forked worker inherits the caller's
extractor, tables built; a spawned one unpickles it and builds its tables, once. Workers start
the platform's default way (``fork`` on Linux; ``spawn`` on macOS and Windows, where a script
that asks for processes needs the usual ``if __name__ == "__main__":`` guard).

A text longer than ``SPLIT_AT`` characters is cut after line ends into pieces
(``blocks.pieces``) that several workers read at once, so one big document does not keep one
worker busy while the others wait; ``stream`` reads the blocks of one text given in pieces
(``Extractor.extract_stream`` with processes) the same way. No fact reads across the line
ends where pieces are cut (not after a line a colon ends: "не менее:\n30 процентов"), and the
one rule that looks at facts before its line, a period named by the one before it ("за
аналогичный период"), says when, among the first ``LOOK_BACK`` facts of its piece, it found
none to lean on in the piece: that piece is read again here, after the pieces before it, with
their last facts. So the facts are those of one whole reading (``tests/test_many.py``,
``tests/test_blocks.py``, ``benchmarks/blocks_identity.py``).

This module knows nothing of ``Extractor`` beyond ``extract`` and ``read_piece``:
``extractor.py`` checks the arguments and hands the work here.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from multiprocessing.pool import AsyncResult
from typing import Protocol

from figextract.arguments import RefDate, check_named, check_ref_date
from figextract.blocks import pieces
from figextract.documents import document_date
from figextract.facts import Fact
from figextract.period.anaphora import LOOK_BACK
from figextract.statements.model import Statement

# Texts sent to a worker process at a time, at most.
DEFAULT_CHUNKSIZE = 64
TASK_CHARS = 1 << 17  # characters of a task, about: a task ends with the text that passes this
SPLIT_AT = 1 << 18  # a text longer than this (characters) is read in pieces
PIECE = 1 << 16  # characters of a piece, at least (but the last)
_AHEAD = 3  # tasks per worker in flight: enough to keep each busy


class Reads(Protocol):
    """What reads one text or a piece of one: ``Extractor``."""

    def extract(self, text: str, *, lang: str | None = None,
                ref_date: dt.date | str | None = None,
                kinds: Iterable[str] | None = None) -> list[Fact]: ...

    def read_piece(self, piece: str, offset: int, *, lang: str | None,
                   ref_date: dt.date | str | None, kinds: Iterable[str] | None,
                   before: Sequence[Fact] = ()) -> tuple[list[Fact], bool]: ...

    def statements(self, text: str, *, lang: str | None = None,
                   ref_date: dt.date | str | None = None) -> list[Statement]: ...


@dataclass(frozen=True, slots=True)
class Piece:
    """A piece of a long text: its characters, where it starts in the text, the text's
    reference date; the text's name where its facts are written by name
    (``Extractor.write_many``), and whether it is the text's last piece, known there (no
    piece leans on its facts)."""

    text: str
    offset: int
    ref_date: dt.date | None
    name: str = ""
    final: bool = False


@dataclass(frozen=True, slots=True)
class Rendered:
    """A piece's facts as the caller writes them, made where they were read (``Job.render``),
    with the last of them, for the pieces after it that lean on them."""

    text: str
    last: list[Fact]
    leans: bool


# What a worker is sent: a text (a str, or anything else, to be refused at its turn) or a
# piece of one; and what it gives back: the text's facts, or the piece's and whether they may
# lean on the facts before it. An error is raised at its text's turn.
Item = object
Result = list[Fact] | list[Statement] | tuple[list[Fact], bool] | Rendered | Exception


class Job:
    """``extract`` with fixed options; pickles as its extractor and its options. With
    ``render``, the workers give back a piece's facts as ``render`` writes them, given the
    name of their text (the command line's JSON Lines or CSV), so that this process only
    writes them out. With ``statements``, a text's statements (``Extractor.statements``),
    the text read whole."""

    def __init__(self, extractor: Reads, lang: str | None, ref_date: RefDate,
                 kinds: list[str] | None,
                 render: Callable[[str, list[Fact]], str] | None = None,
                 statements: bool = False) -> None:
        self.extractor = extractor
        self.lang = lang
        self.ref_date = ref_date
        self.kinds = kinds
        self.render = render
        self.statements = statements

    def __call__(self, text: str) -> list[Fact]:
        return self.extractor.extract(text, lang=self.lang, ref_date=self.date(text),
                                      kinds=self.kinds)

    def said(self, text: str) -> list[Statement]:
        """The statements of ``text``."""
        return self.extractor.statements(text, lang=self.lang, ref_date=self.date(text))

    def date(self, text: str) -> dt.date | str | None:
        """The reference date of ``text``: the one given, or the function's for it."""
        return self.ref_date(text) if callable(self.ref_date) else self.ref_date

    def pieces(self, text: str, name: str = "") -> list[Piece]:
        """A text's pieces, each with the text's reference date: the one given, else its
        ` date …` line's (which only the first piece holds); and with its ``name``."""
        date = check_ref_date(self.date(text))
        return list(dated(pieces(text, PIECE), date, name)) or [Piece(text, 0, date, name)]

    def piece(self, piece: Piece, before: Sequence[Fact] = ()) -> tuple[list[Fact], bool]:
        return self.extractor.read_piece(piece.text, piece.offset, lang=self.lang,
                                         ref_date=piece.ref_date, kinds=self.kinds,
                                         before=before)


def dated(blocks: Iterable[tuple[int, str]], ref: dt.date | None,
          name: str = "") -> Iterator[Piece]:
    """A text's blocks (offset, block) as pieces, each with the text's reference date: ``ref``,
    else the date of its first line `` date YYYY-MM-DD``; and with the text's ``name``."""
    for offset, block in blocks:
        if offset == 0:
            ref = ref or document_date(block)
        yield Piece(block, offset, ref, name)


def run(job: Job, texts: Iterable[str], workers: int, chunksize: int) -> Iterator[list[Fact]]:
    """Each text's facts in input order: here when ``workers`` is 1, else in a pool."""
    if workers == 1:
        return map(job, texts)
    return _pooled(job, texts, workers, chunksize)


_worker_job: Job | None = None


def _start_worker(job: Job) -> None:
    global _worker_job
    _worker_job = job  # forked: the caller's, tables built; spawned: unpickled, built here


def _in_worker(item: Item) -> Result:
    assert _worker_job is not None
    try:
        if not isinstance(item, Piece):  # a whole text (not a str: extract says so)
            text: str = item  # type: ignore[assignment]
            return _worker_job.said(text) if _worker_job.statements else _worker_job(text)
        found, leans = _worker_job.piece(item)
        render = _worker_job.render
        return (found, leans) if render is None else \
            Rendered(render(item.name, found), [] if item.final else found[-LOOK_BACK:], leans)
    except (TypeError, ValueError) as error:
        return error  # raised in the caller at this text's turn, not for its whole chunk


def _in_worker_chunk(items: list[Item]) -> list[Result]:
    return [_in_worker(item) for item in items]


class _Text:
    """One text on its way through the pool: its items (the text, or its pieces), and what to
    read again here. A named text (written by ``Job.render``) goes as pieces, whatever its
    length: the workers write a piece's facts."""

    def __init__(self, job: Job, text: object, name: str | None = None,
                 error: Exception | None = None) -> None:
        self.items: list[Item] = []
        self.error = error  # raised at this text's turn
        if error is not None:
            return  # refused before it is read
        if isinstance(text, str) and not job.statements and (
                name is not None or len(text) > SPLIT_AT):
            try:
                found = job.pieces(text, name or "")
                if name is not None:  # its facts come back written: the last piece's alone
                    found[-1] = replace(found[-1], final=True)  # are not needed here
                self.items = list(found)
            except (TypeError, ValueError) as error:
                self.error = error  # a bad reference date: raised at this text's turn
        else:
            self.items = [text]

    def facts(self, job: Job, results: list[Result]) -> list[Fact]:
        """The text's facts from its results, in order; a piece whose facts may lean on the
        facts before it is read again with them."""
        if self.error is not None:
            raise self.error
        if len(results) == 1 and isinstance(results[0], list):  # a whole text
            return results[0]  # type: ignore[return-value]  # the job reads facts
        return [fact for found in _pieces_facts(job, zip(self.items, results, strict=True))
                for fact in found]

    def written(self, job: Job, results: list[Result]) -> str:
        """The named text's facts as ``job.render`` wrote them, piece by piece, in order."""
        if self.error is not None:
            raise self.error
        return "".join(_pieces_written(job, zip(self.items, results, strict=True)))


def _pieces_facts(job: Job, pairs: Iterable[tuple[Item, Result]]) -> Iterator[list[Fact]]:
    """Each piece's facts, in order, from (piece, result) pairs of one text; a piece that may
    lean on the facts before it (the last ``LOOK_BACK``) is read again here with them."""
    tail: list[Fact] = []
    for item, result in pairs:
        if isinstance(result, Exception):
            raise result
        if not isinstance(result, tuple) or not isinstance(item, Piece):
            raise TypeError("a piece's result expected")  # not reached: they pair up
        found, leans = result
        if leans and tail:
            found = job.piece(item, tail)[0]
        yield found
        tail = (tail + found)[-LOOK_BACK:]


def _pieces_written(job: Job, pairs: Iterable[tuple[Item, Result]]) -> Iterator[str]:
    """As ``_pieces_facts``, each piece's facts as a worker wrote them (``Job.render``), with
    the last of them; a piece that leans is read again and written here."""
    tail: list[Fact] = []
    for item, result in pairs:
        if isinstance(result, Exception):
            raise result
        if not isinstance(result, Rendered) or not isinstance(item, Piece) or \
                job.render is None:
            raise TypeError("a rendered piece expected")  # not reached: the job renders them
        text, last = result.text, result.last
        if result.leans and tail:
            found = job.piece(item, tail)[0]
            text, last = job.render(item.name, found), found[-LOOK_BACK:]
        yield text
        tail = (tail + last)[-LOOK_BACK:]


def _pooled(job: Job, texts: Iterable[str], workers: int,
            chunksize: int) -> Iterator[list[Fact]]:
    """The texts' facts from a pool (``_ordered``), in input order."""
    entries = (_Text(job, text) for text in texts)
    for entry, results in _in_order(job, entries, workers, chunksize):
        yield entry.facts(job, results)


def said(job: Job, texts: Iterable[str], workers: int,
         chunksize: int) -> Iterator[list[Statement]]:
    """Each text's statements, in input order: here when ``workers`` is 1, else in a pool, each
    text read whole by one worker (``Extractor.statements_many``)."""
    if workers == 1:
        yield from map(job.said, texts)
        return
    for _, results in _in_order(job, (_Text(job, text) for text in texts), workers,
                                chunksize):
        (result,) = results  # the whole text's: read in one piece, refused by none
        if isinstance(result, Exception):
            raise result
        yield result  # type: ignore[misc]  # a whole text's statements


def written(job: Job, texts: Iterable[object], workers: int,
            chunksize: int) -> Iterator[str]:
    """Each named text's facts as ``job.render`` writes them, made by the workers, in input
    order (``Extractor.write_many``); an item that is no (name, text) pair is refused at its
    turn."""
    for entry, results in _in_order(job, map(partial(_named, job), texts), workers,
                                    chunksize):
        yield entry.written(job, results)


def _named(job: Job, item: object) -> _Text:
    try:
        name, text = check_named(item)
    except TypeError as error:
        return _Text(job, item, error=error)
    return _Text(job, text, name)


def _in_order(job: Job, entries: Iterable[_Text], workers: int,
              chunksize: int) -> Iterator[tuple[_Text, list[Result]]]:
    """Each text with its items' results from a pool (``_ordered``), in input order."""
    waiting: deque[_Text] = deque()  # the texts taken, in order, not yet given back

    def items() -> Iterator[Item]:
        for entry in entries:
            waiting.append(entry)
            yield from entry.items

    done: list[Result] = []  # results back and not yet given to their text

    def ready() -> Iterator[tuple[_Text, list[Result]]]:
        """The texts whose results are all back (a text refused at once has none)."""
        while waiting and len(done) >= len(waiting[0].items):
            entry = waiting.popleft()
            count = len(entry.items)
            yield entry, done[:count]
            del done[:count]

    for result in _ordered(job, items(), workers, chunksize):
        done.append(result)
        yield from ready()
    yield from ready()


def stream(job: Job, pieces: Iterable[Piece], workers: int,
           chunksize: int) -> Iterator[Fact]:
    """The facts of one text given as ``pieces`` (in order, each starting after a line end),
    read by a pool (``_ordered``): a piece's facts as soon as it and those before it are read,
    a piece that may lean on the facts before it read again here with them."""
    for found in _pieces_facts(job, _each_piece(job, pieces, workers, chunksize)):
        yield from found


def rendered(job: Job, pieces: Iterable[Piece], workers: int,
             chunksize: int) -> Iterator[str]:
    """As ``stream``, each piece's facts as ``job.render`` writes them, made by the workers; a
    piece that leans on the facts before it read again and written here."""
    return _pieces_written(job, _each_piece(job, pieces, workers, chunksize))


class Nameless:
    """A render of facts alone (``Extractor.write_stream``'s) as one given a text's name too:
    a stream is one text. It pickles when the render does."""

    def __init__(self, render: Callable[[list[Fact]], str]) -> None:
        self.render = render

    def __call__(self, name: str, facts: list[Fact]) -> str:
        return self.render(facts)


def _each_piece(job: Job, pieces: Iterable[Piece], workers: int,
                chunksize: int) -> Iterator[tuple[Piece, Result]]:
    """Each piece with its result from the pool, in order."""
    sent: deque[Piece] = deque()  # the pieces handed to the pool, their results not yet back

    def items() -> Iterator[Item]:
        for piece in pieces:
            sent.append(piece)
            yield piece

    for result in _ordered(job, items(), workers, chunksize):
        yield sent.popleft(), result


def _ordered(job: Job, items: Iterable[Item], workers: int,
             chunksize: int) -> Iterator[Result]:
    """Each item's result, in order, from a pool, in tasks of up to ``chunksize`` items and
    about ``TASK_CHARS`` characters, with at most ``_AHEAD`` tasks per worker sent and not yet
    taken back: the items are taken from ``items`` only as fast as the workers get through
    them, so memory stays bounded however many there are (``Pool.imap`` would take them all
    at once)."""
    context = multiprocessing.get_context()
    gc.freeze()  # forked workers inherit every object of this process: their garbage
    try:  # collector leaves those alone (it would walk them all and copy their pages)
        pool = context.Pool(workers, initializer=_start_worker, initargs=(job,))
    finally:
        gc.unfreeze()
    with pool:
        pending: deque[AsyncResult[list[Result]]] = deque()
        task: list[Item] = []
        size = 0
        for item in items:
            task.append(item)
            size += len(item.text) if isinstance(item, Piece) else \
                len(item) if isinstance(item, str) else 0
            if len(task) >= chunksize or size >= TASK_CHARS:
                pending.append(pool.apply_async(_in_worker_chunk, (task,)))
                task, size = [], 0
                while len(pending) >= _AHEAD * workers:
                    yield from pending.popleft().get()
        if task:
            pending.append(pool.apply_async(_in_worker_chunk, (task,)))
        while pending:
            yield from pending.popleft().get()
