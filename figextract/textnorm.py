"""Fold raw text into the form the rules read, keeping a map back to the original offsets.

The folded text is lower-case, has one kind of space and one kind of dash, reads ``ё`` as
``е``, and reads Latin look-alike letters inside Cyrillic words as the Cyrillic letters they
imitate. Zero-width characters and soft hyphens are dropped, HTML entities (``&nbsp;``) decoded,
combining marks composed (NFC) and those that compose with nothing (Russian stress marks)
dropped; only then do offsets move, and ``Folded.span`` maps a span of the folded text back to
the exact characters of the input.
"""

from __future__ import annotations

import html
import unicodedata
from array import array
from dataclasses import dataclass

import regex

_SPACES = ("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
           "\u202f\u205f\u3000\t\r\x0b\x0c")
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"

# Each of these characters folds to one other; most texts hold few of them, so each is replaced
# only when present (``str.replace`` runs at memory speed, ``str.translate`` with a table like
# this one at a few tens of MB/s).
_FOLD: dict[str, str] = {
    **dict.fromkeys(_SPACES, " "),
    **dict.fromkeys(_DASHES, "-"),
    "ё": "е",
    "\u2019": "'",
    "\u02bc": "'",
}
_FOLD_CHARS = "".join(_FOLD)
_BLOCK = 1 << 16  # characters read at a time by ``chars_in``: 128 KB as UCS-2, well inside L2

# Latin letters that look like Cyrillic ones, read as Cyrillic when they stand inside a word
# that also has Cyrillic letters: "серіктeстігімізге" with a Latin "e", "MЛH" with a Latin M and
# H. Read before lower-casing, because case decides the look: "H" is "Н", "h" is "һ".
_LOOKALIKES = str.maketrans({
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О",
    "P": "Р", "T": "Т", "X": "Х", "Y": "У",
    "a": "а", "b": "в", "c": "с", "e": "е", "h": "һ", "i": "і", "k": "к", "m": "м", "o": "о",
    "p": "р", "t": "т", "x": "х", "y": "у",
})
_LATIN_TAIL = regex.compile(r"[a-zA-Z]\w*")  # a word from its first Latin letter on
_WORD_HEAD = regex.compile(r"(?r)\w*")  # matched backwards from a position: the word's start
_CYRILLIC = regex.compile(r"\p{Cyrillic}")

# Characters that change the text's length when folded; their presence selects the slow path.
# A run of combining marks is composed with the character before it.
DROPPED = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width characters, soft hyphen
ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"  # decoded when one character
_SPECIAL = regex.compile(
    rf"(?P<drop>[{DROPPED}])"
    rf"|(?P<entity>{ENTITY})"
    r"|(?P<marks>\p{M}+)"
)
_MARK = regex.compile(r"\p{M}")


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text and, when its offsets differ from the input's, the map back."""

    text: str
    starts: array[int] | None = None  # original start offset of each folded character
    ends: array[int] | None = None  # original end offset of each folded character

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The input's offsets of the folded text's ``[start, end)``."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self.ends[-1]
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _lower(text: str) -> str:
    if text.islower():  # no upper- or title-case character: no copy (checked for every one)
        return text
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters ("İ") lower-case to two; keep those as they are.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _unlook(text: str) -> str:
    """Latin look-alikes read as Cyrillic in words that mix the two scripts."""
    pieces: list[str] = []
    pos = 0
    for match in _LATIN_TAIL.finditer(text):
        head = _WORD_HEAD.match(text, pos, match.start())
        start = head.start() if head is not None else match.start()
        word = text[start:match.end()]
        if _CYRILLIC.search(word) is not None:
            pieces += (text[pos:start], word.translate(_LOOKALIKES))
            pos = match.end()
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def chars_in(text: str, chars: str) -> str:
    """The characters of ``chars`` that occur in ``text``. A long text is read a block at a time
    for all of them while the block is in the processor's cache: one ``in`` per character over
    the whole text would read it from memory as many times."""
    missing, found = chars, ""
    for start in range(0, len(text), _BLOCK):
        block = text[start:start + _BLOCK]  # a short text: the text itself, not a copy
        hits = "".join(c for c in missing if c in block)
        if hits:
            found += hits
            missing = "".join(c for c in missing if c not in hits)
            if not missing:
                break
    return found


def _fold_same_length(text: str) -> str:
    folded = _lower(_unlook(text))
    for char in chars_in(folded, _FOLD_CHARS):
        folded = folded.replace(char, _FOLD[char])
    return folded


def _replacement(kind: str | None, piece: str) -> str:
    if kind == "drop":
        return ""  # zero-width character or soft hyphen
    if kind == "entity":
        decoded = html.unescape(piece)
        return decoded if len(decoded) == 1 else piece
    # Marks that compose with nothing (Russian stress marks: "о\u0301н") are dropped.
    return "".join(c for c in unicodedata.normalize("NFC", piece)
                   if unicodedata.category(c)[0] != "M")


def _has_special(text: str) -> bool:
    """Whether ``_SPECIAL`` matches; a search for one set of characters at a time is three
    times faster than the search for the pattern's alternatives."""
    if _MARK.search(text) is not None:
        return True
    return bool(chars_in(text, DROPPED + "&")) and _SPECIAL.search(text) is not None


def fold(text: str) -> Folded:
    """Fold ``text``; the result's offsets map back to ``text`` exactly."""
    if not _has_special(text):
        return Folded(_fold_same_length(text))
    pieces: list[str] = []
    starts = array("q")
    ends = array("q")
    pos = 0
    for match in _SPECIAL.finditer(text):
        a, b = match.span()
        if match.lastgroup == "marks" and a > pos:
            a -= 1  # the character the marks combine with
        if a > pos:
            pieces.append(text[pos:a])
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
        piece = text[a:b]
        repl = _replacement(match.lastgroup, piece)
        if repl == piece:
            pieces.append(repl)
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
        else:
            pieces.append(repl)
            starts.extend([a] * len(repl))
            ends.extend([b] * len(repl))
        pos = b
    if pos < len(text):
        pieces.append(text[pos:])
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    joined = "".join(pieces)
    return Folded(_fold_same_length(joined), starts, ends)
