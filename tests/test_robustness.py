"""Text as news copy really comes: every kind of dash, Latin letters posing as Cyrillic ones,
line ends, HTML entities, zero-width characters, languages mixed sentence by sentence, and a
paragraph anywhere in a long text. Spans always point at the input's own characters."""

from __future__ import annotations

import gc
from decimal import Decimal

import pytest

import figextract
from figextract.facts import Fact
from figextract.textnorm import fold

REF = "2025-09-30"


def _one(text: str, **options: object) -> Fact:
    facts = figextract.extract(text, ref_date=REF, **options)  # type: ignore[arg-type]
    assert len(facts) == 1, facts
    fact = facts[0]
    assert text[fact.span.start:fact.span.end] == fact.text
    return fact


DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe63",
          "\uff0d"]


@pytest.mark.parametrize("dash", DASHES)
@pytest.mark.parametrize("space", ["", " ", "\u00a0", "\u2009"])
def test_every_dash_makes_a_range(dash: str, space: str) -> None:
    fact = _one(f"Цена: 10{space}{dash}{space}20 долларов.")
    assert (fact.value.low, fact.value.high) == (Decimal(10), Decimal(20))
    assert fact.text == f"10{space}{dash}{space}20 долларов"


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014"])
def test_every_dash_makes_a_kazakh_range_and_a_year_range(dash: str) -> None:
    money = _one(f"Баға 10{dash}20 мың теңге болды", lang="kk")
    assert (money.value.low, money.value.high) == (Decimal(10000), Decimal(20000))
    period = _one(f"в 2001{dash}2003 годах")
    assert isinstance(period, figextract.Period)
    assert (period.start_date.year, period.end_date.year) == (2001, 2003)  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "kind", "low"), [
    ("5 млн дoлларов", "money", Decimal(5_000_000)),  # Latin o
    ("7,6 миллиард дoлларға жетті", "money", Decimal("7.6e9")),
    ("өсім 20 пaйыз болды", "percentage", Decimal(20)),  # Latin a
    ("20 прoцентов", "percentage", Decimal(20)),
    ("250 кoмпаний", "count", Decimal(250)),
    ("5 MЛH рублей", "money", Decimal(5_000_000)),  # Latin M and H in capitals
])
def test_latin_look_alikes_read_as_the_cyrillic_word(text: str, kind: str, low: Decimal) -> None:
    fact = _one(text)
    assert fact.kind == kind
    assert fact.value.low == low  # type: ignore[attr-defined]
    assert any(c.isascii() and c.isalpha() for c in fact.text)  # the span kept the Latin letter


def test_the_seed_word_with_a_latin_e_folds_to_cyrillic() -> None:
    word = "серіктeстігімізге"  # seeds/000: a Latin "e" in the fifth place
    assert fold(word).text == "серіктестігімізге"
    assert all(not c.isascii() for c in fold(word).text)
    assert fold("iPhone 15").text == "iphone 15"  # Latin words stay Latin


def test_a_period_with_a_look_alike() -> None:
    fact = _one("в прошлoм году")
    assert isinstance(fact, figextract.Period)
    assert fact.start_date is not None and fact.start_date.year == 2024


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"])
def test_line_ends(line_end: str) -> None:
    text = line_end.join(["Рост составил 5%", "В 2024 году", "Инвестиция 7,6 миллиард долларға"])
    facts = figextract.extract(text, ref_date=REF)
    assert [f.text for f in facts] == ["5%", "2024 году", "7,6 миллиард долларға"]
    for fact in facts:
        assert text[fact.span.start:fact.span.end] == fact.text


def test_no_figure_reads_across_a_line_end() -> None:
    facts = figextract.extract("Итого 20\r\nдолларов", ref_date=REF)
    assert [f.kind for f in facts] == []


@pytest.mark.parametrize(("text", "low"), [
    ("5&nbsp;млн долларов", Decimal(5_000_000)),
    ("5&#160;млн долларов", Decimal(5_000_000)),
    ("1&#x202F;234 долларов", Decimal(1234)),
    ("20&nbsp;%", Decimal(20)),
    ("\ufeff20%", Decimal(20)),  # a byte-order mark before the text
    ("2\u200d0%", Decimal(20)),  # a zero-width joiner inside the number
    ("1\u2060234 долларов", Decimal(1234)),  # a word joiner
    ("1\u00ad234 долларов", Decimal(1234)),  # a soft hyphen
])
def test_entities_and_invisible_characters(text: str, low: Decimal) -> None:
    assert _one(text).value.low == low  # type: ignore[attr-defined]


