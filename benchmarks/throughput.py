"""Throughput of ``figextract.extract`` in MB/s (UTF-8 bytes), single process, warm, best of N.

    python benchmarks/throughput.py [PATH-TO-SHARED-DATA] [--repeat 5]

Reads the NEREL train texts and KazNERD validation sentences when the shared data is there,
the bundled seeds otherwise. Beside it, in the same run on the same text: a bare ``regex`` scan
for digits, the floor no extractor can beat.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import kaznerd, nerel  # noqa: E402

import figextract  # noqa: E402


def load(data: Path | None) -> tuple[str, list[str]]:
    if data is not None and (data / "nerel").exists():
        docs = [d.text for d in nerel(data / "nerel" / "train")]
        docs += ["\n".join(d.text for d in kaznerd(data / "kaznerd" / "IOB2_valid.txt"))]
        return "NEREL train + KazNERD valid", docs
    return "seeds", [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def best_of(repeat: int, run: object) -> float:
    assert callable(run)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, help="the shared data folder")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    name, docs = load(args.data)
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    extractor = figextract.Extractor()
    digits = regex.compile(r"\d+")
    extractor.extract(docs[0])  # warm: tables built, patterns compiled
    rows = [
        ("figextract (all kinds)",
         best_of(args.repeat, lambda: [extractor.extract(d) for d in docs])),
        ("bare regex digit scan",
         best_of(args.repeat, lambda: [digits.findall(d) for d in docs])),
    ]
    print(f"corpus: {name}, {len(docs)} documents, {size:.2f} MB")
    print(f"{'what':<34}{'seconds':>10}{'MB/s':>10}")
    for what, seconds in rows:
        print(f"{what:<34}{seconds:>10.3f}{size / seconds:>10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
