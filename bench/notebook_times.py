"""Benchmark: wall time of every source notebook, executed top to bottom the way nbval and nbgrader do.

    COURSE_PROFILE=fast COURSE_OFFLINE=1 python bench/notebook_times.py [NOTEBOOK ...]

Prints one line per notebook (seconds, and how much of it is the kernel start and imports of the first
cell). It never fails on time: the budgets live in the issues and are compared by a person.
"""
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]


def run(path: Path) -> tuple[float, float]:
    nb = nbformat.read(str(path), as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    with client.setup_kernel():
        first = None
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
            if first is None and cell.cell_type == "code":
                first = time.perf_counter() - start
    return time.perf_counter() - start, first or 0.0


def main(paths: list[str]) -> None:
    notebooks = [Path(p).resolve() for p in paths] or sorted(ROOT.glob("source/*/*.ipynb"))
    print(f"{'notebook':40s} {'total s':>8s} {'setup s':>8s}")
    for path in notebooks:
        total, setup = run(path)
        print(f"{str(path.relative_to(ROOT)):40s} {total:8.1f} {setup:8.1f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
