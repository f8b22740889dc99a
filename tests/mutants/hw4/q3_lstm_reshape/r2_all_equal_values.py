"""The constant-truth case found by comparing the values (np.all(y_true == y_true[0])), not the denominator."""
import numpy as np

TARGETS = ["r2_hidden"]
HIDDEN_ONLY = "the visible constant cases (2, 2, 2) have a denominator of exactly 0, where both tests agree"
HINT = (
    "Test the denominator as computed, not whether the values are equal: three 0.1s are equal, but their mean is "
    "0.10000000000000002 and the denominator 5.8e-34, not 0, so R² is defined (about -1.3e33), as scikit-learn says."
)


def r2_score(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=float).ravel()
    y_pred = np.asarray(y_pred, dtype=float).ravel()
    if np.all(y_true == y_true[0]):
        return 1.0 if np.array_equal(y_true, y_pred) else 0.0
    ss_res = np.sum((y_true - y_pred) ** 2)
    ss_tot = np.sum((y_true - y_true.mean()) ** 2)
    return float(1 - ss_res / ss_tot)
