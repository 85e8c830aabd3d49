"""Where a figure may start, found for the whole text in one pass.

Every figure and period holds a *head*, a token it cannot do without: a number in digits, a
scale word ("млрд"), a unit (a currency word, code or symbol, "%", "процент", a counted noun)
or a calendar word (a month, a time unit, "сегодня", "летом", "в среду", "полгода"). Before its
first head a figure may only have *lead* tokens: number words ("двадцать", "жиырма",
"первом"), qualifiers and period phrases ("более чем", "за последние"), range words,
"этом"/"өткен" before a time unit, Roman numerals, a currency's modifier ("норвежских",
"АҚШ"), the adjectives of a count ("итальянских") and signs. So the extractor tries the rules
only at heads and at the run of lead tokens just before each one; everything else is passed
over without a line of Python running for it.

Nothing here lists words: the sets come from the declarations of the word categories
(``vocab.CATEGORIES``) and of the lexicon's word tables (``lexicon.Lexicon``), so a word or
phrase added to the data is reached without a second list to keep in step.
``tests/test_candidates.py`` checks on random text that this finds exactly what trying every
token finds, and that every declared phrase is reached.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import chain, compress, count

from figextract.lexicon import Lexicon, declared, opening_words, words_starting
from figextract.money.currencies import may_be_code, symbols
from figextract.numbers.reader import NUMBER_CATS
from figextract.tokens import Tokens
from figextract.vocab import CATEGORIES

_SIGNS = "-+"
# Words whose answer to ``is_lead`` or ``is_read`` is kept: a word's endings and roots are
# tried once (101 roots cost 0.6 µs a word), the answer looked up after. Forgotten past this
# many.
_KEPT_WORDS = 1 << 16
# Categories whose words only ever stand inside a figure, after its amount.
_INNER_CATS = frozenset(cat for cat, start in CATEGORIES.items() if start == "inner")
# The lexicon's tables of every form (its readings, its categories), not tables of words.
_FORMS = frozenset({"words", "cats"})


class Candidates:
    """The head and lead tokens of one lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        piece_chars, first_chars = _symbol_chars()
        self.head_words = frozenset(words_starting(lex, "head"))
        self.head_syms = frozenset({"%"} | (first_chars - set(_SIGNS)))
        # Each head symbol is a token of its own wherever it stands (no letter, digit or
        # space): found in the text, it is found at C speed, not asked of every token.
        if any(Tokens(sym).syms != (sym,) for sym in self.head_syms):
            raise ValueError(f"a head symbol is no token of its own: {sorted(self.head_syms)}")
        self._head_sym_chars = re.compile(f"[{re.escape(''.join(sorted(self.head_syms)))}]")
        self.lead_words = frozenset(words_starting(lex, "lead"))
        self.adjective_endings = lex.adjective_endings
        self.modifier_roots = tuple(sorted(
            {root for found in lex.modifiers.values() for root, side, _ in found if side == "pre"}))
        self.lead_syms = piece_chars | lex.qualifier_breaks | lex.open_quotes
        self.start_syms = first_chars | lex.open_quotes  # "«23» апреля"
        # A word with no reading but inner ones cannot start a figure ("компаний", "%").
        inner_only = {form for form, cats in lex.cats.items() if cats <= _INNER_CATS}
        self.start_words = frozenset((set(lex.words) - inner_only) | opening_words(lex))
        # Every word a rule reads by its letters: a form or a word of a table (the letters of
        # a symbol, "us" of "US$", among them); codes, adjectives and modifiers are read by
        # their shape.
        table_words = set().union(*(words for name, *_, words in declared(lex)
                                    if name not in _FORMS))
        self.read_words = frozenset(set(lex.words) | table_words)
        # Words read only in amounts ("екі", "мың", "двадцать"): no other reading, no table.
        self.amount_words = frozenset(form for form, cats in lex.cats.items()
                                      if cats <= NUMBER_CATS and form not in table_words)
        self._leads: dict[str, bool] = {}
        self._read: dict[str, bool] = {}

    def heads_in(self, tokens: Tokens) -> list[int]:
        """The indices of the head tokens, in order."""
        words = compress(count(), map(self.head_words.__contains__, tokens.words))
        nums = compress(count(), tokens.nums)  # every number is a head ("" is no token)
        # a symbol at offset x is the token whose start, ``starts[i]``, is x
        starts = tokens.starts
        syms = [bisect_left(starts, found.start())
                for found in self._head_sym_chars.finditer(tokens.text)]
        return sorted(chain(words, nums, syms))

    def is_lead(self, tokens: Tokens, i: int) -> bool:
        word = tokens.words[i]
        if word is not None:
            return _kept(self._leads, word, self.lead_words, self._by_shape)
        sym = tokens.syms[i]
        return sym is not None and sym in self.lead_syms

    def is_read(self, word: str) -> bool:
        """Whether some rule reads ``word``. A number followed by a word none reads starts
        no figure or period (``reader.TextReader.stands_alone``)."""
        return _kept(self._read, word, self.read_words, self._by_shape)

    def _by_shape(self, word: str) -> bool:
        """A code ("usd"), an adjective by its ending, a currency's modifier by its root."""
        return (may_be_code(word) or word.endswith(self.adjective_endings)
                or word.startswith(self.modifier_roots))

    def may_start(self, tokens: Tokens, i: int) -> bool:
        """Whether a figure may start at token ``i``: not at "u" and "." in "u.s.$", nor at
        "%" or "компаний"."""
        word = tokens.words[i]
        if word is not None:
            return word in self.start_words or may_be_code(word)
        sym = tokens.syms[i]
        return sym is None or sym in self.start_syms  # a number, or a symbol's start

    def first_try(self, tokens: Tokens, head: int, floor: int) -> int:
        """The first token the rules are tried at for the head at ``head``: the start of the
        run of leads before it, not before ``floor``."""
        first = head
        while first > floor and self.is_lead(tokens, first - 1):
            first -= 1
        return first


def _kept(answers: dict[str, bool], word: str, words: frozenset[str],
          by_shape: Callable[[str], bool]) -> bool:
    """Whether ``word`` is among ``words`` or ``by_shape`` says yes, the answer kept in
    ``answers``."""
    answer = answers.get(word)
    if answer is None:
        if len(answers) >= _KEPT_WORDS:
            answers.clear()
        answer = answers[word] = word in words or by_shape(word)
    return answer


def _symbol_chars() -> tuple[frozenset[str], frozenset[str]]:
    """The symbol characters currency symbols are written with ("u.s.$"), and the characters
    that may start a figure (a symbol's first, a sign)."""
    chars: set[str] = set(_SIGNS)
    starts: set[str] = set(_SIGNS)
    for symbol in symbols():
        tokens = Tokens(symbol)
        chars.update(c for c in tokens.syms if c is not None)
        if tokens.syms and tokens.syms[0] is not None:
            starts.add(tokens.syms[0])
    return frozenset(chars), frozenset(starts)
