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
