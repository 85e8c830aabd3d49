"""Hypothesis properties: numbers read back, spans are exact, facts are stable and never
overlap, and no text makes extraction raise."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import figextract
from figextract.morphology import kk as kk_morph
from figextract.numbers.render import kk_words, ru_words
from figextract.period.months import month_names

SETTINGS = settings()  # the profile's (tests/conftest.py): more examples with --slow

GROUP_SEPARATORS = [" ", "\u00a0", "\u202f", "\u2009"]


def grouped(n: int, sep: str) -> str:
    digits = str(n)
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number in one of the digit styles the library reads, with its value."""
    whole = draw(st.integers(min_value=0, max_value=10**12))
    style = draw(st.sampled_from(["plain", "group", "dots", "commas", "decimal"]))
    if style == "plain":
        return str(whole), Decimal(whole)
    if style == "group":
        return grouped(whole, draw(st.sampled_from(GROUP_SEPARATORS))), Decimal(whole)
    if style == "dots":
        whole = draw(st.integers(min_value=10**6, max_value=10**12))
        return grouped(whole, "."), Decimal(whole)
    if style == "commas":
        whole = draw(st.integers(min_value=10**6, max_value=10**12))
        return grouped(whole, ","), Decimal(whole)
    frac = draw(st.integers(min_value=0, max_value=99))
    point = draw(st.sampled_from([",", "."]))
    text = f"{whole}{point}{frac:02d}"
    return text, Decimal(f"{whole}.{frac:02d}")


@SETTINGS
@given(written_numbers(), st.sampled_from(["долларов", "тенге", "евро", "теңге", "%"]))
def test_digits_read_back(number: tuple[str, Decimal], unit: str) -> None:
    text, value = number
    facts = figextract.extract(f"Показатель составил {text} {unit}.")
    assert len(facts) == 1, (text, facts)
    assert facts[0].value.low == facts[0].value.high == value


@SETTINGS
@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_russian_words_read_back(n: int) -> None:
    facts = figextract.extract(f"Сумма — {ru_words(n)} рублей.")
    assert [f.value.low for f in facts] == [Decimal(n)], ru_words(n)


@SETTINGS
@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_kazakh_words_read_back(n: int) -> None:
    facts = figextract.extract(f"Қаражат {kk_words(n)} теңгеге жетті.")
    assert [f.value.low for f in facts] == [Decimal(n)], kk_words(n)


FIGURES = st.sampled_from([
    "20 млрд долларов", "более 20%", "7,6 миллиард долларға", "около 250 евро",
    "от 3 до 5 тыс. руб.", "22 %-ы", "елу мыңнан жүз мың теңгеге дейін", "$3,3 млрд",
])
FILLER = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)


@SETTINGS
@given(FILLER, FIGURES, FILLER)
def test_spans_slice_to_text(before: str, figure: str, after: str) -> None:
    text = before + " " + figure + " " + after
    for fact in figextract.extract(text):
        assert text[fact.span.start:fact.span.end] == fact.text


@SETTINGS
@given(st.text(alphabet="абв эюя .,\n", max_size=30), FIGURES)
def test_insertion_shifts_span_and_keeps_value(prefix: str, figure: str) -> None:
    base = figextract.extract(figure + ".")
    moved = figextract.extract(prefix + "\n" + figure + ".")
    shift = len(prefix) + 1
    assert [(f.span.start + shift, f.value) for f in base] == [
        (f.span.start, f.value) for f in moved]


@SETTINGS
@given(st.lists(st.one_of(FIGURES, FILLER, st.sampled_from(
    ["-", "–", " ", "%", "$", "млн", "миллиард", "до", "от", "более", "теңге", "мың", ","])),
    max_size=12))
def test_facts_of_one_kind_never_overlap(parts: list[str]) -> None:
    text = " ".join(parts)
    facts = figextract.extract(text)
    for kind in ("money", "percentage"):
        spans = sorted((f.span.start, f.span.end) for f in facts if f.kind == kind)
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start
    assert figextract.extract(text) == facts


@SETTINGS
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    for fact in figextract.extract(text):
        assert text[fact.span.start:fact.span.end] == fact.text


# -- periods ----------------------------------------------------------------------------------

DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


_RU_MONTH_FORMS = {m: {n[:-1] + "е" if n.endswith(("ь", "й")) else n + "е"
                       for n in names[0] if not n.endswith(("я", "а"))}
                   for m, names in month_names("ru").items()}
