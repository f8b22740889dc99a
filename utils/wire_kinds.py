"""The library kinds of utils.wire: pandas, TensorFlow, Keras and keras-tuner values.

`encode(encoder, value, depth)` gives the node of a value of these libraries (None for anything else), and
`DECODERS` rebuilds them. A library is looked at only if the process has imported it: no value of its kinds
can exist before. Keras objects are rebuilt with Keras's safe deserialization, once `check_keras_config` has
refused anything but Keras's own classes and the course's LocallyConnected2D.
"""
import json
import sys
import warnings

import numpy as np

from .wire import WireError, _field, _range_args

MAX_ELEMENTS = 100_000  # elements of a dataset
PANDAS_DTYPES = {"object", "str", "string", "category", "boolean", "Int8", "Int16", "Int32", "Int64", "UInt8",
                 "UInt16", "UInt32", "UInt64", "Float32", "Float64"}
KERAS_REGISTERED = {"course>LocallyConnected2D": "utils.layers"}  # custom classes the grader knows, and their home
HP_CLASSES = {"Int", "Float", "Choice", "Boolean", "Fixed"}
REFUSED_LAYERS = {"Lambda", "TFOpLambda", "__lambda__"}


def encode(enc, v, d):
    """The node of a pandas, TensorFlow, Keras or keras-tuner value; None for anything else."""
    pd, tf, keras, kt = (sys.modules.get(m) for m in ("pandas", "tensorflow", "keras", "keras_tuner"))
    if pd is not None and isinstance(v, (pd.DataFrame, pd.Series, pd.Index)):
        return _pandas(enc, v, pd, d)
    if tf is not None and isinstance(v, (tf.Tensor, tf.Variable)) and hasattr(v, "numpy"):
        return {"$": "tensor", "v": enc.array(np.asarray(v.numpy()))}
    if tf is not None and isinstance(v, tf.data.Dataset):
        return _dataset(enc, v, tf, d)
    if keras is not None and isinstance(v, keras.layers.Layer):
        return _keras(enc, v, keras)
    if kt is not None and isinstance(v, kt.HyperParameters):
        return {"$": "hp", "config": _plain(v.get_config())}
    return None


def _pandas(enc, v, pd, d) -> dict:
    if isinstance(v, pd.Index):
        if isinstance(v, pd.RangeIndex):
            return {"$": "rangeindex", "v": [v.start, v.stop, v.step], "name": enc.node(v.name, d)}
        return {"$": "index", "values": _column(enc, v, d), "name": enc.node(v.name, d)}
    if isinstance(v, pd.Series):
        return {"$": "series", "values": _column(enc, v, d), "index": _pandas(enc, v.index, pd, d),
                "name": enc.node(v.name, d)}
    return {"$": "df", "columns": enc.node(list(v.columns), d), "index": _pandas(enc, v.index, pd, d),
            "data": [_column(enc, v.iloc[:, i], d) for i in range(v.shape[1])]}


def _column(enc, values, d) -> dict:
    dtype = values.dtype
    if isinstance(dtype, np.dtype) and dtype.kind in "biufcMm":
        return {"dtype": str(dtype), "values": enc.array(np.asarray(values))}
    name = str(dtype)
    return {"dtype": name if name in PANDAS_DTYPES else "object",
            "values": enc.node([None if _missing(x) else x for x in values], d)}


def _dataset(enc, ds, tf, d) -> dict:
    elements = []
    for element in ds:
        if len(elements) >= MAX_ELEMENTS:
            raise WireError(f"the dataset has more than {MAX_ELEMENTS:,} elements (is it repeated forever?)")
        elements.append(enc.node(tf.nest.map_structure(lambda t: np.asarray(t), element), d))
    return {"$": "dataset", "spec": _spec(ds.element_spec, tf), "elements": elements}


