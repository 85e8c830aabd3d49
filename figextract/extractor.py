"""The public entry points: ``Extractor`` and ``extract``."""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from figextract.candidates import Candidates
from figextract.facts import KINDS, Count, Fact, Money, Percentage, Period, Span
from figextract.grammar import Figure, Reader
from figextract.langdetect import LANGS, SentenceLangs
from figextract.lexicon import Lexicon, lexicon
from figextract.money.currencies import may_be_code, written_codes
from figextract.numbers.digits import MAX_LENGTH
from figextract.period_grammar import PeriodFigure, PeriodReader
from figextract.textnorm import Folded, fold
from figextract.timeline import resolve
from figextract.tokens import Tokens

# A document's date: one for all texts, or a function of the text (``document_date``).
RefDate = dt.date | str | Callable[[str], dt.date | str | None] | None

_ISO = written_codes()
# Arithmetic on values (amount × scale × unit factor) stays exact: numbers have at most
# ``MAX_LENGTH`` characters, and scales at most 12 zeros.
_EXACT = decimal.Context(prec=MAX_LENGTH + 40)
# Texts sent to a worker process at a time by ``extract_many``.
DEFAULT_CHUNKSIZE = 8
# How far back (in characters, same paragraph) a currency is carried to an amount without one.
_ELLIPSIS_REACH = 300


def check_lang(lang: object) -> str | None:
    if lang is None:
        return None
    if not isinstance(lang, str):
        raise TypeError(f"lang must be None (detect), 'ru' or 'kk', not {type(lang).__name__}")
    if lang not in LANGS:
        raise ValueError(f"lang must be None (detect), 'ru' or 'kk'; got {lang!r}")
    return lang


def check_ref_date(ref_date: object) -> dt.date | None:
    if ref_date is None:
        return None
    if isinstance(ref_date, dt.datetime):
        return ref_date.date()
    if isinstance(ref_date, dt.date):
        return ref_date
    if isinstance(ref_date, str):
        try:
            return dt.date.fromisoformat(ref_date.strip())
        except ValueError:
            raise ValueError(
                f"ref_date must be a datetime.date or an ISO date 'YYYY-MM-DD'; got {ref_date!r}"
            ) from None
    raise TypeError(
        f"ref_date must be a datetime.date or an ISO date string, not {type(ref_date).__name__}"
    )


def check_kinds(kinds: object) -> frozenset[str]:
    if kinds is None:
        return KINDS
    if isinstance(kinds, str):
        kinds = [kinds]
    if not isinstance(kinds, Iterable):
        raise TypeError(f"kinds must be an iterable of kind names, not {type(kinds).__name__}")
    chosen = set()
    for kind in kinds:
        if not isinstance(kind, str):
            raise TypeError(f"kinds must hold kind names (str), not {type(kind).__name__}")
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}; known kinds: {', '.join(sorted(KINDS))}")
        chosen.add(kind)
    return frozenset(chosen)


