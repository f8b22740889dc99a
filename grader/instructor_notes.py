"""A source notebook's instructor notes: one markdown cell, marked `"course": {"instructor_notes": true}` in its
metadata, that `DropInstructorNotes` removes from the release. It holds three tables under these headings:

    ### Specification checklist            | the text says | checked by |
    ### Parameters tested at one value     | parameter | why |
    ### Edges the text names               | edge | call | where |
    ### Graded in another notebook         | function | notebook |

- "the text says" quotes the released task text (markdown and the comments of the answer cells) word for word;
  between them the quotes cover every "must", "returns" and "raises" of that text. "checked by" names the hidden
  test cells (grade_ids) that check it, or says "not a specification: <why>" (an instruction such as "delete the
  `raise` line"); every hidden test cell is named at least once (test_spec_checklist).
- "parameter" is `function(param)`, or `function` for all its parameters: why the hidden tests may call it with
  one value only (or none). test_arg_coverage holds every other parameter to two values at least.
- "edge" quotes an input range the text names; "call" is `function(param)`; "where" is a condition on that
  argument, in the names of tests/argtrace.py's summaries (`shape[0] == 1`, `constant`, `max < 0.05`), that
  some call of the hidden tests meets.
- "function" is one the answer cells define that this notebook's hidden tests do not grade, because "notebook"
  (of the same assignment) grades it: the text has the student paste it. Argument coverage and mechanical
  mutants (tests/mechanical.py) leave it to that notebook.
"""
import re
from dataclasses import dataclass, field

from nbconvert.preprocessors import Preprocessor
from traitlets import Bool

HEADINGS = {"specification checklist": "checklist", "parameters tested at one value": "single_value",
            "edges the text names": "edges", "graded in another notebook": "elsewhere"}
KEYWORDS = re.compile(r"\b(must|return(s|ing)?|rais(e|es|ing))\b", re.IGNORECASE)


def is_notes(cell) -> bool:
    return cell.cell_type == "markdown" and bool(cell.get("metadata", {}).get("course", {}).get("instructor_notes"))


class DropInstructorNotes(Preprocessor):
    """nbgrader generate_assignment: the instructor notes never reach the release."""

    enabled = Bool(True)  # nbconvert's preprocessors are off unless enabled

    def preprocess(self, nb, resources):
        nb.cells = [cell for cell in nb.cells if not is_notes(cell)]
        return nb, resources


@dataclass
class Notes:
    checklist: list[tuple[str, list[str]]] = field(default_factory=list)  # (quote, grade_ids)
    single_value: dict[str, str] = field(default_factory=dict)  # "function(param)" or "function" -> why
    edges: list[tuple[str, str, str]] = field(default_factory=list)  # (quote, "function(param)", condition)
    elsewhere: dict[str, str] = field(default_factory=dict)  # function -> the notebook that grades it


def _cells(row: str) -> list[str]:
    """The cells of one markdown table row; `\\|` is a literal bar."""
    parts = re.split(r"(?<!\\)\|", row.strip().strip("|"))
    return [p.replace("\\|", "|").strip() for p in parts]


def _names(text: str) -> list[str]:
    """The grade_ids of a "checked by" cell; none for "not a specification: <why>"."""
    if text.lower().startswith("not a specification"):
        return []
    return [n.strip("` ") for n in text.split(",") if n.strip("` ")]


def parse(source: str) -> Notes:
    """The tables of a notes cell's markdown."""
    notes, section, header = Notes(), None, False
    for line in source.splitlines():
        heading = re.match(r"#+\s+(.*)", line)
        if heading:
            section, header = HEADINGS.get(heading.group(1).strip().lower()), False
            continue
        if not section or not line.strip().startswith("|"):
            continue
        row = _cells(line)
        if not header:  # the header row, then its |---| rule
            header = True
            continue
        if set("".join(row)) <= set("-: "):
            continue
        if section == "checklist":
            notes.checklist.append((row[0], _names(row[1])))
        elif section == "single_value":
            notes.single_value[row[0].strip("`")] = row[1]
        elif section == "elsewhere":
            notes.elsewhere[row[0].strip("`")] = row[1].strip("` ")
        else:
            notes.edges.append((row[0], row[1].strip("`"), row[2].strip("`")))
    return notes


def read(nb) -> Notes:
    """The notes of a source notebook (empty if it has none)."""
    cells = [c for c in nb.cells if is_notes(c)]
    return parse(cells[0].source) if cells else Notes()


def parameter(key: str) -> tuple[str, str]:
    """("function", "param") of a notes key "function(param)"; ("function", "") of "function"."""
    function, _, param = key.rstrip(")").partition("(")
    return function, param


def normalize(text: str) -> str:
    return " ".join(text.split())


def task_text(release_nb) -> str:
    """What the released notebook tells a student: its markdown, and the comments of its answer cells, each
    with its whitespace collapsed."""
    parts = []
    for cell in release_nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "markdown":
            parts.append(cell.source)
        elif meta.get("solution"):
            parts.extend(line.split("#", 1)[1] for line in cell.source.splitlines() if "#" in line)
    return "\n\n".join(normalize(p) for p in parts)
