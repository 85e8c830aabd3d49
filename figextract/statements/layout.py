"""Where things stand in a text, for its statements: its sentences, clauses, paragraphs and
brackets by token; the indicators, countries, words of the whole world and what a rate is
per named in each sentence; its headings.

    sentence = the tokens up to ". ! ? ; line break" (a dot before a capital)
    clause   = the tokens of a sentence between its ", а/но/ал …"
    heading  = a line of at most 12 words, no figure and no final stop
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Container
from dataclasses import dataclass
from itertools import chain, compress, count, repeat
from operator import add, sub

from figextract.cursor import CLAUSE_ENDS, Cursor
from figextract.facts import Fact, Period, Span
from figextract.statements.lexicon import Phrase, Words
from figextract.textnorm import Folded

_HARD_ENDS = frozenset("!?\n;")
BULLETS = frozenset("-–—•*·")
_PARAGRAPH_END = "\n"
_HEADING_WORDS = 12  # words of a heading at most
_LETTER = re.compile(r"[^\W\d_]")  # a letter of a word token (``tokens``)
_MARKS = ".!?;\n,()"  # the symbols that end or open what a token stands in


@dataclass(slots=True)
class Found:
    start: int  # first token
    end: int  # token after
    what: str  # the key, the ISO code or what a rate is per


class Layout:
    """Where things stand in one text, given its tokens."""

    def __init__(self, text: str, folded: Folded, cursor: Cursor, words: Words) -> None:
        self.text = text
        self.c = cursor
        self.words = words
        n = cursor.n
        starts = list(cursor.starts[:n])  # folded offsets
        ends = list(map(add, starts, cursor.lens))
        self._same_offsets = folded.starts is None
        if folded.starts is not None and folded.ends is not None:  # to the input's
            fs, fe = folded.starts, folded.ends
            ends = [fe[e - 1] if e > s else fs[s] for s, e in zip(starts, ends, strict=True)]
            starts = [fs[s] for s in starts]
        self.starts, self.ends = starts, ends
        self._number(cursor, words, _places(cursor.syms, _MARKS))
        # what stands in each sentence, in order: every lookup stays within one sentence, so
        # that a long text is read in linear time
        token_words = cursor.words
        self._hits = list(compress(count(), map(words.firsts.__contains__, token_words)))
        per = self._phrases(words.per)
        self.per: dict[int, Found] = {}  # clause -> what a rate is per, named first in it
        for found in per:
            self.per.setdefault(self.clause[found.start], found)
        in_per = {k for found in per for k in range(found.start, found.end)}
        self.indicators = self._by_sentence(  # not "населения" of "на душу населения"
            [f for f in self._phrases(words.indicators) if f.start not in in_per])
        regions = [Found(f.start, f.end, code) for f in self._phrases(words.regions)
                   for code in f.what.split()]
        self.in_figures: set[int] = set()  # the tokens of figures, once the facts are known
        self._bounds: dict[int, tuple[list[int], list[int]]] = {}  # sentence -> indicators'
        # first tokens and the tokens after them
        self.countries = self._by_sentence(self._countries(cursor.starts) + regions)
        self.country_at = {f.start: f.what for found in self.countries.values() for f in found}
        self.country_tokens = sorted(self.country_at)
        self._sentence_codes: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        # sentences of the whole world and no country: "әлем бойынша орташа инфляция 4,2%"
        self.world = {self.sentence[f.start] for f in self._phrases(words.world)
                      if not self._compared_with(f)} - set(self.countries)
        self.subject_sentences = sorted(set(self.countries) | self.world)

    def _number(self, c: Cursor, words: Words, places: dict[str, list[int]]) -> None:
        """Each token's sentence, clause, paragraph and brackets, by number from 0, from the
        ``places`` of their marks. A token starts a new sentence after a sentence's end, a new
        clause there and after a comma before a word that starts one ("…, а"), a new
        paragraph at a line break."""
        n, token_words = c.n, c.words
        starts = self._sentence_starts(places)
        after_comma = {k + 1 for k in places[","]
                       if k + 1 < n and token_words[k + 1] in words.clause_starts}
        self.sentence = _numbered(n, sorted(starts))
        self.clause = _numbered(n, sorted(starts | after_comma))
        self._line_ends = places["\n"]  # the line breaks' tokens
        self.paragraph = _numbered(n, self._line_ends)
        self.bracket = self._brackets(places)

    def _brackets(self, places: dict[str, list[int]]) -> list[int]:
        """The brackets each token stands in, by their number from 1; 0: none. Brackets end
        with their line; a bracket itself stands outside."""
        c = self.c
        syms, n = c.syms, c.n
        if not places["("]:
            return [0] * n
        out: list[int] = []
        brackets = 0
        open_: list[int] = []
        done = 0  # the tokens before this are numbered
        for i in sorted(places["("] + places[")"] + places["\n"]):
            out += [open_[-1] if open_ else 0] * (i - done)
            sym = syms[i]
            if sym == ")" and open_:
                open_.pop()
            out.append(open_[-1] if open_ else 0)
            if sym == "(":
                brackets += 1
                open_.append(brackets)
            elif sym == _PARAGRAPH_END:
                open_.clear()
            done = i + 1
        out += [open_[-1] if open_ else 0] * (n - done)
        return out

    def _compared_with(self, found: Found) -> bool:
        """A word of the whole world is the base of a comparison: "әлемдік көрсеткіштен …
        жоғары" (the ablative), "выше среднемирового"."""
        c, w = self.c, self.words
        after = c.word(found.end)
        return after.endswith(w.from_endings) or c.word(found.end - 1).endswith(
            w.from_endings) or any(c.word(k) in w.comparatives
                                   for k in range(found.start - 2, found.start))

    def _sentence_starts(self, places: dict[str, list[int]]) -> set[int]:
        """The tokens that start a sentence, but the first: those after "!", "?", ";", a line
        break, or a dot before a capital or a line break (not the dot of "тыс." in "420 тыс.
        тенге")."""
        c = self.c
        n, syms, token_starts = c.n, c.syms, c.starts
        # the input's character at an offset of the folded text (the same offset when
        # folding kept every one in place)
        first = self.text.__getitem__ if self._same_offsets else \
            (lambda at: c.original(at, at + 1))
        starts = {k + 1 for mark in _HARD_ENDS for k in places[mark]}
        for k in places["."]:
            if k + 1 < n and (syms[k + 1] == "\n" or first(token_starts[k + 1]).isupper()):
                starts.add(k + 1)
        starts.discard(n)
        return starts

    def _by_sentence(self, found: list[Found]) -> dict[int, list[Found]]:
        out: dict[int, list[Found]] = {}
        for item in found:
            out.setdefault(self.sentence[item.start], []).append(item)
        return out

    # -- what stands in the text --------------------------------------------------------

    def _phrases(self, table: dict[str, list[Phrase]]) -> list[Found]:
        """The phrases of ``table`` in the text, in order, none inside another; at each word
        the longest phrase that starts there."""
        found: list[Found] = []
        words, n = self.c.words, self.c.n
        taken = -1
        for i in self._hits:
            if i <= taken or words[i] not in table:
                continue
            for rest, what in table[words[i]]:  # type: ignore[index]
                end = i + 1
                for forms in rest:
                    if end >= n or words[end] not in forms:
                        break
                    end += 1
                else:
                    found.append(Found(i, end, what))
                    taken = end - 1
                    break
        return found

    def _countries(self, starts: tuple[int, ...]) -> list[Found]:
        """Every token that names a country: by a form of its name, or as an adjective by
        its stem ("казахстанских", "казахстанско-"). ``starts``: the tokens' offsets."""
        words, names = self.c.words, self.words.countries
        found = {i: names[words[i]] for i in self._hits  # type: ignore[index]
                 if words[i] in names}
        stems, text = self.words.country_stems, self.c.text
        for match in self.words.stem_pattern.finditer(text):
            at = match.start()
            if at and _LETTER.match(text, at - 1):
                continue  # inside a word
            i = bisect_left(starts, at)
            if i not in found:
                found[i] = stems[match.group()]
        return [Found(i, i + 1, found[i]) for i in sorted(found)]

    def _tokens(self, fact: Fact) -> tuple[int, int]:
        """The tokens of a fact: the first and the one after the last."""
        first = bisect_left(self.starts, fact.span.start)
        end = bisect_right(self.starts, fact.span.end - 1)
        return first, max(end, first + 1)

    def _list_item(self, sentence: int) -> bool:
        """The sentence is an item of a list: it starts with a dash or a bullet."""
        at = bisect_left(self.sentence, sentence)
        return at < self.c.n and self.c.sym(at, BULLETS)

    def _headings(self, figures: Container[int],
                  periods: dict[int, list[tuple[int, Period]]]
                  ) -> list[tuple[int, Period | None]]:
        """Headings, in order: lines with no figure (``figures``: the sentences that have
        some) and no final stop, each with its first dated period (``periods``: each
        sentence's, in order) or None ("Основные социальные параметры на 2026 год")."""
        c, out = self.c, []
        lo = 0
        for hi in (*self._line_ends, c.n):  # the line is lo..hi
            last = hi - 1
            while last >= lo and c.sym(last, BULLETS):
                last -= 1
            words = hi - lo - c.words[lo:hi].count(None)
            if last >= lo and 0 < words <= _HEADING_WORDS and \
                    not c.sym(last, CLAUSE_ENDS | {":", ","}) and \
                    self.sentence[lo] == self.sentence[last] and \
                    self.sentence[lo] not in figures:
                out.append((lo, next((p for _, p in periods.get(self.sentence[lo], [])
                                      if p.relation is None and p.start_date is not None),
                                     None)))
            lo = hi + 1
        return out

    def _clause_span(self, first: int) -> Span:
        clause = self.clause[first]
        lo = bisect_left(self.clause, clause)
        hi = bisect_right(self.clause, clause) - 1
        while hi > lo and self.c.sym(hi, CLAUSE_ENDS | {","}):
            hi -= 1
        return Span(self.starts[lo], self.ends[hi])


def _numbered(n: int, marks: list[int]) -> list[int]:
    """The numbers of ``n`` tokens, from 0, one more at each of ``marks`` (in order)."""
    lengths = map(sub, chain(marks, (n,)), chain((0,), marks))
    return list(chain.from_iterable(map(repeat, count(), lengths)))


def _places(syms: tuple[str | None, ...], marks: str) -> dict[str, list[int]]:
    """The tokens of each symbol of ``marks``, in order."""
    places: dict[str, list[int]] = {mark: [] for mark in marks}
    for k in compress(count(), syms):  # the symbols
        found = places.get(syms[k])  # type: ignore[arg-type]
        if found is not None:
            found.append(k)
    return places
