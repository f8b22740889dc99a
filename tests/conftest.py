"""Shared fixtures: a scratch course made from this repository, and one graded class of test submissions.

Every assignment under source/ is covered: `NOTEBOOKS` lists (assignment, notebook) pairs for the tests to
parametrize over. The class (tests/validity.py says who hands in what) holds, for every notebook: its correct
answers under three seeds between them (the reference, and every alternative in
tests/alternatives/<hw>/<notebook>/), the blank release and every mutant in tests/mutants/<hw>/<notebook>/;
and for hw4's q6_batchnorm the broken submissions that tests/test_robustness.py checks. Each assignment is
graded once per session by the class grader (grader.autograde: parallel workers, sandboxed kernels), as a TA
would grade it; `graded[hw]` is its class.

Tests name a variant's submission as a student of its own (`mutant-q6_batchnorm-cache_rebound`), but the
variants are handed in as a class of students with one notebook each, as students do: student
`variants-03` submits the fourth mutant of every notebook, `alternatives-00` the first alternative. A
notebook's grade depends on that notebook alone (each gets a fresh kernel and tester; test_grading.py checks
the class grader against serial bare nbgrader, which grades a notebook at a time), so this grades exactly what
one student per variant would, paying each student's fixed cost once for several notebooks.
`GradedClass.score` and `.path` take either name.

COURSE_TEST_ONLY=q7_gradcam (comma-separated) grades only those notebooks: `make check NB=q7_gradcam` uses it
with `-k` to iterate on one notebook; the full suite leaves it unset.
"""
import copy
import io
import os
import shutil
import tokenize
from dataclasses import dataclass
from pathlib import Path

import pytest

from grader import submissions as subs
from grader.autograde import StudentResult, grade_class
from grader.course import NotebookScore, assignments, notebooks, release, scores, scratch_course
import validity
from hostile import hostile  # noqa: F401 (the hostile class: test_safety.py and test_attacks.py share it)

ROOT = Path(__file__).resolve().parents[1]
ASSIGNMENTS = assignments(ROOT)
NOTEBOOKS = [(hw, name) for hw in ASSIGNMENTS for name in notebooks(ROOT, hw)]  # what tests parametrize over
ASSIGNMENT = "hw4"  # the grader's own tests (robustness, parallel, hostile) grade its q6_batchnorm
WORKERS = max(1, min(os.cpu_count() or 1, 4))
ROBUSTNESS_NOTEBOOK = "q6_batchnorm"
CANARY = "c4n4ry-hidden-test-line"  # planted at the end of every hidden-test line of the graded course

os.environ.setdefault("COURSE_PROFILE", "fast")
os.environ.setdefault("COURSE_OFFLINE", "1")


def variants(kind: str, hw: str, notebook: str) -> list[subs.Variant]:
    return subs.variants(ROOT, kind, hw, notebook)


def notebook_id(value) -> str:
    """A test-id part: a variant by its name, anything else as text ("hw4-q6_batchnorm-0": `-k q6_batchnorm`
    selects a notebook)."""
    return getattr(value, "name", str(value))


@pytest.fixture(scope="session")
def course(tmp_path_factory) -> Path:
    """A scratch course of every assignment whose hidden tests carry the canary on each line."""
    dest = scratch_course(ROOT, tmp_path_factory.mktemp("course"))
    for hw in ASSIGNMENTS:
        shutil.copytree(ROOT / "source" / hw, dest / "source" / hw)
        for path in (dest / "source" / hw).glob("*.ipynb"):
            subs.write(plant_canaries(subs.read(path)), path)
        release(dest, hw)
    return dest


def plant_canaries(nb):
    """nb with `# CANARY` ending every logical line of its hidden-test regions (a comment: same tests)."""
    begin, end = "### BEGIN HIDDEN TESTS\n", "### END HIDDEN TESTS"
    for cell in nb.cells:
        if cell.cell_type != "code" or begin not in cell.source:
            continue
        head, rest = cell.source.split(begin, 1)
        region, tail = rest.split(end, 1)
        lines = region.splitlines(keepends=True)
        ends = [t.start for t in tokenize.generate_tokens(io.StringIO(region).readline) if t.type == tokenize.NEWLINE]
        for row, col in reversed(ends):
            line = lines[row - 1]
            lines[row - 1] = line[:col] + f"  # {CANARY}" + line[col:]
        cell.source = head + begin + "".join(lines) + end + tail
    return nb


