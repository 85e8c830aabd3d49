"""Statements in Russian: sentence → what each figure says. Run by tests/test_statements.py.

Each expected statement: (figure text, indicator key, role, direction, period (first day, last
day) or None, subject, per). Read with ``examples.REF_DATE`` (2025-09-30)."""

from __future__ import annotations

Expected = tuple[str, str | None, str, str | None, tuple[str, str] | None, tuple[str, ...],
                 str | None]

EXAMPLES: list[tuple[str, list[Expected]]] = [
    ("В январе–сентябре 2025 года товарооборот Казахстана с Италией вырос на 12% и достиг "
     "15,2 млрд долларов", [
         ("12%", "trade_turnover", "change", "up", ("2025-01-01", "2025-09-30"), ("IT", "KZ"),
          None),
         ("15,2 млрд долларов", "trade_turnover", "level", "up",
          ("2025-01-01", "2025-09-30"), ("IT", "KZ"), None),
     ]),
    ("Годовая инфляция замедлилась до 11,3% с 12,2%.", [
        ("11,3%", "inflation", "level", "down", None, (), None),
        ("12,2%", "inflation", "previous", "down", None, (), None),
    ]),
    ("Курс вырос с 450 до 520 тенге за доллар.", [
        ("450", "exchange_rate", "previous", "up", None, (), "USD"),
        ("520 тенге", "exchange_rate", "level", "up", None, (), "USD"),
    ]),
    ("Нацбанк сохранил базовую ставку на уровне 16,5%.", [
        ("16,5%", "base_rate", "level", None, None, (), None),
    ]),
    ("В 2024 году ВВП Казахстана вырос на 4,8%.", [
        ("4,8%", "gdp", "change", "up", ("2024-01-01", "2024-12-31"), ("KZ",), None),
    ]),
    ("Экспорт в Китай составил 15 млрд долларов.", [
        ("15 млрд долларов", "exports", "level", None, None, ("CN",), None),
    ]),
    ("Импорт сократился на 3,2% по сравнению с 2023 годом.", [
        ("3,2%", "imports", "change", "down", None, (), None),
    ]),
    ("Средняя зарплата в августе составила 420 тыс. тенге в месяц.", [
        ("420 тыс. тенге", "salary", "level", None, ("2025-08-01", "2025-08-31"), (), "month"),
    ]),
    ("Уровень безработицы снизился до 4,7%.", [
        ("4,7%", "unemployment", "level", "down", None, (), None),
    ]),
    ("Доходы бюджета выросли в 1,5 раза.", [
        ("в 1,5 раза", "budget_revenue", "change", "up", None, (), None),
    ]),
    ("Активы Национального фонда достигли 60 млрд долларов.", [
        ("60 млрд долларов", "national_fund", "level", None, None, (), None),
    ]),
    ("Объем инвестиций в основной капитал возрастет до 82 млн. рублей.", [
        ("82 млн. рублей", "investment", "level", "up", None, (), None),
    ]),
    ("ВВП на душу населения превысил 14 тысяч долларов.", [
        ("14 тысяч долларов", "gdp", "level", None, None, (), "capita"),
    ]),
    ("Добыча нефти в 2024 году составила 87,7 млн тонн, а экспорт вырос на 2%.", [
        ("2%", "exports", "change", "up", ("2024-01-01", "2024-12-31"), (), None),
    ]),
    ("Казахстанско-узбекистанский товарооборот достиг 4 млрд долларов.", [
        ("4 млрд долларов", "trade_turnover", "level", None, None, ("KZ", "UZ"), None),
    ]),
    ("Доля Китая во внешнеторговом обороте Центральной Азии составила около 60 процентов.", [
        ("около 60 процентов", "trade_turnover", "level", None, None,
         ("CN", "KG", "KZ", "TJ", "TM", "UZ"), None),
    ]),
]
