"""Statements: what each figure measures, for which period, in which direction, about whom."""
