"""'too slow' checked before 'oscillating': a zigzag that has not halved is called too slow."""
import numpy as np

TARGETS = ["diagnose_hidden"]
HINT = "Apply the rules in the order the text gives them."


def diagnose(losses):
    losses = np.asarray(losses, dtype=float)
    if losses.size < 2:
        raise ValueError("need two losses")
    if not np.all(np.isfinite(losses)) or losses[-1] > losses[0]:
        return "diverging"
    if losses[-1] > losses[0] / 2:
        return "too slow"
    if np.sum(np.diff(losses) > 0) > (losses.size - 1) / 4:
        return "oscillating"
    return "fine"
