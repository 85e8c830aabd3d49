"""Kazakh or Russian, sentence by sentence, from the letters only Kazakh uses."""

from __future__ import annotations

from bisect import bisect_right
from operator import methodcaller

import regex

LANGS: tuple[str, ...] = ("kk", "ru")

KAZAKH_LETTERS = "әғқңөұүһі"
# From a word's first Kazakh letter to its end: one match per word that has any.
_KAZAKH_WORD = regex.compile(rf"[{KAZAKH_LETTERS}]\w*")
_WORD = regex.compile(r"\p{L}{2,}")
_BOUNDARY = regex.compile(r"[.!?…]+(?=\s)|\n")
_END = methodcaller("end")

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

    The text is cut into sentences from its start, at sentence ends and line breaks, and a
    sentence longer than ``_WINDOW`` characters into pieces of that length counted from its
    own start. So a sentence's language depends on its own words only, not on where the text
    puts it (a paragraph reads the same with any text before it), and any text is measured in
    linear time. Sentences are cut lazily, up to the furthest position asked about.
    """

    def __init__(self, folded: str) -> None:
        self._text = folded
        # A text with no Kazakh letter is Russian throughout: no sentence needs measuring.
        # (One ``in`` per letter scans at memory speed, ten times faster than a regex search.)
        self._only = "" if any(c in folded for c in KAZAKH_LETTERS) else "ru"
        self._starts = [0]  # where the sentences cut so far start; the last is where to go on
        self._ends = map(_END, _BOUNDARY.finditer(folded))  # where sentences end, in order
        self._next_end = 0  # the first sentence end not yet used
        self._langs: dict[int, str] = {}  # a sentence's start -> its language
        self._last = (0, 0, "")  # the last sentence asked about: start, end, language

    def at(self, pos: int) -> str:
        if self._only:
            return self._only
        start, end, lang = self._last
        if start <= pos < end:
            return lang
        starts = self._starts
        self._cut_past(pos)
        k = bisect_right(starts, pos) - 1
        start = starts[k]
        end = starts[k + 1] if k + 1 < len(starts) else len(self._text)
        lang = self._langs.get(start, "")
        if not lang:
            lang = self._langs[start] = text_lang(self._text[start:end])
        self._last = (start, end, lang)
        return lang

    def _cut_past(self, pos: int) -> None:
        """Cut sentences until one starts after ``pos`` or the text ends."""
        starts = self._starts
        size = len(self._text)
        while starts[-1] <= pos and starts[-1] < size:
            last = starts[-1]
            while self._next_end <= last:
                self._next_end = next(self._ends, size)
            starts.append(min(self._next_end, last + _WINDOW))
