"""The horizon ignored: the target is always the step right after the window."""
import numpy as np

TARGETS = ["windows_hidden"]
HINT = (
    "The target lies `horizon` steps after the end of its window: with a horizon above 1 it is not simply the step "
    "right after the window."
)


def make_windows(features, target, window, horizon=1):
    features, target = np.asarray(features, dtype=float), np.asarray(target, dtype=float)
    if window < 1 or horizon < 1 or len(features) != len(target) or len(features) - window - horizon + 1 < 1:
        raise ValueError("bad window, horizon or lengths")
    count = len(features) - window - horizon + 1
    X = np.stack([features[i : i + window] for i in range(count)])
    return X, target[window : window + count]
