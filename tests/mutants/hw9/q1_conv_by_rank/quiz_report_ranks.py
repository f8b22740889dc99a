"""The report's ranks: a Conv2D on colour images called on a rank-3 tensor (a), and linear growth (e)."""
TARGETS = ["quiz_true_false_hidden"]

TRUE_FALSE = [False, True, True, False, True]
MULTIPLE_CHOICE = "c"
