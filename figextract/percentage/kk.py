"""Kazakh percent words (suffixes are added by rule)."""

from __future__ import annotations

HEADS = ("пайыз", "процент")
# Percentage points: "пайыздық тармақ", "пайыздық пункт".
POINT_ADJECTIVES = ("пайыздық", "проценттік")
POINT_HEADS = ("тармақ", "пункт")
