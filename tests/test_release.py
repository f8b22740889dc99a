"""The committed release is what nbgrader generates from source/, and the source passes its own tests."""
import json
import shutil

import pytest

from grader.course import build_release, nbgrader, notebooks

from conftest import ASSIGNMENTS, NOTEBOOKS, ROOT, notebook_id
from validity import in_full


def comparable(path):
    """The parts of a notebook that matter to a student: cells, and the kernel it asks for."""
    nb = json.loads(path.read_text())
    return {"kernelspec": nb["metadata"].get("kernelspec"), "nbformat": (nb["nbformat"], nb["nbformat_minor"]),
            "cells": [{k: c.get(k) for k in ("cell_type", "id", "source", "metadata", "outputs")} for c in nb["cells"]]}


@pytest.mark.parametrize("hw", ASSIGNMENTS)
def test_release_lists_the_same_notebooks(course, hw):
    assert notebooks(course, hw, "release") == notebooks(ROOT, hw, "release") == notebooks(ROOT, hw)


@pytest.mark.parametrize("hw, name", NOTEBOOKS, ids=notebook_id)
def test_committed_release_is_in_sync(course, hw, name):
    fresh = comparable(course / "release" / hw / f"{name}.ipynb")
    committed = comparable(ROOT / "release" / hw / f"{name}.ipynb")
    assert committed == fresh, f"release/{hw}/{name}.ipynb is stale: run `make release ASSIGNMENT={hw}` and commit it"


@pytest.mark.parametrize("hw, name", NOTEBOOKS, ids=notebook_id)
def test_nbgrader_validate_passes_on_the_source(course, hw, name):
    """nbgrader runs the source, its hidden tests inline, in one kernel. For a heavy notebook that is a third
    training run of the reference after the class grader's, so `make validity` and `make check` run it."""
    if not in_full(hw, name):
        pytest.skip(f"{name} is heavy: `make validity` or `make check NB={name}` runs nbgrader validate on it")
    proc = nbgrader(course, "validate", f"source/{hw}/{name}.ipynb", check=False)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0 and "Success! Your notebook passes all the tests." in out, out[-3000:]


@pytest.mark.parametrize("hw", ASSIGNMENTS)
def test_make_release_leaves_the_gradebook_alone(course, tmp_path, hw):
    shutil.copy(ROOT / "nbgrader_config.py", tmp_path)
    shutil.copytree(ROOT / "source" / hw, tmp_path / "source" / hw)
    (tmp_path / "release" / hw).mkdir(parents=True)
    (tmp_path / "release" / hw / "stale.ipynb").write_text("{}")
    paths = build_release(tmp_path, hw)
    assert [p.stem for p in paths] == notebooks(ROOT, hw)
    assert not (tmp_path / "gradebook.db").exists()
    for name in notebooks(ROOT, hw):
        assert comparable(tmp_path / "release" / hw / f"{name}.ipynb") == \
            comparable(course / "release" / hw / f"{name}.ipynb")
