"""The Dask example, run as a script against a local cluster of two worker processes, writes
exactly the facts ``extract_many`` gives.

CI installs the ``dask`` extra and sets FIGEXTRACT_REQUIRE_DASK=1, so there this test runs
rather than being skipped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import figextract
from figextract.documents import document_date

if os.environ.get("FIGEXTRACT_REQUIRE_DASK"):
    import distributed
else:
    distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _expected() -> dict[str, list[dict[str, object]]]:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    facts = figextract.extract_many(texts, processes=2, ref_date=document_date)
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
    table = pq.read_table(tmp_path / "out" / "parquet")
    assert table.num_rows == count
    assert set(table.column("doc").to_pylist()) == set(expected)


def test_json_lines(tmp_path: Path, scheduler: str) -> None:
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for seed in SEEDS:
            record = {"id": seed.name, "body": seed.read_text(encoding="utf-8")}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    _run(str(corpus), str(tmp_path / "out"), "--scheduler", scheduler, "--text-field", "body",
         "--partitions", "3")
    assert _rows(tmp_path / "out") == _expected()