def test_ampersands_that_are_no_entity_stay() -> None:
    text = "AT&T выросла на 5%, а R&D &nbsp — на 3%"
    assert [f.text for f in figextract.extract(text)] == ["5%", "3%"]


def test_languages_mixed_sentence_by_sentence() -> None:
    ru = "Товарооборот достиг 20 млрд долларов."
    kk = "Италия инвестициясы 7,6 миллиард долларға жетті."
    text = " ".join([ru, kk, ru, kk])
    assert [f.lang for f in figextract.extract(text)] == ["ru", "kk", "ru", "kk"]
    assert [f.lang for f in figextract.extract(ru + " " + ru)] == ["ru", "ru"]
    assert [f.lang for f in figextract.extract(kk + " " + kk)] == ["kk", "kk"]


@pytest.mark.parametrize("sentence", ["5 млн доллар құйды", "Қазақстан 20% өсті."])
def test_a_paragraph_reads_the_same_anywhere_in_a_text(sentence: str) -> None:
    """A Russian sentence that ends in Kazakh words is Russian wherever it stands: its language
    is measured on the whole sentence, never on the piece after some fixed offset."""
    paragraph = "Совещание министров экономики и финансов по вопросам бюджета " * 3 + sentence

    def read(text: str, shift: int) -> list[tuple[int, str, str]]:
        return [(f.span.start - shift, f.lang, f.text) for f in figextract.extract(text)]

    alone = read(paragraph, 0)
    assert [lang for _, lang, _ in alone] == ["ru"]
    for padding in range(0, 1200, 13):
        head = "слово " * (padding // 6) + "x" * (padding % 6) + "\n\n"
        assert read(head + paragraph, len(head)) == alone, padding


HOSTILE = {
    "binary junk": bytes(range(256)).decode("latin-1") * 200,
    "NUL bytes and digits": "\x00" * 1000 + "20%" + "\x00" * 1000,
    "lone surrogates": "\ud800 20% \udfff 5 млн долларов \udc00",
    "5,000-digit number": "1" * 5000 + " долларов и 5%",
    "grouped 5,000 digits": " ".join(["111"] * 1700) + " долларов",
    "percent chain": "%" * 20000,
    "dash chain": "1-" * 20000,
    "right-to-left marks and emoji": "\u200f20\u200e% 💰 5\u2066 млн\u2069 долларов 🇰🇿",
    "a 200,000-character line": "рост 5% и 20 млн долларов; " * 8000,
    "HTML dump": "<td>1&nbsp;234</td><td>5&#37;</td>&amp;&lt;&gt;&#xZZ;&#99999999;" * 500,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_gives_facts_or_nothing(name: str) -> None:
    text = HOSTILE[name]
    facts = figextract.extract(text)
    for fact in facts:
        assert text[fact.span.start:fact.span.end] == fact.text


def test_hostile_text_still_gives_the_figures_in_it() -> None:
    assert [f.text for f in figextract.extract(HOSTILE["lone surrogates"])] == [
        "20%", "5 млн долларов"]
    assert [f.text for f in figextract.extract(HOSTILE["NUL bytes and digits"])] == ["20%"]
    assert [f.text for f in figextract.extract(HOSTILE["5,000-digit number"])] == ["5%"]


def test_a_reading_leaves_only_its_facts() -> None:
    """Nothing of a reading outlives it, and nothing waits for the garbage collector: the
    objects left are the facts with their spans and values (periods share their calendar
    points), so a long text's reading state is freed as soon as ``extract`` returns."""
    text = "1 мая 2020 года 5% и 3 млн долларов, 12 компаний; вчера, в прошлом году. " * 100
    figextract.extract(text, ref_date=REF)  # the shared caches are filled
    gc.collect()
    gc.disable()
    try:
        before = len(gc.get_objects())
        facts = figextract.extract(text, ref_date=REF)
        left = len(gc.get_objects()) - before
        in_cycles = gc.collect()
    finally:
        gc.enable()
    assert len(facts) == 600
    assert in_cycles == 0
    assert left <= 3 * len(facts) + 50


def test_a_period_leaned_on_off_the_calendar_is_left_unresolved() -> None:
    """"За последние 2024 года" starts in year 1; the same period a year before it would start
    in year 0, which no date holds: it is read, with no dates, not a ValueError."""
    text = "за последние 2024 года, за аналогичный период, за аналогичный период"
    last, *same = figextract.extract(text, ref_date="2025-11-10")
    assert str(last.start_date) == "0001-11-10"
    assert len(same) == 2
    assert all(f.start_date is None and f.when.mode == "same" for f in same)
