"""An amount that stands alone starts nothing, on the development corpora.

    python benchmarks/alone_identity.py ../shared/data

``TextReader.at`` passes the rules over an amount followed by a word no rule reads
(``TextReader.stands_alone``: "105 статьи", "екі мың сөз"). This asks every rule at every
such token of NEREL train, KazNERD validation and the annotated news, the check left out, in
the sentence's language as ``at`` reads it, and counts what they find there: nothing, if the
check only saves time. ``tests/test_candidates.py`` asks the same of random texts and the
seeds. Exit 1 on anything found.
"""

from __future__ import annotations

import argparse
import decimal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import kaznerd, nerel

import figextract
from figextract.reader import RULES


def found_where_alone(extractor: figextract.Extractor, text: str) -> tuple[int, list[str]]:
    """The tokens that stand alone, and what the rules read at them (none if all is well)."""
    reader = extractor.reader(text, ref_date="2025-09-30")
    cursor, tokens = reader.cursor, reader.tokens
    alone, found = 0, []
    with decimal.localcontext(decimal.Context(prec=104)):
        for i in range(tokens.n):
            reader.read_from(i)
            if reader.stands_alone(i):
                alone += 1
                found += [f"{rule.__name__} at {text[cursor.start(i):cursor.start(i) + 40]!r}"
                          for rule in RULES if rule(cursor, i) is not None]
    return alone, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    args = parser.parse_args()
    texts = ["\n".join(d.text for d in kaznerd(args.data / "kaznerd" / "IOB2_valid.txt"))]
    texts += [d.text for d in nerel(args.data / "nerel" / "train")]
    texts += [p.read_text("utf-8") for p in sorted((args.data / "news").glob("*.txt"))]
    extractor = figextract.Extractor()
    alone, found = 0, []
    for text in texts:
        count, here = found_where_alone(extractor, text)
        alone += count
        found += here
    for item in found:
        print("FOUND", item)
    print(f"{len(texts)} texts, {alone} amounts standing alone, {len(found)} read by a rule")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
