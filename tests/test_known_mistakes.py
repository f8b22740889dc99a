"""Hints from known mistakes (grader.known_mistakes): signatures on record, matching, the hint in the feedback,
the class report's table. The graded tests use the validity class (conftest's `graded`)."""
import json
import os
import re
import shutil

import nbformat
import pytest

from grader import class_report
from grader import known_mistakes as km
from grader import submissions as subs
from grader.autograde import feedback_and_export
from conftest import NOTEBOOKS, ROOT, notebook_id, variants
from test_grading import page_text
from validity import correct_answers, graded_mutants, skip_unless_graded

MUTANTS = [(*key, m) for key in NOTEBOOKS for m in variants("mutants", *key)]


def test_normalize_keeps_what_was_expected_and_drops_what_was_found():
    a = km.normalize("AssertionError: bn_forward: expected shape (5, 3), found (3, 5)")
    b = km.normalize("AssertionError: bn_forward: expected shape (2, 4), found (4, 2, 1)")
    assert a == b == "AssertionError: bn_forward: expected shape (#, #),"
    assert km.normalize("KeyError: no file /tmp/tmpab12/x.png at 0x7f3a") == "KeyError: no file <path> at #"


def known(**signatures):
    return {name: {"hint": f"hint {name}", "signature": sig} for name, sig in signatures.items()}


def test_a_match_needs_the_whole_signature_and_the_larger_match_wins():
    k = known(one={"a": "m"}, both={"a": "m", "b": "n"}, other={"c": "x"}, twin={"c": "x"})
    assert km.match({"a": "m"}, k) == ["one"]
    assert km.match({"a": "m", "b": "n"}, k) == ["both"]  # "one" is part of "both": only the larger is named
    assert km.match({"a": "m", "b": "other message"}, k) == ["one"]
    assert km.match({"c": "x", "a": "m"}, k) == ["one", "other", "twin"]  # equal signatures: both hints
    assert km.match({}, k) == [] and km.match({"a": "M"}, k) == []


def graded_nb(errors: dict[str, str]):
    """A graded notebook with hidden test cells t1, t2, t3; those in `errors` raised that message."""
    nb = nbformat.v4.new_notebook()
    for gid in ("t1", "t2", "t3"):
        cell = nbformat.v4.new_code_cell("pass", metadata={"nbgrader": {"grade": True, "solution": False,
                                                                         "grade_id": gid, "points": 1}})
        if gid in errors:
            cell.outputs = [nbformat.v4.new_output("error", ename="AssertionError", evalue=errors[gid], traceback=[])]
        nb.cells.append(cell)
    return nb


def test_matches_are_recorded_and_the_hint_follows_the_first_failed_cell(tmp_path, monkeypatch):
    folder = tmp_path / "mutants" / "hw" / "q"
    folder.mkdir(parents=True)
    (folder / "swap.py").write_text('TARGETS = ["t2"]\nHINT = "Mind the order."\n\ndef f():\n    return 1\n')
    (folder / "new.py").write_text('TARGETS = ["t1"]\nHINT = "Not in the record yet."\n\ndef f():\n    return 2\n')
    signatures = {"q": {"swap": {"t2": "AssertionError: f: expected #,", "t3": "AssertionError: g: expected #,"}}}
    km.signatures_path("hw", tmp_path / "mutants").write_text(json.dumps(signatures))
    for student, errors in {"ann": {"t2": "f: expected 1, found 2", "t3": "g: expected 3, found 9"},
                            "bob": {"t1": "h: expected 0, found 1"}, "cy": {}}.items():
        path = tmp_path / "autograded" / student / "hw" / "q.ipynb"
        path.parent.mkdir(parents=True)
        nbformat.write(graded_nb(errors), str(path))
    record = json.loads(km.write_matches(tmp_path, "hw", ["ann", "bob", "cy"], tmp_path / "mutants").read_text())
    assert record["ann"]["q"] == {"matches": [{"mistake": "swap", "hint": "Mind the order.", "cells": ["t2", "t3"]}],
                                  "unexplained": {}}
    assert record["bob"]["q"] == {"matches": [], "unexplained": {"t1": "AssertionError: h: expected #,"}}
    assert record["cy"]["q"] == {"matches": [], "unexplained": {}}
    monkeypatch.chdir(tmp_path)
    for student, hinted in (("ann", True), ("bob", False)):
        nb = nbformat.read(str(tmp_path / "autograded" / student / "hw" / "q.ipynb"), as_version=4)
        resources = {"nbgrader": {"student": student, "assignment": "hw", "notebook": "q"}}
        out, _ = km.KnownMistakeHints().preprocess(nb, resources)
        notes = [k for k, c in enumerate(out.cells) if c.cell_type == "markdown"]
        assert notes == ([2] if hinted else [])  # right after t2, the first cell of the signature
        if hinted:
            assert km.LEAD in out.cells[2].source and "Mind the order." in out.cells[2].source


