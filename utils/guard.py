"""Kernel side of the tamper guard: what hidden tests rely on is saved before any student code runs and put
back before each hidden test.

The grader (utils.execute.GuardedExecute) runs `snapshot()` first in every graded kernel, and `restore()`
before each graded test cell; `restore()` prints which names it put back. Protected: every module of numpy,
math, builtins, operator and the course's utils (their attributes, and their sys.modules entries), and the
hooks through which IPython reports an error. This is a defence against students who patch what tests call
(np.allclose = lambda *a, **k: True); code in the same process that attacks the guard itself is out of its
reach, which is why hidden tests also restore nothing they could instead recompute.
"""
import builtins
import importlib
import sys

PROTECTED = ("numpy", "math", "builtins", "operator", "utils")
PRELOAD = ("numpy", "numpy.testing", "numpy.linalg", "math", "operator", "utils", "utils.checks", "utils.config")
HOOKS = ("showtraceback", "showsyntaxerror", "_showtraceback", "run_cell", "run_cell_async", "run_code",
         "run_ast_nodes", "CustomTB", "custom_exceptions", "should_run_async", "transform_cell")
VOLATILE = {("builtins", "input"), ("builtins", "getpass")}  # ipykernel rebinds these for every request
MARK = "[grader] "

_saved: dict = {}


def _protected(name: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in PROTECTED)


def _shell():
    ip = getattr(builtins, "get_ipython", None)
    return ip() if ip else None


def snapshot() -> None:
    """Save the protected modules' attributes, their sys.modules entries and IPython's error hooks."""
    for name in PRELOAD:
        importlib.import_module(name)
    shell = _shell()
    _saved.update(
        modules={n: (m, dict(vars(m))) for n, m in list(sys.modules.items()) if m is not None and _protected(n)},
        shell=(shell, {k: shell.__dict__.get(k, _ABSENT) for k in HOOKS}) if shell else None,
    )


class _Absent:
    pass


_ABSENT = _Absent()


def restore() -> list[str]:
    """Put back whatever changed since snapshot(); print and return the names put back."""
    changed = []
    for name, (module, attrs) in _saved.get("modules", {}).items():
        if sys.modules.get(name) is not module:
            sys.modules[name] = module
            changed.append(f"sys.modules[{name!r}]")
        current = vars(module)
        for key, value in attrs.items():
            if current.get(key, _ABSENT) is not value and (name, key) not in VOLATILE:
                setattr(module, key, value)
                changed.append(f"{name}.{key}")
    shell, hooks = _saved.get("shell") or (None, {})
    for key, value in hooks.items():
        if shell.__dict__.get(key, _ABSENT) is not value:
            if value is _ABSENT:
                shell.__dict__.pop(key, None)
            else:
                shell.__dict__[key] = value
            changed.append(f"IPython shell.{key}")
    if changed:
        print(f"{MARK}restored before this test: {', '.join(sorted(set(changed)))}")
    return changed
