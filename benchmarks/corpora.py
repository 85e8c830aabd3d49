"""Readers for the development corpora in ``../shared/data``: KazNERD (IOB2) and NEREL (brat).

Each yields ``Doc(id, text, lang, gold)`` with gold spans ``(start, end, label)`` in character
offsets of ``text``. KazNERD sentences are rebuilt from tokens with single spaces, except that
decimal numbers split into three tokens ("20 , 7") are joined back ("20,7").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Doc:
    id: str
    text: str
    lang: str
    gold: tuple[tuple[int, int, str], ...]


def kaznerd(path: Path) -> Iterator[Doc]:
    sentence: list[tuple[str, str]] = []
    number = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.strip():
                token, _, tag = line.rpartition(" ")
                sentence.append((token, tag))
                continue
            if sentence:
                number += 1
                yield _kaznerd_doc(f"kaznerd-{number}", sentence)
                sentence = []
    if sentence:
        yield _kaznerd_doc(f"kaznerd-{number + 1}", sentence)


def _kaznerd_doc(doc_id: str, tokens: list[tuple[str, str]]) -> Doc:
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for k, (token, _) in enumerate(tokens):
        glued = (k >= 2 and tokens[k - 1][0] == "," and tokens[k - 2][0].isdigit()
                 and token.isdigit())
        glued_comma = (token == "," and 0 < k < len(tokens) - 1 and tokens[k - 1][0].isdigit()
                       and tokens[k + 1][0].isdigit())
        if parts and not glued and not glued_comma:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(token)))
        parts.append(token)
        pos += len(token)
    gold: list[tuple[int, int, str]] = []
    k = 0
    while k < len(tokens):
        tag = tokens[k][1]
        if tag.startswith("B-"):
            label = tag[2:]
            end = k + 1
            while end < len(tokens) and tokens[end][1] == "I-" + label:
                end += 1
            gold.append((offsets[k][0], offsets[end - 1][1], label))
            k = end
        else:
            k += 1
    return Doc(doc_id, "".join(parts), "kk", tuple(gold))


def nerel(folder: Path) -> Iterator[Doc]:
    for txt in sorted(folder.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        gold: list[tuple[int, int, str]] = []
        ann = txt.with_suffix(".ann")
        if ann.exists():
            for line in ann.read_text(encoding="utf-8").splitlines():
                fields = line.split("\t")
                if len(fields) < 3 or not fields[0].startswith("T"):
                    continue
                label, *spans = fields[1].replace(";", " ").split(" ")
                numbers = [int(x) for x in spans]
                gold.append((numbers[0], numbers[-1], label))
        yield Doc(f"nerel-{txt.stem}", text, "ru", tuple(gold))
