"""Many documents: read them in this process or in a pool of worker processes.

Results come back in input order, one list of facts per text, exactly as ``extract`` gives
them. With ``processes=N`` (N ≥ 2) the texts go to N worker processes, ``chunksize`` at a time;
a forked worker inherits the caller's extractor, tables built; a spawned one unpickles it and
builds its tables, once. Workers start the
platform's default way (``fork`` on Linux; ``spawn`` on macOS and Windows, where a script that
asks for processes needs the usual ``if __name__ == "__main__":`` guard).

This module knows nothing of ``Extractor`` beyond its ``extract`` method: ``extractor.py``
checks the arguments and hands the work here.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import Protocol

from figextract.arguments import RefDate
from figextract.facts import Fact

# Texts sent to a worker process at a time.
DEFAULT_CHUNKSIZE = 8
_AHEAD = 3  # tasks per worker in flight: enough to keep each busy


class Reads(Protocol):
    """What reads one text: ``Extractor``."""

    def extract(self, text: str, *, lang: str | None = None,
                ref_date: dt.date | str | None = None,
                kinds: Iterable[str] | None = None) -> list[Fact]: ...


class Job:
    """``extract`` with fixed options; pickles as its extractor and its options."""

    def __init__(self, extractor: Reads, lang: str | None, ref_date: RefDate,
                 kinds: list[str] | None) -> None:
        self.extractor = extractor
        self.lang = lang
        self.ref_date = ref_date
        self.kinds = kinds

    def __call__(self, text: str) -> list[Fact]:
        date = self.ref_date(text) if callable(self.ref_date) else self.ref_date
        return self.extractor.extract(text, lang=self.lang, ref_date=date, kinds=self.kinds)


def run(job: Job, texts: Iterable[str], workers: int, chunksize: int) -> Iterator[list[Fact]]:
    """Each text's facts in input order: here when ``workers`` is 1, else in a pool."""
    if workers == 1:
        return map(job, texts)
    return _pooled(job, texts, workers, chunksize)


_worker_job: Job | None = None


def _start_worker(job: Job) -> None:
    global _worker_job
    _worker_job = job  # forked: the caller's, tables built; spawned: unpickled, built here


def _in_worker(text: str) -> list[Fact] | Exception:
    assert _worker_job is not None
    try:
        return _worker_job(text)
    except (TypeError, ValueError) as error:
        return error  # raised in the caller at this text's turn, not for its whole chunk


def _in_worker_chunk(texts: list[str]) -> list[list[Fact] | Exception]:
    return [_in_worker(text) for text in texts]


def _pooled(job: Job, texts: Iterable[str], workers: int,
            chunksize: int) -> Iterator[list[Fact]]:
    """The texts' facts from a pool, ``chunksize`` texts a task, with at most ``_AHEAD``
    tasks per worker sent and not yet taken back: the texts are read from ``texts`` only as
    fast as the workers get through them, so memory stays bounded however many there are
    (``Pool.imap`` would read them all at once)."""
    context = multiprocessing.get_context()
    with context.Pool(workers, initializer=_start_worker, initargs=(job,)) as pool:
        pending: deque[AsyncResult[list[list[Fact] | Exception]]] = deque()
        source = iter(texts)
        while chunk := list(islice(source, chunksize)):
            pending.append(pool.apply_async(_in_worker_chunk, (chunk,)))
            while len(pending) >= _AHEAD * workers:
                yield from _results(pending.popleft().get())
        while pending:
            yield from _results(pending.popleft().get())


def _results(found: list[list[Fact] | Exception]) -> Iterator[list[Fact]]:
    for result in found:
        if isinstance(result, Exception):
            raise result
        yield result
