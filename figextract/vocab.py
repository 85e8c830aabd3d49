"""The library's closed vocabularies as types: languages, kinds, word categories and what each
can do at the start of a figure, the roles of qualifier and period phrases, period modes.

``CATEGORIES`` is the one declaration of every word category: a new category is added here,
with whether it can start a figure, and the candidate prefilter (``candidates.py``) derives
its sets from this table (``tests/test_candidates.py`` checks every declared word is reached).
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["ru", "kk"]
# The kinds of fact, and the kinds of figure the grammar reads (a duration becomes a period).
Kind = Literal["money", "percentage", "count", "ratio", "period"]
FigureKind = Literal["money", "percentage", "count", "ratio", "duration"]

# What a word (or a word table) can be at the start of a figure:
#   head   a figure cannot do without it: the prefilter tries the grammar where one stands
#          ("млрд", "долларов", "%", "году");
#   lead   it stands only before a head: tried when a head follows ("двадцать", "более");
#   inner  a head that stands only after a figure's amount, never first ("компаний", "%");
#   none   it never starts a figure nor leads to one (read only inside it).
Start = Literal["head", "lead", "inner", "none"]

# Word categories of ``lexicon.Lexeme``, each with what it can be at a figure's start.
Cat = Literal[
    "num", "hundred", "scale", "half", "quarter", "point", "denom", "several", "multiple",
    "cur", "minor", "pct", "pct_adj", "pp", "noun", "times", "times_word",
    "month", "tunit", "rel", "relword", "season", "weekday", "roman", "halfyear",
]
CATEGORIES: dict[Cat, Start] = {
    # numbers (numbers/): "двадцать", "жүз", "млрд", "жарым", "четверть", "целых", "десятых",
    # "несколько", "десятки"
    "num": "lead", "hundred": "lead", "scale": "head", "half": "lead", "quarter": "lead",
    "point": "lead", "denom": "lead", "several": "lead", "multiple": "lead",
    # money (money/): a currency word, a minor unit ("цент", "тиын")
    "cur": "inner", "minor": "inner",
    # percentage (percentage/): "процент", "процентных", "пункта"
    "pct": "inner", "pct_adj": "inner", "pp": "inner",
    # count (count/): a counted noun
    "noun": "inner",
    # ratio (ratio/): "раза", "есе"; a ratio in one word, "вдвое"
    "times": "inner", "times_word": "head",
    # period (period/): "марта", "году", "прошлом", "сегодня", "летом", "среду", "II",
    # "полгода"
    "month": "head", "tunit": "head", "rel": "lead", "relword": "head", "season": "head",
    "weekday": "head", "roman": "lead", "halfyear": "head",
}

# Roles of the phrases around a figure (qualifiers/, period/): bounds and estimates of an
# amount, and what a period phrase makes of the period it leads or follows.
Role = Literal[
    "above", "below", "approx", "almost", "above_approx", "below_approx",  # bounds, estimates
    "from", "to", "between",  # the ends of a range
    "times",  # "в" before a ratio: "в 1,5 раза"
    "point", "since", "until", "by", "last", "next", "after", "during", "ago",  # periods
    "start", "end", "until_end",  # a year's first or last day: "на начало 2017 года"
    "since_start",  # since a year's first day: "с начала 2025 года", "2025 жылдың басынан"
    "compare",  # the period compared with: "по сравнению с 2012 годом", "2019 жылмен салыстырғанда"
]
# How a period's points combine (``timeline.When.mode``).
Mode = Literal["point", "range", "since", "until", "last", "next", "ago", "after", "duration",
               "every", "same"]
