"""Counts in Kazakh: input → the fact it gives (``unit`` is the entity). Run by
tests/test_examples.py."""

from figextract.examples import Expect, about, above, below, between, exact, vague

EXAMPLES: list[tuple[str, Expect]] = [
    ("250 италиялық компания", exact("250", "company")),
    ("250 компания", exact("250", "company")),
    ("100-ден астам келісім", above("100", "agreement")),
    ("екі ел", exact("2", "country")),
    ("екі елдің", exact("2", "country")),
    ("үш жоба", exact("3", "project")),
    ("15 инвестициялық жоба", exact("15", "project")),
    ("5 мың жұмыс орны", exact("5000", "job")),
    ("1500 жаңа жұмыс орнын", exact("1500", "job")),
    ("шамамен 300 кәсіпорын", about("300", "company")),
    ("40-тан астам шетелдік инвестор", above("40", "investor")),
    ("жиырма шетелдік компания", exact("20", "company")),
    ("он мемлекет", exact("10", "country")),
    ("60 елге", exact("60", "country")),
    ("200 ұйым", exact("200", "company")),
    ("екі мың студент", exact("2000", "student")),
    ("12 серіктестік", exact("12", "company")),
    ("45 шарт", exact("45", "agreement")),
    ("7 меморандум", exact("7", "agreement")),
    ("бірнеше жоба", vague("1", "project")),
    ("ондаған компания", vague("10", "company")),
    ("3-5 жоба", between("3", "5", "project")),
    ("500 шағын және орта кәсіпорын", exact("500", "company")),
    ("100 кәсіпкерлік субъектісі", exact("100", "company")),
    ("1000-нан астам студент", above("1000", "student")),
    ("30-ға жуық компания", about("30", "company")),
    ("50-ден кем фирма", below("50", "company")),
    ("үш жүз жиырма кәсіпорын", exact("320", "company")),
    ("80 ЖШС", exact("80", "company")),
    ("төрт ірі жоба", exact("4", "project")),
]
