"""The tokens of folded text: numbers in digits, words and single symbols.

One split cuts the whole text at C speed into ``[gap, word, number, symbol, gap, …]``: a token
is whichever of the three groups matched, so the kinds come as three parallel lists with
``None`` where a token is of another kind, and no Python code runs per token. Gaps are runs of
spaces; a line break is a token of its own, so that no figure reads across it (tables,
tickers). Offsets are running sums of the pieces' lengths.

A word is a run of letters (``str.isalpha``, and the letter-like numerals such as "Ⅻ"); folded
text has no combining marks left to split one. The standard library's ``re`` splits about half
as fast again as ``regex`` here, and this pattern needs nothing ``regex`` alone has.
"""

from __future__ import annotations

import re
from functools import partial
from itertools import accumulate
from operator import is_not

from figextract.numbers.digits import PATTERN as DIGITS

_SPLIT = re.compile(rf"([^\W\d_]+)|({DIGITS})|(\S|\n)", re.VERBOSE)
present = partial(is_not, None)  # C-speed `x is not None`, for map() and filter()


class Tokens:
    """``nums[i]``, ``words[i]``, ``syms[i]``: token ``i``'s text in the list of its kind (the
    other two hold ``None``); ``bounds[2 * i]`` and ``bounds[2 * i + 1]``: its offsets."""

    __slots__ = ("bounds", "n", "nums", "syms", "words")

    def __init__(self, folded: str) -> None:
        # Tuples of strings and ints: the garbage collector stops tracking them after one look,
        # where lists would be walked again by every full collection (quadratic on huge texts).
        parts = _SPLIT.split(folded)
        self.words: tuple[str | None, ...] = tuple(parts[1::4])
        self.nums: tuple[str | None, ...] = tuple(parts[2::4])
        self.syms: tuple[str | None, ...] = tuple(parts[3::4])
        self.bounds: tuple[int, ...] = tuple(accumulate(map(len, filter(present, parts))))
        self.n = len(self.nums)
