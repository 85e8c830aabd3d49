"""The tokens of folded text: numbers in digits, words and single symbols.

One split cuts the whole text at C speed into ``[gap, word, number, symbol, gap, …]``: a token
is whichever of the three groups matched, so the kinds come as three parallel lists with
``None`` where a token is of another kind, and no Python code runs per token. Gaps are runs of
spaces; a line break is a token of its own, so that no figure reads across it (tables,
tickers). A token's start is the running sum of the lengths before it; its end is its start
plus its length, added only when asked for, and it touches the token before when the gap
between them is empty.

A word is a run of letters (``str.isalpha``, and the letter-like numerals such as "Ⅻ"): the
characters ``[^\\W\\d_]`` matches. That class asks Unicode's tables several questions of every
character; the same characters of the Basic Multilingual Plane, listed as ranges, are one
look-up in a bitmap, and the split runs about a quarter faster. The list is made once, from the
class itself, by the running Python's own Unicode tables. A text with a character beyond that
plane (its UTF-16 form is longer than two bytes a character) is split with the class itself.
Folded text has no combining marks left to split a word. The standard library's ``re`` splits
about half as fast again as ``regex`` here, and this pattern needs nothing ``regex`` alone has.
The gaps are taken out of the pieces first, so that ``filter(None, …)`` leaves exactly the tokens
(no token is empty) at C speed; one running sum over the tokens then makes their starts: half
the sums (and half the ``int`` objects) of a sum over starts and ends, 15% faster.
"""

from __future__ import annotations

import re
import sys
from array import array
from functools import cache
from itertools import accumulate, chain
from operator import add
from typing import Any

from figextract.numbers.digits import PATTERN as DIGITS

_LETTER = r"[^\W\d_]"
_SPLIT = re.compile(rf"({_LETTER}+)|({DIGITS})|(\S|\n)", re.VERBOSE)
_UTF16 = "utf-16-le" if sys.byteorder == "little" else "utf-16-be"


@cache
def _bmp_split() -> re.Pattern[str]:
    """``_SPLIT`` with its letters as ranges of the Basic Multilingual Plane's code points."""
    # Every code point below 0x10000, surrogates included (the class matches none of them).
    plane = array("I", range(0x10000)).tobytes().decode(
        "utf-32-le" if sys.byteorder == "little" else "utf-32-be", "surrogatepass")
    ranges = "".join(rf"\u{m.start():04x}-\u{m.end() - 1:04x}"
                     for m in re.finditer(rf"{_LETTER}+", plane))
    return re.compile(rf"([{ranges}]+)|({DIGITS})|(\S|\n)", re.VERBOSE)


def _split(folded: str) -> list[str | Any]:  # None where a group did not match
    if len(folded.encode(_UTF16, "surrogatepass")) == 2 * len(folded):
        return _bmp_split().split(folded)  # no character beyond the plane
    return _SPLIT.split(folded)


class Tokens:
    """``nums[i]``, ``words[i]``, ``syms[i]``: token ``i``'s text in the list of its kind (the
    other two hold ``None``); ``starts[i]``: its first offset, ``lens[i]``: its length;
    ``gaps[i]``: the spaces before it (``gaps[n]``: after the last, and ``starts[n]`` the
    text's length); ``text``: the folded text they were cut from."""

    __slots__ = ("gaps", "lens", "n", "nums", "starts", "syms", "text", "words")

    def __init__(self, folded: str) -> None:
        # Tuples of strings and ints: the garbage collector stops tracking them after one look,
        # where lists would be walked again by every full collection (quadratic on huge texts).
        self.text = folded
        parts = _split(folded)
        self.words: tuple[str | None, ...] = tuple(parts[1::4])
        self.nums: tuple[str | None, ...] = tuple(parts[2::4])
        self.syms: tuple[str | None, ...] = tuple(parts[3::4])
        self.gaps: tuple[int, ...] = tuple(map(len, parts[0::4]))
        del parts[0::4]  # the tokens and the None of the kinds they are not
        self.lens: tuple[int, ...] = tuple(map(len, filter(None, parts)))
        # each start: the one before, that token's length and the gap between
        self.starts: tuple[int, ...] = tuple(accumulate(map(add, chain((0,), self.lens),
                                                            self.gaps)))
        self.n = len(self.nums)
