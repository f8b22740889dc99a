"""No care for a constant y_true: 0/0 gives nan, x/0 gives -inf."""
import numpy as np

TARGETS = ["r2_hidden"]
HINT = (
    "When every y_true is the same, the denominator is 0: follow scikit-learn and return 1.0 if the predictions "
    "are perfect and 0.0 otherwise, never nan or -inf."
)


def r2_score(y_true, y_pred):
    y_true, y_pred = np.ravel(y_true).astype(float), np.ravel(y_pred).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(1 - np.sum((y_true - y_pred) ** 2) / np.sum((y_true - y_true.mean()) ** 2))
