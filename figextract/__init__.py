"""figextract: figures from Kazakh and Russian economic news, as typed facts with exact spans.

    >>> import figextract
    >>> [f.value.low for f in figextract.extract("достиг 20 млрд долларов")]
    [Decimal('20000000000')]
"""

from figextract.extractor import Extractor, extract, extract_many, statements
from figextract.facts import (
    KINDS,
    Count,
    Fact,
    Money,
    Percentage,
    Period,
    Ratio,
    Span,
    Value,
)
from figextract.frames import frame, to_frame
from figextract.statements.model import Indicator, Statement
from figextract.timeline import Point, When
from figextract.view import html, show

__all__ = ["KINDS", "Count", "Extractor", "Fact", "Indicator", "Money", "Percentage", "Period",
           "Point", "Ratio", "Span", "Statement", "Value", "When", "extract", "extract_many",
           "frame", "html", "show", "statements", "to_frame"]


def __getattr__(name: str) -> str:
    """``__version__``, looked up in the installed package's metadata (written once, in
    pyproject.toml) the first time it is asked for: importing ``importlib.metadata`` and
    reading it took a tenth of the package's import."""
    if name != "__version__":
        raise AttributeError(f"module 'figextract' has no attribute {name!r}")
    from importlib import metadata
    try:
        version = metadata.version("figextract")
    except metadata.PackageNotFoundError:  # a source tree not installed
        version = "0+unknown"
    globals()["__version__"] = version
    return version
