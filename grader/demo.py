"""The demo: release an assignment, submit for three demo students, autograde, and print the scores.

    python -m grader.demo hw4      (make demo ASSIGNMENT=hw4)

demo_reference submits the instructor's solutions, demo_mutant a known-wrong answer from tests/mutants/<hw>/,
demo_blank the release untouched. Safe to rerun: the demo students' submissions are rewritten each time.
"""
import argparse
import os
import shutil
import sys
import time
from pathlib import Path

from . import submissions as subs
from .autograde import grade_class, report
from .course import ROOT, nbgrader, notebooks, release

DEMO = ("demo_reference", "demo_mutant", "demo_blank")


def submit_demo_students(root: Path, assignment: str) -> list[str]:
    """Write the three demo submissions under submitted/; returns a line per notebook saying what was used."""
    said = []
    for student in DEMO:
        shutil.rmtree(root / "submitted" / student / assignment, ignore_errors=True)
    for name in notebooks(root, assignment):
        source_nb = subs.read(root / "source" / assignment / f"{name}.ipynb")
        release_nb = subs.read(root / "release" / assignment / f"{name}.ipynb")
        reference = subs.reference(source_nb, release_nb)
        mutants = subs.variants(root, "mutants", assignment, name)
        mutant = subs.apply_variant(reference, mutants[0]) if mutants else reference
        out = root / "submitted" / "{}" / assignment / f"{name}.ipynb"
        subs.write(reference, str(out).format("demo_reference"))
        subs.write(mutant, str(out).format("demo_mutant"))
        subs.write(subs.blank(release_nb), str(out).format("demo_blank"))
        said.append(f"{name}: demo_mutant uses tests/mutants/{assignment}/{name}/{mutants[0].path.name}" if mutants
                    else f"{name}: no mutants yet, demo_mutant submits the reference")
    return said


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("assignment")
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="local grading workers")
    args = parser.parse_args(argv)
    start = time.monotonic()
    print(f"1/3 releasing {args.assignment} ...", flush=True)
    for student in DEMO:  # a changed assignment cannot be re-released while the gradebook holds their work
        nbgrader(args.root, "db", "student", "remove", student, "--force", check=False)
    release(args.root, args.assignment)
    print("2/3 writing submissions for", ", ".join(DEMO), flush=True)
    for line in submit_demo_students(args.root, args.assignment):
        print("    " + line)
    print(f"3/3 autograding with {args.workers} workers, feedback, CSV export, class report ...", flush=True)
    results = grade_class(args.root, args.assignment, "demo_*", workers=args.workers)
    print()
    print(report(args.root, args.assignment, results))
    print(f"\nfeedback: feedback/<student>/{args.assignment}/*.html   grades: autograded/grades.csv   report: "
          f"autograded/{args.assignment}_report.md (histogram, registrar CSV beside it)")
    print(f"demo finished in {time.monotonic() - start:.0f} s")
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
