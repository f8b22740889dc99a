"""Building submissions, and static promises of every notebook: mutants aim at real hidden tests, every
hidden test has a mutant, the release holds no solution, source notebooks are committed without outputs."""
import json
import re

import nbformat

import pytest

from grader import submissions as subs
from conftest import ASSIGNMENT, ASSIGNMENTS, NOTEBOOKS, ROOT, notebook_id, variants


def load(hw, name):
    return (subs.read(ROOT / "source" / hw / f"{name}.ipynb"), subs.read(ROOT / "release" / hw / f"{name}.ipynb"))


def autograded_cells(nb):
    """grade_ids of the code cells that carry points (the hidden tests)."""
    return {subs.grade_id(c) for c in nb.cells
            if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")}


def test_every_assignment_is_found_with_its_notebooks():
    assert "hw4" in ASSIGNMENTS and ("hw4", "q6_batchnorm") in NOTEBOOKS
    assert {hw for hw, _ in NOTEBOOKS} == set(ASSIGNMENTS)
    for kind in ("mutants", "alternatives"):  # no variant folder that no notebook would use
        folders = {(p.parent.name, p.name) for p in (ROOT / "tests" / kind).glob("*/*") if p.is_dir()}
        assert folders <= set(NOTEBOOKS), f"tests/{kind}/ has folders of no notebook: {folders - set(NOTEBOOKS)}"


@pytest.mark.parametrize("hw, name", NOTEBOOKS, ids=notebook_id)
def test_reference_fills_every_solution(hw, name):
    source_nb, release_nb = load(hw, name)
    ref = subs.reference(source_nb, release_nb)
    assert [subs.grade_id(c) for c in ref.cells] == [subs.grade_id(c) for c in release_nb.cells]
    for cell in ref.cells:
        if subs.is_solution(cell):
            assert "NotImplementedError" not in cell.source and "YOUR ANSWER HERE" not in cell.source
            assert "BEGIN SOLUTION" not in cell.source
    hidden = [c for c in ref.cells if "BEGIN HIDDEN TESTS" in c.source]
    assert not hidden, "the reference is a student submission: hidden tests stay out of it"


@pytest.mark.parametrize("hw, name", NOTEBOOKS, ids=notebook_id)
def test_every_mutant_targets_hidden_tests_and_applies(hw, name):
    source_nb, release_nb = load(hw, name)
    ref = subs.reference(source_nb, release_nb)
    hidden = autograded_cells(source_nb)
    for mutant in variants("mutants", hw, name):
        assert mutant.targets, f"{mutant.path.name}: TARGETS names no hidden test"
        assert set(mutant.targets) <= hidden, f"{mutant.path.name}: unknown targets {set(mutant.targets) - hidden}"
        assert subs.apply_variant(ref, mutant) != ref


@pytest.mark.parametrize("hw, name", NOTEBOOKS, ids=notebook_id)
def test_every_hidden_test_has_a_mutant_and_alternatives_exist(hw, name):
    source_nb, _ = load(hw, name)
    aimed = {t for m in variants("mutants", hw, name) for t in m.targets}
    assert autograded_cells(source_nb) <= aimed, f"hidden tests no mutant aims at: {autograded_cells(source_nb) - aimed}"
    assert variants("alternatives", hw, name), f"{name}: no alternative correct answer in tests/alternatives/{hw}/{name}/"


def test_apply_variant_replaces_only_the_named_definition(tmp_path):
    nb = subs.read(ROOT / "release" / ASSIGNMENT / "q6_batchnorm.ipynb")
    cell = next(c for c in nb.cells if subs.grade_id(c) == "bn_params")
    cell.source = "X = 1\n\ndef bn_param_counts(a, b, c):\n    return 1\n\nY = 2"
    path = tmp_path / "m.py"
    path.write_text('TARGETS = ["bn_params_hidden"]\n\ndef bn_param_counts(a, b, c):\n    return 2\n')
    out = subs.apply_variant(nb, subs.Variant.load(path))
    new = next(c for c in out.cells if subs.grade_id(c) == "bn_params").source
    assert new == "X = 1\n\ndef bn_param_counts(a, b, c):\n    return 2\n\nY = 2"
    path.write_text("def not_in_the_notebook():\n    pass\n")
    with pytest.raises(ValueError, match="no solution cell defines 'not_in_the_notebook'"):
        subs.apply_variant(nb, subs.Variant.load(path))


@pytest.mark.parametrize("hw, name", NOTEBOOKS, ids=notebook_id)
def test_release_holds_no_solution_and_no_hidden_test(hw, name):
    source_nb, release_nb = load(hw, name)
    text = "\n".join(c.source for c in release_nb.cells)
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"):
        assert marker not in text
    released_lines = {line.strip() for line in text.splitlines()}
    for cell in source_nb.cells:
        for begin, end in (("### BEGIN SOLUTION", "### END SOLUTION"), ("### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS")):
            if begin not in cell.source:
                continue
            region = cell.source.split(begin, 1)[1].split(end, 1)[0]
            for line in region.splitlines():
                if len(line.strip()) > 25 and not line.strip().startswith(("from ", "import ")):
                    assert line.strip() not in released_lines, f"{name}: released text from a hidden region: {line.strip()}"


@pytest.mark.parametrize("hw, name", NOTEBOOKS, ids=notebook_id)
def test_source_is_committed_without_outputs(hw, name):
    raw = json.loads((ROOT / "source" / hw / f"{name}.ipynb").read_text())
    for cell in raw["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, f"{name}: clear outputs before committing"


def test_apply_variant_adds_private_helpers(tmp_path):
    nb = subs.read(ROOT / "release" / ASSIGNMENT / "q6_batchnorm.ipynb")
    path = tmp_path / "alt.py"
    path.write_text("def _helper(u):\n    return 2 * u\n\n\ndef bn_param_counts(a, b, c):\n    return _helper(b)\n")
    out = subs.apply_variant(nb, subs.Variant.load(path))
    cell = next(c for c in out.cells if subs.grade_id(c) == "bn_params")
    assert cell.source.startswith("def _helper(u):") and "return _helper(b)" in cell.source


def points_table(nb) -> tuple[list[float], float]:
    """The intro's points table (| Part | Task | Points |): each task's points, and the stated total."""
    lines = next((c.source.splitlines() for c in nb.cells if c.cell_type == "markdown"
                  and re.search(r"^\|\s*Part\s*\|\s*Task\s*\|\s*Points\s*\|", c.source, re.M)), [])
    rows = [[field.strip() for field in line.strip().strip("|").split("|")] for line in lines if line.startswith("|")]
    tasks, total = [], None
    for row in rows[2:]:
        points = float(row[-1].strip("*"))
        if "Total" in row[1]:
            total = points
        else:
            tasks.append(points)
    return tasks, total


@pytest.mark.parametrize("hw, name", NOTEBOOKS, ids=notebook_id)
def test_points_table_matches_the_graded_cells(hw, name):
    source_nb, release_nb = load(hw, name)
    tasks, total = points_table(release_nb)
    assert tasks and total is not None, f"{name}: the intro has no | Part | Task | Points | table with a Total row"
    graded = sum(c.metadata["nbgrader"].get("points", 0) for c in source_nb.cells
                 if c.metadata.get("nbgrader", {}).get("grade"))
    assert sum(tasks) == total == graded, f"{name}: tasks add up to {sum(tasks):g}, the table says {total:g}, " \
                                          f"the graded cells carry {graded:g}"


def test_points_table_is_read_as_written():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(
        "| Part | Task | Points |\n|---|---|---|\n| A | `f` | 1.5 |\n| B | written | 2 |\n| | **Total** | **3.5** |")])
    assert points_table(nb) == ([1.5, 2.0], 3.5)
