"""Ratios: how many times one figure is another ("в 1,5 раза", "вдвое", "2 есе")."""
