"""utils.checks: the helpers visible tests use must pass right answers and explain wrong ones."""
import numpy as np
import pytest

from utils.checks import check_close, check_count, check_shape, numerical_gradient, rel_error


def test_rel_error_is_cs231n_style():
    assert rel_error([1.0, 2.0], [1.0, 2.0]) == 0.0
    assert rel_error([1.0], [3.0]) == pytest.approx(0.5)
    assert rel_error([0.0], [1e-12]) == pytest.approx(1e-4)  # the 1e-8 floor
    with pytest.raises(ValueError, match="shapes"):
        rel_error(np.ones(2), np.ones(3))


def test_check_close_passes_and_prints(capsys):
    check_close("x", [1.0, 2.0 + 1e-12], [1.0, 2.0], rtol=1e-9)
    assert "x: max relative error" in capsys.readouterr().out


def test_check_close_names_the_worst_element():
    with pytest.raises(AssertionError, match=r"worst at index \(1,\): expected 2, found 2\.5"):
        check_close("x", [1.0, 2.5], [1.0, 2.0], rtol=1e-6)


def test_check_close_rejects_nan_and_shape():
    with pytest.raises(AssertionError, match="non-finite"):
        check_close("x", [np.nan], [1.0])
    with pytest.raises(AssertionError, match=r"expected shape \(2,\), found \(3,\)"):
        check_close("x", np.ones(3), np.ones(2))


def test_check_shape_and_count_messages():
    check_shape("a", np.zeros((2, 3)), (2, 3))
    with pytest.raises(AssertionError, match=r"expected shape \(3, 2\), found \(2, 3\)"):
        check_shape("a", np.zeros((2, 3)), (3, 2))
    check_count("params", 300, 300)
    with pytest.raises(AssertionError, match="expected 1,261,920, found 1,261,919"):
        check_count("params", 1261919, 1261920)


def test_numerical_gradient_matches_a_known_gradient():
    rng = np.random.default_rng(0)
    A = rng.normal(size=(3, 4))
    x = rng.normal(size=(4, 2))
    dout = rng.normal(size=(3, 2))
    # d/dx sum((A @ x) * dout) = A.T @ dout
    assert rel_error(numerical_gradient(lambda v: A @ v, x.copy(), dout), A.T @ dout) < 1e-8
