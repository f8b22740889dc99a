"""Class-grading throughput on this machine: serial `nbgrader autograde` against grader.autograde with 1, 2
and 4 workers, on copies of the demo class; and the grader's overhead over bare notebook execution.

    python bench/grading_throughput.py [--notebooks q5_conv_shapes,q6_batchnorm] [--copies 2] [--workers 1,2,4]

The class: for each chosen notebook, the demo students (reference, first mutant, blank), `--copies` times.
Each configuration grades the same submissions in a fresh scratch course (release not timed), feedback and
grades.csv included (serial: nbgrader autograde, generate_feedback, export). Printed:
seconds, submissions per minute, and the speed-up against serial nbgrader timed in the same run.
"""
import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("COURSE_PROFILE", "fast")
os.environ.setdefault("COURSE_OFFLINE", "1")

from nbclient import NotebookClient  # noqa: E402

from grader import submissions as subs  # noqa: E402
from grader.autograde import feedback_and_export, grade_class  # noqa: E402
from grader.course import nbgrader, scratch_course  # noqa: E402


def demo_class(root: Path, names: list[str], copies: int) -> list:
    """Write the class under root/submitted; returns the (notebook, path) of every submission."""
    written = []
    for name in names:
        source = subs.read(root / "source" / "hw4" / f"{name}.ipynb")
        release = subs.read(root / "release" / "hw4" / f"{name}.ipynb")
        reference = subs.reference(source, release)
        mutant = subs.apply_variant(reference, subs.load_variants(ROOT / "tests" / "mutants" / name)[0])
        for k in range(copies):
            for who, nb in (("reference", reference), ("mutant", mutant), ("blank", release)):
                path = root / "submitted" / f"{who}-{k}" / "hw4" / f"{name}.ipynb"
                subs.write(nb, path)
                written.append((name, path))
    return written


def bare_execution(submissions: list) -> float:
    """Seconds to execute every submission with nbclient alone (no nbgrader, no sandbox, no merge)."""
    start = time.monotonic()
    for _, path in submissions:
        nb = subs.read(path)
        with tempfile.TemporaryDirectory() as cwd:
            NotebookClient(nb, timeout=120, allow_errors=True, kernel_name="python3",
                           resources={"metadata": {"path": cwd}}).execute()
    return time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notebooks", default="q5_conv_shapes,q6_batchnorm")
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args()
    names = args.notebooks.split(",")
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        runs = {}
        for label in ["serial nbgrader"] + [f"{w} workers" for w in args.workers.split(",")]:
            course = scratch_course(ROOT, scratch / label.replace(" ", "-"), "hw4")
            submissions = demo_class(course, names, args.copies)
            start = time.monotonic()
            if label == "serial nbgrader":
                nbgrader(course, "autograde", "hw4")
                feedback_and_export(course, "hw4")
            else:
                grade_class(course, "hw4", workers=int(label.split()[0]), log=lambda *_: None)
            runs[label] = time.monotonic() - start
            print(f"{label:>16}: {runs[label]:7.1f} s  {60 * len(submissions) / runs[label]:6.1f} notebooks/min  "
                  f"speed-up {runs['serial nbgrader'] / runs[label]:.2f}x", flush=True)
        bare = bare_execution(submissions)
        print(f"\n{len(submissions)} notebooks ({', '.join(names)}; {args.copies} copies of the demo class), "
              f"{os.cpu_count()} cores")
        print(f"bare execution (nbclient, one after another): {bare:.1f} s")
        if "1 workers" in runs:
            print(f"1 worker (stage, sandbox, nbgrader, merge, feedback, report): {runs['1 workers']:.1f} s, "
                  f"overhead {100 * (runs['1 workers'] / bare - 1):.0f} % over bare execution")
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
