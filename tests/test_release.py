"""The committed release is what nbgrader generates from source/, and the source passes its own tests."""
import json
import shutil

import pytest

from grader.course import build_release, nbgrader, notebooks

from conftest import ASSIGNMENT, ROOT

NOTEBOOKS = notebooks(ROOT, ASSIGNMENT)


def comparable(path):
    """The parts of a notebook that matter to a student: cells, and the kernel it asks for."""
    nb = json.loads(path.read_text())
    return {"kernelspec": nb["metadata"].get("kernelspec"), "nbformat": (nb["nbformat"], nb["nbformat_minor"]),
            "cells": [{k: c.get(k) for k in ("cell_type", "id", "source", "metadata", "outputs")} for c in nb["cells"]]}


def test_release_lists_the_same_notebooks(course):
    assert notebooks(course, ASSIGNMENT, "release") == notebooks(ROOT, ASSIGNMENT, "release") == NOTEBOOKS


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_release_is_in_sync(course, name):
    fresh = comparable(course / "release" / ASSIGNMENT / f"{name}.ipynb")
    committed = comparable(ROOT / "release" / ASSIGNMENT / f"{name}.ipynb")
    assert committed == fresh, f"release/{ASSIGNMENT}/{name}.ipynb is stale: run `make release` and commit it"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_nbgrader_validate_passes_on_the_source(course, name):
    proc = nbgrader(course, "validate", f"source/{ASSIGNMENT}/{name}.ipynb", check=False)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0 and "Success! Your notebook passes all the tests." in out, out[-3000:]


def test_make_release_leaves_the_gradebook_alone(course, tmp_path):
    shutil.copy(ROOT / "nbgrader_config.py", tmp_path)
    shutil.copytree(ROOT / "source" / ASSIGNMENT, tmp_path / "source" / ASSIGNMENT)
    (tmp_path / "release" / ASSIGNMENT).mkdir(parents=True)
    (tmp_path / "release" / ASSIGNMENT / "stale.ipynb").write_text("{}")
    paths = build_release(tmp_path, ASSIGNMENT)
    assert [p.stem for p in paths] == NOTEBOOKS
    assert not (tmp_path / "gradebook.db").exists()
    for name in NOTEBOOKS:
        assert comparable(tmp_path / "release" / ASSIGNMENT / f"{name}.ipynb") == \
            comparable(course / "release" / ASSIGNMENT / f"{name}.ipynb")
