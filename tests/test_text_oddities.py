"""Exact spans and the same values through Unicode oddities."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

import figextract
from figextract.textnorm import chars_in, fold

CASES = [
    ("1\u00a0234 долларов", Decimal(1234)),
    ("1\u202f234 долларов", Decimal(1234)),
    ("1\u2009234 долларов", Decimal(1234)),
    ("1\u200b234 долларов", Decimal(1234)),
    ("1&nbsp;234 долларов", Decimal(1234)),
    ("20\u00a0млрд\u00a0долларов", Decimal("2e10")),
    ("7,6 миллиард долларға", Decimal("7.6e9")),
    ("5 млн дoлларов", Decimal("5e6")),  # Latin o inside a Cyrillic word
    ("5 млн ДОЛЛАРОВ", Decimal("5e6")),
    ("10\u2013\u00a020 долларов", Decimal(10)),
    ("10\u2014\u00a020 долларов", Decimal(10)),
    ("10\u2212\u00a020 долларов", Decimal(10)),
    ("5 тысяч рублей\r\n", Decimal(5000)),
    ("пять тысяч рублей", Decimal(5000)),
    ("пять тысяч рублей", Decimal(5000)),
    ("15 миллио\u0301нов рублей", Decimal("1.5e7")),  # a stress mark composes with nothing
    ("два\u0301дцать проце\u0301нтов", Decimal(20)),
]


@pytest.mark.parametrize(("text", "low"), CASES)
def test_oddities(text: str, low: Decimal) -> None:
    facts = figextract.extract(text)
    assert len(facts) == 1, facts
    assert facts[0].value.low == low
    assert text[facts[0].span.start:facts[0].span.end] == facts[0].text


@pytest.mark.parametrize("text", ["Өсім 22 пайызға жетті", "Инвестиция 7,6 миллиард долларға жетті",
                                  "Ёмкость рынка — 5 млн рублей"])
def test_nfc_and_nfd_agree(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", text)
    a = figextract.extract(nfc)
    b = figextract.extract(nfd)
    assert [f.value for f in a] == [f.value for f in b]
    for fact in b:
        assert nfd[fact.span.start:fact.span.end] == fact.text


def test_url_percent_encoding_is_not_a_percentage() -> None:
    assert figextract.extract("https://www.change.org/p/%D0%BE%D1%82%D0%BC") == []


@pytest.mark.parametrize("where", ["start", "block end", "block start", "end"])
def test_a_character_anywhere_in_a_long_text_is_folded(where: str) -> None:
    """Long texts are checked for foldable characters a block at a time (``chars_in``): one
    thin space is found and folded wherever it stands, at a block's edge too."""
    block = 1 << 16
    at = {"start": 0, "block end": block - 1, "block start": block, "end": 3 * block - 1}[where]
    text = "а" * at + "\u2009" + "а" * (3 * block - at - 1) + " 5 %"
    assert chars_in(text, "\u00a0\u2009ё") == "\u2009"
    assert fold(text).text == text.replace("\u2009", " ")
    facts = figextract.extract(text)
    assert [(f.kind, f.text) for f in facts] == [("percentage", "5 %")]


def test_a_text_already_in_lower_case_is_not_copied() -> None:
    """``str.islower()`` holds only when lower-casing changes nothing (every code point
    checked), so such a text is folded without a copy of it."""
    assert not [c for c in map(chr, range(0x110000)) if (c + "a").islower() and c.lower() != c]
    text = "около 20 млн долларов"
    assert fold(text).text is text
