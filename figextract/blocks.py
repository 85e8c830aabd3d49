"""A long text read block by block, in bounded memory, with the facts of one whole reading.

A text is cut after blank lines: no figure reads across a blank line, a sentence ends at one,
an amount takes a currency only from its own paragraph, and the one rule that reaches further
back, a period named by the one before it ("за аналогичный период прошлого года"), is given
the last facts of the blocks before (``period.anaphora.LOOK_BACK`` of them, all it looks at).
So the facts of the blocks are those of the whole text (``tests/test_blocks.py``).

Workers' blocks and pieces end after single line ends too, but not after a line that ends
with a colon, where a bound reads on into the next line ("не менее:\n30 процентов" is one
figure), whatever spaces, marks, zero-width characters or entities stand after the colon.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

import regex

from figextract.facts import Fact, Span
from figextract.textnorm import DROPPED, ENTITY

BLOCK = 1 << 20  # characters of a block, at least (but the last)
# A blank line: the block ends after it; with ``lines``, after a line end (``_LINE_END``).
_BLANK_LINE = regex.compile(r"\n[ \t\r\f\v]*\n")
# A line end after which no figure goes on: any but one after a colon, written or as an
# entity, and what folding makes spaces or drops (spaces, "\r", marks, zero-width characters,
# entities such as "&nbsp;").
_LINE_END = regex.compile(
    rf"(?<!(?::|&(?:colon|#0*58|#[xX]0*3[aA]);)(?:[^\S\n]|\p{{M}}|[{DROPPED}]|{ENTITY})*)\n")


def blocks(chunks: Iterable[str], size: int = BLOCK,
           lines: bool = False) -> Iterator[tuple[int, str]]:
    """The text that ``chunks`` make, joined, as blocks of at least ``size`` characters (the
    last may be shorter) that each end after a blank line (or at the text's end): (the block's
    offset in the text, the block). A text with no blank line is one block. With ``lines``,
    blocks end after a line end that no fact reads across (``_LINE_END``): enough for facts,
    not for statements (whose paragraphs run across line ends)."""
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise ValueError(f"size must be a positive int, got {size!r}")
    cut_at = _LINE_END if lines else _BLANK_LINE
    buffer, offset, searched = "", 0, 0
    for chunk in chunks:
        if not isinstance(chunk, str):
            raise TypeError(f"chunks must be str, not {type(chunk).__name__}")
        buffer += chunk
        while len(buffer) >= size:
            # the first blank line that ends at or past ``size``, searched from where the
            # last search stopped (less the length of a blank line's start), so that a
            # long text is searched once
            start = max(size, searched) - 1
            found = cut_at.search(buffer, max(start - _LINE_REACH, 0))
            while found is not None and found.end() < size:
                found = cut_at.search(buffer, found.end() - 1 if not lines else found.end())
            if found is None:
                searched = len(buffer)
                break
            cut = found.end()
            yield offset, buffer[:cut]
            offset += cut
            buffer, searched = buffer[cut:], 0
    if buffer:
        yield offset, buffer


_LINE_REACH = 64  # characters back to search again for a blank line cut by a chunk's end


def pieces(text: str, size: int) -> Iterator[tuple[int, str]]:
    """``text`` as pieces of at least ``size`` characters (the last may be shorter) that each
    end after a line end that no figure reads across (``_LINE_END``), or at the text's end:
    (the piece's offset, the piece). For facts, not statements (whose paragraphs run across
    line ends): ``extract_many`` reads a long text's pieces in several processes."""
    start = 0
    while start < len(text):
        found = _LINE_END.search(text, start + size - 1)
        end = found.end() if found is not None else len(text)
        yield start, text[start:end]
        start = end


def shifted(fact: Fact, by: int) -> Fact:
    """``fact`` with its span moved ``by`` characters."""
    return replace(fact, span=Span(fact.span.start + by, fact.span.end + by))
