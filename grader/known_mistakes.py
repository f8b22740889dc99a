"""Known mistakes: a graded notebook that fails the way a mutant does gets the mutant's hint.

Every mutant in tests/mutants/<hw>/<notebook>/ is a known mistake with a `HINT` for the student. Its
signature is what it fails when graded as a student: each hidden test cell that loses points, with its error
message cut before what the student's code returned ("found ...") and with numbers and addresses blanked.
The signatures live in tests/mutants/<hw>/signatures.json, written by

    python -m grader.known_mistakes hw4 [--notebooks q1_keras_tuner,...]   # make known-mistakes ASSIGNMENT=hw4

(it grades the mutants in a scratch course); the validity suite checks that they are what the mutants fail
today (`COURSE_UPDATE_SIGNATURES=1` makes it rewrite them from its own grading instead).

A graded notebook matches a mistake when it fails every cell of the signature with the same message. Where
one matched signature is part of another, only the larger is named. After grading, `write_matches` records
every student's matches and unexplained failures in autograded/<hw>_known_mistakes.json: the feedback
(`KnownMistakeHints`) and the class report read it there.
"""
import ast
import json
import re
from pathlib import Path

import nbformat
from nbconvert.preprocessors import Preprocessor

from . import submissions as subs

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = ROOT / "tests" / "mutants"
LEAD = "This fails the way a known mistake does:"
NUMBER = re.compile(r"0x[0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?")
PATH = re.compile(r"(?<![\w.])/(?:[\w.-]+/)+[\w.-]*")
STUDENT_PART = re.compile(r"\b(found|got|but got|returned)\b.*", re.IGNORECASE | re.DOTALL)


def normalize(message: str) -> str:
    """A failure message as a signature holds it: what was expected, not what this student's code found."""
    text = STUDENT_PART.sub("", message)
    text = NUMBER.sub("#", PATH.sub("<path>", text))
    return " ".join(text.split())[:240]


def failures(nb) -> dict[str, str]:
    """grade_id -> normalized message of every hidden test cell of a graded notebook that raised."""
    out = {}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code" or not meta.get("grade") or meta.get("solution"):
            continue
        found = subs.errors(cell)
        if found:
            out[meta["grade_id"]] = normalize(found[0])
    return out


def hint(variant: subs.Variant) -> str:
    """The variant file's HINT ("" if it has none)."""
    for node in ast.parse(variant.source).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "HINT" for t in node.targets):
            return ast.literal_eval(node.value)
    return ""


def signatures_path(assignment: str, mutants: Path = MUTANTS) -> Path:
    return Path(mutants) / assignment / "signatures.json"


def load(assignment: str, mutants: Path = MUTANTS) -> dict[str, dict[str, dict]]:
    """notebook -> mutant -> {"hint": str, "signature": {grade_id: message}}, for signatures on record."""
    path = signatures_path(assignment, mutants)
    recorded = json.loads(path.read_text()) if path.exists() else {}
    out = {}
    for notebook, by_mutant in recorded.items():
        files = {v.name: v for v in subs.load_variants(Path(mutants) / assignment / notebook)}
        out[notebook] = {name: {"hint": hint(files[name]), "signature": sig}
                         for name, sig in by_mutant.items() if name in files and sig}
    return out


def match(failed: dict[str, str], known: dict[str, dict]) -> list[str]:
    """The known mistakes (names) whose whole signature `failed` shows, none part of another match."""
    found = [name for name, k in known.items() if all(failed.get(c) == m for c, m in k["signature"].items())]
    sig = {name: set(known[name]["signature"].items()) for name in found}
    return sorted(a for a in found if not any(sig[a] < sig[b] for b in found))


