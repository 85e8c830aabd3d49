"""Instructions one pass over the corpus costs, counted by valgrind: the way to compare two
versions on a machine whose clock varies from run to run.

    python benchmarks/instructions.py [PATH-TO-SHARED-DATA] [--python PYTHON]

Runs ``PYTHON`` (this interpreter by default; another virtual environment's to measure
another install) under ``valgrind --tool=callgrind`` twice: once reading the corpus zero
times and once reading it once, after the same imports and warm-up, and prints the
difference: the instructions of one pass of ``extract`` over NEREL train + KazNERD
validation (the corpus of ``throughput.py``), all kinds on. Counts repeat to within a few
hundredths of a per cent; times on a shared virtual machine vary by ten per cent or more.
Needs valgrind (``apt-get install valgrind``); each run takes a few minutes.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Run in the measured interpreter: reads the corpus ``passes`` times with one Extractor.
_CHILD = """
import sys
sys.path.insert(0, {here!r})
from throughput import load
from pathlib import Path
from which_build import figextract_build
figextract, build = figextract_build()
name, docs = load(Path({data!r}))
extractor = figextract.Extractor()
extractor.extract(docs[0])
for _ in range({passes}):
    for doc in docs:
        extractor.extract(doc)
print(build, name, sum(len(d.encode()) for d in docs), sep="\t", file=sys.stderr)
"""


def count(python: str, data: Path, passes: int) -> tuple[int, str]:
    code = _CHILD.format(here=str(HERE), data=str(data), passes=passes)
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", python, "-c", code],
        capture_output=True, text=True, check=True, cwd=HERE)  # not beside a source tree
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        raise SystemExit(f"valgrind said no count:\n{result.stderr[-2000:]}")
    said = [line for line in result.stderr.splitlines() if not line.startswith("==")]
    return int(found.group(1)), said[-1] if said else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path,
                        default=HERE.parent.parent / "shared" / "data")
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: apt-get install valgrind", file=sys.stderr)
        return 1
    data = args.data.resolve()  # the runs start in this folder, not the caller's
    base, _ = count(args.python, data, 0)
    one, what = count(args.python, data, 1)
    build, corpus, size = what.split("\t")
    print(f"figextract ({build}): {one - base:,} instructions for one pass over {corpus}, "
          f"{int(size):,} bytes ({(one - base) / int(size):,.0f} per byte)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
