"""Numbers on their own: an amount in digits or words at a token, to ``Decimal``.

    AMOUNT = DIGITS [-SUFFIX] [SCALE]                        ("7,6 млрд", "100-ден")
           | WORDS                                           ("двадцать пять тысяч", "жиырма бес")
    WORDS  = GROUP [SCALE] GROUP [SCALE] … | WORDS POINT FRACTION | VAGUE SCALE

The words and their values come from the lexicon (``numbers/ru.py``, ``numbers/kk.py``); the
rules below only combine them: ranks within a group below a thousand, scales in falling order,
"с половиной" and "жарым", "целых … десятых" and "бүтін … оннан", vague amounts.
"""

from __future__ import annotations

from decimal import Decimal

from figextract.cursor import Cursor
from figextract.numbers.amount import Amount
from figextract.numbers.digits import MAX_LENGTH, parse_digits
from figextract.vocab import Cat

# The readings a number in words is made of.
NUMBER_CATS: frozenset[Cat] = frozenset(
    {"num", "hundred", "scale", "half", "quarter", "point", "several", "multiple"})
_SCALE: frozenset[Cat] = frozenset({"scale"})
_DENOM: frozenset[Cat] = frozenset({"denom"})
_PLAIN: frozenset[Cat] = frozenset({"num", "hundred"})
# Which ranks may follow which inside a group below a thousand: "двести сорок пять".
_NEXT_RANK = {4: frozenset({1, 2, 3}), 3: frozenset({1})}
# The place value a word of a rank fills: teens and units below 10 or 20 …
_PLACE = {4: Decimal(1000), 3: Decimal(10), 2: Decimal(20), 1: Decimal(10)}
_HALF = Decimal("0.5")
# "несколько", "десятки", "сотни" of something: fewer than ten of it ("несколько миллионов" is
# below 10 million, "сотни тысяч" below a million)
_SEVERAL_CEILING = Decimal(10)


def amount(c: Cursor, i: int) -> Amount | None:
    """The amount at token ``i``; read once, as several rules ask for the same one."""
    memo = c.amounts
    if i in memo:
        return memo[i]
    found = memo[i] = read_amount(c, i)
    return found


def read_amount(c: Cursor, i: int) -> Amount | None:
    if i >= c.n:
        return None
    digits = c.nums[i]
    if digits is None:
        return _words(c, i) if c.words[i] is not None else None
    # "7,6 млрд", "100-ден", "2 583": a scale word or a Kazakh suffix may follow.
    if len(digits) > MAX_LENGTH:
        return None
    j, tag = c.hyphen_suffix(i + 1)
    scale = scale_at(c, j) if not tag else None
    value = parse_digits(digits, scaled=scale is not None)
    if scale is None:
        return Amount(value, j, tag)
    scale_value, j, tag, lang = scale
    total = value * scale_value
    if tag in ("", "nom") and value == value.to_integral_value():
        part = _scaled_part(c, j, scale_value)
        while part is not None:  # "1 трлн 233 млрд", "79 млн. 360 тыс.": one amount
            part_value, scale_value, j, tag, lang = part
            total += part_value
            part = _scaled_part(c, j, scale_value) if tag in ("", "nom") else None
    after, suffix = c.hyphen_suffix(j)  # "41 трлн-нан астам", "3 млн-нан"
    if suffix:
        j, tag, lang = after, suffix, "kk"
    return Amount(total, j, tag, scale_value, lang=lang)


def _scaled_part(c: Cursor, j: int,
                 above: Decimal) -> tuple[Decimal, Decimal, int, str, str] | None:
    """The next part of a compound amount at token ``j``: a whole number below a thousand
    and a scale smaller than the one before ("233 млрд" after "1 трлн")."""
    digits = c.num(j)
    if not (digits.isdigit() and len(digits) <= 3) or c.hyphen_suffix(j + 1)[1]:
        return None
    scale = scale_at(c, j + 1)
    if scale is None or scale[0] >= above:
        return None
    scale_value, end, tag, lang = scale
    return Decimal(digits) * scale_value, scale_value, end, tag, lang


def scale_at(c: Cursor, i: int) -> tuple[Decimal, int, str, str] | None:
    """A scale word after digits ("млрд", "миллиона", "мыңнан"): its value, the index after
    it, its tag and language. A Kazakh plural ("миллиондар") is no scale of a number."""
    lexeme = c.lookup(i, _SCALE)
    if lexeme is None or (lexeme.plural and lexeme.lang == "kk"):
        return None
    return lexeme.value, c.past(i, lexeme), lexeme.tag, lexeme.lang


