"""Many documents: ``extract_many`` in this process and in a pool, and the CLI's ``--jobs``."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import figextract
from figextract import many
from figextract.cli import _Progress, _Render
from figextract.documents import document_date

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS] + [
    "", "более 20% и 5 млн тенге", "В прошлом году 250 италиялық компания", "2024 жылы",
    "нет цифр", "от 3 до 5 млрд долларов",
]


def test_two_processes_give_exactly_the_loop() -> None:
    texts = TEXTS * 3
    loop = [figextract.extract(t, ref_date=document_date(t)) for t in texts]
    pooled = list(figextract.extract_many(texts, processes=2, chunksize=2,
                                          ref_date=document_date))
    assert pooled == loop
    assert sum(map(len, loop)) > 100


def test_in_process_and_options() -> None:
    texts = iter(TEXTS)  # any iterable, read lazily
    got = list(figextract.extract_many(texts, ref_date="2025-09-30", kinds=["money"]))
    assert got == [figextract.extract(t, ref_date="2025-09-30", kinds=["money"]) for t in TEXTS]


def test_extractor_method_keeps_its_options() -> None:
    extractor = figextract.Extractor(kinds=["percentage"])
    got = list(extractor.extract_many(TEXTS, processes=2))
    assert got == [extractor.extract(t) for t in TEXTS]
    assert {f.kind for facts in got for f in facts} == {"percentage"}


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"processes": 0}, ValueError), ({"processes": "2"}, TypeError),
    ({"processes": True}, TypeError), ({"chunksize": 0}, ValueError),
    ({"chunksize": 1.5}, TypeError), ({"lang": "en"}, ValueError),
    ({"kinds": ["weight"]}, ValueError), ({"ref_date": "2025-13-45"}, ValueError),
    ({"extractor": "ru"}, TypeError),
])
def test_bad_arguments_raise_at_the_call(kwargs: dict[str, object], error: type) -> None:
    with pytest.raises(error):
        figextract.extract_many(TEXTS, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("texts", ["one text", b"bytes", 5, None])
def test_texts_must_be_an_iterable_of_str(texts: object) -> None:
    with pytest.raises(TypeError, match="iterable of str"):
        figextract.extract_many(texts)  # type: ignore[arg-type]


@pytest.mark.parametrize("processes", [None, 2])
def test_a_text_that_is_not_str_raises_in_its_turn(processes: int | None) -> None:
    results = figextract.extract_many(["20%", b"30%"], processes=processes)  # type: ignore[list-item]
    assert next(results)[0].value.low == 20
    with pytest.raises(TypeError, match="decode it first"):
        next(results)


LONG = "\n".join([
    " date 2025-06-30",
    "В первом квартале 2024 года экспорт составил 5 млрд долларов.",
    "За аналогичный период прошлого года — 4,2 млрд долларов, рост на 19%.",
    "2024 жылы 250 италиялық компания жұмыс істеді.",
    "Өткен жылдың сәйкес кезеңінде — 230 компания.",
    "В прошлом году инфляция составила 8,6%, годом ранее — 9,8%.",
] * 40)


@pytest.mark.parametrize("piece", [1, 200])
def test_a_long_text_read_in_pieces_by_several_workers_gives_its_facts(
        monkeypatch: pytest.MonkeyPatch, piece: int) -> None:
    """A text past SPLIT_AT is cut after line ends and its pieces read by several workers; a
    period named by the one before it ("за аналогичный период") on a piece's first line is
    read again with the facts before: the facts of one whole reading."""
    monkeypatch.setattr(many, "SPLIT_AT", 1000)
    monkeypatch.setattr(many, "PIECE", piece)
    texts = [LONG, "рост на 5%", LONG[:900], LONG]
    got = list(figextract.extract_many(texts, processes=2, chunksize=3))
    assert got == [figextract.extract(t) for t in texts]
    periods = {f.text: f for f in got[0] if isinstance(f, figextract.Period)}
    assert periods["прошлом году"].start_date == dt.date(2024, 1, 1)  # by the date line
    assert len(got[0]) > 400
    # the first quarter of the year before, leaning on the line before
    leaning = [f for f in got[0] if f.text == "аналогичный период прошлого года"]
    assert len(leaning) == 40
    assert {(f.start_date, f.end_date) for f in leaning} == {  # type: ignore[union-attr]
        (dt.date(2023, 1, 1), dt.date(2023, 3, 31))}


def _bad_date_when_long(text: str) -> str | None:
    return "2025-13-45" if len(text) > 1000 else None


def test_a_bad_date_of_a_long_text_raises_in_its_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(many, "SPLIT_AT", 1000)
    results = figextract.extract_many(["20%", LONG, "30%"], processes=2,
                                      ref_date=_bad_date_when_long)
    assert next(results)[0].value.low == 20
    with pytest.raises(ValueError, match="ref_date"):
        next(results)
    alone = figextract.extract_many([LONG], processes=2, ref_date=_bad_date_when_long)
    with pytest.raises(ValueError, match="ref_date"):
        next(alone)


def test_ref_date_may_be_a_function_of_the_text() -> None:
    texts = [" date 2025-09-30\nв прошлом году", "в прошлом году"]
    got = list(figextract.extract_many(texts, ref_date=document_date))
    assert got[0][-1].start_date == dt.date(2024, 1, 1)
    assert got[1][-1].start_date is None


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "figextract", *args], capture_output=True,
                          text=True, check=False)


def test_cli_jobs_keeps_order_and_facts() -> None:
    files = [str(p) for p in SEEDS]
    one = run(*files)
    two = run("--jobs", "2", *files)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    sources = [json.loads(line)["source"] for line in two.stdout.splitlines()]
    assert sources == sorted(sources) and len(set(sources)) == len(files)
    assert two.stderr == ""  # not a terminal: no progress bar


def test_cli_jobs_reads_a_big_file_block_by_block_in_workers(tmp_path: Path) -> None:
    """A file past SPLIT_AT (and standard input) is read block by block, its blocks by the
    workers at once: the output of one process, in the files' order, small files around it
    read whole."""
    big = tmp_path / "big.txt"
    big.write_text(LONG * (many.SPLIT_AT // len(LONG) + 1), encoding="utf-8")
    assert big.stat().st_size > many.SPLIT_AT
    files = [str(SEEDS[0]), str(big), str(SEEDS[1])]
    one = run(*files)
    two = run("--jobs", "2", *files)
    assert one.returncode == two.returncode == 0 and two.stderr == ""
    assert one.stdout == two.stdout
    sources = [json.loads(line)["source"] for line in two.stdout.splitlines()]
    assert sorted(set(sources), key=sources.index) == files
    assert sources.count(str(big)) > 10_000
    csv_one, csv_two = run("--format", "csv", *files), run("--jobs", "2", "--format", "csv", *files)
    assert csv_one.stdout == csv_two.stdout and csv_two.stdout.count("\n") > 10_000
    piped = subprocess.run([sys.executable, "-m", "figextract", "--jobs", "2", "--format",
                            "table"], input=big.read_text(encoding="utf-8"),
                           capture_output=True, text=True, check=False)
    alone = run("--format", "table", str(big))
    assert piped.returncode == 0
    assert piped.stdout.replace("== -:", "== X:") == alone.stdout.replace(f"== {big}:",
                                                                         "== X:")


@pytest.mark.parametrize("form", ["jsonl", "csv"])
def test_workers_write_the_lines_of_a_stream(monkeypatch: pytest.MonkeyPatch,
                                             form: str) -> None:
    """The command line's way with a big file: the workers write each block's lines; a block
    that leans on the facts before it is read again and written here."""
    monkeypatch.setattr(figextract.extractor, "PIECE", 1)  # every line a block
    render = _Render(form, "big.txt")
    text = LONG.replace("\nЗа аналогичный", "\nПодробности ниже.\nЗа аналогичный") * 3
    chunks = [text[i:i + 700] for i in range(0, len(text), 700)]
    extractor = figextract.Extractor()
    lines = "".join(extractor.write_stream(chunks, render, processes=2))
    assert lines == render(figextract.extract(text))
    assert "".join(extractor.write_stream(chunks, render)) == lines  # here, block by block
    assert lines.count("аналогичный период прошлого года") == 3 * 40


def test_cli_jobs_reads_past_an_unreadable_file() -> None:
    """With workers too, a file that cannot be read is reported and the next ones are read,
    in order; the status is 1 at the end."""
    result = run("--jobs", "2", str(SEEDS[0]), "no/such/file.txt", str(SEEDS[1]))
    assert result.returncode == 1
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sorted(set(sources), key=sources.index) == [str(SEEDS[0]), str(SEEDS[1])]
    assert result.stderr.count("\n") == 1 and "cannot read no/such/file.txt" in result.stderr


@pytest.mark.parametrize("jobs", ["0", "two"])
def test_cli_bad_jobs(jobs: str) -> None:
    result = run("--jobs", jobs, str(SEEDS[0]))
    assert result.returncode == 2 and "--jobs" in result.stderr and "Traceback" not in result.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_for_several_files() -> None:
    terminal = _Terminal()
    progress = _Progress(3, terminal)
    for _ in range(3):
        progress.step()
    progress.close()
    assert "3/3 files" in terminal.getvalue() and terminal.getvalue().endswith("\n")
    for stream, total in ((io.StringIO(), 3), (_Terminal(), 1)):
        quiet = _Progress(total, stream)
        quiet.step()
        quiet.close()
        assert stream.getvalue() == ""


def test_workers_read_the_texts_only_as_fast_as_they_get_through_them() -> None:
    """With processes, texts are taken from the iterable a few tasks ahead of the results,
    not all at once (Pool.imap's way), so a stream of any length reads in bounded memory."""
    pulled = 0

    def many() -> Iterator[str]:
        nonlocal pulled
        for _ in range(20_000):  # as good as endless here
            pulled += 1
            yield "рост на 5%"

    results = figextract.extract_many(many(), processes=2, chunksize=4)
    taken = [next(results) for _ in range(10)]
    assert [f.text for facts in taken for f in facts] == ["5%"] * 10
    # chunksize × (3 tasks in flight per worker × 2 workers + the 3 tasks taken back)
    assert pulled <= 4 * (3 * 2 + 3)
    results.close()  # type: ignore[attr-defined]


def test_workers_started_by_spawn_build_their_own_tables() -> None:
    """Under "fork" the workers inherit the extractor; under "spawn" (macOS, Windows) each
    unpickles it and builds its tables: the same facts either way."""
    code = ("import multiprocessing, figextract\n"
            "if __name__ == '__main__':\n"
            "    multiprocessing.set_start_method('spawn')\n"
            "    texts = ['рост на 5%', '20 млн тенге', 'ничего'] * 3\n"
            "    got = list(figextract.extract_many(texts, processes=2, chunksize=2))\n"
            "    assert got == [figextract.extract(t) for t in texts], got\n"
            "    from figextract.cli import _Render\n"
            "    render = _Render('jsonl').named  # pickled to the workers\n"
            "    lines = list(figextract.Extractor().write_many(\n"
            "        [(str(k), t) for k, t in enumerate(texts)], render, processes=2))\n"
            "    assert lines == [render(str(k), figextract.extract(t))\n"
            "                     for k, t in enumerate(texts)], lines\n"
            "    print('ok')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False, timeout=300)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-2000:]


def test_read_piece_gives_offsets_in_the_text_and_says_when_facts_may_lean_back() -> None:
    extractor = figextract.Extractor()
    text = "В 2024 году рост 5%.\nЗа аналогичный период прошлого года — 4%."
    cut = text.index("\n") + 1
    first, leans_first = extractor.read_piece(text[:cut], 0, ref_date="2025-01-01")
    alone, leans = extractor.read_piece(text[cut:], cut, ref_date="2025-01-01")
    assert not leans_first and leans  # "аналогичный период" among its first facts
    assert all(text[f.span.start:f.span.end] == f.text for f in first + alone)
    with_before, leans_still = extractor.read_piece(text[cut:], cut, ref_date="2025-01-01",
                                                    before=first)
    assert leans_still  # it leaned on a fact of the text before it
    assert first + with_before == figextract.extract(text, ref_date="2025-01-01")
    assert with_before != alone  # the year before 2024, not the year before the date
    assert with_before[0].start_date == dt.date(2023, 1, 1)  # type: ignore[union-attr]


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"offset": -1}, ValueError), ({"offset": 1.5}, TypeError), ({"offset": True}, TypeError),
    ({"before": [1]}, TypeError), ({"before": "5%"}, TypeError), ({"piece": b"5%"}, TypeError),
])
def test_read_piece_checks_its_arguments(kwargs: dict[str, object], error: type) -> None:
    arguments: dict[str, object] = {"piece": "5%", "offset": 0, **kwargs}
    with pytest.raises(error):
        figextract.Extractor().read_piece(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"render": "jsonl"}, TypeError), ({"processes": 0}, ValueError),
    ({"processes": 2.0}, TypeError), ({"ref_date": "2025-13-45"}, ValueError),
])
def test_write_stream_checks_its_arguments_at_the_call(kwargs: dict[str, object],
                                                      error: type) -> None:
    arguments: dict[str, object] = {"render": _Render("jsonl", "x"), **kwargs}
    with pytest.raises(error):
        figextract.Extractor().write_stream(["5%"], **arguments)  # type: ignore[arg-type]


