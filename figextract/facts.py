"""The fact model: small frozen records, one per figure found in the text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any, ClassVar, Literal, get_args

from figextract import units
from figextract.records import by_fields
from figextract.timeline import When, resolve
from figextract.value import Value
from figextract.vocab import Kind


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into the input: ``text[start:end]`` is the figure as written."""

    __reduce__ = by_fields

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class _FactBase:
    __reduce__ = by_fields

    span: Span
    text: str
    lang: str

    kind: ClassVar[Kind | Literal[""]] = ""

    def _base_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "span": self.span.to_dict(),
            "text": self.text,
            "lang": self.lang,
        }


@dataclass(frozen=True, slots=True)
class _Measured(_FactBase):
    """A fact whose ``value`` is a number of ``unit``s."""

    value: Value

    @property
    def unit(self) -> str:
        raise NotImplementedError

    @property
    def quantity(self) -> Any:
        """The best single value as a pint Quantity of ``unit`` (currencies: no exchange
        rates; counts: a dimension per counted entity)."""
        return units.quantity(self.value.best, self.unit)

    def to_dict(self) -> dict[str, Any]:
        data = self._base_dict()
        data["value"] = self.value.to_dict()
        data.update(self._own_dict())
        return data

    def _own_dict(self) -> dict[str, Any]:
        return {"unit": self.unit}


@dataclass(frozen=True, slots=True)
class Money(_Measured):
    """An amount of money: ``value`` in units of ``currency`` (ISO 4217)."""

    currency: str

    kind: ClassVar[Kind] = "money"

    @property
    def unit(self) -> str:
        """The unit of ``value``: the currency, so every fact with a value has ``.unit``."""
        return self.currency

    def _own_dict(self) -> dict[str, Any]:
        return {"currency": self.currency}


@dataclass(frozen=True, slots=True)
class Percentage(_Measured):
    """A share in percent, or a change in percentage points (``unit``)."""

    unit: str = "percent"  # or "percentage_point"

    kind: ClassVar[Kind] = "percentage"


@dataclass(frozen=True, slots=True)
class Ratio(_Measured):
    """How many times one figure is another: "в 1,5 раза", "вдвое", "3 еседен астам". Never a
    percentage; ``quantity`` is dimensionless."""

    unit: str = "times"

    kind: ClassVar[Kind] = "ratio"


@dataclass(frozen=True, slots=True)
class Count(_Measured):
    """A number of things: ``value`` ``entity``s ("около 250 итальянских компаний").

    ``entity``: the canonical category in English (``"company"``, ``"project"`` …);
    ``noun``: the counted word as written; ``modifier``: the words between number and noun
    ("итальянских"), or None.
    """

    entity: str
    noun: str
    modifier: str | None = None

    kind: ClassVar[Kind] = "count"

    @property
    def unit(self) -> str:
        """The counted entity, so every fact with a value has ``.unit``."""
        return self.entity

    def _own_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "noun": self.noun, "modifier": self.modifier}


@dataclass(frozen=True, slots=True)
class Period(_FactBase):
    """A stretch of time: inclusive ``start_date``/``end_date`` (None when unknown or open),
    the ``granularity`` it is named in, and ``when``: the period as written, relative to the
    reference date where it is ("в прошлом году": year offset −1), for ``resolved``. Its stated
    length, when one is given, is ``duration_value`` of ``duration_unit`` (from ``when``)."""

    start_date: dt.date | None
    end_date: dt.date | None
    granularity: str
    when: When
    # "comparison": the period a figure is compared with ("по сравнению с 2012 годом",
    # "2019 жылмен салыстырғанда"); "citation": the date of a cited document ("Закон от
    # 06.10.2003 № 131-ФЗ"); None for the period a figure is about
    relation: str | None = None

    kind: ClassVar[Kind] = "period"

    @property
    def duration_value(self) -> Value | None:
        """How many ``duration_unit``s the text states ("20" in "за последние 20 лет")."""
        return self.when.amount

    @property
    def duration_unit(self) -> str | None:
        """The calendar unit of ``duration_value`` ("year"), None when no length is stated."""
        return None if self.when.amount is None else self.when.unit

    @property
    def relative(self) -> bool:
        """Its dates depend on the reference date ("в прошлом году", "с 2005 года")."""
        return self.when.relative

    @property
    def duration(self) -> Any:
        """The stated length as a pint Quantity ("20 лет" → 20 year), or None."""
        if self.duration_value is None or self.duration_unit is None:
            return None
        return units.quantity(self.duration_value.best, self.duration_unit)

    def resolved(self, ref_date: dt.date) -> Period:
        """This period with its dates worked out against ``ref_date``."""
        start, end = resolve(self.when, ref_date)
        return replace(self, start_date=start, end_date=end)

    def to_dict(self) -> dict[str, Any]:
        data = self._base_dict()
        data.update(
            start_date=None if self.start_date is None else self.start_date.isoformat(),
            end_date=None if self.end_date is None else self.end_date.isoformat(),
            granularity=self.granularity,
            duration=None if self.duration_value is None else {
                "value": self.duration_value.to_dict(), "unit": self.duration_unit},
            relative=self.relative,
            when=self.when.to_dict(),
            relation=self.relation,
        )
        return data


Fact = Money | Percentage | Count | Ratio | Period

KINDS: frozenset[str] = frozenset(get_args(Kind))

__all__ = ["KINDS", "Count", "Fact", "Money", "Percentage", "Period", "Ratio", "Span", "Value"]
