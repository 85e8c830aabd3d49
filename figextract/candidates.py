"""Where a figure may start, found for the whole text in one pass.

Every figure and period holds an *anchor*: a number in digits, or a word the lexicon reads as a
number, scale, month, time unit, relative word, season, weekday, Roman numeral or half-year.
Before its first anchor a figure may only have *lead* tokens, all from closed sets: qualifier
and period phrases ("более чем", "за последние", "начиная с"), a link ("на"), a currency written
before the amount ("$", "US$", "USD") and a sign. So the extractor needs to try the grammar only
at anchors and at the run of lead tokens just before each one; everything else is passed over
without a line of Python running for it.
"""

from __future__ import annotations

from itertools import chain, compress, count

from figextract.lexicon import Lexicon
from figextract.money.currencies import symbol_words, symbols
from figextract.tokens import Tokens, present

# The word readings a figure or a period can be anchored on (see ``lexicon.Lexeme``).
ANCHOR_CATS = frozenset({
    "num", "hundred", "scale", "half", "quarter", "point", "several", "multiple",
    "month", "tunit", "rel", "relword", "season", "weekday", "roman", "halfyear",
})
_SIGNS = "-+"


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


class Candidates:
    """The anchor and lead tokens of one lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.anchors = frozenset(form for form, cats in lex.cats.items() if cats & ANCHOR_CATS)
        phrase_words = {word for table in (lex.before, lex.period_before)
                        for phrases in table.values() for words, _ in phrases for word in words}
        pieces, self.lead_syms, self.start_syms = _symbol_pieces()
        self.lead_words = frozenset(phrase_words | lex.links | pieces)
        self.start_words = frozenset(
            {*lex.words, *lex.before, *lex.period_before, *symbol_words()})

    def anchors_in(self, tokens: Tokens) -> list[int]:
        """The indices of the anchor tokens, in order."""
        words = compress(count(), map(self.anchors.__contains__, tokens.words))
        nums = compress(count(), map(present, tokens.nums))
        return sorted(chain(words, nums))

    def is_lead(self, tokens: Tokens, i: int) -> bool:
        word = tokens.words[i]
        if word is not None:  # a three-letter word may be an ISO code written in capitals
            return word in self.lead_words or (len(word) == 3 and word.isascii())
        sym = tokens.syms[i]
        return sym is not None and sym in self.lead_syms

    def may_start(self, tokens: Tokens, i: int) -> bool:
        """Whether a figure may start at lead token ``i`` ("u" and "." in "u.s.$" may not)."""
        word = tokens.words[i]
        if word is not None:
            return word in self.start_words or (len(word) == 3 and word.isascii())
        sym = tokens.syms[i]
        return sym is not None and sym in self.start_syms
