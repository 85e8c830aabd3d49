"""Percentages in Kazakh: input → the fact it gives. Run by tests/test_examples.py."""

from figextract.examples import Expect, about, above, below, between, exact

# (the fact every input gives, [inputs]); [brackets] mark the fact's text when it is
# part of the input.
EXAMPLES: list[tuple[Expect, list[str]]] = [
    (above("5", "percent"), ["5 %-дан астам"]),
    (above("30", "percent"), ["[кемінде:\n30 пайыз]"]),
    (exact("3.5", "percentage_point"), ["3,5 п.т."]),
    (exact("22", "percent"), ["22 пайызға", "22 %-ы"]),
    (exact("40", "percent"), ["40 пайызға", "40 проценті"]),
    (exact("50", "percent"), ["елу пайыз"]),
    (exact("70", "percent"), ["жетпіс пайызы"]),
    (exact("49", "percent"), ["49 пайызына"]),
    (exact("2", "percent"), ["2 пайызбен"]),
    (exact("100", "percent"), ["жүз пайыздан", "100 %-ға"]),
    (exact("5.6", "percent"), ["5,6 пайызды"]),
    (exact("25", "percent"), ["жиырма бес процент"]),
    (exact("30", "percent"), ["отыз процентке", "30 %-ке", "30%-дан"]),
    (exact("1", "percent"), ["бір процентпен"]),
    (exact("80", "percent"), ["80 %-і"]),
    (exact("15", "percent"), ["15 %-тік"]),
    (exact("14", "percent"), ["14-ақ процент"]),
    (exact("20.7", "percent"), ["жиырма бүтін оннан жеті пайыз"]),
    (exact("5.32", "percent"), ["бес бүтін жүзден отыз екі пайыз"]),
    (exact("0.86", "percent"), ["нөл бүтін жүзден сексен алты процент"]),
    (exact("7.6", "percent"), ["жеті бүтін алты пайыз"]),
    (exact("4.5", "percent"), ["төрт жарым процентке"]),
    (about("9", "percent"), ["9 проценттейі"]),
    (about("20", "percent"), ["шамамен 20 пайыз"]),
    (below("50", "percent"), ["50 %-ға дейін"]),
    (below("30", "percent"), ["30 пайызға шейін"]),
    (above("20", "percent"), ["20 пайыздан астам"]),
    (above("10", "percent"), ["10 пайыздан асады"]),
    (between("10", "15", "percent"), ["он – он бес процентке"]),
    (between("55", "60", "percent"), ["елу бес – алпыс пайызға"]),
    (between("25", "30", "percent"), ["жиырма бес – отыз процентке"]),
    (between("38", "56", "percent"), ["38–56 %"]),
    (exact("2", "percentage_point"), ["2 пайыздық тармаққа"]),
]

# Inputs that must give no percentage fact.
NEGATIVES: list[str] = [
    "№ 5 мектеп", "ЖЭО-2", "60 жастағы", "2 балалы", "бірінші кезекте", "мың алғыс",
]
