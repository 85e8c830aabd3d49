"""Currency knowledge derived from babel's CLDR data: symbols, ISO codes, and the modifiers
that pick one currency among those sharing a head noun ("норвежских крон" → NOK,
"Швеция кроны" → SEK)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex
from babel import Locale
from babel.core import get_global
from babel.numbers import (
    get_currency_name,
    get_currency_symbol,
    get_territory_currencies,
    list_currencies,
)

from figextract.textnorm import fold

# Codes preferred when CLDR gives two currencies the same symbol or modifier.
PREFERRED: tuple[str, ...] = ("USD", "EUR", "KZT", "RUB", "GBP", "CNY", "JPY", "CHF", "TRY",
                              "KGS", "UZS", "TJS", "AED", "UAH")
_COUNTS = (1, 2, 5, 1.5)


@cache
def iso_codes() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows, historical ones included (read when written as codes)."""
    return frozenset(list_currencies())


# Codes that are also words or acronyms in Latin-script text ("TOP 09", a Czech party).
WORD_LIKE_CODES = frozenset({"ALL", "TOP", "CUP", "MOP", "PEN", "BOB", "SOS", "MAD", "BAM",
                             "GEL", "MDL", "CVE", "SAR", "PAB", "BIF"})


def written_codes() -> frozenset[str]:
    """Codes read as a currency when written in capitals beside a number."""
    return iso_codes() - WORD_LIKE_CODES


@cache
def current_codes() -> frozenset[str]:
    """Codes in use today in some territory: the ones names and symbols are read as."""
    territories = get_global("territory_currencies").keys()
    out: set[str] = set()
    for territory in territories:
        out.update(get_territory_currencies(territory))
    return frozenset(out)


def _ordered_codes() -> list[str]:
    rest = sorted(current_codes() - set(PREFERRED))
    return [c for c in PREFERRED if c in current_codes()] + rest


# Symbols news text uses that CLDR's ru, kk and en data do not list.
EXTRA_SYMBOLS: dict[str, str] = {"us$": "USD", "u.s.$": "USD", }


@cache
def symbols() -> dict[str, str]:
    """Currency symbols (folded, as the rules read text) -> ISO code: $, €, ₸, US$ …"""
    out: dict[str, str] = dict(EXTRA_SYMBOLS)
    for locale in ("ru", "kk", "en"):
        for code in _ordered_codes():
            symbol = fold(get_currency_symbol(code, locale)).text  # "F\u202fCFA" -> "f cfa"
            if symbol == code.lower() or symbol.isalpha() or not symbol.strip():
                continue
            out.setdefault(symbol, code)
    return out


def may_be_code(word: str) -> bool:
    """Whether a folded word could be an ISO 4217 code (written in capitals: "USD")."""
    return len(word) == 3 and word.isascii()


def symbol_words() -> frozenset[str]:
    """The letters a symbol starts with ("us" of "US$"): where a figure may begin."""
    return frozenset(regex.match(r"\p{L}*", s).group() for s in symbols()) - {""}


def _cldr_names(code: str, locale: str) -> list[str]:
    names = {get_currency_name(code, count=n, locale=locale).lower() for n in _COUNTS}
    display = Locale.parse(locale).currencies.get(code)
    if display:
        names.add(display.lower())
    return sorted(names)


def _common_prefix(words: Iterable[str]) -> str:
    items = list(words)
    if not items:
        return ""
    first = min(items)
    last = max(items)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


def _head_of(word: str, heads: tuple[str, ...]) -> str:
    """The longest head stem ``word`` starts with ("сомони" is not a form of "сом")."""
    return max((h for h in heads if word.startswith(h)), key=len, default="")


@cache
def modifiers(locale: str, heads: tuple[str, ...]) -> dict[str, list[tuple[str, str, str]]]:
    """For each head stem, the CLDR modifiers that choose a currency.

    Returns ``head -> [(root, "pre" | "post", code)]``; a word matches a modifier when it
    starts with the root (so "норвежских", "норвежской" and "норвежским" all match "норвежск").
    """
    out: dict[str, list[tuple[str, str, str]]] = {}
    for code in _ordered_codes():
        names = [name.split() for name in _cldr_names(code, locale)]
        if not names:
            continue
        stems = [[_head_of(w, heads) for w in ws] for ws in names]  # each word's, found once
        for head in heads:
            positions = [found.index(head) if head in found else -1 for found in stems]
            if -1 in positions:
                continue
            pre = [ws[:i] for ws, i in zip(names, positions, strict=True)]
            post = [ws[i + 1:] for ws, i in zip(names, positions, strict=True)]
            for side, parts in (("pre", pre), ("post", post)):
                if all(len(p) == 1 for p in parts):
                    root = _common_prefix(p[0] for p in parts)
                    if len(root) >= 3:
                        out.setdefault(head, []).append((root, side, code))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out
