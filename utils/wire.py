"""What crosses between a student's kernel and the grader's tester: data, never objects.

A value travels as one byte string: a magic tag, a JSON header that describes it, then the raw bytes of
its arrays. These kinds cross:
- None, bool, int, float, complex, str, bytes, range, pathlib paths;
- numpy arrays and scalars of bool, integer, float, complex, str, bytes or datetime dtype (never object);
- lists, tuples, sets and dicts of these;
- pandas DataFrames, Series and Index objects; TensorFlow tensors;
- Keras layers and models: their architecture, weights and compile settings, rebuilt on the other side
  with Keras's safe deserialization from Keras's own classes and utils.layers.LocallyConnected2D only;
- keras-tuner HyperParameters (their search space and values);
- tf.data datasets, as the list of their elements (at most MAX_ELEMENTS).
Anything else becomes a handle: a number that names the object on its own side, whose attributes the other
side may read and which it may call; what comes back is again data or a handle, never the object.
Decoding never unpickles, never imports a module a message names (Keras and keras-tuner resolve class
names in their own registries, after the check below), and never runs code from a message.
"""
import json
import os
import pathlib
import re
import stat
import sys
import warnings

import numpy as np

MAGIC = b"CWIRE001"
MAX_BYTES = 1 << 30  # a whole message
MAX_HEADER = 64 << 20
MAX_DEPTH = 64
MAX_ITEMS = 2_000_000
MAX_ELEMENTS = 100_000  # elements of a dataset
DTYPE = re.compile(r"^[<>|=]?[biufcSUMm]\d+(\[\w+\])?$")
PANDAS_DTYPES = {"object", "str", "string", "category", "boolean", "Int8", "Int16", "Int32", "Int64", "UInt8",
                 "UInt16", "UInt32", "UInt64", "Float32", "Float64"}
KERAS_REGISTERED = {"course>LocallyConnected2D": "utils.layers"}  # custom classes the grader knows, and their home
HP_CLASSES = {"Int", "Float", "Choice", "Boolean", "Fixed"}
REFUSED_LAYERS = {"Lambda", "TFOpLambda", "__lambda__"}


class WireError(ValueError):
    """A value that cannot cross, or bytes that are not a valid message; the text says why."""


def _module(name: str):
    """A package's module if this process has imported it (no value of its kinds can exist before)."""
    return sys.modules.get(name)


def _is_keras(value) -> bool:
    keras = _module("keras")
    return keras is not None and isinstance(value, keras.layers.Layer)


