"""Russian verbs and nouns of change, as stems with their direction: a word is a word of
change when it starts with one of them ("увеличи" → увеличился, увеличилась, увеличится …;
"сниж" → снижение, снижается). Stems are long enough not to start other common words."""

from __future__ import annotations

from typing import Literal

Direction = Literal["up", "down"]

STEMS: dict[str, Direction] = {
    # up
    "вырос": "up", "выраст": "up", "возрос": "up", "возраст": "up", "увеличи": "up",
    "увелич": "up", "повыси": "up", "повыша": "up", "повыш": "up", "подорожа": "up",
    "ускори": "up", "ускоря": "up", "поднял": "up", "подним": "up", "подня": "up",
    "прирост": "up", "рост": "up", "нарасти": "up", "нараста": "up", "укрепи": "up",
    "укрепля": "up", "проиндексир": "up", "индексир": "up",
    # down
    "снизи": "down", "снижа": "down", "сниж": "down", "сократи": "down", "сокраща": "down",
    "сокращ": "down", "уменьши": "down", "уменьша": "down", "уменьш": "down",
    "пониз": "down", "понижа": "down", "замедли": "down", "замедля": "down",
    "подешеве": "down", "упал": "down", "упад": "down", "опусти": "down", "опуска": "down",
    "ослаб": "down", "падени": "down", "спад": "down",
}
