"""GRAZPEDWRI-DX pediatric wrist radiographs for hw4 q2: the real dataset (md5-verified, cached) or, offline,
a seeded synthetic stand-in with the same CSV schema and file names.

- Real: dataset.csv and images_part1-4.zip (several GB each; part 4 alone is 4.21 GB) from figshare article
  14825193 (CC BY 4.0), each checked against the md5 and size figshare's API publishes, then unpacked flat into root/images/.
  Downloads resume after an interruption; a `<file>.md5` marker records a verified file.
- Offline (COURSE_OFFLINE=1): `make_synthetic` draws radiograph-like PNGs (one or two bright forearm bones
  on a dark noisy background; a visible fracture is a thin dark break across a bone). NOT radiographs: the
  loader prints which source it returned.

`validate_csv` checks the raw table but does not turn it into labels: that is the notebook's task.
"""
import contextlib
import hashlib
import json
import shutil
import urllib.request
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from http.client import HTTPException
from pathlib import Path, PureWindowsPath

import numpy as np
import pandas as pd
from PIL import Image

from .config import offline
from .downloads import CACHE
from .synthetic_xray import COLUMNS, make_synthetic, synthetic_radiograph  # noqa: F401 (re-exported)
from .synthetic_xray import synthetic_params, synthetic_ready

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

ROOT_CACHE = CACHE / "grazpedwri"
SYNTHETIC_CACHE = ROOT_CACHE.with_name("grazpedwri_synthetic")
ARTICLE_API = "https://api.figshare.com/v2/articles/14825193"
FILE_NAMES = ("dataset.csv", "images_part1.zip", "images_part2.zip", "images_part3.zip", "images_part4.zip")
ZIP_REMOVED = "# zip removed after unpacking into images/\n"
CHUNK = 1 << 20


def load_grazpedwri(use_offline: bool | None = None, root=None, verbose: bool = True):
    """(csv_path, image_dir): the real dataset unless COURSE_OFFLINE=1 (or use_offline=True)."""
    use_offline = offline() if use_offline is None else use_offline
    if use_offline:
        root = Path(root or SYNTHETIC_CACHE)
        if not synthetic_ready(root, synthetic_params()):  # a ready cache is only read: it may be read-only
            with _lock(root):  # graders running in parallel share the cache: one of them writes it
                if not synthetic_ready(root, synthetic_params()):
                    make_synthetic(root)
        csv_path, image_dir = root / "dataset.csv", root / "images"
    else:
        root = Path(root or ROOT_CACHE)
        download(root)
        csv_path, image_dir = root / "dataset.csv", unpack(root)
    table = validate_csv(csv_path)
    if verbose and use_offline:
        print(f"[data] OFFLINE SYNTHETIC stand-in, not radiographs: {len(table)} images of "
              f"{table['patient_id'].nunique()} patients in {root}; unset COURSE_OFFLINE for GRAZPEDWRI-DX.")
    elif verbose:
        print(f"[data] GRAZPEDWRI-DX from {root} (md5 verified): {len(table)} images")
    return csv_path, image_dir


@contextlib.contextmanager
def _lock(root: Path):
    """An exclusive lock on root's sibling `<name>.lock` (POSIX; elsewhere no lock)."""
    root.parent.mkdir(parents=True, exist_ok=True)
    with open(root.with_name(root.name + ".lock"), "w") as handle:
        if fcntl:
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


# ---------------------------------------------------------------- download and unpack

def md5_of(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "md5").hexdigest()


def _marker(path: Path) -> Path:
    return path.with_name(path.name + ".md5")


def _is_complete(path: Path) -> bool:
    """Verified before (marker), and still there or deliberately removed after unpacking."""
    marker = _marker(path)
    return marker.exists() and (path.exists() or ZIP_REMOVED in marker.read_text())


