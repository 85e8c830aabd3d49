"""Kazakh period words: stems, to which the lexicon adds suffixes by rule (morphology.kk).
Month names come from CLDR (``periods.months``)."""

from __future__ import annotations

from figextract.vocab import Mode, Role

# Calendar and duration units: stem -> unit. "тоқсан" is also ninety; after an ordinal or a
# number it is read as a quarter only when the number reading stops before it.
UNITS: dict[str, str] = {
    "жыл": "year",
    "ай": "month",
    "апта": "week",
    "күн": "day",
    "тәулік": "day",
    "тоқсан": "quarter",
    "жартыжылдық": "half_year",
    "онжылдық": "decade",
    "ғасыр": "century",
}
# Forms beyond the rule-built ones: "2024 жылғы", "айындағы".
EXTRA_FORMS: dict[str, str] = {
    "year": "жылғы жылдағы жылдардағы",
    "month": "айындағы айдағы айлардағы",
    "day": "күнгі",
}
# "жылдың бірінші жартысында": half of a year.
HALF = "жарты"

# Relative words: word -> (unit, offset). Adverbs and adjectives that need no unit word.
RELATIVE_WORDS: dict[str, tuple[str, int]] = {
    "биыл": ("year", 0), "биылғы": ("year", 0), "биылда": ("year", 0),
    "былтыр": ("year", -1), "былтырғы": ("year", -1),
    "бүгін": ("day", 0), "бүгінде": ("day", 0), "бүгінгі": ("day", 0), "бүгінге": ("day", 0),
    "бүгіннен": ("day", 0),
    "кеше": ("day", -1), "кешегі": ("day", -1),
    "ертең": ("day", 1), "ертеңгі": ("day", 1), "ертеңге": ("day", 1),
    "бүрсігүні": ("day", 2),
}
# Relative adjectives before a unit word: "өткен жылы", "осы айда", "келесі аптада".
RELATIVE: dict[str, int] = {
    "өткен": -1, "былтырғы": -1, "осы": 0, "ағымдағы": 0, "биылғы": 0, "есепті": 0,
    "келесі": 1, "алдағы": 1, "келер": 1,
}

SEASONS: dict[str, str] = {
    "spring": "көктем", "summer": "жаз", "autumn": "күз", "winter": "қыс",
}
# Seasons as adjectives: "жазғы демалыс", "көктемгі егіс".
SEASON_ADJECTIVES: dict[str, str] = {
    "spring": "көктемгі", "summer": "жазғы", "autumn": "күзгі", "winter": "қысқы",
}
# Case forms of a season that read as a time ("жаз", "жазда": in summer, "қыстың", "көктемге");
# "жазды" (wrote) and "қысқа" (short) are other words.
SEASON_CASES = ("nom", "gen", "dat", "loc", "poss", "adj")
SEASON_HOMOGRAPHS = ("қысқа", "жазды")
# Month forms that are other words, with all their own forms: "қазандық" (a boiler house).
NOT_MONTHS = ("қазандық", "қазандығ")
# Relative words that take case suffixes: "былтырдан бері", "биылдың", "бүгінге дейін".
RELATIVE_STEMS = ("биыл", "былтыр", "бүгін")
# Words after a figure that make it no period: "25 айлық есептік көрсеткіш" is a fine unit.
NOT_PERIOD_AFTER = ("есептік", "панелі", "панелін", "панельдері", "панельдерін", "панелдері",
                    "батареясы", "батареялары")  # "377000 күн панелі": solar panels
# After an ordinal day, a month form that is another word: "телехикаяның 2-нші маусымы" (a
# show's season).
ORDINAL_NOT_MONTHS = ("маусымы", "маусымын", "маусымында", "маусымының")

