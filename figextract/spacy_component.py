"""The spaCy pipeline component "figextract" (``pip install 'figextract[spacy]'``), registered
through spaCy's entry points, so that no import is needed:

    nlp = spacy.blank("ru")            # or "kk", or any pipeline
    nlp.add_pipe("figextract")         # config={"statements": True} for statements too
    doc = nlp("Товарооборот вырос на 12% и достиг 15,2 млрд долларов")
    for span in doc.spans["figextract"]:
        span.label_, span._.fact.value, span._.statement

Each fact is a span of ``doc.spans["figextract"]`` labelled with its kind, the fact on
``span._.fact`` (its exact character offsets kept there: the span is widened to whole tokens,
"expand" alignment), its statement on ``span._.statement`` when asked for. The language is the
pipeline's when it is "ru" or "kk" (``spacy.blank("kk")`` is this package's ``Kazakh``,
spaCy having none), else detected; ``doc._.ref_date`` (a date or ISO string),
when set before the component runs, is the document's date for its periods.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import BaseDefaults, Language
from spacy.tokens import Doc, Span

from figextract.extractor import Extractor
from figextract.statements.model import Statement

KEY = "figextract"  # doc.spans[KEY]
LANGS = ("ru", "kk")

for _name in ("fact", "statement"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("ref_date"):
    Doc.set_extension("ref_date", default=None)


class FigextractComponent:
    """Puts the facts (and statements) of each document on ``doc.spans["figextract"]``."""

    def __init__(self, lang: str | None, statements: bool, kinds: list[str] | None) -> None:
        self.extractor = Extractor(lang=lang, kinds=kinds)
        self.statements = statements

    def __call__(self, doc: Doc) -> Doc:
        ref: dt.date | str | None = doc._.ref_date
        text = doc.text
        found: list[Statement] = []
        if self.statements:  # both from one reading
            facts, found = self.extractor.extract_with_statements(text, ref_date=ref)
        else:
            facts = self.extractor.extract(text, ref_date=ref)
        said = {(s.figure.span.start, s.figure.span.end): s for s in found}
        spans = []
        for fact in facts:
            span = doc.char_span(fact.span.start, fact.span.end, label=fact.kind,
                                 alignment_mode="expand")
            if span is None:  # only whitespace: nothing to hold
                continue
            span._.fact = fact
            span._.statement = said.get((fact.span.start, fact.span.end))
            spans.append(span)
        doc.spans[KEY] = spans
        return doc


@Language.factory(KEY, default_config={"statements": False, "lang": None, "kinds": None})
def make_component(nlp: Any, name: str, statements: bool, lang: str | None,
                   kinds: list[str] | None) -> FigextractComponent:
    """The factory spaCy calls for ``nlp.add_pipe("figextract")``."""
    if lang is None and nlp.lang in LANGS:
        lang = nlp.lang
    return FigextractComponent(lang, statements, kinds)


class KazakhDefaults(BaseDefaults):
    """spaCy's default rules (its tokenizer splits Kazakh as it does Russian)."""


class Kazakh(Language):  # type: ignore[no-untyped-call]
    """Kazakh for ``spacy.blank("kk")``: spaCy has no Kazakh of its own (3.8); this one,
    registered through the ``spacy_languages`` entry point, has its default tokenizer and no
    model."""

    lang = "kk"
    Defaults = KazakhDefaults
