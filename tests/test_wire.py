"""utils.wire: what may cross between a student's kernel and the tester comes back equal, and nothing else
comes back at all: no object dtype, no unknown Keras class, no Lambda, no malformed or oversized message."""
import json
import os
import pathlib

import numpy as np
import pandas as pd
import pytest

from utils import wire, wire_kinds
from utils.config import import_keras
from utils.wire import WireError, dumps, loads

keras = import_keras()


def round_trip(value):
    return loads(dumps(value))


@pytest.mark.parametrize("value", [
    None, True, False, 0, -7, 2**80, 1.5, float("inf"), -0.0, "text ✓", b"\x00\xff", 3 - 4j, range(2, 11, 3),
    [1, [2, (3, "a")]], (1,), {"k": [1, 2], 3: None, (1, 2): "tuple key"}, {1, 2, 3}, pathlib.Path("/x/y.csv"),
])
def test_plain_values_come_back_equal_and_of_the_same_type(value):
    back = round_trip(value)
    assert back == value and type(back) is type(value)


def test_nan_comes_back_as_nan():
    assert np.isnan(round_trip(float("nan")))


@pytest.mark.parametrize("array", [
    np.arange(12, dtype=np.int64).reshape(3, 4), np.float32(2.5) * np.ones((2, 0, 3), np.float32),
    np.arange(10.0)[::3], np.asfortranarray(np.arange(6.0).reshape(2, 3)), np.array(4.0),
    np.arange(5, dtype=">i4"), np.array(["ab", "c"]), np.array([b"x", b"yz"]), np.array([True, False]),
    np.array(["2024-01-01", "2024-02-03"], dtype="datetime64[D]"), np.arange(4, dtype=np.complex64),
    np.zeros((2, 3), np.uint8),
])
def test_arrays_keep_values_shape_and_dtype(array):
    back = round_trip(array)
    assert back.dtype == array.dtype and back.shape == array.shape and np.array_equal(back, array)
    assert back.flags.writeable


def test_numpy_scalars_stay_scalars():
    for value in (np.float64(2.0), np.int32(-3), np.bool_(True)):
        back = round_trip(value)
        assert type(back) is type(value) and back == value and np.shape(back) == ()


def test_an_object_array_is_refused_with_a_reason():
    with pytest.raises(WireError, match="dtype object"):
        dumps(np.array([1, "a"], dtype=object))


def test_dataframes_keep_columns_dtypes_index_and_tuples():
    df = pd.DataFrame({"layer": ["input", "conv"], "output_shape": [(28, 28, 1), (26, 26, 8)],
                       "params": np.array([0, 80], np.int64), "ok": [True, False]}, index=[5, 7])
    back = round_trip(df)
    assert list(back.columns) == list(df.columns) and list(back.index) == [5, 7]
    assert back["output_shape"].iloc[1] == (26, 26, 8) and back["params"].dtype == np.int64
    assert pd.api.types.is_integer_dtype(back["params"]) and list(back["layer"]) == ["input", "conv"]
    series = round_trip(df["params"])
    assert series.name == "params" and list(series) == [0, 80]


def test_tensors_and_datasets_keep_their_elements():
    tf = __import__("tensorflow")
    assert np.array_equal(round_trip(tf.constant([[1.0, 2.0]])).numpy(), [[1.0, 2.0]])
    ds = tf.data.Dataset.from_tensor_slices((np.arange(10.0).reshape(5, 2).astype(np.float32), np.eye(5))).batch(2)
    back = round_trip(ds)
    got = [(np.asarray(x), np.asarray(y)) for x, y in back]
    want = [(np.asarray(x), np.asarray(y)) for x, y in ds]
    assert len(got) == 3 and all(np.array_equal(a, b) and np.array_equal(c, e) for (a, c), (b, e) in zip(got, want))
    assert back.element_spec[0].dtype == tf.float32 and [x.shape[0] for x, _ in back] == [2, 2, 1]


def test_an_endless_dataset_is_refused(monkeypatch):
    tf = __import__("tensorflow")
    monkeypatch.setattr(wire_kinds, "MAX_ELEMENTS", 50)
    with pytest.raises(WireError, match="repeated forever"):
        dumps(tf.data.Dataset.range(3).repeat())


def test_keras_models_keep_architecture_weights_and_compile_settings():
    from utils.layers import LocallyConnected2D

    model = keras.Sequential([keras.Input((8, 8, 1)), LocallyConnected2D(2, 3), keras.layers.Conv2D(3, 2, name="conv"),
                              keras.layers.Flatten(), keras.layers.Dense(3, activation="softmax")])
    model.layers[0].trainable = False
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="categorical_crossentropy", metrics=["accuracy"])
    back = round_trip(model)
    functions = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, activation=keras.activations.softmax)])
    functions.compile(optimizer="adam", loss=keras.losses.sparse_categorical_crossentropy,
                      metrics=[keras.metrics.sparse_categorical_accuracy])
    assert round_trip(functions).loss is keras.losses.sparse_categorical_crossentropy  # Keras's own functions
    x = np.random.default_rng(0).random((4, 8, 8, 1), dtype=np.float32)
    assert np.allclose(back.predict(x, verbose=0), model.predict(x, verbose=0), atol=1e-6)
    assert back.count_params() == model.count_params()
    assert sum(np.prod(w.shape) for w in back.trainable_weights) == sum(np.prod(w.shape) for w in model.trainable_weights)
    assert isinstance(back.optimizer, keras.optimizers.Adam) and abs(float(back.optimizer.learning_rate) - 1e-3) < 1e-9
    assert back.loss == "categorical_crossentropy"
    # one node per layer: model.get_layer(name).output belongs to the rebuilt model's graph
    inner = keras.Model(back.inputs[0], [back.get_layer("conv").output, back.outputs[0]])
    assert [tuple(t.shape) for t in inner(x)] == [(4, 5, 5, 3), (4, 3)]


