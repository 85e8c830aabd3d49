"""Do two versions of figextract give the same facts? The check every refactor states.

    python benchmarks/same_facts.py dump BEFORE.jsonl [--data ../shared/data] [--random 30000]
    # ... change the code ...
    python benchmarks/same_facts.py check BEFORE.jsonl [--except TEXT ...]

``dump`` reads, with the figextract importable here, every document of the development corpora
(NEREL train, KazNERD validation, the annotated news when present), the seeds, and ``--random``
texts made from a fixed seed out of the alphabet of figures (number and scale words,
currencies, qualifiers, calendar words, numbers, signs, odd spaces and dashes; a third read
with the language detected, a third forced to Russian, a third to Kazakh), and writes one JSON
line per text: where it came from, the random text itself, and its facts as JSON (``to_dict``,
Decimals as strings). ``check`` reads the same texts again with the figextract importable now
and compares the JSON byte for byte; it prints the first differences and exits 1 if there is
any. ``--except`` names phrases whose facts are allowed to change (a new rule's phrase): a text
containing one, in any case, is not compared.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import kaznerd, nerel  # noqa: E402
from which_build import figextract_build  # noqa: E402

figextract, BUILD = figextract_build()
REF_DATE = "2025-09-30"
LANGS = (None, "ru", "kk")

# The alphabet random texts are made of, fixed here so that both versions read the same
# texts (the dump stores them too).
NUMBERS = ["1", "2", "5", "12", "20", "31", "100", "250", "1990", "2005", "2020", "2024", "2025",
           "99999", "0,5", "7,6", "1 000", "3,5", "-2,5", "12.05.2021", "2019-11-05", "70-е",
           "1990-х", "II", "XXI", "100-ден", "30%-дан", "2017-нші", "5.11.2019"]
WORDS = """
млрд млн тыс трлн миллиард миллиона тысяч мың миллион миллиардқа теңге тенге долларов доллар
долларға долл. руб. рублей евро $ € ₸ % процентов процента пайыз пайызға п.п. пп USD EUR KZT
компаний компания кәсіпорын проектов жоба рабочих мест жұмыс орны стран ел студентов инвесторов
договоров келісім итальянских италиялық малых и средних предприятий субъектов МСБ
более свыше около порядка примерно почти менее не более не менее до от с по между и мен
астам асады дейін жуық шамамен кемінде тарта аралығында бері бастап бұрын кейін назад
года году год лет г. гг. жыл жылы жылғы жылдың жылдан жылға айында ай месяцев квартал кв.
тоқсанда полугодии жартысында января январе марта мае сентября қаңтар мамыр қазанда
прошлом прошлого этом этого текущем следующем өткен осы келесі биыл былтыр сегодня вчера бүгін
летом жазда понедельник за последние соңғы ближайшие через в на с начала басынан
двадцать пять сто двести жиырма бес екі жүз елу полтора три с половиной целых десятых
несколько десятки сотни бірнеше ондаған миллиардтаған возрасте колонии ему АҚШ норвежских
Москва Алматы слово сөз the abc ( ) , . - – — + «Октябрь» №
""".split()
GLUE = [" ", " ", " ", "", "  ", "-", "\u00a0", "\u202f", "\n", ", ", ". "]


def random_texts(count: int, seed: int = 20261130) -> Iterator[str]:
    rnd = random.Random(seed)
    for _ in range(count):
        pieces = []
        for _ in range(rnd.randint(1, 16)):
            pool = NUMBERS if rnd.random() < 0.35 else WORDS
            pieces.append(rnd.choice(pool) + rnd.choice(GLUE))
        yield "".join(pieces)


def documents(data: Path | None) -> Iterator[tuple[str, str]]:
    """(id, text) of every stored document: corpora when present, then the seeds."""
    if data is not None and (data / "nerel").exists():
        for doc in nerel(data / "nerel" / "train"):
            yield doc.id, doc.text
        for doc in kaznerd(data / "kaznerd" / "IOB2_valid.txt"):
            yield doc.id, doc.text
        for path in sorted((data / "news").glob("*.txt")):
            yield f"news-{path.stem}", path.read_text(encoding="utf-8")
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seed-{path.stem}", path.read_text(encoding="utf-8")


STATEMENTS = False  # --statements: compare statements, not facts


def facts_json(text: str, lang: str | None) -> str:
    if STATEMENTS:
        found = figextract.statements(text, lang=lang, ref_date=REF_DATE)
        return json.dumps([s.to_dict() for s in found], ensure_ascii=False, sort_keys=True)
    facts = figextract.extract(text, lang=lang, ref_date=REF_DATE)
    return json.dumps([f.to_dict() for f in facts], ensure_ascii=False, sort_keys=True)


def dump(out: Path, data: Path | None, count: int) -> None:
    rows = 0
    with out.open("w", encoding="utf-8") as handle:
        for doc_id, text in documents(data):
            row = {"id": doc_id, "facts": facts_json(text, None)}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            rows += 1
        for k, text in enumerate(random_texts(count)):
            lang = LANGS[k % 3]
            row = {"id": f"random-{k}", "text": text, "lang": lang,
                   "facts": facts_json(text, lang)}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            rows += 1
    print(f"{rows} texts read by figextract ({BUILD}) into {out}")


def _print_difference(before: str, now: str) -> None:
    """The facts only one side has, one per line: its text and what differs."""
    old = {json.dumps(f, ensure_ascii=False, sort_keys=True) for f in json.loads(before)}
    new = {json.dumps(f, ensure_ascii=False, sort_keys=True) for f in json.loads(now)}
    for sign, facts in (("-", old - new), ("+", new - old)):
        for fact in sorted(facts):
            item = json.loads(fact)
            said = ""
            if "figure" in item:  # a statement: its figure, and what it says of it
                said = f" {(item['indicator'] or {}).get('key')} {item['role']} {item['direction']}"
                item = item["figure"]
            what = item.get("value") or (item.get("start_date"), item.get("end_date"))
            print(f"  {sign} {item['kind']} {item['text']!r} {what}{said}")


def check(before: Path, data: Path | None, allowed: list[str], show: int = 10) -> int:
    texts = dict(documents(data))
    compared = skipped = differ = 0
    with before.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            text = row["text"] if "text" in row else texts.get(row["id"])
            if text is None:
                print(f"missing document {row['id']}: pass the same --data as the dump")
                return 1
            if any(phrase.lower() in text.lower() for phrase in allowed):
                skipped += 1
                continue
            now = facts_json(text, row.get("lang"))
            compared += 1
            if now != row["facts"]:
                differ += 1
                if differ <= show:
                    print(f"DIFFERENT {row['id']}: {text[:120]!r}")
                    _print_difference(row["facts"], now)
    print(f"figextract ({BUILD}): {compared} texts compared, {differ} different, "
          f"{skipped} left out for {allowed}")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=("dump", "check"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--random", type=int, default=30000)
    parser.add_argument("--except", dest="allowed", action="append", default=[])
    parser.add_argument("--show", type=int, default=10, help="texts whose differences to print")
    parser.add_argument("--statements", action="store_true",
                        help="compare statements (figextract.statements) instead of facts")
    args = parser.parse_args()
    global STATEMENTS
    STATEMENTS = args.statements
    data = args.data if args.data.exists() else None
    if args.mode == "dump":
        dump(args.file, data, args.random)
        return 0
    return check(args.file, data, args.allowed, args.show)


if __name__ == "__main__":
    raise SystemExit(main())
