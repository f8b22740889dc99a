"""make_windows reads features.shape and slices target as an array: a nested list fails."""
import numpy as np

TARGETS = ["windows_hidden"]
HINT = (
    "features and target may be Python lists: convert them with np.asarray(...) first, before using .shape or "
    "array slicing."
)


def make_windows(features, target, window, horizon=1):
    if window < 1 or horizon < 1:
        raise ValueError(f"window and horizon must be at least 1; got window={window}, horizon={horizon}")
    if features.shape[0] != len(target):
        raise ValueError(f"features has {features.shape[0]} rows but target has {len(target)}")
    count = features.shape[0] - window - horizon + 1
    if count < 1:
        raise ValueError(f"a series of {features.shape[0]} steps is too short for window={window}, horizon={horizon}")
    X = np.stack([features[i : i + window] for i in range(count)]).astype(float)
    y = np.asarray(target[window + horizon - 1 :], dtype=float)
    return X, y
