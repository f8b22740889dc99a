"""The report's claim: a larger denominator gives a stronger blur (statement (c) answered True)."""
TARGETS = ["quiz_true_false_hidden"]

TRUE_FALSE = [True, True, True, False, True]
