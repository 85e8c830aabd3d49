"""Russian qualifiers. Roles: ``above`` (low bound), ``below`` (high bound), ``approx``,
``almost`` (high bound, approximate), ``from``/``to`` and ``between``/``and`` (ranges)."""

from __future__ import annotations

from figextract.vocab import Role

# Before the number. Multi-word phrases are written with spaces.
BEFORE: dict[str, Role] = {
    "более": "above",
    "более чем": "above",
    "свыше": "above",
    "больше": "above",
    "больше чем": "above",
    "не менее": "above",
    "выше": "above",
    "не ниже": "above",
    "ниже": "below",
    "не выше": "below",
    "не меньше": "above",
    "не менее чем": "above",
    "как минимум": "above",
    "минимум": "above",
    "по меньшей мере": "above",
    "по крайней мере": "above",
    "чуть более": "above_approx",
    "чуть больше": "above_approx",
    "немногим более": "above_approx",
    "менее": "below",
    "менее чем": "below",
    "меньше": "below",
    "меньше чем": "below",
    "не более": "below",
    "не больше": "below",
    "не более чем": "below",
    "не свыше": "below",
    "максимум": "below",
    "как максимум": "below",
    "чуть менее": "below_approx",
    "чуть меньше": "below_approx",
    "около": "approx",
    "порядка": "approx",
    "примерно": "approx",
    "приблизительно": "approx",
    "ориентировочно": "approx",
    "приблизительно в": "approx",
    "почти": "almost",
    "практически": "almost",
    "едва ли не": "almost",
    "до": "to",
    "от": "from",
    "с": "from",
    "между": "between",
}
# Qualifiers of amounts only, never of a length of time: "выше 95 %", but "ниже 2024 года" is
# a year (and "выше 5 лет назад" no duration of "выше").
AMOUNTS_ONLY = ("выше", "ниже", "не выше", "не ниже")
# Words that may stand between a qualifier and its number: "более чем на 10%", "примерно в 3 млн".
LINKS = ("на", "в")
# Range connectors after the first number.
RANGE_TO = ("до", "по")
RANGE_AND = ("и",)
# "от" alone makes a lower bound ("от 10 долларов"); "с" alone starts a period instead.
BOUND_FROM = ("от",)
# After the figure: "20% и более".
AFTER: dict[str, Role] = {
    "и более": "above",
    "и больше": "above",
    "и выше": "above",
    "и свыше": "above",
    "и менее": "below",
    "и меньше": "below",
    "и ниже": "below",
    "с лишним": "above_approx",
    "с небольшим": "above_approx",
}

# Words that may follow an amount whose currency is left out because it was just named
# ("1,3 млрд рублей в 2018 году и 1,5 млрд в 2019"): prepositions and conjunctions, not nouns.
ELLIPSIS_FOLLOWERS = ("в", "на", "и", "или", "по", "за", "до", "от", "к", "а", "но", "из")

# A hyphen or dash written against the digits ("-2,5%") is a minus sign only where a signed
# value is told: after these words (and after a word of change, at a line's start, after "(",
# ":", "=" or ";", or when the input writes the minus sign "−"). Elsewhere, after a label or a
# number, it is a list's dash: "лесоматериалы -109,7 %", "2019 год -5,0 тысяч рублей".
MINUS_AFTER = ("на", "до", "с", "со", "от", "по", "в", "около", "примерно", "минус",
               "составил", "составила", "составило", "составили", "составляет", "составляют",
               "составлял", "составляла", "составит", "составят", "был", "была", "было",
               "были", "равен", "равна", "равно", "уровне", "отметке", "отметку")

# A qualifier may end a list's line: "составляет не менее:\n30 процентов" (a colon, then the
# number, on the same line or the next).
QUALIFIER_BREAKS = (":", "\n")

# Verbs that bound the figure after them, every form by ``morphology.ru.verb``: "превысил 4 млрд
# долларов" is more than 4 billion (the verb is not part of the fact's text); after "не" the
# bound turns around, also past a modal verb: "не превысит 5 %", "не должно превышать 5 %".
BOUND_VERBS: dict[str, Role] = {"превысить": "above", "превышать": "above"}
VERB_NEGATIONS = ("не",)

# Negations that turn a bound around: "не может быть менее 5 %" is at least 5, and so is the
# bound joined to it, "… и более 95 %" (at most 95). Each is read before the one-word bounds.
NEGATIONS = ("не может быть", "не могут быть", "не должен быть", "не должна быть",
             "не должно быть", "не должны быть")
NEGATED_BOUNDS = ("менее", "меньше", "более", "больше", "свыше", "выше", "ниже")
