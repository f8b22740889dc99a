"""Check helpers for visible tests: each says what was expected, what was found, and by how much."""
import numpy as np


def rel_error(x, y) -> float:
    """Largest elementwise relative error, CS231n style: max |x-y| / max(1e-8, |x|+|y|)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.shape != y.shape:
        raise ValueError(f"cannot compare shapes {x.shape} and {y.shape}")
    if x.size == 0:
        return 0.0
    return float(np.max(np.abs(x - y) / np.maximum(1e-8, np.abs(x) + np.abs(y))))


def check_shape(name: str, value, expected) -> None:
    """Assert that value has the expected shape."""
    found = tuple(np.shape(value))
    expected = tuple(expected)
    if found != expected:
        raise AssertionError(f"{name}: expected shape {expected}, found {found}")
    print(f"{name}: shape {found} ok")


def check_count(name: str, found, expected) -> None:
    """Assert an exact count, e.g. a number of parameters."""
    if found != expected:
        raise AssertionError(f"{name}: expected {expected:,}, found {found:,}")
    print(f"{name}: {found:,} ok")


def check_close(name: str, found, expected, atol: float = 0.0, rtol: float = 1e-7) -> None:
    """Assert |found - expected| <= atol + rtol*|expected| elementwise; prints the relative error."""
    f = np.asarray(found, dtype=float)
    e = np.asarray(expected, dtype=float)
    if f.shape != e.shape:
        raise AssertionError(f"{name}: expected shape {e.shape}, found {f.shape}")
    if not np.all(np.isfinite(f)):
        raise AssertionError(f"{name}: found {np.count_nonzero(~np.isfinite(f))} non-finite values (nan or inf)")
    err = rel_error(f, e)
    gap = np.abs(f - e)
    bad = gap > atol + rtol * np.abs(e)
    if np.any(bad):
        i = np.unravel_index(np.argmax(gap - (atol + rtol * np.abs(e))), e.shape)
        raise AssertionError(
            f"{name}: max relative error {err:.2e} (allowed: atol={atol:g}, rtol={rtol:g}); "
            f"worst at index {tuple(int(k) for k in i)}: expected {e[i]:.10g}, found {f[i]:.10g}"
        )
    print(f"{name}: max relative error {err:.2e} ok")


def numerical_gradient(f, x: np.ndarray, dout: np.ndarray, h: float = 1e-5) -> np.ndarray:
    """Centered-difference gradient of sum(f(x) * dout) with respect to x (x is perturbed in place)."""
    grad = np.zeros_like(x, dtype=float)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    for _ in it:
        i = it.multi_index
        old = x[i]
        x[i] = old + h
        plus = np.array(f(x), dtype=float)
        x[i] = old - h
        minus = np.array(f(x), dtype=float)
        x[i] = old
        grad[i] = np.sum((plus - minus) * dout) / (2 * h)
    return grad


def type_name(obj) -> str:
    """The class name of obj. Where a hidden test reaches a student's object through the grader's tester (a
    handle, not the object), the name the student's kernel reports for it."""
    return getattr(obj, "remote_type", None) if type(obj).__name__ == "Remote" else type(obj).__name__