def _named_texts() -> list[tuple[str, str]]:
    """Small texts and a long one whose periods lean on the pieces before them."""
    long_text = LONG.replace("\nЗа аналогичный", "\nПодробности ниже.\nЗа аналогичный") * 3
    return [(f"t{k}.txt", t) for k, t in enumerate(TEXTS)] + [("long.txt", long_text)]


@pytest.mark.parametrize("form", ["jsonl", "csv"])
def test_write_many_writes_what_extract_reads(monkeypatch: pytest.MonkeyPatch,
                                              form: str) -> None:
    """Each text's facts as its render writes them, in order: read here, or by workers that
    write them, a text in pieces (each piece leaning on the facts before it where it
    names "за аналогичный период")."""
    monkeypatch.setattr(many, "PIECE", 200)  # every text of more than 200 characters: pieces
    named = _named_texts()
    render = _Render(form).named
    expected = [render(name, figextract.extract(text)) for name, text in named]
    assert expected[-1].count("аналогичный период прошлого года") == 3 * 40
    extractor = figextract.Extractor()
    assert list(extractor.write_many(iter(named), render)) == expected
    assert list(extractor.write_many(named, render, processes=2, chunksize=3)) == expected


def test_write_many_keeps_the_options() -> None:
    extractor = figextract.Extractor(kinds=["money", "period"])
    named = _named_texts()
    render = _Render("jsonl").named
    got = list(extractor.write_many(named, render, processes=2, ref_date=document_date,
                                    lang="ru"))
    assert got == [render(name, extractor.extract(t, ref_date=document_date(t), lang="ru"))
                   for name, t in named]
    assert all('"kind": "percentage"' not in lines for lines in got)


