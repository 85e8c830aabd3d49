"""Percentages in Russian: input → the fact it gives. Run by tests/test_examples.py."""

from figextract.examples import Expect, about, above, below, between, exact

# (the fact every input gives, [inputs]); [brackets] mark the fact's text when it is
# part of the input.
EXAMPLES: list[tuple[Expect, list[str]]] = [
    (exact("-6.5", "percent"), ["реальная – [-6,5%]"]),
    (above("5", "percent"), ["[не может быть менее 5 %] и более 95 %"]),
    (below("95", "percent"), ["не может быть менее 5 % и [более 95 %]"]),
    (above("30", "percent"), ["составляет [не менее:\n30 процентов]", "не менее: 30 процентов"]),
    # a dash against the digits: a list's dash after a label, a minus where a value is told
    (exact("109.7", "percent"), ["лесоматериалы -[109,7 %]"]),
    (exact("-2", "percent"), ["снизился на [-2%]", "рост [-2%]", "([-2%])"]),
    (exact("-2.5", "percent"), ["[−2,5 %]", "рост составил [-2,5%]", "индекс:\n[-2,5%]"]),
    (exact("-0.3", "percentage_point"), ["[-0,3 п.п.]"]),
    (exact("11.3", "percent"), ["инфляция замедлилась до [11,3%] с 12,2%"]),
    (exact("12.2", "percent"), ["инфляция замедлилась до 11,3% с [12,2%]"]),
    (above("95", "percent"), ["выше 95 %", "не ниже 95%"]),
    (exact("20", "percent"), ["20%", "двадцати процентам"]),
    (exact("20.7", "percent"), ["20,7 %"]),
    (exact("75", "percent"), ["75\xa0%"]),
    (exact("24.82", "percent"), ["24,82%"]),
    (exact("23", "percent"), ["23 процента"]),
    (exact("100", "percent"), ["100 процентов", "сто процентов"]),
    (exact("1", "percent"), ["1 процент"]),
    (exact("47.7", "percent"), ["47,7 процента"]),
    (above("24.2", "percent"), ["более чем 24,2 процентами"]),
    (exact("5", "percent"), ["5 проц.", "на [пять процентов]"]),
    (exact("50", "percent"), ["50-процентным"]),
    (exact("70", "percent"), ["70-процентное"]),
    (below("1", "percent"), ["менее одного процента"]),
    (exact("7.6", "percent"), ["семь целых шесть десятых процента"]),
    (exact("-2.5", "percent"), ["-2,5%"]),
    (above("20", "percent"), ["более 20%", "20% и более"]),
    (above("90", "percent"), ["свыше 90 %"]),
    (above("10", "percent"), ["более чем на 10 процентов"]),
    (below("3", "percent"), ["менее 3 %"]),
    (below("5", "percent"), ["до 5%"]),
    (about("31", "percent"), ["около 31 процента"]),
    (about("40", "percent"), ["примерно 40%"]),
    (about("10", "percent"), ["почти 10 процентов"]),
    (above("5", "percent"), ["инфляция превысила [5%]"]),
    (below("3", "percent"), [
        "дефицит бюджета не превысит [3 процентов]", "не должен превышать [3 процентов]",
    ]),
    (between("38", "56", "percent"), ["38–56%"]),
    (between("3", "5", "percent"), ["от 3 до 5%"]),
    (between("10", "20", "percent"), ["10%–20%"]),
    (between("20", "25", "percent", approximate=True), ["около 20-25%"]),
    (exact("2", "percentage_point"), ["на [2 процентных пункта]"]),
    (exact("1.5", "percentage_point"), ["1,5 п.п."]),
    (exact("0.25", "percentage_point"), ["0,25 пп"]),
]

# Inputs that must give no percentage fact.
NEGATIVES: list[str] = [
    "№ 497", "статья 250", "ТЭЦ-1", "5 г сахара", "Глава 5", "в возрасте 60 лет",
    "тел. 8 701 555 12 34", "https://kz.ru/%D0%BE%D0%B1",
]