class _Encoder:
    def __init__(self, keep=None):
        self.keep = keep  # object -> handle id, for what is not data; None refuses it
        self.buffers, self.size, self.items = [], 0, 0

    def buffer(self, data) -> int:
        view = memoryview(data).cast("B")
        self.size += view.nbytes
        if self.size > MAX_BYTES:
            raise WireError(f"the value is larger than the {MAX_BYTES >> 20} MiB a message may carry")
        self.buffers.append(view)
        return len(self.buffers) - 1

    def array(self, a: np.ndarray) -> dict:
        if a.dtype.kind not in "biufcSUMm" or a.dtype.hasobject or a.dtype.fields is not None:
            raise WireError(f"a numpy array of dtype {a.dtype} cannot be graded (only numbers, booleans, strings and "
                            "dates: use a numeric dtype, or a list)")
        flat = np.array(a, order="C", copy=not a.flags.c_contiguous).reshape(-1)
        return {"$": "nd", "dtype": a.dtype.str, "shape": list(a.shape), "b": self.buffer(flat.view(np.uint8))}

    def node(self, v, depth: int = 0):
        self.items += 1
        if depth > MAX_DEPTH or self.items > MAX_ITEMS:
            raise WireError("the value is nested too deeply or holds too many items")
        d = depth + 1
        if v is None or type(v) in (bool, int, float, str):
            return v
        if isinstance(v, np.generic):
            return self.scalar(v)
        if isinstance(v, np.ndarray):
            return self.array(v)
        if isinstance(v, int):
            return int(v)
        if isinstance(v, float):
            return float(v)
        if isinstance(v, str):
            return str(v)
        if isinstance(v, complex):
            return {"$": "complex", "re": v.real, "im": v.imag}
        if isinstance(v, (bytes, bytearray)):
            return {"$": "bytes", "b": self.buffer(bytes(v))}
        if isinstance(v, range):
            return {"$": "range", "v": [v.start, v.stop, v.step]}
        if isinstance(v, pathlib.PurePath):
            return {"$": "path", "v": str(v)}
        if isinstance(v, (list, tuple, set, frozenset)):
            kind = "tuple" if isinstance(v, tuple) else "list" if isinstance(v, list) else "set"
            return {"$": kind, "v": [self.node(x, d) for x in v]}
        if isinstance(v, dict):
            return {"$": "dict", "k": [self.node(k, d) for k in v], "v": [self.node(x, d) for x in v.values()]}
        pd = _module("pandas")
        if pd is not None and isinstance(v, (pd.DataFrame, pd.Series, pd.Index)):
            return self.pandas(v, pd, d)
        tf = _module("tensorflow")
        if tf is not None and isinstance(v, (tf.Tensor, tf.Variable)) and hasattr(v, "numpy"):
            return {"$": "tensor", "v": self.array(np.asarray(v.numpy()))}
        if tf is not None and isinstance(v, tf.data.Dataset):
            return self.dataset(v, tf, d)
        if _is_keras(v):
            return self.keras(v, d)
        kt = _module("keras_tuner")
        if kt is not None and isinstance(v, kt.HyperParameters):
            return {"$": "hp", "config": _plain(v.get_config())}
        if self.keep is None:
            raise WireError(f"a {type(v).__module__}.{type(v).__qualname__} cannot be passed to student code")
        kind = type(v)
        return {"$": "handle", "id": self.keep(v), "type": f"{kind.__module__}:{kind.__qualname__}",
                "callable": callable(v)}

    def scalar(self, v: np.generic) -> dict:
        a = self.array(np.asarray(v))
        return {**a, "$": "npscalar"}

    def pandas(self, v, pd, d) -> dict:
        if isinstance(v, pd.Index):
            if isinstance(v, pd.RangeIndex):
                return {"$": "rangeindex", "v": [v.start, v.stop, v.step], "name": self.node(v.name, d)}
            return {"$": "index", "values": self.column(v, d), "name": self.node(v.name, d)}
        if isinstance(v, pd.Series):
            return {"$": "series", "values": self.column(v, d), "index": self.pandas(v.index, pd, d),
                    "name": self.node(v.name, d)}
        return {"$": "df", "columns": self.node(list(v.columns), d), "index": self.pandas(v.index, pd, d),
                "data": [self.column(v.iloc[:, i], d) for i in range(v.shape[1])]}

    def column(self, values, d) -> dict:
        dtype = values.dtype
        if isinstance(dtype, np.dtype) and dtype.kind in "biufcMm":
            return {"dtype": str(dtype), "values": self.array(np.asarray(values))}
        name = str(dtype)
        return {"dtype": name if name in PANDAS_DTYPES else "object",
                "values": self.node([None if _missing(x) else x for x in values], d)}

    def dataset(self, ds, tf, d) -> dict:
        elements = []
        for element in ds:
            if len(elements) >= MAX_ELEMENTS:
                raise WireError(f"the dataset has more than {MAX_ELEMENTS:,} elements (is it repeated forever?)")
            elements.append(self.node(tf.nest.map_structure(lambda t: np.asarray(t), element), d))
        return {"$": "dataset", "spec": self.spec(ds.element_spec, tf, d), "elements": elements}

    def spec(self, s, tf, d):
        """A dataset's element_spec: tuples, lists and dicts of TensorSpecs."""
        if isinstance(s, (tuple, list)):
            return {"$": "tuple" if isinstance(s, tuple) else "list", "v": [self.spec(x, tf, d) for x in s]}
        if isinstance(s, dict):
            return {"$": "dict", "k": list(s), "v": [self.spec(x, tf, d) for x in s.values()]}
        if not isinstance(s, tf.TensorSpec):
            raise WireError(f"a dataset of {type(s).__name__} elements cannot be graded (only dense tensors)")
        return {"$": "tspec", "dtype": s.dtype.name, "shape": None if s.shape.rank is None else s.shape.as_list()}

    def keras(self, layer, d) -> dict:
        import keras

        try:
            config = _plain(keras.saving.serialize_keras_object(layer))
        except Exception as error:
            raise WireError(f"the Keras {type(layer).__name__} could not be described for the grader: {error}")
        return {"$": "keras", "config": config, "weights": [self.array(np.asarray(w)) for w in layer.get_weights()]}


def _missing(x) -> bool:
    try:
        return x is None or (isinstance(x, float) and x != x) or type(x).__name__ in ("NAType", "NaTType")
    except Exception:
        return False


def _plain(tree):
    """A JSON-able copy of a config (tuples become lists, numpy scalars numbers)."""
    return json.loads(json.dumps(tree, default=lambda o: o.item() if isinstance(o, np.generic) else str(o)))


