"""The mechanical mutant generator (tests/mechanical.py) itself, without grading: bench/mutation_score.py grades."""
import ast
import functools

import pytest

import mechanical
from conftest import NOTEBOOKS, ROOT, notebook_id
from grader import submissions as subs


@functools.lru_cache(maxsize=None)
def generated(hw: str, name: str) -> tuple[subs.Variant, ...]:
    return tuple(mechanical.mutants(ROOT, hw, name))


@pytest.mark.parametrize("hw,name", NOTEBOOKS, ids=notebook_id)
def test_names_stable_and_unique(hw, name):
    names = [m.name for m in generated(hw, name)]
    assert len(names) == len(set(names))
    assert names == [m.name for m in mechanical.mutants(ROOT, hw, name)]
    assert all(n.split("-")[0] == "mech" and n.split("-")[-2] in mechanical.OPERATORS for n in names)
    assert mechanical.sample(ROOT, hw, name, 5, 1) == mechanical.sample(ROOT, hw, name, 5, 1)


@pytest.mark.parametrize("hw,name", NOTEBOOKS, ids=notebook_id)
def test_each_mutant_differs_and_applies(hw, name):
    release_nb = subs.read(ROOT / "release" / hw / f"{name}.ipynb")
    ref = subs.reference(subs.read(ROOT / "source" / hw / f"{name}.ipynb"), release_nb)
    original = {label: ast.unparse(node) for label, node, _ in mechanical.definitions(ROOT, hw, name)}
    for mutant in generated(hw, name):
        label = mutant.name.split("-")[1]
        body = [n for n in ast.parse(mutant.source).body if not isinstance(n, (ast.Import, ast.ImportFrom))]
        assert len(body) == 1 and ast.unparse(body[0]) != original[label], mutant.name
        assert subs.apply_variant(ref, mutant).cells != ref.cells, mutant.name


@pytest.mark.parametrize("hw,name", NOTEBOOKS, ids=notebook_id)
def test_equivalents_name_mutants(hw, name):
    assert set(mechanical.equivalent(ROOT, hw, name)) <= {m.name for m in generated(hw, name)}


def test_every_operator_mutates_hw4():
    used = {m.name.split("-")[-2] for hw, name in NOTEBOOKS if hw == "hw4" for m in generated(hw, name)}
    assert used == set(mechanical.OPERATORS)


def test_messages_are_not_mutated():
    tree = ast.parse('def f(n):\n    """Doc 1."""\n    print(n + 1)\n    assert n, f"{n + 1}"\n'
                     '    if n < 0:\n        raise ValueError(f"{n - 1}")\n    return n\n').body[0]
    code = ast.unparse(tree)
    assert mechanical.mutations(tree) == [("compare", code.replace("n < 0", "n <= 0")),
                                          ("const", code.replace("n < 0", "n < 1")),
                                          ("const", code.replace("n < 0", "n < -1"))]
