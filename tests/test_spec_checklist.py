"""Every "must", "returns" and "raises" of a notebook's task text is mapped to the hidden tests that check it,
and every hidden test to what it checks (the specification checklist of the source's instructor notes)."""
import pytest

from conftest import NOTEBOOKS, ROOT, notebook_id
from grader import instructor_notes
from grader import submissions as subs
from grader.instructor_notes import KEYWORDS, normalize


def hidden_cells(source_nb) -> list[str]:
    return [subs.grade_id(c) for c in source_nb.cells
            if c.cell_type == "code" and c.get("metadata", {}).get("nbgrader", {}).get("grade")]


def uncovered(text: str, quotes: list[str]) -> list[str]:
    """The keyword occurrences of text that no occurrence of any quote spans, each with its context."""
    spans = []
    for quote in quotes:
        start = text.find(quote)
        while start >= 0:
            spans.append((start, start + len(quote)))
            start = text.find(quote, start + 1)
    return [text[max(0, m.start() - 60): m.end() + 60] for m in KEYWORDS.finditer(text)
            if not any(a <= m.start() and m.end() <= b for a, b in spans)]


@pytest.mark.parametrize("hw,name", NOTEBOOKS, ids=notebook_id)
def test_the_checklist_maps_the_text_to_the_hidden_tests(hw, name):
    source = subs.read(ROOT / "source" / hw / f"{name}.ipynb")
    notes = instructor_notes.read(source)
    text = instructor_notes.task_text(subs.read(ROOT / "release" / hw / f"{name}.ipynb"))
    quotes = [normalize(q) for q, _ in notes.checklist]
    missing = [q for q in quotes if q not in text]
    assert not missing, f"checklist quotes that the released text does not hold, word for word: {missing}"
    left = uncovered(text, quotes)
    assert not left, "a must, returns or raises that the checklist does not quote:\n" + "\n".join(left)
    hidden = hidden_cells(source)
    named = {i for _, ids in notes.checklist for i in ids}
    assert named <= set(hidden), f"the checklist names cells that are no hidden test: {sorted(named - set(hidden))}"
    assert set(hidden) <= named, f"hidden tests that the checklist never names: {sorted(set(hidden) - named)}"


def test_uncovered_finds_each_keyword_no_quote_spans():
    text = "It returns a pair. The input must be 2-D, else it raises ValueError."
    assert len(uncovered(text, [])) == 3
    left = uncovered(text, ["It returns a pair", "must be 2-D"])
    assert len(left) == 1 and "raises" in left[0]
    assert uncovered(text, ["It returns a pair", "The input must be 2-D, else it raises ValueError"]) == []


def test_notes_parse_and_never_reach_the_release():
    notes = instructor_notes.parse("## Instructor notes\n### Specification checklist\n| the text says | checked by |\n"
                                   "|---|---|\n| returns `a \\| b` | `x_hidden`, y_hidden |\n"
                                   "### Parameters tested at one value\n| parameter | why |\n|---|---|\n"
                                   "| `f(eps)` | fixed by the text |\n### Edges the text names\n| edge | call | where |\n"
                                   "|---|---|---|\n| a batch of one | `f(Z)` | `shape[0] == 1` |\n")
    assert notes.checklist == [("returns `a | b`", ["x_hidden", "y_hidden"])]
    assert notes.single_value == {"f(eps)": "fixed by the text"}
    assert notes.edges == [("a batch of one", "f(Z)", "shape[0] == 1")]
    for hw, name in NOTEBOOKS:
        assert not any(instructor_notes.is_notes(c) for c in subs.read(ROOT / "release" / hw / f"{name}.ipynb").cells)
