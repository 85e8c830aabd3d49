"""The token split: its fast form (letters of the Basic Multilingual Plane as ranges) cuts every
text exactly as the defining pattern (letters as ``[^\\W\\d_]``) does."""

from __future__ import annotations

from itertools import accumulate

from hypothesis import given
from hypothesis import strategies as st

from figextract import tokens
from figextract.tokens import Tokens

FAST = tokens._bmp_split()
EXACT = tokens._SPLIT
PLANE = "".join(map(chr, range(0x10000)))


def test_every_character_of_the_plane_is_a_letter_for_both_or_for_neither() -> None:
    for start in range(0, len(PLANE), 512):
        block = PLANE[start:start + 512]
        # each character alone, and each between two letters (where a word goes on or stops)
        assert FAST.split(block) == EXACT.split(block), hex(start)
        glued = "".join(f"а{c}b" for c in block)
        assert FAST.split(glued) == EXACT.split(glued), hex(start)


def test_the_fast_split_is_used_for_text_within_the_plane() -> None:
    tokens._bmp_split.cache_clear()
    Tokens("в 2024 году 5 млн тенге")
    assert tokens._bmp_split.cache_info().currsize == 1


def test_a_letter_beyond_the_plane_is_read_as_one() -> None:
    # "𐐷" (Deseret) is a letter: one word with the Cyrillic around it, as the class reads it
    assert Tokens("сом𐐷ов 5").words == ("сом𐐷ов", None)
    assert Tokens("5 𝟓 ₸").nums == ("5", None, None)  # "𝟓" is a digit but not in [0-9]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_tokens_of_any_text_are_those_of_the_defining_pattern(text: str) -> None:
    parts = EXACT.split(text)
    got = Tokens(text)
    assert got.words == tuple(parts[1::4])
    assert got.nums == tuple(parts[2::4])
    assert got.syms == tuple(parts[3::4])
    offsets = tuple(accumulate(len(p) for p in parts if p is not None))  # gap, token, gap …
    assert got.starts == offsets[0::2]  # with the text's length last
    ends = tuple(start + length for start, length in zip(got.starts[:-1], got.lens, strict=True))
    assert ends == offsets[1::2]
    assert got.gaps == tuple(len(p) for p in parts[0::4])


@given(st.text(alphabet="аәбxyz5 ,.-\n\u00a0\U00010437\u2167", max_size=60))
def test_tokens_mixing_the_plane_and_beyond(text: str) -> None:
    parts = EXACT.split(text)
    assert Tokens(text).words == tuple(parts[1::4])
