"""What the trusted tester costs per notebook. Each source notebook (its solutions in place) is executed twice:

- in one kernel with nbclient, hidden tests and all, as nbval does and as nbgrader did before the tester;
- by grader.execute.SandboxedExecute, as the class grader runs it: the kernel sandboxed in a scratch folder,
  the hidden tests in the tester, every value they take from the notebook sent across by utils.wire.

    COURSE_PROFILE=fast COURSE_OFFLINE=1 python bench/tester_cost.py [NOTEBOOK ...]

Printed per notebook: its hidden-test cells, their seconds in the kernel and through the tester (the
difference is the boundary's cost), the kernel requests they made and the MiB that crossed, how long the
first test waited for the tester to be ready, and both notebooks' wall times. It never fails on time.
"""
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader.execute import SandboxedExecute, is_graded_test  # noqa: E402


def seconds(cell) -> float:
    timing = cell.metadata.get("execution", {})
    start, end = timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
    if not (start and end):
        return 0.0
    return (datetime.fromisoformat(end.rstrip("Z")) - datetime.fromisoformat(start.rstrip("Z"))).total_seconds()


def in_one_kernel(path: Path) -> tuple[float, float]:
    nb = nbformat.read(str(path), as_version=4)
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as cwd:
        NotebookClient(nb, timeout=600, kernel_name="python3", allow_errors=True, record_timing=True,
                       resources={"metadata": {"path": cwd}}).execute()
    return time.monotonic() - start, sum(seconds(c) for c in nb.cells if is_graded_test(c))


def through_the_tester(path: Path) -> tuple[float, dict]:
    nb = nbformat.read(str(path), as_version=4)
    executor = SandboxedExecute(timeout=600, interrupt_on_timeout=True)
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as cwd:
        executor.preprocess(nb, {"metadata": {"path": cwd}})
    failed = [c.metadata["nbgrader"]["grade_id"] for c in nb.cells if is_graded_test(c)
              and any(o.output_type == "error" for o in c.outputs)]
    return time.monotonic() - start, {**executor.stats, "failed": failed}


def main(names: list[str]) -> None:
    paths = [p for n in names for p in ROOT.glob(f"source/*/{n}.ipynb")] or sorted(ROOT.glob("source/*/*.ipynb"))
    print(f"{'notebook':22} {'tests':>5} {'kernel s':>9} {'tester s':>9} {'cost s':>7} {'requests':>8} "
          f"{'MiB':>7} {'wait s':>7} {'wall: kernel':>13} {'tester':>7}")
    for path in paths:
        bare_wall, bare_tests = in_one_kernel(path)
        wall, stats = through_the_tester(path)
        tested = stats["graded_s"] - stats["tester_wait_s"]
        print(f"{path.stem:22} {stats['graded_cells']:5d} {bare_tests:9.1f} {tested:9.1f} {tested - bare_tests:7.1f} "
              f"{stats['kernel_requests']:8d} {stats['bytes'] / 2**20:7.1f} {stats['tester_wait_s']:7.1f} "
              f"{bare_wall:13.1f} {wall:7.1f}" + (f"   FAILED: {stats['failed']}" if stats["failed"] else ""),
              flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
