"""The report's ranks: a Conv2D on colour images called on a rank-3 tensor (a), and linear growth (e)."""
HIDDEN_ONLY = "A quiz answer: a visible check that told right from wrong would give the answer away."
TARGETS = ["quiz_true_false_hidden"]
HINT = (
    "Re-check (a): a layer is called on a batch, one axis more than a single sample. Re-check (e): count the "
    "weights of a 3x3 and of a 6x6 kernel."
)

TRUE_FALSE = [False, True, True, False, True]
MULTIPLE_CHOICE = "c"
