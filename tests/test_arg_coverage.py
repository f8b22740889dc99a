"""The hidden tests call every parameter of every contract function with two values at least, and reach each
input range the text names (grader/instructor_notes.py says how the source's notes give the exceptions)."""
import pytest

import argtrace
from conftest import NOTEBOOKS, ROOT, notebook_id
from grader import instructor_notes
from grader import submissions as subs
from validity import TRACED


def _trace(graded, hw, name):
    if hw not in graded or not graded[hw].path("autograded", TRACED, f"{name}.ipynb").exists():
        pytest.skip(f"{hw}/{name} is not graded in this run (COURSE_TEST_ONLY)")
    source = subs.read(ROOT / "source" / hw / f"{name}.ipynb")
    trace = argtrace.read(graded[hw].path("autograded", TRACED, f"{name}.ipynb"))
    return trace, argtrace.contract_functions(source), instructor_notes.read(source)


@pytest.mark.parametrize("hw,name", NOTEBOOKS, ids=notebook_id)
def test_hidden_tests_call_every_parameter_with_two_values(graded, hw, name):
    trace, functions, notes = _trace(graded, hw, name)
    counts = argtrace.coverage(trace, functions)
    thin = [f"{f}({p}): {n} value(s)" for f, params in counts.items() for p, n in params.items()
            if n < 2 and f not in notes.single_value and f"{f}({p})" not in notes.single_value
            and f not in notes.elsewhere]
    assert not thin, ("parameters the hidden tests exercise at fewer than two values, and that the instructor "
                      "notes do not explain:\n" + "\n".join(thin) + "\n\n" + argtrace.report(trace, functions))
    for key in notes.single_value:  # an explanation names a real parameter, and one still tested at one value
        f, p = instructor_notes.parameter(key)
        assert f in functions and (not p or p in functions[f]), f"the notes explain {key}, which is not a parameter"
        assert all(n < 2 for q, n in counts[f].items() if q == p or not p), \
            f"the notes explain {key}, but the hidden tests now call it with several values: drop the entry"


@pytest.mark.parametrize("hw,name", NOTEBOOKS, ids=notebook_id)
def test_hidden_tests_reach_the_edges_the_text_names(graded, hw, name):
    trace, functions, notes = _trace(graded, hw, name)
    text = instructor_notes.task_text(subs.read(ROOT / "release" / hw / f"{name}.ipynb"))
    for quote, call, condition in notes.edges:
        assert instructor_notes.normalize(quote) in text, f"the edge {quote!r} is not in the released text"
        f, p = instructor_notes.parameter(call)
        assert p in functions.get(f, []), f"the edge {quote!r} names {call}, which is not a parameter"
        assert any(argtrace.meets(c[p], condition) for c in trace.get(f, []) if p in c), \
            f"no hidden test calls {call} with {condition} ({quote!r})"


@pytest.mark.parametrize("hw,name", NOTEBOOKS, ids=notebook_id)
def test_functions_graded_elsewhere_are_graded_there(hw, name):
    source = subs.read(ROOT / "source" / hw / f"{name}.ipynb")
    for function, other in instructor_notes.read(source).elsewhere.items():
        assert function in argtrace.contract_functions(source), f"the notes leave {function} to {other}: not defined here"
        there = ROOT / "source" / hw / f"{other}.ipynb"
        assert there.exists() and other != name, f"the notes leave {function} to {other}, which is not a notebook of {hw}"
        assert function in argtrace.contract_functions(subs.read(there)), f"{other} does not define {function}"
        assert function not in instructor_notes.read(subs.read(there)).elsewhere, f"{other} leaves {function} to another"


def test_a_condition_reads_an_arguments_summary():
    one_row = {"type": "ndarray", "shape": [1, 3], "min": 2.0, "max": 2.0, "constant": True, "id": "x"}
    assert argtrace.meets(one_row, "shape[0] == 1") and argtrace.meets(one_row, "constant")
    assert argtrace.meets(one_row, "ndim == 2 and max < 3")
    assert not argtrace.meets({"type": "int", "value": 3, "id": "int:3"}, "shape[0] == 1")  # no shape: not met
    assert argtrace.meets({"type": "int", "value": 3, "id": "int:3"}, "value == 3")
