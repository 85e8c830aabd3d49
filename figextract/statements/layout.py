"""Where things stand in a text, for its statements: its sentences, clauses, paragraphs and
brackets by token; the indicators, countries, words of the whole world and what a rate is
per named in each sentence; its headings.

    sentence = the tokens up to ". ! ? ; line break" (a dot before a capital)
    clause   = the tokens of a sentence between its ", а/но/ал …"
    heading  = a line of at most 12 words, no figure and no final stop
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Container
from dataclasses import dataclass

from figextract.cursor import CLAUSE_ENDS, Cursor
from figextract.facts import Fact, Period, Span
from figextract.statements.lexicon import Phrase, Words
from figextract.textnorm import Folded

_HARD_ENDS = frozenset("!?\n;")
BULLETS = frozenset("-–—•*·")
_PARAGRAPH_END = "\n"
_HEADING_WORDS = 12  # words of a heading at most


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
        bounds = cursor.bounds
        starts, ends = list(bounds[0:2 * n:2]), list(bounds[1:2 * n:2])  # folded offsets
        if folded.starts is not None and folded.ends is not None:  # to the input's
            fs, fe = folded.starts, folded.ends
            ends = [fe[e - 1] if e > s else fs[s] for s, e in zip(starts, ends, strict=True)]
            starts = [fs[s] for s in starts]
        self.starts, self.ends = starts, ends
        self.sentence = [0] * n
        self.clause = [0] * n
        self.paragraph = [0] * n
        self.bracket = [0] * n  # the brackets a token stands in, by their number; 0: none
        sentence = clause = paragraph = brackets = 0
        open_: list[int] = []
        syms, token_words = cursor.syms, cursor.words
        for i in range(n):
            sym = syms[i]
            if sym == ")" and open_:
                open_.pop()
            self.bracket[i] = open_[-1] if open_ else 0
            if sym == "(":
                brackets += 1
                open_.append(brackets)
            if i:
                before = syms[i - 1]
                if before is not None and before in CLAUSE_ENDS and self._ends_sentence(i - 1):
                    sentence += 1
                    clause += 1
                elif before == "," and token_words[i] in words.clause_starts:
                    clause += 1
            if sym == _PARAGRAPH_END:
                paragraph += 1
                open_.clear()  # brackets end with their line
            self.sentence[i], self.clause[i], self.paragraph[i] = sentence, clause, paragraph
        # what stands in each sentence, in order: every lookup stays within one sentence, so
        # that a long text is read in linear time
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
        self.countries = self._by_sentence(self._countries() + regions)
        self.country_at = {f.start: f.what for found in self.countries.values() for f in found}
        self.country_tokens = sorted(self.country_at)
        self._sentence_codes: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        # sentences of the whole world and no country: "әлем бойынша орташа инфляция 4,2%"
        self.world = {self.sentence[f.start] for f in self._phrases(words.world)
                      if not self._compared_with(f)} - set(self.countries)
        self.subject_sentences = sorted(set(self.countries) | self.world)

    def _compared_with(self, found: Found) -> bool:
        """A word of the whole world is the base of a comparison: "әлемдік көрсеткіштен …
        жоғары" (the ablative), "выше среднемирового"."""
        c, w = self.c, self.words
        after = c.word(found.end)
        return after.endswith(w.from_endings) or c.word(found.end - 1).endswith(
            w.from_endings) or any(c.word(k) in w.comparatives
                                   for k in range(found.start - 2, found.start))

    def _ends_sentence(self, k: int) -> bool:
        """Token ``k`` ends a sentence: "!", "?", ";", a line break, or a dot before a capital
        (not the dot of "тыс." in "420 тыс. тенге")."""
        c = self.c
        if c.sym(k, _HARD_ENDS):
            return True
        if not c.sym(k, "."):
            return False
        if k + 1 >= c.n:
            return True
        start = c.start(k + 1)
        return c.original(start, start + 1).isupper() or c.sym(k + 1, "\n")

    def _by_sentence(self, found: list[Found]) -> dict[int, list[Found]]:
        out: dict[int, list[Found]] = {}
        for item in found:
            out.setdefault(self.sentence[item.start], []).append(item)
        return out

    # -- what stands in the text --------------------------------------------------------

    def _phrases(self, table: dict[str, list[Phrase]]) -> list[Found]:
        found: list[Found] = []
        c = self.c
        hits = [i for i, word in enumerate(c.words) if word is not None and word in table]
        taken = -1
        for i in hits:
            if i <= taken:
                continue
            for rest, what in table[c.words[i] or ""]:
                if all(c.word(i + 1 + k) in forms for k, forms in enumerate(rest)):
                    found.append(Found(i, i + 1 + len(rest), what))
                    taken = i + len(rest)
                    break
        return found

    def _countries(self) -> list[Found]:
        c, out = self.c, []
        names, stems = self.words.countries, self.words.country_stems
        lengths = self.words.stem_lengths
        for i, word in enumerate(c.words):
            if not word:
                continue
            code = names.get(word)
            if code is None:  # an adjective by its stem: "казахстанских", "казахстанско-"
                code = next((stems[word[:n]] for n in lengths if word[:n] in stems), None)
            if code is not None:
                out.append(Found(i, i + 1, code))
        return out

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
        while lo < c.n:
            hi = lo
            while hi < c.n and not c.sym(hi, "\n"):
                hi += 1  # the line is lo..hi
            last = hi - 1
            while last >= lo and c.sym(last, BULLETS):
                last -= 1
            words = sum(1 for k in range(lo, hi) if c.words[k])
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
