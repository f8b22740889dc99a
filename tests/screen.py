"""An in-process screen of mutants, so that a heavy notebook's mutants need not all be graded.

A notebook is run as nbval runs its source: every code cell in one interpreter, the hidden tests inline. This
process imports the libraries once (grader.process_template.warm) and forks one child per run, so a run costs
its cells only. The cells outside the answers and the hidden tests that train or search are left out of every
run: the ones tests/validity.py's HEAVY names, or else the ones that take longer than `slow` seconds in a whole
run of the reference. A mutant is *killed by the screen* when a hidden cell that passes in the reference's
screened run fails in the mutant's. A kill here is the same assertion failing on the same inputs as in grading,
minus the left-out cells.

`make test` screens a heavy notebook's hand-written mutants (tests/validity.py's `screened_mutants`, through
`python tests/screen.py` in test_grading.py); bench/mutation_score.py screens mechanical ones and grades the
rest, with a sample of the screen's kills to show that grading agrees.
"""
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

from grader import submissions as subs


def screen_cells(source, ref, variant: subs.Variant | None) -> list[tuple[str, str, str]]:
    """(label, kind, source) of the code cells of a run: the source notebook with the answer cells of the
    reference `ref`, or of ref with the variant applied. kind is "answer", "hidden" or "other"."""
    nb = subs.apply_variant(ref, variant) if variant else ref
    answers = {subs.grade_id(c): c.source for c in nb.cells if subs.is_solution(c)}
    out = []
    for i, cell in enumerate(source.cells):
        if cell.cell_type != "code":
            continue
        gid = subs.grade_id(cell) or f"cell-{i}"
        grade = cell.metadata.get("nbgrader", {})
        if subs.is_solution(cell):
            out.append((gid, "answer", answers[gid]))
        else:
            out.append((gid, "hidden" if grade.get("grade") else "other", cell.source))
    return out


def _run(cells, skip: set[str], stop: set[str], out: Path) -> None:
    """In a forked child: run the cells but `skip` in a fresh IPython shell in an empty folder (out's), up to the
    first failure of a cell in `stop`; write {label: [ok, seconds]} to out."""
    os.chdir(out.parent)
    os.environ["TMPDIR"] = tempfile.tempdir = str(out.parent)  # what the cells write goes with the folder
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    config = Config()
    config.HistoryManager.enabled = False
    shell = InteractiveShell.instance(config=config)
    result = {}
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    for label, _, code in cells:
        if label in skip:
            continue
        start = time.monotonic()
        ok = shell.run_cell(code, silent=True).success
        result[label] = [ok, round(time.monotonic() - start, 2)]
        out.write_text(json.dumps(result))
        if not ok and label in stop:
            return


def run_all(jobs: dict[str, tuple[list, set[str], set[str]]], workers: int, timeout: float) -> dict[str, dict | None]:
    """Run every job (cells, skip, stop) in a forked child, `workers` at a time; None for a run that timed out or died."""
    results: dict[str, dict | None] = {}
    pending = list(jobs.items())
    running: dict[int, tuple[str, Path, float]] = {}
    scratch = Path(tempfile.mkdtemp(prefix="screen-"))
    while pending or running:
        while pending and len(running) < workers:
            key, (cells, skip, stop) = pending.pop(0)
            out = scratch / str(len(results) + len(running)) / "result.json"
            out.parent.mkdir()
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    _run(cells, skip, stop, out)
                except BaseException:
                    code = 1
                os._exit(code)
            running[pid] = (key, out, time.monotonic())
        time.sleep(0.2)
        for pid, (key, out, started) in list(running.items()):
            done, status = os.waitpid(pid, os.WNOHANG)
            if not done and time.monotonic() - started > timeout:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                done, status = pid, -1
            if done:
                del running[pid]
                ok = status == 0 and out.exists()
                results[key] = json.loads(out.read_text()) if ok else None
                shutil.rmtree(out.parent, ignore_errors=True)
    shutil.rmtree(scratch, ignore_errors=True)
    return results


