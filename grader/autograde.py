"""Grade a class in parallel: check each submission, autograde it on workers, merge into one gradebook.

    python -m grader.autograde hw4 [--workers N | --scheduler tcp://HOST:8786] [--student GLOB] [--root DIR]

1. Each submission is checked and staged (grader.staging); submitted/ is never modified.
2. Workers (local processes, or a Dask cluster with --scheduler) autograde each staged submission in a
   private course with the hardened executor: sandboxed kernel, output cap, tamper guard, time limit
   (grader.worker). A submission nbgrader cannot grade is staged again as the unanswered release,
   with the reason, and graded.
3. This process alone writes the course's gradebook: whenever workers have finished some students, it
   re-scores their executed notebooks with nbgrader's own autograde steps minus execution (one nbgrader
   run per batch: the first as soon as it is done, then at most every MERGE_EVERY seconds), then marks each
   student done in .staged/done/.
   A rerun after an interruption skips done students whose submission, course and settings have not changed.
4. Failures that match a known mistake are recorded with its hint (grader.known_mistakes). Then feedback HTML
   (with those hints), autograded/grades.csv (nbgrader's export), and the class report: score table, means per
   question, a grade histogram, a registrar CSV, the known mistakes made and an item analysis
   (grader.class_report).
"""
import argparse
import fnmatch
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import nbformat
from tqdm import tqdm

from . import class_report, known_mistakes, limits, sandbox
from . import worker as gw
from .course import (ROOT, NbgraderError, autograde_steps, notebooks, release, score_table,
                     scores)
from .feedback import lock_down_folder
from .nbgrader_template import nbgrader
from .staging import STAGED, CHECKED, linked_submission, stage

RESULTS = f"{STAGED}/results"
DONE = f"{STAGED}/done"
WALL_LIMIT = 900.0  # seconds per submitted notebook, all cells together (a cell alone has Execute.timeout)
MERGE_EVERY = 20.0  # seconds between merges: each one is an nbgrader run of a few seconds in this process
# Re-scoring a worker's executed notebook: nbgrader's autograde steps without ClearOutput and Execute, and
# the student's HTML sanitized before it is stored (the formgrader and the feedback show it).
MERGE = [f"--Autograde.{phase}_preprocessors={step}"
         for phase, steps in (("sanitize", autograde_steps("sanitize", {"ClearOutput": None})),
                              ("autograde", ["grader.feedback.SanitizeStudentHTML",
                                             *autograde_steps("autograde", {"Execute": None})]))
         for step in steps]


@dataclass
class StudentResult:
    student: str
    notes: dict[str, list[str]] = field(default_factory=dict)  # notebook -> notes
    error: str | None = None  # set when even the fallback could not be graded
    resumed: bool = False  # already graded by an earlier run, not graded again


def students(root: Path, assignment: str, pattern: str = "*") -> list[str]:
    base = Path(root) / "submitted"
    return sorted(p.parent.name for p in base.glob(f"*/{assignment}") if p.is_dir()
                  and fnmatch.fnmatch(p.parent.name, pattern))


def course_bundle(root: Path, assignment: str) -> dict[str, bytes]:
    """What a worker needs to build its private course: the config and the assignment's source folder."""
    files = {f"source/{assignment}/{k}": v for k, v in gw.read_tree(root / "source" / assignment).items()
             if "/." not in f"/{k}" and "__pycache__" not in k}
    files["nbgrader_config.py"] = (root / "nbgrader_config.py").read_bytes()
    return files


def warm_caches() -> None:
    """Fill the data caches the notebooks read, outside the sandbox (inside, data/ is read-only)."""
    from utils import hands
    from utils.config import offline
    from utils.downloads import CACHE

    if offline():
        from utils.grazpedwri import load_grazpedwri

        load_grazpedwri(use_offline=True, verbose=False)
    if offline() or (CACHE / hands.ARCHIVE).exists():  # the stand-in, or the real archive unzipped
        hands.hands_folder(verbose=False)
    from utils import sentences

    if offline() or (CACHE / sentences.manifest_entry("sentiment_sentences")["file"]).exists():
        sentences.sentence_files(verbose=False)  # the stand-in written, or the real files extracted
    if not offline() and (CACHE / sentences.manifest_entry("glove_6b")["file"]).exists():
        sentences.word_vectors([], verbose=False)  # a first use records the archive's sha256 beside it