@dataclass
class GradedClass:
    root: Path  # the scratch course that graded them
    assignment: str
    results: dict[str, StudentResult]
    rows: dict[tuple[str, str], NotebookScore]  # (student, notebook) -> score
    handed_in_by: dict[tuple[str, str], str]  # (variant's name, notebook) -> the student who handed it in

    def student(self, student: str, notebook: str) -> str:
        return self.handed_in_by.get((student, notebook), student)

    def score(self, student: str, notebook: str) -> NotebookScore:
        return self.rows[(self.student(student, notebook), notebook)]

    def path(self, folder: str, student: str, name: str) -> Path:
        """e.g. path("feedback", "blank", "q6_batchnorm.html")."""
        return self.root / folder / self.student(student, name.split(".")[0]) / self.assignment / name


def broken_submissions(reference, release_nb) -> dict:
    """Student id -> a function writing that student's broken q6_batchnorm submission to a path."""

    def not_json(path):
        path.write_text('{"cells": [ this is not JSON')

    def deleted_cells(path):
        nb = copy.deepcopy(reference)
        nb.cells = [c for c in nb.cells if subs.grade_id(c) not in {"setup", "bn_params", "bn_backward_hidden"}]
        subs.write(nb, path)

    def reordered_cells(path):
        nb = copy.deepcopy(reference)
        ids = [subs.grade_id(c) for c in nb.cells]
        cell = nb.cells.pop(ids.index("bn_forward"))
        nb.cells.insert([subs.grade_id(c) for c in nb.cells].index("bn_train_hidden") + 1, cell)
        subs.write(nb, path)

    def raises_everywhere(path):
        nb = copy.deepcopy(reference)
        for c in nb.cells:
            if c.cell_type == "code":
                c.source = 'raise RuntimeError("broken on purpose")\n' + c.source
        subs.write(nb, path)

    def corrupt_metadata(path):  # a graded cell without grade_id: nbgrader itself refuses the notebook
        nb = copy.deepcopy(reference)
        nb.cells.append(copy.deepcopy(nb.cells[1]))
        nb.cells[-1].metadata = {"nbgrader": {"grade": True, "solution": False, "points": 1}}
        nb.cells[-1].id = "stray"
        subs.write(nb, path)

    return {
        "broken-not-json": not_json,
        "broken-deleted-cells": deleted_cells,
        "broken-reordered-cells": reordered_cells,
        "broken-raises-everywhere": raises_everywhere,
        "broken-corrupt-metadata": corrupt_metadata,
    }


def grade_assignment(course: Path, hw: str, only: list[str]) -> GradedClass:
    """Hand in and grade the validity class of one assignment (of its notebooks in `only`, if given)."""
    envs, handed_in_by = {}, {}
    for name in notebooks(course, hw):
        if only and name not in only:
            continue
        more_envs, by_label = validity.write(course, hw, name)
        envs.update(more_envs)
        handed_in_by.update({(label, name): student for label, student in by_label.items()})
        if (hw, name) == (ASSIGNMENT, ROBUSTNESS_NOTEBOOK):
            source_nb = subs.read(course / "source" / hw / f"{name}.ipynb")
            release_nb = subs.read(course / "release" / hw / f"{name}.ipynb")
            for student, write in broken_submissions(subs.reference(source_nb, release_nb), release_nb).items():
                path = course / "submitted" / student / hw / f"{name}.ipynb"
                path.parent.mkdir(parents=True, exist_ok=True)
                write(path)
    results = grade_class(course, hw, envs=envs, workers=WORKERS)
    rows = {(r.student, r.notebook): r for r in scores(course, hw)}
    return GradedClass(course, hw, {r.student: r for r in results}, rows, handed_in_by)


@pytest.fixture(scope="session")
def graded(course) -> dict[str, GradedClass]:
    """hw -> its graded class, for every assignment with a notebook to test."""
    only = [n for n in os.environ.get("COURSE_TEST_ONLY", "").split(",") if n]
    return {hw: grade_assignment(course, hw, only) for hw in ASSIGNMENTS
            if not only or set(only) & set(notebooks(course, hw))}
