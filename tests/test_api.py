"""The public surface: arguments, errors, fact objects, pickling, threads."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest

import figextract
from figextract import Extractor, Money, Percentage

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_extract_returns_sorted_facts() -> None:
    text = "Рост составил 5%, а инвестиции — 20 млрд долларов; долг — 3 млн евро."
    facts = figextract.extract(text)
    assert [f.kind for f in facts] == ["percentage", "money", "money"]
    assert [f.span.start for f in facts] == sorted(f.span.start for f in facts)
    assert isinstance(facts[0], Percentage) and isinstance(facts[1], Money)


def test_fact_fields_and_to_dict() -> None:
    (fact,) = figextract.extract("около 7,6 млрд долларов")
    assert isinstance(fact, Money)
    assert fact.kind == "money" and fact.lang == "ru" and fact.currency == "USD"
    assert fact.unit == fact.currency  # every valued fact has .unit
    assert fact.value.low == fact.value.high == Decimal("7.6e9")
    assert fact.value.approximate is True
    data = fact.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["value"] == {"low": "7600000000", "high": "7600000000", "approximate": True}
    assert data["span"] == {"start": 0, "end": len("около 7,6 млрд долларов")}


def test_values_are_decimal() -> None:
    for fact in figextract.extract("0,1 млрд долларов и 33,3%"):
        assert isinstance(fact.value.low, Decimal)


def test_quantity_is_pint_in_currency() -> None:
    (money,) = figextract.extract("20 млрд долларов")
    assert isinstance(money, Money)
    quantity = money.quantity
    assert quantity.magnitude == Decimal("2e10")
    assert str(quantity.units) == "USD"
    (pct,) = figextract.extract("на 2 процентных пункта")
    assert isinstance(pct, Percentage)
    assert pct.unit == "percentage_point"
    assert str(pct.quantity.units) == "percentage_point"


def test_kinds_filter() -> None:
    text = "5% и 20 млрд долларов"
    assert [f.kind for f in figextract.extract(text, kinds={"money"})] == ["money"]
    assert [f.kind for f in figextract.extract(text, kinds=["percentage"])] == ["percentage"]


def test_lang_detect_and_force() -> None:
    text = "Инвестиции составили 5 млн долларов. Инвестиция 7 миллиард долларға жетті."
    assert [f.lang for f in figextract.extract(text)] == ["ru", "kk"]
    # Forcing a language reads the text with that language's words only.
    assert [f.text for f in figextract.extract(text, lang="kk")] == ["7 миллиард долларға"]
    assert [f.text for f in figextract.extract(text, lang="ru")] == ["5 млн долларов"]


def test_empty_and_plain_text() -> None:
    assert figextract.extract("") == []
    assert figextract.extract("Президенты провели переговоры.") == []


def test_extractor_pickles() -> None:
    extractor = Extractor(lang="ru", kinds={"money"})
    clone = pickle.loads(pickle.dumps(extractor))
    text = "20 млрд долларов и 5%"
    assert clone.extract(text) == extractor.extract(text)


def test_facts_pickle_as_their_fields() -> None:
    """Facts cross process boundaries (``extract_many``) as their class and fields: equal, of
    the same class, with every nested record and value as read."""
    facts = [f for path in sorted(SEEDS.glob("*.txt"))
             for f in figextract.extract(path.read_text(encoding="utf-8"))]
    assert {f.kind for f in facts} >= {"money", "percentage", "count", "period"}
    back = pickle.loads(pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == facts
    assert [type(f) for f in back] == [type(f) for f in facts]
    assert [f.to_dict() for f in back] == [f.to_dict() for f in facts]
    money = next(f for f in facts if isinstance(f, Money))
    assert money.__reduce__() == (type(money), (money.span, money.text, money.lang,
                                                money.value, money.currency))


def test_threads_share_one_extractor() -> None:
    extractor = Extractor()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] * 4
    expected = [extractor.extract(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(extractor.extract, texts))
    assert got == expected


def test_facts_are_frozen() -> None:
    (fact,) = figextract.extract("20%")
    with pytest.raises(AttributeError):
        fact.text = "x"  # type: ignore[misc]


def test_count_fields_to_dict_and_quantity() -> None:
    (count,) = figextract.extract("около 250 итальянских компаний")
    assert isinstance(count, figextract.Count)
    assert (count.kind, count.entity, count.noun, count.modifier) == (
        "count", "company", "компаний", "итальянских")
    assert count.unit == "company"
    assert count.quantity.magnitude == Decimal(250) and str(count.quantity.units) == "company"
    data = count.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["entity"] == "company" and data["modifier"] == "итальянских"


def test_period_fields_to_dict_and_duration() -> None:
    facts = figextract.extract("За последние 20 лет", ref_date=dt.date(2025, 9, 30))
    (period,) = facts
    assert isinstance(period, figextract.Period)
    assert (period.start_date, period.end_date) == (dt.date(2005, 9, 30), dt.date(2025, 9, 30))
    assert period.granularity == "year" and period.relative
    assert period.duration is not None and period.duration.to("month").magnitude == 240
    data = period.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["start_date"] == "2005-09-30" and data["when"]["mode"] == "last"


def test_relative_period_without_ref_date_is_not_resolved_against_today() -> None:
    (period,) = figextract.extract("в прошлом году")
    assert isinstance(period, figextract.Period)
    assert period.start_date is None and period.end_date is None
    assert period.when.start is not None and period.when.start.year_offset == -1
    later = period.resolved(dt.date(2030, 6, 1))
    assert (later.start_date, later.end_date) == (dt.date(2029, 1, 1), dt.date(2029, 12, 31))


def test_ref_date_as_iso_string_or_date_gives_the_same_periods() -> None:
    text = "В январе прошлого года и за 8 месяцев этого года"
    assert figextract.extract(text, ref_date="2025-09-30") == figextract.extract(
        text, ref_date=dt.date(2025, 9, 30))


def test_money_is_never_also_a_count_or_period() -> None:
    text = "В 2024 году 15 компаний вложили 2 млрд долларов в 3 проекта"
    kinds = [(f.kind, f.text) for f in figextract.extract(text)]
    assert kinds == [("period", "2024 году"), ("count", "15 компаний"),
                     ("money", "2 млрд долларов"), ("count", "3 проекта")]


@pytest.mark.parametrize("text", ["1 квартира", "Глава 5", "тел. 8 701 555 12 34",
                                  "статья 250", "2024", "5 г сахара", "первые шаги"])
def test_numbers_that_count_nothing_known_are_not_facts(text: str) -> None:
    assert [f for f in figextract.extract(text) if f.kind in ("count", "period")] == []


@pytest.mark.parametrize("text", ["через 99999999999999 дней", "30 февраля 2023 года",
                                  "за последние 99999 лет", "10000 лет назад"])
@pytest.mark.parametrize("ref_date", ["0001-01-01", "2024-02-29", "9999-12-31"])
def test_periods_outside_the_calendar_have_no_dates(text: str, ref_date: str) -> None:
    """Read as a period, with no dates rather than wrong ones (nor an error)."""
    [fact] = figextract.extract(text, ref_date=ref_date)
    assert isinstance(fact, figextract.Period)
    assert fact.text == text
    assert (fact.start_date, fact.end_date) == (None, None)


@pytest.mark.parametrize("text", ["и меньше1 000-ші", "(1 000-ші)"])
def test_grouped_digits_with_an_ordinal_suffix_are_no_year(text: str) -> None:
    assert [f for f in figextract.extract(text) if f.kind == "period"] == []


def test_large_values_stay_exact() -> None:
    digits = "12345678901234567890123456789012"  # more digits than Decimal's default precision
    [fact] = figextract.extract(f"{digits},5 млн долларов")
    assert fact.value.low == Decimal(f"{digits}500000")


@pytest.mark.parametrize("text", ["1" * 100_000, "1" * 100_000 + "-х", "7" * 5000 + " млн долларов",
                                  "1" + " 000" * 30_000 + " тенге", "(" + "2" * 5000 + ")"])
def test_numbers_too_long_to_be_figures_are_skipped(text: str) -> None:
    for fact in figextract.extract(text):
        assert len(fact.text) < 100


def test_a_qualifier_after_a_figure_is_not_taken_from_the_next_one() -> None:
    """"и более" before another amount opens that amount, it does not close the one before."""
    facts = figextract.extract("менее 5 % и более 95 %")
    assert [f.text for f in facts] == ["менее 5 %", "более 95 %"]
    assert [f.text for f in figextract.extract("20% и более")] == ["20% и более"]


def test_a_negation_turns_both_bounds_around() -> None:
    """"не может быть менее 5 % и более 95 %": at least 5 and at most 95."""
    facts = figextract.extract("Доля не может быть менее 5 % и более 95 %.")
    assert [(f.text, f.value.low, f.value.high) for f in facts] == [  # type: ignore[union-attr]
        ("не может быть менее 5 %", Decimal(5), None), ("более 95 %", None, Decimal(95))]
    later = figextract.extract("Доля не может быть менее 5 %. Рост более 95 %.")
    assert later[1].value.low == Decimal(95)  # type: ignore[union-attr]


def test_values_of_many_digits_keep_every_digit_in_json() -> None:
    """to_dict writes a value in full: normalize() would round it to the context's 28
    digits ("1234…4567" became "1234…5679000000000")."""
    text = "1234567890123456789012345678901234567 тенге и 0,00000000000000000000000000000001%"
    money, percent = figextract.extract(text)
    assert money.to_dict()["value"]["low"] == "1234567890123456789012345678901234567"
    assert percent.to_dict()["value"]["high"] == "0." + "0" * 31 + "1"
    assert figextract.extract("7,600 млрд долларов")[0].to_dict()["value"]["low"] == "7600000000"


def test_version_is_read_from_the_metadata_when_asked_for() -> None:
    from importlib.metadata import version
    assert figextract.__version__ == version("figextract")
    with pytest.raises(AttributeError, match="no attribute 'versionn'"):
        figextract.versionn  # noqa: B018


def test_a_record_of_one_field_is_not_pickled_by_fields() -> None:
    from dataclasses import dataclass

    from figextract.records import by_fields

    @dataclass(frozen=True)
    class One:
        x: int

    with pytest.raises(TypeError, match="two fields or more"):
        by_fields(One(1))


@pytest.mark.parametrize("kinds", [None, ["money", "percentage"], ["period"]])
def test_extract_with_statements_is_extract_and_statements(kinds: list[str] | None) -> None:
    extractor = Extractor(kinds=kinds)
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        facts, found = extractor.extract_with_statements(text, ref_date="2025-09-30")
        assert facts == extractor.extract(text, ref_date="2025-09-30")
        assert found == extractor.statements(text, ref_date="2025-09-30")
    assert extractor.extract_with_statements("") == ([], [])
    with pytest.raises(TypeError):
        extractor.extract_with_statements(b"5%")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        extractor.extract_with_statements("5%", lang="en")
