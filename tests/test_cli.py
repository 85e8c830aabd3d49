"""The command line: JSON Lines, the table, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "seeds" / "002_5f60db740e258a19.txt"


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "figextract", *args], input=stdin,
                          capture_output=True, text=True, check=False)


def test_stdin_jsonl() -> None:
    result = run(stdin="более 20% и 5 млн тенге")
    assert result.returncode == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["kind"] for r in rows] == ["percentage", "money"]
    assert rows[1]["currency"] == "KZT" and rows[1]["value"]["low"] == "5000000"


def test_file_table_and_kinds() -> None:
    result = run(str(SEED), "--format", "table", "--kinds", "money")
    assert result.returncode == 0
    assert "20 млрд долларов" in result.stdout and "percentage" not in result.stdout


def test_missing_file_is_one_line_error() -> None:
    result = run("no/such/file.txt")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_option_values() -> None:
    for args in (["--kinds", "weight"], ["--lang", "en"], ["--ref-date", "2025-13-45"]):
        result = run(*args, stdin="20%")
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr


def test_statements_as_json_lines_and_a_table() -> None:
    text = "В 2024 году товарооборот Казахстана с Италией вырос на 12%."
    lines = run("--statements", stdin=text).stdout.splitlines()
    row = json.loads(lines[0])
    assert row["indicator"]["key"] == "trade_turnover" and row["role"] == "change"
    assert row["subject"] == ["IT", "KZ"] and row["source"] == "-"
    table = run("--statements", "--format", "table", stdin=text).stdout
    assert "trade_turnover" in table and "change up" in table and "IT-KZ" in table


def run_bytes(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "figextract", *args], input=stdin,
                          capture_output=True, check=False)


def test_a_reader_that_goes_away_ends_it_quietly() -> None:
    """"figextract … | head -1": no BrokenPipeError traceback, the status of "cat" in a pipe."""
    seeds = sorted(str(p) for p in SEED.parent.glob("*.txt")) * 20  # more than a pipe holds
    process = subprocess.Popen([sys.executable, "-m", "figextract", *seeds],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # as "head -1" does
    error = process.stderr.read()
    assert process.wait(timeout=120) == 141
    assert json.loads(first)["source"] == seeds[0]
    assert error == b""


def test_version_is_the_package_metadata() -> None:
    from importlib.metadata import version
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"figextract {version('figextract')}"


def test_an_unreadable_file_is_reported_and_the_others_read(tmp_path: Path) -> None:
    """Like "cat": each file that cannot be read is one line on standard error, the others are
    read, and the status is 1 at the end."""
    result = run(str(SEED), str(tmp_path / "missing.txt"), str(tmp_path), str(SEED))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and "missing.txt" in errors[0] and str(tmp_path) in errors[1]
    sources = {json.loads(line)["source"] for line in result.stdout.splitlines()}
    assert sources == {str(SEED)}
    assert len(result.stdout.splitlines()) == 2 * len(run(str(SEED)).stdout.splitlines())


def test_the_date_line_is_metadata_not_a_fact() -> None:
    text = " date 2025-09-30\nВ прошлом году инвестиции выросли на 5%."
    for args in ([], ["--statements"], ["--format", "table"]):
        out = run(*args, stdin=text).stdout
        assert "2025-09-30" not in out, args  # no fact of the date line itself
        assert "2024-01-01" in out, args  # "в прошлом году", read on that date
    rows = [json.loads(line) for line in run(stdin=text).stdout.splitlines()]
    assert [r["text"] for r in rows] == ["прошлом году", "5%"]


def test_empty_kinds_is_an_error_and_one_fact_is_one() -> None:
    result = run("--kinds", "", stdin="20%")
    assert result.returncode == 2 and "--kinds" in result.stderr
    table = run("--format", "table", stdin="20%").stdout
    assert "1 fact" in table and "1 facts" not in table
    assert "2 facts" in run("--format", "table", stdin="20% и 30%").stdout


def test_standard_input_and_files_read_utf8_alike(tmp_path: Path) -> None:
    data = "рост на 20%".encode() + b"\xff" + " и 5 млн тенге".encode()
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    from_stdin, from_file = run_bytes(stdin=data), run_bytes(str(path))
    assert from_stdin.returncode == from_file.returncode == 1
    assert b"cannot read" in from_stdin.stderr and b"cannot read" in from_file.stderr
    assert from_stdin.stdout == from_file.stdout == b""
    replaced = [run_bytes("--errors", "replace", stdin=data),
                run_bytes("--errors", "replace", str(path))]
    for result in replaced:
        assert result.returncode == 0
        rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
        assert [r["text"] for r in rows] == ["20%", "5 млн тенге"]
