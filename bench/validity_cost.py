"""What one more notebook costs the validity suite (tests/conftest.py's class), measured in one run.

    python bench/validity_cost.py [--assignment hw4] [--base q6_batchnorm] [--added q5_conv_shapes] [--workers 2]

The suite hands in, for every notebook, the reference under three seeds, the blank release and each mutant
and alternative, the variants spread over students `variants-00`, `variants-01`, ... as the suite does. This
grades the class of the `--base` notebooks, then the same class with the `--added` notebook's submissions
handed in by the same students, each in a fresh scratch course with the class grader (sandbox, tester,
limits, feedback), and prints both times and their difference: what the added notebook costs.
"""
import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("COURSE_PROFILE", "fast")
os.environ.setdefault("COURSE_OFFLINE", "1")

from grader import submissions as subs  # noqa: E402
from grader.autograde import grade_class  # noqa: E402
from grader.course import scratch_course  # noqa: E402

SEEDS = (0, 1, 2)


def validity_class(root: Path, hw: str, names: list[str]) -> tuple[dict, int]:
    """Write the suite's submissions of `names` under root/submitted; returns (envs, notebooks written)."""
    envs, count = {}, 0
    for name in names:
        source = subs.read(root / "source" / hw / f"{name}.ipynb")
        release = subs.read(root / "release" / hw / f"{name}.ipynb")
        reference = subs.reference(source, release)
        handed = [(f"reference-seed{s}", reference) for s in SEEDS] + [("blank", subs.blank(release))]
        variants = [v for kind in ("mutants", "alternatives") for v in subs.variants(ROOT, kind, hw, name)]
        handed += [(f"variants-{k:02d}", subs.apply_variant(reference, v)) for k, v in enumerate(variants)]
        for student, nb in handed:
            subs.write(nb, root / "submitted" / student / hw / f"{name}.ipynb")
        count += len(handed)
    envs.update({f"reference-seed{s}": {"COURSE_SEED": str(s)} for s in SEEDS})
    return envs, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assignment", default="hw4")
    parser.add_argument("--base", default="q6_batchnorm")
    parser.add_argument("--added", default="q5_conv_shapes")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    hw, base = args.assignment, args.base.split(",")
    times, counts = {}, {}
    with tempfile.TemporaryDirectory() as scratch:
        for label, names in (("base", base), ("base + added", base + [args.added])):
            course = scratch_course(ROOT, Path(scratch) / label.replace(" ", ""), hw)
            envs, counts[label] = validity_class(course, hw, names)
            start = time.monotonic()
            grade_class(course, hw, envs=envs, workers=args.workers, log=lambda *_: None, progress=False)
            times[label] = time.monotonic() - start
            print(f"{label:>13} ({', '.join(names)}): {counts[label]:3d} notebooks, {times[label]:6.1f} s", flush=True)
    added = counts["base + added"] - counts["base"]
    print(f"\n{args.added}: {added} more notebooks (reference x{len(SEEDS)}, blank, mutants, alternatives) cost "
          f"{times['base + added'] - times['base']:.1f} s of validity on {args.workers} workers, {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
