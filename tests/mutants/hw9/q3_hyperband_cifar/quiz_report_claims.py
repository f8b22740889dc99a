"""The answers the report suggests: its rebuilt model read as this notebook's convention, Hyperband as full-length training, Bayesian optimization as random search."""
TARGETS = ["report_reading_hidden", "quiz_true_false_hidden"]

REPORT_READING = "a"
TRUE_FALSE = [True, True, True, True]
