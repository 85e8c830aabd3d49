"""Month and weekday names from CLDR (babel), for each language the lexicon reads."""

from __future__ import annotations

from babel import Locale


def month_names(locale: str) -> dict[int, tuple[set[str], set[str]]]:
    """Month number -> its lower-case wide names and its abbreviations (without dots) in
    CLDR."""
    months = Locale.parse(locale).months
    out: dict[int, tuple[set[str], set[str]]] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in months[context][width].items():
                wide, short = out.setdefault(number, (set(), set()))
                name = name.lower().rstrip(".")
                if width == "wide":
                    wide.add(name)
                elif name not in wide:
                    short.add(name)
    return out


def weekday_names(locale: str) -> dict[int, set[str]]:
    """Weekday (0 Monday … 6 Sunday) -> its wide lower-case names."""
    days = Locale.parse(locale).days
    out: dict[int, set[str]] = {}
    for context in ("format", "stand-alone"):
        for number, name in days[context]["wide"].items():
            out.setdefault(number, set()).add(name.lower())
    return out
