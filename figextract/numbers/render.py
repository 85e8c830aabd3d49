"""Whole numbers written out in words, Russian and Kazakh: the generator the property tests
read back (and a handy tool for building examples)."""

from __future__ import annotations

from collections.abc import Callable

from figextract.numbers import kk, ru

_RU = {value: forms.split()[0] for value, forms in ru.CARDINALS.items()}
_RU_SCALES = {
    10**3: ("тысяча", "тысячи", "тысяч"),
    10**6: ("миллион", "миллиона", "миллионов"),
    10**9: ("миллиард", "миллиарда", "миллиардов"),
    10**12: ("триллион", "триллиона", "триллионов"),
}
_KK = dict(kk.CARDINALS)
_KK_SCALES = {value: word for value, (word, _) in kk.SCALES.items()}


def _ru_group(n: int, feminine: bool) -> list[str]:
    words: list[str] = []
    if n >= 100:
        words.append(_RU[n // 100 * 100])
        n %= 100
    if n >= 20:
        words.append(_RU[n // 10 * 10])
        n %= 10
    if n:
        if feminine and n in (1, 2):
            words.append("одна" if n == 1 else "две")
        else:
            words.append(_RU[n])
    return words


def _ru_plural(n: int, forms: tuple[str, str, str]) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return forms[1]
    return forms[2]


def _spell(n: int, zero: str, scales: dict[int, str] | dict[int, tuple[str, str, str]],
           group: Callable[[int], list[str]], scale_words: Callable[[int, int], list[str]]) -> str:
    if n < 0 or n >= 10**15:
        raise ValueError(f"n must be in [0, 10**15), got {n}")
    if n == 0:
        return zero
    words: list[str] = []
    for scale in sorted(scales, reverse=True):
        count, n = divmod(n, scale)
        if count:
            words += scale_words(count, scale)
    words += group(n)
    return " ".join(words)


def ru_words(n: int) -> str:
    """``ru_words(25300)`` → "двадцать пять тысяч триста" (nominative)."""
    return _spell(n, _RU[0], _RU_SCALES, lambda g: _ru_group(g, feminine=False),
                  lambda count, scale: [*_ru_group(count, feminine=scale == 1000),
                                        _ru_plural(count, _RU_SCALES[scale])])


def _kk_group(n: int) -> list[str]:
    words: list[str] = []
    if n >= 100:
        if n // 100 > 1:
            words.append(_KK[n // 100])
        words.append(kk.HUNDRED)
        n %= 100
    if n >= 10:
        words.append(_KK[n // 10 * 10])
        n %= 10
    if n:
        words.append(_KK[n])
    return words


def kk_words(n: int) -> str:
    """``kk_words(250)`` → "екі жүз елу"; a lone thousand is "мың"."""
    return _spell(n, _KK[0], _KK_SCALES, _kk_group,
                  lambda count, scale: [*([] if count == 1 and scale == 1000
                                          else _kk_group(count)), _KK_SCALES[scale]])
