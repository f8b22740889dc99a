"""The worker side of class grading: one private course per worker process, where a staged submission is
autograded by nbgrader with the sandboxed executor (grader.execute), and the executed notebooks sent back.

A job carries everything as bytes (the course's config and source notebooks, the submission), so a worker
needs only this package installed: a local process and a Dask worker on a cluster node run the same code.
The worker's own gradebook is private and thrown away; grader.autograde merges results into the course's.
Only the notebooks that were staged come back, read from nbgrader's output and capped in size; whatever
else a run leaves (its temporary folders, its cgroups) is removed when it ends, however it ends.
"""
import atexit
import hashlib
import os
import shutil
import stat
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from . import limits, sandbox
from .course import NbgraderError, autograde_steps
from .nbgrader_template import nbgrader

MAX_NOTEBOOK = 50 * 2**20  # bytes of an executed notebook sent back (a cell's output is capped at 1 MB)
# The worker course's executor: nbgrader's own autograde steps with SandboxedExecute in place of Execute.
HARDENED_CONFIG = f"""
# Added by grader.worker: student code runs in the sandbox, hidden tests in the grader's tester.
c.Autograde.autograde_preprocessors = {autograde_steps("autograde", {"Execute": "grader.execute.SandboxedExecute"})!r}
"""


def read_tree(folder: Path) -> dict[str, bytes]:
    """Every regular file under folder (symbolic links, devices and FIFOs are not followed or read)."""
    folder, out = Path(folder), {}
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in sorted(files):
            path = Path(root) / name
            if stat.S_ISREG(path.lstat().st_mode):
                out[str(path.relative_to(folder))] = path.read_bytes()
    return dict(sorted(out.items()))


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
    files: dict[str, bytes] | None  # the executed notebooks; None when nbgrader could not grade
    reason: str | None = None  # why not
    seconds: float = 0.0


_courses: dict[str, Path] = {}
PRIVATE_DB = {"COURSE_DB_URL": ""}  # a worker course keeps its own sqlite gradebook, whatever the main one is


def worker_course(job: Job) -> Path:
    """This process's private course for job.course, released on first use, removed when the process exits."""
    key = digest(job.course)
    if key not in _courses:
        root = Path(tempfile.mkdtemp(prefix="grading-worker-"))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        write_tree(job.course, root)
        with open(root / "nbgrader_config.py", "a") as config:
            config.write(HARDENED_CONFIG)
        nbgrader(root, "generate_assignment", job.assignment, "--force", env=PRIVATE_DB)
        _courses[key] = root
    return _courses[key]


_home: Path | None = None  # this worker's short folder: its tester box, and each job's kernel box
_testers: sandbox.Box | None = None


def tester_box() -> sandbox.Box | None:
    """This worker's tester box, started on first use: the testers of every student it grades are forked from
    its one template, each a fresh process that runs only the grader's code. It can write `_home`, where each
    job keeps its kernel box (and the notebooks' shared folders); it is closed when the worker exits."""
    global _home, _testers
    if not sandbox.boxes_wanted():
        return None
    if _testers is None or not _testers.alive():
        if _testers is None:
            _home = sandbox.socket_folder()
            atexit.register(lambda: (_testers.close(), shutil.rmtree(_home, ignore_errors=True)))
        else:
            _testers.close()
        _testers = sandbox.Box(serves=[_home], parent=str(_home))
    return _testers


def read_notebook(path: Path) -> bytes | None:
    """An executed notebook written by nbgrader, if it is a regular file within the size cap."""
    try:
        info = path.lstat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_NOTEBOOK:
        return None
    return path.read_bytes()


def grade(job: Job) -> Outcome:
    """Autograde one staged submission in this worker's course; never raises for a bad submission."""
    start = time.monotonic()
    root = worker_course(job)
    submitted = root / "submitted" / job.student / job.assignment
    autograded = root / "autograded" / job.student / job.assignment
    shutil.rmtree(submitted.parent, ignore_errors=True)
    write_tree(job.files, submitted)
    staged = [Path(name).stem for name in job.files if name.endswith(".ipynb") and "/" not in name]
    run = f"job-{uuid.uuid4().hex[:8]}"
    testers = tester_box()
    scratch = Path(tempfile.mkdtemp(prefix=f"grader-{run}-"))
    sockets = sandbox.socket_folder(str(_home) if testers else None)
    env = {**job.env, **PRIVATE_DB, "TMPDIR": str(scratch), "COURSE_SOCKETS": str(sockets), "COURSE_JOB": run}
    if testers:
        env["COURSE_TESTER_CTL"] = str(testers.ctl)
    try:
        nbgrader(root, "autograde", job.assignment, f"--student={job.student}", "--force", env=env,
                 timeout=job.wall_limit)
        files = {f"{name}.ipynb": read_notebook(autograded / f"{name}.ipynb") for name in staged}
        return Outcome(job.student, {k: v for k, v in files.items() if v is not None},
                       seconds=time.monotonic() - start)
    except NbgraderError as error:
        return Outcome(job.student, None, f"nbgrader stopped with `{error.reason}`", time.monotonic() - start)
    except subprocess.TimeoutExpired:
        reason = f"the notebooks ran longer than the grader's limit of {job.wall_limit:.0f} s in total"
        return Outcome(job.student, None, reason, time.monotonic() - start)
    finally:
        limits.remove_groups(run)
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.rmtree(sockets, ignore_errors=True)
        shutil.rmtree(submitted.parent, ignore_errors=True)
        shutil.rmtree(autograded.parent, ignore_errors=True)


def job_env(extra: dict | None = None) -> dict[str, str]:
    """What a remote worker must know of this machine's settings: profile, data source, seed, sandbox, limits."""
    keys = ("COURSE_PROFILE", "COURSE_OFFLINE", "COURSE_SEED", "COURSE_SANDBOX", "COURSE_CELL_TIMEOUT",
            "COURSE_CGROUPS", "COURSE_NOTEBOOK_MEMORY_GB", "COURSE_NOTEBOOK_PROCESSES", "COURSE_NOTEBOOK_DISK_GB",
            "TF_CPP_MIN_LOG_LEVEL")
    return {**{k: os.environ[k] for k in keys if k in os.environ}, **(extra or {})}
