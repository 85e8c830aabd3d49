"""The Dask example, run as a script against a local cluster of two worker processes, writes
exactly the facts ``extract_many`` gives.

CI installs the ``dask`` extra and sets FIGEXTRACT_REQUIRE_EXTRAS=1, so there this test runs
rather than being skipped."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from conftest import extra

import figextract

distributed: Any = extra("distributed")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _expected() -> dict[str, list[dict[str, object]]]:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    facts = [figextract.extract(t) for t in texts]  # on each one's ` date` line
    return {p.name: [f.to_dict() for f in found]
            for p, found in zip(SEEDS, facts, strict=True) if found}


def _run(*args: str) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "examples" / "dask_job.py"), *args],
                            capture_output=True, text=True, check=False, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "facts written" in result.stdout


def _rows(out: Path) -> dict[str, list[dict[str, object]]]:
    got: dict[str, list[dict[str, object]]] = {}
    for part in sorted((out / "jsonl").glob("*.jsonl")):
        for line in part.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            got.setdefault(row.pop("doc"), []).append(row)
    return got


def test_folder_of_texts(tmp_path: Path, scheduler: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEEDS:
        (corpus / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    _run(str(corpus), str(tmp_path / "out"), "--scheduler", scheduler)
    expected = _expected()
    assert _rows(tmp_path / "out") == expected
    count = sum(map(len, expected.values()))
    assert count > 50
    pq = pytest.importorskip("pyarrow.parquet")
    pa_types = pytest.importorskip("pyarrow.types")
    table = pq.read_table(tmp_path / "out" / "parquet")
    assert table.num_rows == count
    assert set(table.column("doc").to_pylist()) == set(expected)
    # the schema of figextract.frames: exact decimals, dates, categories
    assert str(table.schema.field("low").type) == "decimal256(76, 18)"
    assert str(table.schema.field("start_date").type) == "date32[day]"
    assert pa_types.is_dictionary(table.schema.field("kind").type)
    def value(fact: dict[str, Any]) -> dict[str, Any]:  # a figure's, or a period's length
        return fact.get("value") or (fact.get("duration") or {}).get("value") or {}
    written = {(f["doc"], f["start"]): f["high"] for f in table.to_pylist() if f["high"]}
    assert len(written) > 20 and written == {
        (doc, f["span"]["start"]): Decimal(value(f)["high"])
        for doc, facts in expected.items() for f in facts if value(f).get("high") is not None}


def test_json_lines(tmp_path: Path, scheduler: str) -> None:
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for seed in SEEDS:
            record = {"id": seed.name, "body": seed.read_text(encoding="utf-8")}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    _run(str(corpus), str(tmp_path / "out"), "--scheduler", scheduler, "--text-field", "body",
         "--partitions", "3")
    assert _rows(tmp_path / "out") == _expected()
