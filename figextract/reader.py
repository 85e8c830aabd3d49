"""One text's reading: the rules tried at each candidate token, in a stated order, and the
facts they give.

    RULES = period, figure, ratio word   (a period first: "2024 году" is not 2024 of something)

An amount followed by a word that no rule reads is passed over before the rules are tried
(``TextReader.stands_alone``). A figure that is a duration becomes a period unless it is an age
or a term ("в возрасте 60 лет"); an amount without a currency takes the one named just before
it in its paragraph. Every fact's language is decided in one place (``fact_lang``), and every
period's dates are resolved against the reference date in one place (``_period_fact``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from figextract.candidates import Candidates
from figextract.cursor import Cursor
from figextract.facts import Count, Fact, Money, Percentage, Period, Ratio, Span
from figextract.figure import figure
from figextract.langdetect import SentenceLangs
from figextract.numbers.reader import amount
from figextract.period.anaphora import LOOK_BACK, anchor_of, lean
from figextract.period.core import PeriodFigure
from figextract.period.reader import duration, period
from figextract.ratio.rules import word as ratio_word
from figextract.readings import Figure
from figextract.textnorm import Folded
from figextract.timeline import resolve
from figextract.tokens import Tokens

# How far back (in characters, same paragraph) a currency is carried to an amount without one.
_ELLIPSIS_REACH = 300
_YEAR_DIGITS = 4


class TextReader:
    """Reads one text: ``at(i)`` tries the rules at token ``i``; ``read()`` tries them at
    every candidate token; ``facts`` holds what was found, in order."""

    def __init__(self, text: str, folded: Folded, candidates: Candidates,
                 cursor: Cursor, tokens: Tokens, wanted: frozenset[str], forced: str | None,
                 ref: dt.date | None, before: Sequence[Fact] = ()) -> None:
        self.text = text
        self.folded = folded
        self.candidates = candidates
        self.cursor = cursor
        self.tokens = tokens
        self.langs = SentenceLangs(folded.text)
        self.wanted = wanted
        self.forced = forced
        self.ref = ref
        # the facts read so far; ``before``: the last ones of the text before this block,
        # their offsets counted from this block's start (below 0), for the periods that lean
        # on one named before them
        self.facts: list[Fact] = list(before)
        self.before = len(before)
        self.last_money: Figure | None = None
        # a period named by the one before it, among the first LOOK_BACK facts, found none
        # to lean on in this block: it may lean on a fact of the text before it (the other
        # rules stop at a line end)
        self.leans_back = False

    def read(self) -> list[Fact]:
        """Tries the rules at each head and at the leads just before it."""
        candidates, tokens = self.candidates, self.tokens
        pos = 0
        for head in candidates.heads_in(tokens):
            if head < pos:
                continue
            i = candidates.first_try(tokens, head, pos)
            pos = head + 1
            while i <= head:
                end = self.at(i) if candidates.may_start(tokens, i) else None
                if end is None:
                    i += 1
                    continue
                # a figure read from a lead may end before its head ("ширектейінен" of
                # "ширектейінен 1 зейнеткерлерге"): go on reading from where it ended
                pos = i = max(end, i + 1)
        return self.facts[self.before:] if self.before else self.facts

    def at(self, i: int) -> int | None:
        """Reads what starts at token ``i``: the index after it, or None if nothing does."""
        sentence_lang = self.read_from(i)
        if self.stands_alone(i):
            return None
        for rule in RULES:
            found = rule(self.cursor, i)
            if found is not None:
                read, end = found
                if isinstance(read, PeriodFigure):
                    self.add_period(read, sentence_lang)
                    return end
                return self.take_figure(read, i, end, sentence_lang)
        return None

    def read_from(self, i: int) -> str:
        """The cursor set to read from token ``i`` in its sentence's language (forced, else
        detected): that language."""
        sentence_lang = self.forced or self.langs.at(self.cursor.start(i))
        self.cursor.read_from(i, sentence_lang)
        return sentence_lang

    def stands_alone(self, i: int) -> bool:
        """Token ``i`` is an amount, in digits or in words read only in amounts, followed
        (past its suffix or scale) by a word no rule reads ("1-інші жолы", "105 статьи", "екі
        мың сөз"), so no figure or period starts at it: each rule reads on from an amount
        only through the words of the lexicon. Not a year in digits, which stands alone in
        brackets ("(1997 …"). The cursor reads from ``i`` (``read_from``). Asked before the
        rules for speed; ``tests/test_candidates.py``
        (random texts, the seeds) and ``benchmarks/alone_identity.py`` (the development
        corpora) ask every rule at such tokens and find that none reads anything there."""
        tokens = self.tokens
        digits = tokens.nums[i]
        if digits is None:
            if tokens.words[i] not in self.candidates.amount_words:
                return False
        elif len(digits) == _YEAR_DIGITS:
            return False
        found = amount(self.cursor, i)
        if found is None or found.end >= tokens.n:
            return False
        word = tokens.words[found.end]
        return word is not None and not self.candidates.is_read(word)

    def take_figure(self, read: Figure, i: int, end: int, sentence_lang: str) -> int:
        """A figure read from token ``i`` to ``end``: a duration becomes a period (or nothing,
        for an age or a term), an amount without a currency takes the one named just before
        it (or is dropped), the rest are facts as read. The index after what was taken."""
        if read.kind == "duration":
            as_period = duration(self.cursor, read, i, end)
            if as_period is None:
                return end  # an age or a prison term
            self.add_period(as_period[0], sentence_lang)
            return as_period[1]
        if read.kind == "money":
            if not read.unit:
                carried = _carry_currency(self.folded.text, read, self.last_money)
                if carried is None:
                    return end
                read = carried
            self.last_money = read
        self.add_figure(read, sentence_lang)
        return end

    def fact_lang(self, figure_lang: str, sentence_lang: str) -> str:
        """A fact's language: forced, else of the words it was read with (none when only
        digits and symbols), else of its sentence."""
        return self.forced or figure_lang or sentence_lang

    def add_period(self, found: PeriodFigure, sentence_lang: str) -> None:
        if "period" in self.wanted:
            lang = self.fact_lang(found.lang, sentence_lang)
            fact = _period_fact(self.text, self.folded, found, self.ref, lang)
            if found.anaphora is not None:  # "за аналогичный период прошлого года"
                anchor = anchor_of(fact, found.anaphora.unit, self.facts, self.text)
                # all of this block's facts are searched before those of the text before it
                if found.anaphora.unit == "period" and \
                        len(self.facts) - self.before < LOOK_BACK and \
                        (anchor is None or anchor.span.start < 0):
                    self.leans_back = True
                fact = lean(fact, found.anaphora, anchor)
            self.facts.append(fact)

    def add_figure(self, found: Figure, sentence_lang: str) -> None:
        if found.kind in self.wanted:
            lang = self.fact_lang(found.lang, sentence_lang)
            self.facts.append(_fact(self.text, self.folded, found, lang))


# The rules, in the order they are tried at a token: a period first ("2024 году" is not 2024
# of something), then a figure (money, a percentage, a count, a ratio, or a duration), then a
# ratio in one word ("вдвое").
RULES: tuple[Callable[[Cursor, int], tuple[PeriodFigure | Figure, int] | None], ...] = (
    period, figure, ratio_word)


class Original:
    """The input's characters behind a span of the folded text."""

    def __init__(self, text: str, folded: Folded) -> None:
        self.text = text
        self.folded = folded

    def __call__(self, start: int, end: int) -> str:
        first, last = self.folded.span(start, end)
        return self.text[first:last]


