"""Money rules: the currency of an amount, written after it or before it.

    CURRENCY = SYMBOL                                   ("$", "₸", "US$", "F CFA")
             | CODE                                     ("USD", written in capitals)
             | [MODIFIER] HEAD [. ] [MODIFIER]          ("норвежских крон", "долларов США",
                                                          "АҚШ доллары", "долл.")
             | MINOR                                    ("цент", "тиын": hundredths)
    PREFIX   = SYMBOL | CODE                            ("$3,3 млрд", "USD 100")

Heads, abbreviations and modifiers come from ``money/ru.py``, ``money/kk.py`` and CLDR
(``money/currencies.py``), through the lexicon.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from figextract.cursor import Cursor
from figextract.lexicon import Lexeme
from figextract.money.currencies import (
    iso_codes,
    may_be_code,
    symbol_words,
    symbols,
    written_codes,
)
from figextract.readings import Unit
from figextract.vocab import Cat

_CUR: frozenset[Cat] = frozenset({"cur"})
_CODES = written_codes()  # read anywhere when written in capitals
_ANY_CODE = iso_codes()  # after an amount, codes that are also words too ("42 SAR")
_SYMBOLS = symbols()
_SYMBOL_WORDS = symbol_words()  # the words a symbol starts with ("us" in "US$")
_SYMBOL_RE = regex.compile(
    "|".join(regex.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True)))


def symbol(c: Cursor, i: int) -> Unit | None:
    """A currency symbol starting at token ``i``, which may span tokens ("u.s.$")."""
    match = _SYMBOL_RE.match(c.text, c.start(i))
    if match is None:
        return None
    j = i
    while j < c.n and c.start(j) < match.end():
        j += 1
    return Unit("money", _SYMBOLS[match.group()], j)


def code(c: Cursor, i: int, word: str, *, after_amount: bool = False) -> Unit | None:
    """An ISO 4217 code, as the input writes it: in capitals ("USD", "KZT"). After an amount
    any code ("42 SAR"); before one, not a code that is also a word ("TOP 09")."""
    if not may_be_code(word):
        return None
    start = c.start(i)
    written = c.original(start, start + 3)
    found = written if written in (_ANY_CODE if after_amount else _CODES) else ""
    return Unit("money", found, i + 1) if found else None


def written(c: Cursor, i: int, word: str) -> Unit | None:
    """A code, or a symbol that starts with letters: "100 USD", "100 US$", "5000 F CFA"."""
    found = code(c, i, word, after_amount=True)
    if found is None and word in _SYMBOL_WORDS:
        return symbol(c, i)
    return found


def prefix(c: Cursor, i: int) -> Unit | None:
    """A currency written before the amount: "$3,3 млрд", "USD 100", "€5"."""
    if i >= c.n:
        return None
    if c.syms[i] is not None:
        return symbol(c, i)
    word = c.words[i]
    if word is not None:
        if word in _SYMBOL_WORDS and _SYMBOL_RE.match(c.text, c.start(i)):
            return symbol(c, i)
        return code(c, i, word)
    return None


def currency(c: Cursor, i: int, lexeme: Lexeme) -> Unit | None:
    """A currency head or minor unit read as ``lexeme``, with a modifier after it that names
    the country ("долларов США", "фунтов стерлингов", "Швеция кроны" reads the head first)."""
    lex = c.lex
    end = c.past(i, lexeme)
    found = lexeme.code
    after = c.word(end)
    if after:
        post = lex.post_modifiers.get(after, "")
        if not post:
            for root, side, cur in lex.modifiers.get(lex.heads.get(c.word(i), ""), ()):
                if side == "post" and after.startswith(root):
                    post = cur
                    break
        if post:
            found, end = post, end + 1
    if not found:
        return None
    factor = lexeme.value if lexeme.cat == "minor" else Decimal(1)
    return Unit("money", found, end, lexeme.tag, factor, lexeme.lang)


def modified(c: Cursor, i: int, word: str) -> Unit | None:
    """A modifier before the head: "норвежских крон", "АҚШ доллары"."""
    head = c.lookup(i + 1, _CUR)
    if head is None:
        return None
    chosen = _pre_modifier(c, word, c.word(i + 1))
    if not chosen:
        return None
    found = currency(c, i + 1, head)
    if found is not None:
        found.code = chosen
        return found
    return Unit("money", chosen, i + 2, head.tag, lang=head.lang)


def _pre_modifier(c: Cursor, word: str, head_word: str) -> str:
    lex = c.lex
    chosen = lex.pre_modifiers.get(word, "")
    if chosen:
        return chosen
    for root, side, cur in lex.modifiers.get(lex.heads.get(head_word, ""), ()):
        if side == "pre" and word.startswith(root):
            return cur
    return ""
