"""Any step up at all is called oscillating."""
import numpy as np

TARGETS = ["diagnose_hidden"]
HINT = "Oscillating means more than a quarter of the steps go up, not one."


def diagnose(losses):
    losses = np.asarray(losses, dtype=float)
    if losses.size < 2:
        raise ValueError("need two losses")
    if not np.all(np.isfinite(losses)) or losses[-1] > losses[0]:
        return "diverging"
    if np.any(np.diff(losses) > 0):
        return "oscillating"
    if losses[-1] > losses[0] / 2:
        return "too slow"
    return "fine"
