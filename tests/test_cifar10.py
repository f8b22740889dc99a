"""utils.cifar10: the real path (download, checksum, reading the archive) on a small fake archive, and the
offline stand-in."""
import inspect
import io
import pickle
import tarfile

import numpy as np
import pytest

from utils import cifar10
from utils.downloads import sha256_of


def fake_archive(folder, per_batch=4, payload=None):
    """A cifar-10-python.tar.gz in the real layout: five training batches and a test batch of `per_batch`
    images each, pickled as the real ones are (dicts of bytes keys, a uint8 (N, 3072) array, a label list)."""
    rng = np.random.default_rng(0)
    path = folder / cifar10.ARCHIVE
    with tarfile.open(path, "w:gz") as archive:
        for name in cifar10.BATCHES[0] + cifar10.BATCHES[1]:
            batch = payload or {b"data": rng.integers(0, 256, (per_batch, 3072), dtype=np.uint8),
                                b"labels": [int(v) for v in rng.integers(0, 10, per_batch)]}
            blob = pickle.dumps(batch, protocol=3)  # bytes without _codecs, as the Python 2 originals
            info = tarfile.TarInfo(name)
            info.size = len(blob)
            archive.addfile(info, io.BytesIO(blob))
    return path


def test_manifest_matches_the_file_keras_downloads():
    from utils.config import import_keras

    import_keras()
    from keras.src.datasets import cifar10 as keras_cifar10

    keras_source = inspect.getsource(keras_cifar10.load_data)
    entry = cifar10.manifest_entry("cifar10")
    assert entry["sha256"] in keras_source and entry["url"] in keras_source
    assert entry["bytes"] == 170498071 and "licence" in entry


def test_archive_is_verified_and_read_channels_last(tmp_path):
    path = fake_archive(tmp_path)
    (x, y), (xt, yt) = cifar10.load_real(cache_dir=tmp_path, sha256=sha256_of(path))[0]
    assert x.shape == (20, 32, 32, 3) and x.dtype == np.uint8 and y.shape == (20, 1) and y.dtype == np.uint8
    assert xt.shape == (4, 32, 32, 3) and yt.shape == (4, 1)
    with tarfile.open(path) as archive:  # pixel (row 1, col 2) of channel 0 is entry 0*1024 + 1*32 + 2 of a row
        first = pickle.loads(archive.extractfile(cifar10.BATCHES[0][0]).read())
    assert x[0, 1, 2, 0] == first[b"data"][0, 34] and x[0, 1, 2, 2] == first[b"data"][0, 2048 + 34]
    assert y[:4, 0].tolist() == first[b"labels"]


def test_corrupt_archive_is_refused_with_the_fix(tmp_path):
    fake_archive(tmp_path)
    with pytest.raises(ValueError, match="corrupt.*Delete it"):
        cifar10.load_real(cache_dir=tmp_path)  # the manifest's sha256 is the real archive's


def test_archive_pickles_build_arrays_and_nothing_else(tmp_path):
    class Boom:
        def __reduce__(self):
            return (print, ("the archive ran code",))

    path = fake_archive(tmp_path, payload={b"data": np.zeros((1, 3072), np.uint8), b"labels": [0], b"x": Boom()})
    with pytest.raises(pickle.UnpicklingError, match="builtins.print"):
        cifar10.load_real(cache_dir=tmp_path, sha256=sha256_of(path))


def test_download_lands_in_the_cache_and_is_verified(tmp_path):
    (tmp_path / "server").mkdir()
    source = fake_archive(tmp_path / "server")  # a file:// URL stands in for the download server
    cache = tmp_path / "cache"
    data, path = cifar10.load_real(cache_dir=cache, url=source.as_uri(), sha256=sha256_of(source))
    assert path == cache / cifar10.ARCHIVE and path.read_bytes() == source.read_bytes()
    assert data[0][0].shape == (20, 32, 32, 3)


def test_offline_download_failure_says_what_to_do(tmp_path):
    with pytest.raises(RuntimeError) as info:
        cifar10.load_real(cache_dir=tmp_path, url=(tmp_path / "nowhere.tar.gz").as_uri())
    message = str(info.value)
    assert "nowhere.tar.gz" in message and str(tmp_path / cifar10.ARCHIVE) in message and "COURSE_OFFLINE=1" in message
    assert not (tmp_path / cifar10.ARCHIVE).exists()


def test_standin_has_cifar_shapes_balanced_classes_and_is_fixed(capsys):
    (x, y), (xt, yt) = cifar10.load_cifar10(use_offline=True)
    assert "OFFLINE STAND-IN" in capsys.readouterr().out
    assert x.shape == (5000, 32, 32, 3) and xt.shape == (1000, 32, 32, 3) and x.dtype == xt.dtype == np.uint8
    assert y.shape == (5000, 1) and yt.shape == (1000, 1) and y.dtype == yt.dtype == np.uint8
    counts = np.bincount(y.ravel(), minlength=10)
    assert counts.min() >= 450 and counts.max() <= 550 and set(np.unique(yt)) == set(range(10))
    (x2, y2), _ = cifar10.load_standin()
    np.testing.assert_array_equal(x, x2)
    np.testing.assert_array_equal(y, y2)


def test_standin_classes_are_not_told_by_colour_alone():
    """Each class is a stripe orientation with a tint: a linear model on the mean colour alone stays well below
    perfect, so a CNN's accuracy on the stand-in also needs the stripes."""
    from sklearn.linear_model import LogisticRegression

    (x, y), (xt, yt) = cifar10.load_standin()
    colour = LogisticRegression(max_iter=500).fit(x.mean(axis=(1, 2)), y.ravel()).score(xt.mean(axis=(1, 2)), yt.ravel())
    assert 0.1 < colour < 0.7, f"mean colour alone predicts the class with accuracy {colour:.2f}"
