"""grader.course: nbgrader's failures are reduced to a reason a student can read; the score table."""
from grader.course import NbgraderError, NotebookScore, score_table

LOG = """[AutogradeApp | INFO] Sanitizing /somewhere/q6.ipynb
    Traceback (most recent call last):
      File "/somewhere/site-packages/nbgrader/preprocessors/deduplicateids.py", line 19, in preprocess_cell
        grade_id = cell.metadata.nbgrader['grade_id']
    KeyError: 'grade_id'

[AutogradeApp | ERROR] There was an error processing assignment 'hw4' for student 'x'
"""


def test_reason_is_the_exception_line():
    error = NbgraderError("autograde hw4", 1, LOG)
    assert error.reason == "KeyError: 'grade_id'"
    assert "exit 1" in str(error)


def test_reason_falls_back_to_the_last_line():
    assert NbgraderError("x", 2, "first\nno traceback here\n").reason == "no traceback here"
    assert NbgraderError("x", 2, "").reason == "no output"


def test_score_table_marks_manual_points_and_missing_notebooks():
    rows = [NotebookScore("ann", "q6", 8, 10, pending=2), NotebookScore("bob", "q6", 0, 10),
            NotebookScore("bob", "q7", 3, 5)]
    table = score_table(rows).splitlines()
    assert table[0].split() == ["student", "q6", "q7"]
    assert table[1].split()[:3] == ["ann", "8/8", "(+2"] and table[1].split()[-1] == "missing"
    assert table[2].split() == ["bob", "0/10", "3/5"]
    assert "written answers" in table[-1]
