"""Grader validity: the reference earns every autograded point under several seeds, the blank release earns
none, every mutant loses points in each hidden test it aims at, and every alternative correct answer passes.
Everything here is graded for real by nbgrader autograde (see the `graded` fixture)."""
import pytest

from utils.course import notebooks

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
    assert (graded.root / "feedback" / "blank" / ASSIGNMENT / f"{name}.html").exists()


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
    text = (graded.root / "autograded" / "grades.csv").read_text()
    for student in graded.results:
        assert student in text
