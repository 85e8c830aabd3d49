"""Russian percent words."""

from __future__ import annotations

# Head stem declined as a hard masculine noun: процент, процента, процентов …
HEAD = "процент"
ABBREVIATIONS = ("проц",)
# "50-процентный", "70-процентное": adjectives written after a hyphen.
ADJECTIVE_PREFIX = "процентн"
# Percentage points: "процентных пункта", "п.п.", "пп".
POINT_HEAD = "пункт"
POINT_ABBREVIATIONS = ("п.п.", "п.п", "пп", "п. п.")
