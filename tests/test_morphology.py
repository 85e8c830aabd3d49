"""The forms the morphology makes: the words of change and the Kazakh suffixes they take."""

from __future__ import annotations

import pytest

from figextract.morphology import kk, ru
from figextract.tables import lexicon

RU_VERBS = [
    ("увеличить", ["увеличился", "увеличилась", "увеличатся", "увеличившийся", "увеличена",
                   "увеличенного", "увеличив"]),
    ("снизить", ["снизил", "снизятся", "снижен", "сниженный", "снизившись"]),
    ("сократить", ["сократилось", "сокращены", "сокращенных"]),
    ("повысить", ["повысит", "повышенные"]),
    ("укрепить", ["укрепился", "укреплен"]),
    ("снижать", ["снижается", "снижаются", "снижался", "снижающийся", "снижая"]),
    ("проиндексировать", ["проиндексирует", "проиндексированы"]),
    ("вырасти", ["вырос", "выросла", "вырастут", "выросший"]),
    ("упасть", ["упал", "упадет", "упавшим"]),
    ("ослабнуть", ["ослаб", "ослабла", "ослабнет"]),
    ("подешеветь", ["подешевел", "подешевеют"]),
]

KK_VERBS = [
    ("өс", ["өсті", "өскен", "өседі", "өсер", "өсіп", "өсіпті", "өсу", "өсуі", "өсуде",
            "өсуіне", "өскені", "өсетін", "өспек"]),
    ("арт", ["артты", "артқан", "артады", "артып", "арту", "артуы", "артуда", "артқанын"]),
    ("ұлғай", ["ұлғайды", "ұлғаяды", "ұлғайып", "ұлғаю", "ұлғаюы", "ұлғаюға", "ұлғаяр"]),
    ("көбей", ["көбейді", "көбейеді", "көбею", "көбеюі"]),
    ("төменде", ["төмендеді", "төмендейді", "төмендеп", "төмендеу", "төмендеуі"]),
    ("кемі", ["кеміді", "кемиді", "кему", "кеміп"]),
    ("арттырыл", ["арттырылды", "арттырылады", "арттырылған"]),
]


@pytest.mark.parametrize(("infinitive", "expected"), RU_VERBS)
def test_russian_verb_forms(infinitive: str, expected: list[str]) -> None:
    assert set(expected) <= set(ru.verb(infinitive))


@pytest.mark.parametrize(("stem", "expected"), KK_VERBS)
def test_kazakh_verb_forms(stem: str, expected: list[str]) -> None:
    assert set(expected) <= set(kk.verb(stem))


def test_russian_nouns_of_change() -> None:
    assert {"снижения", "снижением", "снижении"} <= set(ru.noun("снижение"))
    assert {"индексации", "индексацию"} <= set(ru.noun("индексация"))
    assert set(ru.noun("рост")) == {"рост", "роста", "росту", "ростом", "росте"}


def test_an_unknown_verb_class_is_refused() -> None:
    with pytest.raises(ValueError, match="infinitive"):
        ru.verb("рост")


def test_a_final_u_is_a_glide() -> None:
    """у after a vowel takes a consonant's suffixes and the harmony before it: елу → елуге,
    елуді; арту → артуға."""
    assert kk.attach("елу", "dat") == "елуге"
    assert kk.attach("елу", "acc") == "елуді"
    assert kk.attach("арту", "dat") == "артуға"
    assert kk.attach("су", "acc") == "суды"


def test_words_of_change_and_words_that_only_look_like_them() -> None:
    words = lexicon(("ru", "kk")).change_words
    assert words["выросла"] == "up" and words["снизилась"] == "down"
    assert words["өсті"] == "up" and words["төмендеді"] == "down"
    for other in ("ростов", "возрасте", "артур", "артқа", "өсімдік", "түсім"):
        assert other not in words


def test_a_regular_verb_is_not_taken_for_an_irregular_root() -> None:
    """"исполнять" ends like "поднять" but is conjugated by rule."""
    assert {"исполняется", "исполнялось"} <= set(ru.verb("исполняться"))
    assert "исполнимет" not in ru.verb("исполняться")
    assert {"поднял", "поднимется"} <= set(ru.verb("подняться"))


@pytest.mark.parametrize(("word", "form"), [
    ("ақпан", "ақпанмен"), ("маусым", "маусыммен"), ("қаңтар", "қаңтармен"), ("жыл", "жылмен"),
    ("тамыз", "тамызбен"), ("шілде", "шілдемен"), ("ай", "аймен"), ("желтоқсан", "желтоқсанмен"),
    ("кезең", "кезеңмен"), ("бюджет", "бюджетпен"),
])
def test_the_instrumental_after_every_final_sound(word: str, form: str) -> None:
    """-мен after vowels, sonorants and м н ң; -бен after ж з; -пен after voiceless."""
    assert kk.attach(word, "ins") == form
