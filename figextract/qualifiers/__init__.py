"""Words that turn a number into a bound, a range or an estimate, per language."""
