"""figextract's own pint registry: currencies, percent and percentage points, calendar units
and counted entities.

Every currency is its own dimension, so no conversion between currencies is possible: the
library invents no exchange rates. Calendar months and days are two dimensions too (a month has
no fixed number of days); years, quarters and decades are made of months, weeks of days. Each
counted entity ("company", "project") is its own dimension. The registry is built on first
use (pint is slow to import).
"""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import Any

_lock = threading.Lock()
_registry: Any = None
_defined: set[str] = set()
_CALENDAR = (
    "month = [calendar_month]", "quarter = 3 month", "half_year = 6 month",
    "year = 12 month", "decade = 10 year", "century = 100 year",
    "day = [calendar_day]", "week = 7 day",
)
_BUILT_IN = frozenset({"percent", "percentage_point", "times"}
                      | {d.split()[0] for d in _CALENDAR})


def registry() -> Any:
    """The shared ``pint.UnitRegistry`` (Decimal magnitudes)."""
    global _registry
    if _registry is None:
        with _lock:
            if _registry is None:
                import pint

                reg: Any = pint.UnitRegistry(filename=None, non_int_type=Decimal)
                reg.define("percent = 0.01 = %")
                reg.define("percentage_point = [percentage_point] = pp")
                reg.define("times = 1")  # a ratio: dimensionless
                for definition in _CALENDAR:
                    reg.define(definition)
                _registry = reg
    return _registry


def quantity(magnitude: Decimal | None, unit: str) -> Any:
    """``magnitude`` in ``unit``: an ISO 4217 code, ``percent``, ``percentage_point``, a
    calendar unit (``year``, ``month``, ``day`` …) or a counted entity (``company`` …)."""
    reg = registry()
    if unit not in _BUILT_IN and unit not in _defined:
        with _lock:
            if unit not in _defined:
                reg.define(f"{unit} = [{'currency' if unit.isupper() else 'count'}_{unit}]")
                _defined.add(unit)
    return reg.Quantity(magnitude, unit)
