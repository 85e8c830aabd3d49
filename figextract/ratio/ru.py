"""Russian ratio words: "в 1,5 раза", "в два раза больше", "вдвое", "в несколько раз"."""

from __future__ import annotations

from figextract.vocab import Role

# The unit after a number: "в 1,5 раза", "в 10 раз". Read only after "в", alone or after a
# qualifier ("более чем в 2 раза"): "два раза в год" counts times, it compares nothing.
HEADS = ("раз", "раза")
BEFORE: dict[str, Role] = {"в": "times", "во": "times"}
# Words that are a whole ratio: "вдвое", "втрое" …
WORDS: dict[str, int] = {
    "вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5, "вшестеро": 6, "всемеро": 7,
    "вдесятеро": 10,
}
