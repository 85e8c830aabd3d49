"""Block by block reading gives the facts of one whole reading, on the development corpora.

    python benchmarks/blocks_identity.py ../shared/data [--size 1]

Each document of NEREL train, KazNERD validation (its sentences joined, a blank line between
every tenth) and the annotated news is read whole with ``extract`` and block by block with
``extract_stream`` (blocks of at least ``--size`` characters, cut after blank lines; 1 cuts at
every blank line), both on the same reference date, and the facts compared. Then all of them
are read by ``extract_many`` with 2 processes, every text of more than 1,000 characters cut
into pieces of ``--size`` characters after line ends (1: at every line end) that the workers
read apart; and each of those texts by ``extract_stream`` with 2 processes, in blocks of the
same size. Exit 1 on any difference.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import kaznerd, nerel

import figextract
from figextract import many


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--size", type=int, default=1, help="characters of a block, at least")
    args = parser.parse_args()
    sentences = [d.text for d in kaznerd(args.data / "kaznerd" / "IOB2_valid.txt")]
    joined = "".join(s + ("\n\n" if k % 10 == 9 else "\n") for k, s in enumerate(sentences))
    texts = {"kaznerd": joined}
    texts.update({f"nerel-{d.id}": d.text for d in nerel(args.data / "nerel" / "train")})
    texts.update({f"news-{p.name}": p.read_text("utf-8")
                  for p in sorted((args.data / "news").glob("*.txt"))})
    extractor = figextract.Extractor()
    different = cuts = 0
    for name, text in texts.items():
        whole = extractor.extract(text, ref_date="2025-09-30")
        chunks = (text[i:i + 4096] for i in range(0, len(text), 4096))
        got = list(extractor.extract_stream(chunks, ref_date="2025-09-30",
                                            block_size=args.size))
        cuts += text.count("\n\n")
        if got != whole:
            different += 1
            print(f"DIFFERENT {name}: {len(whole)} facts whole, {len(got)} by blocks")
    print(f"{len(texts)} texts ({cuts} blank lines), {different} different")
    many.SPLIT_AT, many.PIECE = 1000, args.size
    wholes = [extractor.extract(text, ref_date="2025-09-30") for text in texts.values()]
    pooled = extractor.extract_many(texts.values(), processes=2, ref_date="2025-09-30")
    split = [text for text in texts.values() if len(text) > many.SPLIT_AT]
    lines = sum(text.count("\n") for text in split)
    apart = sum(got != whole for got, whole in zip(pooled, wholes, strict=True))
    print(f"extract_many: {len(split)} texts read in pieces ({lines} line ends), "
          f"{apart} different")
    streamed = sum(
        list(extractor.extract_stream([text], ref_date="2025-09-30", block_size=args.size,
                                      processes=2)) != whole
        for text, whole in zip(texts.values(), wholes, strict=True) if len(text) > 1000)
    print(f"extract_stream, 2 processes: the same texts, {streamed} different")
    return 1 if different or apart or streamed else 0


if __name__ == "__main__":
    raise SystemExit(main())
