"""Check and stage submissions: what nbgrader grades is a checked copy in .staged/, never submitted/ itself.

- a file that is not a readable notebook is graded as the unanswered release (0 points), with the reason;
- graded or read-only cells that were deleted are restored from the release; moved cells are reported;
- every cell the release knows keeps the release's nbgrader metadata (points, locked, graded), whatever
  the submission says;
- with `fallback`, the unanswered release is staged instead, carrying that reason;
- nothing is followed through a symbolic link: a linked notebook or file, a device or a FIFO is left out,
  as are files over the size caps, each with its reason.
The reasons appear in a "Grader notes" cell at the top of the student's notebook and feedback.
"""
import copy
import shutil
import stat
from pathlib import Path

import nbformat
from nbformat.v4 import new_markdown_cell

from utils.wire import read_file

from .submissions import grade_id

STAGED = ".staged"  # the grader's working folder; CHECKED holds what nbgrader grades
CHECKED = f"{STAGED}/checked"
NOTES_ID = "grader-notes"
MAX_NOTEBOOK = 50 * 2**20  # bytes; a larger notebook is graded as unanswered, with the reason
MAX_FILE, MAX_FILES = 20 * 2**20, 100 * 2**20  # the submission's other files: each, and all together


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
        nb = nbformat.reads(read_file(path, MAX_NOTEBOOK).decode("utf-8"), as_version=4)
        if not isinstance(nb.get("cells"), list):
            raise ValueError("the file has no list of cells")
    except Exception as error:  # any unreadable file: grade the release instead, and say why
        why = "it is a symbolic link, not a file" if path.is_symlink() else _short(error)
        note = (f"`{path.name}` could not be read as a notebook ({why}). It was graded as the "
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


def _other_files(src: Path, dst: Path) -> list[str]:
    """Copy the submission's other files (regular files within the size caps); notes on what was left out."""
    notes, total = [], 0
    for item in sorted(src.iterdir(), key=lambda p: p.name):
        info = item.lstat()
        what = ("a symbolic link" if stat.S_ISLNK(info.st_mode) else "a folder" if stat.S_ISDIR(info.st_mode)
                else None if stat.S_ISREG(info.st_mode) else "not a regular file")
        if item.suffix == ".ipynb" and what is None:
            continue  # notebooks are checked one by one
        if what is None and (info.st_size > MAX_FILE or total + info.st_size > MAX_FILES):
            what = f"larger than the grader accepts ({MAX_FILE >> 20} MiB a file, {MAX_FILES >> 20} MiB in all)"
        if what:
            notes.append(f"`{item.name}` was not used: it is {what}.")
            continue
        total += info.st_size
        (dst / item.name).write_bytes(read_file(item, MAX_FILE))
    return notes


def stage(root: Path, assignment: str, student: str, release_nbs: dict, fallback: str | None = None) -> dict:
    """Copy the submission to .staged/, checked; with `fallback`, stage blank releases carrying that reason.

    Nothing is followed or read through a symbolic link. Returns notebook name -> notes."""
    src = root / "submitted" / student / assignment
    dst = root / CHECKED / student / assignment
    shutil.rmtree(dst, ignore_errors=True)
    dst.mkdir(parents=True)
    dropped = _other_files(src, dst)
    notes = {}
    for name, release_nb in release_nbs.items():
        path = src / f"{name}.ipynb"
        if not path.is_symlink() and not path.exists():
            continue  # nbgrader records a missing notebook as 0
        if fallback:
            nb, notes[name] = copy.deepcopy(release_nb), [fallback]
        else:
            nb, notes[name] = check_submission(path, release_nb)
        notes[name] += dropped
        nbformat.write(add_notes(nb, notes[name]), str(dst / path.name))
    return notes


def linked_submission(root: Path, assignment: str, student: str) -> bool:
    """True when the student's folder or assignment folder is a symbolic link (it could be anyone's work)."""
    return (root / "submitted" / student).is_symlink() or (root / "submitted" / student / assignment).is_symlink()
