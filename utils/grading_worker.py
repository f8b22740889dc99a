"""The worker side of class grading: one private course per worker process, where a staged submission is
autograded by nbgrader with the hardened executor (utils.execute), and the autograded folder sent back.

A job carries everything as bytes (the course's config and source notebooks, the submission), so a worker
needs only this package installed: a local process and a Dask worker on a cluster node run the same code.
The worker's own gradebook is private and thrown away; utils.autograde merges results into the course's.
"""
import hashlib
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .course import NbgraderError, autograde_steps, nbgrader

# The worker course's executor: nbgrader's own autograde steps with GuardedExecute in place of Execute.
HARDENED_CONFIG = f"""
# Added by utils.grading_worker: untrusted notebooks run in the sandbox, with output caps and the tamper guard.
c.Autograde.autograde_preprocessors = {autograde_steps("autograde", {"Execute": "utils.execute.GuardedExecute"})!r}
"""


def read_tree(folder: Path) -> dict[str, bytes]:
    folder = Path(folder)
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def write_tree(files: dict[str, bytes], folder: Path) -> None:
    for rel, data in files.items():
        path = Path(folder) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def digest(files: dict[str, bytes]) -> str:
    h = hashlib.sha256()
    for rel in sorted(files):
        h.update(rel.encode() + b"\0" + hashlib.sha256(files[rel]).digest())
    return h.hexdigest()


@dataclass
class Job:
    student: str
    assignment: str
    files: dict[str, bytes]  # the staged submission folder
    course: dict[str, bytes]  # nbgrader_config.py and source/<assignment>/...
    env: dict[str, str] = field(default_factory=dict)
    wall_limit: float | None = None  # seconds for all of the student's notebooks together


@dataclass
class Outcome:
    student: str
    files: dict[str, bytes] | None  # the autograded folder; None when nbgrader could not grade
    reason: str | None = None  # why not
    seconds: float = 0.0


_courses: dict[str, Path] = {}
PRIVATE_DB = {"COURSE_DB_URL": ""}  # a worker course keeps its own sqlite gradebook, whatever the main one is


def worker_course(job: Job) -> Path:
    """This process's private course for job.course, released on first use."""
    key = digest(job.course)
    if key not in _courses:
        root = Path(tempfile.mkdtemp(prefix="grading-worker-"))
        write_tree(job.course, root)
        with open(root / "nbgrader_config.py", "a") as config:
            config.write(HARDENED_CONFIG)
        nbgrader(root, "generate_assignment", job.assignment, "--force", env=PRIVATE_DB)
        _courses[key] = root
    return _courses[key]


def grade(job: Job) -> Outcome:
    """Autograde one staged submission in this worker's course; never raises for a bad submission."""
    start = time.monotonic()
    root = worker_course(job)
    submitted = root / "submitted" / job.student / job.assignment
    autograded = root / "autograded" / job.student / job.assignment
    shutil.rmtree(submitted.parent, ignore_errors=True)
    write_tree(job.files, submitted)
    try:
        nbgrader(root, "autograde", job.assignment, f"--student={job.student}", "--force",
                 env={**job.env, **PRIVATE_DB}, timeout=job.wall_limit)
        return Outcome(job.student, read_tree(autograded), seconds=time.monotonic() - start)
    except NbgraderError as error:
        return Outcome(job.student, None, f"nbgrader stopped with `{error.reason}`", time.monotonic() - start)
    except subprocess.TimeoutExpired:
        reason = f"the notebooks ran longer than the grader's limit of {job.wall_limit:.0f} s in total"
        return Outcome(job.student, None, reason, time.monotonic() - start)
    finally:
        shutil.rmtree(submitted.parent, ignore_errors=True)
        shutil.rmtree(autograded.parent, ignore_errors=True)


def job_env(extra: dict | None = None) -> dict[str, str]:
    """What a remote worker must know of this machine's settings: profile, data source, seed, sandbox."""
    keys = ("COURSE_PROFILE", "COURSE_OFFLINE", "COURSE_SEED", "COURSE_SANDBOX", "COURSE_CELL_TIMEOUT",
            "TF_CPP_MIN_LOG_LEVEL")
    return {**{k: os.environ[k] for k in keys if k in os.environ}, **(extra or {})}
