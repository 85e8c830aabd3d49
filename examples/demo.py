"""Run figextract over the bundled sample corpus (``seeds/``) and print each document's facts
and its statements (what each figure measures).

    python examples/demo.py [FOLDER]

A document's first line `` date YYYY-MM-DD`` is used as its reference date.
"""

from __future__ import annotations

import sys
from pathlib import Path

import figextract
from figextract.cli import format_statements, format_table
from figextract.documents import document_date

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "seeds"
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        print(f"no .txt files in {folder}", file=sys.stderr)
        return 1
    extractor = figextract.Extractor()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        date = document_date(text)
        facts = extractor.extract(text)  # read on the date its first line gives
        print(format_table(f"{path.name} (date {date or 'unknown'})", facts))
        print(format_statements(path.name, extractor.statements(text)))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
