"""Kazakh counted nouns: entity -> stems (suffixes added by rule, morphology.kk).

Between the number and the noun a count may have adjectives ("250 италиялық компания",
"шағын және орта кәсіпорын"): words with an adjective suffix or from ``ADJECTIVES``.
"""

from __future__ import annotations

NOUNS: dict[str, tuple[str, ...]] = {
    "company": ("компания", "кәсіпорын", "фирма", "ұйым", "серіктестік", "жшс", "банк", "субъект",
                "субъекті"),  # "кәсіпкерлік субъектісі": written as if on субъекті
    "project": ("жоба",),
    "agreement": ("келісім", "шарт", "меморандум", "келісімшарт", "келісім-шарт"),
    "student": ("студент", "білімгер"),
    "investor": ("инвестор",),
    "country": ("ел", "мемлекет"),
    "person": ("адам", "тұрғын", "қызметкер", "жұмыскер", "азамат", "жұмыссыз", "зейнеткер",
               "турист"),
}
# After a counted noun, what makes a bare number after it a count of that noun: "жобалар саны
# 29-дан 97-ге дейін өскен".
NUMBER_OF = ("саны", "санын", "санының")
# Forms of counted nouns that are other words after a number: "банкі" is also a jar ("12000
# банкі бұқтырылған ет").
HOMOGRAPHS = ("банкі",)
# Adjective suffixes ("италиялық", "шетелдік", "ішкі") and common adjectives without one.
ADJECTIVE_SUFFIXES = ("лық", "лік", "дық", "дік", "тық", "тік", "ғы", "гі", "қы", "кі",
                      "дағы", "дегі", "тағы", "тегі")
ADJECTIVES = ("ірі", "шағын", "орта", "жаңа", "жеке", "отандық", "шетел", "әлемнің", "түрлі",
              "басқа", "көптеген", "негізгі", "бірлескен", "халықаралық")
ADJECTIVE_LINKS = ("және", "мен", "пен", "бен", "немесе")
# Classifiers between a number and what it counts: "261410 бірлік шағын кәсіпорын" ("units
# of"), "5 дана" (pieces).
CLASSIFIERS = ("бірлік", "дана")
# Counted nouns of two words: entity -> (first word's forms, second word's forms).
COMPOUNDS: dict[str, tuple[str, str]] = {
    "job": ("жұмыс", "орын орны орнын орнына орнында орнынан орнының орнымен орындар "
                     "орындары орындарын орындарына орындарының орындарды орындарға"),
}
