"""Russian verbs and nouns of change, with their direction. Verbs are given as infinitives and
nouns in the nominative; ``morphology.ru.verb`` and ``morphology.ru.noun`` make every form
("увеличить" → увеличился, увеличилась, увеличится, увеличатся, увеличившийся, увеличен …)."""

from __future__ import annotations

from typing import Literal

Direction = Literal["up", "down"]

VERBS: dict[str, Direction] = {
    # up
    "вырасти": "up", "возрасти": "up", "нарасти": "up", "расти": "up", "возрастать": "up",
    "нарастать": "up", "увеличить": "up", "увеличивать": "up", "повысить": "up",
    "повышать": "up", "ускорить": "up", "ускорять": "up", "поднять": "up", "подниматься": "up",
    "подорожать": "up", "дорожать": "up", "укрепить": "up", "укреплять": "up",
    "проиндексировать": "up", "индексировать": "up",
    # down
    "снизить": "down", "снижать": "down", "сократить": "down", "сокращать": "down",
    "уменьшить": "down", "уменьшать": "down", "понизить": "down", "понижать": "down",
    "замедлить": "down", "замедлять": "down", "подешеветь": "down", "дешеветь": "down",
    "упасть": "down", "падать": "down", "опустить": "down", "опускать": "down",
    "ослабнуть": "down", "ослабеть": "down", "ослабить": "down", "ослаблять": "down",
}

NOUNS: dict[str, Direction] = {
    "рост": "up", "прирост": "up", "увеличение": "up", "повышение": "up", "ускорение": "up",
    "подорожание": "up", "укрепление": "up", "индексация": "up", "нарастание": "up",
    "снижение": "down", "сокращение": "down", "уменьшение": "down", "понижение": "down",
    "замедление": "down", "удешевление": "down", "падение": "down", "спад": "down",
    "ослабление": "down",
}

# Verbs that tell the value reached, not a change ("составил 5 млрд", "достиг 15,2 млрд").
LEVEL_VERBS = ("составить", "составлять", "достигнуть", "достигать")
