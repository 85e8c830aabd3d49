"""Number words per language and the digit reader."""
