"""Ratios in Russian: input → the ratio it gives (``unit`` "times"). Run by
tests/test_examples.py."""

from figextract.examples import Expect, about, above, below, between, exact, vague

# (the fact every input gives, [inputs]); [brackets] mark the fact's text when it is
# part of the input.
EXAMPLES: list[tuple[Expect, list[str]]] = [
    (exact("1.5", "times"), [
        "в 1,5 раза", "в полтора раза", "в 1.5 раза", "товарооборот вырос [в 1,5 раза]",
    ]),
    (exact("2", "times"), [
        "в два раза", "в 2 раза", "вдвое", "[вдвое] больше", "во 2 раза",
        "цены выросли [в два раза] за год",
    ]),
    (exact("3", "times"), ["в три раза", "втрое", "[втрое] меньше", "в 3 раза"]),
    (exact("2.8", "times"), ["[в 2,8 раза] больше", "в 2,8 раза"]),
    (exact("10", "times"), ["в 10 раз", "в десять раз", "вдесятеро"]),
    (exact("4", "times"), ["вчетверо", "в четыре раза"]),
    (exact("5", "times"), ["впятеро", "в пять раз"]),
    (exact("100", "times"), ["в 100 раз", "в сто раз"]),
    (exact("1.2", "times"), ["экспорт сократился [в 1,2 раза]"]),
    (above("2", "times"), ["более чем в 2 раза", "более чем в два раза"]),
    (about("3", "times"), ["почти в 3 раза", "почти в три раза"]),
    (about("2", "times"), ["примерно в 2 раза", "приблизительно в два раза"]),
    (below("5", "times"), ["не более чем в 5 раз"]),
    (between("2", "3", "times"), ["в 2–3 раза", "в два-три раза"]),
    (between("1.5", "2", "times"), ["в 1,5-2 раза"]),
    (vague("1", "times", "10"), ["в несколько раз"]),
    (vague("10", "times", "100"), ["в десятки раз"]),
]

# Inputs that must give no ratio fact.
NEGATIVES: list[str] = [
    "два раза в год", "в первый раз", "ещё раз", "не раз", "раз в неделю", "в 5 млн рублей",
    "в 2024 году", "20%",
]
