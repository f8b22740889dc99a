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
- tf.data datasets, as the list of their elements (at most wire_kinds.MAX_ELEMENTS).
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

import numpy as np

MAGIC = b"CWIRE001"
MAX_BYTES = 1 << 30  # a whole message
MAX_HEADER = 64 << 20
MAX_DEPTH = 64
MAX_ITEMS = 2_000_000
DTYPE = re.compile(r"^[<>|=]?[biufcSUMm]\d+(\[\w+\])?$")


class WireError(ValueError):
    """A value that cannot cross, or bytes that are not a valid message; the text says why."""


class _Encoder:
    """Builds a message: its header of tagged nodes, and its buffers."""

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
        found = wire_kinds.encode(self, v, d)
        if found is not None:
            return found
        if self.keep is None:
            raise WireError(f"a {type(v).__module__}.{type(v).__qualname__} cannot be passed to student code")
        kind = type(v)
        return {"$": "handle", "id": self.keep(v), "type": f"{kind.__module__}:{kind.__qualname__}",
                "callable": callable(v)}

    def scalar(self, v: np.generic) -> dict:
        a = self.array(np.asarray(v))
        return {**a, "$": "npscalar"}

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
    """Rebuilds a value from a message, checking every node."""

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
        if method is not None:
            return method(n, depth + 1)
        library = wire_kinds.DECODERS.get(n["$"])
        if library is None:
            raise WireError(f"unknown kind of value {n['$'][:40]!r}")
        return library(self, n, depth + 1)

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

    def k_handle(self, n, d):
        if self.handle is None:
            raise WireError("a handle cannot be used here")
        return self.handle(_field(n, "id", int), _field(n, "type", str)[:300], bool(n.get("callable")))

def _range_args(n) -> tuple:
    values = _field(n, "v", list)
    if len(values) != 3:
        raise WireError("a malformed range")
    start, stop, step = values
    if not all(type(x) is int for x in (start, stop, step)) or step == 0:
        raise WireError("a malformed range")
    return start, stop, step


from . import wire_kinds  # noqa: E402 (it uses the helpers above)


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
