"""How many known mistakes the visible checks catch, per notebook: the share of mutants that a student sees fail.

    python bench/visible_catch.py [--assignment hw4,hw9] [--notebooks q1_keras_tuner,q3_lstm_reshape] [--workers 2]
    python bench/visible_catch.py --graded /tmp/pytest-of-$USER/pytest-N/course0   # a graded validity class

Every mutant in tests/mutants/<hw>/<notebook>/ is handed in (as the validity suite hands them in: the k-th
variant of every notebook by student `variants-k`) and graded by the class grader; or, with --graded, the
course the validity suite (tests/conftest.py) graded is read instead (the mutants it graded: of a heavy notebook,
the cover of its `trained` cells, unless it ran as `make validity`). Then each mutant's graded notebook is
read as its student would read it. A mutant is **caught**
when a visible check (a read-only cell whose first line is "# Check ..." or "# Compare ...") fails with a
message that names a function or answer the mutant got wrong and says what was expected and what was found.
Otherwise it is, in order:
- **unclear**: a visible check fails, but its message names no changed definition or lacks expected/found;
- **elsewhere**: no visible check fails, but another read-only cell crashes (the mistake surfaces far from where
  it was made);
- **hidden only**: the mutant's file says why only a hidden test should catch it (`HIDDEN_ONLY = "reason"`);
- **missed**: nothing the student runs fails.
The goal (issue 17): at least 70 % caught over all notebooks and 50 % in each. Seeds' mistakes (`seed_*`, or a
docstring naming the report or homework) must all be caught; they are marked with *.
"""
import argparse
import ast
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("COURSE_PROFILE", "fast")
os.environ.setdefault("COURSE_OFFLINE", "1")

from grader import submissions as subs  # noqa: E402
from grader.autograde import grade_class  # noqa: E402
from grader.course import assignments, notebooks, scratch_course  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
import validity  # noqa: E402 (the suite's layout, and which mutants are the seeds' own)

EXPECTED = re.compile(r"\bexpected\b", re.IGNORECASE)
FOUND = re.compile(r"\b(found|got|gave|returned)\b", re.IGNORECASE)


def changed_names(reference, variant: subs.Variant) -> set[str]:
    """Names the variant defines differently from the reference's solution cells."""
    ref = {}
    for cell in reference.cells:
        if cell.cell_type == "code" and subs.is_solution(cell):
            for node in ast.parse(cell.source).body:
                for name in node_names(node):
                    ref[name] = ast.dump(node)
    out = set()
    for node in ast.parse(variant.source).body:
        for name in node_names(node):
            if name not in subs.RESERVED and ref.get(name) != ast.dump(node):
                out.add(name)
    return out


def node_names(node) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    return []


def hidden_only(variant: subs.Variant) -> str | None:
    for node in ast.parse(variant.source).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "HIDDEN_ONLY" for t in node.targets):
            return ast.literal_eval(node.value)
    return None


def verdict(graded, reference, variant: subs.Variant) -> tuple[str, str]:
    """(caught | unclear | elsewhere | hidden only | missed, the first message that decided it)."""
    names = changed_names(reference, variant)
    checks = [m for c in graded.cells if subs.is_visible_check(c) for m in subs.errors(c)]
    for message in checks:
        if any(re.search(rf"\b{re.escape(n)}\b", message) for n in names) and EXPECTED.search(message) \
                and FOUND.search(message):
            return "caught", message
    if checks:
        return "unclear", checks[0]
    others = [m for c in graded.cells if c.cell_type == "code" and not c.metadata.get("nbgrader", {}).get("grade")
              and not subs.is_solution(c) for m in subs.errors(c)]
    if hidden_only(variant):
        return "hidden only", hidden_only(variant)
    return ("elsewhere", others[0]) if others else ("missed", "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assignment", default=",".join(assignments(ROOT)))
    parser.add_argument("--notebooks", default="", help="comma-separated notebook names (default: all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--graded", type=Path, help="a course the validity suite graded: read, not graded again")
    parser.add_argument("--verbose", action="store_true", help="print every mutant's verdict and message")
    args = parser.parse_args()
    only = {n for n in args.notebooks.split(",") if n}
    totals, lines = {}, []
    with tempfile.TemporaryDirectory() as scratch:
        for hw in args.assignment.split(","):
            names = [n for n in notebooks(ROOT, hw) if not only or n in only]
            if not names:
                continue
            course = args.graded or scratch_course(ROOT, Path(scratch) / hw, hw)
            handed = {}
            for name in names:
                reference = subs.reference(subs.read(ROOT / "source" / hw / f"{name}.ipynb"),
                                           subs.read(ROOT / "release" / hw / f"{name}.ipynb"))
                if args.graded:  # the mutants the suite graded, where it handed them in
                    for label, student, _, v in validity.handed_in(hw, name):
                        if label.startswith("mutant-"):
                            handed[(name, v.name)] = (student, v, reference)
                    continue
                for k, v in enumerate(subs.variants(ROOT, "mutants", hw, name)):
                    handed[(name, v.name)] = (f"variants-{k:02d}", v, reference)
                    subs.write(subs.apply_variant(reference, v),
                               course / "submitted" / f"variants-{k:02d}" / hw / f"{name}.ipynb")
            if not args.graded:
                for r in grade_class(course, hw, workers=args.workers, log=lambda *_: None, progress=False):
                    if r.error:
                        print(f"{r.student}: NOT GRADED: {r.error}", flush=True)
            for name in names:
                kinds = {}
                for (nb, _), (student, v, reference) in handed.items():
                    if nb != name:
                        continue
                    graded = subs.read(course / "autograded" / student / hw / f"{name}.ipynb")
                    kind, message = verdict(graded, reference, v)
                    kinds.setdefault(kind, []).append(v.name + ("*" if validity.is_seed(v) else ""))
                    if args.verbose:
                        print(f"{hw}/{name}/{v.name}: {kind}: {message[:200]}", flush=True)
                count = sum(len(v) for v in kinds.values())
                totals[(hw, name)] = (len(kinds.get("caught", [])), count)
                lines.append(f"{hw}/{name}: {len(kinds.get('caught', []))}/{count} caught "
                             f"({100 * len(kinds.get('caught', [])) / count:.0f} %)")
                for kind in ("unclear", "elsewhere", "hidden only", "missed"):
                    if kinds.get(kind):
                        lines.append(f"    {kind}: {', '.join(sorted(kinds[kind]))}")
                seeds_missed = [n for k, v in kinds.items() if k != "caught" for n in v if n.endswith("*")]
                if seeds_missed:
                    lines.append(f"    seeds' mistakes not caught visibly: {', '.join(sorted(seeds_missed))}")
    caught, count = (sum(t[i] for t in totals.values()) for i in (0, 1))
    print("\n".join(lines))
    print(f"\nall notebooks: {caught}/{count} mutants caught by a visible check ({100 * caught / max(count, 1):.0f} %); "
          f"lowest notebook {min((100 * c / n for c, n in totals.values()), default=0):.0f} % (goal: 70 % overall, "
          f"50 % in each)")


if __name__ == "__main__":
    main()
