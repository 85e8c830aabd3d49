"""Kazakh or Russian, sentence by sentence, from the letters only Kazakh uses."""

from __future__ import annotations

import regex

LANGS: tuple[str, ...] = ("kk", "ru")

KAZAKH_LETTERS = "әғқңөұүһі"
# From a word's first Kazakh letter to its end: one match per word that has any.
_KAZAKH_WORD = regex.compile(rf"[{KAZAKH_LETTERS}]\w*")
_WORD = regex.compile(r"\p{L}{2,}")
_BOUNDARY = regex.compile(r"[.!?…]+(?=\s)|\n")
# The last mark before a position that a sentence starts after (searched backwards).
_SENTENCE_MARK = regex.compile(r"(?r)\n|[.!?] ")

# A Russian sentence may quote a Kazakh name or title ("«Көшпенділер алтыны»"); a Kazakh one
# has Kazakh letters in a good share of its words.
_MIN_SHARE = 0.15
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
    """Language of the sentence around a position, computed once per sentence."""

    def __init__(self, folded: str) -> None:
        self._text = folded
        self._cache: dict[int, tuple[int, str]] = {}
        self._last = (0, 0, "")  # the last sentence asked about: start, end, language
        # A text with no Kazakh letter is Russian throughout: no sentence needs measuring.
        # (One ``in`` per letter scans at memory speed, ten times faster than a regex search.)
        self._only = "" if any(c in folded for c in KAZAKH_LETTERS) else "ru"

    def at(self, pos: int) -> str:
        if self._only:
            return self._only
        # Sentences are cut at most at fixed blocks, so text without sentence ends reuses one
        # answer per block: linear time however the text is written.
        block = pos - pos % _WINDOW
        start, end, lang = self._last
        if block <= start <= pos < end:
            return lang  # same sentence, same block: the answer below would be the same
        text = self._text
        mark = _SENTENCE_MARK.search(text, block, pos)
        start = mark.start() + 1 if mark is not None else block
        cached = self._cache.get(start)
        if cached is not None:
            end, lang = cached
        else:
            match = _BOUNDARY.search(text, pos, block + 2 * _WINDOW)
            end = match.end() if match is not None else min(len(text), block + 2 * _WINDOW)
            lang = text_lang(text[start:end])
            self._cache[start] = (end, lang)
        if pos < end:
            self._last = (start, end, lang)
        return lang
