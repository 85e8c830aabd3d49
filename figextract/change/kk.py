"""Kazakh verbs and nouns of change, as stems with their direction (as in change.ru): "өсті",
"өскен", "өседі", "артты", "арттырылды", "ұлғайды", "төмендеді", "азайды", "қысқарды",
"әлсіреді", "өсім", "төмендеу"."""

from __future__ import annotations

from figextract.change.ru import Direction

STEMS: dict[str, Direction] = {
    # up
    "өсті": "up", "өскен": "up", "өсед": "up", "өсіп": "up", "өсу": "up", "өсім": "up",
    "өсер": "up", "артт": "up", "артқ": "up", "артад": "up", "артып": "up", "арту": "up",
    "ұлғай": "up", "көбей": "up", "жоғарыла": "up", "қымбатта": "up", "нығай": "up",
    "көтеріл": "up",
    # down
    "төменде": "down", "азай": "down", "қысқар": "down", "кеміді": "down", "кеміт": "down",
    "кему": "down", "түсті": "down", "түскен": "down", "түсед": "down", "түсіп": "down",
    "әлсіре": "down", "арзанда": "down", "құлады": "down",
}
