"""The spaCy component: registered through entry points, facts on doc.spans["figextract"] with
the kind as label and the fact on span._.fact, statements when asked for, nlp.pipe, blank
Russian and Kazakh pipelines (no model). CI installs the ``spacy`` extra and sets
FIGEXTRACT_REQUIRE_EXTRAS=1, so these run there rather than being skipped."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import extra

import figextract

spacy: Any = extra("spacy")
SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
RU = "В 2024 году товарооборот Казахстана с Италией вырос на 12% и достиг 15,2 млрд долларов"
KK = "Былтыр Италияның инвестициясы 7,6 миллиард долларға жетті"


def test_add_pipe_needs_no_import() -> None:
    """spaCy finds the factory (and Kazakh) through the package's entry points."""
    code = ("import spacy\n"
            "nlp = spacy.blank('kk'); nlp.add_pipe('figextract')\n"
            f"doc = nlp({KK!r})\n"
            "print([(s.label_, s.text) for s in doc.spans['figextract']])\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[('period', 'Былтыр'), ('money', '7,6 миллиард долларға')]"


def test_blank_russian_and_kazakh_pipelines() -> None:
    for lang, text in (("ru", RU), ("kk", KK)):
        nlp = spacy.blank(lang)
        nlp.add_pipe("figextract")
        doc = nlp(text)
        spans = doc.spans["figextract"]
        facts = figextract.extract(text, lang=lang)
        assert [s._.fact for s in spans] == facts
        assert [s.label_ for s in spans] == [f.kind for f in facts]
        assert all(s._.statement is None for s in spans)
        assert all(f.lang == lang for f in facts)


def test_spans_hold_their_facts_whole_tokens_and_exact_offsets() -> None:
    nlp = spacy.blank("xx")  # any language: figextract detects Kazakh or Russian
    nlp.add_pipe("figextract")
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        doc = nlp(text)
        spans = doc.spans["figextract"]
        assert [s._.fact for s in spans] == figextract.extract(text) != []
        for span in spans:
            fact = span._.fact
            assert span.start_char <= fact.span.start < fact.span.end <= span.end_char
            assert text[fact.span.start:fact.span.end] == fact.text  # exact on the fact


def test_statements_reference_date_and_pipe() -> None:
    nlp = spacy.blank("ru")
    nlp.add_pipe("figextract", config={"statements": True})
    doc = nlp(RU)
    said = {s.text: s._.statement for s in doc.spans["figextract"]}
    assert said["12%"].indicator.key == "trade_turnover" and said["12%"].role == "change"
    assert said["15,2 млрд долларов"].subject == ("IT", "KZ")
    dated = nlp.make_doc("В прошлом году рост на 5%")
    dated._.ref_date = dt.date(2025, 9, 30)
    dated = nlp(dated)
    period = dated.spans["figextract"][0]._.fact
    assert period.start_date == dt.date(2024, 1, 1)
    texts = [RU, "ничего", "рост на 5%"]
    piped = [[(s.label_, s.text) for s in d.spans["figextract"]] for d in list(nlp.pipe(texts))]
    docs = [nlp(t) for t in texts]
    one_by_one = [[(s.label_, s.text) for s in d.spans["figextract"]] for d in docs]
    assert piped == one_by_one and piped[1] == []
