"""Comparisons with nan are False, so a curve that ends in nan passes every test and comes out 'fine' or worse."""
import numpy as np

TARGETS = ["diagnose_hidden"]
HINT = "Check np.isfinite first: nan compares False with everything."


def diagnose(losses):
    losses = np.asarray(losses, dtype=float)
    if losses.size < 2:
        raise ValueError("need two losses")
    if losses[-1] > losses[0]:
        return "diverging"
    if np.sum(np.diff(losses) > 0) > (losses.size - 1) / 4:
        return "oscillating"
    if losses[-1] > losses[0] / 2:
        return "too slow"
    return "fine"
