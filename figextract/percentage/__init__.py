"""Percent words per language."""
