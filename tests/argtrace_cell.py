# Argument trace (tests/argtrace.py), added to the validity class's reference: it records the arguments of every
# call that the grader's tester makes to this notebook's functions, and prints them in the notebook's last cell.
import functools as _course_ft
import hashlib as _course_hl
import inspect as _course_inspect
import json as _course_json
import sys as _course_sys


class _CourseTrace:
    LIMIT = 300  # calls kept per function

    def __init__(self):
        self.calls = {}

    def wrap(self, ns, names):
        for name in names:
            if callable(ns.get(name)) and not getattr(ns[name], "_course_traced", False):
                ns[name] = self._traced(name, ns[name])

    def _traced(self, name, function):
        signature = _course_inspect.signature(function)

        @_course_ft.wraps(function)
        def traced(*args, **kwargs):
            if _course_sys._getframe(1).f_code.co_filename.endswith("kernel_side.py"):  # the tester's call
                try:
                    bound = signature.bind(*args, **kwargs)
                    bound.apply_defaults()
                    record = {key: self.summary(value) for key, value in bound.arguments.items()}
                except TypeError as error:
                    record = {"<unbound>": {"id": str(error)}}
                calls = self.calls.setdefault(name, [])
                if len(calls) < self.LIMIT:
                    calls.append(record)
            return function(*args, **kwargs)

        traced._course_traced = True
        return traced

    @staticmethod
    def summary(value):
        """What tells two arguments apart: numbers and strings by value, arrays by shape, range and content."""
        kind = type(value).__name__
        if isinstance(value, (bool, int, float, str, type(None))):
            shown = value if not isinstance(value, float) or abs(value) < float("inf") else repr(value)
            return {"type": kind, "value": shown, "id": f"{kind}:{value!r}"}
        try:
            import numpy as np

            array = np.asarray(value)
            if array.dtype.kind in "biuf":
                found = {"type": kind, "shape": list(array.shape), "dtype": str(array.dtype)}
                if array.size:
                    found.update(min=float(array.min()), max=float(array.max()),
                                 constant=bool((array == array.flat[0]).all()))
                digest = _course_hl.sha1(repr(array.shape).encode() + array.tobytes()).hexdigest()[:16]
                return {**found, "id": f"{kind}:{digest}"}
        except Exception:
            pass
        text = repr(value)
        return {"type": kind, "repr": text[:80], "id": f"{kind}:{_course_hl.sha1(text.encode()).hexdigest()[:16]}"}

    def dump(self):
        print("COURSE-ARGTRACE " + _course_json.dumps(self.calls))


__course_trace__ = _CourseTrace()
