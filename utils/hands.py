"""Hand-gesture images for optim q4: a folder per class (paper, rock, scissors), as image_dataset_from_directory reads.

- Real: TensorFlow's rock-paper-scissors test set (`rps-test-set.zip`, 372 PNG images of 300x300, CC BY 2.0,
  Laurence Moroney; URL, size and sha256 as tensorflow/datasets pins them, listed in data/MANIFEST.json),
  downloaded once into data/cache/, verified before every use, and unzipped next to it by a safe extractor.
- Offline (COURSE_OFFLINE=1): a seeded generator writes 64x64 PNGs into a folder of the same layout: a filled
  disc ("rock"), a filled rectangle ("paper") or two crossed bars ("scissors"), each of random size, place,
  angle and colour on a noisy background. NOT hands: the loader says which source it returned.

`hands_folder()` returns the folder holding the three class folders.
"""
import json
import shutil
import zipfile
from pathlib import Path, PureWindowsPath

import numpy as np
from PIL import Image

from .config import offline
from .downloads import CACHE, cached, manifest_entry

CLASSES = ("paper", "rock", "scissors")  # image_dataset_from_directory's order: alphabetical
ARCHIVE = "rps-test-set.zip"
TOP = "rps-test-set"
STANDIN = {"version": 1, "per_class": 60, "size": 64, "seed": 0}  # fixed: the stand-in is a dataset, not a draw


def hands_folder(use_offline: bool | None = None, cache_dir=None, verbose: bool = True) -> Path:
    """The course's hand-gesture folder: real unless COURSE_OFFLINE=1 (or use_offline=True) asks for the stand-in."""
    use_offline = offline() if use_offline is None else use_offline
    cache = Path(cache_dir or CACHE)
    if use_offline:
        folder = write_standin(cache / "hands-standin")
        if verbose:
            print(f"[data] OFFLINE STAND-IN, not photographs of hands: synthetic {STANDIN['size']}x{STANDIN['size']} "
                  f"shapes in {len(CLASSES)} classes ({STANDIN['per_class']} each) in {folder}. "
                  "Unset COURSE_OFFLINE for the real images.")
        return folder
    folder = load_real(cache)
    if verbose:
        print(f"[data] rock-paper-scissors test set from {cache / ARCHIVE} (sha256 verified), unzipped in {folder}")
    return folder


def load_real(cache_dir=None, url: str | None = None, sha256: str | None = None) -> Path:
    """Download (once) and verify the archive, unzip it (once) beside it; returns the folder of class folders."""
    entry = manifest_entry("rps_test")
    cache = Path(cache_dir or CACHE)
    archive = cached(url or entry["url"], cache / ARCHIVE, sha256 or entry["sha256"], "rock-paper-scissors test set")
    return unzip(archive, cache / TOP)


def unzip(archive: Path, folder: Path) -> Path:
    """Unpack the archive's <TOP>/<class>/<name>.png files into folder/<class>/; refuses unsafe or foreign names."""
    done = folder / ".unzipped"
    if done.exists():
        return folder
    with zipfile.ZipFile(archive) as zf:
        members = []
        for info in zf.infolist():
            parts = PureWindowsPath(info.filename).parts  # splits on both / and \\
            if ".." in parts or PureWindowsPath(info.filename).anchor:
                raise ValueError(f"{archive} holds an unsafe name {info.filename!r}; refusing to unpack it")
            if info.is_dir() or not info.filename.lower().endswith(".png"):
                continue
            if len(parts) != 3 or parts[0] != TOP or parts[1] not in CLASSES:
                raise ValueError(f"{archive} holds {info.filename!r}, outside {TOP}/<{'|'.join(CLASSES)}>/: "
                                 "not the rock-paper-scissors test set")
            members.append((info, folder / parts[1] / parts[2]))
        for info, target in members:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".part")
            with zf.open(info) as source, open(partial, "wb") as out:  # zipfile checks each member's CRC
                shutil.copyfileobj(source, out)
            partial.replace(target)
    done.write_text(f"{len(members)} images\n")
    return folder


def write_standin(folder: Path) -> Path:
    """Write the stand-in (once; again if its parameters change) and return its folder."""
    marker = folder / "standin.json"
    if marker.exists() and json.loads(marker.read_text()) == STANDIN:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    rng = np.random.default_rng(STANDIN["seed"])
    size = STANDIN["size"]
    rows, cols = np.mgrid[0:size, 0:size].astype(np.float32) / (size - 1)
    for label in CLASSES:
        (folder / label).mkdir(parents=True, exist_ok=True)
        for i in range(STANDIN["per_class"]):
            image = _background(rng, size)
            shape = _mask(label, rng, rows, cols)
            colour = rng.uniform(0.55, 1.0, 3)
            image = image * (1 - shape[..., None]) + shape[..., None] * colour
            image = np.clip(image + rng.normal(0, 0.04, image.shape), 0, 1)
            Image.fromarray((image * 255).round().astype(np.uint8)).save(folder / label / f"{label}-{i:03d}.png")
    marker.write_text(json.dumps(STANDIN))
    return folder


def _background(rng, size):
    return np.broadcast_to(rng.uniform(0.0, 0.35, 3), (size, size, 3)).copy()


def _mask(label, rng, rows, cols):
    """A soft-edged 0..1 mask of one class's shape, of random size, place and angle."""
    cy, cx = rng.uniform(0.35, 0.65, 2)
    scale = rng.uniform(0.18, 0.3)
    angle = rng.uniform(0, np.pi)
    u = (cols - cx) * np.cos(angle) + (rows - cy) * np.sin(angle)
    v = -(cols - cx) * np.sin(angle) + (rows - cy) * np.cos(angle)
    if label == "rock":
        inside = scale - np.hypot(u, v)
    elif label == "paper":
        inside = np.minimum(scale - np.abs(u), 0.75 * scale - np.abs(v))
    else:  # scissors: two thin bars crossing at 60 degrees
        w = (cols - cx) * np.cos(angle + np.pi / 3) + (rows - cy) * np.sin(angle + np.pi / 3)
        z = -(cols - cx) * np.sin(angle + np.pi / 3) + (rows - cy) * np.cos(angle + np.pi / 3)
        inside = np.maximum(np.minimum(1.3 * scale - np.abs(u), 0.05 - np.abs(v)),
                            np.minimum(1.3 * scale - np.abs(w), 0.05 - np.abs(z)))
    return np.clip(inside * 60 + 0.5, 0, 1)
