"""Grade a class: check each submission, autograde it with nbgrader, write feedback, export the grades.

    python -m utils.autograde hw4 [--student GLOB] [--root DIR]

submitted/ is never modified. Each submission is checked and a graded copy is staged in .staged/, which is
what nbgrader autogrades. Every student ends up in the gradebook with feedback, however broken the file:
- a file that is not a readable notebook is graded as the unanswered release (0 points), with the reason;
- graded or read-only cells that were deleted are restored from the release; moved cells are reported;
- if nbgrader fails on a submission, it is graded as the unanswered release, with nbgrader's error.
The reasons appear in a "Grader notes" cell at the top of the student's notebook and feedback.
"""
import argparse
import copy
import fnmatch
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat.v4 import new_markdown_cell

from .course import ROOT, NbgraderError, nbgrader, notebooks, release, score_table, scores
from .submissions import grade_id

STAGED = ".staged"
NOTES_ID = "grader-notes"


def _short(error: Exception) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text[:300]}"


def add_notes(nb, notes: list[str]):
    """Put the grader's notes in a markdown cell at the top of the notebook."""
    if notes:
        text = "**Grader notes** (written by the course autograder)\n\n" + "\n".join(f"- {n}" for n in notes)
        cell = new_markdown_cell(text)
        cell.id = NOTES_ID
        nb.cells.insert(0, cell)
    return nb


def check_submission(path: Path, release_nb) -> tuple[nbformat.NotebookNode, list[str]]:
    """The notebook to grade for one submitted file, and what was wrong with it (empty when nothing)."""
    try:
        nb = nbformat.read(str(path), as_version=4)
        if not isinstance(nb.get("cells"), list):
            raise ValueError("the file has no list of cells")
    except Exception as error:  # any unreadable file: grade the release instead, and say why
        note = (f"`{path.name}` could not be read as a notebook ({_short(error)}). It was graded as the "
                "unanswered notebook; your TA still has the file you submitted.")
        return copy.deepcopy(release_nb), [note]

    notes = []
    expected = [grade_id(c) for c in release_nb.cells if grade_id(c)]
    by_id = {grade_id(c): c for c in release_nb.cells if grade_id(c)}
    seen = [grade_id(c) for c in nb.cells if grade_id(c) in by_id]
    for gid in sorted({g for g in seen if seen.count(g) > 1}):
        notes.append(f"Cell `{gid}` appears more than once; only its first copy is graded.")
    present = list(dict.fromkeys(seen))
    order = [g for g in expected if g in present]
    if present != order:
        moved = [g for g, want in zip(present, order) if g != want]
        notes.append(f"Cells were moved out of order ({', '.join(f'`{g}`' for g in moved)}). The notebook was "
                     "graded in the order you submitted; code that runs before what it needs fails.")
    for gid in expected:
        if gid in present:
            continue
        before = expected[: expected.index(gid)]
        anchor = max((i for i, c in enumerate(nb.cells) if grade_id(c) in before), default=-1)
        nb.cells.insert(anchor + 1, copy.deepcopy(by_id[gid]))
        what = "restored unanswered from the release" if by_id[gid].metadata["nbgrader"].get("solution") else \
            "restored from the release"
        notes.append(f"Cell `{gid}` was missing and was {what}.")
    return nb, notes


@dataclass
class StudentResult:
    student: str
    notes: dict[str, list[str]] = field(default_factory=dict)  # notebook -> notes
    error: str | None = None  # set when even the fallback could not be graded


def _stage(root: Path, assignment: str, student: str, release_nbs: dict, fallback: str | None = None) -> dict:
    """Copy the submission to .staged/, checked; with `fallback`, stage blank releases carrying that reason."""
    src = root / "submitted" / student / assignment
    dst = root / STAGED / student / assignment
    shutil.rmtree(dst, ignore_errors=True)
    dst.mkdir(parents=True)
    for item in src.iterdir():
        if item.is_file() and item.suffix != ".ipynb":
            shutil.copy2(item, dst / item.name)
    notes = {}
    for name, release_nb in release_nbs.items():
        path = src / f"{name}.ipynb"
        if not path.exists():
            continue  # nbgrader records a missing notebook as 0
        if fallback:
            nb, notes[name] = copy.deepcopy(release_nb), [fallback]
        else:
            nb, notes[name] = check_submission(path, release_nb)
        nbformat.write(add_notes(nb, notes[name]), str(dst / path.name))
    return notes


def grade_student(root: Path, assignment: str, student: str, env: dict | None = None) -> StudentResult:
    """Stage and autograde one student; if nbgrader fails, grade the blank release with the reason."""
    root = Path(root)
    release_nbs = {n: nbformat.read(str(root / "release" / assignment / f"{n}.ipynb"), as_version=4)
                   for n in notebooks(root, assignment, "release")}
    args = ["autograde", assignment, f"--student={student}", "--force",
            f"--CourseDirectory.submitted_directory={STAGED}"]
    result = StudentResult(student, _stage(root, assignment, student, release_nbs))
    try:
        nbgrader(root, *args, env=env)
        return result
    except NbgraderError as error:
        reason = ("The autograder could not run your notebook and graded it as unanswered. nbgrader stopped "
                  f"with `{error.reason}`. Ask your TA, who has the file you submitted.")
    result.notes = _stage(root, assignment, student, release_nbs, fallback=reason)
    try:
        nbgrader(root, *args, env=env)
    except NbgraderError as error:
        result.error = error.reason
    return result


def students(root: Path, assignment: str, pattern: str = "*") -> list[str]:
    base = Path(root) / "submitted"
    return sorted(p.parent.name for p in base.glob(f"*/{assignment}") if p.is_dir()
                  and fnmatch.fnmatch(p.parent.name, pattern))


def grade_class(root: Path, assignment: str, pattern: str = "*", env: dict | None = None) -> list[StudentResult]:
    """Autograde every matching student, then write feedback and export grades; one failure stops nothing.

    The assignment must be released in root's gradebook first (`course.release`)."""
    root = Path(root)
    results = [grade_student(root, assignment, s, env) for s in students(root, assignment, pattern)]
    feedback_and_export(root, assignment, pattern)
    return results


def feedback_and_export(root: Path, assignment: str, pattern: str = "*") -> None:
    """Feedback HTML for the graded students, and the whole gradebook as autograded/grades.csv."""
    nbgrader(root, "generate_feedback", assignment, f"--student={pattern}", "--force", check=False)
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
    args = parser.parse_args(argv)
    release(args.root, args.assignment)  # registers the assignment in the gradebook; release/ comes out identical
    results = grade_class(args.root, args.assignment, args.student)
    if not results:
        print(f"no submissions under {args.root / 'submitted'}/*/{args.assignment}")
        return 1
    print(report(args.root, args.assignment, results))
    print(f"grades: {args.root / 'autograded' / 'grades.csv'}; feedback: {args.root / 'feedback'}")
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
