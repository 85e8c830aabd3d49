"""Roman numerals as news writes them ("I квартал", "XXI век"), Latin or Cyrillic look-alikes."""

from __future__ import annotations

# Cyrillic letters typed for Roman ones: "ХХІ ғасыр", "ІІ тоқсан".
_CYRILLIC = str.maketrans("xi", "хі")
_VALUES = (("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def to_roman(value: int) -> str:
    out = []
    for letters, amount in _VALUES:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)


def roman_forms(limit: int = 30) -> dict[str, int]:
    """Lower-case Roman numerals up to ``limit`` (Latin, and Cyrillic where they can be)."""
    out: dict[str, int] = {}
    for value in range(1, limit + 1):
        latin = to_roman(value)
        out[latin] = value
        if "v" not in latin:
            out[latin.translate(_CYRILLIC)] = value
    return out


