"""Span precision, recall and F1 of figextract against the development corpora, and value
accuracy on the annotated news (``news.py``).

    python benchmarks/evaluate.py ../shared/data [--errors money-kk] [--limit 30]

A predicted fact counts as correct when it overlaps a gold span of its kind; a gold span counts
as found when a predicted fact of its kind overlaps it. Only gold spans that state a figure
(a digit, or a number word) are counted: NEREL marks bare currency names ("рублях") as MONEY.
Language detection is left on (``lang=None``), as a user would run it.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora import Doc, kaznerd, nerel
from news import evaluate as evaluate_news
from news import overlap
from news import table as news_table

import figextract

# Gold labels per kind, per corpus.
LABELS = {
    ("money", "kk"): {"MONEY"},
    ("percentage", "kk"): {"PERCENTAGE"},
    ("money", "ru"): {"MONEY"},
    ("percentage", "ru"): {"PERCENT"},
    ("period", "kk"): {"DATE"},
    ("period", "ru"): {"DATE"},
}
# Kinds whose gold spans count only when they state a figure (NEREL marks a bare "рублях" as
# MONEY); every DATE span counts, with or without a number ("сегодня", "биыл").
_FIGURE_ONLY = frozenset({"money", "percentage"})

# Independent of the library's own lexicon: digits or a number word stem in either language.
_STATES_FIGURE = regex.compile(
    r"\d|\b(?:один|одн|два|две|двух|три|трех|трёх|четыр|пят|шест|сем|восем|восьм|девят|десят|"
    r"двадцат|тридцат|сорок|сто|двест|трист|сот|тысяч|миллион|миллиард|триллион|полтор|"
    r"несколь|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу|алпыс|"
    r"жетпіс|сексен|тоқсан|жүз|мың|нөл|бірнеше)",
    regex.IGNORECASE,
)


def evaluate(docs: list[Doc], errors: str | None, limit: int) -> dict[tuple[str, str], list[int]]:
    # (kind, lang) -> [tp_pred, n_pred, tp_gold, n_gold]
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    shown = 0
    for doc in docs:
        facts = figextract.extract(doc.text, kinds={"money", "percentage", "period"})
        for kind in ("money", "percentage", "period"):
            key = (kind, doc.lang)
            labels = LABELS[key]
            gold = [(s, e) for s, e, label in doc.gold if label in labels and e > s
                    and (kind not in _FIGURE_ONLY or _STATES_FIGURE.search(doc.text[s:e]))]
            pred = [(f.span.start, f.span.end) for f in facts if f.kind == kind]
            c = counts[key]
            c[1] += len(pred)
            c[3] += len(gold)
            good_pred = [p for p in pred if any(overlap(p, g) > 0 for g in gold)]
            found = [g for g in gold if any(overlap(p, g) > 0 for p in pred)]
            c[0] += len(good_pred)
            c[2] += len(found)
            if errors == f"{kind}-{doc.lang}" and shown < limit:
                for p in pred:
                    if p not in good_pred:
                        shown += 1
                        print(f"FP {doc.id}: [{doc.text[p[0]:p[1]]}]  ...{_context(doc.text, p)}")
                for g in gold:
                    if g not in found:
                        shown += 1
                        print(f"FN {doc.id}: [{doc.text[g[0]:g[1]]}]  ...{_context(doc.text, g)}")
    return counts


def _context(text: str, span: tuple[int, int]) -> str:
    return text[max(0, span[0] - 50):span[1] + 30].replace("\n", " ")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the shared data folder (with kaznerd/, nerel/)")
    parser.add_argument("--errors", help="print the misses of one row, e.g. money-kk (and the "
                        "news' misses and wrong values of that row)")
    parser.add_argument("--limit", type=int, default=40, help="how many misses to print")
    args = parser.parse_args()
    docs = [*kaznerd(args.data / "kaznerd" / "IOB2_valid.txt"),
            *nerel(args.data / "nerel" / "train")]
    counts = evaluate(docs, args.errors, args.limit)
    print(f"{'kind':<12}{'lang':<6}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for (kind, lang), (tp_pred, n_pred, tp_gold, n_gold) in sorted(counts.items()):
        p = tp_pred / n_pred if n_pred else 0.0
        r = tp_gold / n_gold if n_gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:<12}{lang:<6}{n_gold:>6}{n_pred:>6}{p:>8.3f}{r:>8.3f}{f1:>8.3f}")
    if (args.data / "news" / "gold.json").exists():
        print("\nannotated news (complete gold; value: right values among the figures found)")
        print(news_table(evaluate_news(args.data / "news", args.errors)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
