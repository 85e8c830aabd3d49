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

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from figextract.change.rules import direction as change_of
from figextract.facts import Count, Fact, Period, Span
from figextract.statements.layout import BULLETS, Found, Layout
from figextract.statements.model import Figure, Indicator, Statement

_SIGNS = frozenset("+-−")
_COUNT_REACH = 6  # tokens between a count and the indicator just before it
_BACK_SENTENCES = 8  # sentences back to the indicator a list or "этот показатель" names
_CHANGE_REACH = 8  # tokens back to a word of change, within the clause
_VERB_REACH = 24  # tokens ahead to the clause's verb of change ("… 32,8%-ға, … 2 есе … артқан")
_CHANGE_AHEAD = 3  # tokens after the figure
_NEAR = 8  # periods either side of a figure that may be its own
_OWN_GAP = 2  # tokens between a figure and the period that is its own ("12,3% в декабре")
_BACK_SUBJECTS = 40  # sentences that name countries, back to the figure's subject
_LIST = 3  # countries of a list


@dataclass(slots=True)
class _Periods:
    """The periods of a sentence."""

    own: dict[int, Period] = field(default_factory=dict)  # figure's first token -> its own
    free: list[Period] = field(default_factory=list)  # the others, in order
    free_at: list[int] = field(default_factory=list)  # their first tokens
    compared: Period | None = None  # the first of comparison


