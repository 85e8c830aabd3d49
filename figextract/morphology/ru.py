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
