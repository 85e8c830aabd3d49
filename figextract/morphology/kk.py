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
# A final у or ю after a vowel sounds [w]: a consonant for suffixes, with no harmony of its own.
_GLIDES = ("у", "ю")


def is_front(word: str) -> bool:
    """Front (ә е ө ү і) or back harmony, from the last vowel; a final ь, к or г reads front.
    A у after another vowel (or the ю of й + у) is a glide that takes that vowel's harmony
    (өсу → өсуде, арту → артуда, ұлғаю → ұлғаюға)."""
    if word.endswith(("ь", "к", "г")):  # к and г are front sounds: банк → банкке, банктің
        return True
    if word.endswith(_GLIDES) and any(ch in VOWELS for ch in word[:-1]):
        word = word[:-1]
    for ch in reversed(word):
        if ch in FRONT_VOWELS:
            return True
        if ch in BACK_VOWELS:
            return False
    return False


def _sound(word: str) -> str:
    last = word.rstrip("ь")[-1:]
    if last in _GLIDES and len(word) > 1:  # су → суды, өсу → өсуі, ұлғаю → ұлғаюы
        return "sonorant"
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
    "ins": {"vowel": ("мен", "мен"), "sonorant": ("мен", "мен"), "nasal": ("мен", "мен"),
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
    """``word`` with suffix ``tag``; a final ь gives way to a possessive (рубль → рублі); a
    final "ст" loses its т before the plural (турист → туристер, журналист → журналистер)."""
    if tag == "plur" and word.endswith("ст"):
        return word[:-1] + suffix(word, tag)
    if tag == "poss":
        if word.endswith("ь"):
            return word[:-1] + "і"
        if word[-1:] in _VOICING_BEFORE_VOWEL and word[-2:-1] in VOWELS:
            # тармақ → тармағы, долларлық → долларлығы; but банк → банкі
            return word[:-1] + _VOICING_BEFORE_VOWEL[word[-1]] + suffix(word, tag)
    return word + suffix(word, tag)


def located(word: str) -> str:
    """The adjective of the locative: "шілде" → "шілдедегі", "қазан" → "қазандағы" ("as of
    9 July": "9 шілдедегі жағдай бойынша")."""
    return attach(word, "loc") + ("гі" if is_front(word) else "ғы")


def _after_poss(word: str, tag: str) -> str:
    back, front = _AFTER_POSS[tag]
    return word + (front if is_front(word) else back)


def cases(word: str) -> Iterator[tuple[str, str]]:
    """A word, its cases, its possessive and the cases after that, each with its tag."""
    yield word, "nom"
    for case in CASES:
        yield attach(word, case), case
    poss = attach(word, "poss")
    yield poss, "poss"
    for case in CASES:
        yield _after_poss(poss, case), case


def forms(stem: str, *, plural: bool = True) -> Iterator[tuple[str, str]]:
    """Every (form, tag) of ``stem`` a figure's word takes; the bare stem is tagged ``"nom"``."""
    yield from cases(stem)
    for tag in ("adj", "equ"):
        derived = attach(stem, tag)
        for form, case in cases(derived):
            yield form, tag if case in ("nom", "poss") else case
    if plural:
        many = attach(stem, "plur")
        for form, case in cases(many):
            yield form, "plur" if case in ("nom", "poss") else case


def suffix_tags(word: str) -> dict[str, str]:
    """Bare suffixes written after a hyphen ("%-ға", "100-ден") for a word read as ``word``."""
    out: dict[str, str] = {}
    for form, tag in forms(word, plural=False):
        if form != word and form.startswith(word):
            out[form[len(word):]] = tag
    return out


# Verbs. Each tense's suffix by the stem's final sound, (back, front).
_VERB_TABLE: dict[str, dict[str, tuple[str, str]]] = {
    "past": {"vowel": ("ды", "ді"), "sonorant": ("ды", "ді"), "nasal": ("ды", "ді"),
             "voiced": ("ды", "ді"), "voiceless": ("ты", "ті")},
    "participle": {"vowel": ("ған", "ген"), "sonorant": ("ған", "ген"), "nasal": ("ған", "ген"),
                   "voiced": ("ған", "ген"), "voiceless": ("қан", "кен")},
    "intent": {"vowel": ("мақ", "мек"), "sonorant": ("мақ", "мек"), "nasal": ("бақ", "бек"),
               "voiced": ("бақ", "бек"), "voiceless": ("пақ", "пек")},
}


def _pick(pair: tuple[str, str], front: bool) -> str:
    return pair[1] if front else pair[0]


def verb(stem: str) -> list[str]:
    """The forms a verb takes in news text, from its stem: ``verb("өс")`` → өсті, өскен,
    өседі, өсер, өспек, өсіп, өсіпті, өсе, өсетін, өсу, өсуі, өсуде, өскені …;
    ``verb("ұлғай")`` → ұлғайды, ұлғаяды, ұлғаю …; ``verb("кемі")`` → кеміді, кемиді, кему …"""
    front, sound = is_front(stem), _sound(stem)
    out = [stem + _pick(_VERB_TABLE[tense][sound], front)
           for tense in ("past", "participle", "intent")]
    if sound == "vowel":
        # ы/і + й read и (кемі → кемиді), ы/і + у read у (кемі → кему)
        base = stem[:-1] + "и" if stem[-1] in "ыі" else stem + "й"
        now, noun = base, (stem[:-1] if stem[-1] in "ыі" else stem) + "у"
        out += [stem + "р", stem + "п"]
    else:
        # й + а reads я, й + у reads ю (ұлғай → ұлғаяды, ұлғаю; көбей → көбейеді, көбею)
        if stem.endswith("й"):
            now, noun = stem[:-1] + ("йе" if front else "я"), stem[:-1] + "ю"
        else:
            now, noun = stem + _pick(("а", "е"), front), stem + "у"
        out += [now + "р", stem + _pick(("ып", "іп"), front)]
    gerund = out[-1]
    out += [gerund + _pick(("ты", "ті"), front)]  # what is reported: өсіпті, азайыпты
    out += [now, now + _pick(("ды", "ді"), front), now + _pick(("тын", "тін"), front)]
    participle = out[1]
    out += [form for word in (noun, participle) for form, _ in cases(word)]
    return out
