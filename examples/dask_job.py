"""Facts of a corpus on a Dask cluster: a folder of text files, or a JSON Lines file.

    pip install 'figextract[dask]'
    python examples/dask_job.py CORPUS OUT [--scheduler tcp://HOST:8786] [--workers 4]

CORPUS is a folder of ``*.txt`` files (the document id is the file's path inside the folder)
or a ``.jsonl`` file with a text field (``--text-field``, default ``text``) and an id field
(``--id-field``, default ``id``; the line number when absent). OUT receives the facts, one row
per fact with its document id in ``doc``: JSON Lines in ``OUT/jsonl/part-N.jsonl`` and, when
pyarrow is installed, Parquet in ``OUT/parquet/part-N.parquet``; each partition is written by
the worker that read it. The Parquet columns are those of ``figextract.frames`` (values as
exact decimals, dates as dates, categories as dictionaries), one schema for every part.

Without ``--scheduler`` a local cluster of ``--workers`` processes is started. With it, the job
runs on that cluster: start one with ``dask scheduler`` on one machine and ``dask worker
tcp://HOST:8786`` on each of the others (figextract installed on all of them), then pass the
scheduler's address. The workers read the corpus themselves, so its path must be visible to
them (a shared file system, or the same machine). Each worker builds one ``Extractor`` when it
joins (a worker plugin) and shares it between its threads; the extractor gives each
document its date from a `` date YYYY-MM-DD`` first line, when it has one. Run as a script,
its functions travel to the workers by value: they need figextract installed, not this file.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import dask
import dask.bag as db
from distributed import Client, LocalCluster, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

import figextract
from figextract.frames import to_arrow

PLUGIN = "figextract"
# One decimal type for every part (precision, scale): 58 digits before the point, 18 after.
PARQUET_DECIMAL = (76, 18)


class ExtractorPlugin(WorkerPlugin):  # type: ignore[misc]
    """Builds one Extractor on each worker when it joins."""

    def __init__(self, lang: str | None, kinds: list[str] | None) -> None:
        self.lang = lang
        self.kinds = kinds
        self.extractor: figextract.Extractor | None = None

    def setup(self, worker: Any) -> None:
        self.extractor = figextract.Extractor(lang=self.lang, kinds=self.kinds)


def _extractor() -> figextract.Extractor:
    extractor = get_worker().plugins[PLUGIN].extractor
    assert extractor is not None
    return extractor


def documents(corpus: Path, text_field: str, id_field: str) -> list[dict[str, str]]:
    """What to read: files of a folder, or the lines of a JSON Lines file."""
    if corpus.is_dir():
        return [{"id": str(p.relative_to(corpus)), "path": str(p)}
                for p in sorted(corpus.rglob("*.txt"))]
    docs = []
    with corpus.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                record = json.loads(line)
                docs.append({"id": str(record.get(id_field, number)),
                             "text": str(record[text_field])})
    return docs


def extract_partition(docs: Iterable[dict[str, str]]) -> list[tuple[str, figextract.Fact]]:
    """The facts of a partition's documents, each with its document id."""
    extractor = _extractor()
    found = []
    for doc in docs:
        text = doc["text"] if "text" in doc else Path(doc["path"]).read_text(encoding="utf-8")
        for fact in extractor.extract(text):  # on the date of its ` date …` line, if any
            found.append((doc["id"], fact))
    return found


def write_part(found: list[tuple[str, figextract.Fact]], number: int, out: str) -> int:
    """Writes one partition's facts: JSON Lines, and Parquet when pyarrow is there, of the
    schema of ``figextract.frames`` (values exact in ``PARQUET_DECIMAL`` for every part)."""
    jsonl = Path(out) / "jsonl" / f"part-{number:05d}.jsonl"
    jsonl.parent.mkdir(parents=True, exist_ok=True)
    with jsonl.open("w", encoding="utf-8") as handle:
        for doc, fact in found:
            handle.write(json.dumps({"doc": doc, **fact.to_dict()}, ensure_ascii=False) + "\n")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        return len(found)
    table = to_arrow([fact for _, fact in found], docs=[doc for doc, _ in found],
                     decimal=pa.decimal256(*PARQUET_DECIMAL))
    parquet = Path(out) / "parquet" / f"part-{number:05d}.parquet"
    parquet.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, parquet)
    return len(found)


def run(corpus: Path, out: Path, client: Client, *, partitions: int = 0,
        lang: str | None = None, kinds: list[str] | None = None, text_field: str = "text",
        id_field: str = "id") -> int:
    """Extracts on ``client``'s cluster; the number of facts written."""
    client.register_plugin(ExtractorPlugin(lang, kinds), name=PLUGIN)
    docs = documents(corpus, text_field, id_field)
    workers = max(1, len(client.scheduler_info()["workers"]))
    bag = db.from_sequence(docs, npartitions=partitions or min(len(docs), 4 * workers) or 1)
    parts = bag.map_partitions(extract_partition).to_delayed()
    written = [dask.delayed(write_part)(part, n, str(out)) for n, part in enumerate(parts)]
    return sum(dask.compute(*written))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a folder of .txt files or a .jsonl file")
    parser.add_argument("out", type=Path, help="the output folder")
    parser.add_argument("--scheduler", help="a Dask scheduler's address (tcp://HOST:8786); "
                        "a local cluster when absent")
    parser.add_argument("--workers", type=int, default=2, help="local cluster's processes")
    parser.add_argument("--partitions", type=int, default=0, help="default: 4 per worker")
    parser.add_argument("--lang", choices=["ru", "kk"])
    parser.add_argument("--kinds", help="comma-separated kinds (default: all)")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--id-field", default="id")
    args = parser.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",")] if args.kinds else None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1,
                                     processes=True))
    with client:
        count = run(args.corpus, args.out, client, partitions=args.partitions, lang=args.lang,
                    kinds=kinds, text_field=args.text_field, id_field=args.id_field)
    print(f"{count} facts written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
