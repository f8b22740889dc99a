"""Mechanical mutation score of the hidden tests: the share of mechanical mutants (tests/mechanical.py) they kill.

    python bench/mutation_score.py hw4 --notebooks q5_conv_shapes,q6_batchnorm [--sample N --seed S] [--json out.json]

Hands in, in a scratch course, the reference (student `reference`) and every mechanical mutant (or a seeded
sample of N per notebook) as a student of its own: the k-th mutant of every notebook by `mech-<k>`, paying a
student's fixed cost once for several notebooks, as tests/validity.py does. Grades the class with the class
grader; a mutant is killed when its autograded score on the notebook (cells a TA grades left out) is below the
reference's (one with no score counts as a survivor). Prints per notebook the mutants, the known equivalent
ones (tests/mechanical/<hw>/<notebook>.json), the killed, the killed share of the non-equivalent ones, and each
survivor with what it changed.

A heavy notebook's mutants cost a minute or more each to grade. `--screen` runs each in-process first, without
the cells that train (tests/screen.py), and grades only the mutants the screen does not kill, and a seeded
sample of `--confirm` of its kills per notebook to show that grading agrees (a disagreement is printed, and
grading's verdict counts). `--screened report.json` reuses the screen of an earlier `--json` report.
"""
import argparse
import ast
import difflib
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("COURSE_PROFILE", "fast")
os.environ.setdefault("COURSE_OFFLINE", "1")

import mechanical  # noqa: E402
from grader import submissions as subs  # noqa: E402
from grader.autograde import grade_class  # noqa: E402
from grader.course import notebooks, scores, scratch_course  # noqa: E402


def autograded(row) -> float:
    """A notebook's score from the autograded cells alone."""
    return sum(score for score, _ in row.cells.values() if score is not None)


def change(reference: dict, mutant: subs.Variant) -> str:
    """One line: the first line of the definition the mutant changed, before -> after."""
    new = mutant.source.splitlines()
    name = mutant.name.split("-")[1]
    old = reference[name].splitlines()
    lines = [line.strip() for line in difflib.ndiff(old, new) if line[:1] in "-+" and line[2:].strip()]
    before = next((line[2:] for line in lines if line.startswith("-")), "")
    after = next((line[2:] for line in lines if line.startswith("+")), "")
    return f"{before}  ->  {after}"


def hand_in(course: Path, hw: str, chosen: dict[str, list[subs.Variant]]) -> None:
    """The reference by `reference`, and the k-th mutant of every notebook by `mech-<k>`."""
    for name, variants in chosen.items():
        release_nb = subs.read(course / "release" / hw / f"{name}.ipynb")
        reference = subs.reference(subs.read(course / "source" / hw / f"{name}.ipynb"), release_nb)
        subs.write(reference, course / "submitted" / "reference" / hw / f"{name}.ipynb")
        for k, variant in enumerate(variants):
            path = course / "submitted" / f"mech-{k:02d}" / hw / f"{name}.ipynb"
            subs.write(subs.apply_variant(reference, variant), path)


def to_grade(chosen, screened, confirm: int, seed: int) -> dict[str, list[subs.Variant]]:
    """What the screen did not kill, and a seeded sample of `confirm` of its kills per notebook."""
    out = {}
    for name, variants in chosen.items():
        kills = [v for v in variants if screened[name][v.name] == "killed"]
        sample = random.Random(f"{seed}/confirm/{name}").sample(kills, min(confirm, len(kills)))
        out[name] = [v for v in variants if v not in kills or v in sample]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("assignment")
    parser.add_argument("--notebooks", help="comma-separated (default: every notebook of the assignment)")
    parser.add_argument("--sample", type=int, help="grade a seeded sample of N mutants per notebook")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--screen", action="store_true",
                        help="screen in-process first (tests/screen.py): grade what it does not kill, and a sample")
    parser.add_argument("--screened", type=Path, help="with --screen: reuse the screen of an earlier --json report")
    parser.add_argument("--confirm", type=int, default=4, help="screen kills per notebook graded to confirm them")
    parser.add_argument("--json", type=Path, help="write the figures and survivors here")
    args = parser.parse_args()
    hw, start = args.assignment, time.monotonic()
    names = args.notebooks.split(",") if args.notebooks else notebooks(ROOT, hw)
    chosen = {n: mechanical.sample(ROOT, hw, n, args.sample, args.seed) if args.sample
              else mechanical.mutants(ROOT, hw, n) for n in names}
    screened = {n: {} for n in names}
    if args.screen:
        import screen

        earlier = json.loads(args.screened.read_text()) if args.screened else {}
        screened = {n: earlier[n]["screen"] if n in earlier else screen.screen(ROOT, hw, n, chosen[n], args.workers)
                    for n in names}
    graded = to_grade(chosen, screened, args.confirm, args.seed) if args.screen else chosen
    with tempfile.TemporaryDirectory() as scratch:
        course = scratch_course(ROOT, Path(scratch), hw)
        hand_in(course, hw, graded)
        grade_class(course, hw, workers=args.workers, log=lambda *_: None, progress=False)
        rows = {(r.student, r.notebook): autograded(r) for r in scores(course, hw)}
    report = {}
    for name, variants in chosen.items():
        equivalent = mechanical.equivalent(ROOT, hw, name)
        reference = {label: ast.unparse(node) for label, node, _ in mechanical.definitions(ROOT, hw, name)}
        best = rows[("reference", name)]
        verdict = {v.name: rows.get((f"mech-{k:02d}", name), best) < best for k, v in enumerate(graded[name])}
        disagree = sorted(m for m, kill in verdict.items() if not kill and screened[name].get(m) == "killed")
        killed = {v.name for v in variants if verdict.get(v.name, screened[name].get(v.name) == "killed")}
        equiv = {v.name for v in variants if v.name in equivalent}
        survivors = [v for v in variants if v.name not in killed | equiv]
        counted = len(variants) - len(equiv)
        report[name] = {"mutants": len(variants), "equivalent": len(equiv), "killed": len(killed - equiv),
                        "score": round(100 * len(killed - equiv) / counted, 1) if counted else 100.0,
                        "survivors": {v.name: change(reference, v) for v in survivors},
                        "equivalent_but_killed": sorted(killed & equiv),
                        "screen_kills": sum(s == "killed" for s in screened[name].values()),
                        "graded": len(graded[name]), "screen_kills_graded_and_survived": disagree,
                        "screen": screened[name]}
        r = report[name]
        print(f"{name}: {r['mutants']} mutants, {r['equivalent']} equivalent, {r['killed']} killed: "
              f"{r['score']:.1f} % of the non-equivalent (reference {best:g} points)")
        for mutant, what in r["survivors"].items():
            print(f"  survivor {mutant}: {what}")
        if args.screen:
            confirmed = sum(screened[name][v.name] == "killed" for v in graded[name])
            print(f"  screen killed {r['screen_kills']}; graded {r['graded']}, of which {confirmed} screen kills "
                  f"to confirm; screen kills that survived grading: {disagree or 'none'}")
        for mutant in r["equivalent_but_killed"]:
            print(f"  listed as equivalent but killed: {mutant}")
    print(f"total time {time.monotonic() - start:.0f} s on {args.workers} workers")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
