"""What the dataset loaders share: the manifest of real datasets, the cache folder, checksums, and a download
that is verified and, when it fails, says what to download and where."""
import hashlib
import json
import os
from pathlib import Path


def data_dir() -> Path:
    """The course's data/ folder: $COURSE_DATA if set; else this checkout's; else, where utils is installed from
    the student kit, the first data/ holding a MANIFEST.json in the working folder or above it (a notebook's
    kernel starts in the notebook's folder: kit/hw4/ finds kit/data/)."""
    if os.environ.get("COURSE_DATA"):
        return Path(os.environ["COURSE_DATA"])
    for base in (Path(__file__).resolve().parents[1], Path.cwd(), *Path.cwd().parents):
        if (base / "data" / "MANIFEST.json").is_file():
            return base / "data"
    return Path.cwd() / "data"  # none found: a loader that needs the manifest names the missing file


DATA = data_dir()
CACHE = DATA / "cache"
MANIFEST = DATA / "MANIFEST.json"


def manifest_entry(name: str) -> dict:
    return json.loads(MANIFEST.read_text())["datasets"][name]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def cached(url: str, path: Path, sha256: str | None, dataset: str, size: int | None = None) -> Path:
    """path, downloaded from url first if it is missing, and verified against sha256 every time.

    sha256 None (no published checksum found for the file): the first download is checked by its size, when
    known, and, for a zip, by every member's CRC; its sha256 is then recorded in <path>.sha256 and required
    from then on, so a file that changes later is caught (trust on first use, said so when it happens)."""
    pin = path.with_name(path.name + ".sha256")
    if sha256 is None and pin.exists():
        sha256 = pin.read_text().strip()
    if not path.exists():
        download(url, path, sha256, dataset)
    if sha256 is None:
        first_use_check(path, size, dataset)
        sha256 = sha256_of(path)
        pin.write_text(sha256 + "\n")
        print(f"[data] {dataset}: no published checksum is pinned; this download passed its size and CRC checks "
              f"and its sha256 {sha256} is now required (recorded in {pin}; pin it in data/MANIFEST.json)")
        return path  # just hashed: no second pass over the file
    found = sha256_of(path)
    if found != sha256:
        raise ValueError(f"{path} is corrupt or not the course's {dataset}: sha256 {found}, expected {sha256}. "
                         f"Delete it and run again, or download {url} to that path by hand.")
    return path


def first_use_check(path: Path, size: int | None, dataset: str) -> None:
    """A first download without a pinned checksum: the expected size, and for a zip every member's CRC."""
    import zipfile

    problem = None
    if size is not None and path.stat().st_size != size:
        problem = f"{path.stat().st_size} bytes, expected {size}"
    elif zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            bad = zf.testzip()
        problem = f"member {bad} fails its CRC" if bad else None
    elif path.suffix == ".zip":
        problem = "not a zip archive"
    if problem:
        path.unlink()
        raise ValueError(f"the download of {dataset} at {path} is corrupt ({problem}); it was deleted: run again.")


def download(url: str, path: Path, sha256: str | None, dataset: str) -> None:
    """Fetch url to path with keras.utils.get_file, checking its sha256 when one is known; on failure nothing is
    left at path and the error names the URL, the path and the offline stand-in."""
    from .config import import_keras

    keras = import_keras()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        keras.utils.get_file(fname=path.name, origin=url, file_hash=sha256,
                              cache_dir=str(path.parent.resolve()), cache_subdir=".")
    except Exception as error:  # keras raises a bare Exception for network failures
        path.unlink(missing_ok=True)
        raise RuntimeError(
            f"Could not download {dataset} ({error}).\n"
            f"  Download {url}\n  to {path}{f' (sha256 {sha256})' if sha256 else ''} and run again,\n"
            f"  or set COURSE_OFFLINE=1 to use the offline stand-in (not {dataset}; accuracies differ)."
        ) from None
