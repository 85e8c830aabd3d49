"""The fact model: small frozen records, one per figure found in the text."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar

from figextract import units


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into the input: ``text[start:end]`` is the figure as written."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Value:
    """A figure as a reader means it: exact, bounded on one side, a range, or approximate.

    ``low == high``: exact ("20 млрд"). ``high is None``: at least ``low`` ("более 20%").
    ``low is None``: at most ``high`` ("менее 7 евро"). Both set and different: a range.
    ``approximate``: "около", "шамамен", "почти", "-ға жуық" and vague amounts.
    """

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


def _dec(value: Decimal | None) -> str | None:
    """A Decimal as a plain string without exponent (``7600000000``, ``7.6``)."""
    if value is None:
        return None
    return format(value.normalize(), "f")


@dataclass(frozen=True, slots=True)
class _FactBase:
    span: Span
    text: str
    lang: str

    kind: ClassVar[str] = ""

    def _base_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "span": self.span.to_dict(),
            "text": self.text,
            "lang": self.lang,
        }


@dataclass(frozen=True, slots=True)
class Money(_FactBase):
    """An amount of money: ``value`` in units of ``currency`` (ISO 4217)."""

    value: Value
    currency: str

    kind: ClassVar[str] = "money"

    @property
    def unit(self) -> str:
        """The unit of ``value``: the currency, so every fact with a value has ``.unit``."""
        return self.currency

    @property
    def quantity(self) -> Any:
        """The best single value as a pint Quantity in the currency (no exchange rates)."""
        return units.quantity(self.value.best, self.currency)

    def to_dict(self) -> dict[str, Any]:
        data = self._base_dict()
        data.update(value=self.value.to_dict(), currency=self.currency)
        return data


@dataclass(frozen=True, slots=True)
class Percentage(_FactBase):
    """A share in percent, or a change in percentage points (``unit``)."""

    value: Value
    unit: str = "percent"

    kind: ClassVar[str] = "percentage"

    @property
    def quantity(self) -> Any:
        """The best single value as a pint Quantity in percent or percentage points."""
        return units.quantity(self.value.best, self.unit)

    def to_dict(self) -> dict[str, Any]:
        data = self._base_dict()
        data.update(value=self.value.to_dict(), unit=self.unit)
        return data


Fact = Money | Percentage

KINDS: frozenset[str] = frozenset({"money", "percentage"})
