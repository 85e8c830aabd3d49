"""A statement: one money, percentage, count or ratio fact with what it measures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from figextract.facts import Count, Money, Percentage, Period, Ratio, Span

Figure = Money | Percentage | Count | Ratio


@dataclass(frozen=True, slots=True)
class Indicator:
    """What a figure measures, as written (``text``, ``span``), with its key in the project's
    vocabulary ("trade_turnover", "inflation" …) or None when the vocabulary lacks it."""

    text: str
    span: Span
    key: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_dict(), "key": self.key}


@dataclass(frozen=True, slots=True)
class Statement:
    """A figure and what it says: ``indicator``; ``role`` ("level": the value, "change": the
    size of a change, "previous": the value it changed from); ``direction`` ("up", "down" or
    None); ``period`` it refers to and ``compared_to``; ``subject``, the countries it is
    about (ISO 3166-1 alpha-2, sorted); ``per``, what a rate is per ("USD", "capita",
    "month", "year", "day"); ``span``, the clause it was read from."""

    figure: Figure
    indicator: Indicator | None
    role: str
    direction: str | None
    period: Period | None
    compared_to: Period | None
    subject: tuple[str, ...]
    per: str | None
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "figure": self.figure.to_dict(),
            "indicator": None if self.indicator is None else self.indicator.to_dict(),
            "role": self.role,
            "direction": self.direction,
            "period": None if self.period is None else self.period.to_dict(),
            "compared_to": None if self.compared_to is None else self.compared_to.to_dict(),
            "subject": list(self.subject),
            "per": self.per,
            "span": self.span.to_dict(),
        }
