"""utils.hands: the real path (download, checksum, a safe unzip) on small fake archives, and the offline stand-in."""
import io
import zipfile

import numpy as np
import pytest
from PIL import Image

from utils import hands
from utils.downloads import sha256_of


def fake_archive(folder, names=None):
    """An rps-test-set.zip in the real layout (rps-test-set/<class>/<name>.png), two tiny PNGs per class."""
    path = folder / hands.ARCHIVE
    names = names or [f"{hands.TOP}/{label}/{label}{i}.png" for label in hands.CLASSES for i in range(2)]
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{hands.TOP}/", b"")
        for k, name in enumerate(names):
            image = io.BytesIO()
            Image.fromarray(np.full((6, 5, 3), k, np.uint8)).save(image, format="PNG")
            archive.writestr(zipfile.ZipInfo(name), image.getvalue())  # the name as given, not normalized
    return path


def test_manifest_pins_the_tfds_archive():
    entry = hands.manifest_entry("rps_test")
    assert entry["url"].endswith("/rps-test-set.zip") and entry["bytes"] == 29516758
    assert entry["sha256"] == "c27ab9fa43ce40b2e453de711365b477f4424586edf0388116674fd320f07503"
    assert "licence" in entry and entry["loader"] == "utils/hands.py"


def test_archive_is_verified_and_unzipped_into_class_folders(tmp_path):
    path = fake_archive(tmp_path)
    folder = hands.load_real(tmp_path, sha256=sha256_of(path))
    assert folder == tmp_path / hands.TOP
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.png")) == \
        sorted(f"{label}/{label}{i}.png" for label in hands.CLASSES for i in range(2))
    assert np.asarray(Image.open(folder / "rock" / "rock1.png")).max() == 3  # the fourth image written
    (folder / "rock" / "rock1.png").unlink()
    hands.load_real(tmp_path, sha256=sha256_of(path))  # unzipped once: a second call reads the folder as it is
    assert not (folder / "rock" / "rock1.png").exists()


def test_corrupt_archive_is_refused_with_the_fix(tmp_path):
    fake_archive(tmp_path)
    with pytest.raises(ValueError, match="corrupt.*Delete it"):
        hands.load_real(tmp_path)  # the manifest's sha256 is the real archive's
    assert not (tmp_path / hands.TOP).exists()


@pytest.mark.parametrize("name", ["../escaped.png", f"{hands.TOP}/rock/../../escaped.png", "/tmp/escaped.png",
                                  "C:\\escaped.png", f"{hands.TOP}\\..\\..\\escaped.png"])
def test_unsafe_names_are_refused_before_anything_is_written(tmp_path, name):
    path = fake_archive(tmp_path, [f"{hands.TOP}/rock/fine.png", name])
    with pytest.raises(ValueError, match="unsafe name"):
        hands.load_real(tmp_path, sha256=sha256_of(path))
    assert not (tmp_path / hands.TOP).exists() and not (tmp_path / "escaped.png").exists()


def test_a_foreign_layout_is_refused(tmp_path):
    path = fake_archive(tmp_path, [f"{hands.TOP}/rock/fine.png", f"{hands.TOP}/lizard/spock.png"])
    with pytest.raises(ValueError, match="not the rock-paper-scissors test set"):
        hands.load_real(tmp_path, sha256=sha256_of(path))


def test_download_lands_in_the_cache_and_is_verified(tmp_path):
    (tmp_path / "server").mkdir()
    source = fake_archive(tmp_path / "server")  # a file:// URL stands in for the download server
    folder = hands.load_real(tmp_path / "cache", url=source.as_uri(), sha256=sha256_of(source))
    assert (tmp_path / "cache" / hands.ARCHIVE).read_bytes() == source.read_bytes()
    assert len(list(folder.rglob("*.png"))) == 6


def test_offline_download_failure_says_what_to_do(tmp_path):
    with pytest.raises(RuntimeError) as info:
        hands.load_real(tmp_path, url=(tmp_path / "nowhere.zip").as_uri())
    message = str(info.value)
    assert "nowhere.zip" in message and str(tmp_path / hands.ARCHIVE) in message and "COURSE_OFFLINE=1" in message
    assert not (tmp_path / hands.ARCHIVE).exists()


def test_standin_is_labelled_balanced_and_fixed(tmp_path, capsys):
    folder = hands.hands_folder(use_offline=True, cache_dir=tmp_path / "a")
    assert "OFFLINE STAND-IN" in capsys.readouterr().out
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.png"))
    assert len(files) == 3 * hands.STANDIN["per_class"]
    assert {f.split("/")[0] for f in files} == set(hands.CLASSES)
    again = hands.hands_folder(use_offline=True, cache_dir=tmp_path / "b", verbose=False)
    assert all((folder / f).read_bytes() == (again / f).read_bytes() for f in files)
    image = np.asarray(Image.open(folder / files[0]))
    assert image.shape == (64, 64, 3) and image.dtype == np.uint8


def test_standin_classes_are_shapes_not_colours(tmp_path):
    """The shape's colour is drawn from one range for every class: the mean colour alone tells them apart no
    better than chance would, within a margin, while the shapes do (a disc, a rectangle, thin bars)."""
    folder = hands.write_standin(tmp_path / "standin")
    means = {label: np.mean([np.asarray(Image.open(p), dtype=float).mean(axis=(0, 1))
                             for p in (folder / label).glob("*.png")], axis=0) for label in hands.CLASSES}
    spread = np.ptp(np.stack(list(means.values())), axis=0)
    assert spread.max() < 25, f"mean colours differ by class: {means}"