def test_a_lambda_layer_is_refused_with_a_reason():
    model = keras.Sequential([keras.Input((3,)), keras.layers.Lambda(lambda t: t * 2)])
    with pytest.raises(WireError, match="Lambda layer"):
        round_trip(model)


def keras_message(config: dict) -> bytes:
    header = json.dumps({"v": {"$": "keras", "config": config, "weights": []}, "sizes": []}).encode()
    return wire.MAGIC + len(header).to_bytes(8, "little") + header


@pytest.mark.parametrize("config, reason", [
    ({"module": "os", "class_name": "system", "config": "echo pwned", "registered_name": None}, "does not know"),
    ({"module": "keras.layers", "class_name": "Dense", "config": {"units": 1, "activation": {
        "module": "builtins", "class_name": "function", "config": "eval", "registered_name": "function"}},
      "registered_name": None}, "could not be rebuilt"),  # Keras looks "eval" up in its own modules only
    ({"module": "keras.layers", "class_name": "Dense", "config": {"units": 1, "activation": {
        "module": "__main__", "class_name": "function", "config": "my_act", "registered_name": "function"}},
      "registered_name": None}, "does not know"),
    ({"module": "__main__", "class_name": "MyLayer", "config": {}, "registered_name": "Custom>MyLayer"}, "does not know"),
    ({"module": "keras.layers", "class_name": "Lambda", "config": {}, "registered_name": None}, "Lambda"),
])
def test_configs_naming_other_classes_are_refused(config, reason):
    with pytest.raises(WireError, match=reason):
        loads(keras_message(config))


def test_hyperparameters_keep_space_and_values():
    import keras_tuner as kt

    hp = kt.HyperParameters()
    hp.Int("filters", 32, 256, step=32)
    hp.Choice("pooling", ["max", "avg"])
    hp.values["extra"] = 3
    back = round_trip(hp)
    assert isinstance(back, kt.HyperParameters) and back.values == hp.values
    assert [(h.name, type(h).__name__) for h in back.space] == [("filters", "Int"), ("pooling", "Choice")]


class Thing:
    pass


def test_other_objects_become_handles_only_when_asked():
    thing, kept = Thing(), []
    with pytest.raises(WireError, match="cannot be passed"):
        dumps(thing)
    data = dumps([1, thing], keep=lambda obj: kept.append(obj) or len(kept) - 1)
    back = loads(data, handle=lambda number, kind, is_callable: ("handle", number, kind, is_callable))
    assert back == [1, ("handle", 0, f"{__name__}:Thing", False)] and kept == [thing]
    with pytest.raises(WireError, match="handle cannot be used"):
        loads(data)


def test_booleans_are_normalised():
    data = bytearray(dumps(np.array([True, False, True])))
    data[-3] = 7  # a byte that is neither 0 nor 1
    back = loads(bytes(data))
    assert back.dtype == bool and back.tolist() == [True, False, True] and (back == True).all() == False  # noqa: E712


@pytest.mark.parametrize("corrupt", [
    lambda b: b"NOTWIRE0" + b[8:],
    lambda b: b[:-1],
    lambda b: b + b"\x00",
    lambda b: b[:8] + (10**9).to_bytes(8, "little") + b[16:],
    lambda b: b.replace(b'"<f8"', b'"|O8"'),
    lambda b: b.replace(b'"<f8"', b'"<f4"'),
    lambda b: b.replace(b'"$":"nd"', b'"$":"xx"'),
    lambda b: b.replace(b'"shape":[3]', b'"shape":[-3]'),
])
def test_malformed_messages_are_refused(corrupt):
    with pytest.raises(WireError):
        loads(corrupt(dumps({"a": np.arange(3.0)})))


def test_deep_nesting_is_refused():
    value = []
    for _ in range(wire.MAX_DEPTH + 5):
        value = [value]
    with pytest.raises(WireError):
        dumps(value)
    header = json.dumps({"v": json.loads('{"$": "list", "v": [' * 200 + ']}' * 200), "sizes": []}).encode()
    with pytest.raises(WireError):
        loads(wire.MAGIC + len(header).to_bytes(8, "little") + header)


def test_files_are_read_only_when_regular_and_written_only_when_new(tmp_path):
    target = tmp_path / "secret"
    target.write_bytes(b"secret")
    os.symlink(target, tmp_path / "link")
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(OSError):
        wire.read_file(tmp_path / "link")
    with pytest.raises(WireError, match="not a regular file"):
        wire.read_file(tmp_path / "fifo")
    with pytest.raises(WireError, match="larger"):
        wire.read_file(target, limit=3)
    with pytest.raises(FileExistsError):
        wire.write_file(tmp_path / "link", b"overwrite")
    assert target.read_bytes() == b"secret"
