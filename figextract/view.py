"""The HTML view: a text with every fact marked, a colour per kind, the value in a tooltip; with
statements, each figure's indicator underlined and linked to its figure. No dependency; the
text is escaped, so a text holding "<script>" shows as text.

    figextract.html(text)                     # a whole page
    figextract.html(text, fragment=True)      # a <div> to put in a page
    figextract.show(text)                     # in Jupyter: shown as the cell's output
"""

from __future__ import annotations

import datetime as dt
import html as _html
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from figextract.display import period_text, value_text
from figextract.facts import KINDS, Fact
from figextract.statements.model import Statement

# A colour per kind: background and the darker edge under it (readable on white, told apart
# without colour too: each mark says its kind in its tooltip and legend).
COLOURS: dict[str, tuple[str, str]] = {
    "money": ("#d9f2d9", "#2e7d32"),
    "percentage": ("#dbe9fb", "#1565c0"),
    "count": ("#fdebd3", "#c66900"),
    "ratio": ("#f3e0f7", "#7b1fa2"),
    "period": ("#eeeeee", "#616161"),
}
_STYLE = """
.figextract { font: 17px/1.75 Georgia, "Times New Roman", serif; color: #222;
  max-width: 46em; margin: 2em auto; padding: 0 1em; }
.figextract h2 { font: 600 15px/1.4 system-ui, sans-serif; color: #555; margin: 2.2em 0 .6em;
  border-bottom: 1px solid #ddd; padding-bottom: .3em; }
.figextract .fx-text { white-space: pre-wrap; overflow-wrap: break-word; }
.figextract mark { border-radius: 3px; padding: 0 2px; border-bottom: 2px solid; color: inherit; }
.figextract .fx-indicator { text-decoration: underline dotted 2px; text-underline-offset: 4px;
  color: inherit; }
.figextract .fx-legend { font: 13px/1.4 system-ui, sans-serif; color: #444; }
.figextract .fx-legend span { margin-right: 1em; white-space: nowrap; }
.figextract .fx-legend mark { padding: 0 .5em; }
""" + "".join(
    f".figextract mark.fx-{kind} {{ background: {back}; border-color: {edge}; }}\n"
    for kind, (back, edge) in COLOURS.items())


def html(text: str, facts: Sequence[Fact] | None = None, *, statements: bool = False,
         fragment: bool = False, title: str = "figextract", lang: str | None = None,
         ref_date: dt.date | str | None = None) -> str:
    """``text`` with its facts marked: a self-contained page, or with ``fragment`` a ``<div>``.

    ``facts``: the facts to mark (by default those ``extract`` finds); ``statements``: also
    underline each figure's indicator, linked to its figure, and put what the figure measures
    in its tooltip. ``lang`` and ``ref_date`` are passed to the extractor.
    """
    return document([(None, text, facts)], statements=statements, fragment=fragment,
                    title=title, lang=lang, ref_date=ref_date)


def document(parts: Iterable[tuple[str | None, str, Sequence[Fact] | None]], *,
             statements: bool = False, fragment: bool = False, title: str = "figextract",
             lang: str | None = None, ref_date: dt.date | str | None = None) -> str:
    """Several texts in one page, each under its heading (its file name): (heading, text,
    facts or None) each."""
    from figextract.extractor import default_extractor

    extractor = default_extractor()
    sections = []
    number = 0
    for heading, text, facts in parts:
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        found: list[Statement] = []
        if facts is None and statements:  # both from one reading
            facts, found = extractor.extract_with_statements(text, lang=lang, ref_date=ref_date)
        elif facts is None:
            facts = extractor.extract(text, lang=lang, ref_date=ref_date)
        elif statements:
            found = extractor.statements(text, lang=lang, ref_date=ref_date)
        body, number = _marked(text, facts, found, number)
        head = "" if heading is None else f"<h2>{_html.escape(heading)}</h2>\n"
        sections.append(f'{head}<div class="fx-text">{body}</div>')
    legend = '<p class="fx-legend">' + "".join(
        f'<span><mark class="fx-{kind}">&nbsp;</mark> {kind}</span>' for kind in COLOURS
    ) + (' <span><span class="fx-indicator">indicator</span></span>' if statements else "") \
        + "</p>"
    div = f'<div class="figextract">\n{legend}\n' + "\n".join(sections) + "\n</div>"
    if fragment:
        return f"<style>{_STYLE}</style>\n{div}"
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_html.escape(title)}</title><style>{_STYLE}</style></head>\n"
            f"<body>\n{div}\n</body></html>\n")