class StatementReader(Layout):
    """Reads the statements of one text, given its tokens and facts."""

    # -- reading ------------------------------------------------------------------------

    def read(self, facts: list[Fact], ref: dt.date | None = None) -> list[Statement]:
        """The statements of ``facts``, the facts of this text read on ``ref``."""
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
        figures: dict[int, list[tuple[int, int]]] = {}  # sentence -> (first, end) of figures
        for fact, first, end in located:
            if not isinstance(fact, Period):
                figures.setdefault(self.sentence[first], []).append((first, end))
        out: list[Statement] = []
        last_period: dict[tuple[int, str], Period] = {}  # (paragraph, key) -> period
        lead = self._lead(located, ref, figures)
        headings = self._headings(figures, periods)
        self.in_figures = {k for fact, first, end in located if not isinstance(fact, Period)
                           for k in range(first, end)}
        pairs = self._pairs(figures)
        paired = set(pairs.values())
        listed: dict[str, Indicator] = {}  # kind -> the last indicator of a list's pair
        by_sentence: dict[int, _Periods] = {}
        for fact, first, end in located:
            if isinstance(fact, Period):
                continue
            indicator = self._indicator(fact, first, end)
            if first in pairs:  # "Лидером по объёмам сотрудничества стал Казахстан - 30,1
                # млрд … На втором месте Узбекистан - 18 миллиардов"
                if indicator is None:
                    indicator = listed.get(fact.kind)
                else:
                    listed[fact.kind] = indicator
            sentence = self.sentence[first]
            if sentence not in by_sentence:
                by_sentence[sentence] = self._sentence_periods(
                    periods.get(sentence, []), figures[sentence])
            period, compared = self._periods(first, end, by_sentence[sentence])
            key = None if indicator is None else indicator.key
            if period is None and self._list_item(sentence):
                period = self._period_before(sentence, periods)  # a list's item
            if period is None and self.c.word(bisect_left(self.sentence, sentence)) in \
                    self.words.this:  # "Бұл … 13 пайыз көп": the sentence before's
                period = next((p for _, p in reversed(periods.get(sentence - 1, []))
                               if p.relation is None), None)
            if period is None and key is not None:
                period = last_period.get((self.paragraph[first], key))
            elif period is not None and key is not None:
                last_period[(self.paragraph[first], key)] = period
            if period is None:  # a heading's ("Основные параметры на 2026 год"), the head's
                at = bisect_right(headings, (first,)) - 1
                period = headings[at][1] if at >= 0 else None
                period = lead if period is None else period
            role, direction = self._role(fact, first, end)
            per = self.per.get(self.clause[first])  # "520 тенге за доллар", "айына"
            rate = every.get(self.clause[first]) if per is None else per.what  # "ежегодно"
            out.append(Statement(fact, indicator, role, direction, period, compared,
                                 self._subject(first, pairs.get(first), paired, figures),
                                 rate, self._clause_span(first)))
        return _directed_by_values(out)

    def _lead(self, located: list[tuple[Fact, int, int]], ref: dt.date | None,
              figures: dict[int, list[tuple[int, int]]]) -> Period | None:
        """The period a text names at its head for all its figures: in a sentence with no
        figure of its own, before the first figure ("…, свидетельствуют данные за III квартал
        2025 года"); not one over before last year, a piece of history ("Дипломатические
        отношения … были установлены в 1992 году")."""
        for fact, first, _ in located:
            if not isinstance(fact, Period):
                return None
            history = ref is not None and fact.end_date is not None and \
                fact.end_date.year < ref.year - 1
            if fact.relation is None and fact.start_date is not None and not history and \
                    self.sentence[first] not in figures:
                return fact
        return None

    def _indicator(self, fact: Fact, first: int, end: int) -> Indicator | None:
        """The first indicator before the figure in its clause, else after it in its clause,
        else before it in its sentence; a count's only just before it (a count names what it
        counts); "этот показатель" and a list's items: the one named before."""
        clause, sentence = self.clause[first], self.sentence[first]
        bracket = self.bracket[first]
        here = self.indicators.get(sentence, [])
        starts, ends = self._indicator_bounds(sentence)
        b = bisect_right(ends, first)  # here[:b] end before the figure
        a = bisect_left(starts, end)  # here[a:] start after it
        c0 = max(bisect_left(starts, bisect_left(self.clause, clause)), 0)  # the clause's
        # Russian: the clause's first, its subject ("Депозиты населения", "Доля экспорта в
        # ВВП"); Kazakh: the nearest, the one the verb-final clause ends on
        pick = 0 if fact.lang in self.words.subject_first else -1
        window = (range(c0, min(b, c0 + _NEAR)) if pick == 0
                  else range(max(c0, b - _NEAR), b))
        in_clause = [here[k] for k in window if self._usable(here[k], bracket)]
        before = [here[k] for k in range(max(b - _NEAR, 0), b) if self._usable(here[k], bracket)]
        after = [here[k] for k in range(a, min(a + _NEAR, len(here)))
                 if self.clause[here[k].start] == clause and self._usable(here[k], bracket)]
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
                found.start >= end or first - found.end > _COUNT_REACH
                or (found.what in self.words.entity_keys and isinstance(fact, Count)
                    and fact.noun in fact.text)):
            return None  # "Реализация этих проектов предполагает создание 24 тысяч мест"
        if (found is None and self._list_item(sentence)) or (found is not None and
                                                             not found.what):
            found = self._named_before(sentence)
        if found is None:
            return None
        start, stop = self.starts[found.start], self.ends[found.end - 1]
        return Indicator(self.text[start:stop], Span(start, stop), found.what)

    def _usable(self, found: Found, bracket: int) -> bool:
        """Not in brackets the figure stands outside of ("0,0% (баға өсуі тоқтаған)"), nor
        the noun of another figure ("около 24 тысяч новых рабочих мест")."""
        return self.bracket[found.start] in (0, bracket) and found.start not in self.in_figures

    def _indicator_bounds(self, sentence: int) -> tuple[list[int], list[int]]:
        """The first tokens of a sentence's indicators and the tokens after them."""
        bounds = self._bounds.get(sentence)
        if bounds is None:
            here = self.indicators.get(sentence, [])
            bounds = self._bounds[sentence] = ([f.start for f in here], [f.end for f in here])
        return bounds

    def _period_before(self, sentence: int, periods: dict[int, list[tuple[int, Period]]]
                       ) -> Period | None:
        """The last period of a list's heading: the nearest sentence before that is not an
        item of the list."""
        for earlier in range(sentence - 1, max(sentence - _BACK_SENTENCES, -1), -1):
            if not self._list_item(earlier):
                return next((p for _, p in reversed(periods.get(earlier, []))
                             if p.relation is None and p.when.mode != "duration"), None)
        return None

    def _named_before(self, sentence: int) -> Found | None:
        """The last indicator of the nearest sentence before that names one."""
        for earlier in range(sentence - 1, max(sentence - _BACK_SENTENCES, -1), -1):
            named = [f for f in self.indicators.get(earlier, []) if f.what]
            if named:
                return named[-1]
        return None

    def _periods(self, first: int, end: int, here: _Periods
                 ) -> tuple[Period | None, Period | None]:
        """The period a figure is about and the one it is compared with. Its own, right after
        it ("… до 24,1 процента в 2024-м"), else its clause's nearest, before it, then after
        it, else its sentence's; not one in brackets it stands outside of, nor one right after
        another figure ("12,2% против 12,3% в декабре")."""
        own = here.own.get(first)
        if own is not None:
            return own, here.compared
        bracket, clause = self.bracket[first], self.clause[first]
        at = bisect_left(here.free_at, first)
        before = [k for k in range(at - 1, max(at - _NEAR, 0) - 1, -1)
                  if self.bracket[here.free_at[k]] in (0, bracket)]
        after = [k for k in range(at, min(at + _NEAR, len(here.free_at)))
                 if self.bracket[here.free_at[k]] in (0, bracket)]
        # "В 2023 году … 5,1%, годом ранее — 3,2%"
        in_clause = [k for k in before + after if self.clause[here.free_at[k]] == clause]
        pick = next(iter(in_clause or before or after), None)
        return (None if pick is None else here.free[pick]), here.compared

    def _sentence_periods(self, periods: list[tuple[int, Period]],
                          figures: list[tuple[int, int]]) -> _Periods:
        """A sentence's periods: each figure's own, the others, the one compared with."""
        out = _Periods()
        firsts = [first for first, _ in figures]
        for at, p in periods:
            if p.relation == "comparison":
                out.compared = out.compared or p
            if p.relation is not None:
                continue
            k = bisect_left(firsts, at) - 1  # the figure before the period
            if k >= 0 and self._owns(*figures[k], at):
                out.own.setdefault(figures[k][0], p)
            else:
                out.free.append(p)
                out.free_at.append(at)
        return out

    def _owns(self, first: int, end: int, at: int) -> bool:
        """A period stands right after a figure, with no comma between: "12,3% в декабре",
        "3 932 тенге в 2025 году", "(в 2025 году — 62 771 тенге)"."""
        return end <= at <= end + _OWN_GAP and self.bracket[at] == self.bracket[first] and \
            not any(self.c.sym(k, ",();") for k in range(end, at))

    def _role(self, fact: Figure, first: int, end: int) -> tuple[str, str | None]:
        c, w = self.c, self.words
        clause = self.clause[first]
        change = ""
        comma = False  # a comma between the word of change and the figure
        reached_before = False  # a verb of a value reached after that comma: ", достигнув"
        for k in range(first - 1, max(first - _CHANGE_REACH, 0) - 1, -1):
            if self.clause[k] != clause:
                break
            if not change:
                reached_before = reached_before or (
                    not comma and c.word(k) in c.lex.level_words)
                comma = comma or c.sym(k, ",")
            change = change or change_of(c, k)
        ahead = later = ""
        reached = False  # a verb of a value reached later in the clause: "… -ден … -ге жетті"
        for step, k in enumerate(self._ahead(end, clause)):
            found = change_of(c, k)
            later = later or found
            reached = reached or c.word(k) in c.lex.level_words
            if step < _CHANGE_AHEAD:
                ahead = ahead or found
        if comma and not (reached or reached_before):
            change = ""  # "17 пайыз өсіп, … 1,7 млн турист келеді": another predicate's
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
        next_word = change_of(c, end) or than
        if next_word and fact.lang in w.bare_change and last not in w.to_words and (
                last.endswith(w.by_endings) or fact.kind == "percentage"):
            return "change", next_word  # "11,1%-ға жоғары", "13 пайыз көп", "17 пайыз өсіп"
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

    def _pairs(self, figures: dict[int, list[tuple[int, int]]]) -> dict[int, int]:
        """A list's pairs of country and figure, by the figure's first token: "Өзбекстанға —
        32,8%-ға, Қырғызстанға — 2 есе", "Узбекистан - 18 миллиардов (27 процентов)"; a figure
        right after a paired one, with no country between, is of its pair ("Казахстан -
        30,1 миллиарда долларов, или почти 46 процентов")."""
        out: dict[int, int] = {}  # figure's first token -> the country's token
        for found in figures.values():
            last: int | None = None  # the pair's country token of the figure before
            for first, _ in found:
                k = first - 1
                if self.c.sym(k, BULLETS) and k - 1 in self.country_at:
                    last = k - 1
                elif last is not None and self._country_between(last, first):
                    last = None
                if last is not None:
                    out[first] = last
        return out

    def _country_between(self, after: int, before: int) -> bool:
        at = bisect_right(self.country_tokens, after)
        return at < len(self.country_tokens) and self.country_tokens[at] < before

    def _subject(self, first: int, pair: int | None, paired: set[int],
                 figures: dict[int, list[tuple[int, int]]]) -> tuple[str, ...]:
        """The countries named in the figure's sentence, else in the nearest sentence before
        it that names any (a text about Kazakhstan's statistics names it once, at the
        start); a pair's country with the sentence's others, else those before ("Астық
        экспорты Өзбекстанға — 32,8%-ға": KZ and UZ), but in a list's item; none for a
        sentence of the whole world."""
        sentence = self.sentence[first]
        named, own = self._codes(sentence, paired)
        if pair is None:
            return named or self._subject_before(sentence, paired, figures)
        if not own and not self._list_item(sentence):
            own = self._subject_before(sentence - 1, paired, figures)
        return tuple(sorted({*own, self.country_at[pair]}))

    def _codes(self, sentence: int, paired: set[int]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The countries a sentence names, and those not of a list's pairs, sorted."""
        codes = self._sentence_codes.get(sentence)
        if codes is None:
            named = self.countries.get(sentence, [])
            codes = self._sentence_codes[sentence] = (
                tuple(sorted({f.what for f in named})),
                tuple(sorted({f.what for f in named if f.start not in paired})))
        return codes

    def _subject_before(self, sentence: int, paired: set[int],
                        figures: dict[int, list[tuple[int, int]]]) -> tuple[str, ...]:
        """The countries of the nearest sentence up to ``sentence`` that names some, past
        those of a list's pairs and the lists of countries with no figure ("… бестігіне
        Ресей, Қытай, Түркия, Германия және АҚШ кіреді")."""
        at = bisect_right(self.subject_sentences, sentence)
        for k in range(at - 1, max(at - _BACK_SUBJECTS, 0) - 1, -1):
            earlier = self.subject_sentences[k]
            if earlier in self.world:
                return ()
            codes = self._codes(earlier, paired)[1]
            if codes and (len(codes) < _LIST or earlier in figures):
                return codes
        return ()

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