RU_GENITIVE = {m: next(n for n in names[0] if n.endswith(("я", "а"))) for m, names in
               month_names("ru").items()}
KK_MONTHS = {m: next(iter(names[0])) for m, names in month_names("kk").items()}


@SETTINGS
@given(DATES, st.sampled_from(["{d} {m} {y} года", "{d} {m} {y} г.", "{d} {m} {y}",
                                 "{dd}.{mm}.{y}"]))
def test_russian_dates_read_back(day: dt.date, pattern: str) -> None:
    text = pattern.format(d=day.day, m=RU_GENITIVE[day.month], y=day.year,
                          dd=f"{day.day:02d}", mm=f"{day.month:02d}")
    periods = [f for f in figextract.extract(text) if isinstance(f, figextract.Period)]
    assert [(p.start_date, p.end_date, p.granularity) for p in periods] == [(day, day, "day")]


@SETTINGS
@given(DATES, st.sampled_from(["loc", "dat", "abl", "nom"]), st.booleans())
def test_kazakh_dates_read_back(day: dt.date, case: str, hyphen: bool) -> None:
    month = KK_MONTHS[day.month]
    written_month = month if case == "nom" else kk_morph.attach(month, case)
    year = f"{day.year}-жылғы" if hyphen else f"{day.year} жылғы"
    text = f"{year} {day.day} {written_month}"
    periods = [f for f in figextract.extract(text, lang="kk")
               if isinstance(f, figextract.Period)]
    assert [(p.start_date, p.end_date) for p in periods] == [(day, day)], text


@SETTINGS
@given(DATES, st.sampled_from(["в {m} {y} года", "{y} жылдың {mk}"]))
def test_months_read_back(day: dt.date, pattern: str) -> None:
    ru_prepositional = {m: next(n for n in names if n.endswith("е"))
                        for m, names in _RU_MONTH_FORMS.items()}
    possessed = kk_morph.attach(KK_MONTHS[day.month], "poss")  # "қаңтары", "шілдесі"
    mk = possessed + ("нде" if kk_morph.is_front(possessed) else "нда")
    text = pattern.format(m=ru_prepositional[day.month], y=day.year, mk=mk)
    first = day.replace(day=1)
    periods = [f for f in figextract.extract(text) if isinstance(f, figextract.Period)]
    assert len(periods) == 1, text
    assert periods[0].start_date == first and periods[0].granularity == "month"
    assert periods[0].end_date is not None and periods[0].end_date.month == day.month


RELATIVE_BY_YEARS = ["в прошлом году", "в этом году", "в следующем году", "в январе прошлого года",
                     "за последние 20 лет", "с 2005 года", "былтыр", "биыл", "келесі жылы",
                     "соңғы жиырма жылда", "биыл мамыр айында", "в мае этого года"]
RELATIVE_BY_DAYS = ["сегодня", "вчера", "завтра", "бүгін", "кеше", "ертең"]


def _shift_years(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years)


@SETTINGS
@given(st.sampled_from(RELATIVE_BY_YEARS),
       st.dates(min_value=dt.date(2006, 1, 1), max_value=dt.date(2090, 12, 31)),
       st.integers(min_value=-5, max_value=5))
def test_relative_period_moves_with_the_reference_year(text: str, ref: dt.date,
                                                       years: int) -> None:
    ref = ref.replace(day=min(ref.day, 28))
    moved = _shift_years(ref, years)
    before = [f for f in figextract.extract(text, ref_date=ref) if isinstance(f, figextract.Period)]
    after = [f for f in figextract.extract(text, ref_date=moved)
             if isinstance(f, figextract.Period)]
    assert len(before) == len(after) == 1
    b, a = before[0], after[0]
    if a.when.mode == "since" and a.start_date is not None and a.start_date > moved:
        assert a.end_date is None  # "с 2005 года" read in 2004: from then on, open-ended
        return
    assert b.end_date is not None and a.end_date is not None
    assert a.end_date == _shift_years(b.end_date, years)
    if b.when.mode != "since":  # an open start stays where the text put it
        # "the last 20 years" up to 28 February 2008 start on 28 February 1988: the same day
        # of the month (28 at most here), which every year has
        assert b.start_date is not None and a.start_date is not None
        assert a.start_date == _shift_years(b.start_date, years)