def download(root, api_url: str = ARTICLE_API, names=FILE_NAMES) -> list[Path]:
    """Fetch the files `names` of the figshare article into root, resuming, each checked against its md5.
    Files verified before (a `<name>.md5` marker) are skipped without contacting figshare."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    todo = [name for name in names if not _is_complete(root / name)]
    if todo:
        with _open(api_url, root) as response:  # the public JSON lists name, size, computed_md5, download_url
            files = {entry["name"]: entry for entry in json.load(response).get("files", [])}
        for name in todo:
            if name not in files:
                raise ValueError(f"figshare article {api_url} has no file {name!r}; it lists {sorted(files)}")
            _fetch(files[name], root / name)
    return [root / name for name in names]


def _open(url: str, target: Path, headers: dict | None = None):
    request = urllib.request.Request(url, headers={"User-Agent": "dl-course", **(headers or {})})
    try:
        return urllib.request.urlopen(request, timeout=60)
    except (OSError, HTTPException) as error:
        raise _network_error(url, target, error) from None


def _network_error(url: str, target: Path, error: Exception) -> RuntimeError:
    return RuntimeError(
        f"Could not download {url} ({error}).\n  Target: {target}. Run again to resume where it stopped,\n"
        f"  or set COURSE_OFFLINE=1 to use the synthetic stand-in (not radiographs; results differ).")


def _fetch(entry: dict, path: Path) -> None:
    """Download entry to path via path.part (resuming), verify size and md5, then write the marker."""
    url, size, md5 = entry["download_url"], int(entry["size"]), entry.get("computed_md5")
    if not md5:
        raise ValueError(f"figshare lists no md5 for {path.name}; cannot verify {url}")
    if path.exists() and path.stat().st_size == size and md5_of(path) == md5:
        _marker(path).write_text(f"{md5}  {path.name}\n")  # downloaded by hand, and correct
        return
    part = path.with_name(path.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    if have > size:
        part.unlink()
        have = 0
    if have < size:
        _stream(url, part, have, size)
    found_size = part.stat().st_size
    if found_size < size:
        raise _network_error(url, part, f"the connection ended after {found_size} of {size} bytes")
    found = md5_of(part) if found_size == size else f"(size {found_size}, expected {size})"
    if found != md5:
        part.unlink()
        raise ValueError(f"{path.name} from {url} is corrupt: md5 {found}, expected {md5}. The partial file "
                         f"was deleted; run again to download it afresh.")
    part.replace(path)
    _marker(path).write_text(f"{md5}  {path.name}\n")


def _stream(url: str, part: Path, have: int, size: int) -> None:
    """Append to part from byte `have` (HTTP 206), or restart from zero if the server ignores the range."""
    headers = {"Range": f"bytes={have}-"} if have else {}
    with _open(url, part, headers) as response:
        if response.status != 206:
            have = 0
        print(f"downloading {part.stem} ({size / 1e6:.0f} MB) from {url}"
              + (f", resuming at {have / 1e6:.0f} MB" if have else ""), flush=True)
        twentieths = have * 20 // size
        with open(part, "ab" if have else "wb") as f:
            try:
                for block in iter(lambda: response.read(CHUNK), b""):
                    f.write(block)
                    have += len(block)
                    if have * 20 // size > twentieths:
                        twentieths = have * 20 // size
                        print(f"  {part.stem}: {5 * twentieths}%", flush=True)
            except (OSError, HTTPException) as error:
                raise _network_error(url, part, error) from None


def unpack(root, remove_zips: bool = False) -> Path:
    """Extract every *.png of root/images_part*.zip flat into root/images/; returns that folder."""
    root = Path(root)
    image_dir = root / "images"
    zips = sorted(root.glob("images_part*.zip"))
    if not zips and not any(image_dir.glob("*.png")):
        raise FileNotFoundError(f"no images_part*.zip in {root}: run download({str(root)!r}) first")
    image_dir.mkdir(parents=True, exist_ok=True)
    for zip_path in zips:
        try:
            _extract_pngs(zip_path, image_dir)
        except (zipfile.BadZipFile, zlib.error, EOFError) as error:
            raise ValueError(f"{zip_path} is corrupt ({error}): delete it and run again "
                             f"to download it afresh.") from None
        if remove_zips:
            with open(_marker(zip_path), "a") as f:  # so that download() does not fetch it again
                f.write(ZIP_REMOVED)
            zip_path.unlink()
    return image_dir


def _extract_pngs(zip_path: Path, image_dir: Path) -> None:
    with zipfile.ZipFile(zip_path) as archive:
        for info in archive.infolist():
            name = PureWindowsPath(info.filename)  # splits on both / and \\
            if ".." in name.parts or name.anchor:
                raise ValueError(f"{zip_path} holds an unsafe name {info.filename!r}; refusing to unpack it")
            if info.is_dir() or name.suffix.lower() != ".png":
                continue
            target = image_dir / name.name
            if target.exists() and target.stat().st_size == info.file_size:
                continue
            partial = target.with_name(target.name + ".part")  # renamed once its CRC has been checked
            with archive.open(info) as source, open(partial, "wb") as out:
                shutil.copyfileobj(source, out, CHUNK)
            partial.replace(target)


# ---------------------------------------------------------------- the table and the image cache

def validate_csv(csv_path) -> pd.DataFrame:
    """The raw table, after checking filestem (unique) and fracture_visible (1 or empty)."""
    table = pd.read_csv(csv_path)
    missing = [c for c in ("filestem", "fracture_visible") if c not in table.columns]
    if missing:
        raise ValueError(f"{csv_path} lacks the column(s) {missing}; it has {list(table.columns)}")
    values = table["fracture_visible"]
    bad = values.notna() & ~values.astype(str).isin(["1", "1.0"])
    if bad.any():
        rows = [f"line {i + 2}: {table.at[i, 'filestem']} -> {values[i]!r}" for i in table.index[bad][:5]]
        raise ValueError(f"{csv_path}: fracture_visible must be 1 or empty; {bad.sum()} row(s) are not, e.g. "
                         + "; ".join(rows))
    counts = table["filestem"].value_counts()
    duplicated = counts[counts > 1]
    if len(duplicated):
        shown = ", ".join(f"{stem} ({n}x)" for stem, n in duplicated.head(5).items())
        raise ValueError(f"{csv_path}: {len(duplicated)} filestem(s) occur more than once: {shown}")
    return table


def cache_images(filestems, image_dir, preprocess, size: int, cache_dir, workers: int = 2):
    """Run preprocess(image_dir/name, size) once per file name (a filestem with ".png") into cache_dir/name.

    Returns (kept, skipped): the names now cached, in input order, and (name, reason) for images that
    are missing or unreadable (a truncated PNG fails PIL's verify). Use one cache_dir per (preprocess,
    size): a file already in cache_dir is kept as it is.
    """
    names, image_dir, cache_dir = list(filestems), Path(image_dir), Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)

    def one(name: str):
        target = cache_dir / name
        return "cached" if target.exists() else _cache_one(image_dir / name, target, preprocess, size)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        try:
            outcomes = list(pool.map(one, names))
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise
    kept = [name for name, outcome in zip(names, outcomes) if outcome in ("new", "cached")]
    skipped = [(name, outcome) for name, outcome in zip(names, outcomes) if outcome not in ("new", "cached")]
    print(f"cached {len(kept)} images into {cache_dir} ({outcomes.count('new')} new), skipped {len(skipped)}")
    for name, reason in skipped[:5]:
        print(f"  skipped {name}: {reason}")
    return kept, skipped


def _cache_one(source: Path, target: Path, preprocess, size: int) -> str:
    """"new" once target is written, else the reason the source image was skipped."""
    if not source.exists():
        return "missing"
    try:
        with Image.open(source) as image:
            image.verify()  # reads every chunk and its CRC: catches truncated and damaged files
    except Exception as error:
        return f"unreadable: {type(error).__name__}: {error}"
    try:
        array = preprocess(str(source), size)  # a str suits PIL, keras, tf.io and cv2 alike
    except Exception as error:
        error.add_note(f"raised by preprocess({str(source)!r}, {size})")
        raise
    if not (isinstance(array, np.ndarray) and array.dtype == np.uint8 and array.shape == (size, size, 3)):
        found = f"{array.dtype} {array.shape}" if isinstance(array, np.ndarray) else type(array).__name__
        raise TypeError(f"preprocess(path, size) must return a uint8 numpy array of shape ({size}, {size}, 3); "
                        f"got {found} for {source}")
    partial = target.with_name(target.name + ".tmp")
    Image.fromarray(array, "RGB").save(partial, format="PNG")
    partial.replace(target)
    return "new"
