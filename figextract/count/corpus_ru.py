"""Counts in Russian: input → the fact it gives (``unit`` is the entity). Run by
tests/test_examples.py."""

from figextract.examples import Expect, about, above, below, between, exact, vague

EXAMPLES: list[tuple[str, Expect]] = [
    ("около 250 итальянских компаний", about("250", "company")),
    ("250 компаний", exact("250", "company")),
    ("более 100 договоров", above("100", "agreement")),
    ("двух-трех якорных стратегических проектов", between("2", "3", "project")),
    ("более четырех тысяч казахстанских студентов", above("4000", "student")),
    ("5 тысяч рабочих мест", exact("5000", "job")),
    ("около 1,5 тыс. новых рабочих мест", about("1500", "job")),
    ("300 субъектов малого и среднего предпринимательства", exact("300", "company")),
    ("12 предприятий", exact("12", "company")),
    ("свыше 40 иностранных инвесторов", above("40", "investor")),
    ("три соглашения", exact("3", "agreement")),
    ("семь меморандумов", exact("7", "agreement")),
    ("десяти стран", exact("10", "country")),
    ("двух государств", exact("2", "country")),
    ("от 3 до 5 проектов", between("3", "5", "project")),
    ("менее 20 фирм", below("20", "company")),
    ("120 организаций", exact("120", "company")),
    ("2 тыс. ТОО", exact("2000", "company")),
    ("сотни компаний", vague("100", "company")),
    ("несколько крупных проектов", vague("1", "project")),
    ("15 новых инвестиционных проектов", exact("15", "project")),
    ("45 контрактов", exact("45", "agreement")),
    ("около 70 малых и средних предприятий", about("70", "company")),
    ("1200 студентов", exact("1200", "student")),
    ("четыре страны", exact("4", "country")),
    ("18 проектов", exact("18", "project")),
    ("примерно 30 компаниям", about("30", "company")),
    ("более 500 иностранными компаниями", above("500", "company")),
    ("не менее 10 тысяч рабочих мест", above("10000", "job")),
    ("в 60 странах", exact("60", "country", "60 странах")),
]
