"""Coverage-guided fuzzing of ``figextract.extract`` with atheris (libFuzzer), for long runs.

    pip install -e '.[test,fuzz]'
    python benchmarks/fuzz_atheris.py -max_total_time=3600 [CORPUS_DIR ...] [libFuzzer flags]

Each input is decoded as text (any Unicode, surrogates aside) and read in each language mode;
the run stops at the first exception, or at facts that break the invariants of
``tests/test_fuzz.py`` (spans that do not slice to ``.text``, facts out of order, two facts of
one kind overlapping, a different answer the second time). The alphabet of figures from that
suite is given to libFuzzer as its dictionary, so mutations splice in "млрд", "%-ға", "астам"
and the like; ``seeds/`` makes a good starting corpus (copy it, libFuzzer adds to it).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

with atheris.instrument_imports():
    import figextract

from test_fuzz import GLUE, PIECES, check_facts  # noqa: E402

EXTRACTOR = figextract.Extractor()
LANGS = (None, "ru", "kk")


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    lang = LANGS[provider.ConsumeIntInRange(0, len(LANGS) - 1)]
    text = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
    facts = EXTRACTOR.extract(text, lang=lang, ref_date="2025-09-30")
    check_facts(text, facts)
    assert EXTRACTOR.extract(text, lang=lang, ref_date="2025-09-30") == facts


def _dictionary() -> str:
    """The figure alphabet as a libFuzzer dictionary file (UTF-8 bytes, escaped)."""
    lines = []
    for piece in sorted((set(PIECES) | set(GLUE)) - {""}):
        escaped = "".join(f"\\x{b:02x}" for b in piece.encode("utf-8"))
        lines.append(f'"{escaped}"')
    handle = tempfile.NamedTemporaryFile("w", suffix=".dict", delete=False)
    with handle:
        handle.write("\n".join(lines) + "\n")
    return handle.name


def main() -> None:
    argv = list(sys.argv)
    if not any(arg.startswith("-dict=") for arg in argv):
        argv.append(f"-dict={_dictionary()}")
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
