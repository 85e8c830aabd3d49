"""Kazakh ratio words: "1,5 есе", "екі есеге", "3 еседен астам" (suffixes added by rule)."""

from __future__ import annotations

HEADS = ("есе",)
