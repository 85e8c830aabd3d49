"""Word morphology by rule, per language."""
