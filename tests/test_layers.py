"""utils.layers: the LocallyConnected2D stand-in and the Keras builder the q5 hidden tests rely on."""
import numpy as np
import pytest

from utils.layers import LocallyConnected2D, keras_model, locally_connected_loop


@pytest.mark.parametrize("shape, filters, kernel, strides", [((7, 7, 10), 2, 3, 1), ((9, 8, 3), 4, (3, 2), (2, 1))])
def test_locally_connected_matches_explicit_loops(shape, filters, kernel, strides):
    rng = np.random.default_rng(0)
    layer = LocallyConnected2D(filters, kernel, strides)
    x = rng.normal(size=(3, *shape)).astype("float32")
    layer(x)
    layer.bias.assign(rng.normal(size=layer.bias.shape).astype("float32"))
    y = np.asarray(layer(x))
    # float32 einsum over at most 90 products of O(1) values: rounding stays below 1e-5
    assert np.max(np.abs(y - locally_connected_loop(layer, x))) < 1e-5
    oh, ow = layer.out_hw
    kh, kw = (kernel, kernel) if np.isscalar(kernel) else kernel
    assert y.shape == (3, oh, ow, filters)
    assert layer.count_params() == oh * ow * (kh * kw * shape[2] + 1) * filters


def test_locally_connected_has_no_weight_sharing():
    layer = LocallyConnected2D(1, 2, use_bias=False)
    x = np.ones((1, 3, 3, 1), dtype="float32")
    layer(x)
    layer.kernel.assign(np.arange(4 * 4, dtype="float32").reshape(4, 4, 1))
    assert np.asarray(layer(x)).ravel().tolist() == [6.0, 22.0, 38.0, 54.0]  # a different kernel per position


def test_keras_model_reports_each_described_layer():
    layers = [{"type": "conv", "filters": 20, "kernel": 7}, {"type": "maxpool", "pool": 2},
              {"type": "conv", "filters": 10, "kernel": 5}, {"type": "locally_connected", "filters": 2, "kernel": 3},
              {"type": "flatten"}, {"type": "dense", "units": 10}]
    model, rows = keras_model((28, 28, 1), layers)
    assert rows == [((22, 22, 20), 1000), ((11, 11, 20), 0), ((7, 7, 10), 5010), ((5, 5, 2), 4550), ((50,), 0), ((10,), 510)]
    assert model.count_params() == 11070


def test_keras_model_int_padding_and_errors():
    _, rows = keras_model((10, 2), [{"type": "conv", "filters": 3, "kernel": 5, "padding": 2}])
    assert rows == [((10, 3), 33)]
    with pytest.raises(ValueError, match="unknown layer type"):
        keras_model((10, 2), [{"type": "lstm"}])
    with pytest.raises(ValueError, match="2-D inputs only"):
        keras_model((10, 2), [{"type": "locally_connected", "filters": 1, "kernel": 3}])
