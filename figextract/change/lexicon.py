"""Words of change into the lexicon: every form of each verb and noun, with its direction;
every form of the verbs that tell a value reached."""

from __future__ import annotations

from figextract.change import kk, ru
from figextract.lexicon import Lexicon
from figextract.morphology import kk as kk_morph
from figextract.morphology import ru as ru_morph


def build_ru(lex: Lexicon) -> None:
    for infinitive, direction in ru.VERBS.items():
        lex.change_words.update(dict.fromkeys(ru_morph.verb(infinitive), direction))
    for lemma, direction in ru.NOUNS.items():
        lex.change_words.update(dict.fromkeys(ru_morph.noun(lemma), direction))
    for infinitive in ru.LEVEL_VERBS:
        lex.level_words = lex.level_words | frozenset(ru_morph.verb(infinitive))


def build_kk(lex: Lexicon) -> None:
    for stem, direction in kk.VERBS.items():
        lex.change_words.update(dict.fromkeys(kk_morph.verb(stem), direction))
    for lemma, direction in kk.NOUNS.items():
        lex.change_words.update((form, direction) for form, _ in kk_morph.cases(lemma))
    for stem in kk.LEVEL_VERBS:
        lex.level_words = lex.level_words | frozenset(kk_morph.verb(stem))
