"""Russian declension by rule, for the few paradigms figure words follow."""

from __future__ import annotations

# Endings in the order: nom, gen, dat, acc, ins, prep (singular), then the plural.
_PARADIGMS: dict[str, tuple[str, ...]] = {
    # доллар, франк, фунт, сом, дирхам, цент, процент
    "hard_m": ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"),
    # рубль, юань (the ь is part of the stem given without it)
    "soft_m": ("ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях"),
    # лира, крона, иена, гривна (the genitive plural is irregular; add it by hand)
    "fem_a": ("а", "ы", "е", "у", "ой", "ою", "ам", "ами", "ах"),
    # копейка
    "fem_ka": ("а", "и", "е", "у", "ой", "ою", "ам", "ами", "ах"),
    # тенге, евро, сомони
    "indecl": ("",),
}


def decline(stem: str, paradigm: str) -> list[str]:
    """Every case form of a noun: ``decline("доллар", "hard_m")`` → доллар, доллара, …"""
    return [stem + ending for ending in _PARADIGMS[paradigm]]


# Adjective endings (every case, gender and number) after a hard or a soft/hushing stem.
_ADJECTIVE_ENDINGS = {
    "hard": ("ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми"),
    "soft": ("ий", "его", "ему", "им", "ем", "ая", "ей", "ую", "ее", "ие", "их", "ими"),
    "stressed": ("ой", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми"),
}


def adjective(stem: str, kind: str = "hard") -> list[str]:
    """Every form of an adjective: ``adjective("прошл")`` → прошлый, прошлого, …"""
    return [stem + ending for ending in _ADJECTIVE_ENDINGS[kind]]


def month_forms(name: str) -> list[str]:
    """Case forms of a month from its CLDR nominative: январь → января, январе …; май →
    мая …; март → марта …; a name of another shape is given as it is."""
    if name.endswith(("ь", "й")):
        stem = name[:-1]
        return [name, stem + "я", stem + "ю", stem + "ем", stem + "е"]
    if name.endswith("т"):
        return [name, name + "а", name + "у", name + "ом", name + "е"]
    return [name]


def weekday_forms(name: str) -> list[str]:
    """Case forms of a weekday from its CLDR nominative: среда → среду, среды …"""
    if name.endswith("а"):  # среда, пятница, суббота
        return [name, name[:-1] + "у", name[:-1] + "ы", name[:-1] + "е"]
    if name.endswith("е"):  # воскресенье
        return [name, name[:-1] + "я"]
    return [name, name + "а", name + "у"]


# Verbs. Endings of the forms a verb of change takes in news text, by the class its infinitive
# shows: past (m, f, n, pl), non-past 3rd person (sg, pl), gerund, the active participle's stem.
# 2nd conjugation ("увеличить", "снизить"): the stem before -ить.
_VERB_I = {"past": ("ил", "ила", "ило", "или"), "now": ("ит", "ят"), "gerund": ("ив", "ивши"),
           "participle": ("ивш",), "infinitive": ("ить",)}
# 1st conjugation on a vowel ("снижать", "укреплять", "подешеветь"): the stem before -ть.
_VERB_E = {"past": ("л", "ла", "ло", "ли"), "now": ("ет", "ют"), "gerund": ("я",),
           "participle": ("вш", "ющ"), "infinitive": ("ть",)}
# -овать ("индексировать"): the stem before -овать.
_VERB_OVA = {"past": ("овал", "овала", "овало", "овали"), "now": ("ует", "уют"),
             "gerund": ("уя",), "participle": ("овавш", "ующ"), "infinitive": ("овать",)}
# -нуть that loses its -ну- in the past ("ослабнуть": ослаб, ослабла, ослабнет).
_VERB_NU = {"past": ("", "ла", "ло", "ли"), "now": ("нет", "нут"), "gerund": ("нув",),
            "participle": ("нувш", "ш"), "infinitive": ("нуть",)}
# Roots whose forms follow no class above; a prefix is kept ("вы" + "расти" → вырос, вырастет).
_IRREGULAR: dict[str, dict[str, tuple[str, ...]]] = {
    "расти": {"past": ("рос", "росла", "росло", "росли"), "now": ("растет", "растут"),
              "gerund": ("растя",), "participle": ("росш", "растущ"), "infinitive": ("расти",)},
    "пасть": {"past": ("пал", "пала", "пало", "пали"), "now": ("падет", "падут"),
              "gerund": ("пав",), "participle": ("павш",), "infinitive": ("пасть",)},
    # (not "-нять" alone: "исполнять" is a regular verb)
    "поднять": {"past": ("поднял", "подняла", "подняло", "подняли"),
                "now": ("поднимет", "поднимут"), "gerund": ("подняв",),
                "participle": ("поднявш",), "infinitive": ("поднять",)},
}
# The passive participle's stem: the last consonant of an -ить stem alternates
# (снизить → снижен, сократить → сокращен, повысить → повышен, укрепить → укреплен).
_PASSIVE_ALTERNATION = (("ст", "щ"), ("з", "ж"), ("с", "ш"), ("т", "щ"), ("д", "ж"),
                        ("п", "пл"), ("б", "бл"), ("в", "вл"), ("м", "мл"))


def _verb_class(infinitive: str) -> tuple[str, dict[str, tuple[str, ...]]]:
    if infinitive.endswith(("ся", "сь")):
        infinitive = infinitive[:-2]
    for root, table in _IRREGULAR.items():
        if infinitive.endswith(root):
            return infinitive[:-len(root)], table
    if infinitive.endswith("овать"):
        return infinitive[:-5], _VERB_OVA
    if infinitive.endswith("нуть"):
        return infinitive[:-4], _VERB_NU
    if infinitive.endswith("ить"):
        return infinitive[:-3], _VERB_I
    if infinitive.endswith(("ать", "ять", "еть")):
        return infinitive[:-2], _VERB_E
    raise ValueError(f"no verb class for {infinitive!r}: expected an infinitive in -ть or -ти")


def _passive(stem: str) -> str:
    for plain, alternated in _PASSIVE_ALTERNATION:
        if stem.endswith(plain):
            return stem[:-len(plain)] + alternated + "ен"
    return stem + "ен"


def verb(infinitive: str) -> list[str]:
    """The forms of a verb and of its reflexive (-ся): ``verb("увеличить")`` → увеличил,
    увеличилась, увеличится, увеличатся, увеличившийся, увеличен, увеличенного …"""
    stem, table = _verb_class(infinitive)
    forms: list[str] = []
    for tense in ("past", "now", "gerund", "infinitive"):
        for ending in table[tense]:
            # after a hushing sound the 3rd person plural of an -ить verb is -ат (увеличат)
            if table is _VERB_I and ending == "ят" and stem[-1:] in "жчшщ":
                ending = "ат"
            form = stem + ending
            forms += (form, form + ("сь" if form[-1] in "аеиоуыэюя" else "ся"))
    for participle in table["participle"]:
        for form in adjective(stem + participle, "soft"):
            forms += (form, form + "ся")
    passive = _passive(stem) if table is _VERB_I else stem + "ован" if table is _VERB_OVA else ""
    if passive:  # увеличен, увеличена, увеличенный …; проиндексирован …
        forms += (passive, passive + "а", passive + "о", passive + "ы")
        forms += adjective(passive + "н")
    return forms


# Nouns of change by their ending: -ние/-тие (снижение), -ция/-ия (индексация), or a hard
# consonant (рост, спад), singular only (the plural of "рост" is the city Ростов).
_NOUN_ENDINGS = {
    "ие": ("ие", "ия", "ию", "ием", "ии", "ий", "иям", "иями", "иях"),
    "ия": ("ия", "ии", "ию", "ией", "ий", "иям", "иями", "иях"),
    "": ("", "а", "у", "ом", "е"),
}


def noun(lemma: str) -> list[str]:
    """The forms of a noun of change: ``noun("снижение")`` → снижения, снижению, снижением …"""
    for ending, endings in _NOUN_ENDINGS.items():
        if lemma.endswith(ending):
            stem = lemma[:len(lemma) - len(ending)]
            return [stem + e for e in endings]
    raise AssertionError("unreachable: the last ending matches every lemma")


# Any noun by the ending of its nominative singular: every case, both numbers (for the
# words of statements: "товарооборот", "инфляция", "зарплата", "прибыль", "производство").
_HUSHING_OR_VELAR = "гкхжшчщ"


def any_noun(lemma: str) -> list[str]:
    """Every case form of a noun in both numbers, by its ending; an abbreviation in capitals
    ("ВВП") or a word of another shape is given as it is."""
    if lemma.isupper() or len(lemma) < 3:
        return [lemma]
    last, stem = lemma[-1], lemma[:-1]
    if lemma.endswith(("ия", "ие")):
        return noun(lemma)
    if last == "а" or last == "я":
        i = "и" if last == "я" or stem[-1] in _HUSHING_OR_VELAR else "ы"
        soft = last == "я"
        return [lemma, stem + i, stem + ("е"), stem + ("ю" if soft else "у"),
                stem + ("ей" if soft else "ой"), stem + i, stem + ("ь" if soft else ""),
                stem + ("ям" if soft else "ам"), stem + ("ями" if soft else "ами"),
                stem + ("ях" if soft else "ах")]
    if last == "ь":  # прибыль, занятость; показатель (either gender: both sets of endings)
        return [lemma, stem + "и", stem + "ью", stem + "ей", stem + "ям", stem + "ями",
                stem + "ях", stem + "я", stem + "ю", stem + "ем", stem + "е"]
    if last == "о" or last == "е":  # производство, жилье
        return [lemma, stem + "а", stem + "у", stem + "ом", stem + "е", stem + "", stem + "ам",
                stem + "ами", stem + "ах", stem + "ем", stem + "я", stem + "ю", stem + "й"]
    if last == "й":  # урожай
        return [lemma, stem + "я", stem + "ю", stem + "ем", stem + "е", stem + "и", stem + "ев",
                stem + "ям", stem + "ями", stem + "ях"]
    plural_i = "и" if last in _HUSHING_OR_VELAR else "ы"
    return [lemma, lemma + "а", lemma + "у", lemma + "ом", lemma + "е", lemma + plural_i,
            lemma + ("ей" if last in "жшчщ" else "ов"), lemma + "ам", lemma + "ами",
            lemma + "ах"]


def any_adjective(masculine: str) -> list[str]:
    """Every form of an adjective from its masculine nominative ("базовый", "внешний",
    "годовой")."""
    stem, ending = masculine[:-2], masculine[-2:]
    if ending == "ой":
        return adjective(stem, "stressed")
    if ending == "ий" and stem[-1:] not in _HUSHING_OR_VELAR:
        return adjective(stem, "soft")
    if ending == "ий":  # общий, -кий: soft endings after a hushing sound, hard after к г х
        kind = "soft" if stem[-1] in "жшчщ" else "hard"
        return [*adjective(stem, kind), stem + "ие", stem + "их"]
    return adjective(stem)
