"""The report's claims as answers: a high learning rate overfits (c) and its per-sample loop is batch GD (e)."""
TARGETS = ["quiz_hidden"]
HINT = "Part B shows what a high learning rate does to the training loss; Part D which rule is batch GD."

TRUE_FALSE = [True, True, True, False, True]
