"""Class-grading throughput on this machine: serial `nbgrader autograde` against grader.autograde with 1, 2
and 4 workers, on copies of the demo class; and the grader's fixed cost per notebook over the notebooks' own
cell time.

    python bench/grading_throughput.py [--assignment hw4] [--notebooks q4_cnn_vs_rnn,q5_conv_shapes,q6_batchnorm]
                                       [--copies 2] [--workers 1,2,4]

The class: the demo students (reference, first mutant, blank), `--copies` times, each handing in every chosen
notebook (the default: the three light ones, where fixed costs matter most). Each configuration grades the
same submissions in a fresh scratch course (release not timed), feedback and grades.csv included (serial:
nbgrader autograde, generate_feedback, export), with the sandbox, tester and limits of this machine. Printed:
seconds, notebooks per minute, the speed-up against serial nbgrader timed in the same run, and
fixed cost per notebook = (1 worker's time - the cells' own time, measured by nbclient) / notebooks.
"""
import argparse
import os
from datetime import datetime
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


def demo_class(root: Path, hw: str, names: list[str], copies: int) -> list:
    """Write the class under root/submitted; returns the (notebook, path) of every submission."""
    written = []
    for name in names:
        source = subs.read(root / "source" / hw / f"{name}.ipynb")
        release = subs.read(root / "release" / hw / f"{name}.ipynb")
        reference = subs.reference(source, release)
        mutant = subs.apply_variant(reference, subs.variants(ROOT, "mutants", hw, name)[0])
        for k in range(copies):
            for who, nb in (("reference", reference), ("mutant", mutant), ("blank", release)):
                path = root / "submitted" / f"{who}-{k}" / hw / f"{name}.ipynb"
                subs.write(nb, path)
                written.append((name, path))
    return written


def cell_seconds(nb) -> float:
    """The time nbclient recorded between each code cell's start and its reply, summed."""
    total = 0.0
    for cell in nb.cells:
        timing = cell.get("metadata", {}).get("execution", {})
        if "iopub.execute_input" in timing and "shell.execute_reply" in timing:
            start, end = (datetime.fromisoformat(timing[k].replace("Z", "+00:00"))
                          for k in ("iopub.execute_input", "shell.execute_reply"))
            total += (end - start).total_seconds()
    return total


def bare_execution(submissions: list) -> tuple[float, float]:
    """Seconds to execute every submission with nbclient alone (no nbgrader, no sandbox, no merge), and the
    part of them its cells took."""
    start, cells = time.monotonic(), 0.0
    for _, path in submissions:
        nb = subs.read(path)
        with tempfile.TemporaryDirectory() as cwd:
            NotebookClient(nb, timeout=120, allow_errors=True, kernel_name="python3", record_timing=True,
                           resources={"metadata": {"path": cwd}}).execute()
        cells += cell_seconds(nb)
    return time.monotonic() - start, cells


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assignment", default="hw4")
    parser.add_argument("--notebooks", default="q4_cnn_vs_rnn,q5_conv_shapes,q6_batchnorm")
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args()
    hw, names = args.assignment, args.notebooks.split(",")
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        runs = {}
        for label in ["serial nbgrader"] + [f"{w} workers" for w in args.workers.split(",")]:
            course = scratch_course(ROOT, scratch / label.replace(" ", "-"), hw)
            submissions = demo_class(course, hw, names, args.copies)
            start = time.monotonic()
            if label == "serial nbgrader":
                nbgrader(course, "autograde", hw)
                feedback_and_export(course, hw)
            else:
                grade_class(course, hw, workers=int(label.split()[0]), log=lambda *_: None, progress=False)
            runs[label] = time.monotonic() - start
            print(f"{label:>16}: {runs[label]:7.1f} s  {60 * len(submissions) / runs[label]:6.1f} notebooks/min  "
                  f"speed-up {runs['serial nbgrader'] / runs[label]:.2f}x", flush=True)
        bare, cells = bare_execution(submissions)
        n = len(submissions)
        print(f"\n{n} notebooks ({', '.join(names)}; {args.copies} copies of the demo class, "
              f"{n // len(names)} students), {os.cpu_count()} cores")
        print(f"bare execution (nbclient, one after another): {bare:.1f} s, of which cells {cells:.1f} s")
        print(f"serial nbgrader: fixed cost {(runs['serial nbgrader'] - cells) / n:.1f} s per notebook")
        if "1 workers" in runs:
            print(f"1 worker (stage, sandbox, tester, nbgrader, merge, feedback, report): {runs['1 workers']:.1f} s, "
                  f"fixed cost {(runs['1 workers'] - cells) / n:.1f} s per notebook")
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
