"""Period words per language: ru.py, kk.py (months come from CLDR via babel)."""
