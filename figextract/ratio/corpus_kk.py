"""Ratios in Kazakh: input → the ratio it gives (``unit`` "times"). Run by
tests/test_examples.py."""

from figextract.examples import Expect, about, above, below, between, exact, vague

# (the fact every input gives, [inputs]); [brackets] mark the fact's text when it is
# part of the input.
EXAMPLES: list[tuple[Expect, list[str]]] = [
    (exact("1.5", "times"), ["1,5 есе", "бір жарым есе", "1,5 есеге", "тауар айналымы [1,5 есе]"]),
    (exact("2", "times"), ["екі есеге", "2 есе", "екі есе", "2 есеге", "баға [екі есе] өсті"]),
    (exact("3", "times"), ["үш есе", "3 есеге", "3 есе"]),
    (exact("2.5", "times"), ["екі жарым есе", "2,5 есеге"]),
    (exact("10", "times"), ["он есе", "10 есеге"]),
    (exact("1.3", "times"), ["1,3 есеге", "1,3 есе"]),
    (exact("5", "times"), ["бес есеге", "5 есе"]),
    (exact("100", "times"), ["жүз есе"]),
    (above("3", "times"), ["3 еседен астам", "үш еседен астам"]),
    (above("10", "times"), ["10 еседен астам", "он еседен артық"]),
    (about("2", "times"), ["шамамен 2 есе", "шамамен екі есе"]),
    (about("3", "times"), ["3 есеге жуық"]),
    (below("4", "times"), ["4 есеге дейін"]),
    (between("2", "3", "times"), ["2-3 есе", "екі-үш есе"]),
    (vague("1", "times", "10"), ["бірнеше есе"]),
    (vague("10", "times", "100"), ["ондаған есе"]),
]

# Inputs that must give no ratio fact.
NEGATIVES: list[str] = [
    "есеп берді", "2 есеп", "есептік көрсеткіш", "бес есім", "ол есейді", "20 пайыз",
    "2024 жылы",
]
