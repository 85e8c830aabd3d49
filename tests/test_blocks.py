"""Reading block by block (``Extractor.extract_stream``, the command line's way with big
files) gives exactly the facts of one whole reading: on the seeds, on random texts with blank
lines and periods that lean on earlier ones, at every block size. The development corpora:
``benchmarks/blocks_identity.py``."""

from __future__ import annotations

import decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_fuzz import GLUE, PIECES

import figextract
from figextract import many
from figextract.blocks import blocks

EXTRACTOR = figextract.Extractor()
SEEDS = [p.read_text(encoding="utf-8")
         for p in sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))]
# What crosses blank lines if anything does: periods named by the one before them; and what
# crosses a line end: a bound that ends its line with a colon ("не менее:\n30 процентов").
LEANING = ["за аналогичный период", "за аналогичный период прошлого года", "годом ранее",
           "в том же году", "өткен жылдың сәйкес кезеңінде", "сол жылы", "III квартал 2025 года",
           "в 2024 году", "2023 жылы", "\n\n", "\n \n", "\r\n\r\n", "не менее:", "кемінде:",
           "не более: ", "более:&nbsp;", "30 процентов", "5 млн тенге", "не менее:\n30 процентов",
           "кемінде: \r\n5 млн тенге"]
pieces = st.one_of(st.sampled_from(PIECES), st.sampled_from(LEANING), st.text(max_size=3))
texts = st.lists(st.tuples(pieces, st.sampled_from([*GLUE, "\n\n"])), max_size=40).map(
    lambda parts: "".join(piece + glue for piece, glue in parts))


def _by_blocks(text: str, size: int, chunk: int, **options: object) -> list[figextract.Fact]:
    chunks = [text[i:i + chunk] for i in range(0, len(text), chunk)]
    return list(EXTRACTOR.extract_stream(chunks, block_size=size, **options))  # type: ignore[arg-type]


@pytest.mark.parametrize("size", [1, 100, 1000, 1 << 20])
def test_the_seeds_read_by_blocks_as_whole(size: int) -> None:
    text = "\n\n".join(SEEDS * 2)  # the first seed's date line heads the whole text
    assert _by_blocks(text, size, 333) == EXTRACTOR.extract(text) != []
    for seed in SEEDS:
        assert _by_blocks(seed, size, 50) == EXTRACTOR.extract(seed)


@given(texts, st.integers(min_value=1, max_value=120), st.integers(min_value=1, max_value=50),
       st.sampled_from([None, "ru", "kk"]))
def test_random_texts_read_by_blocks_as_whole(text: str, size: int, chunk: int,
                                              lang: str | None) -> None:
    whole = EXTRACTOR.extract(text, lang=lang, ref_date="2025-09-30")
    assert _by_blocks(text, size, chunk, lang=lang, ref_date="2025-09-30") == whole


def test_a_period_leans_on_one_blocks_before() -> None:
    text = ("Данные за III квартал 2025 года.\n\n" + "Прочее.\n\n" * 5 +
            "Рост на 5% за аналогичный период 2024 года.")
    got = _by_blocks(text, 1, 7, ref_date="2025-11-10")
    leaning = got[-1]
    assert isinstance(leaning, figextract.Period)
    assert (str(leaning.start_date), str(leaning.end_date)) == ("2024-07-01", "2024-09-30")
    assert got == EXTRACTOR.extract(text, ref_date="2025-11-10")


def test_blocks_end_after_blank_lines() -> None:
    text = "a\n\nbb\n \nccc\r\n\r\nd"
    cut = list(blocks([text[i:i + 2] for i in range(0, len(text), 2)], 1))
    assert cut == [(0, "a\n\n"), (3, "bb\n \n"), (8, "ccc\r\n\r\n"), (15, "d")]
    assert list(blocks(["no blank line\nat all"], 1)) == [(0, "no blank line\nat all")]
    assert "".join(b for _, b in blocks(["x\n\n"] * 1000, 50)) == "x\n\n" * 1000
    with pytest.raises(ValueError, match="size"):
        list(blocks(["a"], 0))
    with pytest.raises(TypeError, match="str"):
        list(blocks([b"a"]))  # type: ignore[list-item]


