"""An amount as read: a number in digits or words, with its scale and how it ended."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(slots=True)
class Amount:
    value: Decimal
    end: int  # token index after the amount
    tag: str = ""  # Kazakh case of the last word
    scale: Decimal | None = None  # a trailing scale word, shared by a range's first number
    vague: bool = False  # "миллиарды", "несколько", "ондаған"
    lang: str = ""
    # below this, a vague amount told with "несколько", "десятки", "сотни", "ондаған": "сотни
    # миллионов" is 100 million up to (not) a billion
    ceiling: Decimal | None = None
