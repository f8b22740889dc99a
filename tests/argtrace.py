"""Argument coverage: the values the hidden tests pass to each contract function while the reference is graded.

The validity class's reference (tests/validity.py) hands in `traced(reference)`: the cell of argtrace_cell.py
after the setup cell, a line at the end of each answer cell that wraps the functions it defines, and a last cell
that prints what the wrappers recorded. A wrapper records a call only when the grader's tester made it (its
caller is utils.kernel_side), so the notebook's own calls and its visible checks do not count. The grade is the
same: the wrappers pass every call through unchanged.

    python tests/argtrace.py <graded course> <hw>     prints, per function and parameter, the distinct values
"""
import ast
import copy
import json
import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from grader import submissions as subs  # noqa: E402

CELL = (Path(__file__).parent / "argtrace_cell.py").read_text()
MARK = "COURSE-ARGTRACE "


def contract_functions(source_nb) -> dict[str, list[str]]:
    """name -> parameter names of every public top-level function that the source's answer cells define."""
    found = {}
    for node, _ in subs.answer_statements(source_nb):
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            a = node.args
            found[node.name] = [p.arg for p in a.posonlyargs + a.args + ([a.vararg] if a.vararg else [])
                                + a.kwonlyargs + ([a.kwarg] if a.kwarg else [])]
    return found


def traced(nb):
    """A copy of the reference nb that records the tester's calls (see the module's docstring)."""
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type == "code" and subs.is_solution(cell):
            names = [n.name for n in ast.parse(cell.source).body
                     if isinstance(n, ast.FunctionDef) and not n.name.startswith("_")]
            if names:
                cell.source += f"\n__course_trace__.wrap(globals(), {names!r})\n"
    setup = next(i for i, c in enumerate(nb.cells) if subs.grade_id(c) == "setup")
    nb.cells.insert(setup + 1, nbformat.v4.new_code_cell(CELL))
    nb.cells.append(nbformat.v4.new_code_cell("__course_trace__.dump()"))
    return nb


def read(graded_path) -> dict[str, list[dict]]:
    """function -> its recorded calls ({param: summary}), from a graded traced notebook."""
    for cell in reversed(subs.read(graded_path).cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and MARK in out.get("text", ""):
                return json.loads(out["text"].split(MARK, 1)[1])
    raise LookupError(f"{graded_path}: no argument trace (was the traced reference graded?)")


def coverage(trace: dict, functions: dict[str, list[str]]) -> dict[str, dict[str, int]]:
    """function -> param -> how many distinct values the hidden tests passed (0: never called)."""
    return {name: {p: len({call[p]["id"] for call in trace.get(name, []) if p in call}) for p in params}
            for name, params in functions.items()}


def report(trace: dict, functions: dict[str, list[str]]) -> str:
    lines = []
    for name, params in coverage(trace, functions).items():
        calls = len(trace.get(name, []))
        lines.append(f"{name}: {calls} call(s) from the hidden tests; distinct values: "
                     + ", ".join(f"{p}={n}" for p, n in params.items()))
    return "\n".join(lines)


def meets(summary: dict, condition: str) -> bool:
    """Whether one argument's summary meets a condition of the instructor notes (`shape[0] == 1`, `constant`)."""
    names = {"shape": (), "ndim": None, "min": None, "max": None, "constant": False, "value": None, **summary}
    names["ndim"] = len(names["shape"]) if "shape" in summary else None
    try:
        return bool(eval(condition, {"__builtins__": {}}, names))  # the instructor's own condition
    except (TypeError, IndexError):
        return False


if __name__ == "__main__":
    course, hw = Path(sys.argv[1]), sys.argv[2]
    for path in sorted((course / "autograded" / "reference-seed0" / hw).glob("*.ipynb")):
        print(f"## {hw} {path.stem}")
        print(report(read(path), contract_functions(subs.read(course / "source" / hw / path.name))))
