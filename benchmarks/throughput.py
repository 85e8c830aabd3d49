"""Throughput in MB/s (UTF-8 bytes), single process, warm, best of N runs.

    python benchmarks/throughput.py [PATH-TO-SHARED-DATA] [--texts DIR] [--repeat 5]
                                    [--peer-repeat 1] [--no-peers]

Reads the NEREL train texts and KazNERD validation sentences when the shared data is there, the
bundled seeds otherwise; with ``--texts DIR``, every ``*.txt`` file of DIR as a document
(``--texts ../shared/data/news``: news, the densest in figures). On the same text in the same
run: ``figextract.extract`` with all kinds on, ``statements``, ``extract_many`` with ``--jobs``
processes (its speed-up over one process: pool start-up included), a bare ``regex`` scan for
digits (the floor no extractor can beat) and, when they are installed (``pip install -e
'.[bench]'``), natasha's ``MoneyExtractor`` and dateparser's ``search_dates``. The peers are
slow, so they run ``--peer-repeat`` times (once by default).

It measures the installed figextract (this tree's when none is installed), and its first row
says which build that is: pure Python, or compiled with mypyc (see the README).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import kaznerd, nerel  # noqa: E402
from which_build import figextract_build  # noqa: E402

figextract, BUILD = figextract_build()
FIGEXTRACT = f"figextract ({BUILD})"


def load(data: Path | None, texts: Path | None = None) -> tuple[str, list[str]]:
    if texts is not None:
        return str(texts), [p.read_text(encoding="utf-8") for p in sorted(texts.glob("*.txt"))]
    if data is not None and (data / "nerel").exists():
        docs = [d.text for d in nerel(data / "nerel" / "train")]
        docs += ["\n".join(d.text for d in kaznerd(data / "kaznerd" / "IOB2_valid.txt"))]
        return "NEREL train + KazNERD valid", docs
    return "seeds", [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def best_of(repeat: int, run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def peers(docs: list[str]) -> list[tuple[str, Callable[[], object]]]:
    """natasha's MoneyExtractor and dateparser's search_dates, if installed."""
    found: list[tuple[str, Callable[[], object]]] = []
    try:
        from natasha import MoneyExtractor, MorphVocab
    except ImportError:
        print("natasha not installed: pip install -e '.[bench]'", file=sys.stderr)
    else:
        money = MoneyExtractor(MorphVocab())
        found.append(("natasha MoneyExtractor",
                      lambda: [list(money(d)) for d in docs]))
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed: pip install -e '.[bench]'", file=sys.stderr)
    else:
        search_dates("1 января 2020", languages=["ru", "kk"])  # warm: its data loaded
        found.append(("dateparser search_dates",
                      lambda: [search_dates(d, languages=["ru", "kk"]) for d in docs]))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, help="the shared data folder")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--peer-repeat", type=int, default=1)
    parser.add_argument("--texts", type=Path, help="a folder of .txt documents to read instead")
    parser.add_argument("--no-peers", action="store_true", help="leave natasha and dateparser out")
    parser.add_argument("--jobs", type=int, default=2,
                        help="worker processes of the extract_many row (its scaling over one)")
    args = parser.parse_args()
    name, docs = load(args.data, args.texts)
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    extractor = figextract.Extractor()
    digits = regex.compile(r"\d+")
    extractor.extract(docs[0])  # warm: tables built, patterns compiled
    extractor.statements(docs[0])
    rows = [
        (FIGEXTRACT, best_of(args.repeat, lambda: [extractor.extract(d) for d in docs])),
        ("statements()", best_of(args.repeat, lambda: [extractor.statements(d) for d in docs])),
        (f"extract_many, {args.jobs} processes", best_of(args.repeat, lambda: list(
            extractor.extract_many(docs, processes=args.jobs)))),
        ("bare regex digit scan", best_of(args.repeat, lambda: [digits.findall(d) for d in docs])),
    ]
    if not args.no_peers:
        rows += [(what, best_of(args.peer_repeat, run)) for what, run in peers(docs)]
    ours = rows[0][1]
    print(f"corpus: {name}, {len(docs)} documents, {size:.2f} MB")
    print(f"| {'what':<26} | {'seconds':>8} | {'MB/s':>7} | {'figextract is':>15} |")
    print(f"|{'-' * 28}|{'-' * 9}:|{'-' * 8}:|{'-' * 16}:|")
    own = {rows[1][0], rows[2][0]}  # statements, extract_many: their speed against extract's
    for what, seconds in rows:
        ratio = ("" if what == FIGEXTRACT else f"{ours / seconds:.3g}× its speed" if what in own
                 else f"{seconds / ours:.3g}× as fast")
        print(f"| {what:<26} | {seconds:>8.3f} | {size / seconds:>7.3g} | {ratio:>15} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
