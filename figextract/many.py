"""Many documents: ``extract_many`` reads them in this process or in a pool of processes.

Results come back in input order, one list of facts per text, exactly as ``extract`` gives
them. With ``processes=N`` (N ≥ 2) the texts go to N worker processes, ``chunksize`` at a time;
each worker builds its ``Extractor`` once. Workers start the platform's default way (``fork``
on Linux; ``spawn`` on macOS and Windows, where a script that asks for processes needs the
usual ``if __name__ == "__main__":`` guard).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator

from figextract.extractor import (
    DEFAULT_CHUNKSIZE,
    Extractor,
    RefDate,
    check_kinds,
    check_lang,
    check_ref_date,
)
from figextract.facts import Fact


def extract_many(texts: Iterable[str], *, processes: int | None = None,
                 chunksize: int = DEFAULT_CHUNKSIZE, lang: str | None = None,
                 ref_date: RefDate = None, kinds: Iterable[str] | None = None,
                 extractor: Extractor | None = None) -> Iterator[list[Fact]]:
    """The facts of each text, in input order (see ``Extractor.extract`` for the options).

    ``processes``: ``None`` or 1 reads in this process; N ≥ 2 uses N worker processes.
    ``ref_date``: a date for all texts, or a function giving each text's date (for instance
    ``figextract.documents.document_date``; it must be picklable to go to the workers).
    ``extractor``: whose options (``lang``, ``kinds``) to use; the default one if None.
    Arguments are checked at the call; a text that is not a ``str`` raises ``TypeError`` when
    its turn comes.
    """
    if isinstance(texts, (str, bytes)) or not isinstance(texts, Iterable):
        raise TypeError(f"texts must be an iterable of str, not {type(texts).__name__}")
    workers = 1 if processes is None else _at_least_one("processes", processes, "None or an int")
    _at_least_one("chunksize", chunksize)
    if extractor is not None and not isinstance(extractor, Extractor):
        raise TypeError(f"extractor must be an Extractor, not {type(extractor).__name__}")
    check_lang(lang)
    if kinds is not None:
        kinds = sorted(check_kinds(kinds))
    if not callable(ref_date):
        ref_date = check_ref_date(ref_date)
    job = _Job(extractor or Extractor(), lang, ref_date, kinds)
    if workers == 1:
        return map(job, texts)
    return _pooled(job, texts, workers, chunksize)


def _at_least_one(name: str, value: object, expected: str = "an int") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be {expected}, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name} must be at least 1, got {value}")
    return value


class _Job:
    """``extract`` with fixed options; pickles as its extractor's options and its own."""

    def __init__(self, extractor: Extractor, lang: str | None, ref_date: RefDate,
                 kinds: list[str] | None) -> None:
        self.extractor = extractor
        self.lang = lang
        self.ref_date = ref_date
        self.kinds = kinds

    def __call__(self, text: str) -> list[Fact]:
        date = self.ref_date(text) if callable(self.ref_date) else self.ref_date
        return self.extractor.extract(text, lang=self.lang, ref_date=date, kinds=self.kinds)


_worker_job: _Job | None = None


def _start_worker(job: _Job) -> None:
    global _worker_job
    _worker_job = job  # unpickled once per worker: its Extractor's tables are built here


def _in_worker(text: str) -> list[Fact] | Exception:
    assert _worker_job is not None
    try:
        return _worker_job(text)
    except (TypeError, ValueError) as error:
        return error  # raised in the caller at this text's turn, not for its whole chunk


def _pooled(job: _Job, texts: Iterable[str], workers: int,
            chunksize: int) -> Iterator[list[Fact]]:
    context = multiprocessing.get_context()
    with context.Pool(workers, initializer=_start_worker, initargs=(job,)) as pool:
        for result in pool.imap(_in_worker, texts, chunksize):
            if isinstance(result, Exception):
                raise result
            yield result
