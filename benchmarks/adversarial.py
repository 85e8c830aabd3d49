"""Linear time on hostile input: for each family, the time for 10× the input over the time for 1×.

    python benchmarks/adversarial.py [--size 100000] [--limit 12] [--floor 0.05] [--runs 3]
    python benchmarks/adversarial.py --statements  # the same for figextract.statements()

Each family is a pattern repeated to ``size`` characters, doubled until one reading takes
``floor`` seconds, and to ten times that; a ratio near 10 is linear, one near 100 quadratic.
The run fails (exit 1) if any family raises or its ratio is above ``--limit``.

- The 1× time is the mean of ten readings back to back, so that both sizes are timed over the
  same stretch of wall time and meet the machine's interruptions alike (the best of short runs
  alone favours them). Best of ``runs`` such timings per size.
- The floor keeps the 1× text past the sizes whose whole reading fits the processor's caches:
  news text reads 13 % slower per character at 1 million characters than at 100,000, and no
  slower again at 4 million.
- The 1× size stops at 1 million characters. The larger a reading's memory, the more of it
  glibc hands back to the kernel when it is freed and maps afresh, page by page, on the next
  reading; the fastest families (a few nanoseconds per character) feel it. One long number with
  a unit gives 12.0 at 0.8 and 8 million characters, and 10.5 with
  ``GLIBC_TUNABLES=glibc.malloc.mmap_threshold=268435456:glibc.malloc.trim_threshold=536870912``
  (memory kept mapped); at 1.6 and 16 million, 11.5–12.3.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from which_build import figextract_build  # noqa: E402

figextract, BUILD = figextract_build()
split_header = figextract.documents.split_header

MAX_SIZE = 1_000_000  # characters of the 1× input, at most (see above)
# The seeds' news, each without its first line " date …" (read as the document's metadata:
# on one line, the whole text would be that line, and no fact would be read in it).
SEED = " ".join(split_header(p.read_text(encoding="utf-8"))[0].replace("\n", " ").strip()
                for p in sorted((ROOT / "seeds").glob("*.txt")))


def repeat(piece: str) -> Callable[[int], str]:
    return lambda size: (piece * (size // len(piece) + 1))[:size]


def framed(head: str, piece: str, tail: str) -> Callable[[int], str]:
    return lambda size: head + repeat(piece)(max(1, size - len(head) - len(tail))) + tail


FAMILIES: dict[str, Callable[[int], str]] = {
    "one long number (digits)": repeat("1"),
    "one long number with a unit": framed("", "7", " млн долларов"),
    "grouped digits '100 000 000 …'": framed("1", " 000", " тенге"),
    "'1 1 1 …'": repeat("1 "),
    "'1,1,1,…'": repeat("1,"),
    "'1.1.1.…'": repeat("1."),
    "repeated scale words": framed("20 ", "млн ", "долларов"),
    "repeated qualifiers": framed("", "более ", "20%"),
    "Kazakh qualifiers after": framed("20 ", "астам ", "пайыз"),
    "dash chain '1-2-3-…'": repeat("1-"),
    "percent chain '1%-2%-…'": repeat("1%-"),
    "number words 'екі мың он …'": repeat("екі мың он "),
    "Russian number words": repeat("двадцать пять тысяч "),
    "long Kazakh suffixed word": framed("20 ", "лардың", " пайыз"),
    "one long letter run": repeat("а"),
    "period leads 'с с с …'": framed("", "с ", "2024 года"),
    "years '2024 2024 …'": repeat("2024 "),
    "months and years": repeat("мая 2024 года "),
    "adjectives before a noun": framed("250 ", "италиялық ", "компания"),
    "currency symbols '$$$…'": repeat("$"),
    "percent signs": repeat("%"),
    "brackets and years": repeat("(2019) "),
    "news text without a newline": repeat(SEED + " "),
    "periods that lean on one before": repeat("в том же году за аналогичный период "),
    "document numbers '№ 1-1-1…'": framed("№ ", "1-", "2024"),
    "words in brackets after numbers": repeat("5 ( а ) "),
    "ages '(56 лет), 56 лет,'": repeat("(56 лет), 56 лет, "),
    # one sentence of many figures, the statements' worst: every figure looks at the others
    "pairs 'Казахстан - 5%, …'": repeat("Казахстан - 5%, "),
    "periods in brackets": repeat("(в 2024 году — 5 тенге) "),
    "periods owned '12% против 11% в …'": repeat("12% против 11% в декабре 2024 года "),
    "indicators 'инфляция 5%, …'": repeat("инфляция 5%, "),
    "list items '- Ресей – 5,6%'": repeat("- Ресей – 5,6%\n"),
    "headings": repeat("Основные параметры на 2026 год\n"),
    "world and countries": repeat("әлем 5% Қазақстан "),
    "unclosed brackets": repeat("( ( ( 5% "),
}


READ: Callable[..., object] = figextract.extract


def best_time(text: str, runs: int, times: int = 1) -> float:
    """The best of ``runs`` timings of ``times`` readings of ``text`` back to back, per reading."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()  # the previous run's garbage is not this run's cost
        start = time.perf_counter()
        for _ in range(times):
            READ(text, ref_date="2025-09-30")
        best = min(best, (time.perf_counter() - start) / times)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="characters of the 1× input")
    parser.add_argument("--limit", type=float, default=12.0)
    parser.add_argument("--only", default="", help="run the families whose name has this")
    parser.add_argument("--floor", type=float, default=0.05,
                        help="seconds of one 1× reading, at least")
    parser.add_argument("--runs", type=int, default=3, help="timings per size; the best counts")
    parser.add_argument("--statements", action="store_true",
                        help="time figextract.statements() rather than extract()")
    args = parser.parse_args()
    global READ
    if args.statements:
        READ = figextract.statements
    figextract.extract("warm 20%")
    failed = 0
    print(f"figextract build: {BUILD}")
    print(f"| {'family':<32} | {'1× chars':>9} | {'1× s':>7} | {'10× s':>7} | {'ratio':>5} |")
    print(f"|{'-' * 34}|{'-' * 10}:|{'-' * 8}:|{'-' * 8}:|{'-' * 6}:|")
    for name, make in FAMILIES.items():
        if args.only not in name:
            continue
        size = args.size
        try:
            while best_time(make(size), 1) < args.floor and 2 * size <= MAX_SIZE:
                size *= 2
            small = best_time(make(size), args.runs, times=10)
            large = best_time(make(10 * size), args.runs)
        except Exception as error:  # the point of the benchmark: report, never stop
            print(f"| {name:<32} | raised {type(error).__name__}: {error}")
            failed += 1
            continue
        ratio = large / small
        flag = "" if ratio <= args.limit else "  <- too slow"
        failed += bool(flag)
        print(f"| {name:<32} | {size:>9} | {small:>7.3f} | {large:>7.3f} | {ratio:>5.1f} |{flag}")
    if args.only and args.only not in "news text without a newline":
        return 1 if failed else 0
    ten = repeat(SEED + " ")(10_000_000)
    start = time.perf_counter()
    found = figextract.extract(ten)
    seconds = time.perf_counter() - start
    print(f"\n10 MB of news text without a newline: {seconds:.2f} s "
          f"({len(ten.encode('utf-8')) / 1e6 / seconds:.2f} MB/s, {len(found):,} facts)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
