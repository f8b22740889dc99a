"""grader.tester, piece by piece: names resolve to the tester's own first; a student's object cannot pretend; a
student's exception keeps its type for the test; the grader's own failures cannot be caught as answers; and an
error never quotes the hidden test's code."""
import numpy as np
import pytest

from grader import tester


class FakeKernel:
    """Answers `get` from a dict, as the kernel would after utils.wire: data, or Remote handles."""

    def __init__(self, names: dict):
        self.names, self.failed, self.asked = names, None, []

    def get(self, name):
        self.asked.append(name)
        if name not in self.names:
            raise KeyError(name)
        return self.names[name]

    def attr(self, remote, name):
        return {"status": "COMPLETED"}[name]

    def call(self, remote, args, kwargs):
        return sum(args)


def namespace(names: dict) -> tester.Namespace:
    ns = tester.Namespace(FakeKernel(names))
    ns.offline = False
    return ns


def test_builtins_and_the_testers_own_names_win_over_the_students():
    ns = namespace({"zip": "student's zip", "check_close": "student's", "answer": 42})
    outputs = tester.run(ns, "from utils.checks import check_close\nassert callable(check_close)\n"
                             "assert list(zip([1], [2])) == [(1, 2)]\nassert answer == 42", "t")
    assert outputs == []
    assert ns.kernel.asked == ["answer"]  # zip, check_close and assert's names never came from the kernel


def test_a_missing_name_is_a_name_error_and_fetched_names_are_forgotten_after_the_cell():
    ns = namespace({"answer": 1})
    tester.run(ns, "assert answer == 1", "t")
    assert "answer" not in ns
    out = tester.run(ns, "undefined_name", "t")
    assert out[-1]["ename"] == "NameError"


def test_functions_defined_by_a_test_see_the_students_names():
    ns = namespace({"f": 3})
    assert tester.run(ns, "def g():\n    return f * 2\nassert g() == 6", "t") == []


def test_a_remote_object_reads_attributes_and_calls_but_pretends_nothing():
    kernel = FakeKernel({})
    remote = tester.Remote(kernel, 0, "keras_tuner.src.tuners.randomsearch:RandomSearch", True)
    assert remote.status == "COMPLETED" and remote(1, 2) == 3
    import keras_tuner as kt

    assert not isinstance(remote, kt.RandomSearch) and type(remote) is tester.Remote
    assert remote.remote_type == "RandomSearch"
    with pytest.raises(AttributeError):
        remote.__array__
    assert (remote == 3) is False and remote != "anything"
    with pytest.raises(tester.GradingError):
        remote.status = "changed"
    assert np.asarray(remote).dtype == object  # numpy sees an opaque object, never numbers


def test_a_students_exception_keeps_its_kind_and_traceback():
    error = tester.student_exception({"type": "ParserError", "bases": ["ValueError", "Exception", "BaseException"],
                                      "args": ["bad row"], "message": "bad row", "traceback": "  File x\nParserError: bad row"})
    assert isinstance(error, ValueError) and type(error).__name__ == "ParserError" and str(error) == "bad row"
    exit_error = tester.student_exception({"type": "SystemExit", "bases": ["SystemExit", "BaseException"], "args": [0]})
    assert isinstance(exit_error, Exception)  # a test's failure, never the tester's exit


def test_the_graders_failures_cannot_be_caught_as_answers():
    ns = namespace({})
    source = ("try:\n    raise GradingErrorHere\nexcept ValueError:\n    pass\nexcept Exception:\n    pass\n")
    ns["GradingErrorHere"] = tester.GradingError("the kernel died")
    out = tester.run(ns, source, "t")
    assert out[-1]["ename"] == "GradingError"
    ns.kernel.failed = None
    # even a bare except that swallows it does not make the cell pass
    kernel = ns.kernel

    def failing(name):
        kernel.failed = "what the notebook returned cannot be graded"
        raise tester.GradingError(kernel.failed)

    kernel.get = failing
    out = tester.run(ns, "try:\n    answer\nexcept BaseException:\n    pass\n", "t")
    assert out[-1]["ename"] == "GradingError" and "cannot be graded" in out[-1]["evalue"]


def test_errors_show_the_students_traceback_never_the_tests_code():
    ns = namespace({})
    out = tester.run(ns, "_expected = 17_926_338  # the answer key\nassert 1 == 2, 'parameters differ'", "t")
    text = " ".join(out[-1]["traceback"])
    assert out[-1]["ename"] == "AssertionError" and "parameters differ" in text
    assert "17_926_338" not in text and "answer key" not in text


def test_the_testers_own_stderr_is_not_a_failure_but_the_students_is():
    ns = namespace({})
    out = tester.run(ns, "import sys, warnings\nprint('to stderr', file=sys.stderr)\nwarnings.warn('library noise')", "t")
    assert [o["name"] for o in out] == ["stdout"] and "to stderr" in out[0]["text"]


def test_arguments_changed_in_place_are_updated():
    cache, values, array = {"mu": 0}, [1], np.zeros(3)
    tester.update_in_place(cache, {"mu": 5, "var": 1})
    tester.update_in_place(values, [1, 2])
    tester.update_in_place(array, np.ones(3))
    assert cache == {"mu": 5, "var": 1} and values == [1, 2] and array.tolist() == [1, 1, 1]


def test_read_only_cells_give_the_tester_only_their_definitions():
    source = "import numpy as np\nmodel = train()\ndef helper(x):\n    return x + 1\nprint('side effect')\nclass K:\n    pass"
    assert tester.definitions(source) == ["import numpy as np", "def helper(x):\n    return x + 1",
                                          "class K:\n    pass"]


def hidden_cells():
    from grader import submissions as subs
    from grader.execute import is_graded_test

    from conftest import ROOT

    for path in sorted((ROOT / "source").glob("*/*.ipynb")):
        for c in subs.read(path).cells:
            if is_graded_test(c):
                yield f"{path.stem}/{subs.grade_id(c)}", c.source


def test_hidden_tests_are_written_for_the_tester():
    """No hidden test may catch everything (the grader's own failures are BaseExceptions and must end the test),
    nor end in a bare expression (nbgrader would read its value as partial credit; the tester gives none)."""
    import ast

    problems = []
    for name, source in hidden_cells():
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.ExceptHandler) and (node.type is None or "BaseException" in ast.unparse(node.type)):
                problems.append(f"{name}: catches everything at line {node.lineno}")
        if tree.body and isinstance(tree.body[-1], ast.Expr) and not isinstance(tree.body[-1].value, ast.Call):
            problems.append(f"{name}: ends in a bare expression")
    assert not problems, problems
