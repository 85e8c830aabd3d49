"""Counted nouns per language: ru.py, kk.py."""
