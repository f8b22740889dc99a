"""Build submissions from notebooks: the reference, the blank release, and mutants or alternatives.

- reference: the released notebook with every solution region filled in from the source notebook;
- blank:     the released notebook as a student receives it;
- variant:   a reference whose top-level definitions (functions or answer variables) are replaced by
             those of a Python file, e.g. a known-wrong answer from tests/mutants/<hw>/<notebook>/.
"""
import ast
import copy
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

MARKERS = ("### BEGIN SOLUTION", "### END SOLUTION")
RESERVED = {"TARGETS", "HINT", "HIDDEN_ONLY"}  # what a variant file says about itself: never pasted in


def grade_id(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def is_solution(cell) -> bool:
    return bool(cell.get("metadata", {}).get("nbgrader", {}).get("solution"))


def is_visible_check(cell) -> bool:
    """A read-only check a student runs: a code cell, neither graded nor a solution, whose first line is a
    "# Check ..." or "# Compare ..." comment."""
    meta = cell.get("metadata", {}).get("nbgrader", {})
    first = cell.source.lstrip().split("\n", 1)[0]
    return (cell.cell_type == "code" and not meta.get("grade") and not meta.get("solution")
            and re.match(r"#\s*(Check|Compare)\b", first) is not None)


def errors(cell) -> list[str]:
    """The "Name: message" of each error output of an executed cell."""
    return [f"{o.get('ename', '')}: {o.get('evalue', '')}" for o in cell.get("outputs", []) if o.output_type == "error"]


def strip_markers(source: str) -> str:
    """The solution text of a source cell: its source without the BEGIN/END SOLUTION marker lines."""
    return "\n".join(line for line in source.splitlines() if line.strip() not in MARKERS)


def reference(source_nb, release_nb):
    """The release with each solution cell's text taken from the source cell of the same grade_id."""
    solutions = {grade_id(c): strip_markers(c.source) for c in source_nb.cells if is_solution(c)}
    nb = copy.deepcopy(release_nb)
    for cell in nb.cells:
        if is_solution(cell):
            cell.source = solutions[grade_id(cell)]
    return nb


def answer_statements(nb) -> list[tuple[ast.stmt, list[str]]]:
    """(statement, its cell's imports) of every top-level statement of nb's answer cells, in notebook order."""
    out = []
    for cell in nb.cells:
        if cell.cell_type == "code" and is_solution(cell):
            body = ast.parse(strip_markers(cell.source)).body
            imports = [ast.unparse(n) for n in body if isinstance(n, (ast.Import, ast.ImportFrom))]
            out += [(node, imports) for node in body]
    return out


def blank(release_nb):
    return copy.deepcopy(release_nb)


@dataclass
class Variant:
    """A file of replacement definitions; `targets` names the hidden test cells a mutant must fail."""

    name: str
    path: Path
    source: str
    targets: list[str]

    @classmethod
    def load(cls, path: Path) -> "Variant":
        source = path.read_text()
        targets: list[str] = []
        for node in ast.parse(source).body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "TARGETS" for t in node.targets):
                targets = list(ast.literal_eval(node.value))
        return cls(path.stem, path, source, targets)


def load_variants(folder: Path) -> list[Variant]:
    return [Variant.load(p) for p in sorted(Path(folder).glob("*.py"))]


def variants(root: Path, kind: str, assignment: str, notebook: str) -> list[Variant]:
    """The "mutants" or "alternatives" of one notebook: root/tests/<kind>/<assignment>/<notebook>/*.py."""
    return load_variants(Path(root) / "tests" / kind / assignment / notebook)


def _definitions(source: str) -> dict[str, tuple[int, int]]:
    """Top-level names defined by `def`, `class` or simple assignment, with their 1-based line spans."""
    spans = {}
    for node in ast.parse(source).body:
        start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            spans[node.name] = (start, node.end_lineno)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, ast.Name):
                    spans[t.id] = (start, node.end_lineno)
    return spans


def apply_variant(nb, variant: Variant):
    """A copy of nb where every name the variant defines replaces the solution cell's definition.

    The variant's imports, and private helpers (names starting with "_") that the notebook lacks, are added
    before the first replacement, as a student would write them in that cell."""
    nb = copy.deepcopy(nb)
    lines = variant.source.splitlines()
    replacements = {
        name: "\n".join(lines[a - 1 : b])
        for name, (a, b) in _definitions(variant.source).items()
        if name not in RESERVED
    }
    if not replacements:
        raise ValueError(f"{variant.path}: defines nothing to replace")
    helpers = ["\n".join(lines[n.lineno - 1 : n.end_lineno]) for n in ast.parse(variant.source).body
               if isinstance(n, (ast.Import, ast.ImportFrom))]
    first_cell = None
    for name, text in replacements.items():
        for cell in nb.cells:
            if cell.cell_type != "code" or not is_solution(cell):
                continue
            spans = _definitions(cell.source)
            if name in spans:
                a, b = spans[name]
                cell_lines = cell.source.splitlines()
                cell.source = "\n".join(cell_lines[: a - 1] + text.splitlines() + cell_lines[b:])
                first_cell = first_cell or cell
                break
        else:
            if not name.startswith("_"):
                raise ValueError(f"{variant.path}: no solution cell defines {name!r}")
            helpers.append(text)
    if first_cell is None:
        raise ValueError(f"{variant.path}: replaces no definition of the notebook")
    if helpers:
        first_cell.source = "\n".join(helpers) + "\n\n\n" + first_cell.source
    return nb


def read(path) -> nbformat.NotebookNode:
    return nbformat.read(str(path), as_version=4)


def write(nb, path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))
