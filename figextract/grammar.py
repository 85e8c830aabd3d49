"""The grammar: reads figures off the tokens of folded text.

A figure is built bottom-up from named pieces, as it reads:

    FIGURE   = [QUALIFIER [LINK]] [PREFIX_CURRENCY] AMOUNT [UNIT] [RANGE_END] UNIT [AFTER]
    AMOUNT   = DIGITS [-SUFFIX] [SCALE] | WORDS                    ("7,6 млрд", "жиырма бес")
    RANGE_END = (- | до | по | и | мен) AMOUNT                     ("от 3 до 5", "38–56")
    UNIT     = CURRENCY | PERCENT

The language data (word forms, qualifiers, currencies) comes from ``lexicon``; this module holds
no words of its own beyond punctuation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from figextract.facts import Value
from figextract.lexicon import AfterTable, BeforeTable, Lexeme, Lexicon
from figextract.money.currencies import symbol_words, symbols
from figextract.numbers.digits import MAX_LENGTH, parse_digits
from figextract.tokens import Tokens


@dataclass(slots=True)
class Figure:
    """A figure read off the folded text: offsets are the folded text's."""

    start: int
    end: int
    kind: str  # "money" | "percentage" | "count" | "duration"
    value: Value
    unit: str  # ISO code, "percent", "percentage_point", a counted entity or a calendar unit
    lang: str  # the language whose words were read ("" when only digits and symbols)
    tag: str = ""  # Kazakh case of the last word ("abl" in "14 жылдан")
    noun: tuple[int, int] | None = None  # a count's noun
    modifier: tuple[int, int] | None = None  # a count's adjectives


@dataclass(slots=True)
class _Amount:
    value: Decimal
    end: int  # token index after the amount
    tag: str = ""  # Kazakh case of the last word
    scale: Decimal | None = None  # a trailing scale word, shared by a range's first number
    vague: bool = False
    lang: str = ""


@dataclass(slots=True)
class _Unit:
    kind: str
    code: str
    end: int
    tag: str = ""
    factor: Decimal = Decimal(1)
    lang: str = ""
    noun: int = -1  # a count's noun: first token
    modifier: int = -1  # a count's adjectives: first token


NUMBER_CATS = frozenset(
    {"num", "hundred", "scale", "half", "quarter", "point", "several", "multiple"})
_SCALE = frozenset({"scale"})
_DENOM = frozenset({"denom"})
_PLAIN = frozenset({"num", "hundred"})
_PP = frozenset({"pp"})
_CUR = frozenset({"cur"})
_NOUN = frozenset({"noun"})
_TUNIT = frozenset({"tunit"})
# Readings that keep a word from being taken for an adjective before a counted noun.
_NOT_ADJECTIVE = frozenset({"num", "hundred", "scale", "noun", "cur", "pct", "tunit", "month",
                            "rel", "several", "multiple"})
_MAX_ADJECTIVES = 4
_DASHES = frozenset("-")
_SYMBOLS = symbols()
_SYMBOL_WORDS = symbol_words()  # the words a symbol starts with ("us" in "US$")
_SYMBOL_RE = regex.compile(
    "|".join(regex.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True)))
# Which ranks may follow which inside a group below a thousand: "двести сорок пять".
_NEXT_RANK = {4: frozenset({1, 2, 3}), 3: frozenset({1})}
_HALF = Decimal("0.5")
_MEMO_MIN = 64  # amounts kept before the first pruning


def _first(lexemes: tuple[Lexeme, ...], cats: frozenset[str], prefer: str = "") -> Lexeme | None:
    """The first reading of a word in one of ``cats``, the preferred language's first."""
    found = None
    for lexeme in lexemes:
        if lexeme.cat in cats:
            if not prefer or lexeme.lang == prefer:
                return lexeme
            if found is None:
                found = lexeme
    return found