def _marked(text: str, facts: Sequence[Fact], found: Sequence[Statement], number: int
            ) -> tuple[str, int]:
    """The escaped text with a <mark> per fact and, from the statements, an underline per
    indicator; the facts' numbers go on from ``number`` (ids unique in a page)."""
    for fact in facts:
        if getattr(fact, "kind", None) not in KINDS:
            raise TypeError(f"expected facts, got {type(fact).__name__}")
    by_figure = {(s.figure.span.start, s.figure.span.end): s for s in found}
    marks: list[tuple[int, int, str, str]] = []  # (start, end, opening tag, closing tag)
    ids: dict[tuple[int, int], str] = {}
    last_end = -1
    for fact in sorted(facts, key=lambda f: (f.span.start, -f.span.end)):
        if fact.span.start < last_end:
            continue  # inside the fact before: marked once
        number += 1
        key = (fact.span.start, fact.span.end)
        ids[key] = f"fx-{number}"
        tip = f"{fact.kind}: {value_text(fact)}"
        statement = by_figure.get(key)
        if statement is not None:
            tip += _said(statement)
        opening = (f'<mark id="fx-{number}" class="fx-{fact.kind}" data-kind="{fact.kind}" '
                   f'data-start="{fact.span.start}" data-end="{fact.span.end}" '
                   f'title="{_html.escape(tip)}">')
        marks.append((fact.span.start, fact.span.end, opening, "</mark>"))
        last_end = fact.span.end
    indicators: dict[tuple[int, int], list[str]] = {}
    for s in found:
        if s.indicator is not None and (s.figure.span.start, s.figure.span.end) in ids:
            indicators.setdefault((s.indicator.span.start, s.indicator.span.end), []).append(
                ids[(s.figure.span.start, s.figure.span.end)])
    starts = [s for s, _, _, _ in marks]  # the figures' marks: in order, none overlapping
    for (start, end), figures in indicators.items():
        k = bisect_left(starts, end) - 1  # the last mark starting before the indicator ends
        if k >= 0 and marks[k][1] > start:
            continue  # in a figure's own text: the figure's mark says it
        opening = (f'<a class="fx-indicator" href="#{figures[0]}" '
                   f'data-figures="{" ".join(figures)}">')
        marks.append((start, end, opening, "</a>"))
    marks.sort()
    out, at = [], 0
    for start, end, opening, closing in marks:
        if start < at:
            continue
        out.append(_html.escape(text[at:start]))
        out.append(opening + _html.escape(text[start:end]) + closing)
        at = end
    out.append(_html.escape(text[at:]))
    return "".join(out), number


def _said(statement: Statement) -> str:
    parts = []
    if statement.indicator is not None:
        parts.append(statement.indicator.key or statement.indicator.text)
    parts.append(statement.role + (f" {statement.direction}" if statement.direction else ""))
    if statement.period is not None:
        parts.append(period_text(statement.period))
    if statement.subject:
        parts.append("–".join(statement.subject))
    if statement.per:
        parts.append(f"per {statement.per}")
    return "\n" + ", ".join(parts)


class Shown:
    """What ``show`` gives: Jupyter displays it as the marked text."""

    def __init__(self, markup: str) -> None:
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return f"<figextract view, {len(self.markup)} characters of HTML>"


def show(text: str, facts: Sequence[Fact] | None = None, *, statements: bool = False,
         lang: str | None = None, ref_date: dt.date | str | None = None) -> Shown:
    """The HTML view of ``text`` for Jupyter (``_repr_html_``)."""
    return Shown(html(text, facts, statements=statements, fragment=True, lang=lang,
                      ref_date=ref_date))
