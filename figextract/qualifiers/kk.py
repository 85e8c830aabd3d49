"""Kazakh qualifiers (roles as in qualifiers.ru). Many follow the figure and govern a case:
"-дан астам" (more than), "-ға дейін" (up to), "-ға жуық" (close to), "-нан асады" (exceeds)."""

from __future__ import annotations

from figextract.vocab import Role

BEFORE: dict[str, Role] = {
    "шамамен": "approx",
    "шамасы": "approx",
    "жуық шамамен": "approx",
    "орта есеппен": "approx",
    "кемінде": "above",
    "ең кемі": "above",
    "ең кемінде": "above",
    "аса": "above",
    "ең көбі": "below",
    "көп дегенде": "below",
}
# After the figure, with the case its last word must be in ("" = any).
AFTER: dict[str, tuple[Role, str]] = {
    "астам": ("above", ""),
    "артық": ("above", "abl"),
    "көп": ("above", "abl"),
    "көбірек": ("above", "abl"),
    "аса": ("above", "abl"),
    "асады": ("above", "abl"),
    "асты": ("above", "abl"),
    "асқан": ("above", "abl"),
    "асатын": ("above", "abl"),
    "асып": ("above", "abl"),
    "асып түсті": ("above", "abl"),
    "кем": ("below", "abl"),
    "кемірек": ("below", "abl"),
    "аз": ("below", "abl"),
    "төмен": ("below", "abl"),
    "дейін": ("to", "dat"),
    "дейінгі": ("to", "dat"),
    "шейін": ("to", "dat"),
    "жуық": ("approx", "dat"),
    "тарта": ("approx", "dat"),
    "таяу": ("approx", "dat"),
    "шамасында": ("approx", ""),
    "шақты": ("approx", ""),
    "бастап": ("from", "abl"),
}
# Range: "X мен Y аралығында" (between X and Y).
RANGE_AND = ("мен", "пен", "бен")
RANGE_AROUND = ("аралығында", "аралығы", "аралығындағы", "аралығын", "аралығына")

# As in qualifiers.ru: what may follow an amount whose currency was just named.
ELLIPSIS_FOLLOWERS = ("және", "ал", "немесе", "болса")

# Emphatic particles written after a hyphen that leave the number as it is: "14-ақ процент".
HYPHEN_PARTICLES = ("ақ",)
# Stems whose suffixes are also written after a hyphen, as after digits or "%": "100-ден",
# "%-ға", "30%-дан" (the suffixes of these stems cover every harmony and final sound).
SUFFIXED_AFTER_HYPHEN = ("пайыз", "процент", "жүз", "жиырма", "мың", "он", "бес", "миллион",
                         "қырық", "доллар", "теңге", "алты")

# As in qualifiers.ru: where a dash against the digits is a minus sign.
MINUS_AFTER = ("деңгейінде", "шамасында", "минус")
QUALIFIER_BREAKS = (":", "\n")  # as in qualifiers.ru: "кемінде:\n30 пайыз"
