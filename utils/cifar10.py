"""CIFAR-10 for hw9 q3: the real dataset (checksum-verified, cached) or, offline, a labelled synthetic stand-in.

- Real: the archive `keras.datasets.cifar10` downloads (same URL and sha256, listed in data/MANIFEST.json),
  fetched with `keras.utils.get_file` into data/cache/ and verified before every load. The batches are read
  from the archive with an unpickler that builds NumPy arrays and nothing else.
- Offline (COURSE_OFFLINE=1): 5,000 training and 1,000 test images made by a seeded generator, 32×32×3
  uint8 in 10 classes: each class is a stripe orientation with a colour tint, under random phase, frequency,
  contrast, colour and noise. NOT CIFAR-10: the loader prints which source it returned.

Both return ((x_train, y_train), (x_test, y_test)) with x uint8 (N, 32, 32, 3) and y uint8 (N, 1), as Keras does.
"""
import io
import pickle
import tarfile
from pathlib import Path

import numpy as np

from .config import offline
from .downloads import CACHE, cached, manifest_entry

CLASS_NAMES = ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")
ARCHIVE = "cifar-10-python.tar.gz"
BATCHES = [f"cifar-10-batches-py/data_batch_{i}" for i in range(1, 6)], ["cifar-10-batches-py/test_batch"]
STANDIN_SIZES = (5000, 1000)
STANDIN_SEED = 0  # fixed: the stand-in is a dataset, not a draw of the run


def load_cifar10(use_offline: bool | None = None, cache_dir=None, verbose: bool = True):
    """The course's CIFAR-10: real unless COURSE_OFFLINE=1 (or use_offline=True) asks for the stand-in."""
    use_offline = offline() if use_offline is None else use_offline
    if use_offline:
        data = load_standin()
        if verbose:
            print(f"[data] OFFLINE STAND-IN, not CIFAR-10: synthetic 32x32x3 stripes in 10 classes "
                  f"({len(data[0][0])} train / {len(data[1][0])} test). Unset COURSE_OFFLINE for the real CIFAR-10.")
        return data
    data, path = load_real(cache_dir)
    if verbose:
        print(f"[data] CIFAR-10 from {path} (sha256 verified): {len(data[0][0])} train / {len(data[1][0])} test")
    return data


def load_real(cache_dir=None, url: str | None = None, sha256: str | None = None):
    """Download (once) and read the CIFAR-10 archive; returns (data, path). Errors say what to do."""
    entry = manifest_entry("cifar10")
    url = url or entry["url"]
    sha256 = sha256 or entry["sha256"]
    path = cached(url, Path(cache_dir or CACHE) / ARCHIVE, sha256, "CIFAR-10")
    with tarfile.open(path, "r:gz") as archive:
        data = tuple(_read_batches(archive, names, path) for names in BATCHES)
    return data, path


class _ArraysOnly(pickle.Unpickler):
    """Unpickles the batches' dicts of NumPy arrays, lists and bytes; refuses every other class."""

    ALLOWED = {("numpy", "ndarray"), ("numpy", "dtype"), ("numpy.core.multiarray", "_reconstruct"),
               ("numpy._core.multiarray", "_reconstruct")}

    def find_class(self, module, name):
        if (module, name) not in self.ALLOWED:
            raise pickle.UnpicklingError(f"a CIFAR-10 batch holds no {module}.{name}")
        return super().find_class(module, name)


def _read_batches(archive: tarfile.TarFile, names: list[str], path: Path):
    xs, ys = [], []
    for name in names:
        try:
            member = archive.extractfile(name)
        except KeyError:
            member = None
        if member is None:
            raise ValueError(f"{path} lacks {name}: not the CIFAR-10 python archive")
        batch = _ArraysOnly(io.BytesIO(member.read()), encoding="bytes").load()
        x = np.asarray(batch[b"data"], dtype=np.uint8)
        if x.ndim != 2 or x.shape[1] != 3 * 32 * 32:
            raise ValueError(f"{path}: {name} holds images of shape {x.shape}, not (N, 3072)")
        xs.append(x.reshape(-1, 3, 32, 32).transpose(0, 2, 3, 1))
        ys.append(np.asarray(batch[b"labels"], dtype=np.uint8).reshape(-1, 1))
    return np.concatenate(xs), np.concatenate(ys)


def load_standin(sizes: tuple[int, int] = STANDIN_SIZES):
    """The synthetic stand-in, as ((x_train, y_train), (x_test, y_test)); the same arrays on every call."""
    rng = np.random.default_rng(STANDIN_SEED)
    n = sum(sizes)
    y = np.tile(np.arange(10, dtype=np.uint8), n // 10 + 1)[:n]
    rng.shuffle(y)
    angle = y * np.pi / 10 + rng.normal(0, 0.05, n)                 # each class its own stripe orientation
    frequency = rng.uniform(2.0, 4.0, n) / 32                          # 2 to 4 stripes across the image
    phase = rng.uniform(0, 2 * np.pi, n)
    rows, cols = np.mgrid[0:32, 0:32].astype(np.float32)
    wave = np.sin(2 * np.pi * frequency[:, None, None] * (cols * np.cos(angle)[:, None, None]
                                                          + rows * np.sin(angle)[:, None, None]) + phase[:, None, None])
    palette = np.random.default_rng(STANDIN_SEED + 1).uniform(0.2, 1.0, (10, 3))  # each class a colour tint
    tint = 0.6 * palette[y] + 0.4 * rng.uniform(0.2, 1.0, (n, 3))
    contrast = rng.uniform(0.25, 0.5, (n, 1, 1, 1))
    image = 0.5 + contrast * wave[..., None] * tint[:, None, None, :] + rng.normal(0, 0.08, (n, 32, 32, 3))
    x = np.clip(np.round(image * 255), 0, 255).astype(np.uint8)
    y = y.reshape(-1, 1)
    return (x[:sizes[0]], y[:sizes[0]]), (x[sizes[0]:], y[sizes[0]:])
