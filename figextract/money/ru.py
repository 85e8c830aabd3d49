"""Russian currency words: head nouns (declined by rule), abbreviations and defaults.

Full CLDR names ("норвежских крон", "долларов США") are added from babel in money.currencies;
this file holds only what CLDR lacks: the cases of the head nouns, abbreviations, and which
currency a bare head means ("доллар" alone is the US dollar in this news).
"""

from __future__ import annotations

# head stem -> (paradigm, extra forms, default ISO code or "" when a head needs a modifier)
HEADS: dict[str, tuple[str, str, str]] = {
    "доллар": ("hard_m", "", "USD"),
    "рубл": ("soft_m", "", "RUB"),
    "юан": ("soft_m", "", "CNY"),
    "евро": ("indecl", "", "EUR"),
    "тенге": ("indecl", "", "KZT"),
    "фунт": ("hard_m", "", "GBP"),
    "франк": ("hard_m", "", "CHF"),
    "иен": ("fem_a", "иен", "JPY"),
    "йен": ("fem_a", "йен", "JPY"),
    "лир": ("fem_a", "лир", "TRY"),
    "сом": ("hard_m", "", "KGS"),
    "сум": ("hard_m", "", "UZS"),
    "сомони": ("indecl", "", "TJS"),
    "дирхам": ("hard_m", "", "AED"),
    "гривн": ("fem_a", "гривен", "UAH"),
    "крон": ("fem_a", "крон", ""),
    "манат": ("hard_m", "", ""),
    "лари": ("indecl", "", "GEL"),
    "драм": ("hard_m", "", "AMD"),
    "вон": ("fem_a", "вон", "KRW"),
    "рупи": ("fem_a", "рупий", "INR"),
    "биткоин": ("hard_m", "", "BTC"),
}

# Hundredths: value in the currency's unit.
MINOR: dict[str, tuple[str, str, str]] = {
    "цент": ("hard_m", "", "USD"),
    "пенс": ("hard_m", "", "GBP"),
    "копейк": ("fem_ka", "копеек", "RUB"),
    "тиын": ("hard_m", "", "KZT"),
}

# Abbreviations, read with an optional final dot: "руб.", "долл.", "р.".
ABBREVIATIONS: dict[str, str] = {
    "долл": "USD",
    "дол": "USD",
    "руб": "RUB",
    "р": "RUB",
    "грн": "UAH",
    "тг": "KZT",
    "тнг": "KZT",
    "евр": "EUR",
}

# Words after the head that name the country: "долларов США", "фунтов стерлингов".
POST_MODIFIERS: dict[str, str] = {
    "сша": "USD",
    "кша": "USD",
    "стерлингов": "GBP",
    "стерлинга": "GBP",
    "стерлинг": "GBP",
    "стерлингам": "GBP",
    "стерлингами": "GBP",
    "стерлингах": "GBP",
    "оаэ": "AED",
}

# Stems of adjectives written after a hyphen: "20-долларовой", "100-рублевый" (every ending
# of a hard adjective).
ADJECTIVE_STEMS: dict[str, str] = {
    "долларов": "USD",
    "рублев": "RUB",
    "евров": "EUR",
    "тенгов": "KZT",
}

# Hundredths of the currency just named, after it: "20 долларов и 43 цента", "$20 и 43ц"
# (read only there: "43 ц" alone is 43 centners).
MINOR_LINKS = ("и",)
MINOR_AFTER = ("ц", "коп")

# A currency word is a weight when these follow it with a number: "8 фунтов 6 унций".
NOT_MONEY_AFTER = ("унций", "унции", "унция", "унцию", "унциями")