def check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError("text must be str, not bytes: decode it first (e.g. data.decode('utf-8'))")
    raise TypeError(f"text must be str, not {type(text).__name__}")


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
        ``ref_date``: the document's date (a ``datetime.date`` or ISO string), for periods.
        ``kinds``: the kinds of fact wanted (``{"money", "percentage"}`` …); all by default.
        """
        text = check_text(text)
        forced = check_lang(lang) or self._lang
        ref = check_ref_date(ref_date)
        wanted = self._kinds if kinds is None else check_kinds(kinds)
        if not text:
            return []
        with decimal.localcontext(_EXACT):
            return self._read(text, forced, ref, wanted)

    def _read(self, text: str, forced: str | None, ref: dt.date | None,
              wanted: frozenset[str]) -> list[Fact]:
        read, tokens, candidates = self._start(text, forced, ref, wanted)
        pos = 0
        for head in candidates.heads_in(tokens):
            if head < pos:
                continue
            first = head
            while first > pos and candidates.is_lead(tokens, first - 1):
                first -= 1
            pos = head + 1
            for i in range(first, head + 1):
                if candidates.may_start(tokens, i):
                    end = read.at(i)
                    if end is not None:
                        pos = end
                        break
        return read.facts

    def extract_many(self, texts: Iterable[str], *, processes: int | None = None,
                     chunksize: int = DEFAULT_CHUNKSIZE, lang: str | None = None,
                     ref_date: RefDate = None,
                     kinds: Iterable[str] | None = None) -> Iterator[list[Fact]]:
        """The facts of each text, in input order, read here or by ``processes`` worker
        processes (see ``figextract.many.extract_many``)."""
        from figextract.many import extract_many

        return extract_many(texts, processes=processes, chunksize=chunksize, lang=lang,
                            ref_date=ref_date, kinds=kinds, extractor=self)

    def _start(self, text: str, forced: str | None, ref: dt.date | None,
               wanted: frozenset[str]) -> tuple[_Pass, Tokens, Candidates]:
        """A reading of ``text``: its tokens and where figures may start in them."""
        folded = fold(text)
        tokens = Tokens(folded.text)
        reader = Reader(folded.text, tokens, self._lexicons[forced], _IsoCodes(text, folded))
        return (_Pass(text, folded, reader, wanted, forced, ref), tokens,
                self._candidates[forced])


class _Pass:
    """One text's reading: the figures and periods found so far, and the last currency."""

    def __init__(self, text: str, folded: Folded, reader: Reader, wanted: frozenset[str],
                 forced: str | None, ref: dt.date | None) -> None:
        self.text = text
        self.folded = folded
        self.reader = reader
        self.periods = PeriodReader(reader)
        self.langs = SentenceLangs(folded.text)
        self.wanted = wanted
        self.forced = forced
        self.ref = ref
        self.facts: list[Fact] = []
        self.last_money: Figure | None = None

    def at(self, i: int) -> int | None:
        """Reads what starts at token ``i``: the index after it, or None if nothing does."""
        reader = self.reader
        sentence_lang = self.forced or self.langs.at(reader.start(i))
        reader.read_from(i, sentence_lang)
        period = self.periods.period(i)
        if period is not None:
            self._add_period(*period, sentence_lang)
            return period[1]
        found = reader.figure(i)
        if found is None:
            return None
        figure, end = found
        if figure.kind == "duration":
            as_period = self.periods.duration(figure, i, end)
            if as_period is None:
                return end  # an age or a prison term
            self._add_period(*as_period, sentence_lang)
            return as_period[1]
        if figure.kind == "money":
            if not figure.unit:
                carried = _carry_currency(self.folded.text, figure, self.last_money)
                if carried is None:
                    return end
                figure = carried
            self.last_money = figure
        if figure.kind in self.wanted:
            lang = self.forced or figure.lang or sentence_lang
            self.facts.append(_fact(self.text, self.folded, figure, lang))
        return end

    def _add_period(self, figure: PeriodFigure, end: int, sentence_lang: str) -> None:
        if "period" in self.wanted:
            lang = self.forced or figure.lang or sentence_lang
            self.facts.append(_period(self.text, self.folded, figure, self.ref, lang))


class _IsoCodes:
    """Reads a three-letter token as an ISO 4217 code when the input writes it in capitals."""

    def __init__(self, text: str, folded: Folded) -> None:
        self.text = text
        self.folded = folded

    def __call__(self, start: int, word: str) -> str | None:
        if not may_be_code(word):
            return None
        first, last = self.folded.span(start, start + 3)
        written = self.text[first:last]
        return written if written in _ISO else None


def _carry_currency(folded: str, figure: Figure, last: Figure | None) -> Figure | None:
    """An amount without a currency takes the one named just before it, if any."""
    if last is None or figure.start - last.end > _ELLIPSIS_REACH:
        return None
    if "\n" in folded[last.end:figure.start]:
        return None
    return replace(figure, unit=last.unit)


def _fact(text: str, folded: Folded, figure: Figure, lang: str) -> Fact:
    start, end = folded.span(figure.start, figure.end)
    span = Span(start, end)
    if figure.kind == "money":
        return Money(span, text[start:end], lang, figure.value, figure.unit)
    if figure.kind == "count":
        return Count(span, text[start:end], lang, figure.value, figure.unit,
                     _original(text, folded, figure.noun) or "",
                     _original(text, folded, figure.modifier))
    return Percentage(span, text[start:end], lang, figure.value, figure.unit)


def _original(text: str, folded: Folded, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    start, end = folded.span(*span)
    return text[start:end]


def _period(text: str, folded: Folded, figure: PeriodFigure, ref: dt.date | None,
            lang: str) -> Period:
    start, end = folded.span(figure.start, figure.end)
    first, last = resolve(figure.when, ref)
    return Period(Span(start, end), text[start:end], lang, first, last, figure.granularity,
                  figure.when)


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
