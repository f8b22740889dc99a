"""Property-based hidden tests: Hypothesis, in one setting for every notebook.

A hidden test draws its inputs (shapes, sizes, a seed for NumPy's values) from strategies within the bounds
the task text states, and compares the student's function with an oracle on each:

    from grader.properties import close, given, prop, st

    @prop
    @given(n=st.integers(1, 64), seed=st.integers(0, 2**32 - 1))
    def _property(n, seed): ...
    _property()

`prop` is derandomized under a fixed seed and has a fixed budget of EXAMPLES examples, without shrinking (every
example is a call into the student's kernel). The examples depend on the strategies alone, never on where the test
runs: Hypothesis's own derandomizing hashes the test's source, which the tester (exec) and Jupyter (linecache)
see differently, so the seed is given; and Hypothesis's habit of mixing in constants read from local source files
(whichever modules happen to be imported, and cached on disk) is turned off. Nothing is written to disk: no
example database, no constants cache.
"""
import contextlib
import io

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from hypothesis.internal.conjecture import providers
from hypothesis.internal.constants_ast import Constants

from utils.checks import check_close

EXAMPLES = 30
SEED = 0
SETTINGS = settings(derandomize=True, max_examples=EXAMPLES, database=None, deadline=None, print_blob=False,
                    phases=(Phase.explicit, Phase.generate), suppress_health_check=list(HealthCheck))
providers._get_local_constants = Constants  # no constants from local files (pinned hypothesis: see pyproject)


def prop(test):
    """A @given test, run under SETTINGS and SEED."""
    return seed(SEED)(SETTINGS(test))



def close(name: str, found, expected, **tolerance) -> None:
    """utils.checks.check_close without its printout: a property runs it once per example."""
    with contextlib.redirect_stdout(io.StringIO()):
        check_close(name, found, expected, **tolerance)


__all__ = ["EXAMPLES", "close", "given", "prop", "st"]
