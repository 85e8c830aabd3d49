"""Kazakh words of statements (as in statements.ru): phrases whose last word takes every
suffix (``morphology.kk``); the words before it stand as written."""

from __future__ import annotations

INDICATORS: dict[str, tuple[str, ...]] = {
    "trade_turnover": ("тауар айналым", "сауда айналым", "сыртқы сауда айналым",
                       "өзара сауда"),
    "exports": ("экспорт", "экспорттық тасымал"),
    "imports": ("импорт",),
    "investment": ("инвестиция", "күрделі салым", "негізгі капиталға инвестиция"),
    "fdi": ("тікелей шетелдік инвестиция",),
    "gdp": ("ЖІӨ", "жалпы ішкі өнім", "ЖӨӨ", "жалпы өңірлік өнім"),
    "gdp_growth": ("экономикалық өсу", "ЖІӨ өсімі"),
    "inflation": ("инфляция", "инфляция деңгей"),
    "prices": ("баға", "баға динамика", "тұтыну бағалары индекс", "тариф"),
    "base_rate": ("базалық мөлшерлеме",),
    "exchange_rate": ("бағам", "теңге бағамы", "айырбас бағам"),
    "budget_revenue": ("бюджет кіріс", "бюджетке түсім"),
    "budget_expenditure": ("бюджет шығыс",),
    "budget": ("бюджет", "республикалық бюджет", "жергілікті бюджет"),
    "budget_deficit": ("бюджет тапшылығ", "тапшылық"),
    "tax_revenue": ("салық түсім", "салық", "ҚҚС"),
    "national_fund": ("Ұлттық қор",),
    "reserves": ("резерв", "алтын-валюта резерв"),
    "external_debt": ("сыртқы қарыз", "мемлекеттік қарыз", "қарыз"),
    "salary": ("жалақы", "айлық", "орташа жалақы", "медианалық жалақы", "табыс"),
    "min_wage": ("ең төменгі жалақы",),
    "pension": ("зейнетақы", "базалық зейнетақы"),
    "benefit": ("жәрдемақы", "әлеуметтік төлем", "төлем", "АЕК"),
    "unemployment": ("жұмыссыздық", "жұмыссыздық деңгей"),
    "employment": ("жұмыспен қамту", "қызметкерлер сан", "жұмыс орн", "қызметкер"),
    "population": ("халық", "халық сан", "тұрғын"),
    "industrial_output": ("өнеркәсіп өндіріс", "өндіріс көлем", "өндіріс", "өнеркәсіп"),
    "oil_production": ("мұнай өндіру", "мұнай өндіріс"),
    "gas_production": ("газ өндіру",),
    "agriculture": ("ауыл шаруашылығ", "астық", "егін", "өнім"),
    "retail_trade": ("бөлшек сауда",),
    "wholesale_trade": ("көтерме сауда",),
    "construction": ("құрылыс",),
    "housing": ("тұрғын үй", "баспана", "шаршы метр"),
    "mortgage": ("ипотека", "ипотекалық несие", "ипотека көлем"),
    "loans": ("несие", "кредит", "қарыз алу"),
    "deposits": ("депозит", "салым"),
    "profit": ("пайда", "таза пайда"),
    "revenue": ("түсім", "кіріс"),
    "capitalization": ("капитализация",),
    "tourism": ("туризм", "турист", "туристер ағын"),
    "transport": ("тасымал", "жүк тасымал", "әуе тасымал", "транзит"),
    "energy": ("электр энергия",),
    "services": ("қызмет", "ақылы қызмет"),
    "education": ("білім беру",),
    "healthcare": ("денсаулық сақтау",),
    "subsidies": ("субсидия", "мемлекеттік қолдау"),
    "contracts": ("келісім", "шарт", "келісімшарт", "меморандум"),
    "projects": ("жоба", "жобалар сан", "инвестициялық жоба"),
    "companies": ("кәсіпорын", "компания", "кәсіпкерлік субъект", "ШОБ"),
    "share": ("үлес", "үлес салмағ"),
    "grain_exports": ("астық экспорт",),
    "money_supply": ("ақша массасы",),
    "consumer_spending": ("тұтыну",),
    "cost": ("құн", "жалпы сома", "сома"),
    "cooperation": ("ынтымақтастық",),
}

SAME_INDICATOR = ("көрсеткіш",)
PER: dict[str, str] = {
    "доллар үшін": "USD", "жан басына": "capita",
    "айына": "month", "жылына": "year", "күніне": "day", "тәулігіне": "day",
}
# After the first value of a change in the ablative ("28 мыңнан 42,5 мың теңгеге"): its
# endings.
FROM_ENDINGS = ("дан", "ден", "тан", "тен", "нан", "нен")
# After a ratio, the direction of the comparison: "үш есе жоғары", "екі есе аз".
COMPARATIVES: dict[str, str] = {
    "жоғары": "up", "көп": "up", "артық": "up", "қымбат": "up", "төмен": "down", "аз": "down",
    "арзан": "down",
}
# The size of a change in the dative before a verb of change ("5%-ға өсті").
BY_ENDINGS = ("ға", "ге", "қа", "ке", "на", "не")
TO_WORDS = ("дейін", "шейін")
# A percentage right before a word of change or a comparative is the size of the change, in
# the dative or not: "11,1%-ға жоғары", "13 пайыз көп", "17 пайыз өсіп".
BARE_CHANGE = True

COUNTRY_NAMES: dict[str, str] = {
    "АҚШ": "US", "Америка": "US", "РФ": "RU", "ҚХР": "CN", "ҚР": "KZ", "Корея": "KR",
    "Ұлыбритания": "GB", "БАӘ": "AE",
    "Астана": "KZ", "Алматы": "KZ", "Шымкент": "KZ", "Қарағанды": "KZ", "Ақтөбе": "KZ",
    "облыс": "KZ",  # "Абай облысы": Kazakh news name Kazakhstan's regions so
    # "our country", "our economy": in Kazakh news, Kazakhstan ("Италияның … экономикамызға
    # құйған инвестициясы"); Russian "наша страна" is left out, the news of Kyrgyzstan and
    # Russia say it of theirs
    "еліміз": "KZ", "экономикамыз": "KZ", "мемлекетіміз": "KZ", "Отанымыз": "KZ",
}
COUNTRY_ADJECTIVES: dict[str, str] = {
    "қазақстандық": "KZ", "ресейлік": "RU", "қытайлық": "CN", "өзбекстандық": "UZ",
    "қырғызстандық": "KG", "италиялық": "IT", "германиялық": "DE", "немістің": "DE",
    "американдық": "US", "түркиялық": "TR", "жапондық": "JP", "кореялық": "KR",
    "үнділік": "IN", "француздық": "FR",
}
REGIONS: dict[str, str] = {"орталық азия": "KZ KG TJ TM UZ", "қазақ жер": "KZ"}
CLAUSE_STARTS = ("ал", "бірақ", "алайда")
# A sentence that starts with these goes on about the one before, and its period unless it
# names one: "Былтыр … 1,5 млн турист келген. Бұл 2023 жылмен салыстырғанда 13 пайыз көп."
THIS = ("бұл", "ол", "осы")
# Words of the whole world: a figure of a sentence that names them and no country is about no
# country ("әлем бойынша орташа инфляция 4,2%"); not the base of a comparison ("әлемдік
# көрсеткіштен үш есе жоғары"), told by the ablative after it.
WORLD = ("әлем", "әлемдік", "жаһандық", "дүниежүзілік", "дүние жүзі")
