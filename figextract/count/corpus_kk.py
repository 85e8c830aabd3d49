"""Counts in Kazakh: input → the fact it gives (``unit`` is the entity). Run by
tests/test_examples.py."""

from figextract.examples import Expect, about, above, below, between, exact, vague

# (the fact every input gives, [inputs]); [brackets] mark the fact's text when it is
# part of the input.
EXAMPLES: list[tuple[Expect, list[str]]] = [
    (exact("6600000", "person"), ["6,6 млн. адамды"]),
    (exact("6368", "person"), ["6 368 адам"]),
    (exact("238500", "person"), ["238,5 мың адамға"]),
    (exact("261410", "company"), ["261410 бірлік шағын кәсіпорын"]),
    (exact("250", "company"), ["250 италиялық компания", "250 компания"]),
    (above("100", "agreement"), ["100-ден астам келісім"]),
    (exact("2", "country"), ["екі ел", "екі елдің"]),
    (exact("3", "project"), ["үш жоба"]),
    (exact("15", "project"), ["15 инвестициялық жоба"]),
    (exact("5000", "job"), ["5 мың жұмыс орны"]),
    (exact("1500", "job"), ["1500 жаңа жұмыс орнын"]),
    (about("300", "company"), ["шамамен 300 кәсіпорын"]),
    (above("40", "investor"), ["40-тан астам шетелдік инвестор"]),
    (exact("20", "company"), ["жиырма шетелдік компания"]),
    (exact("10", "country"), ["он мемлекет"]),
    (exact("60", "country"), ["60 елге"]),
    (exact("200", "company"), ["200 ұйым"]),
    # what it counts named before a bare number: "<noun> саны"
    (exact("29", "project"), ["жобалар саны [29-дан] 97-ге дейін өскен"]),
    (exact("97", "project"), ["жобалар саны 29-дан [97-ге дейін] өскен"]),
    (exact("30", "person"), ["жұмыс жасап жатқан адам саны — [30] ."]),
    (exact("23", "company"), ["елдегі [23 банктің] арасында", "23 банкке", "23 банк"]),
    (exact("2000", "student"), ["екі мың студент"]),
    (exact("12", "company"), ["12 серіктестік"]),
    (exact("45", "agreement"), ["45 шарт"]),
    (exact("7", "agreement"), ["7 меморандум"]),
    (vague("1", "project", "10"), ["бірнеше жоба"]),
    (vague("10", "company", "100"), ["ондаған компания"]),
    (between("3", "5", "project"), ["3-5 жоба"]),
    (exact("500", "company"), ["500 шағын және орта кәсіпорын"]),
    (exact("100", "company"), ["100 кәсіпкерлік субъектісі"]),
    (above("1000", "student"), ["1000-нан астам студент"]),
    (about("30", "company"), ["30-ға жуық компания"]),
    (below("50", "company"), ["50-ден кем фирма"]),
    (exact("320", "company"), ["үш жүз жиырма кәсіпорын"]),
    (exact("80", "company"), ["80 ЖШС"]),
    (exact("4", "project"), ["төрт ірі жоба"]),
]

# Inputs that must give no count fact.
NEGATIVES: list[str] = [
    "ел бірлігі", "бірлік",
    "№ 5 мектеп", "ЖЭО-2", "60 жастағы", "2 балалы", "екі жақты", "бірінші кезекте", "тоқсан жасқа",
    "12000 банкі бұқтырылған ет", "жобалар саны 5 өңірде", "адам саны. 30",
]
