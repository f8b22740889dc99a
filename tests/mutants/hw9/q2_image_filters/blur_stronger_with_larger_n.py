"""The report's claim: a larger denominator gives a stronger blur (statement (c) answered True)."""
HIDDEN_ONLY = "A quiz answer: a visible check that told right from wrong would give the answer away."
TARGETS = ["quiz_true_false_hidden"]
HINT = (
    "Re-check (c): the denominator n only scales the blurred image's brightness; the amount of smoothing, the "
    "window and its relative weights, stays the same."
)

TRUE_FALSE = [True, True, True, False, True]
