"""figextract's own pint registry: currencies as units, percent and percentage points.

Every currency is its own dimension, so no conversion between currencies is possible: the
library invents no exchange rates. The registry is built on first use (pint is slow to import).
"""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import Any

_lock = threading.Lock()
_registry: Any = None
_defined: set[str] = set()


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
                _registry = reg
    return _registry


def quantity(magnitude: Decimal | None, unit: str) -> Any:
    """``magnitude`` in ``unit`` (an ISO 4217 code, ``percent`` or ``percentage_point``)."""
    reg = registry()
    if unit.isupper() and unit not in _defined:
        with _lock:
            if unit not in _defined:
                reg.define(f"{unit} = [currency_{unit}]")
                _defined.add(unit)
    return reg.Quantity(magnitude, unit)
