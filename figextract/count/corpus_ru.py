"""Counts in Russian: input → the fact it gives (``unit`` is the entity). Run by
tests/test_examples.py."""

from figextract.examples import Expect, about, above, below, between, exact, vague

# (the fact every input gives, [inputs]); [brackets] mark the fact's text when it is
# part of the input.
EXAMPLES: list[tuple[Expect, list[str]]] = [
    # what it counts named before a bare number: "число", "количество" before its noun
    (exact("250000", "person"), ["Число безработных составило [250 тысяч]."]),
    (exact("29", "project"), ["количество проектов выросло с [29] до 97"]),
    (exact("97", "project"), ["количество проектов выросло с 29 до [97]"]),
    (between("29", "97", "project"), ["число проектов [от 29 до 97]"]),
    (exact("1952", "person"), ["1952 человека"]),
    (exact("5000", "person"), ["5 тысяч человек"]),
    (above("300", "person"), ["более 300 работников"]),
    (exact("12", "company"), ["12 фермерских хозяйств"]),
    (about("250", "company"), ["около 250 итальянских компаний"]),
    (exact("250", "company"), ["250 компаний"]),
    (above("100", "agreement"), ["более 100 договоров"]),
    (between("2", "3", "project"), ["двух-трех якорных стратегических проектов"]),
    (above("4000", "student"), ["более четырех тысяч казахстанских студентов"]),
    (exact("5000", "job"), ["5 тысяч рабочих мест"]),
    (about("1500", "job"), ["около 1,5 тыс. новых рабочих мест"]),
    (exact("300", "company"), ["300 субъектов малого и среднего предпринимательства"]),
    (exact("12", "company"), ["12 предприятий"]),
    (above("40", "investor"), ["свыше 40 иностранных инвесторов"]),
    (exact("3", "agreement"), ["три соглашения"]),
    (exact("7", "agreement"), ["семь меморандумов"]),
    (exact("10", "country"), ["десяти стран"]),
    (exact("2", "country"), ["двух государств"]),
    (between("3", "5", "project"), ["от 3 до 5 проектов"]),
    (below("20", "company"), ["менее 20 фирм"]),
    (exact("120", "company"), ["120 организаций"]),
    (exact("2000", "company"), ["2 тыс. ТОО"]),
    (vague("100", "company", "1000"), ["сотни компаний"]),
    (vague("1", "project", "10"), ["несколько крупных проектов"]),
    (exact("15", "project"), ["15 новых инвестиционных проектов"]),
    (exact("45", "agreement"), ["45 контрактов"]),
    (about("70", "company"), ["около 70 малых и средних предприятий"]),
    (exact("1200", "student"), ["1200 студентов"]),
    (exact("4", "country"), ["четыре страны"]),
    (exact("18", "project"), ["18 проектов"]),
    (about("30", "company"), ["примерно 30 компаниям"]),
    (above("500", "company"), ["более 500 иностранными компаниями"]),
    (above("10000", "job"), ["не менее 10 тысяч рабочих мест"]),
    (exact("60", "country"), ["в [60 странах]"]),
]

# Inputs that must give no count fact.
NEGATIVES: list[str] = [
    "число участников 25 регионов", "количество проектов. 20",
    "ТЭЦ-1", "1 квартира", "Глава 5", "статья 250", "2024", "первые шаги", "в возрасте 60 лет",
    "5 г сахара", "№ 497",
]
