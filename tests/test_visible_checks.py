"""Visible checks (the read-only "# Check" cells a student runs) pass every correct answer, and a known mistake
is reported where it is made: the first error its student sees is in a check, in their own code, or in a
read-only cell that names the part to fix. Read from the validity class (conftest's `graded`)."""
import re

import pytest

from grader import submissions as subs
from conftest import NOTEBOOKS, notebook_id, variants
from validity import correct_answers, skip_unless_graded

NAMES_A_PART = re.compile(r"\(Part [A-Z]\)")


def graded_nb(graded, hw, student, name):
    return subs.read(graded[hw].path("autograded", student, f"{name}.ipynb"))


@pytest.mark.parametrize("hw, name", NOTEBOOKS, ids=notebook_id)
def test_every_correct_answer_passes_every_visible_check(graded, hw, name):
    students = correct_answers(hw, name)
    alarms = {s: [(subs.grade_id(c), e[:200]) for c in graded_nb(graded, hw, s, name).cells
                  if subs.is_visible_check(c) for e in subs.errors(c)] for s in students}
    assert not {s: a for s, a in alarms.items() if a}


def first_error(nb) -> tuple[object, str] | None:
    """The first cell a student would see fail (hidden test cells are not theirs to see), with its message."""
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and not (meta.get("grade") and not meta.get("solution")) and subs.errors(cell):
            return cell, subs.errors(cell)[0]
    return None


@pytest.mark.parametrize("hw, name, mutant", [(*key, m) for key in NOTEBOOKS for m in variants("mutants", *key)],
                         ids=notebook_id)
def test_a_mistake_is_reported_where_it_is_made(graded, hw, name, mutant):
    skip_unless_graded(hw, name, mutant)
    found = first_error(graded_nb(graded, hw, f"mutant-{name}-{mutant.name}", name))
    if found is None:
        return  # nothing the student runs fails: only the hidden tests catch it (bench/visible_catch.py counts these)
    cell, message = found
    where = subs.grade_id(cell)
    assert subs.is_visible_check(cell) or subs.is_solution(cell) or NAMES_A_PART.search(message), \
        f"{mutant.path.name}: the first error is in the read-only cell {where!r}, far from the mistake: {message[:300]}"
