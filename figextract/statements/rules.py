"""Statements from facts: for each money, percentage, count or ratio fact, the indicator in
its clause, its role and direction from the words of change around it, the period named
with it, the countries of its sentence and what a rate is per.

    clause    = the tokens between ". ! ? ; line break" and ", а/но/ал …"
    indicator = the nearest phrase of the vocabulary before the figure in its clause, else
                after it, else before it in its sentence
    role      = previous ("с X до Y", "X-тен Y-ге"), change ("на X" or "X-ке" by a word of
                change, a ratio), else level
    period    = a period of the clause, else of the sentence, else the last one of the
                paragraph stated with the same indicator
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from figextract.change.rules import direction as change_of
from figextract.cursor import CLAUSE_ENDS, Cursor
from figextract.facts import Fact, Period, Span
from figextract.statements.lexicon import Phrase, Words
from figextract.statements.model import Figure, Indicator, Statement
from figextract.textnorm import Folded

_HARD_ENDS = frozenset("!?\n;")
_SIGNS = frozenset("+-−")
_BULLETS = frozenset("-–—•*·")
_COUNT_REACH = 6  # tokens between a count and the indicator just before it
_BACK_SENTENCES = 8  # sentences back to the indicator a list or "этот показатель" names
_PARAGRAPH_END = "\n"
_CHANGE_REACH = 8  # tokens back to a word of change, within the clause
_VERB_REACH = 24  # tokens ahead to the clause's verb of change ("… 32,8%-ға, … 2 есе … артқан")
_CHANGE_AHEAD = 3  # tokens after the figure


@dataclass(slots=True)
class _Found:
    start: int  # first token
    end: int  # token after
    what: str  # the key, the ISO code or what a rate is per


class StatementReader:
    """Reads the statements of one text, given its tokens and facts."""

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
        sentence = clause = paragraph = 0
        syms, token_words = cursor.syms, cursor.words
        for i in range(n):
            sym = syms[i]
            if i:
                before = syms[i - 1]
                if before is not None and before in CLAUSE_ENDS and self._ends_sentence(i - 1):
                    sentence += 1
                    clause += 1
                elif before == "," and token_words[i] in words.clause_starts:
                    clause += 1
            if sym == _PARAGRAPH_END:
                paragraph += 1
            self.sentence[i], self.clause[i], self.paragraph[i] = sentence, clause, paragraph
        # what stands in each sentence, in order: every lookup stays within one sentence, so
        # that a long text is read in linear time
        per = self._phrases(words.per)
        self.per: dict[int, _Found] = {}  # clause -> what a rate is per, named first in it
        for found in per:
            self.per.setdefault(self.clause[found.start], found)
        in_per = {k for found in per for k in range(found.start, found.end)}
        self.indicators = self._by_sentence(  # not "населения" of "на душу населения"
            [f for f in self._phrases(words.indicators) if f.start not in in_per])
        regions = [_Found(f.start, f.end, code) for f in self._phrases(words.regions)
                   for code in f.what.split()]
        self.countries = self._by_sentence(self._countries() + regions)
        self.country_sentences = sorted(self.countries)

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

    def _by_sentence(self, found: list[_Found]) -> dict[int, list[_Found]]:
        out: dict[int, list[_Found]] = {}
        for item in found:
            out.setdefault(self.sentence[item.start], []).append(item)
        return out

    # -- what stands in the text --------------------------------------------------------

    def _phrases(self, table: dict[str, list[Phrase]]) -> list[_Found]:
        found: list[_Found] = []
        c = self.c
        hits = [i for i, word in enumerate(c.words) if word is not None and word in table]
        taken = -1
        for i in hits:
            if i <= taken:
                continue
            for rest, what in table[c.words[i] or ""]:
                if all(c.word(i + 1 + k) in forms for k, forms in enumerate(rest)):
                    found.append(_Found(i, i + 1 + len(rest), what))
                    taken = i + len(rest)
                    break
        return found

    def _countries(self) -> list[_Found]:
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
                out.append(_Found(i, i + 1, code))
        return out

    # -- reading ------------------------------------------------------------------------

    def read(self, facts: list[Fact]) -> list[Statement]:
        located = [(fact, *self._tokens(fact)) for fact in facts]  # (fact, first, end)
        periods: dict[int, list[tuple[int, Period]]] = {}  # sentence -> (first token, period)
        every: dict[int, str] = {}  # clause -> the unit of a recurrence ("жыл сайын": year)
        for p, at, _ in located:
            if not isinstance(p, Period):
                continue
            if p.when.mode == "every" and p.when.unit:
                every.setdefault(self.clause[at], p.when.unit)
            else:
                periods.setdefault(self.sentence[at], []).append((at, p))
        out: list[Statement] = []
        last_period: dict[tuple[int, str], Period] = {}  # (paragraph, key) -> period
        lead = self._lead(located)
        for fact, first, end in located:
            if isinstance(fact, Period):
                continue
            indicator = self._indicator(fact, first, end)
            period, compared = self._periods(first, periods)
            key = None if indicator is None else indicator.key
            if period is None and self._list_item(self.sentence[first]):
                period = self._period_before(self.sentence[first], periods)  # a list's item
            if period is None and key is not None:
                period = last_period.get((self.paragraph[first], key))
            elif period is not None and key is not None:
                last_period[(self.paragraph[first], key)] = period
            if period is None:
                period = lead
            role, direction = self._role(fact, first, end)
            per = self.per.get(self.clause[first])  # "520 тенге за доллар", "айына"
            rate = every.get(self.clause[first]) if per is None else per.what  # "ежегодно"
            out.append(Statement(fact, indicator, role, direction, period, compared,
                                 self._subject(first), rate, self._clause_span(first)))
        return _directed_by_values(out)

    def _lead(self, located: list[tuple[Fact, int, int]]) -> Period | None:
        """The period a text names at its head for all its figures: in a sentence with no
        figure of its own, before the first figure ("…, свидетельствуют данные за III квартал
        2025 года")."""
        with_figures = {self.sentence[first] for fact, first, _ in located
                        if not isinstance(fact, Period)}
        for fact, first, _ in located:
            if not isinstance(fact, Period):
                return None
            if fact.relation is None and fact.start_date is not None and \
                    self.sentence[first] not in with_figures:
                return fact
        return None

    def _tokens(self, fact: Fact) -> tuple[int, int]:
        """The tokens of a fact: the first and the one after the last."""
        first = bisect_left(self.starts, fact.span.start)
        end = bisect_right(self.starts, fact.span.end - 1)
        return first, max(end, first + 1)

    def _indicator(self, fact: Fact, first: int, end: int) -> Indicator | None:
        """The first indicator before the figure in its clause, else after it in its clause,
        else before it in its sentence; a count's only just before it (a count names what it
        counts); "этот показатель" and a list's items: the one named before."""
        clause, sentence = self.clause[first], self.sentence[first]
        here = self.indicators.get(sentence, [])
        before = [f for f in here if f.end <= first]
        after = [f for f in here if f.start >= end and self.clause[f.start] == clause]
        in_clause = [f for f in before if self.clause[f.start] == clause]
        # Russian: the clause's first, its subject ("Депозиты населения", "Доля экспорта в
        # ВВП"); Kazakh: the nearest, the one the verb-final clause ends on
        pick = 0 if fact.lang in self.words.subject_first else -1
        if pick == 0:  # not an entity that has the measure after it: "Компания получила
            # чистую прибыль"
            while len(in_clause) > 1 and in_clause[0].what in self.words.entity_keys:
                in_clause = in_clause[1:]
        named = [f for f in in_clause if f.what]  # "Инфляция … көрсеткіштен үш есе жоғары"
        if in_clause and not in_clause[pick].what and named:
            in_clause = named
        found = (in_clause[pick] if in_clause else after[0] if after
                 else before[-1] if before else None)
        if fact.kind == "count" and found is not None and (
                found.start >= end or first - found.end > _COUNT_REACH):
            return None
        if (found is None and self._list_item(sentence)) or (found is not None and
                                                             not found.what):
            found = self._named_before(sentence)
        if found is None:
            return None
        start, stop = self.starts[found.start], self.ends[found.end - 1]
        return Indicator(self.text[start:stop], Span(start, stop), found.what)

    def _list_item(self, sentence: int) -> bool:
        """The sentence is an item of a list: it starts with a dash or a bullet."""
        at = bisect_left(self.sentence, sentence)
        return at < self.c.n and self.c.sym(at, _BULLETS)

    def _period_before(self, sentence: int, periods: dict[int, list[tuple[int, Period]]]
                       ) -> Period | None:
        """The last period of the nearest sentence before that names one (a list's heading)."""
        for earlier in range(sentence - 1, max(sentence - _BACK_SENTENCES, -1), -1):
            named = [p for _, p in periods.get(earlier, []) if p.relation is None]
            if named:
                return named[-1]
        return None

    def _named_before(self, sentence: int) -> _Found | None:
        """The last indicator of the nearest sentence before that names one."""
        for earlier in range(sentence - 1, max(sentence - _BACK_SENTENCES, -1), -1):
            named = [f for f in self.indicators.get(earlier, []) if f.what]
            if named:
                return named[-1]
        return None

    def _periods(self, first: int, periods: dict[int, list[tuple[int, Period]]]
                 ) -> tuple[Period | None, Period | None]:
        """The period a figure is about (its clause's nearest, else its sentence's) and the
        one it is compared with."""
        here = periods.get(self.sentence[first], [])
        # the nearest before the figure, else after it: "В 2023 году … 5,1%, годом ранее — 3,2%"
        about = [(at > first, abs(at - first), at, p) for at, p in here if p.relation is None]
        in_clause = [x for x in about if self.clause[x[2]] == self.clause[first]]
        pick = min(in_clause or about, key=lambda x: x[:2], default=None)
        compared = next((p for _, p in here if p.relation == "comparison"), None)
        return (None if pick is None else pick[3]), compared

    def _role(self, fact: Figure, first: int, end: int) -> tuple[str, str | None]:
        c, w = self.c, self.words
        clause = self.clause[first]
        change = ""
        for k in range(first - 1, max(first - _CHANGE_REACH, 0) - 1, -1):
            if self.clause[k] != clause:
                break
            change = change or change_of(c, k)
        ahead = later = ""
        reached = False  # a verb of a value reached later in the clause: "… -ден … -ге жетті"
        for step, k in enumerate(self._ahead(end, clause)):
            found = change_of(c, k)
            later = later or found
            reached = reached or c.word(k) in c.lex.level_words
            if step < _CHANGE_AHEAD:
                ahead = ahead or found
        direction = change or ahead or None
        last = c.word(end - 1)
        than = w.comparatives.get(c.word(end), "")  # "на 10% больше", "в 3 раза больше"
        if fact.kind == "ratio":  # "… 2 есе … артқан", "үш есе жоғары"
            return "change", change or later or than or None
        if fact.text[:1] in _SIGNS:  # "(+7%)", "−0,3 п.п.": a change by its sign
            return "change", "up" if fact.text[0] == "+" else "down"
        if c.word(first - 1) in w.from_words and direction:
            return "previous", direction  # "вырос с 450 до 520"
        if last.endswith(w.from_endings) and (later or reached):
            return "previous", (change or later) or None  # "12,2%-дан 11,3%-ға баяулады"
        by = any(c.word(k) in w.by_words for k in range(first - 1, first + 3) if k < end - 1)
        if by and (direction or than):
            return "change", direction or than  # "вырос на 12%", "на 10% больше"
        if later and last.endswith(w.by_endings) and c.word(end) not in w.to_words:
            return "change", change or later  # "5%-ға өсті", "… 32,8%-ға, … артқан"
        return "level", direction

    def _ahead(self, end: int, clause: int) -> list[int]:
        """The tokens after a figure in its clause, past words in brackets ("32,8%-ға (1 066
        мың тоннадан …), … артқан"; "0,0% (баға өсуі тоқтаған)" says nothing of 0,0%)."""
        out: list[int] = []
        depth, k = 0, end
        while k < self.c.n and len(out) < _VERB_REACH and self.clause[k] == clause:
            if self.c.sym(k, "("):
                depth += 1
            elif self.c.sym(k, ")"):
                depth = max(depth - 1, 0)
            elif depth == 0:
                out.append(k)
            k += 1
            if k - end > 4 * _VERB_REACH:
                break  # brackets that do not close: no further
        return out

    def _subject(self, first: int) -> tuple[str, ...]:
        """The countries named in the figure's sentence, else in the nearest sentence before
        it that names any (a text about Kazakhstan's statistics names it once, at the
        start)."""
        at = bisect_right(self.country_sentences, self.sentence[first])
        if at == 0:
            return ()
        return tuple(sorted({f.what for f in self.countries[self.country_sentences[at - 1]]}))

    def _clause_span(self, first: int) -> Span:
        clause = self.clause[first]
        lo = bisect_left(self.clause, clause)
        hi = bisect_right(self.clause, clause) - 1
        while hi > lo and self.c.sym(hi, CLAUSE_ENDS | {","}):
            hi -= 1
        return Span(self.starts[lo], self.ends[hi])


def _directed_by_values(found: list[Statement]) -> list[Statement]:
    """A change told with no word of its direction ("2,2 трлн теңгеден 3,5 трлн теңгеге
    жетті"): the value it changed from and the value reached say it."""
    out = list(found)
    for k in range(len(out) - 1):
        before, after = out[k], out[k + 1]
        if before.role != "previous" or after.role != "level" or before.direction \
                or after.direction or before.figure.kind != after.figure.kind:
            continue
        low, high = before.figure.value.best, after.figure.value.best
        if low is None or high is None or low == high:
            continue
        direction = "up" if high > low else "down"
        out[k] = replace(before, direction=direction)
        out[k + 1] = replace(after, direction=direction)
    return out
