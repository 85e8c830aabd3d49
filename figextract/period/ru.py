"""Russian period words. Month names come from CLDR (``periods.months``); the rest is here.

Each table maps a word (or its stem with a paradigm of ``morphology.ru``) to what it means.
"""

from __future__ import annotations

from figextract.vocab import Mode, Role

# Calendar and duration units: stem -> (paradigm or "" for listed forms, forms, unit).
UNITS: dict[str, tuple[str, str]] = {
    "year": ("", "год года году годом годе годы годов годам годами годах лет летам г гг "
                 "гг"),
    "month": ("", "месяц месяца месяцу месяцем месяце месяцы месяцев месяцам месяцами "
                  "месяцах мес"),
    "week": ("", "неделя недели неделе неделю неделей недель неделям неделями неделях"),
    "day": ("", "день дня дню днем дне дни дней дням днями днях сутки суток суткам сутками"),
    "quarter": ("hard_m", "квартал кв"),
    "half_year": ("", "полугодие полугодия полугодию полугодием полугодии полугодий "
                      "полугодиям полугодиями полугодиях"),
    "decade": ("", "десятилетие десятилетия десятилетию десятилетием десятилетии "
                   "десятилетий десятилетиям десятилетиями десятилетиях"),
    "century": ("", "век века веку веком веке веков векам веками веках столетие столетия "
                    "столетию столетием столетии столетий"),
}
# Forms that count years and never name one: "2000 лет" is a duration, "2000 года" a year.
DURATION_ONLY = ("лет", "летам")
# Abbreviations written with a dot: "2024 г.", "2023-2024 гг.", "I кв."
ABBREVIATIONS = ("г", "гг", "кв", "мес")
# Half a year in one word: "полгода", "полугода".
HALF_YEAR_WORDS = "полгода полугода"

# Relative adjectives: stem -> (adjective kind of morphology.ru, offset from the reference).
RELATIVE: dict[str, tuple[str, int]] = {
    "прошл": ("hard", -1),
    "минувш": ("soft", -1),
    "прошедш": ("soft", -1),
    "позапрошл": ("hard", -2),
    "предыдущ": ("soft", -1),
    "отчетн": ("hard", 0),
    "текущ": ("soft", 0),
    "нынешн": ("soft", 0),
    "следующ": ("soft", 1),
    "будущ": ("soft", 1),
    "наступающ": ("soft", 1),
    "предстоящ": ("soft", 1),
}
THIS = "этот этого этому этим этом эта этой эту это"

# Days named from the reference date.
RELATIVE_DAYS: dict[str, int] = {
    "сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2,
}

# Ordinals read as quarters and halves ("в первом квартале"): value -> forms.
ORDINALS: dict[int, tuple[str, str]] = {
    1: ("перв", "hard"),
    2: ("втор", "stressed"),
    3: ("трет", "third"),
    4: ("четверт", "hard"),
}
THIRD = "третий третьего третьему третьим третьем третья третьей третью третье третьи третьих"

SEASONS: dict[str, str] = {
    "spring": "весна весны весне весну весной весною",
    "summer": "лето лета лету летом",
    "autumn": "осень осени осенью",
    "winter": "зима зимы зиме зиму зимой зимою",
}

# Before a period: phrase -> role. "point" words are left out of the span.
BEFORE: dict[str, Role] = {
    "в": "point", "во": "point", "на": "point", "за": "point", "к": "by",
    "относится к": "point", "относятся к": "point", "относится ко": "point",
    "с": "since", "со": "since", "начиная с": "since", "начиная со": "since",
    "от": "from",
    "до": "until", "вплоть до": "until",
    "за последние": "last", "в последние": "last", "последние": "last",
    "за прошедшие": "last", "за минувшие": "last", "в течение последних": "last",
    "на протяжении последних": "last",
    "в ближайшие": "next", "в следующие": "next", "в течение ближайших": "next",
    "ближайшие": "next", "на ближайшие": "next",
    "через": "after", "спустя": "after",
    "в течение": "during", "на протяжении": "during",
    "по сравнению с": "compare", "по сравнению со": "compare", "в сравнении с": "compare",
    "в сравнении со": "compare", "сравнительно с": "compare", "к уровню": "compare",
    "по отношению к": "compare", "относительно": "compare",
    "чем за": "compare", "чем в": "compare", "против": "compare",
}
# Phrases that name a period by themselves: phrase -> (mode, unit, offset of that unit from
# the reference date's). "с начала года": since the first day of this year, to the date.
PHRASES: dict[str, tuple[Mode, str, int]] = {
    "с начала года": ("since", "year", 0),
    "с начала текущего года": ("since", "year", 0),
    "с начала этого года": ("since", "year", 0),
    # up to the reference date ("до сих пор", "по сей день" are mostly "still": not here)
    "к настоящему времени": ("until", "day", 0), "до настоящего времени": ("until", "day", 0),
    "на сегодняшний день": ("until", "day", 0), "к сегодняшнему дню": ("until", "day", 0),
    # recurrences: no dates, their unit
    "ежегодно": ("every", "year", 0), "каждый год": ("every", "year", 0),
    "ежеквартально": ("every", "quarter", 0), "каждый квартал": ("every", "quarter", 0),
    "ежемесячно": ("every", "month", 0), "каждый месяц": ("every", "month", 0),
    "еженедельно": ("every", "week", 0), "каждую неделю": ("every", "week", 0),
    "ежедневно": ("every", "day", 0), "каждый день": ("every", "day", 0),
}
# A period named by the one named before it (``period/anaphora.py``). Before "период":
# adjective stems (every form by morphology.ru.adjective), which alone mean the year before's
# ("за аналогичный период"), and "тот же" in its forms, which alone means the same period;
# "тот же" before a unit: "в том же году", "в тот же день".
SAME_PERIOD_STEMS: dict[str, str] = {"аналогичн": "hard", "соответствующ": "soft"}
THAT_SAME = ("тот же", "того же", "тому же", "тем же", "том же", "та же", "той же", "ту же",
             "этот же", "этого же", "этому же", "этим же", "этом же", "эта же", "этой же",
             "эту же")