def test_the_last_piece_of_a_written_text_sends_no_facts_back(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The facts of a piece come back with its lines only for the pieces after it."""
    job = many.Job(figextract.Extractor(), None, None, None, _Render("jsonl").named)
    monkeypatch.setattr(many, "_worker_job", job)
    for final, sent in [(False, 3), (True, 0)]:
        result = many._in_worker(many.Piece("рост на 5%, 7% и 9%", 0, None, "x", final))
        assert isinstance(result, many.Rendered) and result.text.count("\n") == 3
        assert len(result.last) == sent
    monkeypatch.setattr(many, "PIECE", 200)
    pieces = many._Text(job, LONG, "long.txt").items
    assert len(pieces) > 10
    finals = [p.final for p in pieces if isinstance(p, many.Piece)]
    assert finals == [False] * (len(pieces) - 1) + [True]


@pytest.mark.parametrize("processes", [None, 2])
@pytest.mark.parametrize(("item", "message"), [
    ("5%", "pairs with a str name"), (("a", "5%", "b"), "pairs"), ((1, "5%"), "str name"),
    (("a", b"5%"), "text must be str"),
])
def test_write_many_refuses_a_bad_item_at_its_turn(item: object, message: str,
                                                   processes: int | None) -> None:
    written = figextract.Extractor().write_many(
        [("ok", "5%"), item], _Render("jsonl").named, processes=processes)  # type: ignore[list-item]
    assert '"source": "ok"' in next(written)
    with pytest.raises(TypeError, match=message):
        next(written)


@pytest.mark.parametrize(("args", "error"), [
    (("5%", _Render("jsonl").named), TypeError), ((7, _Render("jsonl").named), TypeError),
    (([("a", "5%")], "jsonl"), TypeError),
])
def test_write_many_checks_its_arguments_at_the_call(args: tuple[object, object],
                                                    error: type) -> None:
    with pytest.raises(error):
        figextract.Extractor().write_many(*args)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        figextract.Extractor().write_many([], _Render("jsonl").named, processes=0)


def test_cli_jobs_writes_tables_of_small_files_here() -> None:
    files = [str(p) for p in SEEDS]
    assert run("--jobs", "2", "--format", "table", *files).stdout == \
        run("--format", "table", *files).stdout


@pytest.mark.parametrize("processes", [None, 2])
def test_statements_many_gives_each_texts_statements(monkeypatch: pytest.MonkeyPatch,
                                                     processes: int | None) -> None:
    """Each text read whole by one worker, however long (statements are not read in
    pieces)."""
    monkeypatch.setattr(many, "SPLIT_AT", 100)
    extractor = figextract.Extractor(kinds=["money", "percentage"])
    texts = [*TEXTS, LONG]
    got = list(extractor.statements_many(iter(texts), processes=processes, chunksize=2,
                                         ref_date=document_date))
    assert got == [extractor.statements(t, ref_date=document_date(t)) for t in texts]
    assert sum(map(len, got)) > 100
    assert {s.figure.kind for found in got for s in found} == {"money", "percentage"}


@pytest.mark.parametrize("processes", [None, 2])
def test_statements_many_refuses_a_text_that_is_no_str_at_its_turn(
        processes: int | None) -> None:
    found = figextract.Extractor().statements_many(["рост на 5%", b"5%"],  # type: ignore[list-item]
                                                   processes=processes)
    assert len(next(found)) == 1
    with pytest.raises(TypeError, match="text must be str"):
        next(found)


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"processes": 0}, ValueError), ({"chunksize": 0}, ValueError), ({"lang": "en"}, ValueError),
    ({"ref_date": "2025-13-45"}, ValueError), ({"texts": "5%"}, TypeError),
])
def test_statements_many_checks_its_arguments_at_the_call(kwargs: dict[str, object],
                                                         error: type) -> None:
    arguments: dict[str, object] = {"texts": TEXTS, **kwargs}
    with pytest.raises(error):
        figextract.Extractor().statements_many(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize("form", ["jsonl", "table"])
def test_cli_statements_with_jobs(form: str) -> None:
    files = [str(p) for p in SEEDS]
    one = run("--statements", "--format", form, *files)
    two = run("--statements", "--jobs", "2", "--format", form, *files)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and one.stdout.count("\n") > 20
