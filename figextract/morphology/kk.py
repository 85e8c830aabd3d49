"""Kazakh noun suffixes by rule: vowel harmony and the assimilation of a suffix's first sound.

``forms("доллар")`` gives every form a figure's word takes in news text — ``долларға``,
``доллардан``, ``доллары``, ``долларына``, ``долларлық``, ``доллардай`` … — each with the tag of
its last suffix (``"dat"``, ``"abl"``, ``"equ"`` …), which the grammar reads ("-нан … -ға дейін",
"-дан астам", "-дай").
"""

from __future__ import annotations

from collections.abc import Iterator

BACK_VOWELS = frozenset("аоұыуя")
FRONT_VOWELS = frozenset("әеөүіэюи")
VOWELS = BACK_VOWELS | FRONT_VOWELS
NASALS = frozenset("мнң")
SONORANTS = frozenset("рлйу")
VOICED = frozenset("жзғ")
# Voiceless, plus б в г д which are devoiced at the end of a word ("миллиардқа").
VOICELESS = frozenset("кқпстфхцчшщбвгд")


def is_front(word: str) -> bool:
    """Front (ә е ө ү і) or back harmony, from the last vowel; a final ь reads front."""
    if word.endswith("ь"):
        return True
    for ch in reversed(word):
        if ch in FRONT_VOWELS:
            return True
        if ch in BACK_VOWELS:
            return False
    return False


def _sound(word: str) -> str:
    last = word.rstrip("ь")[-1:]
    if last in VOWELS:
        return "vowel"
    if last in NASALS:
        return "nasal"
    if last in SONORANTS:
        return "sonorant"
    if last in VOICED:
        return "voiced"
    return "voiceless"


# Each suffix: by the final sound of the word it attaches to, a pair (back, front).
_TABLE: dict[str, dict[str, tuple[str, str]]] = {
    "dat": {"vowel": ("ға", "ге"), "sonorant": ("ға", "ге"), "nasal": ("ға", "ге"),
            "voiced": ("ға", "ге"), "voiceless": ("қа", "ке")},
    "abl": {"vowel": ("дан", "ден"), "sonorant": ("дан", "ден"), "nasal": ("нан", "нен"),
            "voiced": ("дан", "ден"), "voiceless": ("тан", "тен")},
    "loc": {"vowel": ("да", "де"), "sonorant": ("да", "де"), "nasal": ("да", "де"),
            "voiced": ("да", "де"), "voiceless": ("та", "те")},
    "acc": {"vowel": ("ны", "ні"), "sonorant": ("ды", "ді"), "nasal": ("ды", "ді"),
            "voiced": ("ды", "ді"), "voiceless": ("ты", "ті")},
    "gen": {"vowel": ("ның", "нің"), "sonorant": ("дың", "дің"), "nasal": ("ның", "нің"),
            "voiced": ("дың", "дің"), "voiceless": ("тың", "тің")},
    "ins": {"vowel": ("мен", "мен"), "sonorant": ("мен", "мен"), "nasal": ("бен", "бен"),
            "voiced": ("бен", "бен"), "voiceless": ("пен", "пен")},
    "poss": {"vowel": ("сы", "сі"), "sonorant": ("ы", "і"), "nasal": ("ы", "і"),
             "voiced": ("ы", "і"), "voiceless": ("ы", "і")},
    "equ": {"vowel": ("дай", "дей"), "sonorant": ("дай", "дей"), "nasal": ("дай", "дей"),
            "voiced": ("дай", "дей"), "voiceless": ("тай", "тей")},
    "adj": {"vowel": ("лық", "лік"), "sonorant": ("лық", "лік"), "nasal": ("дық", "дік"),
            "voiced": ("дық", "дік"), "voiceless": ("тық", "тік")},
    "plur": {"vowel": ("лар", "лер"), "sonorant": ("лар", "лер"), "nasal": ("дар", "дер"),
             "voiced": ("дар", "дер"), "voiceless": ("тар", "тер")},
    "coll": {"vowel": ("лаған", "леген"), "sonorant": ("лаған", "леген"),
             "nasal": ("даған", "деген"), "voiced": ("даған", "деген"),
             "voiceless": ("таған", "теген")},
}

# After the 3rd-person possessive (доллар-ы-на) the case suffixes take an n.
_AFTER_POSS: dict[str, tuple[str, str]] = {
    "dat": ("на", "не"), "abl": ("нан", "нен"), "loc": ("нда", "нде"), "acc": ("н", "н"),
    "gen": ("ның", "нің"), "ins": ("мен", "мен"),
}

_VOICING_BEFORE_VOWEL = {"қ": "ғ", "к": "г", "п": "б"}

CASES: tuple[str, ...] = ("dat", "abl", "loc", "acc", "gen", "ins")


# Suffixes that start with л, which turns to д after a final л: жыл-дар, жыл-дық, but ай-лар.
_L_SUFFIXES = frozenset({"plur", "adj", "coll"})


def suffix(word: str, tag: str) -> str:
    """The form of suffix ``tag`` that ``word`` takes."""
    sound = _sound(word)
    if tag in _L_SUFFIXES and word.endswith("л"):
        sound = "nasal"
    back, front = _TABLE[tag][sound]
    return front if is_front(word) else back


def attach(word: str, tag: str) -> str:
    """``word`` with suffix ``tag``; a final ь gives way to a possessive (рубль → рублі)."""
    if tag == "poss":
        if word.endswith("ь"):
            return word[:-1] + "і"
        if word[-1:] in _VOICING_BEFORE_VOWEL:  # тармақ → тармағы, долларлық → долларлығы
            return word[:-1] + _VOICING_BEFORE_VOWEL[word[-1]] + suffix(word, tag)
    return word + suffix(word, tag)


def _after_poss(word: str, tag: str) -> str:
    back, front = _AFTER_POSS[tag]
    return word + (front if is_front(word) else back)


def forms(stem: str, *, plural: bool = True) -> Iterator[tuple[str, str]]:
    """Every (form, tag) of ``stem`` a figure's word takes; the bare stem is tagged ``"nom"``."""
    yield stem, "nom"
    for case in CASES:
        yield attach(stem, case), case
    poss = attach(stem, "poss")
    yield poss, "poss"
    for case in CASES:
        yield _after_poss(poss, case), case
    for tag in ("adj", "equ"):
        derived = attach(stem, tag)
        yield derived, tag
        for case in CASES:
            yield attach(derived, case), case
        derived_poss = attach(derived, "poss")
        yield derived_poss, tag
        for case in CASES:
            yield _after_poss(derived_poss, case), case
    if plural:
        many = attach(stem, "plur")
        yield many, "plur"
        for case in CASES:
            yield attach(many, case), case
        many_poss = attach(many, "poss")
        yield many_poss, "plur"
        for case in CASES:
            yield _after_poss(many_poss, case), case


def suffix_tags(word: str) -> dict[str, str]:
    """Bare suffixes written after a hyphen ("%-ға", "100-ден") for a word read as ``word``."""
    out: dict[str, str] = {}
    for form, tag in forms(word, plural=False):
        if form != word and form.startswith(word):
            out[form[len(word):]] = tag
    return out
