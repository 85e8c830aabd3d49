"""Words of change ("вырос", "снизилась", "рост", "өсті", "төмендеді") and their direction:
after one, "до X" is the value reached, not a bound (and statements read them too)."""
