"""The constant-truth case tested with np.isclose(ss_tot, 0): a tiny but nonzero denominator is taken for 0."""
import numpy as np

TARGETS = ["r2_hidden"]
HIDDEN_ONLY = "the visible constant cases have a denominator of exactly 0, where isclose and == agree"
HINT = (
    "Test the denominator for exactly 0, as the text says: np.isclose(ss_tot, 0) also catches values like 5e-21, "
    "where R² is defined (and hugely negative) and scikit-learn returns it."
)


def r2_score(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=float).ravel()
    y_pred = np.asarray(y_pred, dtype=float).ravel()
    ss_res = np.sum((y_true - y_pred) ** 2)
    ss_tot = np.sum((y_true - y_true.mean()) ** 2)
    if np.isclose(ss_tot, 0):
        return 1.0 if np.isclose(ss_res, 0) else 0.0
    return float(1 - ss_res / ss_tot)
