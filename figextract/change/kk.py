"""Kazakh verbs and nouns of change, with their direction (as in change.ru). Verbs are given as
stems, the causative and passive ones too ("арт", "арттыр", "арттырыл"); ``morphology.kk.verb``
makes every form (өсті, өскен, өседі, өсіп, өсу, өсуі, өсуде …); nouns take every case and
possessive by ``morphology.kk.forms``."""

from __future__ import annotations

from figextract.change.ru import Direction

VERBS: dict[str, Direction] = {
    # up
    "өс": "up", "арт": "up", "арттыр": "up", "арттырыл": "up", "ұлғай": "up", "ұлғайт": "up",
    "ұлғайтыл": "up", "көбей": "up", "көбейт": "up", "жоғарыла": "up", "жоғарылат": "up",
    "көбейтіл": "up", "қымбатта": "up", "нығай": "up", "нығайт": "up", "көтеріл": "up",
    "көтер": "up", "индексте": "up", "индекстел": "up",
    # down
    "төменде": "down", "төмендет": "down", "төмендетіл": "down", "азай": "down",
    "азайт": "down", "азайтыл": "down", "қысқар": "down", "қысқарт": "down",
    "қысқартыл": "down", "кемі": "down", "кеміт": "down", "түс": "down", "әлсіре": "down",
    "арзанда": "down", "арзандат": "down",
    "арзандатыл": "down", "құла": "down", "құлдыра": "down", "баяула": "down",
}

NOUNS: dict[str, Direction] = {"өсім": "up"}

# Verbs that tell the value reached (as in change.ru): "5 млрд теңгені құрады", "жетті".
LEVEL_VERBS = ("құра", "жет")
