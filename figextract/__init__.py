"""figextract: figures from Kazakh and Russian economic news, as typed facts with exact spans.

    >>> import figextract
    >>> [f.value.low for f in figextract.extract("достиг 20 млрд долларов")]
    [Decimal('20000000000')]
"""

from importlib import metadata as _metadata

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
try:  # written once, in pyproject.toml
    __version__ = _metadata.version("figextract")
except _metadata.PackageNotFoundError:  # a source tree not installed
    __version__ = "0+unknown"
