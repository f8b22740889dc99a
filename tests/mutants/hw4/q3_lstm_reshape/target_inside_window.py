"""The target taken from the window's own last step: y[i] = target[i + window - 1] (leakage)."""
import numpy as np

TARGETS = ["windows_hidden"]
HINT = (
    "The target must lie strictly after its window: taking the value at the window's own last step leaks what is "
    "predicted into the input."
)


def make_windows(features, target, window, horizon=1):
    features, target = np.asarray(features, dtype=float), np.asarray(target, dtype=float)
    if window < 1 or horizon < 1 or len(features) != len(target) or len(features) - window - horizon + 1 < 1:
        raise ValueError("bad window, horizon or lengths")
    count = len(features) - window - horizon + 1
    X = np.stack([features[i : i + window] for i in range(count)])
    return X, target[window - 1 : window - 1 + count]
