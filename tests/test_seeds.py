"""Golden test: every money, percentage, count and period in the five bundled seeds,
hand-checked against the documents, and nothing else reported as one of them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

import figextract
from figextract.documents import document_date

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
D = Decimal

# file -> [(text, kind, low, high, approximate, unit)] in document order
GOLDEN: dict[str, list[tuple[str, str, Decimal | None, Decimal | None, bool, str]]] = {
    "000_d5a2f0d43fbc32dc.txt": [
        ("7,6 миллиард долларға", "money", D("7.6e9"), D("7.6e9"), False, "USD"),
    ],
    "001_f09acc4096086793.txt": [
        ("20 миллиардов долларов", "money", D("20e9"), D("20e9"), False, "USD"),
        ("11,3 миллиарда долларов", "money", D("11.3e9"), D("11.3e9"), False, "USD"),
        ("более 7,6 миллиарда долларов", "money", D("7.6e9"), None, False, "USD"),
    ],
    "002_5f60db740e258a19.txt": [
        ("20 млрд долларов", "money", D("20e9"), D("20e9"), False, "USD"),
        ("11,3 млрд долларов", "money", D("11.3e9"), D("11.3e9"), False, "USD"),
        ("более 7,6 млрд долларов", "money", D("7.6e9"), None, False, "USD"),
    ],
    "003_82e0ae0cf0678fb1.txt": [],
    "004_343e52f150faa84a.txt": [
        ("446.49₸", "money", D("446.49"), D("446.49"), False, "KZT"),
        ("475.38₸", "money", D("475.38"), D("475.38"), False, "KZT"),
        ("4.79₸", "money", D("4.79"), D("4.79"), False, "KZT"),
        ("87.39$", "money", D("87.39"), D("87.39"), False, "USD"),
        ("63991.10$", "money", D("63991.10"), D("63991.10"), False, "USD"),
        ("1,4 млрд долларов", "money", D("1.4e9"), D("1.4e9"), False, "USD"),
        ("до 2 млрд долларов", "money", None, D("2e9"), False, "USD"),
        # "почти" (nearly): an estimate of 1.5 billion, as the annotated news reads it
        ("почти 1,5 млрд долларов", "money", D("1.5e9"), D("1.5e9"), True, "USD"),
        ("более 20%", "percentage", D("20"), None, False, "percent"),
        ("30%", "percentage", D("30"), D("30"), False, "percent"),
    ],
}


def test_all_seeds_covered() -> None:
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(GOLDEN)


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_seed(name: str) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    facts = figextract.extract(text, ref_date=document_date(text),
                               kinds={"money", "percentage"})
    got = [(f.text, f.kind, f.value.low, f.value.high, f.value.approximate, f.unit)
           for f in facts]
    assert got == GOLDEN[name]
    for fact in facts:
        assert text[fact.span.start:fact.span.end] == fact.text


# file -> [(text, low, high, approximate, entity, noun, modifier)] in document order
COUNTS: dict[str, list[tuple[str, Decimal | None, Decimal | None, bool, str, str, str | None]]] = {
    "000_d5a2f0d43fbc32dc.txt": [
        ("250 италиялық компания", D(250), D(250), False, "company", "компания", "италиялық"),
        ("екі ел", D(2), D(2), False, "country", "ел", None),
        ("екі ел", D(2), D(2), False, "country", "ел", None),
    ],
    "001_f09acc4096086793.txt": [
        ("двух стран", D(2), D(2), False, "country", "стран", None),
        ("двух стран", D(2), D(2), False, "country", "стран", None),
        ("двумя странами", D(2), D(2), False, "country", "странами", None),
        ("двух государств", D(2), D(2), False, "country", "государств", None),
        ("около 250 итальянских компаний", D(250), D(250), True, "company", "компаний",
         "итальянских"),
        ("более четырех тысяч казахстанских студентов", D(4000), None, False, "student",
         "студентов", "казахстанских"),
    ],
    "002_5f60db740e258a19.txt": [
        ("около 250 итальянских компаний", D(250), D(250), True, "company", "компаний",
         "итальянских"),
    ],
    "003_82e0ae0cf0678fb1.txt": [
        ("двух стран", D(2), D(2), False, "country", "стран", None),
        ("двумя государствами", D(2), D(2), False, "country", "государствами", None),
    ],
    "004_343e52f150faa84a.txt": [
        ("двух стран", D(2), D(2), False, "country", "стран", None),
        ("двух-трех якорных стратегических проектов", D(2), D(3), False, "project", "проектов",
         "якорных стратегических"),
        ("более 100 договоров", D(100), None, False, "agreement", "договоров", None),
        ("двух стран", D(2), D(2), False, "country", "стран", None),
    ],
}

d = dt.date
_YEAR_2024 = (d(2024, 1, 1), d(2024, 12, 31), "year", "point")
_YEAR_2025 = (d(2025, 1, 1), d(2025, 12, 31), "year", "point")
_UNRESOLVED_YEAR = (None, None, "year", "point")
_UNRESOLVED_DAY = (None, None, "day", "point")
# file -> [(text, start_date, end_date, granularity, mode)] in document order; a first line
# " date YYYY-MM-DD" is the document's date, not a period of its text
PERIODS: dict[str, list[tuple[str, dt.date | None, dt.date | None, str, str]]] = {
    "000_d5a2f0d43fbc32dc.txt": [
        ("былтыр", *_YEAR_2024),
        ("соңғы жиырма жылда", d(2005, 9, 29), d(2025, 9, 29), "year", "last"),
        ("Бүгінде", d(2025, 9, 29), d(2025, 9, 29), "day", "point"),
        ("биыл мамыр айында", d(2025, 5, 1), d(2025, 5, 31), "month", "point"),
        ("былтыр", *_YEAR_2024),
    ],
    "001_f09acc4096086793.txt": [
        ("1992 году", d(1992, 1, 1), d(1992, 12, 31), "year", "point"),
        ("январе прошлого года", d(2024, 1, 1), d(2024, 1, 31), "month", "point"),
        ("прошлом году", *_YEAR_2024),
        ("мае текущего года", d(2025, 5, 1), d(2025, 5, 31), "month", "point"),
        ("этом году", *_YEAR_2025),
        ("прошлом году", *_YEAR_2024),
        ("Сегодня", d(2025, 9, 30), d(2025, 9, 30), "day", "point"),
        ("прошлом году", *_YEAR_2024),
        ("восемь месяцев этого года", d(2025, 1, 1), d(2025, 8, 31), "month", "range"),
        ("С 2005 года", d(2005, 1, 1), d(2025, 9, 30), "year", "since"),
        ("прошлом году", *_YEAR_2024),
        ("следующем году", d(2026, 1, 1), d(2026, 12, 31), "year", "point"),
        ("этом году", *_YEAR_2025),
        ("этом году", *_YEAR_2025),
        ("этом году", *_YEAR_2025),
    ],
    "002_5f60db740e258a19.txt": [  # no date line: relative periods stay unresolved
        ("прошлом году", *_UNRESOLVED_YEAR),
        ("8 месяцев этого года", None, None, "month", "range"),
        ("С 2005 года", d(2005, 1, 1), None, "year", "since"),
        ("прошлом году", *_UNRESOLVED_YEAR),
        ("Завтра", *_UNRESOLVED_DAY),
        ("сегодня", *_UNRESOLVED_DAY),
    ],
    "003_82e0ae0cf0678fb1.txt": [
        ("Последние годы", None, None, "year", "last"),
        ("январе прошлого года", d(2024, 1, 1), d(2024, 1, 31), "month", "point"),
        ("мае этого года", d(2025, 5, 1), d(2025, 5, 31), "month", "point"),
    ],
    "004_343e52f150faa84a.txt": [
        ("Сегодня", *_UNRESOLVED_DAY),
        ("прошлый год", *_UNRESOLVED_YEAR),
        ("2023-2024 гг.", d(2023, 1, 1), d(2024, 12, 31), "year", "range"),
        ("Сегодня", *_UNRESOLVED_DAY),
        ("три десятилетия", None, None, "decade", "duration"),
        ("сегодня", *_UNRESOLVED_DAY),
        ("прошлом году", *_UNRESOLVED_YEAR),
        ("сегодня", *_UNRESOLVED_DAY),
    ],
}


def _seed(name: str) -> tuple[str, list[figextract.Fact]]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return text, figextract.extract(text, ref_date=document_date(text))


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_seed_counts(name: str) -> None:
    _, facts = _seed(name)
    got = [(f.text, f.value.low, f.value.high, f.value.approximate, f.entity, f.noun,
            f.modifier) for f in facts if isinstance(f, figextract.Count)]
    assert got == COUNTS[name]


@pytest.mark.parametrize("name", sorted(PERIODS))
def test_seed_periods(name: str) -> None:
    text, facts = _seed(name)
    got = [(f.text, f.start_date, f.end_date, f.granularity, f.when.mode)
           for f in facts if isinstance(f, figextract.Period)]
    assert got == PERIODS[name]
    for fact in facts:
        assert text[fact.span.start:fact.span.end] == fact.text


def test_unresolved_periods_resolve_later() -> None:
    """A relative period read without a date keeps its form and resolves when given one."""
    _, facts = _seed("002_5f60db740e258a19.txt")
    last_year = next(f for f in facts if isinstance(f, figextract.Period))
    assert last_year.relative and last_year.when.start is not None
    assert last_year.when.start.year_offset == -1
    resolved = last_year.resolved(dt.date(2025, 9, 30))
    assert (resolved.start_date, resolved.end_date) == (d(2024, 1, 1), d(2024, 12, 31))


def test_kazakh_and_russian_versions_agree() -> None:
    """Seeds 000 (kk) and 001 (ru) report the same talks, a day apart: the figures both state
    — investment, Italian companies, last year's visit, this May's summit, the twenty years of
    investment — agree in value, entity and resolved dates."""
    _, kk = _seed("000_d5a2f0d43fbc32dc.txt")
    _, ru = _seed("001_f09acc4096086793.txt")

    def money(facts: list[figextract.Fact]) -> set[tuple[Decimal | None, str]]:
        return {(f.value.low, f.unit) for f in facts if isinstance(f, figextract.Money)}

    def companies(facts: list[figextract.Fact]) -> set[Decimal | None]:
        return {f.value.low for f in facts
                if isinstance(f, figextract.Count) and f.entity == "company"}

    def periods(facts: list[figextract.Fact]) -> set[tuple[dt.date | None, dt.date | None]]:
        return {(f.start_date, f.end_date) for f in facts if isinstance(f, figextract.Period)}

    assert money(kk) <= money(ru)
    assert companies(kk) == companies(ru) == {D(250)}
    last_year, summit = (d(2024, 1, 1), d(2024, 12, 31)), (d(2025, 5, 1), d(2025, 5, 31))
    assert {last_year, summit} <= periods(kk) & periods(ru)
    # "соңғы жиырма жылда" and "С 2005 года": the same stretch, up to each article's date
    kk_twenty = next(f for f in kk if isinstance(f, figextract.Period) and f.when.mode == "last")
    ru_since = next(f for f in ru if isinstance(f, figextract.Period) and f.when.mode == "since")
    assert kk_twenty.start_date is not None and ru_since.start_date is not None
    assert kk_twenty.start_date.year == ru_since.start_date.year == 2005
