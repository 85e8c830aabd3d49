"""Kazakh or Russian, sentence by sentence, from the letters only Kazakh uses."""

from __future__ import annotations

from bisect import bisect_right
from functools import partial
from itertools import accumulate
from operator import add

import regex

from figextract.textnorm import chars_in

LANGS: tuple[str, ...] = ("kk", "ru")

KAZAKH_LETTERS = "әғқңөұүһі"
# From a word's first Kazakh letter to its end: one match per word that has any.
_KAZAKH_WORD = regex.compile(rf"[{KAZAKH_LETTERS}]\w*")
_WORD = regex.compile(r"\p{L}{2,}")
# A sentence ends after the last of its end marks, where a space follows, or at a line break.
_BOUNDARY = regex.compile(r"[.!?…](?=\s)|\n")
_ONE_MORE = partial(add, 1)

# A Russian sentence may quote a Kazakh name or title ("«Көшпенділер алтыны»"); a Kazakh one
# has Kazakh letters in a good share of its words.
_MIN_SHARE = 0.15
# A sentence longer than this is measured in pieces of this length, counted from its start.
_WINDOW = 1000


def text_lang(folded: str) -> str:
    """The language of a piece of folded (lower-case) text."""
    kazakh = len(_KAZAKH_WORD.findall(folded))
    if kazakh == 0:
        return "ru"
    # Words have two letters or more and stand apart: at most (length + 1) / 3 of them.
    if kazakh >= _MIN_SHARE * (len(folded) + 1) / 3:
        return "kk"
    words = len(_WORD.findall(folded))
    return "kk" if kazakh >= _MIN_SHARE * max(words, 1) else "ru"


class SentenceLangs:
    """Language of the sentence around a position, each sentence measured once.

    The text is cut into sentences at sentence ends and line breaks, and a sentence longer
    than ``_WINDOW`` characters into pieces of that length counted from its own start. So a
    sentence's language depends on its own words only, not on where the text puts it (a
    paragraph reads the same with any text before it), and any text is measured in linear
    time. The cuts are found in one pass, the first time a language is asked for.
    """

    def __init__(self, folded: str) -> None:
        self._text = folded
        # A text with no Kazakh letter is Russian throughout: no sentence needs measuring.
        # (``in`` scans at memory speed, ten times faster than a regex search.)
        self._only = "" if chars_in(folded, KAZAKH_LETTERS) else "ru"
        self._starts: list[int] = []  # where the sentences start, in order
        self._langs: dict[int, str] = {}  # a piece's start -> its language
        self._last = (0, 0, "")  # the last piece asked about: start, end, language

    def at(self, pos: int) -> str:
        if self._only:
            return self._only
        start, end, lang = self._last
        if start <= pos < end:
            return lang
        start, end = self._piece(pos)
        lang = self._langs.get(start, "")
        if not lang:
            lang = self._langs[start] = text_lang(self._text[start:end])
        self._last = (start, end, lang)
        return lang

    def _piece(self, pos: int) -> tuple[int, int]:
        """The start and end of the piece of a sentence that holds ``pos``."""
        starts = self._starts
        if not starts:
            # Every boundary is one character long: the text between two of them plus one.
            starts.append(0)
            starts += accumulate(map(_ONE_MORE, map(len, _BOUNDARY.split(self._text))))
            starts[-1] = len(self._text)  # the last piece ends the text, with no boundary
        k = bisect_right(starts, pos) - 1
        sentence, end = starts[k], starts[k + 1]
        start = sentence + (pos - sentence) // _WINDOW * _WINDOW
        return start, min(start + _WINDOW, end)
