"""The figure rule: an amount with its unit, its qualifiers and a range's second end.

    FIGURE    = [QUALIFIER [LINK]] [PREFIX] AMOUNT [UNIT] [RANGE_END] UNIT [AFTER]
    RANGE_END = (- | до | по | и | мен) AMOUNT                     ("от 3 до 5", "38–56")
              | AMOUNT-abl AMOUNT … дейін                          ("елу мыңнан жүз мың … дейін")
    UNIT      = money | percentage | ratio | duration | count      (``unit_rules.unit``)
    AFTER     = "и более", "-дан астам", "-ға дейін", "-ға жуық" …

Amounts come from ``numbers.reader``, units from ``unit_rules``, qualifier phrases from
``qualifiers/ru.py`` and ``qualifiers/kk.py`` through the lexicon. This module holds no words.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Literal

from figextract.change.rules import direction, told_as_change
from figextract.count.rules import named_before
from figextract.cursor import Cursor
from figextract.money import rules as money
from figextract.numbers.amount import Amount
from figextract.numbers.reader import amount
from figextract.readings import Figure, Unit
from figextract.unit_rules import minor_part, unit_after, unit_or_adjective
from figextract.value import Value
from figextract.vocab import Role

_DASHES = frozenset("-")
_THOUSAND = Decimal(1000)
# after these a dash against the digits is a minus; after a dash too ("реальная – -6,5%")
_MINUS_SIGNS = frozenset("\n(:=;-")
_BARE_FOLLOWERS = frozenset(".!?;,)\n-–—")  # after a bare count: "жобалар саны 97."
# A bound turned around by a negation.
_TURNED: dict[str, Role] = {"above": "below", "below": "above"}
# Roles of a qualifier that bounds or estimates the number after it.
_BOUNDS = frozenset({"above", "below", "approx", "almost", "above_approx", "below_approx"})
# Roles that bound a figure unless it is told as a change: "до 5 трлн", "от 12724 рублей",
# "-ға дейін".
_CHANGE_ENDS = frozenset({"to", "from"})


def _changed_from(c: Cursor, start_tok: int, first: Amount, second: Amount,
                  unit1: Unit | None, found: Unit) -> tuple[Figure, int]:
    """The first end of a change told as "с X до Y" / "X-тен Y-ге": the exact value X, in
    the unit (and scale: "с 3 до 5 млн") written once at the end when it has none of its
    own."""
    unit = unit1 or found
    end = unit1.end if unit1 is not None else first.end
    value = bounds(first, None if unit1 is not None else second, unit.factor, "", "",
                   approx=False)
    if value is None or value.low is None:
        value = Value(first.value * unit.factor, first.value * unit.factor)
    value = Value(value.low, value.low)
    return Figure(c.start(start_tok), c.end(end - 1), unit.kind, value,
                  unit.code, unit.lang or first.lang, (unit1 or first).tag,
                  *_noun_of(c, unit)), end


def _noun_of(c: Cursor, unit: Unit) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """A count's noun and adjectives, as offsets."""
    if unit.noun < 0:
        return None, None
    noun = (c.start(unit.noun), c.end(unit.end - 1))
    if unit.modifier < 0:
        return noun, None
    return noun, (c.start(unit.modifier), c.end(unit.noun - 1))


def _after(c: Cursor, end: int, tag: str) -> tuple[Role, int] | None:
    """A qualifier after the figure ("20% и более", "-дан астам"), unless an amount follows
    it: "менее 5 % и более 95 %" is two figures, and "и более" belongs to the second."""
    after = c.phrase_after(c.lex.after, end, tag)
    if after is not None and amount(c, after[1]) is not None:
        return None
    return after


def _thousands_tail(c: Cursor, first: Amount) -> Amount:
    """Thousands and what is below them, written as two numbers: "42 мың 500 теңге" is 42,500
    when a unit follows the second."""
    k = first.end
    digits = c.num(k)
    if first.scale != _THOUSAND or first.tag not in ("", "nom") or not digits.isdigit() \
            or len(digits) > 3:
        return first
    tail = amount(c, k)
    if tail is None or tail.scale is not None or unit_or_adjective(c, tail.end) is None:
        return first
    return Amount(first.value + tail.value, tail.end, tail.tag, None, lang=first.lang)


