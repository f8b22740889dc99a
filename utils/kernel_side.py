"""The kernel's side of trusted grading: answers the grader's tester, one request at a time.

While a notebook is graded, hidden tests run in the tester, a process of the grader's. When a test needs a
name of the notebook (a function, an answer), the grader runs `serve(request, reply)` in the kernel: it
reads the request file, looks the name up, calls the function or reads the attribute, and writes what came
back, encoded by utils.wire, to the reply file. Values that are not data stay here, in a table of handles
the tester refers to by number. Nothing here is trusted by the grader: a reply is only data, checked there.
"""
import sys
import traceback

from .wire import WireError, dumps, loads, read_file, write_file

_objects: list = []  # handle id -> object; kept for the notebook's life
_ids: dict = {}  # id(object) -> handle id


def _keep(obj) -> int:
    key = id(obj)
    if key not in _ids:
        _ids[key] = len(_objects)
        _objects.append(obj)
    return _ids[key]


def _object(number: int, kind: str, is_callable: bool):
    if not 0 <= number < len(_objects):
        raise LookupError(f"unknown handle {number}")
    return _objects[number]


def _namespace() -> dict:
    shell = sys.modules["IPython"].get_ipython() if "IPython" in sys.modules else None
    return shell.user_ns if shell is not None else vars(sys.modules["__main__"])


def _raised(error: BaseException) -> dict:
    """An exception as data: its type's name and builtin bases, its args if they are data, and a traceback of
    the student's frames (this module's own are left out)."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename != __file__]
    text = "".join(traceback.format_list(frames) + traceback.format_exception_only(type(error), error))
    bases = [k.__name__ for k in type(error).__mro__ if k.__module__ == "builtins"]
    try:
        dumps(error.args)
        args = error.args
    except Exception:
        args = None
    return {"status": "raised", "type": type(error).__name__, "bases": bases, "args": args,
            "message": str(error)[:2000], "traceback": text[-8000:]}


def _changed(before: bytes, value):
    """The value if its encoding changed during the call (an argument updated in place), else None."""
    try:
        after = dumps(value)
    except WireError:
        return None
    return None if after == before else value


def _answer(request: dict) -> dict:
    op = request["op"]
    if op == "get":
        ns = _namespace()
        if request["name"] not in ns:
            return {"status": "missing"}
        return {"status": "ok", "value": ns[request["name"]]}
    target = request["target"]
    if op == "attr":
        return {"status": "ok", "value": getattr(target, request["name"])}
    args, kwargs = list(request["args"]), dict(request["kwargs"])
    mutable = {k: dumps(v) for k, v in [*enumerate(args), *kwargs.items()] if isinstance(v, (list, dict, set))
               or type(v).__name__ in ("ndarray", "HyperParameters")}
    value = target(*args, **kwargs)
    changed = {}
    for key, before in mutable.items():
        after = _changed(before, args[key] if isinstance(key, int) else kwargs[key])
        if after is not None:
            changed[key] = after
    return {"status": "ok", "value": value, "changed": changed}


def serve(request_path: str, reply_path: str) -> None:
    """Answer the request in request_path; write the reply to reply_path (a new file)."""
    try:
        reply = _answer(loads(read_file(request_path), handle=_object))
        data = dumps(reply, keep=_keep)
    except WireError as error:
        data = dumps({"status": "unsendable", "message": str(error)})
    except BaseException as error:  # the student's exception, or an interrupt at the time limit
        try:
            data = dumps(_raised(error))
        except BaseException as inner:
            data = dumps({"status": "unsendable", "message": f"an exception that could not be described: {inner!r}"[:500]})
    write_file(reply_path, data)
