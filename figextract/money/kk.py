"""Kazakh currency words: heads (suffixes added by rule), abbreviations and defaults."""

from __future__ import annotations

# head -> default ISO code ("" when the head needs a modifier such as "Швеция кроны")
HEADS: dict[str, str] = {
    "доллар": "USD",
    "теңге": "KZT",
    "тенге": "KZT",
    "еуро": "EUR",
    "евро": "EUR",
    "рубль": "RUB",
    "юань": "CNY",
    "фунт": "GBP",
    "франк": "CHF",
    "иена": "JPY",
    "йена": "JPY",
    "лира": "TRY",
    "сом": "KGS",
    "сум": "UZS",
    "сомони": "TJS",
    "дирхам": "AED",
    "гривна": "UAH",
    "крона": "",
    "манат": "",
    "биткоин": "BTC",
}

MINOR: dict[str, str] = {
    "тиын": "KZT",
    "цент": "USD",
    "пенс": "GBP",
}

ABBREVIATIONS: dict[str, str] = {
    "тг": "KZT",
    "тнг": "KZT",
    "долл": "USD",
}

# Words before the head that name the country, beyond CLDR's: "АҚШ доллары".
PRE_MODIFIERS: dict[str, str] = {
    "ақш": "USD",
    "американ": "USD",
    "ресей": "RUB",
    "қытай": "CNY",
    "британ": "GBP",
    "қырғыз": "KGS",
    "өзбек": "UZS",
    "тәжік": "TJS",
    "түрік": "TRY",
}

# As in money.ru: "5 теңге және 50 тиын".
MINOR_LINKS = ("және",)

# Heads whose adjective ("-тық") is a measure, not money: "жиырма фунттық контейнер" (a
# twenty-foot container).
NO_ADJECTIVE = ("фунт",)
