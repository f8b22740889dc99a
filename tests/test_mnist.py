"""utils.mnist: the real path (download, checksum, cache) on a small fake file, and the offline stand-in."""
import inspect

import numpy as np
import pytest

from utils import mnist
from utils.downloads import sha256_of


def fake_npz(folder, n_train=12, n_test=5):
    rng = np.random.default_rng(0)
    path = folder / "mnist.npz"
    np.savez(path, x_train=rng.integers(0, 256, (n_train, 28, 28), dtype=np.uint8),
             y_train=rng.integers(0, 10, n_train, dtype=np.uint8),
             x_test=rng.integers(0, 256, (n_test, 28, 28), dtype=np.uint8),
             y_test=rng.integers(0, 10, n_test, dtype=np.uint8))
    return path


def test_manifest_matches_the_file_keras_downloads():
    from utils.config import import_keras

    import_keras()
    from keras.src.datasets import mnist as keras_mnist

    keras_source = inspect.getsource(keras_mnist.load_data)
    entry = mnist.manifest_entry("mnist")
    assert entry["sha256"] in keras_source and entry["url"].rsplit("/", 1)[0] in keras_source
    assert entry["bytes"] == 11490434 and "licence" in entry


def test_cached_file_is_verified_and_loaded(tmp_path):
    path = fake_npz(tmp_path)
    (x, y), (xt, yt) = mnist.load_real(cache_dir=tmp_path, sha256=sha256_of(path))[0]
    assert x.shape == (12, 28, 28) and x.dtype == np.uint8 and y.shape == (12,) and xt.shape == (5, 28, 28)


def test_corrupt_cache_is_refused_with_the_fix(tmp_path):
    fake_npz(tmp_path)
    with pytest.raises(ValueError, match="corrupt.*Delete it"):
        mnist.load_real(cache_dir=tmp_path)  # the manifest's sha256 is the real MNIST's


def test_download_lands_in_the_cache_and_is_verified(tmp_path):
    (tmp_path / "server").mkdir()
    source = fake_npz(tmp_path / "server")  # a file:// URL stands in for the download server
    cache = tmp_path / "cache"
    data, path = mnist.load_real(cache_dir=cache, url=source.as_uri(), sha256=sha256_of(source))
    assert path == cache / "mnist.npz" and path.read_bytes() == source.read_bytes()
    assert data[0][0].shape == (12, 28, 28)


def test_offline_download_failure_says_what_to_do(tmp_path):
    with pytest.raises(RuntimeError) as info:
        mnist.load_real(cache_dir=tmp_path, url=(tmp_path / "nowhere.npz").as_uri())
    message = str(info.value)
    assert "nowhere.npz" in message and str(tmp_path / "mnist.npz") in message and "COURSE_OFFLINE=1" in message
    assert not (tmp_path / "mnist.npz").exists()


def test_wrong_arrays_are_refused(tmp_path):
    path = tmp_path / "mnist.npz"
    np.savez(path, x_train=np.zeros((3, 32, 32), np.uint8), y_train=np.zeros(3, np.uint8),
             x_test=np.zeros((2, 32, 32), np.uint8), y_test=np.zeros(2, np.uint8))
    with pytest.raises(ValueError, match=r"\(N, 28, 28\)"):
        mnist.load_real(cache_dir=tmp_path, sha256=sha256_of(path))


def test_standin_has_mnist_shapes_and_is_fixed(capsys):
    (x, y), (xt, yt) = mnist.load_mnist(use_offline=True)
    assert "OFFLINE STAND-IN" in capsys.readouterr().out
    assert x.dtype == xt.dtype == np.uint8 and x.shape[1:] == xt.shape[1:] == (28, 28)
    assert y.dtype == yt.dtype == np.uint8 and y.shape == (len(x),) and yt.shape == (len(xt),)
    assert len(x) + len(xt) == 1797 and len(xt) == 359
    assert set(np.unique(y)) == set(range(10)) and set(np.unique(yt)) == set(range(10))
    assert x.max() == 255 and x[:, :4].max() == 0 and x[:, :, 24:].max() == 0  # MNIST's empty 4-pixel border
    (x2, _), _ = mnist.load_standin()
    np.testing.assert_array_equal(x, x2)


def test_offline_switch_picks_the_standin(monkeypatch, capsys):
    monkeypatch.setenv("COURSE_OFFLINE", "1")
    (x, _), _ = mnist.load_mnist()
    assert len(x) == 1438 and "STAND-IN" in capsys.readouterr().out
