"""Sensitivity and specificity swapped (the positive class taken to be 'no fracture')."""
import numpy as np

TARGETS = ["sensitivity_hidden"]
HINT = (
    "Check the order of the returned pair, (sensitivity, specificity), with 'fracture' (label 1) as the positive "
    "class: sensitivity is the share of real fractures that are found."
)


def sensitivity_specificity(y_true, y_pred):
    t, p = np.asarray(y_true).astype(int), np.asarray(y_pred).astype(int)
    tp, fn = np.sum((t == 1) & (p == 1)), np.sum((t == 1) & (p == 0))
    tn, fp = np.sum((t == 0) & (p == 0)), np.sum((t == 0) & (p == 1))
    sens = tp / (tp + fn) if tp + fn else float("nan")
    spec = tn / (tn + fp) if tn + fp else float("nan")
    return float(spec), float(sens)