class Ledger:
    """.staged/done/<student>.json: who is fully graded, for which submission (a hash of everything graded)."""

    def __init__(self, root: Path):
        self.folder = Path(root) / DONE
        self.folder.mkdir(parents=True, exist_ok=True)

    def key(self, root: Path, assignment: str, student: str, course_key: str, env: dict) -> str:
        files = gw.read_tree(Path(root) / "submitted" / student / assignment)
        text = json.dumps([course_key, gw.digest(files), sorted(env.items())])
        return hashlib.sha256(text.encode()).hexdigest()

    def get(self, student: str, key: str) -> StudentResult | None:
        path = self.folder / f"{student}.json"
        if not path.exists():
            return None
        data = json.loads(path.read_text())
        if data.pop("key") != key:
            return None
        return StudentResult(**{**data, "resumed": True})

    def put(self, result: StudentResult, key: str) -> None:
        path = self.folder / f"{result.student}.json"
        tmp = path.with_suffix(".tmp")
        data = {**asdict(result), "key": key}
        data.pop("resumed")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, path)  # atomic: a marker is whole or absent

    def forget(self, student: str) -> None:
        (self.folder / f"{student}.json").unlink(missing_ok=True)


@contextmanager
def dask_client(workers: int, scheduler: str | None):
    """A Dask client: the cluster at `scheduler`, or `workers` local worker processes whose temporary files
    (worker courses, notebook scratch folders, Dask's own) all go to one folder, removed when the cluster has
    closed."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    sweep_runs()
    folder, saved = tempfile.mkdtemp(prefix=f"grader-run-{os.getpid()}-"), os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = folder  # inherited by the worker processes (and by those a nanny restarts)
    try:
        with dask.config.set({"temporary-directory": folder}), \
                LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                             memory_limit=0, silence_logs=logging.ERROR, local_directory=folder) as cluster, \
                Client(cluster) as client:
            yield client
    finally:
        os.environ.pop("TMPDIR", None) if saved is None else os.environ.update(TMPDIR=saved)
        shutil.rmtree(folder, ignore_errors=True)


def sweep_runs() -> None:
    """Remove what earlier runs that were killed left in the temporary folders (their process is gone)."""
    runs = Path(tempfile.gettempdir()).glob("grader-run-*-*")
    for folder in [*runs, *sandbox.socket_home().glob(f"{sandbox.SOCKETS}*-*")]:
        try:
            os.kill(int(folder.name.split("-")[2]), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except (ValueError, PermissionError):
            pass
    limits.sweep()


# What collect wrote beside the notebooks (nbgrader's exchange, or grader.lms): when the submission arrived,
# which the late penalty reads, and the secret under which release_feedback files the student's feedback.
RECORDS = ("timestamp.txt", "submission_secret.txt")


def readable_record(path: Path) -> bool:
    """A timestamp nbgrader can parse (one it cannot would make it refuse the student), or any secret."""
    from nbgrader.utils import parse_utc

    if path.name != "timestamp.txt":
        return True
    try:
        parse_utc(path.read_text().strip())
        return True
    except (ValueError, OverflowError, UnicodeDecodeError):
        return False


def merge(root: Path, assignment: str, outcomes: list[gw.Outcome]) -> dict[str, str]:
    """Record workers' executed notebooks in root's gradebook and autograded/, in one nbgrader run (only this
    process writes the gradebook). Returns student -> reason for any that nbgrader refused."""
    if not outcomes:
        return {}
    inbox = root / RESULTS
    shutil.rmtree(inbox, ignore_errors=True)
    for outcome in outcomes:
        folder = inbox / outcome.student / assignment
        gw.write_tree(outcome.files, folder)
        for name in RECORDS:
            src = root / "submitted" / outcome.student / assignment / name
            if src.is_file() and not src.is_symlink() and src.stat().st_size <= 4096 and readable_record(src):
                shutil.copyfile(src, folder / name)
    proc = nbgrader(root, "autograde", assignment, "--student=*", "--force",
                    f"--CourseDirectory.submitted_directory={RESULTS}", *MERGE, check=False)
    shutil.rmtree(inbox, ignore_errors=True)
    if proc.returncode == 0:
        return {}
    log = proc.stdout + proc.stderr
    reason = NbgraderError("autograde", proc.returncode, log).reason
    return {o.student: reason for o in outcomes if f"for student '{o.student}'" in log}


def grade_class(root: Path, assignment: str, pattern: str = "*", envs: dict | None = None, workers: int = 2,
                scheduler: str | None = None, wall_limit: float = WALL_LIMIT, log=print,
                progress: bool = True) -> list[StudentResult]:
    """Grade every matching student in parallel, then write feedback and export grades; one failure stops
    nothing. `envs` maps a student to extra environment (e.g. COURSE_SEED). The assignment must be released
    in root's gradebook first (`course.release`). `progress` shows a bar (students done, time left) on stderr
    with each failure as it happens; without it, `log` gets a line per student."""
    root, envs = Path(root), envs or {}
    if sandbox.warning():
        log(sandbox.warning())
    log(limits.describe())
    warm_caches()
    release_nbs = {n: nbformat.read(str(root / "release" / assignment / f"{n}.ipynb"), as_version=4)
                   for n in notebooks(root, assignment, "release")}
    bundle = course_bundle(root, assignment)
    course_key = gw.digest(bundle)
    ledger = Ledger(root)
    in_gradebook = {row.student for row in scores(root, assignment)}
    results, jobs, keys = {}, {}, {}
    for student in students(root, assignment, pattern):
        env = gw.job_env(envs.get(student))
        keys[student] = ledger.key(root, assignment, student, course_key, env)
        done = ledger.get(student, keys[student])
        if done and student in in_gradebook:
            results[student] = done
            continue
        ledger.forget(student)
        if linked_submission(root, assignment, student):
            results[student] = StudentResult(student, error=f"submitted/{student}/{assignment} is a symbolic link: "
                                             "not graded (a link can point at another student's work)")
            continue
        results[student] = StudentResult(student, stage(root, assignment, student, release_nbs))
        jobs[student] = job(root, assignment, student, bundle, env, wall_limit)
    if jobs:
        log(f"grading {len(jobs)} students on {scheduler or f'{workers} local workers'}"
            + (f" ({len(results) - len(jobs)} already graded)" if len(results) > len(jobs) else ""))
        with tqdm(total=len(jobs), desc="graded", unit="student", disable=not progress, smoothing=0.1) as bar:
            run_jobs(root, assignment, jobs, results, keys, ledger, release_nbs, workers, scheduler,
                     bar.write if progress else log, bar)
    known_mistakes.write_matches(root, assignment, sorted(results))
    feedback_and_export(root, assignment, pattern)
    class_report.write(root, assignment, [r for r in scores(root, assignment) if r.student in results])
    return [results[s] for s in sorted(results)]


def job(root: Path, assignment: str, student: str, bundle: dict, env: dict, wall_limit: float) -> gw.Job:
    """The job for a staged student; the time limit scales with the number of notebooks."""
    files = gw.read_tree(root / CHECKED / student / assignment)
    count = max(1, sum(name.endswith(".ipynb") for name in files))
    return gw.Job(student, assignment, files, bundle, env, wall_limit * count)


def run_jobs(root, assignment, jobs, results, keys, ledger, release_nbs, workers, scheduler, log, bar) -> None:
    """Grade the jobs on the cluster; merge what is finished every MERGE_EVERY seconds, and at the end. The
    bar counts students as they finish; failures are logged as they happen."""
    from distributed import as_completed

    with dask_client(workers, scheduler) as client:
        largest_first = sorted(jobs.values(), key=lambda j: -sum(len(data) for data in j.files.values()))
        futures = client.map(gw.grade, largest_first, pure=False)
        owner = {f.key: j.student for f, j in zip(futures, largest_first)}
        pending = as_completed(futures, with_results=True, raise_errors=False)
        fell_back, finished, last_merge = set(), [], float("-inf")  # the first students are merged at once
        for batch in pending.batches():
            for future, outcome in batch:
                if not isinstance(outcome, gw.Outcome):  # the worker itself failed (e.g. it was killed)
                    outcome = gw.Outcome(owner[future.key], None, f"the grading worker failed ({type(outcome).__name__})")
                result = results[outcome.student]
                if outcome.files is None and outcome.student not in fell_back:
                    fell_back.add(outcome.student)  # grade the unanswered release instead, with the reason
                    log(f"{outcome.student}: {outcome.reason}; grading it as unanswered, with the reason")
                    reason = ("The autograder could not run your notebook and graded it as unanswered: "
                              f"{outcome.reason}. Ask your TA, who has the file you submitted.")
                    result.notes = stage(root, assignment, outcome.student, release_nbs, fallback=reason)
                    staged = gw.read_tree(root / CHECKED / outcome.student / assignment)
                    retry = client.submit(gw.grade, replace(jobs[outcome.student], files=staged), pure=False)
                    owner[retry.key] = outcome.student
                    pending.add(retry)
                else:
                    result.error = None if outcome.files is not None else outcome.reason
                    finished.append(outcome)
                    bar.update(1)
                    if result.error:
                        log(f"{outcome.student}: NOT GRADED: {result.error}")
            if finished and (pending.is_empty() or time.monotonic() - last_merge >= MERGE_EVERY):
                record(root, assignment, finished, results, keys, ledger, log, bar.disable)
                finished, last_merge = [], time.monotonic()
        if finished:
            record(root, assignment, finished, results, keys, ledger, log, bar.disable)


def record(root, assignment, finished: list[gw.Outcome], results, keys, ledger, log, each: bool) -> None:
    """Merge the finished students into the gradebook and mark them done in the ledger; log the merge's
    refusals (and, if `each`, every student)."""
    refused = merge(root, assignment, [o for o in finished if o.files is not None])
    for outcome in finished:
        result = results[outcome.student]
        if refused.get(outcome.student) and not result.error:
            log(f"{outcome.student}: NOT GRADED: {refused[outcome.student]}")
        result.error = result.error or refused.get(outcome.student)
        if not result.error:  # a student that failed is tried again by the next run
            ledger.put(result, keys[outcome.student])
        if each:
            log(f"graded {outcome.student} in {outcome.seconds:.0f} s"
                + (f": NOT GRADED: {result.error}" if result.error else ""))


def feedback_and_export(root: Path, assignment: str, pattern: str = "*") -> None:
    """Feedback HTML for the graded students (pages that run no script), and the whole gradebook as
    autograded/grades.csv."""
    nbgrader(root, "generate_feedback", assignment, f"--student={pattern}", "--force", check=False)
    for folder in (root / "feedback").glob(f"{pattern}/{assignment}"):
        lock_down_folder(folder)
    nbgrader(root, "export", "--to=autograded/grades.csv", check=False)


def report(root: Path, assignment: str, results: list[StudentResult]) -> str:
    lines = [score_table([r for r in scores(root, assignment) if r.student in {x.student for x in results}])]
    for r in results:
        for name, notes in r.notes.items():
            for note in notes:
                lines.append(f"{r.student}/{name}: {note}")
        if r.error:
            lines.append(f"{r.student}: NOT GRADED: {r.error}")
        for name in notebooks(root, assignment, "release"):
            html = root / "feedback" / r.student / assignment / f"{name}.html"
            if (root / "submitted" / r.student / assignment / f"{name}.ipynb").exists() and not html.exists():
                lines.append(f"{r.student}/{name}: no feedback file was written")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("assignment")
    parser.add_argument("--student", default="*", help="glob of student ids (default: all)")
    parser.add_argument("--root", type=Path, default=ROOT, help="course directory (default: the repository)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="local worker processes")
    parser.add_argument("--scheduler", help="address of a Dask scheduler (e.g. tcp://head:8786) instead")
    parser.add_argument("--wall-limit", type=float, default=WALL_LIMIT,
                        help=f"seconds per notebook, all cells together (default {WALL_LIMIT:g})")
    parser.add_argument("--quiet", action="store_true", help="no progress bar or running log: the report only")
    args = parser.parse_args(argv)
    release(args.root, args.assignment)  # registers the assignment in the gradebook; release/ comes out identical
    results = grade_class(args.root, args.assignment, args.student, workers=args.workers,
                          scheduler=args.scheduler, wall_limit=args.wall_limit,
                          log=(lambda *_: None) if args.quiet else print, progress=not args.quiet)
    if not results:
        print(f"no submissions under {args.root / 'submitted'}/*/{args.assignment}")
        return 1
    print(report(args.root, args.assignment, results))
    print(f"grades: autograded/grades.csv, autograded/{args.assignment}_registrar.csv; report: "
          f"autograded/{args.assignment}_report.md; feedback: feedback/<student>/{args.assignment}/")
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
