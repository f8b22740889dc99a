"""The hidden tests kill a seeded sample of each light notebook's mechanical mutants (tests/mechanical.py), graded
in the validity class; bench/mutation_score.py grades every one of them and prints the score per notebook."""
import pytest

from conftest import NOTEBOOKS, notebook_id
from validity import TRACED, mechanical_sample


@pytest.mark.parametrize("hw, name", NOTEBOOKS, ids=notebook_id)
def test_the_hidden_tests_kill_a_sample_of_mechanical_mutants(graded, hw, name):
    sample = mechanical_sample(hw, name)
    if hw not in graded or (TRACED, name) not in graded[hw].rows:
        pytest.skip(f"{hw}/{name} is not graded in this run (COURSE_TEST_ONLY)")
    if not sample:
        pytest.skip(f"{name} is heavy: bench/mutation_score.py grades its mechanical mutants")
    full = graded[hw].score(TRACED, name).score
    survivors = [m.name for m in sample if graded[hw].score(f"mechanical-{name}-{m.name}", name).score >= full]
    assert not survivors, f"{name}: mechanical mutants that lose no autograded point: {survivors} " \
                          f"(a hole in the hidden tests, or an equivalent mutant to record in tests/mechanical/)"
