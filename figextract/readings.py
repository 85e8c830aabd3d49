"""What the rules return: a unit read after (or before) an amount, and a whole figure.

Offsets and token indices are the folded text's; the extractor maps them back to the input.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from figextract.value import Value
from figextract.vocab import FigureKind


@dataclass(slots=True)
class Unit:
    """A unit: a currency, percent, a counted noun or a calendar unit, and where it ends."""

    kind: FigureKind
    code: str  # ISO code, "percent", "percentage_point", a counted entity or a calendar unit
    end: int  # token index after it
    tag: str = ""  # Kazakh case of its last word
    factor: Decimal = Decimal(1)  # a minor unit: "цент" is 0.01 of a dollar
    lang: str = ""
    noun: int = -1  # a count's noun: first token
    modifier: int = -1  # a count's adjectives: first token


@dataclass(slots=True)
class Figure:
    """A figure read off the folded text: offsets are the folded text's."""

    start: int
    end: int
    kind: FigureKind
    value: Value
    unit: str  # ISO code, "percent", "percentage_point", a counted entity or a calendar unit
    lang: str  # the language whose words were read ("" when only digits and symbols)
    tag: str = ""  # Kazakh case of the last word ("abl" in "14 жылдан")
    noun: tuple[int, int] | None = None  # a count's noun
    modifier: tuple[int, int] | None = None  # a count's adjectives
