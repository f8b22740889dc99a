"""What one more notebook costs the validity suite (tests/conftest.py's class), measured in one run.

    python bench/validity_cost.py [--assignment hw4] [--base q6_batchnorm] [--added q5_conv_shapes] [--workers 2]
    (--base and --added take comma-separated notebook names)

The suite hands in, for every notebook, its correct answers under three seeds between them, the blank release
and each mutant, as tests/validity.py lays out (this bench hands in the same). This
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

from grader.autograde import grade_class  # noqa: E402
from grader.course import scratch_course  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
import validity  # noqa: E402 (who hands in what: the suite's own layout)



def validity_class(root: Path, hw: str, names: list[str]) -> tuple[dict, int]:
    """Write the suite's submissions of `names` under root/submitted; returns (envs, notebooks written)."""
    envs = {}
    for name in names:
        envs.update(validity.write(root, hw, name)[0])
    return envs, sum(len(validity.handed_in(hw, name)) for name in names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assignment", default="hw4")
    parser.add_argument("--base", default="q6_batchnorm")
    parser.add_argument("--added", default="q5_conv_shapes")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    hw, base, added_names = args.assignment, args.base.split(","), args.added.split(",")
    times, counts = {}, {}
    with tempfile.TemporaryDirectory() as scratch:
        for label, names in (("base", base), ("base + added", base + added_names)):
            course = scratch_course(ROOT, Path(scratch) / label.replace(" ", ""), hw)
            envs, counts[label] = validity_class(course, hw, names)
            start = time.monotonic()
            grade_class(course, hw, envs=envs, workers=args.workers, log=lambda *_: None, progress=False)
            times[label] = time.monotonic() - start
            print(f"{label:>13} ({', '.join(names)}): {counts[label]:3d} notebooks, {times[label]:6.1f} s", flush=True)
    added = counts["base + added"] - counts["base"]
    print(f"\n{args.added}: {added} more notebooks (correct answers, blank, mutants) cost "
          f"{times['base + added'] - times['base']:.1f} s of validity on {args.workers} workers, {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
