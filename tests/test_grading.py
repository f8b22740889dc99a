"""Grader validity: the reference earns every autograded point under several seeds, the blank release earns
none, every mutant loses points in each hidden test it aims at, and every alternative correct answer passes.
Everything here is graded for real by nbgrader autograde (see the `graded` fixture)."""
import html
import re

import pytest

from grader import submissions as subs
from grader.course import notebooks

from conftest import ASSIGNMENT, ROOT, SEEDS, variants

NOTEBOOKS = notebooks(ROOT, ASSIGNMENT)


def auto_cells(row):
    """Autograded cells: (score, max) for every cell that is not waiting for a TA."""
    return {gid: (score, top) for gid, (score, top) in row.cells.items() if score is not None}


def assert_full_marks(row):
    lost = {gid: f"{score:g}/{top:g}" for gid, (score, top) in auto_cells(row).items() if score != top}
    assert not lost, f"{row.student} lost points in {lost}"


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_reference_gets_every_autograded_point(graded, name, seed):
    row = graded.score(f"reference-seed{seed}", name)
    assert_full_marks(row)
    assert row.score == row.max_score - row.pending
    written = {gid for gid, (score, _) in row.cells.items() if score is None}
    assert row.pending == sum(row.cells[g][1] for g in written)  # only written answers wait for a TA


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_blank_release_gets_zero_without_crashing(graded, name):
    row = graded.score("blank", name)
    assert graded.results["blank"].error is None
    assert row.score == 0 and row.pending == 0, row.cells
    assert graded.path("feedback", "blank", f"{name}.html").exists()


@pytest.mark.parametrize("name, mutant", [(n, m) for n in NOTEBOOKS for m in variants("mutants", n)],
                         ids=lambda v: getattr(v, "name", v))
def test_mutant_loses_points_where_aimed(graded, name, mutant):
    row = graded.score(f"mutant-{name}-{mutant.name}", name)
    kept = [t for t in mutant.targets if row.cells[t][0] == row.cells[t][1]]
    assert not kept, f"{mutant.path.name} ({mutant.source.splitlines()[0]}) still earns full points in {kept}"


@pytest.mark.parametrize("name, alternative", [(n, a) for n in NOTEBOOKS for a in variants("alternatives", n)],
                         ids=lambda v: getattr(v, "name", v))
def test_alternative_correct_answer_gets_full_marks(graded, name, alternative):
    assert_full_marks(graded.score(f"alternative-{name}-{alternative.name}", name))


def test_grades_csv_lists_every_student(graded):
    exported = (graded.root / "autograded" / "grades.csv").read_text()
    for student in graded.results:
        assert f",{student}," in exported


def hidden_lines(name):
    """Substantial lines of the source notebook's hidden-test regions."""
    source_nb = subs.read(ROOT / "source" / ASSIGNMENT / f"{name}.ipynb")
    lines = []
    for cell in source_nb.cells:
        if "### BEGIN HIDDEN TESTS" in cell.source:
            region = cell.source.split("### BEGIN HIDDEN TESTS", 1)[1].split("### END HIDDEN TESTS", 1)[0]
            lines += [line.strip() for line in region.splitlines() if len(line.strip()) > 25]
    return lines


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_feedback_shows_scores_but_not_hidden_test_code(graded, name):
    text = html.unescape(graded.path("feedback", "reference-seed0", f"{name}.html").read_text())
    assert "BEGIN HIDDEN TESTS" not in text
    leaked = [line for line in hidden_lines(name) if line in text]
    assert not leaked, f"feedback shows hidden test code: {leaked[:3]}"


def test_feedback_explains_a_failed_hidden_test(graded):
    path = graded.path("feedback", "mutant-q6_batchnorm-backward_no_mean_terms", "q6_batchnorm.html")
    text = html.unescape(re.sub(r"<[^>]+>", "", path.read_text()))
    assert "AssertionError" in text and "against the closed form (limit 1e-7)" in text


def test_the_class_grader_scores_what_serial_bare_nbgrader_scores(graded, tmp_path):
    """Forked kernels and testers in per-student boxes, several notebooks per student, parallel workers: on
    every notebook, the reference, the blank release and a mutant (variants-00 hands in each notebook's first
    mutant) get, cell by cell, what bare `nbgrader autograde` gives running one notebook after another (one
    bare course per student, side by side)."""
    import shutil
    from concurrent.futures import ThreadPoolExecutor

    from grader.course import nbgrader, scores, scratch_course

    def bare(student):
        course = scratch_course(ROOT, tmp_path / student, ASSIGNMENT)
        shutil.copytree(graded.root / "submitted" / student, course / "submitted" / student)
        nbgrader(course, "autograde", ASSIGNMENT, env={"COURSE_SEED": "0", "COURSE_DB_URL": ""})
        return scores(course, ASSIGNMENT, f"sqlite:///{course}/gradebook.db")

    students = ("reference-seed0", "blank", "variants-00")
    with ThreadPoolExecutor(len(students)) as pool:
        want = {(r.student, r.notebook): r.cells for rows in pool.map(bare, students) for r in rows}
    got = {key: row.cells for key, row in graded.rows.items() if key[0] in students}
    assert {n for _, n in want} == {n for _, n in graded.rows} and got == want