def _thousands_suffix(c: Cursor, first: Amount, prefix: Unit | None) -> Amount:
    """"$10К", "10к$": thousands, when "к" is glued to the digits of an amount of money."""
    k = first.end
    if c.word(k) not in c.lex.thousands_suffix or not c.adjacent(k) or first.scale is not None:
        return first
    if prefix is None and not (c.adjacent(k + 1) and money.prefix(c, k + 1) is not None):
        return first  # "10 к 2025 году": the preposition
    return Amount(first.value * _THOUSAND, k + 1, "", _THOUSAND, lang=first.lang)


def signed_amount(c: Cursor, i: int) -> tuple[Amount | None, int]:
    """An amount, with a sign glued to its digits when one stands alone before it: a minus
    where a signed value is told (``is_minus``), else a list's dash, left out of the figure."""
    if c.sym(i, "-+") and c.num(i + 1) and c.adjacent(i + 1) and (
            not c.adjacent(i) or c.sym(i - 1, "(")):  # "-2%", "(-3%)"; not "1-2%"
        found = amount(c, i + 1)
        if c.syms[i] == "-" and not is_minus(c, i):
            return found, i + 1  # "лесоматериалы -109,7 %": 109.7 %
        if found is not None and c.syms[i] == "-":
            found = replace(found, value=-found.value)
        return found, i
    return amount(c, i), i


def is_minus(c: Cursor, i: int) -> bool:
    """The dash at token ``i``, against the digits after it, is a minus sign: written "−", at
    the text's or a line's start, after "(", ":", "=" or ";", after a word of change ("рост
    -2%") or a word that tells a value ("на -2%", "составил -0,5%"); not after a label or a
    number ("лесоматериалы -109,7 %", "2019 год -5,0 тысяч рублей")."""
    if c.original(c.start(i), c.end(i)) == "\u2212" or i == 0 or c.sym(i - 1, _MINUS_SIGNS):
        return True
    return c.word(i - 1) in c.lex.minus_after or bool(direction(c, i - 1))


