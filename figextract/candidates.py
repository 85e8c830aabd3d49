"""Where a figure may start, found for the whole text in one pass.

Every figure and period holds a *head*, a token it cannot do without: a number in digits, a
scale word ("млрд"), a unit (a currency word, code or symbol, "%", "процент", a counted noun)
or a calendar word (a month, a time unit, "сегодня", "летом", "в среду", "полгода"). Before its
first head a figure may only have *lead* tokens, drawn from closed sets or told by their
endings: number words ("двадцать", "жиырма", "первом"), qualifiers and period phrases ("более
чем", "за последние"), range words, "этом"/"өткен" before a time unit, Roman numerals, a
currency's modifier ("норвежских", "АҚШ"), the adjectives of a count ("итальянских") and
signs. So the extractor tries the grammar only at heads and at the run of lead tokens just
before each one; everything else is passed over without a line of Python running for it.

The head and lead sets are derived from the lexicon, by the categories of its readings; the
test ``tests/test_candidates.py`` checks on random text that trying every token finds exactly
the same facts.
"""

from __future__ import annotations

from itertools import chain, compress, count

from figextract.lexicon import Lexicon
from figextract.money.currencies import may_be_code, symbol_words, symbols, written_codes
from figextract.percentage.ru import POINT_ABBREVIATIONS
from figextract.tokens import Tokens

# Readings a figure or period is headed by (see ``lexicon.Lexeme``).
HEAD_CATS = frozenset({
    "scale", "cur", "minor", "pct", "pct_adj", "pp", "noun",
    "month", "tunit", "relword", "season", "weekday", "halfyear",
})
# Readings that only ever stand before a head: numbers in words, "этом" before "году", "II"
# before "квартал".
LEAD_CATS = frozenset({
    "num", "hundred", "half", "quarter", "point", "denom", "several", "multiple",
    "rel", "roman",
})
# Readings that only ever stand inside a figure, after its amount: a word with no other
# reading cannot start one ("компаний", "долларов", "процентов"), so it is not tried there.
INNER_CATS = frozenset({"noun", "cur", "minor", "pct", "pct_adj", "pp"})
_SIGNS = "-+"


class Candidates:
    """The head and lead tokens of one lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        pieces, piece_chars, first_chars = _symbol_pieces()
        starts_of_symbols = symbol_words()
        percent_points = {w for a in POINT_ABBREVIATIONS for w in Tokens(a).words if w}  # "пп"
        self.head_words = frozenset(
            {form for form, cats in lex.cats.items() if cats & HEAD_CATS}
            | set(lex.compound_nouns) | set(lex.adjective_units) | starts_of_symbols
            | {code.lower() for code in written_codes()} | percent_points)
        self.head_syms = frozenset({"%"} | (first_chars - set(_SIGNS)))
        phrase_words = {word for table in (lex.before, lex.period_before)
                        for phrases in table.values() for words, _ in phrases for word in words}
        inner_words = {word for phrases in lex.after.values() for words, _, _ in phrases
                       for word in words}  # "жүзден астам доллар"
        self.lead_words = frozenset(
            {form for form, cats in lex.cats.items() if cats & LEAD_CATS}
            | phrase_words | inner_words | lex.links | pieces | lex.range_to | lex.range_and
            | lex.range_with | lex.adjectives | lex.adjective_links | set(lex.pre_modifiers)
            | {"половиной"})
        self.adjective_endings = lex.adjective_endings
        self.modifier_roots = tuple(sorted(
            {root for found in lex.modifiers.values() for root, side, _ in found if side == "pre"}))
        self.lead_syms = piece_chars
        self.start_syms = first_chars
        inner_only = {form for form, cats in lex.cats.items() if cats <= INNER_CATS}
        self.start_words = frozenset(
            (set(lex.words) - inner_only) | set(lex.before) | set(lex.period_before)
            | starts_of_symbols)

    def heads_in(self, tokens: Tokens) -> list[int]:
        """The indices of the head tokens, in order."""
        words = compress(count(), map(self.head_words.__contains__, tokens.words))
        nums = compress(count(), tokens.nums)  # every number is a head ("" is no token)
        syms = compress(count(), map(self.head_syms.__contains__, tokens.syms))
        return sorted(chain(words, nums, syms))

    def is_lead(self, tokens: Tokens, i: int) -> bool:
        word = tokens.words[i]
        if word is not None:
            return (word in self.lead_words or may_be_code(word)
                    or word.endswith(self.adjective_endings)
                    or word.startswith(self.modifier_roots))
        sym = tokens.syms[i]
        return sym is not None and sym in self.lead_syms

    def may_start(self, tokens: Tokens, i: int) -> bool:
        """Whether a figure may start at token ``i``: not at "u" and "." in "u.s.$", nor at
        "%" or "компаний"."""
        word = tokens.words[i]
        if word is not None:
            return word in self.start_words or may_be_code(word)
        sym = tokens.syms[i]
        return sym is None or sym in self.start_syms  # a number, or a symbol's start


def _symbol_pieces() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words and the symbol characters currency symbols are written with ("u.s.$"), and
    the characters that may start a figure (a symbol's first, a sign)."""
    words: set[str] = set()
    chars: set[str] = set(_SIGNS)
    starts: set[str] = set(_SIGNS)
    for symbol in symbols():
        tokens = Tokens(symbol)
        words.update(w for w in tokens.words if w is not None)
        chars.update(c for c in tokens.syms if c is not None)
        if tokens.syms and tokens.syms[0] is not None:
            starts.add(tokens.syms[0])
    return frozenset(words), frozenset(chars), frozenset(starts)
