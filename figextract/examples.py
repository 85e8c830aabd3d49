"""The shape of an examples table: the fact a group of inputs must give, Duckling style.

Each kind and language keeps its table beside its data (``money/corpus_ru.py`` …) as
``EXAMPLES``, a list of ``(expected fact, [inputs that all give it])``, and ``NEGATIVES``,
inputs that must give no fact of that kind. An input is the whole fact's text, or a sentence
with the fact's text in ``[brackets]`` ("на [пять процентов]"). ``tests/test_examples.py``
runs every row, with the language detected and forced; the rows document what the library
reads.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

# The reference date the period tables are resolved against (a Tuesday).
REF_DATE = "2025-09-30"


class Expect(NamedTuple):
    """The value an amount must have: its bounds, whether it is an estimate, and its unit
    (ISO code, "percent", "percentage_point" or a counted entity)."""

    low: Decimal | None
    high: Decimal | None
    approximate: bool
    unit: str


def _d(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def exact(value: str, unit: str) -> Expect:
    return Expect(_d(value), _d(value), False, unit)


def about(value: str, unit: str) -> Expect:
    return Expect(_d(value), _d(value), True, unit)


def above(value: str, unit: str, *, approximate: bool = False) -> Expect:
    return Expect(_d(value), None, approximate, unit)


def below(value: str, unit: str, *, approximate: bool = False) -> Expect:
    return Expect(None, _d(value), approximate, unit)


def between(low: str, high: str, unit: str, *, approximate: bool = False) -> Expect:
    return Expect(_d(low), _d(high), approximate, unit)


def vague(value: str, unit: str, below: str | None = None) -> Expect:
    """"миллиарды долларов": at least the scale, an estimate; "несколько проектов", "сотни
    миллионов": also ``below`` ten times that."""
    return Expect(_d(value), _d(below), True, unit)


class PeriodExpect(NamedTuple):
    """A period an input must give, resolved against ``REF_DATE``."""

    start: str | None  # ISO date or None
    end: str | None
    granularity: str
    mode: str  # point, range, since, until, last, next, ago, after, duration, every
    relation: str | None = None  # "comparison", "citation"


def period(start: str | None, end: str | None, granularity: str,
           mode: str = "point") -> PeriodExpect:
    return PeriodExpect(start, end, granularity, mode)


def compared(start: str | None, end: str | None, granularity: str,
             mode: str = "point") -> PeriodExpect:
    """The period a figure is compared with ("по сравнению с 2012 годом")."""
    return PeriodExpect(start, end, granularity, mode, "comparison")


def cited(start: str, granularity: str = "day") -> PeriodExpect:
    """The date of a cited document ("Закон от 06.10.2003 № 131-ФЗ")."""
    return PeriodExpect(start, start, granularity, "point", "citation")


def lasting(granularity: str) -> PeriodExpect:
    """A duration with no dates ("5 лет")."""
    return PeriodExpect(None, None, granularity, "duration")


def marked(example: str) -> tuple[str, str]:
    """The input text and the fact's text: "на [пять процентов]" → ("на пять процентов",
    "пять процентов"); an input without brackets is the fact's text."""
    if "[" not in example:
        return example, example
    head, rest = example.split("[", 1)
    inside, tail = rest.split("]", 1)
    return head + inside + tail, inside
