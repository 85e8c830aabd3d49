"""Money: currency words per language and CLDR-derived currency data."""
