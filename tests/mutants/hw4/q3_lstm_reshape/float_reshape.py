"""The homework's reshape: non-overlapping blocks of `window` rows, with N / window as the block count."""
import numpy as np

TARGETS = ["windows_hidden", "beats_baseline_hidden"]
HINT = (
    "An LSTM needs sliding windows, one for every start position, each with its target after the window; cutting "
    "the series into non-overlapping blocks (N / window is a float) is not that."
)


def make_windows(features, target, window, horizon=1):
    features, target = np.asarray(features, dtype=float), np.asarray(target, dtype=float)
    X = features.reshape((features.shape[0] / window, window, features.shape[1]))
    return X, target[window - 1 :: window]
