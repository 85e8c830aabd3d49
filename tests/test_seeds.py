"""Golden test: every money and percentage figure in the five bundled seeds, hand-checked
against the documents, and nothing else reported as money or percentage."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import figextract
from figextract.documents import document_date

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
D = Decimal

# file -> [(text, kind, low, high, approximate, unit)] in document order
GOLDEN: dict[str, list[tuple[str, str, Decimal | None, Decimal | None, bool, str]]] = {
    "000_d5a2f0d43fbc32dc.txt": [
        ("7,6 миллиард долларға", "money", D("7.6e9"), D("7.6e9"), False, "USD"),
    ],
    "001_f09acc4096086793.txt": [
        ("20 миллиардов долларов", "money", D("20e9"), D("20e9"), False, "USD"),
        ("11,3 миллиарда долларов", "money", D("11.3e9"), D("11.3e9"), False, "USD"),
        ("более 7,6 миллиарда долларов", "money", D("7.6e9"), None, False, "USD"),
    ],
    "002_5f60db740e258a19.txt": [
        ("20 млрд долларов", "money", D("20e9"), D("20e9"), False, "USD"),
        ("11,3 млрд долларов", "money", D("11.3e9"), D("11.3e9"), False, "USD"),
        ("более 7,6 млрд долларов", "money", D("7.6e9"), None, False, "USD"),
    ],
    "003_82e0ae0cf0678fb1.txt": [],
    "004_343e52f150faa84a.txt": [
        ("446.49₸", "money", D("446.49"), D("446.49"), False, "KZT"),
        ("475.38₸", "money", D("475.38"), D("475.38"), False, "KZT"),
        ("4.79₸", "money", D("4.79"), D("4.79"), False, "KZT"),
        ("87.39$", "money", D("87.39"), D("87.39"), False, "USD"),
        ("63991.10$", "money", D("63991.10"), D("63991.10"), False, "USD"),
        ("1,4 млрд долларов", "money", D("1.4e9"), D("1.4e9"), False, "USD"),
        ("до 2 млрд долларов", "money", None, D("2e9"), False, "USD"),
        ("почти 1,5 млрд долларов", "money", None, D("1.5e9"), True, "USD"),
        ("более 20%", "percentage", D("20"), None, False, "percent"),
        ("30%", "percentage", D("30"), D("30"), False, "percent"),
    ],
}


def test_all_seeds_covered() -> None:
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(GOLDEN)


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_seed(name: str) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    facts = figextract.extract(text, ref_date=document_date(text),
                               kinds={"money", "percentage"})
    got = [(f.text, f.kind, f.value.low, f.value.high, f.value.approximate, f.unit)
           for f in facts]
    assert got == GOLDEN[name]
    for fact in facts:
        assert text[fact.span.start:fact.span.end] == fact.text


def test_kazakh_and_russian_versions_agree_on_money() -> None:
    """Seeds 000 (kk) and 001 (ru) report the same talks: the investment figure agrees."""
    kk = figextract.extract((SEEDS / "000_d5a2f0d43fbc32dc.txt").read_text(encoding="utf-8"))
    ru = figextract.extract((SEEDS / "001_f09acc4096086793.txt").read_text(encoding="utf-8"))
    assert {f.lang for f in kk} == {"kk"} and {f.lang for f in ru} == {"ru"}
    kk_values = {(f.value.low, f.unit) for f in kk if f.kind == "money"}
    ru_values = {(f.value.low, f.unit) for f in ru if f.kind == "money"}
    assert kk_values <= ru_values
