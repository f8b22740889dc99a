"""Broken submissions are graded, explained in the feedback, and never stop the class (see conftest)."""
import html
import re

import nbformat
import pytest

from grader import submissions as subs
from grader.staging import check_submission

from conftest import ASSIGNMENT, ROOT

NB = "q6_batchnorm"


@pytest.fixture
def graded(graded):
    """The broken submissions are handed in for hw4's q6_batchnorm (conftest.broken_submissions)."""
    return graded[ASSIGNMENT]


def feedback_text(graded, student):
    raw = graded.path("feedback", student, f"{NB}.html").read_text()
    return html.unescape(re.sub(r"<[^>]+>", "", raw))


def cells(graded, student):
    return {gid: score for gid, (score, _) in graded.score(student, NB).cells.items()}


def test_every_student_has_a_gradebook_row_and_feedback(graded):
    for student, result in graded.results.items():
        assert result.error is None, f"{student}: {result.error}"
        if graded.path("submitted", student, f"{NB}.ipynb").exists():
            assert (student, NB) in graded.rows, student
            assert graded.path("feedback", student, f"{NB}.html").exists(), student


def test_not_json_gets_zero_and_a_reason(graded):
    assert graded.score("broken-not-json", NB).score == 0
    assert "could not be read as a notebook" in feedback_text(graded, "broken-not-json")
    assert graded.path("submitted", "broken-not-json", f"{NB}.ipynb").read_text().startswith('{"cells"')


def test_deleted_cells_are_restored_and_reported(graded):
    got = cells(graded, "broken-deleted-cells")
    assert got["bn_backward_hidden"] == 2  # the test cell came back and the student's solution passes it
    assert got["bn_params_hidden"] == 0  # the solution cell came back unanswered
    assert got["bn_train_hidden"] == 2
    text = feedback_text(graded, "broken-deleted-cells")
    assert "bn_params was missing and was restored unanswered" in text
    assert "bn_backward_hidden was missing and was restored from the release" in text


def test_reordered_cells_fail_only_where_they_break(graded):
    got = cells(graded, "broken-reordered-cells")
    assert got["bn_train_hidden"] == 0  # ran before the moved solution defined batchnorm_forward
    assert got["bn_test_hidden"] == 1 and got["bn_backward_hidden"] == 2
    assert "Cells were moved out of order" in feedback_text(graded, "broken-reordered-cells")


def test_raising_in_every_cell_gets_zero_with_tracebacks(graded):
    row = graded.score("broken-raises-everywhere", NB)
    assert row.score == 0
    assert "broken on purpose" in feedback_text(graded, "broken-raises-everywhere")


def test_a_notebook_nbgrader_refuses_is_graded_as_blank_with_its_error(graded):
    assert graded.score("broken-corrupt-metadata", NB).score == 0
    text = feedback_text(graded, "broken-corrupt-metadata")
    assert "could not run your notebook" in text and "KeyError" in text and "site-packages" not in text


def test_the_rest_of_the_class_is_graded_normally(graded):
    row = graded.score("reference-seed0", NB)
    assert row.score == row.max_score - row.pending > 0


def release_nb():
    return subs.read(ROOT / "release" / ASSIGNMENT / f"{NB}.ipynb")


def test_check_submission_passes_a_clean_notebook(tmp_path):
    path = tmp_path / f"{NB}.ipynb"
    subs.write(release_nb(), path)
    nb, notes = check_submission(path, release_nb())
    assert notes == [] and nb == release_nb()


def test_check_submission_flags_duplicates_and_valid_json_that_is_no_notebook(tmp_path):
    path = tmp_path / f"{NB}.ipynb"
    nb = release_nb()
    nb.cells.append(nbformat.from_dict(dict(nb.cells[3])))
    subs.write(nb, path)
    _, notes = check_submission(path, release_nb())
    assert any("appears more than once" in n for n in notes)
    path.write_text('{"hello": "world"}')
    graded_nb, notes = check_submission(path, release_nb())
    assert graded_nb == release_nb() and "could not be read as a notebook" in notes[0]