class Reader:
    """Reads figures off one text's tokens with one lexicon."""

    def __init__(self, folded: str, tokens: Tokens, lex: Lexicon,
                 iso_code: Callable[[int, str], str | None]) -> None:
        self.text = folded
        self.tokens = tokens
        self.n = tokens.n
        self.words = tokens.words
        self.nums = tokens.nums
        self.syms = tokens.syms
        self.bounds = tokens.bounds
        self.lex = lex
        self.iso_code = iso_code  # (start offset, word) -> ISO code when written as one
        self.prefer = ""  # the language of the sentence being read, first among readings
        # Amounts read so far in that language, by token: several rules ask for the same one.
        # Pruned as reading moves on, so that they do not pile up for the whole text (and the
        # garbage collector does not walk them again and again).
        self._amounts: dict[int, _Amount | None] = {}
        self._prune_at = _MEMO_MIN

    def read_from(self, i: int, lang: str) -> None:
        """Read from token ``i`` on as language ``lang`` (its readings of a word come first);
        amounts before token ``i`` are not kept."""
        if lang != self.prefer:
            self.prefer = lang
            self._amounts.clear()
        elif len(self._amounts) > self._prune_at:
            self._amounts = {k: found for k, found in self._amounts.items() if k >= i}
            self._prune_at = 2 * len(self._amounts) + _MEMO_MIN

    def _lookup(self, i: int, cats: frozenset[str]) -> Lexeme | None:
        """Word ``i``'s first reading in one of ``cats``, if it is a word and has one."""
        if not 0 <= i < self.n:
            return None
        lexemes = self.lex.words.get(self.words[i])  # type: ignore[arg-type]
        if lexemes is None:
            return None
        if len(lexemes) == 1:  # most words have one reading
            return lexemes[0] if lexemes[0].cat in cats else None
        return _first(lexemes, cats, self.prefer)

    # -- small helpers -------------------------------------------------------------------

    def start(self, i: int) -> int:
        return self.bounds[2 * i]

    def end(self, i: int) -> int:
        return self.bounds[2 * i + 1]

    def _word(self, i: int) -> str:
        """Token ``i`` if it is a word, else ""."""
        return (self.words[i] or "") if 0 <= i < self.n else ""

    def num(self, i: int) -> str:
        """Token ``i`` if it is a number in digits, else ""."""
        return (self.nums[i] or "") if 0 <= i < self.n else ""

    def _sym(self, i: int, chars: frozenset[str] | str) -> bool:
        if not 0 <= i < self.n:
            return False
        sym = self.syms[i]
        return sym is not None and sym in chars

    def _adjacent(self, i: int) -> bool:
        """Token ``i`` touches token ``i - 1`` (no space between). A line break touches
        nothing: a line starts and ends as the text does."""
        return (0 < i < self.n and self.bounds[2 * i - 1] == self.bounds[2 * i]
                and self.syms[i - 1] != "\n" and self.syms[i] != "\n")

    def _rest_of(self, i: int, words: tuple[str, ...]) -> bool:
        """Tokens ``i + 1`` … read the words of a phrase after its first (matched already)."""
        for k in range(1, len(words)):
            if self._word(i + k) != words[k]:
                return False
        return True

    def _dot(self, i: int) -> int:
        """Skip an abbreviation's dot right after token ``i - 1``."""
        return i + 1 if self._sym(i, ".") and self._adjacent(i) else i

    def past(self, i: int, lexeme: Lexeme) -> int:
        """The index after word ``i`` read as ``lexeme``, and after its dot if an abbreviation."""
        return self._dot(i + 1) if lexeme.abbrev else i + 1

    def _hyphen_suffix(self, i: int) -> tuple[int, str]:
        """A Kazakh suffix written after a hyphen or glued on: "100-ден", "%-ға", "2025нші"."""
        if (self._sym(i, _DASHES) and self._adjacent(i) and self._adjacent(i + 1)
                and self._word(i + 1) in self.lex.hyphen_suffixes):
            return i + 2, self.lex.hyphen_suffixes[self._word(i + 1)]
        if self._adjacent(i) and self._word(i) in self.lex.hyphen_suffixes:
            return i + 1, self.lex.hyphen_suffixes[self._word(i)]
        return i, ""

    # -- amounts -------------------------------------------------------------------------

    def amount(self, i: int) -> _Amount | None:
        """The amount at token ``i``; read once, as several rules ask for the same one."""
        if i in self._amounts:
            return self._amounts[i]
        found = self._amounts[i] = self._read_amount(i)
        return found

    def _read_amount(self, i: int) -> _Amount | None:
        if i >= self.n:
            return None
        digits = self.nums[i]
        if digits is not None:
            if len(digits) > MAX_LENGTH:
                return None
            j, tag = self._hyphen_suffix(i + 1)
            scale = self._scale(j) if not tag else None
            value = parse_digits(digits, scaled=scale is not None)
            if scale is None:
                return _Amount(value, j, tag)
            scale_value, j, tag, lang = scale
            return _Amount(value * scale_value, j, tag, scale_value, lang=lang)
        if self.words[i] is not None:
            return self._words(i)
        return None

    def _scale(self, i: int) -> tuple[Decimal, int, str, str] | None:
        lexeme = self._lookup(i, _SCALE)
        if lexeme is None or (lexeme.plural and lexeme.lang == "kk"):
            return None
        end = self.past(i, lexeme)
        return lexeme.value, end, lexeme.tag, lexeme.lang

    def _words(self, i: int) -> _Amount | None:
        total = Decimal(0)
        cur: Decimal | None = None
        rank = 0  # rank of the last number word in the current group; 0: none yet
        last_scale: Decimal | None = None
        factor: Decimal | None = None  # vague: несколько (1), десятки (10), сотни (100)
        vague = False
        tag = ""
        lang = ""
        j = i
        while j < self.n:
            word = self._word(j)
            if not word:
                break
            if word == "с" and self._word(j + 1) == "половиной" and cur is not None:
                cur += _HALF  # "три с половиной"
                j += 2
                continue
            lexeme = self._lookup(j, NUMBER_CATS)
            if lexeme is None:
                break
            cat = lexeme.cat
            if cat == "num":
                if factor is not None:
                    break
                if cur is None:
                    cur, rank = lexeme.value, lexeme.rank
                elif lexeme.rank in _NEXT_RANK.get(rank, ()) and lexeme.value < _unit_of(rank):
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
                if cur is None and factor is None and total == 0 and lexeme.plural:
                    vague = True  # "миллиарды долларов", "миллиардтаған теңге"
                base = factor if factor is not None else cur if cur is not None else Decimal(1)
                if factor is not None and cur is not None:
                    base = factor * cur
                total += base * lexeme.value
                cur, factor, rank, last_scale = None, None, 0, lexeme.value
                if lexeme.abbrev:
                    j = self._dot(j + 1) - 1
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
                fraction = self._fraction(j + 1)
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
                vague = True
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
        return _Amount(value, j, tag, last_scale if cur is None else None, vague, lang)

    def _fraction(self, i: int) -> tuple[Decimal, int, str] | None:
        """After "целых" / "бүтін": [denominator] number [denominator]."""
        den_lex = self._lookup(i, _DENOM)
        j = i + 1 if den_lex is not None else i
        numerator = self._plain_int(j)
        if numerator is None:
            return None
        value, j, tag = numerator
        if den_lex is None:
            den_lex = self._lookup(j, _DENOM)
            if den_lex is not None:
                tag = den_lex.tag
                j += 1
        if den_lex is not None:
            return value / den_lex.value, j, tag
        return value / Decimal(10) ** len(str(int(value))), j, tag

    def _plain_int(self, i: int) -> tuple[Decimal, int, str] | None:
        """A whole number below a thousand in words: the digits after a decimal point."""
        cur: Decimal | None = None
        rank = 0
        tag = ""
        j = i
        while j < self.n:
            lexeme = self._lookup(j, _PLAIN)
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

    # -- units ---------------------------------------------------------------------------

    def unit(self, i: int) -> _Unit | None:
        if i >= self.n:
            return None
        sym = self.syms[i]
        if sym is not None:
            if sym == "%":
                j, tag = self._hyphen_suffix(i + 1)
                if j == i + 1 and self._adjacent(i + 1) and self.syms[i + 1] is None:
                    return None  # "%D0%BE": percent-encoding in a URL, not a percentage
                return _Unit("percentage", "percent", j, tag)
            return self._symbol(i)
        word = self.words[i]
        if word is None:
            return None
        code = self.iso_code(self.start(i), word)
        if code:
            return _Unit("money", code, i + 1)
        if word in _SYMBOL_WORDS:  # "100 US$", "5000 F CFA"
            found = self._symbol(i)
            if found is not None:
                return found
        lexemes = self.lex.lookup(word)
        if len(lexemes) > 1:  # the sentence's language first
            lexemes = tuple(sorted(lexemes, key=lambda x: x.lang != self.prefer))
        for lexeme in lexemes:
            if lexeme.cat in ("cur", "minor"):
                return self._currency(i, lexeme)
            if lexeme.cat == "pct":
                end = self.past(i, lexeme)
                nxt = self._lookup(end, _PP)
                if nxt is not None:  # "процента пункта" is rare, "%" + "пункта" likewise
                    return _Unit("percentage", "percentage_point", end + 1, nxt.tag, lang=nxt.lang)
                return _Unit("percentage", "percent", end, lexeme.tag, lang=lexeme.lang)
            if lexeme.cat == "pct_adj":
                pp = self._lookup(i + 1, _PP)
                if pp is not None:
                    return _Unit("percentage", "percentage_point", i + 2, pp.tag, lang=pp.lang)
                return _Unit("percentage", "percent", i + 1, lexeme.tag, lang=lexeme.lang)
        if word == "п" and self._sym(i + 1, ".") and self._word(i + 2) == "п":
            return _Unit("percentage", "percentage_point", self._dot(i + 3), lang="ru")
        if word == "пп":
            return _Unit("percentage", "percentage_point", self._dot(i + 1), lang="ru")
        # A modifier before the head: "норвежских крон", "АҚШ доллары".
        head = self._lookup(i + 1, _CUR)
        if head is not None:
            code = self._pre_modifier(word, self._word(i + 1))
            if code:
                found = self._currency(i + 1, head)
                if found is not None:
                    found.code = code
                    return found
                return _Unit("money", code, i + 2, head.tag, lang=head.lang)
        time_unit = self._lookup(i, _TUNIT)
        if time_unit is not None:
            if time_unit.abbrev:
                return None  # "5 г" is five grams; "2024 г." is read by the period grammar
            return _Unit("duration", time_unit.code, i + 1, time_unit.tag, lang=time_unit.lang)
        return self._counted(i)

    def _adjective(self, i: int) -> bool:
        word = self._word(i)
        if word in self.lex.adjectives:
            return True
        if len(word) < 4 or any(x.cat in _NOT_ADJECTIVE for x in self.lex.lookup(word)):
            return False
        return word.endswith(self.lex.adjective_endings)

    def _counted(self, i: int) -> _Unit | None:
        """A counted noun, after up to four adjectives: "итальянских компаний", "малых и
        средних предприятий", "италиялық компания", "жұмыс орны"."""
        j = i
        while (j - i < _MAX_ADJECTIVES and self._word(j) not in self.lex.compound_nouns
               and self._adjective(j)):
            j += 1
            if self._word(j) in self.lex.adjective_links and self._adjective(j + 1):
                j += 1
        noun = self._lookup(j, _NOUN)
        if noun is not None:
            entity, end, tag, lang = noun.code, j + 1, noun.tag, noun.lang
        else:
            compound = self.lex.compound_nouns.get(self._word(j))
            if compound is None or self._word(j + 1) not in compound[0]:
                return None
            entity, end, tag, lang = compound[1], j + 2, "", self.prefer
        if entity == "company":  # "субъектов малого и среднего предпринимательства"
            k = end
            while k - end < _MAX_ADJECTIVES and (self._adjective(k) or (
                    self._word(k) in self.lex.adjective_links and k > end)):
                k += 1
            if self._word(k) in self.lex.subject_of:
                end = k + 1
        return _Unit("count", entity, end, tag, lang=lang, noun=j, modifier=i if j > i else -1)

    def _symbol(self, i: int) -> _Unit | None:
        match = _SYMBOL_RE.match(self.text, self.start(i))
        if match is None:
            return None
        j = i
        while j < self.n and self.start(j) < match.end():
            j += 1
        return _Unit("money", _SYMBOLS[match.group()], j)

    def _pre_modifier(self, word: str, head_word: str) -> str:
        code = self.lex.pre_modifiers.get(word, "")
        if code:
            return code
        for root, side, cur in self.lex.modifiers.get(self.lex.heads.get(head_word, ""), ()):
            if side == "pre" and word.startswith(root):
                return cur
        return ""

    def _currency(self, i: int, lexeme: Lexeme) -> _Unit | None:
        end = self.past(i, lexeme)
        code = lexeme.code
        after = self._word(end)
        if after:
            post = self.lex.post_modifiers.get(after, "")
            if not post:
                for root, side, cur in self.lex.modifiers.get(self.lex.heads.get(
                        self._word(i), ""), ()):
                    if side == "post" and after.startswith(root):
                        post = cur
                        break
            if post:
                code, end = post, end + 1
        if not code:
            return None
        factor = lexeme.value if lexeme.cat == "minor" else Decimal(1)
        return _Unit("money", code, end, lexeme.tag, factor, lexeme.lang)

    # -- figures -------------------------------------------------------------------------

    def match_before(self, table: BeforeTable, i: int) -> tuple[str, int] | None:
        """The role of the phrase of ``table`` at token ``i`` and the index after it."""
        for words, role in table.get(self._word(i), ()):
            if self._rest_of(i, words):
                return role, i + len(words)
        return None

    def match_after(self, table: AfterTable, i: int, tag: str) -> tuple[str, int] | None:
        """As ``match_before``, for a phrase that follows a word in case ``tag``."""
        for words, role, case in table.get(self._word(i), ()):
            if (not case or case == tag) and self._rest_of(i, words):
                return role, i + len(words)
        return None

    def _before(self, i: int) -> tuple[str, int] | None:
        return self.match_before(self.lex.before, i)

    def _after(self, i: int, tag: str) -> tuple[str, int] | None:
        return self.match_after(self.lex.after, i, tag)

    def _prefix(self, i: int) -> _Unit | None:
        """A currency written before the amount: "$3,3 млрд", "USD 100", "€5"."""
        if i >= self.n:
            return None
        if self.syms[i] is not None:
            return self._symbol(i)
        word = self.words[i]
        if word is not None:
            if word in _SYMBOL_WORDS and _SYMBOL_RE.match(self.text, self.start(i)):
                return self._symbol(i)
            code = self.iso_code(self.start(i), word)
            if code:
                return _Unit("money", code, i + 1)
        return None

    def _signed_amount(self, i: int) -> tuple[_Amount | None, int]:
        """An amount, with a sign glued to its digits when one stands alone before it."""
        if (self._sym(i, "-+") and self.num(i + 1)
                and self._adjacent(i + 1) and not self._adjacent(i)):
            found = self.amount(i + 1)
            if found is not None and self.syms[i] == "-":
                found = replace(found, value=-found.value)
            return found, i
        return self.amount(i), i

    def figure(self, i: int) -> tuple[Figure, int] | None:
        """The figure starting at token ``i`` and the index after it, or None."""
        role = ""
        j = i
        before = self._before(i)
        if before is not None:
            role, j = before
            if self._word(j) in self.lex.links and role not in ("from", "to", "between"):
                j += 1
        prefix = self._prefix(j)
        start_tok = j
        if prefix is not None:
            j = prefix.end
        first, sign_at = self._signed_amount(j)
        if first is None or first.tag == "ord":
            return None
        if prefix is None:
            start_tok = sign_at
        k = first.end
        unit1 = self._maybe_unit(k) if prefix is None else None
        inner = None
        if unit1 is None and prefix is None:
            inner = self._after(k, first.tag)  # Kazakh "100-ден астам доллар"
            if inner is not None:
                unit1 = self._maybe_unit(inner[1])
                if unit1 is None:
                    inner = None
        if unit1 is not None:
            k = unit1.end

        second: _Amount | None = None
        needs = ""  # what confirms a Kazakh range: "дейін" after, or "аралығында"
        if self._sym(k, _DASHES):
            second = self._range_end(k + 1, prefix)
        elif role == "from" and self._word(k) in self.lex.range_to:
            second = self._range_end(k + 1, prefix)
        elif role == "between" and self._word(k) in self.lex.range_and:
            second = self._range_end(k + 1, prefix)
        elif (unit1.tag if unit1 is not None else first.tag) == "abl" and first.lang != "ru":
            second = self.amount(k)
            needs = "to"
        elif self._word(k) in self.lex.range_with:
            second = self.amount(k + 1)
            needs = "around"
        if role in ("from", "between") and second is None:
            if role == "between" or self._word(i) != "от":
                role = ""  # "с 2005" alone is a period's start, not a bound
                start_tok = j if prefix is None else start_tok

        end = second.end if second is not None else k
        unit2 = self._maybe_unit(end) if second is not None else None
        unit = unit2 or unit1 or prefix
        if unit is None:
            return self._elliptic(i if role else start_tok, first, second, role)
        if second is not None and unit2 is None and unit1 is None and prefix is None:
            return None
        if unit1 is not None and second is not None and (
                (unit2 is None and not needs) or (unit2 is not None and unit1.kind != unit2.kind)):
            # "61 проценті — 4 балалы": a range repeats the unit or writes it once at the end
            second, unit2, needs = None, None, ""
            unit, end = unit1, unit1.end
        if unit2 is not None:
            end = unit2.end
        elif unit is unit1:
            end = max(end, unit1.end) if second is None else end

        last_tag = unit.tag if unit is not prefix else (second or first).tag
        after = self._after(end, last_tag)
        confirmed = ((needs == "to" and after is not None and after[0] == "to")
                     or (needs == "around" and self._word(end) in self.lex.range_around))
        if needs and not confirmed:
            if unit1 is None:
                return None  # the first number alone has no unit: not a figure of ours
            second, unit, end, last_tag = None, unit1, unit1.end, unit1.tag
            after = self._after(end, last_tag)
        elif needs == "around":
            end += 1
            after = None
        post_role = inner[0] if inner is not None and second is None else ""
        if after is not None:
            post_role, end = after

        value = self._value(first, second, unit, role, post_role,
                            approx=last_tag == "equ" or first.tag == "equ")
        if value is None:
            return None
        start = self.start(i if role else start_tok)
        lang = unit.lang or first.lang
        noun = modifier = None
        if unit.noun >= 0:
            noun = (self.start(unit.noun), self.end(unit.end - 1))
            if unit.modifier >= 0:
                modifier = (self.start(unit.modifier), self.end(unit.noun - 1))
        return Figure(start, self.end(end - 1), unit.kind, value, unit.code, lang,
                      last_tag, noun, modifier), end

    def _elliptic(self, start_tok: int, first: _Amount, second: _Amount | None,
                  role: str) -> tuple[Figure, int] | None:
        """A scaled amount whose currency was named just before: "1,3 млрд рублей в 2018 году
        и 1,5 млрд в 2019". Returned with an empty unit; the caller supplies the currency."""
        last = second or first
        if last.scale is None or (second is not None and first.scale is None
                                  and not first.vague and second.vague):
            return None
        end = last.end
        if end < self.n:
            word = self.words[end]
            if self.nums[end] is not None or self._sym(end, "-%") or (
                    word is not None and word not in self.lex.ellipsis_followers):
                return None
        value = self._value(first, second, _Unit("money", "", end), role, "", approx=False)
        if value is None:
            return None
        return Figure(self.start(start_tok), self.end(end - 1), "money", value, "",
                      last.lang), end

    def _maybe_unit(self, i: int) -> _Unit | None:
        found = self.unit(i)
        if found is None and self._sym(i, _DASHES) and self._adjacent(i) and self._adjacent(i + 1):
            adjective = self.lex.adjective_units.get(self._word(i + 1))  # "50-процентный"
            if adjective is not None:
                return _Unit(adjective[0], adjective[1], i + 2, lang="ru")
        return found

    def _range_end(self, i: int, prefix: _Unit | None) -> _Amount | None:
        if prefix is not None:
            again = self._prefix(i)
            if again is not None and again.code == prefix.code:
                i = again.end
        return self.amount(i)

    @staticmethod
    def _value(first: _Amount, second: _Amount | None, unit: _Unit, role: str,
               post_role: str, *, approx: bool) -> Value | None:
        low = first.value * unit.factor
        if second is not None:
            high = second.value * unit.factor
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
        if role == "almost":
            return Value(None, low, True)
        if role == "approx":
            return Value(low, low, True)
        if vague:
            return Value(low, None, True)
        return Value(low, low, approx)


def _unit_of(rank: int) -> Decimal:
    """The place value a word of ``rank`` fills: teens and units below 10 or 20 …"""
    return {4: Decimal(1000), 3: Decimal(10), 2: Decimal(20), 1: Decimal(10)}.get(rank, Decimal(0))
