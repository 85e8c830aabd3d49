"""The HTML view: escaped text, one mark per fact, indicators linked to their figures; each
seed's page rendered in headless Chromium, its DOM checked and a screenshot saved.

CI installs Chromium when it is missing (``.ci/run``) and sets FIGEXTRACT_REQUIRE_EXTRAS=1, so
there the browser tests run rather than being skipped."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

import figextract

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--hide-scrollbars"]


class _Marks(HTMLParser):
    """The marks and indicator links of a page, in document order, with their text."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str]] = []  # attributes and "text"
        self.links: list[dict[str, str]] = []
        self.ids: set[str] = set()
        self.scripts = 0
        self._open: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if "id" in found:
            self.ids.add(found["id"])
        if tag == "script":
            self.scripts += 1
        if (tag == "mark" and "data-start" in found) or (
                tag == "a" and "fx-indicator" in found.get("class", "")):
            found["text"] = ""
            (self.marks if tag == "mark" else self.links).append(found)
            self._open.append(found)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("mark", "a") and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1]["text"] += data


def _parse(page: str) -> _Marks:
    parser = _Marks()
    parser.feed(page)
    return parser


def _chromium() -> str:
    found = next((shutil.which(name) for name in ("chromium", "chromium-browser",
                                                  "google-chrome") if shutil.which(name)), None)
    if found is None:
        if os.environ.get("FIGEXTRACT_REQUIRE_EXTRAS"):
            pytest.fail("Chromium is required here (FIGEXTRACT_REQUIRE_EXTRAS=1)")
        pytest.skip("no Chromium")
    return found


def _browser(page: Path, profile: Path, *args: str) -> str:
    result = subprocess.run([_chromium(), *_FLAGS, f"--user-data-dir={profile}", *args,
                             page.as_uri()], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_each_seed_renders_with_every_fact_marked_in_order(seed: Path, tmp_path: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    facts = figextract.extract(text)
    found = figextract.statements(text)
    page = tmp_path / "page.html"
    page.write_text(figextract.html(text, statements=True, title=seed.name), encoding="utf-8")
    dom = _parse(_browser(page, tmp_path / "profile", "--dump-dom"))  # as Chromium built it
    assert [m["text"] for m in dom.marks] == [f.text for f in facts]
    starts = [int(m["data-start"]) for m in dom.marks]
    assert starts == sorted(starts)  # document order
    for mark, fact in zip(dom.marks, facts, strict=True):
        assert mark["data-kind"] == fact.kind
        assert text[int(mark["data-start"]):int(mark["data-end"])] == mark["text"]
    indicators = {s.indicator.text for s in found if s.indicator is not None}
    assert {link["text"] for link in dom.links} <= indicators
    assert all(link["href"][1:] in dom.ids for link in dom.links)  # each links to its figure
    shot = tmp_path / f"{seed.stem}.png"
    _browser(page, tmp_path / "profile", "--window-size=1100,1600", f"--screenshot={shot}")
    assert shot.stat().st_size > 20_000  # a page drawn, not a blank one


def test_a_script_in_the_text_shows_as_text(tmp_path: Path) -> None:
    text = "<script>document.title = 'pwned'</script> рост на 5% <b>жирный</b>"
    page = tmp_path / "page.html"
    page.write_text(figextract.html(text, title="safe"), encoding="utf-8")
    dumped = _browser(page, tmp_path / "profile", "--dump-dom")
    dom = _parse(dumped)
    assert dom.scripts == 0 and "<title>safe</title>" in dumped
    assert "&lt;script&gt;document.title" in dumped and "<b>" not in dumped
    assert [m["text"] for m in dom.marks] == ["5%"]


def test_statements_link_indicators_and_fragments() -> None:
    text = "В 2024 году товарооборот Казахстана с Италией вырос на 12%."
    dom = _parse(figextract.html(text, statements=True, fragment=True))
    assert [link["text"] for link in dom.links] == ["товарооборот"]
    figure = next(m for m in dom.marks if m["text"] == "12%")
    assert dom.links[0]["href"] == f"#{figure['id']}"
    assert "trade_turnover" in figure["title"] and "change up" in figure["title"]
    assert "IT–KZ" in figure["title"]
    plain = _parse(figextract.html(text))
    assert plain.links == [] and [m["text"] for m in plain.marks] == ["2024 году", "12%"]
    shown = figextract.show(text)
    assert shown._repr_html_().startswith("<style>") and "<html" not in shown._repr_html_()


def test_given_facts_and_bad_input() -> None:
    text = "рост на 5% и 20 млн тенге"
    money = [f for f in figextract.extract(text) if f.kind == "money"]
    dom = _parse(figextract.html(text, money))
    assert [m["text"] for m in dom.marks] == ["20 млн тенге"]
    with pytest.raises(TypeError, match="str"):
        figextract.html(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="facts"):
        figextract.html(text, ["5%"])  # type: ignore[list-item]


def test_cli_writes_one_page_for_all_files() -> None:
    result = subprocess.run([sys.executable, "-m", "figextract", "--format", "html",
                             str(SEEDS[0]), str(SEEDS[1])], capture_output=True, text=True,
                            check=True)
    assert result.stdout.count("<html") == 1 and result.stdout.count("<h2>") == 2
    dom = _parse(result.stdout)
    expected = [f.text for seed in SEEDS[:2]
                for f in figextract.extract(seed.read_text(encoding="utf-8"))]
    assert [m["text"] for m in dom.marks] == expected
    assert len({m["id"] for m in dom.marks}) == len(dom.marks)  # ids unique in the page
