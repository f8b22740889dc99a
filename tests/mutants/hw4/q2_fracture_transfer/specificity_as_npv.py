"""Specificity computed as TN / (TN + FN), the negative predictive value."""
import numpy as np

TARGETS = ["sensitivity_hidden"]
HINT = (
    "Specificity is the share of truly healthy wrists that the model calls healthy; dividing by all the images "
    "predicted healthy gives the negative predictive value instead."
)


def sensitivity_specificity(y_true, y_pred):
    t, p = np.asarray(y_true).astype(int), np.asarray(y_pred).astype(int)
    tp, fn = np.sum((t == 1) & (p == 1)), np.sum((t == 1) & (p == 0))
    tn = np.sum((t == 0) & (p == 0))
    sens = tp / (tp + fn) if tp + fn else float("nan")
    spec = tn / (tn + fn) if tn + fn else float("nan")
    return float(sens), float(spec)