def figure(c: Cursor, i: int) -> tuple[Figure, int] | None:
    """The figure starting at token ``i`` and the index after it, or None."""
    lex = c.lex
    role = ""
    j = i
    linked = False  # "более чем в 2 раза": a link after the qualifier
    before = c.phrase_before(lex.before, i)
    negated = False
    if before is not None:
        role, j = before
        negated = tuple(c.word(k) for k in range(i, j)) in lex.negated
        if i == c.negated_at and role in _TURNED:
            role = _TURNED[role]  # "… и более 95 %" after "не может быть менее 5 %"
        linked = j - i > 1 and c.word(j - 1) in lex.links  # "приблизительно в"
        if role in _BOUNDS and c.sym(j, ":"):  # "не менее:\n30 процентов"
            j += 2 if c.sym(j + 1, "\n") else 1
        if c.word(j) in lex.links and role not in ("from", "to", "between", "times"):
            j += 1
            linked = True
    prefix = money.prefix(c, j)
    start_tok = j
    if prefix is not None:
        j = prefix.end
    first, sign_at = signed_amount(c, j)
    if first is None or first.tag == "ord":
        return None
    first = _thousands_suffix(c, first, prefix)
    if prefix is None:
        start_tok = sign_at
        first = _thousands_tail(c, first)
    k = first.end
    unit1 = unit_after(c, first) if prefix is None else None
    inner = None
    if unit1 is None and prefix is None:
        inner = c.phrase_after(lex.after, k, first.tag)  # Kazakh "100-ден астам доллар"
        if inner is not None:
            unit1 = unit_or_adjective(c, inner[1])
            if unit1 is None:
                inner = None
    if role == "times" and (prefix is not None or (unit1 is not None and unit1.kind != "ratio")):
        return None  # "в 5 млн рублей": read again from the amount, as money
    if unit1 is not None:
        k = unit1.end
    major = unit1 or prefix
    minor = minor_part(c, k, major) if major is not None else None
    if minor is not None:  # "20 долларов 43 цента", "$20 и 43ц": one amount
        first = replace(first, value=first.value + minor[0])
        if unit1 is not None:
            unit1 = replace(unit1, end=minor[1], tag=minor[2])
        else:
            first = replace(first, end=minor[1], tag=minor[2])
        k = minor[1]

    second: Amount | None = None
    needs = ""  # what confirms a Kazakh range: "дейін" after, or "аралығында"
    if c.sym(k, _DASHES):
        second = _range_end(c, k + 1, prefix)
    elif role == "from" and c.word(k) in lex.range_to:
        second = _range_end(c, k + 1, prefix)
    elif role == "between" and c.word(k) in lex.range_and:
        second = _range_end(c, k + 1, prefix)
    elif (unit1.tag if unit1 is not None else first.tag) == "abl" and first.lang != "ru":
        second = amount(c, k)
        needs = "to"
    elif c.word(k) in lex.range_with:
        second = amount(c, k + 1)
        needs = "around"
    if role in ("from", "between") and second is None:
        if role == "between" or c.word(i) not in lex.bound_from:
            role = ""  # "с 2005" alone is a period's start, not a bound
            start_tok = j if prefix is None else start_tok

    end = second.end if second is not None else k
    unit2 = unit_or_adjective(c, end) if second is not None else None
    found = unit2 or unit1 or prefix
    named = None
    if found is None and role != "times" and _bare_end(c, end):
        # "жобалар саны 29-дан 97-ге дейін": what it counts was named before it
        found = named = named_before(c, start_tok, (second or first).tag)
    if found is None:
        return None if role == "times" else _elliptic(c, i if role else start_tok, first,
                                                      second, role)
    if (role == "times") != (found.kind == "ratio" and found.lang == "ru") and not (
            linked and found.kind == "ratio"):
        return None  # "в 1,5 раза" is a ratio, "два раза в год" is not; "в 5 млн" is money
    if found.kind == "money" and c.num(end) and c.word(end + 1) in lex.not_money_after:
        return None  # "8 фунтов 6 унций" weighs
    if found.kind == "duration" and before is not None and \
            tuple(c.word(k) for k in range(i, before[1])) in lex.amounts_only:
        return None  # "ниже 2024 года" is a year, not a duration "below" something
    if second is not None and (role == "from" or needs == "to") and found.kind != "duration" \
            and told_as_change(c, i, (unit2.end if unit2 is not None else end)):
        # "курс вырос с 450 до 520 тенге", "28 мыңнан 42,5 мың теңгеге арттырылды": the value
        # it changed from, then (read next) the value reached; not a range
        return _changed_from(c, start_tok, first, second, unit1, found)
    if second is not None and unit2 is None and unit1 is None and prefix is None \
            and named is None:
        return None
    if unit1 is not None and second is not None and (
            (unit2 is None and not needs and role != "from")
            or (unit2 is not None and unit1.kind != unit2.kind)):
        # "61 проценті — 4 балалы": a range repeats the unit or writes it once at the end,
        # or after its first end when "от" opens it ("от 10 долларов до 20")
        second, unit2, needs = None, None, ""
        found, end = unit1, unit1.end
    if unit2 is not None:
        end = unit2.end
    elif found is unit1:
        end = max(end, unit1.end) if second is None else end

    if second is not None and unit2 is None:
        last_tag = second.tag  # "24 млрд доллардан 34 млрд-қа дейін": the unit written first
    else:
        last_tag = found.tag if found is not prefix else first.tag
    after = _after(c, end, last_tag)
    confirmed = ((needs == "to" and after is not None and after[0] == "to")
                 or (needs == "around" and c.word(end) in lex.range_around))
    if needs and not confirmed:
        if needs == "to" and second is not None and last_tag == "dat" \
                and found.kind != "duration":
            # "9,2-ден 8,9 теңгеге": from one value to another, read as two (no "дейін")
            return _changed_from(c, start_tok, first, second, unit1, found)
        if unit1 is None:
            return None  # the first number alone has no unit: not a figure of ours
        second, found, end, last_tag = None, unit1, unit1.end, unit1.tag
        after = _after(c, end, last_tag)
    elif needs == "around":
        end += 1
        after = None
    post_role = inner[0] if inner is not None and second is None else ""
    if after is not None:
        post_role, end = after
    if not role and not post_role and second is None and found.kind != "duration":
        post_role = _verb_bound(c, i)
    if second is None and (role in _CHANGE_ENDS or post_role in _CHANGE_ENDS) \
            and found.kind != "duration" and told_as_change(c, i, end):
        role = post_role = ""  # "выросла до 5 трлн" is 5 trillion reached, not "at most"

    value = bounds(first, second, found.factor, role, post_role,
                   approx=last_tag == "equ" or first.tag == "equ",
                   capped=found.kind != "duration")
    if value is None:
        return None
    start = c.start(i if role else start_tok)
    lang = found.lang or first.lang
    noun, modifier = _noun_of(c, found)
    if negated and c.word(end) in lex.range_and:
        c.negated_at = end + 1
    return Figure(start, c.end(end - 1), found.kind, value, found.code, lang,
                  last_tag, noun, modifier), end