PERIOD_NOUNS = ("период", "периода", "периоду", "периодом", "периоде")
# The year or day before (after) the one named before; with none, the reference date's.
SHIFTS: dict[str, tuple[str, int]] = {
    "годом ранее": ("year", -1), "годом раньше": ("year", -1), "годом позже": ("year", 1),
    "годом спустя": ("year", 1), "накануне": ("day", -1),
    "месяцем ранее": ("month", -1), "месяцем раньше": ("month", -1),
    "месяцем позже": ("month", 1),
}
# A year's first or last day: "на начало 2017 года" (2017-01-01), "к концу 2021 года"
# (2021-12-31), "до конца 2018 года" (until 2018-12-31); "на конец года": this year's.
EDGES: dict[str, Role] = {
    "на начало": "start", "к началу": "start", "по состоянию на начало": "start",
    "на конец": "end", "к концу": "end", "по состоянию на конец": "end", "на исходе": "end",
    "до конца": "until_end", "до окончания": "until_end",
    "с начала": "since_start", "с самого начала": "since_start",
}
# An age or a sentence, not a period: a duration right after these words ("в возрасте 60
# лет", "ему 45 лет", "не младше 45 лет") or right before those ("на 75 году жизни", "шесть
# лет колонии").
AGE_BEFORE = ("возрасте", "исполнилось", "исполнится", "исполнился", "ему", "ей", "им",
              "которому", "которой", "которым", "младше", "старше", "моложе", "лицам", "детям",
              "детей", "от", "было", "сейчас")
# Verbs of turning an age, every form by morphology.ru.verb: "исполняется 94 года".
AGE_VERBS = ("исполниться", "исполняться")
# "умер в 24 года": an age after these, not after "раз" or a term ("раз в 3 года", "на срок в
# пять лет").
AGE_AT = ("в", "во")
AGE_AT_NOT_AFTER = ("раз", "срок", "сроком", "период", "периодом")
# Words that make a number of years in their clause an age or a life span: "возраст кандидата
# не превышает 35 лет", "ожидаемая продолжительность жизни — 66,4 лет".
AGE_CONTEXT = ("возраст", "возраста", "возрасту", "возрастом", "возрасте", "продолжительность",
               "продолжительности")
NOT_PERIOD_AFTER = ("населения", "население", "жизни", "тюрьмы", "колонии", "лишения",
                    "заключения", "моложе", "старше", "от")
# Before a number of months that, after a year named in the paragraph, are its first ones:
# "В 2024 году за 9 месяцев доходы выросли" (January to September 2024).
MONTHS_OF_YEAR = ("за",)
# Quotation marks around a day, as forms write it: "от «23» апреля 2019 г."; a month in them is
# a name: "ТСЖ «Октябрь»".
OPEN_QUOTES = ("«", '"', "“", "„")
CLOSE_QUOTES = ("»", '"', "”", "“")
# After a duration: "20 лет назад".
AFTER: dict[str, Role] = {"назад": "ago", "тому назад": "ago", "спустя": "after"}
# Between the two ends of a range: "с 2020 по 2024 год", "с января до августа".
RANGE_TO = ("по", "до")
# "в 1958, 1962 и 1970 годах": years listed.
YEAR_LIST_LINKS = ("и",)
# Endings of an ordinal written in digits: "2-й квартал", "во 2-м квартале".
ORDINAL_ENDINGS = ("й", "го", "му", "м", "я", "е", "ый", "ой", "ом")
# Decades: "70-е годы", "2000-х годов" (the letter after the hyphen).
DECADE_ENDINGS = ("е", "х", "ые", "ых", "ми", "м")
