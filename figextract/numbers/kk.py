"""Kazakh number words: stems, to which the grammar adds suffixes by rule (morphology.kk)."""

from __future__ import annotations

CARDINALS: dict[int, str] = {
    0: "нөл",
    1: "бір",
    2: "екі",
    3: "үш",
    4: "төрт",
    5: "бес",
    6: "алты",
    7: "жеті",
    8: "сегіз",
    9: "тоғыз",
    10: "он",
    20: "жиырма",
    30: "отыз",
    40: "қырық",
    50: "елу",
    60: "алпыс",
    70: "жетпіс",
    80: "сексен",
    90: "тоқсан",
}

# "екі жүз": жүз multiplies what stands before it, like a scale below a thousand.
HUNDRED = "жүз"

SCALES: dict[int, tuple[str, str]] = {
    10**3: ("мың", ""),
    10**6: ("миллион", "млн"),
    10**9: ("миллиард", "млрд"),
    10**12: ("триллион", "трлн"),
}

# "үш жарым миллион" (3.5 million), "бір жарым".
HALF = "жарым"
QUARTER = "ширек"
# "жеті бүтін алты" (7.6), "жиырма бүтін оннан жеті" (20.7), "бес бүтін жүзден отыз екі" (5.32).
POINT = "бүтін"
DENOMINATORS: dict[int, str] = {10: "оннан", 100: "жүзден", 1000: "мыңнан"}

# Vague amounts: "бірнеше миллион", "миллиардтаған теңге", "ондаған", "жүздеген".
SEVERAL = "бірнеше"
VAGUE_COLLECTIVE_STEMS: tuple[str, ...] = ("он", "жүз", "мың", "миллион", "миллиард", "триллион")

# Suffixed forms of number stems that are other common words, never read as numbers.
HOMOGRAPHS = frozenset(
    "үшін оны оның онда онан оған бірге біреу бірақ бірде бірі бірін біріне бірінен бірінде "
    "бірінің бірімен жүзі жүзін жүзіне жүзінде жүзінен жүзінің жүзімен онымен ондай "
    "алтын алтыны алтынға бірлік бірлігі бірлікте бірлікке бірліктің".split()
)
