"""Statements in Kazakh (as in statements.corpus_ru). Run by tests/test_statements.py."""

from __future__ import annotations

from figextract.statements.corpus_ru import Expected

EXAMPLES: list[tuple[str, list[Expected]]] = [
    ("Италияның соңғы жиырма жылда құйған инвестициясы 7,6 миллиард долларға жетті", [
        ("7,6 миллиард долларға", "investment", "level", None, ("2005-10-01", "2025-09-30"),
         ("IT",), None),
    ]),
    ("2025 жылғы қаңтар-қыркүйекте Қазақстан мен Италия арасындағы тауар айналымы 12%-ға "
     "өсті.", [
         ("12%-ға", "trade_turnover", "change", "up", ("2025-01-01", "2025-09-30"),
          ("IT", "KZ"), None),
     ]),
    ("Жылдық инфляция 12,2%-дан 11,3%-ға дейін баяулады.", [
        ("12,2%-дан", "inflation", "previous", "down", None, (), None),
        ("11,3%-ға дейін", "inflation", "level", "down", None, (), None),
    ]),
    ("Базалық мөлшерлеме 16,5% деңгейінде сақталды.", [
        ("16,5%", "base_rate", "level", None, None, (), None),
    ]),
    ("Бағам 510 теңгеге дейін әлсіреді.", [
        ("510 теңгеге дейін", "exchange_rate", "level", "down", None, (), None),
    ]),
    ("Орташа жалақы 2024 жылы 380 мың теңгені құрады.", [
        ("380 мың теңгені", "salary", "level", None, ("2024-01-01", "2024-12-31"), (), None),
    ]),
    ("Экспорт 3 есе өсті.", [
        ("3 есе", "exports", "change", "up", None, (), None),
    ]),
    ("Жұмыссыздық деңгейі 4,7%-ға төмендеді.", [
        ("4,7%-ға", "unemployment", "change", "down", None, (), None),
    ]),
    ("Қытайға экспорт 15 млрд долларды құрады.", [
        ("15 млрд долларды", "exports", "level", None, None, ("CN",), None),
    ]),
    ("Жобалар саны 29-дан 97-ге дейін өскен.", [
        ("29-дан", "projects", "previous", "up", None, (), None),
        ("97-ге дейін", "projects", "level", "up", None, (), None),
    ]),
    ("Зейнетақы айына 150 мың теңгеге жетті.", [
        ("150 мың теңгеге", "pension", "level", None, None, (), "month"),
    ]),
    ("Ипотека көлемі 2,1 трлн теңгеге ұлғайды.", [
        ("2,1 трлн теңгеге", "mortgage", "change", "up", None, (), None),
    ]),
]
