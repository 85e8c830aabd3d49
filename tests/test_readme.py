"""The README's examples that show their output are run as doctests, so the README stays
true (the spaCy one where the extra is installed, as in CI)."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest
from conftest import extra

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
BLOCKS = [b for b in re.findall(r"```python\n(.*?)```", README, flags=re.S)
          if ">>>" in b and any(line and not line.startswith((">>>", "...")) for line in
                                b.splitlines())]


def test_the_readme_shows_examples_with_output() -> None:
    assert len(BLOCKS) >= 3


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: b.splitlines()[0][:40])
def test_readme_example(block: str) -> None:
    if "spacy" in block:
        extra("spacy")
    import figextract
    test = doctest.DocTestParser().get_doctest(block, {"figextract": figextract}, "README",
                                               "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0, block