def _spec(s, tf):
    """A dataset's element_spec: tuples, lists and dicts of TensorSpecs."""
    if isinstance(s, (tuple, list)):
        return {"$": "tuple" if isinstance(s, tuple) else "list", "v": [_spec(x, tf) for x in s]}
    if isinstance(s, dict):
        return {"$": "dict", "k": list(s), "v": [_spec(x, tf) for x in s.values()]}
    if not isinstance(s, tf.TensorSpec):
        raise WireError(f"a dataset of {type(s).__name__} elements cannot be graded (only dense tensors)")
    return {"$": "tspec", "dtype": s.dtype.name, "shape": None if s.shape.rank is None else s.shape.as_list()}


def _keras(enc, layer, keras) -> dict:
    try:
        config = _plain(keras.saving.serialize_keras_object(layer))
    except Exception as error:
        raise WireError(f"the Keras {type(layer).__name__} could not be described for the grader: {error}")
    return {"$": "keras", "config": config, "weights": [enc.array(np.asarray(w)) for w in layer.get_weights()]}


def _missing(x) -> bool:
    try:
        return x is None or (isinstance(x, float) and x != x) or type(x).__name__ in ("NAType", "NaTType")
    except Exception:
        return False


def _plain(tree):
    """A JSON-able copy of a config (tuples become lists, numpy scalars numbers)."""
    return json.loads(json.dumps(tree, default=lambda o: o.item() if isinstance(o, np.generic) else str(o)))


def _tensor(dec, n, d):
    import tensorflow as tf

    return tf.convert_to_tensor(dec.k_nd(_field(n, "v", dict), d))


def _decode_column(dec, n, d, pd):
    dtype = _field(n, "dtype", str)
    values = n.get("values")
    if isinstance(values, dict) and values.get("$") == "nd":
        return dec.k_nd(values, d)
    if dtype not in PANDAS_DTYPES:
        raise WireError(f"pandas dtype {dtype[:40]!r} cannot cross")
    items = dec.node(values, d)
    if not isinstance(items, list):
        raise WireError("a pandas column is not a list")
    if dtype != "object":
        return pd.array(items, dtype=dtype)
    column = np.empty(len(items), dtype=object)  # element by element: tuples stay tuples
    for i, item in enumerate(items):
        column[i] = item
    return column


def _rangeindex(dec, n, d):
    import pandas as pd

    return pd.RangeIndex(*_range_args(n), name=dec.node(n.get("name"), d))


def _index(dec, n, d):
    import pandas as pd

    return pd.Index(_decode_column(dec, _field(n, "values", dict), d, pd), name=dec.node(n.get("name"), d))


def _series(dec, n, d):
    import pandas as pd

    return pd.Series(_decode_column(dec, _field(n, "values", dict), d, pd), index=dec.node(_field(n, "index", dict), d),
                     name=dec.node(n.get("name"), d))


def _df(dec, n, d):
    import pandas as pd

    columns = dec.node(_field(n, "columns", dict), d)
    data = [_decode_column(dec, c, d, pd) for c in _field(n, "data", list) if isinstance(c, dict)]
    if not isinstance(columns, list) or len(columns) != len(data):
        raise WireError("a DataFrame's columns do not match its data")
    frame = pd.DataFrame({i: values for i, values in enumerate(data)}, index=dec.node(_field(n, "index", dict), d))
    frame.columns = pd.Index(columns, dtype=object) if columns else frame.columns
    return frame


def _hp(dec, n, d):
    import keras_tuner as kt

    config = _field(n, "config", dict)
    space = _field(config, "space", list)
    if not all(isinstance(h, dict) and h.get("class_name") in HP_CLASSES for h in space):
        raise WireError("the hyperparameters hold a kind keras-tuner does not define")
    try:
        return kt.HyperParameters.from_config(config)
    except Exception as error:
        raise WireError(f"the hyperparameters could not be rebuilt: {error}") from None