@given(texts, st.sampled_from([1, 7, 40]), st.integers(min_value=1, max_value=50))
def test_random_texts_read_by_line_blocks_as_whole(text: str, size: int, chunk: int) -> None:
    """Blocks cut after any line end (the workers' way) give the facts of one reading too, when
    each is read with the facts before it."""
    chunks = [text[i:i + chunk] for i in range(0, len(text), chunk)]
    found = [block for _, block in blocks(chunks, size, lines=True)]
    assert "".join(found) == text
    assert all(b.endswith("\n") for b in found[:-1])
    offset, tail, got = 0, list[figextract.Fact](), list[figextract.Fact]()
    for block in found:
        facts, _ = EXTRACTOR.read_piece(block, offset, ref_date="2025-11-10", before=tail)
        got += facts
        tail = (tail + facts)[-50:]
        offset += len(block)
    assert got == EXTRACTOR.extract(text, ref_date="2025-11-10")


@pytest.mark.parametrize("line", ["не менее:\n30 процентов", "кемінде: \r\n30 пайыз",
                                  "не более:\u200b\n5 млн тенге", "более&colon;\n10%"])
def test_a_bound_that_ends_its_line_is_read_with_the_next(line: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A bound and its colon end a line, the amount opens the next: one figure, whatever the
    blocks or pieces ("не менее:\n30 процентов" is at least 30%, not 30%)."""
    text = f"Доля составляет {line} выручки.\n" * 5
    whole = EXTRACTOR.extract(text)
    assert len(whole) == 5 and all(f.text.count("\n") == 1 for f in whole)
    assert [b for _, b in blocks([text], 1, lines=True)] == [text[:len(text) // 5]] * 5
    assert list(EXTRACTOR.extract_stream([text], block_size=1, processes=2)) == whole
    monkeypatch.setattr(many, "SPLIT_AT", 10)  # a long text: read in pieces by the workers
    monkeypatch.setattr(many, "PIECE", 1)
    assert list(EXTRACTOR.extract_many([text], processes=2)) == [whole]


def test_line_blocks_end_after_every_line_but_one_a_colon_ends() -> None:
    """Workers' blocks stay small: a line that ends with spaces, a ";" or an entity ends a
    block; one that ends with a colon (spaces and entities after it or not) does not."""
    text = "a \nb;\r\nc &amp;\nd:\ne : \r\nf&colon;\ng:&nbsp;\nh"
    assert [b for _, b in blocks([text], 1, lines=True)] == [
        "a \n", "b;\r\n", "c &amp;\n", "d:\ne : \r\nf&colon;\ng:&nbsp;\nh"]


@pytest.mark.parametrize("size", [1, 300, None])
def test_worker_processes_read_a_stream_as_whole(size: int | None) -> None:
    """``extract_stream(processes=2)``: blocks after line ends, read by two workers at once,
    a block that leans on the facts before it read again with them."""
    text = "\n".join(SEEDS + ["В первом квартале 2024 года рост 5%.",
                              "За аналогичный период прошлого года — 4%."] * 20)
    chunks = [text[i:i + 500] for i in range(0, len(text), 500)]
    got = list(EXTRACTOR.extract_stream(chunks, ref_date="2025-11-10", block_size=size,
                                        processes=2))
    assert got == EXTRACTOR.extract(text, ref_date="2025-11-10")
    assert sum(f.text == "аналогичный период прошлого года" for f in got) == 20


def test_the_stream_leaves_the_callers_decimal_context_alone() -> None:
    """Values are worked out in a precise context, entered and left for each block: code
    that runs between two facts of the stream keeps its own."""
    facts = EXTRACTOR.extract_stream(["5%\n\n6%\n\n7%"], block_size=1)
    next(facts)
    assert decimal.getcontext().prec == 28
    assert [f.text for f in facts] == ["6%", "7%"]


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"processes": 0}, ValueError), ({"processes": "2"}, TypeError),
    ({"block_size": 0}, ValueError), ({"block_size": 1.5}, TypeError),
])
def test_stream_arguments_are_checked_at_the_call(kwargs: dict[str, object],
                                                  error: type) -> None:
    with pytest.raises(error):
        EXTRACTOR.extract_stream(["5%"], **kwargs)  # type: ignore[arg-type]
