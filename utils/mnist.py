"""MNIST for hw4 q1 and q7: the real dataset (checksum-verified, cached) or, offline, a labelled stand-in.

- Real: the file `keras.datasets.mnist` downloads (same URL and sha256, listed in data/MANIFEST.json),
  fetched with `keras.utils.get_file` into data/cache/ and verified before every load.
- Offline (COURSE_OFFLINE=1): scikit-learn's bundled 1,797 handwritten digits (8×8, values 0-16),
  upsampled to a 20×20 digit centred in a 28×28 frame like MNIST's, as uint8 0-255. NOT MNIST: the
  loader prints which source it returned.

Both return ((x_train, y_train), (x_test, y_test)) with x uint8 (N, 28, 28) and y uint8 (N,), as Keras does.
"""
from pathlib import Path

import numpy as np

from .config import offline
from .downloads import CACHE, cached, manifest_entry

STANDIN_TEST_FRACTION = 0.2
STANDIN_SPLIT_SEED = 0  # fixed: the stand-in's split is part of the dataset, not of the run


def load_mnist(use_offline: bool | None = None, cache_dir=None, verbose: bool = True):
    """The course's MNIST: real unless COURSE_OFFLINE=1 (or use_offline=True) asks for the stand-in."""
    use_offline = offline() if use_offline is None else use_offline
    if use_offline:
        data = load_standin()
        if verbose:
            (x, _), (xt, _) = data
            print(f"[data] OFFLINE STAND-IN, not MNIST: scikit-learn's handwritten digits resized to 28x28 "
                  f"({len(x)} train / {len(xt)} test). Unset COURSE_OFFLINE for the real MNIST.")
        return data
    data, path = load_real(cache_dir)
    if verbose:
        print(f"[data] MNIST from {path} (sha256 verified): {len(data[0][0])} train / {len(data[1][0])} test")
    return data


def load_real(cache_dir=None, url: str | None = None, sha256: str | None = None):
    """Download (once) and load mnist.npz; returns (data, path). Errors say what to download and where."""
    entry = manifest_entry("mnist")
    url = url or entry["url"]
    sha256 = sha256 or entry["sha256"]
    path = cached(url, Path(cache_dir or CACHE) / "mnist.npz", sha256, "MNIST")
    with np.load(path, allow_pickle=False) as f:
        missing = {"x_train", "y_train", "x_test", "y_test"} - set(f.files)
        if missing:
            raise ValueError(f"{path} lacks the arrays {sorted(missing)}")
        data = (f["x_train"], f["y_train"]), (f["x_test"], f["y_test"])
    for x, y in data:
        if x.dtype != np.uint8 or x.ndim != 3 or x.shape[1:] != (28, 28) or y.shape != (len(x),):
            raise ValueError(f"{path}: expected uint8 images (N, 28, 28) and N labels; got {x.dtype} {x.shape}, {y.shape}")
    return data, path


def load_standin():
    """scikit-learn's digits as MNIST-shaped uint8 arrays, split 80/20 with a fixed permutation."""
    from scipy.ndimage import zoom
    from sklearn.datasets import load_digits

    digits = load_digits()
    small = digits.images.astype(np.float64) / 16.0                 # (1797, 8, 8) in [0, 1]
    big = zoom(small, (1, 2.5, 2.5), order=1, grid_mode=True, mode="nearest")  # (1797, 20, 20)
    frames = np.zeros((len(big), 28, 28))
    frames[:, 4:24, 4:24] = big                                     # MNIST: a 20×20 digit in a 28×28 frame
    x = np.clip(np.round(frames * 255), 0, 255).astype(np.uint8)
    y = digits.target.astype(np.uint8)
    order = np.random.default_rng(STANDIN_SPLIT_SEED).permutation(len(x))
    n_test = int(round(STANDIN_TEST_FRACTION * len(x)))
    test, train = order[:n_test], order[n_test:]
    return (x[train], y[train]), (x[test], y[test])