# Before a period: phrase -> role (as in periods.ru).
BEFORE: dict[str, Role] = {
    "соңғы": "last", "өткен": "last", "алдағы": "next", "келесі": "next", "таяу": "next",
}
# Phrases that name a period by themselves (as in period.ru): "жыл басынан бері" (since the
# year's start).
PHRASES: dict[str, tuple[Mode, str, int]] = {
    "жыл басынан бері": ("since", "year", 0),
    "жыл басынан бастап": ("since", "year", 0),
    "жыл басынан": ("since", "year", 0), "биыл жыл басынан": ("since", "year", 0),
    "биыл жыл басынан бері": ("since", "year", 0), "биыл жыл басынан бастап": ("since", "year", 0),
    # up to the reference date (as in period.ru)
    "осы уақытқа дейін": ("until", "day", 0), "қазіргі уақытқа дейін": ("until", "day", 0),
    "бүгінге дейін": ("until", "day", 0), "бүгінгі күнге дейін": ("until", "day", 0),
    "осы күнге дейін": ("until", "day", 0), "қазірге дейін": ("until", "day", 0),
    # recurrences (as in period.ru)
    "жыл сайын": ("every", "year", 0), "жыл сайынғы": ("every", "year", 0),
    "тоқсан сайын": ("every", "quarter", 0), "ай сайын": ("every", "month", 0),
    "ай сайынғы": ("every", "month", 0), "апта сайын": ("every", "week", 0),
    "күн сайын": ("every", "day", 0), "күн сайынғы": ("every", "day", 0),
    "күнделікті": ("every", "day", 0),
}
# A period named by the one named before it (as in period.ru), after the year: "өткен жылдың
# сәйкес кезеңі", "2024 жылдың тиісті кезеңімен"; before a unit: "сол жылы", "сол күні".
SAME_PERIOD = ("сәйкес", "осы", "тиісті", "сол", "дәл осы", "дәл сол")
LAST_YEARS = ("сәйкес", "тиісті")  # alone: the year before's, as "аналогичный" in period.ru
SAME_UNIT = ("сол", "дәл сол")
# "9 айда" (in nine months) after a year named before: its first nine months (as "за 9
# месяцев" in period.ru): the case of the months.
MONTHS_OF_YEAR_CASES = ("loc",)
PERIOD_NOUN = "кезең"
# As period.ru EDGES, after the year: "2018 жыл басына" (2018-01-01), "жыл соңында" (this
# year's last day), "2018 жылдың соңына дейін" (until 2018-12-31).
EDGES_AFTER: dict[str, Role] = {
    "басына": "start", "басында": "start", "басындағы": "start",
    "соңында": "end", "соңына": "end", "соңындағы": "end", "аяғында": "end",
    "соңына дейін": "until_end", "аяғына дейін": "until_end",
    "басынан": "since_start", "басынан бері": "since_start", "басынан бастап": "since_start",
}
# After it, with the case its last word must be in ("" = any).
AFTER: dict[str, tuple[Role, str]] = {
    "бері": ("since", "abl"),
    "бастап": ("since", "abl"),
    "дейін": ("until", "dat"),
    "дейінгі": ("until", "dat"),
    "қоса алғанда": ("until", "acc"), "қоса есептегенде": ("until", "acc"),
    "шейін": ("until", "dat"),
    "бұрын": ("ago", ""),
    "кейін": ("after", "abl"),
    "соң": ("after", "abl"),
    "ішінде": ("during", ""),
    "бойы": ("during", ""),
    "салыстырғанда": ("compare", "ins"),
    "қарағанда": ("compare", "dat"),
}
# Ordinals that are written otherwise than by rule, and ordinal words of their own.
ORDINAL_FORMS: dict[str, str] = {"жиырма": "жиырмасыншы"}
ORDINAL_WORDS: dict[str, int] = {"алғашқы": 1}
# "2020 және 2021 жылдары": years listed.
YEAR_LIST_LINKS = ("және",)
# Ordinal suffixes written after digits, with or without a hyphen: "2017-нші", "2025нші".
ORDINAL_SUFFIXES = ("ншы", "нші", "ыншы", "інші", "сыншы", "сінші", "шы", "ші", "ншi")
# Decades: "1990 жылдары", "90-жылдары" (a plural year word after a round number).
# Month names that are also other words ("қазан": October, Kazan, a cauldron; "маусым": June,
# a season; "наурыз": March, the spring feast): read as months
# only beside a day, a year or "айы".
CONTEXT_MONTHS = ("қазан", "маусым", "наурыз", "тамыз")
