"""The denominator taken around 0 instead of the mean of y_true."""
import numpy as np

TARGETS = ["r2_hidden"]
HINT = (
    "The denominator of R² measures the spread of y_true around its mean, not around 0: always predicting the mean "
    "must give R² = 0."
)


def r2_score(y_true, y_pred):
    y_true, y_pred = np.ravel(y_true).astype(float), np.ravel(y_pred).astype(float)
    ss_tot = np.sum(y_true**2)
    return float(1 - np.sum((y_true - y_pred) ** 2) / ss_tot) if ss_tot else 0.0
