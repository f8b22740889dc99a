"""The answers the report suggests: its rebuilt model read as this notebook's convention, Hyperband as full-length training, Bayesian optimization as random search."""
HIDDEN_ONLY = "A quiz answer: a visible check that told right from wrong would give the answer away."
TARGETS = ["report_reading_hidden", "quiz_true_false_hidden"]
HINT = (
    "Build each reading of filters and compare with the report's 928,234 parameters. Re-check what Hyperband "
    "does with poor configurations and how Bayesian optimization picks the next one."
)

REPORT_READING = "a"
TRUE_FALSE = [True, True, True, True]