def write_matches(root: Path, assignment: str, students: list[str], mutants: Path = MUTANTS) -> Path:
    """autograded/<hw>_known_mistakes.json: student -> notebook -> {"matches": [...], "unexplained": {...}}."""
    known, report = load(assignment, mutants), {}
    for student in students:
        for path in sorted((Path(root) / "autograded" / student / assignment).glob("*.ipynb")):
            try:
                failed = failures(nbformat.read(str(path), as_version=4))
            except Exception:  # noqa: BLE001 (an unreadable notebook has no feedback to add to)
                continue
            names = match(failed, known.get(path.stem, {}))
            explained = {c for n in names for c in known[path.stem][n]["signature"]}
            report.setdefault(student, {})[path.stem] = {
                "matches": [{"mistake": n, "hint": known[path.stem][n]["hint"],
                             "cells": sorted(known[path.stem][n]["signature"])} for n in names],
                "unexplained": {c: m for c, m in failed.items() if c not in explained}}
    out = Path(root) / "autograded" / f"{assignment}_known_mistakes.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1, sort_keys=True))
    return out


class KnownMistakeHints(Preprocessor):
    """In feedback: after the first failed test cell of each matched mistake, a note with the mistake's hint."""

    def __init__(self, **kw):
        kw.setdefault("enabled", True)
        super().__init__(**kw)

    def preprocess(self, nb, resources):
        ids = resources.get("nbgrader", {})
        path = Path.cwd() / "autograded" / f"{ids.get('assignment')}_known_mistakes.json"
        if not path.is_file():
            return nb, resources
        entry = json.loads(path.read_text()).get(ids.get("student"), {}).get(ids.get("notebook"), {})
        order = [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
        notes = {}
        for m in entry.get("matches", []):
            at = [c for c in order if c in m["cells"]]
            if m["hint"] and at:
                notes.setdefault(at[0], []).append(m["hint"])
        cells = []
        for cell in nb.cells:
            cells.append(cell)
            hints = notes.get(cell.metadata.get("nbgrader", {}).get("grade_id"))
            if hints:
                text = "\n".join(f"> **{LEAD}** {h}" if len(hints) == 1 else f"> - {h}" for h in hints)
                if len(hints) > 1:
                    text = f"> **{LEAD}**\n>\n" + text
                cells.append(nbformat.v4.new_markdown_cell(text, metadata={"known_mistake": True}))
        nb.cells = cells
        return nb, resources


def record(assignment: str, names: list[str] | None = None, workers: int = 2, mutants: Path = MUTANTS,
           only: set[str] | None = None) -> Path:
    """Grade the mutants of `names` (default: every notebook; `only` those mutant names, if given) in a scratch
    course and write their signatures into tests/mutants/<hw>/signatures.json, keeping the other entries."""
    import tempfile

    from .autograde import grade_class
    from .course import notebooks, scratch_course

    names = names or notebooks(ROOT, assignment)
    with tempfile.TemporaryDirectory() as scratch:
        course = scratch_course(ROOT, Path(scratch), assignment)
        handed = {}
        for name in names:
            reference = subs.reference(subs.read(course / "source" / assignment / f"{name}.ipynb"),
                                       subs.read(course / "release" / assignment / f"{name}.ipynb"))
            for k, v in enumerate(subs.load_variants(Path(mutants) / assignment / name)):
                if only and v.name not in only:
                    continue
                handed[(name, v.name)] = f"mutants-{k:02d}"
                subs.write(subs.apply_variant(reference, v),
                           course / "submitted" / f"mutants-{k:02d}" / assignment / f"{name}.ipynb")
        for result in grade_class(course, assignment, workers=workers, progress=True):
            if result.error:
                raise RuntimeError(f"{result.student} was not graded: {result.error}")
        path = signatures_path(assignment, mutants)
        recorded = json.loads(path.read_text()) if path.exists() else {}
        for name in names:
            recorded[name] = recorded.get(name, {}) if only else {}
            recorded[name] |= {m: failures(subs.read(course / "autograded" / student / assignment / f"{name}.ipynb"))
                              for (n, m), student in handed.items() if n == name}
    path.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n")
    return path


def main(argv=None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Record what each mutant fails: python -m grader.known_mistakes "
                                                 "hw4 [--notebooks q1_keras_tuner,q3_lstm_reshape] [--workers 2]")
    parser.add_argument("assignment")
    parser.add_argument("--notebooks", default="", help="comma-separated (default: all)")
    parser.add_argument("--mutants", default="", help="comma-separated mutant names (default: all)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    path = record(args.assignment, [n for n in args.notebooks.split(",") if n], args.workers,
                  only={m for m in args.mutants.split(",") if m} or None)
    print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