def _words(c: Cursor, i: int) -> Amount | None:
    total = Decimal(0)
    cur: Decimal | None = None
    rank = 0  # rank of the last number word in the current group; 0: none yet
    last_scale: Decimal | None = None
    factor: Decimal | None = None  # vague: несколько (1), десятки (10), сотни (100)
    vague = multiplied = False
    tag = ""
    lang = ""
    half_after = c.lex.half_after
    j = i
    while j < c.n:
        word = c.word(j)
        if not word:
            break
        if half_after and word == half_after[0] and cur is not None \
                and c.rest_of(j, half_after):
            cur += _HALF  # "три с половиной"
            j += len(half_after)
            continue
        lexeme = c.lookup(j, NUMBER_CATS)
        if lexeme is None:
            break
        cat = lexeme.cat
        if cat == "num":
            if factor is not None:
                break
            if cur is None:
                cur, rank = lexeme.value, lexeme.rank
            elif lexeme.rank in _NEXT_RANK.get(rank, ()) and \
                    lexeme.value < _PLACE.get(rank, Decimal(0)):
                cur += lexeme.value
                rank = lexeme.rank
            else:
                break
        elif cat == "hundred":  # Kazakh жүз multiplies the units before it
            if cur is None:
                cur = lexeme.value
            elif rank == 1 and cur < 10:
                cur *= lexeme.value
            else:
                break
            rank = 4
        elif cat == "scale":
            if last_scale is not None and lexeme.value >= last_scale:
                break
            if lexeme.abbrev and j == i:
                break  # "(млн. долл. США)": a unit for figures elsewhere, not an amount
            if cur is None and factor is None and total == 0 and lexeme.plural:
                vague = True  # "миллиарды долларов", "миллиардтаған теңге"
            base = factor if factor is not None else cur if cur is not None else Decimal(1)
            if factor is not None and cur is not None:
                base = factor * cur
            total += base * lexeme.value
            cur, factor, rank, last_scale = None, None, 0, lexeme.value
            if lexeme.abbrev:
                j = c.dot(j + 1) - 1
        elif cat == "half":
            if cur is None or cur != cur.to_integral_value():
                break
            cur += lexeme.value
        elif cat == "quarter":
            if cur is not None:
                break
            cur = lexeme.value
            rank = 9
        elif cat == "point":
            whole = total + (cur if cur is not None else Decimal(0))
            fraction = _fraction(c, j + 1)
            if fraction is None or (cur is None and total == 0):
                break
            frac_value, j, tag = fraction
            total, cur, rank = Decimal(0), whole + frac_value, 9
            lang = lexeme.lang
            continue
        elif cat in ("several", "multiple"):
            if cur is not None or total or (factor is not None and cat == "several"):
                break
            factor = lexeme.value if factor is None else factor * lexeme.value
            vague = multiplied = True
        else:
            break
        tag = lexeme.tag
        lang = lexeme.lang
        j += 1
        if tag not in ("", "nom"):
            break  # a Kazakh case suffix ends the number: "елу мыңнан | жүз мың"
    if j == i:
        return None
    value = total + (cur if cur is not None else Decimal(0))
    if factor is not None:
        if cur is not None or total:
            return None
        value = factor
    return Amount(value, j, tag, last_scale if cur is None else None, vague, lang,
                  value * _SEVERAL_CEILING if multiplied else None)


def _fraction(c: Cursor, i: int) -> tuple[Decimal, int, str] | None:
    """After "целых" / "бүтін": [denominator] number [denominator]."""
    den_lex = c.lookup(i, _DENOM)
    j = i + 1 if den_lex is not None else i
    numerator = _plain_int(c, j)
    if numerator is None:
        return None
    value, j, tag = numerator
    if den_lex is None:
        den_lex = c.lookup(j, _DENOM)
        if den_lex is not None:
            tag = den_lex.tag
            j += 1
    if den_lex is not None:
        return value / den_lex.value, j, tag
    return value / Decimal(10) ** len(str(int(value))), j, tag


def _plain_int(c: Cursor, i: int) -> tuple[Decimal, int, str] | None:
    """A whole number below a thousand in words: the digits after a decimal point."""
    cur: Decimal | None = None
    rank = 0
    tag = ""
    j = i
    while j < c.n:
        lexeme = c.lookup(j, _PLAIN)
        if lexeme is None:
            break
        if cur is None:
            cur, rank = lexeme.value, lexeme.rank
        elif lexeme.cat == "hundred" and rank == 1:
            cur, rank = cur * lexeme.value, 4
        elif lexeme.rank in _NEXT_RANK.get(rank, ()):
            cur, rank = cur + lexeme.value, lexeme.rank
        else:
            break
        tag = lexeme.tag
        j += 1
    return None if cur is None else (cur, j, tag)
