"""The cursor every rule reads the tokens through.

A ``Cursor`` holds one text's tokens (``tokens.Tokens``), the lexicon they are read with and
the language of the sentence being read. Its methods answer the questions rules ask of a token
index: which word, number or symbol stands there, whether it touches the one before, its
readings in a word category, the index past a word and its abbreviation dot, a Kazakh suffix
after a hyphen, and which phrase of a table starts there. An index outside the text is no
word, no number and no symbol, so rules need no bounds checks of their own.

It also keeps the amounts read so far (``numbers.reader.amount``), since several rules ask for
the same one; they are forgotten as reading moves on.
"""

from __future__ import annotations

from collections.abc import Callable

from figextract.lexicon import AfterTable, BeforeTable, Lexeme, Lexicon
from figextract.numbers.amount import Amount
from figextract.tokens import Tokens
from figextract.vocab import Cat, Role

_MEMO_MIN = 64  # amounts kept before the first pruning
# The symbols that end a clause for the rules that look back or ahead within one (not ":":
# "выросла: с 17,7 до 24,1 процента" is one clause).
CLAUSE_ENDS = frozenset(".!?;\n")
_DASHES = frozenset("-")


def _first(lexemes: tuple[Lexeme, ...], cats: frozenset[Cat], prefer: str) -> Lexeme | None:
    """The first reading of a word in one of ``cats``, the preferred language's first."""
    found = None
    for lexeme in lexemes:
        if lexeme.cat in cats:
            if not prefer or lexeme.lang == prefer:
                return lexeme
            if found is None:
                found = lexeme
    return found


class Cursor:
    """Reads one text's tokens with one lexicon."""

    def __init__(self, folded: str, tokens: Tokens, lex: Lexicon,
                 original: Callable[[int, int], str]) -> None:
        self.text = folded
        self.n = tokens.n
        self.words = tokens.words
        self.nums = tokens.nums
        self.syms = tokens.syms
        self.starts = tokens.starts
        self.lens = tokens.lens
        self.gaps = tokens.gaps
        self.lex = lex
        # (start, end) offsets of the folded text -> the input's characters there: a code in
        # capitals ("USD"), a minus sign ("−") that folding made a hyphen
        self.original = original
        self.prefer = ""  # the language of the sentence being read, first among readings
        # Amounts read so far in that language, by token. Pruned as reading moves on, so that
        # they do not pile up for the whole text (and the garbage collector does not walk them
        # again and again).
        self.amounts: dict[int, Amount | None] = {}
        self._prune_at = _MEMO_MIN
        # Where a negation read before a bound still holds: the token after "и" in "не может
        # быть менее 5 % и более 95 %" (the figure rule turns "более" around there).
        self.negated_at = -1

    def read_from(self, i: int, lang: str) -> None:
        """Read from token ``i`` on as language ``lang`` (its readings of a word come first);
        amounts before token ``i`` are not kept."""
        if lang != self.prefer:
            self.prefer = lang
            self.amounts.clear()
        elif len(self.amounts) > self._prune_at:
            self.amounts = {k: found for k, found in self.amounts.items() if k >= i}
            self._prune_at = 2 * len(self.amounts) + _MEMO_MIN

    # -- what stands at an index ---------------------------------------------------------

    def start(self, i: int) -> int:
        """Token ``i``'s first offset in the folded text."""
        return self.starts[i]

    def end(self, i: int) -> int:
        """Token ``i``'s end offset in the folded text."""
        return self.starts[i] + self.lens[i]

    def word(self, i: int) -> str:
        """Token ``i`` if it is a word, else ""."""
        return (self.words[i] or "") if 0 <= i < self.n else ""

    def num(self, i: int) -> str:
        """Token ``i`` if it is a number in digits, else ""."""
        return (self.nums[i] or "") if 0 <= i < self.n else ""

    def sym(self, i: int, chars: frozenset[str] | str) -> bool:
        """Token ``i`` is a symbol among ``chars``."""
        if not 0 <= i < self.n:
            return False
        sym = self.syms[i]
        return sym is not None and sym in chars

    def adjacent(self, i: int) -> bool:
        """Token ``i`` touches token ``i - 1`` (no space between). A line break touches
        nothing: a line starts and ends as the text does."""
        return (0 < i < self.n and not self.gaps[i]
                and self.syms[i - 1] != "\n" and self.syms[i] != "\n")

    # -- readings ------------------------------------------------------------------------

    def lookup(self, i: int, cats: frozenset[Cat]) -> Lexeme | None:
        """Word ``i``'s first reading in one of ``cats``, the sentence's language first."""
        if not 0 <= i < self.n:
            return None
        lexemes = self.lex.words.get(self.words[i])  # type: ignore[arg-type]
        if lexemes is None:
            return None
        if len(lexemes) == 1:  # most words have one reading
            return lexemes[0] if lexemes[0].cat in cats else None
        return _first(lexemes, cats, self.prefer)

    def readings(self, word: str) -> tuple[Lexeme, ...]:
        """Every reading of ``word``, the sentence's language first."""
        lexemes = self.lex.lookup(word)
        if len(lexemes) > 1:
            lexemes = tuple(sorted(lexemes, key=lambda x: x.lang != self.prefer))
        return lexemes

    # -- moving past ---------------------------------------------------------------------

    def dot(self, i: int) -> int:
        """Past an abbreviation's dot at token ``i`` (touching the word before), if any."""
        return i + 1 if self.sym(i, ".") and self.adjacent(i) else i

    def past(self, i: int, lexeme: Lexeme) -> int:
        """The index after word ``i`` read as ``lexeme``, and after its dot if an abbreviation."""
        return self.dot(i + 1) if lexeme.abbrev else i + 1

    def hyphen_suffix(self, i: int) -> tuple[int, str]:
        """A Kazakh suffix written after a hyphen or glued on at token ``i``: "100-ден",
        "%-ға", "2025нші"; the index after it and its tag ("" and ``i`` if none)."""
        suffixes = self.lex.hyphen_suffixes
        if (self.sym(i, _DASHES) and self.adjacent(i) and self.adjacent(i + 1)
                and self.word(i + 1) in suffixes):
            return i + 2, suffixes[self.word(i + 1)]
        if self.adjacent(i) and self.word(i) in suffixes:
            return i + 1, suffixes[self.word(i)]
        return i, ""

    # -- phrases -------------------------------------------------------------------------

    def rest_of(self, i: int, words: tuple[str, ...]) -> bool:
        """Tokens ``i + 1`` … read the words of a phrase after its first (matched already)."""
        for k in range(1, len(words)):
            if self.word(i + k) != words[k]:
                return False
        return True

    def phrase_before(self, table: BeforeTable, i: int) -> tuple[Role, int] | None:
        """The role of the phrase of ``table`` at token ``i`` and the index after it."""
        for words, role in table.get(self.word(i), ()):
            if self.rest_of(i, words):
                return role, i + len(words)
        return None

    def phrase_after(self, table: AfterTable, i: int, tag: str) -> tuple[Role, int] | None:
        """As ``phrase_before``, for a phrase that follows a word in case ``tag``."""
        for words, role, case in table.get(self.word(i), ()):
            if (not case or case == tag) and self.rest_of(i, words):
                return role, i + len(words)
        return None
