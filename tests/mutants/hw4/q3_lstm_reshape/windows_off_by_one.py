"""One window too few: range(N - window - horizon) drops the last complete window."""
import numpy as np

TARGETS = ["windows_hidden"]
HINT = (
    "One window is missing at the end: the last complete window and its target still fit in the series, so X "
    "should have N - window - horizon + 1 samples."
)


def make_windows(features, target, window, horizon=1):
    features, target = np.asarray(features, dtype=float), np.asarray(target, dtype=float)
    if window < 1 or horizon < 1 or len(features) != len(target) or len(features) - window - horizon + 1 < 1:
        raise ValueError("bad window, horizon or lengths")
    count = len(features) - window - horizon
    X = np.stack([features[i : i + window] for i in range(count)])
    return X, target[window + horizon - 1 : window + horizon - 1 + count]