def _carry_currency(folded: str, found: Figure, last: Figure | None) -> Figure | None:
    """An amount without a currency takes the one named just before it, if any."""
    if last is None or found.start - last.end > _ELLIPSIS_REACH:
        return None
    if "\n" in folded[last.end:found.start]:
        return None
    return replace(found, unit=last.unit)


def _fact(text: str, folded: Folded, found: Figure, lang: str) -> Fact:
    start, end = folded.span(found.start, found.end)
    span = Span(start, end)
    if found.kind == "money":
        return Money(span, text[start:end], lang, found.value, found.unit)
    if found.kind == "count":
        return Count(span, text[start:end], lang, found.value, found.unit,
                     _original(text, folded, found.noun) or "",
                     _original(text, folded, found.modifier))
    if found.kind == "ratio":
        return Ratio(span, text[start:end], lang, found.value)
    return Percentage(span, text[start:end], lang, found.value, found.unit)


def _original(text: str, folded: Folded, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    start, end = folded.span(*span)
    return text[start:end]


def _period_fact(text: str, folded: Folded, found: PeriodFigure, ref: dt.date | None,
                 lang: str) -> Period:
    """The period's fact, its dates resolved against the reference date."""
    start, end = folded.span(found.start, found.end)
    first, last = resolve(found.when, ref)
    return Period(Span(start, end), text[start:end], lang, first, last, found.granularity,
                  found.when, found.relation or None)