def screen_failures(root: Path, hw: str, name: str, variants: list[subs.Variant], workers: int = 2,
                    slow: float = 5.0, skip: set[str] | None = None, first: bool = True,
                    log=print) -> tuple[set[str], dict]:
    """The hidden cells that pass in the reference's screened run, and per variant the ones of them it fails
    (None: it ran over its time or died). With `first`, a variant's run stops at the first such failure; else
    it runs up to the last cell it aims at (its TARGETS). `skip` names the cells to leave out; None times a
    whole run of the reference and leaves out those slower than `slow` seconds."""
    from grader.process_template import warm

    why = warm(tester=False)
    if why:
        raise RuntimeError(f"cannot fork for the screen: {why}")
    sys.path.insert(0, str(root))
    os.environ.setdefault("MPLBACKEND", "Agg")
    source = subs.read(root / "source" / hw / f"{name}.ipynb")
    ref = subs.reference(source, subs.read(root / "release" / hw / f"{name}.ipynb"))
    ref_cells = screen_cells(source, ref, None)
    if skip is None:
        whole = run_all({"reference": (ref_cells, set(), set())}, 1, 1800)["reference"]
        if whole is None:
            raise RuntimeError(f"{name}: the reference did not run to the end in-process")
        log("  cell seconds: " + ", ".join(f"{k} {v[1]:g}" for k, v in whole.items() if v[1] >= 0.5))
        skip = {label for label, kind, _ in ref_cells if kind == "other" and whole.get(label, [0, 0])[1] > slow}
    jobs = {"reference": (ref_cells, skip, set()), "reference-again": (ref_cells, skip, set())}
    refs = run_all(jobs, workers, 1800)
    kinds = {label: kind for label, kind, _ in ref_cells}
    if None in refs.values() or ({k: v[0] for k, v in refs["reference"].items()}
                                 != {k: v[0] for k, v in refs["reference-again"].items()}):
        raise RuntimeError(f"{name}: two screened runs of the reference disagree")
    passing = {label for label, (ok, _) in refs["reference"].items() if ok and kinds[label] == "hidden"}
    budget = 3 * sum(v[1] for v in refs["reference"].values()) + 60
    log(f"{name}: screened run {sum(v[1] for v in refs['reference'].values()):.0f} s without {sorted(skip)}; "
        f"{len(passing)} hidden cells pass in it")
    jobs = {}
    for v in variants:
        cells = screen_cells(source, ref, v)
        if not first:
            last = max([i for i, (label, _, _) in enumerate(cells) if label in v.targets], default=len(cells) - 1)
            cells = cells[:last + 1]
        jobs[v.name] = (cells, skip, passing if first else set())
    runs = run_all(jobs, workers, budget)
    return passing, {v.name: None if runs[v.name] is None else
                     sorted(label for label in passing if not runs[v.name].get(label, [False])[0]) for v in variants}


def screen(root: Path, hw: str, name: str, variants: list[subs.Variant], workers: int = 2,
           slow: float = 5.0, log=print) -> dict[str, str]:
    """Per variant: "killed" (a hidden cell that passes in the reference's screened run fails), "unscreened"
    (no such cell: grade it), or "unfinished" (it ran over its time or died: grade it)."""
    _, failed = screen_failures(root, hw, name, variants, workers, slow, log=log)
    return {v: "unfinished" if f is None else "killed" if f else "unscreened" for v, f in failed.items()}


if __name__ == "__main__":  # python tests/screen.py hw4 q1_keras_tuner: the failures of its screened mutants, as JSON
    import argparse

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import validity

    parser = argparse.ArgumentParser(description="screen a heavy notebook's mutants in-process (validity.screened_mutants)")
    parser.add_argument("assignment")
    parser.add_argument("notebook")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[1]
    found = validity.screened_mutants(args.assignment, args.notebook)
    passing, failed = screen_failures(root, args.assignment, args.notebook, found, args.workers,
                                      skip=set(validity.HEAVY[args.assignment][args.notebook].slow), first=False,
                                      log=lambda *_: None)
    print(json.dumps({"passing": sorted(passing), "failed": failed}))