@SETTINGS
@given(st.sampled_from(RELATIVE_BY_DAYS), DATES, st.integers(min_value=-400, max_value=400))
def test_relative_day_moves_with_the_reference_day(text: str, ref: dt.date, days: int) -> None:
    moved = ref + dt.timedelta(days=days)
    b = next(f for f in figextract.extract(text, ref_date=ref) if isinstance(f, figextract.Period))
    a = next(f for f in figextract.extract(text, ref_date=moved)
             if isinstance(f, figextract.Period))
    assert b.start_date is not None and a.start_date == b.start_date + dt.timedelta(days=days)


COMPOUND_SCALES = {
    "ru": {10**12: ("трлн", "триллиона"), 10**9: ("млрд", "миллиардов"),
           10**6: ("млн", "миллионов"), 10**3: ("тыс.", "тысяч")},
    "kk": {10**12: ("трлн", "триллион"), 10**9: ("млрд", "миллиард"),
           10**6: ("млн", "миллион"), 10**3: ("мың", "мың")},
}
COMPOUND_UNITS = {"ru": ("рублей", "RUB"), "kk": ("теңге", "KZT")}


@SETTINGS
@given(st.lists(st.integers(min_value=0, max_value=999), min_size=4, max_size=4),
       st.sampled_from(["ru", "kk"]), st.booleans())
def test_compound_amounts_read_back(parts: list[int], lang: str, short: bool) -> None:
    """"N трлн M млрд K млн" is one amount, in either language, abbreviated or not."""
    scales = COMPOUND_SCALES[lang]
    written = [(n, scale) for n, scale in zip(parts, scales, strict=True) if n]
    if not written or written[0][0] == 0:
        return
    text = " ".join(f"{n} {scales[scale][0 if short else 1]}" for n, scale in written)
    unit, code = COMPOUND_UNITS[lang]
    value = Decimal(sum(n * scale for n, scale in written))
    facts = figextract.extract(f"{text} {unit}")
    assert [(f.value.low, f.value.high, f.unit) for f in facts] == [(value, value, code)], text


def _a_year_before(day: dt.date, *, last: bool) -> dt.date:
    """The same day a year before; a month's last day stays its month's last."""
    import calendar
    moved = day.replace(year=day.year - 1, day=1)
    month_end = calendar.monthrange(moved.year, moved.month)[1]
    if last and day.day == calendar.monthrange(day.year, day.month)[1]:
        return moved.replace(day=month_end)
    return moved.replace(day=min(day.day, month_end))


@SETTINGS
@given(st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.integers(min_value=0, max_value=11),
       st.sampled_from(["day", "month", "months", "year"]),
       st.sampled_from([
           ("ru", "{p} товарооборот вырос на 5% по сравнению с аналогичным периодом прошлого "
                  "года."),
           ("ru", "{p} товарооборот составил 5 млрд долларов, за тот же период прошлого года — "
                  "4 млрд."),
           ("kk", "{p} тауар айналымы өткен жылдың сәйкес кезеңімен салыстырғанда 5%-ға өсті."),
       ]))
def test_same_period_last_year_is_a_year_before(day: dt.date, more: int, grain: str,
                                                 template: tuple[str, str]) -> None:
    """Whatever period is named, "the same period last year" after it is that period moved
    back by exactly one year."""
    lang, sentence = template
    last_month = min(day.month + more, 12)
    assume(grain != "months" or last_month > day.month)
    if lang == "ru":
        named = {"day": f"{day.day} {RU_GENITIVE[day.month]} {day.year} года",
                 "month": f"В {next(iter(_RU_MONTH_FORMS[day.month]))} {day.year} года",
                 "months": f"В {next(iter(_RU_MONTH_FORMS[day.month]))}–"
                           f"{next(iter(_RU_MONTH_FORMS[last_month]))} {day.year} года",
                 "year": f"В {day.year} году"}[grain]
    else:
        def loc(month: int) -> str:
            return kk_morph.attach(KK_MONTHS[month], "loc")
        named = {"day": f"{day.year} жылғы {day.day} {loc(day.month)}",
                 "month": f"{day.year} жылғы {loc(day.month)}",
                 "months": f"{day.year} жылғы {KK_MONTHS[day.month]}-{loc(last_month)}",
                 "year": f"{day.year} жылы"}[grain]
    text = sentence.format(p=named)
    periods = [f for f in figextract.extract(text, lang=lang, ref_date=dt.date(2100, 1, 1))
               if isinstance(f, figextract.Period)]
    assert len(periods) == 2, (text, periods)
    first, then = periods
    assert first.start_date is not None and first.end_date is not None, text
    assert then.start_date == _a_year_before(first.start_date, last=False), text
    assert then.end_date == _a_year_before(first.end_date, last=True), text
    assert then.granularity == first.granularity
