"""Kazakh percent words (suffixes are added by rule)."""

from __future__ import annotations

HEADS = ("пайыз", "процент")
# Percentage points: "пайыздық тармақ", "пайыздық пункт".
POINT_ADJECTIVES = ("пайыздық", "проценттік")
POINT_HEADS = ("тармақ", "пункт")
# Kazakh statistics borrow the Russian abbreviation: "1,5 п.п." (read as Russian words).
POINT_ABBREVIATIONS = ("п.п.", "п.п", "пп", "п. п.")
