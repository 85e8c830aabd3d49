"""A figure's value as a reader means it: exact, bounded on one side, a range, approximate."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from figextract.records import by_fields


@dataclass(frozen=True, slots=True)
class Value:
    """A figure as a reader means it: exact, bounded on one side, a range, or approximate.

    ``low == high``: exact ("20 млрд"). ``high is None``: at least ``low`` ("более 20%").
    ``low is None``: at most ``high`` ("менее 7 евро"). Both set and different: a range.
    ``approximate``: "около", "шамамен", "почти", "-ға жуық" and vague amounts.
    """

    __reduce__ = by_fields

    low: Decimal | None
    high: Decimal | None
    approximate: bool = False

    @classmethod
    def exact(cls, value: Decimal, *, approximate: bool = False) -> Value:
        return cls(value, value, approximate)

    @property
    def is_exact(self) -> bool:
        return self.low is not None and self.low == self.high and not self.approximate

    @property
    def best(self) -> Decimal | None:
        """One number for the figure: the value, the single bound, or a range's midpoint."""
        if self.low is None:
            return self.high
        if self.high is None or self.low == self.high:
            return self.low
        return (self.low + self.high) / 2

    def scaled(self, factor: Decimal) -> Value:
        return Value(
            None if self.low is None else self.low * factor,
            None if self.high is None else self.high * factor,
            self.approximate,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "low": _dec(self.low),
            "high": _dec(self.high),
            "approximate": self.approximate,
        }


def small_int(value: Decimal, limit: int = 10**7) -> int | None:
    """``value`` as an int when it is whole and within ±``limit``, else None. Checked before
    converting: no year, month or day count is larger, and turning a Decimal of many digits
    into an int takes time quadratic in its length."""
    if value.adjusted() > 18:  # far beyond any limit: not converted at all
        return None
    whole = int(value)
    return whole if whole == value and -limit <= whole <= limit else None


def plain(value: Decimal) -> str:
    """A Decimal as a plain string without exponent or trailing zeros (``7600000000``,
    ``7.6``), every digit kept: ``normalize()`` would round to the context's 28 digits."""
    text = format(value, "f")  # exact: no precision asked, so no rounding
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _dec(value: Decimal | None) -> str | None:
    """A Decimal as a plain string (``plain``), or None."""
    return None if value is None else plain(value)