def _elliptic(c: Cursor, start_tok: int, first: Amount, second: Amount | None,
              role: str) -> tuple[Figure, int] | None:
    """A scaled amount whose currency was named just before: "1,3 млрд рублей в 2018 году
    и 1,5 млрд в 2019". Returned with an empty unit; the reader supplies the currency."""
    last = second or first
    if last.scale is None or (second is not None and first.scale is None
                              and not first.vague and second.vague):
        return None
    end = last.end
    post_role = ""
    after = _after(c, end, last.tag)  # "… 34 млрд-қа дейін"
    if after is not None:
        post_role, end = after
    elif end < c.n:
        word = c.words[end]
        if c.nums[end] is not None or c.sym(end, "-%") or (
                word is not None and word not in c.lex.ellipsis_followers):
            return None
    if second is None and (role in _CHANGE_ENDS or post_role in _CHANGE_ENDS) \
            and told_as_change(c, start_tok, end):
        role = post_role = ""
    value = bounds(first, second, Decimal(1), role, post_role, approx=False)
    if value is None:
        return None
    return Figure(c.start(start_tok), c.end(end - 1), "money", value, "", last.lang), end


def _range_end(c: Cursor, i: int, prefix: Unit | None) -> Amount | None:
    if prefix is not None:
        again = money.prefix(c, i)
        if again is not None and again.code == prefix.code:
            i = again.end
    return amount(c, i)


def _bare_end(c: Cursor, k: int) -> bool:
    """What follows a number without a unit lets it be a count named before it: the clause's
    or text's end, a bound or range word, or a verb of change or of a value reached."""
    if k >= c.n or c.nums[k] is not None or c.sym(k, _BARE_FOLLOWERS):
        return True
    word = c.word(k)
    lex = c.lex
    return bool(word) and (word in lex.ellipsis_followers or word in lex.level_words
                           or word in lex.change_words or word in lex.after)


def _verb_bound(c: Cursor, i: int) -> Role | Literal[""]:
    """The bound a verb just before the figure sets: "превысил 4 млрд долларов" is more than
    4 billion; "не превысит 5 %", "не должно превышать 400 человек" at most."""
    role = c.lex.bound_verbs.get(c.word(i - 1))
    if role is None:
        return ""
    if c.word(i - 2) in c.lex.verb_negations or c.word(i - 3) in c.lex.verb_negations:
        return "below" if role == "above" else "above"
    return role


def bounds(first: Amount, second: Amount | None, factor: Decimal, role: str,
           post_role: str, *, approx: bool, capped: bool = True) -> Value | None:
    """The value of one amount or a range, with the roles of the phrases before and after.
    ``capped``: a vague amount has its ceiling ("сотни миллионов" below a billion); not a
    length of time, where "несколько дней назад" stays at least a day ago."""
    low = first.value * factor
    if second is not None:
        high = second.value * factor
        if first.scale is None and second.scale is not None:
            scaled = low * second.scale
            if scaled <= high:
                low = scaled
        if low > high:
            return None
        vague = first.vague or second.vague
        estimate = role in ("approx", "almost") or post_role == "approx"
        return Value(low, None if second.vague else high, approx or vague or estimate)
    vague = first.vague
    role = post_role or role
    approx = approx or vague
    if role in ("above", "from"):
        return Value(low, None, approx)
    if role == "above_approx":
        return Value(low, None, True)
    if role in ("below", "to"):
        return Value(None, low, approx)
    if role == "below_approx":
        return Value(None, low, True)
    if role in ("approx", "almost"):  # "почти 46 процентов": about 46, as a reader writes it
        return Value(low, low, True)
    if vague:
        ceiling = first.ceiling if capped else None
        return Value(low, None if ceiling is None else ceiling * factor, True)
    return Value(low, low, approx)
