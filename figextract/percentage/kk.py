"""Kazakh percent words (suffixes are added by rule)."""

from __future__ import annotations

HEADS = ("пайыз", "процент")
# Percentage points: "пайыздық тармақ", "пайыздық пункт".
POINT_ADJECTIVES = ("пайыздық", "проценттік")
POINT_HEADS = ("тармақ", "пункт")
# "3,5 п.т." (пайыздық тармақ); Kazakh statistics also borrow the Russian abbreviation, "1,5
# п.п." (read as Russian words).
POINT_ABBREVIATIONS = ("п.т.", "п.т", "п. т.")
BORROWED_POINT_ABBREVIATIONS = ("п.п.", "п.п", "пп", "п. п.")
