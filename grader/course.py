"""Drive nbgrader for a course directory (the repository root, or a copy of it) and read its gradebook.

    python -m grader.course release hw4     # regenerate release/hw4 from source/hw4
"""
import argparse
import ctypes
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class NbgraderError(RuntimeError):
    """An nbgrader command failed; `log` holds its output, `reason` the exception that stopped it."""

    EXCEPTION = re.compile(r"^\s*((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception|Exit|Interrupt)(?::.*)?)$")

    def __init__(self, command: str, returncode: int, log: str):
        self.log = log
        tail = "\n".join(log.strip().splitlines()[-15:])
        super().__init__(f"nbgrader {command} failed (exit {returncode}):\n{tail}")

    @property
    def reason(self) -> str:
        """The last exception line of the log (e.g. "KeyError: 'grade_id'"), or its last line."""
        lines = [line for line in self.log.splitlines() if line.strip()]
        found = [m.group(1) for m in map(self.EXCEPTION.match, lines) if m]
        return (found or lines or ["no output"])[-1].strip()[:300]


def _die_with_parent() -> None:
    """In the child: be killed when the process that started it dies (Linux), so a killed grader leaves no
    nbgrader run (and, through bubblewrap's --die-with-parent, no kernel) behind."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def nbgrader_env(env: dict | None = None) -> dict:
    """This process's environment plus `env`, with this interpreter's bin/ first on PATH (alembic)."""
    return {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            **(env or {})}


def nbgrader(root: Path, *args: str, env: dict | None = None, check: bool = True,
             timeout: float | None = None) -> subprocess.CompletedProcess:
    """Run `nbgrader ARGS` in the course directory `root`, with this interpreter's bin/ on PATH (alembic).

    Past `timeout` seconds its whole process group is killed and subprocess.TimeoutExpired raised; it dies
    with the process that started it."""
    full_env = nbgrader_env(env)
    with subprocess.Popen([sys.executable, "-m", "nbgrader", *args], cwd=root, env=full_env, text=True,
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          start_new_session=True, preexec_fn=_die_with_parent) as popen:
        try:
            out, err = popen.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(popen.pid, signal.SIGKILL)
            popen.communicate()
            raise
    proc = subprocess.CompletedProcess(popen.args, popen.returncode, out, err)
    if check and proc.returncode != 0:
        raise NbgraderError(" ".join(args), proc.returncode, proc.stdout + proc.stderr)
    return proc


def autograde_steps(phase: str, swap: dict[str, str | None]) -> list[str]:
    """nbgrader's default Autograde preprocessors of `phase` ("sanitize" or "autograde") as import paths,
    with the classes named in `swap` replaced by another import path, or dropped where it maps to None."""
    from nbgrader.converters import Autograde

    steps = Autograde.class_traits()[f"{phase}_preprocessors"].default()
    paths = [swap.get(p.__name__, f"{p.__module__}.{p.__name__}") for p in steps]
    return [p for p in paths if p]


def assignments(root: Path) -> list[str]:
    """The assignments: folders of source/ that hold notebooks, sorted."""
    return sorted(p.name for p in (Path(root) / "source").iterdir() if p.is_dir() and any(p.glob("*.ipynb")))


def notebooks(root: Path, assignment: str, folder: str = "source") -> list[str]:
    """Notebook names (without .ipynb) of an assignment, sorted."""
    return sorted(p.stem for p in (Path(root) / folder / assignment).glob("*.ipynb"))


def release(root: Path, assignment: str) -> list[Path]:
    """Generate release/<assignment> from source/<assignment> and register it in root's gradebook.

    nbgrader refuses when the notebooks changed and the gradebook already holds submissions for them."""
    nbgrader(root, "generate_assignment", assignment, "--force")
    return sorted((Path(root) / "release" / assignment).glob("*.ipynb"))


def scratch_course(root: Path, dest: Path, *names: str) -> Path:
    """dest as a course of its own: root's config and source/<assignment> of each name, released into its own
    gradebook."""
    Path(dest).mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(root) / "nbgrader_config.py", dest)
    for assignment in names:
        shutil.copytree(Path(root) / "source" / assignment, Path(dest) / "source" / assignment)
        release(dest, assignment)
    return Path(dest)


def build_release(root: Path, assignment: str) -> list[Path]:
    """Regenerate root/release/<assignment> in a scratch course, leaving root's gradebook untouched."""
    root = Path(root)
    with tempfile.TemporaryDirectory() as scratch:
        scratch = scratch_course(root, Path(scratch), assignment)
        shutil.rmtree(root / "release" / assignment, ignore_errors=True)
        shutil.copytree(scratch / "release" / assignment, root / "release" / assignment)
    return sorted((root / "release" / assignment).glob("*.ipynb"))


@dataclass
class NotebookScore:
    """One student's score on one notebook, split into what the autograder decided and what a TA must."""

    student: str
    notebook: str
    score: float
    max_score: float
    pending: float = 0.0  # points in cells that still need a TA
    cells: dict[str, tuple[float | None, float]] = field(default_factory=dict)  # grade_id -> (score, max)


def scores(root: Path, assignment: str, db_url: str | None = None) -> list[NotebookScore]:
    """Every submitted notebook's score for one assignment, read from the gradebook."""
    from nbgrader.api import Gradebook

    db_url = db_url or os.environ.get("COURSE_DB_URL") or f"sqlite:///{Path(root) / 'gradebook.db'}"
    rows = []
    with Gradebook(db_url) as gb:
        for sub in gb.assignment_submissions(assignment):
            for nb in sub.notebooks:
                cells = {g.name: (None if g.needs_manual_grade else g.score, g.max_score) for g in nb.grades}
                pending = sum(g.max_score for g in nb.grades if g.needs_manual_grade)
                rows.append(NotebookScore(sub.student_id, nb.name, nb.score, nb.max_score, pending, cells))
    return sorted(rows, key=lambda r: (r.student, r.notebook))


def score_table(rows: list[NotebookScore]) -> str:
    """A student x notebook table of score/max; '(+p for a TA)' marks points still to be graded by hand."""
    notebooks_ = sorted({r.notebook for r in rows})
    by_key = {(r.student, r.notebook): r for r in rows}
    students = sorted({r.student for r in rows})
    width = max([len("student")] + [len(s) for s in students])

    def cell(r):
        if r is None:
            return "missing"
        return f"{r.score:g}/{r.max_score - r.pending:g}" + (f" (+{r.pending:g} for a TA)" if r.pending else "")

    columns = [[cell(by_key.get((s, n))) for s in students] for n in notebooks_]
    widths = [max(len(n), *(len(v) for v in col)) for n, col in zip(notebooks_, columns)]
    lines = ["  ".join(["student".ljust(width)] + [n.ljust(w) for n, w in zip(notebooks_, widths)])]
    for i, s in enumerate(students):
        lines.append("  ".join([s.ljust(width)] + [col[i].ljust(w) for col, w in zip(columns, widths)]))
    if any(r.pending for r in rows):
        lines.append("(+p for a TA): written answers worth p points wait for manual grading (nbgrader formgrader).")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["release"])
    parser.add_argument("assignment")
    parser.add_argument("--root", type=Path, default=ROOT, help="course directory (default: the repository)")
    args = parser.parse_args(argv)
    for path in build_release(args.root, args.assignment):
        print(f"released {path.relative_to(args.root)}")


if __name__ == "__main__":
    main()
