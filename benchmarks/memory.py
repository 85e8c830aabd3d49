"""Peak memory of the command line on big files: a flat line as the file grows.

    python benchmarks/memory.py [--sizes 25 50 100 200] [--jobs 1]

Writes files of news text (the seeds and, when ``../shared/data/news`` is there, the annotated
news, repeated, a blank line between documents) of each size in MB, runs ``python -m
figextract FILE`` on each with its output thrown away, and prints its peak resident memory
(``ru_maxrss`` of the finished process) beside the file's size, and their ratio.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "data" / "news"


def corpus() -> str:
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    if NEWS.is_dir():
        paths += sorted(NEWS.glob("*.txt"))
    return "\n\n".join(p.read_text(encoding="utf-8") for p in paths) + "\n\n"


def peak(path: Path, jobs: int) -> tuple[int, float]:
    """The command's peak resident memory in bytes, and its seconds."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        process = subprocess.Popen([sys.executable, "-m", "figextract", "--jobs", str(jobs),
                                    str(path)], stdout=devnull)
        _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise SystemExit(f"figextract failed on {path}: status {status}")
    return usage.ru_maxrss * 1024, time.perf_counter() - start  # kilobytes on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 50, 100, 200])
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    text = corpus().encode("utf-8")
    print("| file MB | peak MB | peak / file | seconds |\n|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / f"news-{size}.txt"
            with path.open("wb") as handle:
                written = 0
                while written < size * 1_000_000:
                    handle.write(text)
                    written += len(text)
            rss, seconds = peak(path, args.jobs)
            print(f"| {written / 1e6:.0f} | {rss / 1e6:.0f} | {rss / written:.2f} | "
                  f"{seconds:.0f} |", flush=True)
            path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
