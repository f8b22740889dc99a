"""Check and stage submissions: what nbgrader grades is a checked copy in .staged/, never submitted/ itself.

- a file that is not a readable notebook is graded as the unanswered release (0 points), with the reason;
- graded or read-only cells that were deleted are restored from the release; moved cells are reported;
- every cell the release knows keeps the release's nbgrader metadata (points, locked, graded), whatever
  the submission says;
- with `fallback`, the unanswered release is staged instead, carrying that reason.
The reasons appear in a "Grader notes" cell at the top of the student's notebook and feedback.
"""
import copy
import shutil
from pathlib import Path

import nbformat
from nbformat.v4 import new_markdown_cell

from .submissions import grade_id

STAGED = ".staged"  # the grader's working folder; CHECKED holds what nbgrader grades
CHECKED = f"{STAGED}/checked"
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
    for cell in nb.cells:
        want = by_id.get(grade_id(cell))
        if want is not None and (cell.metadata.get("nbgrader") != want.metadata.nbgrader
                                 or cell.cell_type != want.cell_type):
            cell.metadata["nbgrader"] = copy.deepcopy(want.metadata.nbgrader)
            if cell.cell_type != want.cell_type:
                cell.cell_type = want.cell_type
                cell.pop("outputs", None), cell.pop("execution_count", None)
                if want.cell_type == "code":
                    cell.outputs, cell.execution_count = [], None
            notes.append(f"Cell `{grade_id(cell)}` had its grading settings changed; the release's were used.")
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


def stage(root: Path, assignment: str, student: str, release_nbs: dict, fallback: str | None = None) -> dict:
    """Copy the submission to .staged/, checked; with `fallback`, stage blank releases carrying that reason.

    Returns notebook name -> notes."""
    src = root / "submitted" / student / assignment
    dst = root / CHECKED / student / assignment
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