def _tspec(dec, n, d):
    import tensorflow as tf

    dtype = tf.as_dtype(_field(n, "dtype", str))
    if not (dtype.is_floating or dtype.is_integer or dtype.is_bool or dtype.is_complex or dtype == tf.string):
        raise WireError(f"a dataset of {dtype.name} cannot cross")
    shape = n.get("shape")
    if shape is not None and not (isinstance(shape, list) and all(k is None or type(k) is int for k in shape)):
        raise WireError("a malformed dataset shape")
    return tf.TensorSpec(shape, dtype)


def _dataset_node(dec, n, d):
    import tensorflow as tf

    spec = dec.node(_field(n, "spec", dict), d)
    elements = _field(n, "elements", list)
    if len(elements) > MAX_ELEMENTS:
        raise WireError(f"a dataset of more than {MAX_ELEMENTS:,} elements cannot cross")
    values = [dec.node(e, d) for e in elements]
    return tf.data.Dataset.from_generator(lambda: iter(values), output_signature=spec)


def _keras_node(dec, n, d):
    config = _field(n, "config", dict)
    weights = [dec.k_nd(w, d) for w in _field(n, "weights", list) if isinstance(w, dict)]
    return rebuild_keras(config, weights)


DECODERS = {"tensor": _tensor, "rangeindex": _rangeindex, "index": _index, "series": _series, "df": _df,
            "hp": _hp, "tspec": _tspec, "dataset": _dataset_node, "keras": _keras_node}


def check_keras_config(tree, path: str = "model") -> None:
    """Refuse a Keras config that names anything but Keras's own classes and the course's registered layers."""
    if isinstance(tree, list):
        for item in tree:
            check_keras_config(item, path)
        return
    if not isinstance(tree, dict):
        return
    name = tree.get("class_name")
    if isinstance(name, str):
        module = tree.get("module")
        registered = tree.get("registered_name")
        if name in REFUSED_LAYERS:
            raise WireError(f"{path} uses a {name} layer, which runs arbitrary Python and cannot be graded: "
                            "build it from Keras's own layers")
        home = KERAS_REGISTERED.get(registered)
        # Keras's own functions (a loss, an activation) are serialized as module "builtins", class "function":
        # Keras then looks their name up in its own modules only.
        keras_own = (module is None or module == "keras" or str(module).startswith("keras.")
                     or (module == "builtins" and name == "function" and isinstance(tree.get("config"), str)))
        if not (module == home if home else keras_own and registered in (None, name, "function")):
            raise WireError(f"{path} uses {name} from {module}, a class the grader does not know: only Keras's own "
                            "classes and utils.layers.LocallyConnected2D can be graded")
        path = f"{path} > {tree.get('config', {}).get('name', name) if isinstance(tree.get('config'), dict) else name}"
    for value in tree.values():
        check_keras_config(value, path)


def rebuild_keras(config: dict, weights: list):
    """A Keras layer or model from its serialized config and weights, after check_keras_config."""
    check_keras_config(config)
    import keras

    if any(r in json.dumps(config) for r in KERAS_REGISTERED):
        import utils.layers  # noqa: F401 (registers LocallyConnected2D)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            layer = _deserialize(config, keras)
            layer.set_weights(weights)
    except Exception as error:
        raise WireError(f"the Keras {config.get('class_name', 'object')} could not be rebuilt: "
                        f"{type(error).__name__}: {str(error)[:300]}") from None
    return layer


def _deserialize(config: dict, keras):
    """deserialize_keras_object, except that a Sequential is built in one go from its layers: added one by one,
    its layers would keep a node per rebuild, and `model.get_layer(name).output` would lead nowhere."""
    if config.get("class_name") != "Sequential" or config.get("module") != "keras":
        return keras.saving.deserialize_keras_object(config, safe_mode=True)
    inner = config.get("config") or {}
    layers = [_deserialize(c, keras) for c in inner.get("layers", [])]
    model = keras.Sequential(layers, name=inner.get("name"), trainable=inner.get("trainable", True))
    if not model.built and config.get("build_config"):
        model.build_from_config(config["build_config"])
    if config.get("compile_config"):
        model.compile_from_config(config["compile_config"])
    return model
