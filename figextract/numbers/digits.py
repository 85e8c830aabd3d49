"""Numbers written in digits: decimal comma or point, groups by space, dot or comma.

Read on folded text, where every kind of space (NBSP, narrow NBSP, thin space) is one space.
Only ASCII digits are read: Kazakh and Russian news writes no others, and ``regex`` knows digits
of newer Unicode versions than ``decimal`` can parse.
``"1 234 567"``, ``"1.234.567"``, ``"1,234,567.5"``, ``"20,000"`` (a group: three digits after a
single comma) but ``"20,5"`` and ``"0,910"`` (decimals), ``"446.49"`` and ``"116.100"`` (a single
point is always decimal).
"""

from __future__ import annotations

from decimal import Decimal

# One alternative per style; the first that fits wins, so grouped styles come first. The
# lookahead lets ``re`` pass over non-digits without trying the alternatives (20% faster split).
PATTERN = r"""
(?=[0-9])(?<![0-9])
(?:
    [0-9]{1,3}(?:\ [0-9]{3})+(?![0-9])(?:[.,][0-9]+)?
  | [0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9])(?:,[0-9]+)?
  | [0-9]{1,3}(?:,[0-9]{3}){2,}(?![0-9])(?:\.[0-9]+)?
  | [0-9]{1,3},[0-9]{3}\.[0-9]+
  | [0-9]{1,3}\.[0-9]{3},[0-9]+
  | [0-9]+(?:[.,][0-9]+)?
)
"""


# A number written with more characters than this is an identifier, a code or junk, not a
# figure; refusing it also keeps Decimal arithmetic far from its exponent limits.
MAX_LENGTH = 64


def parse_digits(text: str, *, scaled: bool = False) -> Decimal:
    """The value of a digit string matched by ``PATTERN``.

    ``scaled``: a scale word follows ("2,125 млрд"), so a lone comma is a decimal comma.
    """
    s = text.replace(" ", "")
    dots = s.count(".")
    commas = s.count(",")
    if dots > 1:
        s = s.replace(".", "").replace(",", ".")
    elif commas > 1:
        s = s.replace(",", "")
    elif dots and commas:
        if s.index(",") < s.index("."):
            s = s.replace(",", "")
        else:
            s = s.replace(".", "").replace(",", ".")
    elif commas:
        head, tail = s.split(",")
        if len(tail) == 3 and len(head) <= 3 and not head.startswith("0") and not scaled:
            s = head + tail
        else:
            s = head + "." + tail
    return Decimal(s)
