"""Statements in Russian: sentence → what each figure says. Run by tests/test_statements.py.

Each expected statement: (figure text, indicator key, role, direction, period (first day, last
day) or None, subject, per). Read with ``examples.REF_DATE`` (2025-09-30)."""

from __future__ import annotations

Expected = tuple[str, str | None, str, str | None, tuple[str | None, str | None] | None,
                 tuple[str, ...], str | None]

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
        ("около 60 процентов", "share", "level", None, None,
         ("CN", "KG", "KZ", "TJ", "TM", "UZ"), None),
    ]),
    ("Розничная торговля в январе-июне 2025 года выросла на 7,5%.", [
        ("7,5%", "retail_trade", "change", "up", ("2025-01-01", "2025-06-30"), (), None),
    ]),
    ("Прибыль банков за 2024 год составила 2,5 трлн тенге.", [
        ("2,5 трлн тенге", "profit", "level", None, ("2024-01-01", "2024-12-31"), (), None),
    ]),
    ("Государственный долг Казахстана достиг 28 трлн тенге.", [
        ("28 трлн тенге", "external_debt", "level", None, None, ("KZ",), None),
    ]),
    ("Золотовалютные резервы снизились на 1,2 млрд долларов.", [
        ("1,2 млрд долларов", "reserves", "change", "down", None, (), None),
    ]),
    ("Ипотечные кредиты выросли на 15% в 2024 году.", [
        ("15%", "mortgage", "change", "up", ("2024-01-01", "2024-12-31"), (), None),
    ]),
    ("Пенсии проиндексируют на 8,5% с 1 января 2026 года.", [
        ("8,5%", "pension", "change", "up", ("2026-01-01", None), (), None),
    ]),
    ("Минимальная зарплата составит 85 000 тенге.", [
        ("85 000 тенге", "min_wage", "level", None, None, (), None),
    ]),
    ("Численность населения Казахстана превысила 20 млн человек.", [
        ("20 млн человек", "population", "level", None, None, ("KZ",), None),
    ]),
    ("Налоговые поступления составили 15 трлн тенге.", [
        ("15 трлн тенге", "tax_revenue", "level", None, None, (), None),
    ]),
    ("Депозиты населения выросли на 12%.", [
        ("12%", "deposits", "change", "up", None, (), None),
    ]),
    ("Выручка компании выросла на 20% до 5 млрд рублей.", [
        ("20%", "revenue", "change", "up", None, (), None),
        ("5 млрд рублей", "revenue", "level", "up", None, (), None),
    ]),
    ("Доля экспорта в ВВП составила 30%.", [
        ("30%", "share", "level", None, None, (), None),
    ]),
    ("Курс доллара вырос до 540 тенге.", [
        ("540 тенге", "exchange_rate", "level", "up", None, (), None),
    ]),
    ("Нацбанк повысил базовую ставку до 18%.", [
        ("18%", "base_rate", "level", "up", None, (), None),
    ]),
    ("Инфляция в Узбекистане замедлилась до 8,5%.", [
        ("8,5%", "inflation", "level", "down", None, ("UZ",), None),
    ]),
    ("В 2023 году ВВП вырос на 5,1%, годом ранее — на 3,2%.", [
        ("5,1%", "gdp", "change", "up", ("2023-01-01", "2023-12-31"), (), None),
    ]),
    # a period a text names at its head, in a sentence with no figure, holds for later ones
    ("Реальные доходы уменьшаются, свидетельствуют данные за III квартал 2025 года.\n\n"
     "Численность наемных работников составила 3,7 млн человек.", [
         ("3,7 млн человек", "employment", "level", None, ("2025-07-01", "2025-09-30"), (),
          None),
     ]),
    ("В 2024 году экспорт вырос на 5%.\n\nИмпорт составил 3 млрд долларов.", [
        ("3 млрд долларов", "imports", "level", None, None, (), None),
    ]),
    ("Экспорт казахстанской пшеницы в Италию вырос в 2 раза.", [
        ("в 2 раза", "exports", "change", "up", None, ("IT", "KZ"), None),
    ]),
    ("Поступления в Национальный фонд в 2024 году составили 5 трлн тенге.", [
        ("5 трлн тенге", "national_fund", "level", None, ("2024-01-01", "2024-12-31"), (),
         None),
    ]),
    ("Цены на бензин выросли на 10% с начала года.", [
        ("10%", "prices", "change", "up", ("2025-01-01", "2025-09-30"), (), None),
    ]),
    ("Средняя пенсия составляет 120 тыс. тенге в месяц.", [
        ("120 тыс. тенге", "pension", "level", None, None, (), "month"),
    ]),
    ("Внешний долг сократился до 160 млрд долларов.", [
        ("160 млрд долларов", "external_debt", "level", "down", None, (), None),
    ]),
    ("Уровень безработицы в Кыргызстане составил 5%.", [
        ("5%", "unemployment", "level", None, None, ("KG",), None),
    ]),
    ("Компания получила чистую прибыль в размере 300 млн долларов.", [
        ("300 млн долларов", "profit", "level", None, None, (), None),
    ]),
    ("Зарплата достигла 429,3 тыс. тенге, что на 10% больше, чем годом ранее.", [
        ("10%", "salary", "change", "up", ("2024-01-01", "2024-12-31"), (), None),
    ]),
    ("Компания ежегодно инвестирует 2 млрд рублей.", [
        ("2 млрд рублей", "investment", "level", None, None, (), "year"),
    ]),
    # a period right after a figure is its own, not the figure's before it
    ("Годовой рост цен замедлился до 12,2% против 12,3% в декабре 2024 года.", [
        ("12,2%", "prices", "level", "down", None, (), None),
        ("12,3%", "prices", "previous", "down", ("2024-12-01", "2024-12-31"), (), None),
    ]),
    # a period in brackets is for the figures in them
    ("Минимальная пенсия: 69 049 тенге (в 2025 году — 62 771 тенге).", [
        ("69 049 тенге", "pension", "level", None, None, (), None),
        ("62 771 тенге", "pension", "level", None, ("2025-01-01", "2025-12-31"), (), None),
    ]),
    # a heading's period is for the figures under it
    ("Основные социальные параметры на 2026 год\n\nМинимальная пенсия: 69 049 тенге.", [
        ("69 049 тенге", "pension", "level", None, ("2026-01-01", "2026-12-31"), (), None),
    ]),
    ("Минимальная пенсия: 69 049 тенге.\n\nПараметры на 2026 год\n\nМРП: 4 325 тенге.", [
        ("69 049 тенге", "pension", "level", None, None, (), None),  # above the heading
        ("4 325 тенге", "benefit", "level", None, ("2026-01-01", "2026-12-31"), (), None),
    ]),
    # a list's pairs of country and figure; the measure goes on from pair to pair
    ("Лидером по объёмам сотрудничества стал Казахстан - 30,1 млрд долларов. На втором месте "
     "Узбекистан - 18 миллиардов (27 процентов).", [
         ("30,1 млрд долларов", "cooperation", "level", None, None, ("KZ",), None),
         ("18 миллиардов", "cooperation", "level", None, None, ("UZ",), None),
         ("27 процентов", None, "level", None, None, ("UZ",), None),  # no share before
     ]),
    # a count's own noun is no indicator, of its own or of another figure
    ("Реализация этих проектов предполагает создание около 24 тысяч новых рабочих мест и "
     "дополнит бюджет региона на 100 млрд тенге.", [
         ("около 24 тысяч новых рабочих мест", None, "level", None, None, (), None),
         ("100 млрд тенге", "budget", "level", None, None, (), None),
     ]),
    # the whole world is no country, and no country goes on past it
    ("Инфляция в Казахстане составила 12,3%. Среднемировая инфляция — 4,2%. Экономисты "
     "считают нормой 2–3%.", [
         ("12,3%", "inflation", "level", None, None, ("KZ",), None),
         ("4,2%", "inflation", "level", None, None, (), None),
         ("2–3%", None, "level", None, None, (), None),
     ]),
    # a period at the text's head holds for the figures after it, not a piece of history
    ("Данные за III квартал 2025 года.\n\nЗарплата достигла 429,3 тыс. тенге.", [
        ("429,3 тыс. тенге", "salary", "level", None, ("2025-07-01", "2025-09-30"), (), None),
    ]),
    ("Отношения установлены в 1992 году.\n\nЗарплата достигла 429,3 тыс. тенге.", [
        ("429,3 тыс. тенге", "salary", "level", None, None, (), None),
    ]),
    ("Экспорт вырос на 5%, достигнув 10 млрд долларов.", [
        ("10 млрд долларов", "exports", "level", "up", None, (), None),
    ]),
    ("Экспорт вырос на 5%, в регионе работают 250 компаний.", [
        ("250 компаний", None, "level", None, None, (), None),
    ]),
    # a country's adjective by its stem at a word's start only: "общероссийский" names none
    ("Российский экспорт вырос на 5%.", [
        ("5%", "exports", "change", "up", None, ("RU",), None),
    ]),
    ("Общероссийский импорт вырос на 3%.", [
        ("3%", "imports", "change", "up", None, (), None),
    ]),
]