def dumps(value, keep=None) -> bytes:
    """Encode a value; `keep(obj) -> id` makes handles of what is not data (else such values are refused)."""
    enc = _Encoder(keep)
    header = json.dumps({"v": enc.node(value), "sizes": [b.nbytes for b in enc.buffers]},
                        separators=(",", ":")).encode()
    if len(header) > MAX_HEADER:
        raise WireError("the value's description is too large")
    return b"".join([MAGIC, len(header).to_bytes(8, "little"), header, *enc.buffers])


def loads(data: bytes, handle=None):
    """Decode a message; `handle(id, type, callable)` turns a handle into an object on this side."""
    try:
        if len(data) > MAX_BYTES + MAX_HEADER or data[:8] != MAGIC:
            raise WireError("not a message of the grader's wire format")
        size = int.from_bytes(data[8:16], "little")
        if size > MAX_HEADER or 16 + size > len(data):
            raise WireError("the message's header is cut or too large")
        header = json.loads(data[16:16 + size])
        sizes = header["sizes"]
        if not isinstance(sizes, list) or not all(type(s) is int and s >= 0 for s in sizes) \
                or 16 + size + sum(sizes) != len(data):
            raise WireError("the message's buffers do not add up")
        buffers, at = [], 16 + size
        view = memoryview(data)
        for s in sizes:
            buffers.append(view[at:at + s])
            at += s
        return _Decoder(buffers, handle).node(header["v"])
    except WireError:
        raise
    except Exception as error:  # anything malformed: JSON errors, wrong types, recursion
        raise WireError(f"a malformed message ({type(error).__name__}: {str(error)[:200]})") from None


def _field(n: dict, key: str, kind):
    value = n.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise WireError(f"field {key!r} of a {n.get('$')!r} node is missing or of the wrong type")
    return value