@pytest.mark.parametrize("hw, name, mutant", MUTANTS, ids=notebook_id)
def test_every_mutant_has_a_short_hint_without_its_code(hw, name, mutant):
    hint = km.hint(mutant)
    assert hint, f"{mutant.path.name} has no HINT"
    assert len(hint) <= 300 and len(re.findall(r"[.!?](?:\s|$)", hint)) <= 2, hint
    code = [line.strip() for line in mutant.source.splitlines()[mutant.source.count('"""') and 1:]
            if len(line.strip()) > 20 and not line.strip().startswith(("HINT", "TARGETS", '"""', "#", "("))]
    assert not [line for line in code if line in hint], f"{mutant.path.name}: the hint quotes its code"
    others = [km.hint(v) for v in variants("mutants", hw, name) if v.name != mutant.name]
    assert hint not in others, f"{mutant.path.name}: another mistake of {name} has the same hint"


@pytest.fixture(scope="session")
def hinted(graded, tmp_path_factory) -> dict[str, str]:
    """Every graded class's feedback and report written again, with the hints of signatures taken from this very
    grading of its mutants (the record in tests/mutants/<hw>/signatures.json is what real classes use)."""
    for hw, g in graded.items():
        mutants = tmp_path_factory.mktemp(f"mutants-{hw}")
        shutil.copytree(ROOT / "tests" / "mutants" / hw, mutants / hw)
        fresh = {name: {v.name: signature(g, hw, name, v) for v in graded_mutants(hw, name)}
                 for name in sorted({n for (_, n) in g.handed_in_by})}
        km.signatures_path(hw, mutants).write_text(json.dumps(fresh))
        km.write_matches(g.root, hw, sorted(g.results), mutants)
        feedback_and_export(g.root, hw)
        class_report.write(g.root, hw, list(g.rows.values()))
    return {hw: "hinted" for hw in graded}


def signature(g, hw, name, variant) -> dict[str, str]:
    return km.failures(subs.read(g.path("autograded", f"mutant-{name}-{variant.name}", f"{name}.ipynb")))


@pytest.mark.parametrize("hw, name", NOTEBOOKS, ids=notebook_id)
def test_signatures_on_record_are_what_the_mutants_fail(graded, hw, name):
    """`make known-mistakes` records them; COURSE_UPDATE_SIGNATURES=1 writes this grading's instead."""
    path = km.signatures_path(hw)
    recorded = json.loads(path.read_text()) if path.exists() else {}
    fresh = {v.name: signature(graded[hw], hw, name, v) for v in graded_mutants(hw, name)}
    assert all(fresh.values()), f"{name}: a mutant fails no hidden test"
    if os.environ.get("COURSE_UPDATE_SIGNATURES"):
        partial = len(fresh) < len(variants("mutants", hw, name))  # a heavy notebook's cover: keep the others' record
        recorded[name] = {**(recorded.get(name, {}) if partial else {}), **fresh}
        path.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n")
    if name not in recorded:
        pytest.skip(f"no signatures of {name} on record yet: make known-mistakes ASSIGNMENT={hw} NB={name}")
    stale = sorted(m for m in fresh if recorded[name].get(m) != fresh[m])
    assert not stale, f"{name}: signatures out of date in {path.relative_to(ROOT)} for {stale[:6]} (rerun " \
                      f"make known-mistakes ASSIGNMENT={hw} NB={name})"


@pytest.mark.parametrize("hw, name, mutant", MUTANTS, ids=notebook_id)
def test_every_mutant_graded_as_a_student_gets_its_own_hint(graded, hinted, hw, name, mutant):
    skip_unless_graded(hw, name, mutant)
    text = " ".join(page_text(graded[hw].path("feedback", f"mutant-{name}-{mutant.name}", f"{name}.html")).split())
    assert km.LEAD in text
    assert " ".join(km.hint(mutant).replace("`", "").split()) in text


@pytest.mark.parametrize("hw, name", NOTEBOOKS, ids=notebook_id)
def test_the_reference_the_alternatives_and_the_blank_get_no_hint(graded, hinted, hw, name):
    students = [*correct_answers(hw, name), "blank"]
    hinted_pages = [s for s in students if km.LEAD in page_text(graded[hw].path("feedback", s, f"{name}.html"))]
    assert not hinted_pages


def test_the_class_report_counts_known_mistakes_and_analyses_items(graded, hinted):
    hw = next(iter(graded))
    g = graded[hw]
    report = (g.root / "autograded" / f"{hw}_report.md").read_text()
    assert "## Known mistakes" in report and "## Item analysis" in report and f"{hw}_items.png" in report
    for (variant, name), student in g.handed_in_by.items():
        if variant.startswith("mutant-"):
            mistake = variant[len(f"mutant-{name}-"):]
            row = re.search(rf"^\| {name} \| {mistake} \| (\d+) \|", report, re.MULTILINE)
            assert row and int(row.group(1)) >= 1, f"the report does not count {name}/{mistake}"
    assert (g.root / "autograded" / f"{hw}_items.png").read_bytes()[:4] == b"\x89PNG"
