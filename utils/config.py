"""Run profile, offline switch, seeding and the one-line banner every notebook prints.

Environment variables (all optional):
- COURSE_PROFILE   "full" (default) or "fast"; nbgrader execution (NBGRADER_EXECUTION) always means "fast".
- COURSE_OFFLINE   "1" selects offline stand-ins for datasets and pretrained weights.
- COURSE_SEED      integer seed for numpy, Python and Keras (default 0).
"""
import os
import random
import sys
from contextlib import contextmanager

import numpy as np

PROFILES = ("full", "fast")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def profile() -> str:
    """The active profile: "fast" under nbgrader or COURSE_PROFILE=fast, else COURSE_PROFILE or "full"."""
    if os.environ.get("NBGRADER_EXECUTION"):
        return "fast"
    name = os.environ.get("COURSE_PROFILE", "full").strip().lower() or "full"
    if name not in PROFILES:
        raise ValueError(f"COURSE_PROFILE must be one of {PROFILES}; got {name!r}")
    return name


def is_fast() -> bool:
    return profile() == "fast"


def offline() -> bool:
    """True when COURSE_OFFLINE asks for stand-ins that need no network."""
    return os.environ.get("COURSE_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


def course_seed() -> int:
    value = os.environ.get("COURSE_SEED", "0").strip() or "0"
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"COURSE_SEED must be an integer; got {value!r}") from None


@contextmanager
def _quiet_stderr():
    """Silence C-level stderr (TensorFlow's oneDNN notice ignores TF_CPP_MIN_LOG_LEVEL in 2.21)."""
    sys.stderr.flush()
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(devnull)
        os.close(saved)


def import_keras():
    """Import Keras (TensorFlow backend) without TensorFlow's start-up notices."""
    if "keras" not in sys.modules:
        os.environ.setdefault("KERAS_BACKEND", "tensorflow")
        with _quiet_stderr():
            import tensorflow  # noqa: F401
    import keras

    return keras


def seed_everything(seed: int | None = None) -> int:
    """Seed Python, NumPy and (if imported) Keras/TensorFlow; returns the seed used."""
    seed = course_seed() if seed is None else int(seed)
    random.seed(seed)
    np.random.seed(seed)
    if "keras" in sys.modules:
        sys.modules["keras"].utils.set_random_seed(seed)
    return seed


def runtime() -> str:
    """The student runtime this kernel imports: the kit's package and version, or this checkout's."""
    from importlib import metadata

    for dist in ("dl-course-runtime", "dl-course"):
        try:
            return f"{dist} {metadata.version(dist)}"
        except metadata.PackageNotFoundError:
            continue
    return "utils from a folder on sys.path (not installed)"


def banner(seed: int, data: str | None = None) -> str:
    """One line: profile, data, seed, runtime, Keras. `data` describes a notebook's own data where it uses no
    dataset. The runtime's version tells a TA which kit a student ran."""
    why = " (nbgrader is running this notebook)" if os.environ.get("NBGRADER_EXECUTION") else ""
    data = data or ("offline stand-ins" if offline() else "real datasets")
    line = f"[course] profile={profile()}{why} | data={data} | seed={seed} | runtime {runtime()}"
    if "keras" in sys.modules:
        keras = sys.modules["keras"]
        line += f" | keras {keras.__version__} ({keras.backend.backend()})"
    return line


def setup_notebook(uses_keras: bool = True, data: str | None = None) -> int:
    """The setup cell's one call: import Keras quietly if needed, seed everything, print the banner (`data`: as
    in `banner`)."""
    if uses_keras:
        import_keras()
    seed = seed_everything()
    print(banner(seed, data))
    return seed