class _Decoder:
    def __init__(self, buffers, handle):
        self.buffers, self.handle, self.items = buffers, handle, 0

    def node(self, n, depth: int = 0):
        self.items += 1
        if depth > MAX_DEPTH or self.items > MAX_ITEMS:
            raise WireError("the message is nested too deeply or holds too many items")
        if n is None or type(n) in (bool, int, float, str):
            return n
        if not isinstance(n, dict) or not isinstance(n.get("$"), str):
            raise WireError("a node of the message is not a tagged value")
        method = getattr(self, "k_" + n["$"], None)
        if method is None:
            raise WireError(f"unknown kind of value {n['$'][:40]!r}")
        return method(n, depth + 1)

    def items_of(self, n, d) -> list:
        return [self.node(x, d) for x in _field(n, "v", list)]

    def k_list(self, n, d):
        return self.items_of(n, d)

    def k_tuple(self, n, d):
        return tuple(self.items_of(n, d))

    def k_set(self, n, d):
        return set(self.items_of(n, d))

    def k_dict(self, n, d):
        keys, values = _field(n, "k", list), _field(n, "v", list)
        if len(keys) != len(values):
            raise WireError("a dict's keys and values do not pair up")
        return {self.node(k, d): self.node(v, d) for k, v in zip(keys, values)}

    def k_complex(self, n, d):
        return complex(_field(n, "re", (int, float)), _field(n, "im", (int, float)))

    def buffer(self, n):
        i = _field(n, "b", int)
        if not 0 <= i < len(self.buffers):
            raise WireError("a buffer index is out of range")
        return self.buffers[i]

    def k_bytes(self, n, d):
        return bytes(self.buffer(n))

    def k_range(self, n, d):
        return range(*_range_args(n))

    def k_path(self, n, d):
        return pathlib.Path(_field(n, "v", str))

    def k_nd(self, n, d):
        text = _field(n, "dtype", str)
        if not DTYPE.match(text):
            raise WireError(f"dtype {text[:40]!r} cannot cross")
        dtype = np.dtype(text)
        if dtype.hasobject or dtype.kind not in "biufcSUMm":
            raise WireError(f"dtype {text[:40]!r} cannot cross")
        shape = _field(n, "shape", list)
        if len(shape) > 32 or not all(type(k) is int and k >= 0 for k in shape):
            raise WireError("a malformed array shape")
        buf = self.buffer(n)
        count = 1
        for k in shape:
            count *= k
        if count * dtype.itemsize != buf.nbytes:
            raise WireError(f"an array of shape {tuple(shape)} and dtype {dtype} does not fit its {buf.nbytes} bytes")
        if dtype.kind == "b":  # any non-zero byte is True: no booleans with other byte values
            return (np.frombuffer(buf, np.uint8) != 0).reshape(shape)
        return np.frombuffer(buf, dtype).reshape(shape).copy()

    def k_npscalar(self, n, d):
        return self.k_nd(n, d)[()]

    def k_tensor(self, n, d):
        import tensorflow as tf

        return tf.convert_to_tensor(self.k_nd(_field(n, "v", dict), d))

    def k_handle(self, n, d):
        if self.handle is None:
            raise WireError("a handle cannot be used here")
        return self.handle(_field(n, "id", int), _field(n, "type", str)[:300], bool(n.get("callable")))

    def column(self, n, d, pd):
        dtype = _field(n, "dtype", str)
        values = n.get("values")
        if isinstance(values, dict) and values.get("$") == "nd":
            return self.k_nd(values, d)
        if dtype not in PANDAS_DTYPES:
            raise WireError(f"pandas dtype {dtype[:40]!r} cannot cross")
        items = self.node(values, d)
        if not isinstance(items, list):
            raise WireError("a pandas column is not a list")
        if dtype != "object":
            return pd.array(items, dtype=dtype)
        column = np.empty(len(items), dtype=object)  # element by element: tuples stay tuples
        for i, item in enumerate(items):
            column[i] = item
        return column

    def k_rangeindex(self, n, d):
        import pandas as pd

        return pd.RangeIndex(*_range_args(n), name=self.node(n.get("name"), d))

    def k_index(self, n, d):
        import pandas as pd

        return pd.Index(self.column(_field(n, "values", dict), d, pd), name=self.node(n.get("name"), d))

    def k_series(self, n, d):
        import pandas as pd

        return pd.Series(self.column(_field(n, "values", dict), d, pd), index=self.node(_field(n, "index", dict), d),
                         name=self.node(n.get("name"), d))

    def k_df(self, n, d):
        import pandas as pd

        columns = self.node(_field(n, "columns", dict), d)
        data = [self.column(c, d, pd) for c in _field(n, "data", list) if isinstance(c, dict)]
        if not isinstance(columns, list) or len(columns) != len(data):
            raise WireError("a DataFrame's columns do not match its data")
        frame = pd.DataFrame({i: values for i, values in enumerate(data)}, index=self.node(_field(n, "index", dict), d))
        frame.columns = pd.Index(columns, dtype=object) if columns else frame.columns
        return frame

    def k_hp(self, n, d):
        import keras_tuner as kt

        config = _field(n, "config", dict)
        space = _field(config, "space", list)
        if not all(isinstance(h, dict) and h.get("class_name") in HP_CLASSES for h in space):
            raise WireError("the hyperparameters hold a kind keras-tuner does not define")
        try:
            return kt.HyperParameters.from_config(config)
        except Exception as error:
            raise WireError(f"the hyperparameters could not be rebuilt: {error}") from None

    def k_tspec(self, n, d):
        import tensorflow as tf

        dtype = tf.as_dtype(_field(n, "dtype", str))
        if not (dtype.is_floating or dtype.is_integer or dtype.is_bool or dtype.is_complex or dtype == tf.string):
            raise WireError(f"a dataset of {dtype.name} cannot cross")
        shape = n.get("shape")
        if shape is not None and not (isinstance(shape, list) and all(k is None or type(k) is int for k in shape)):
            raise WireError("a malformed dataset shape")
        return tf.TensorSpec(shape, dtype)

    def k_dataset(self, n, d):
        import tensorflow as tf

        spec = self.node(_field(n, "spec", dict), d)
        elements = _field(n, "elements", list)
        if len(elements) > MAX_ELEMENTS:
            raise WireError(f"a dataset of more than {MAX_ELEMENTS:,} elements cannot cross")
        values = [self.node(e, d) for e in elements]
        return tf.data.Dataset.from_generator(lambda: iter(values), output_signature=spec)

    def k_keras(self, n, d):
        config = _field(n, "config", dict)
        weights = [self.k_nd(w, d) for w in _field(n, "weights", list) if isinstance(w, dict)]
        return rebuild_keras(config, weights)


def _range_args(n) -> tuple:
    values = _field(n, "v", list)
    if len(values) != 3:
        raise WireError("a malformed range")
    start, stop, step = values
    if not all(type(x) is int for x in (start, stop, step)) or step == 0:
        raise WireError("a malformed range")
    return start, stop, step


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
        keras_own = module is None or module == "keras" or str(module).startswith("keras.")
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


def read_file(path, limit: int = MAX_BYTES + MAX_HEADER) -> bytes:
    """A regular file's bytes, refusing symbolic links, devices and FIFOs, and files over `limit`."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise WireError(f"{os.path.basename(path)} is not a regular file")
        if info.st_size > limit:
            raise WireError(f"{os.path.basename(path)} is larger than {limit >> 20} MiB")
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 24))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:
            raise WireError(f"{os.path.basename(path)} is larger than {limit >> 20} MiB")
        return data
    finally:
        os.close(fd)


def write_file(path, data: bytes) -> None:
    """Write a new file (never through an existing name, link or not)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)
