"""The trusted tester: a notebook's hidden test cells run here, in a process of the grader's that no student
code ever enters.

    python -I -m grader.tester --fd N        (started by grader.execute, one per notebook, in its own sandbox)

The tester first runs the notebook's read-only setup cell, and the function and class definitions and
imports of its other read-only cells: names the instructor wrote are the tester's own. A name a test uses
that the tester lacks is fetched from the student's kernel, through the executor: data comes back as data
(utils.wire), anything else as a Remote handle, whose attributes and calls run in the kernel and again
return data. So a test compares real numbers and arrays with its own oracles; no student object can pretend,
and no hidden source or answer key ever reaches the kernel.

The executor talks to the tester in JSON lines over the socket at fd N:
    -> {"op": "setup", "setup": source, "helpers": [source, ...]}     <- {"op": "ready", "error": str|None}
    -> {"op": "cell", "id": grade_id, "source": source}               <- {"op": "done", "outputs": [...]}
       while a cell runs:  <- {"op": "kernel", "request": path, "reply": path}
                           -> {"stdout": str, "stderr": str, "error": str|None}
    -> {"op": "stop"}
Requests and replies are files in the folder the kernel shares with the tester (TMPDIR).
"""
import argparse
import ast
import builtins
import io
import json
import os
import secrets
import socket
import sys

from utils.wire import WireError, dumps, loads, read_file, write_file

OUTPUT_LIMIT = 1_000_000  # characters a test cell may print


class GradingError(BaseException):
    """The test could not be run as written: a value that cannot cross, a dead kernel, a time limit.
    A BaseException, so that a test's `except ValueError` or `except Exception` never takes it for an answer."""


class Channel:
    def __init__(self, fd: int):
        self.sock = socket.socket(fileno=fd)
        self.reader = self.sock.makefile("rb")

    def send(self, message: dict) -> None:
        self.sock.sendall(json.dumps(message).encode() + b"\n")

    def recv(self) -> dict:
        line = self.reader.readline()
        if not line:
            raise SystemExit(0)  # the executor has gone
        return json.loads(line)


class Kernel:
    """The student's kernel, reached through the executor. Every failure of the way there is a GradingError."""

    def __init__(self, channel: Channel, folder: str):
        self.channel, self.folder, self.failed = channel, folder, None

    def fail(self, why: str):
        self.failed = self.failed or why
        return GradingError(why)

    def ask(self, request: dict):
        name = secrets.token_hex(8)
        req, rep = os.path.join(self.folder, f"req-{name}.wire"), os.path.join(self.folder, f"rep-{name}.wire")
        try:
            write_file(req, dumps(request, keep=handle_number))
        except WireError as error:
            raise self.fail(f"the test could not send its arguments: {error}") from None
        self.channel.send({"op": "kernel", "request": req, "reply": rep})
        answer = self.channel.recv()
        if answer.get("stdout"):
            sys.stdout.write(str(answer["stdout"]))
        if answer.get("stderr") and isinstance(sys.stderr, Output):  # the student's stderr counts as nbgrader's
            sys.stderr.chunks.append(("stderr", str(answer["stderr"])[:OUTPUT_LIMIT]))
        try:
            if answer.get("error"):
                raise self.fail(answer["error"])
            try:
                reply = loads(read_file(rep), handle=self.remote)
            except (OSError, WireError) as error:
                raise self.fail(f"the kernel's answer could not be used: {error}") from None
        finally:
            for path in (req, rep):
                try:
                    os.unlink(path)
                except OSError:
                    pass
        if not isinstance(reply, dict) or not isinstance(reply.get("changed", {}), dict):
            raise self.fail("the kernel's answer is not a reply")
        return reply

    def value(self, request: dict):
        reply = self.ask(request)
        status = reply.get("status")
        if status == "ok" and "value" in reply:
            return reply
        if status == "raised":
            raise student_exception(reply)
        if status == "missing":
            raise KeyError(request.get("name"))
        raise self.fail(f"what the notebook returned cannot be graded: {reply.get('message', status)}")

    def get(self, name: str):
        return self.value({"op": "get", "name": name})["value"]

    def attr(self, remote, name: str):
        return self.value({"op": "attr", "target": remote, "name": name})["value"]

    def call(self, remote, args: tuple, kwargs: dict):
        reply = self.value({"op": "call", "target": remote, "args": list(args), "kwargs": kwargs})
        for key, new in (reply.get("changed") or {}).items():  # arguments the student changed in place
            old = args[key] if isinstance(key, int) and 0 <= key < len(args) else kwargs.get(key)
            update_in_place(old, new)
        return reply["value"]

    def remote(self, number: int, kind: str, is_callable: bool):
        return Remote(self, number, kind, is_callable)


class Remote:
    """A student's object that is not data: attributes are read, and calls made, in the kernel. It implements
    no comparison, number or container protocol, so it can only be looked at, never mistaken for an answer."""

    __slots__ = ("_kernel", "_number", "_kind", "_callable")

    def __init__(self, kernel, number, kind, is_callable):
        for key, value in zip(self.__slots__, (kernel, number, kind, is_callable)):
            object.__setattr__(self, key, value)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self._kernel.attr(self, name)

    def __setattr__(self, name, value):
        raise GradingError(f"a test cannot change the student's {self._kind} object")

    def __call__(self, *args, **kwargs):
        if not self._callable:
            raise TypeError(f"'{self._kind}' object is not callable")
        return self._kernel.call(self, args, kwargs)

    def __repr__(self):
        return f"<student's {self._kind.replace(':', '.')} object>"

    @property
    def remote_type(self) -> str:
        """The class name the kernel reports for this object (utils.checks.type_name reads it)."""
        return self._kind.rpartition(":")[2]


def handle_number(obj) -> int:
    """What a test passes back to the kernel: its own handles, by number; nothing else that is not data."""
    if type(obj) is Remote:
        return obj._number
    raise WireError(f"a {type(obj).__module__}.{type(obj).__qualname__} cannot be passed to student code")


def student_exception(reply: dict) -> Exception:
    """The student's exception, rebuilt as a subclass of its nearest builtin base, carrying its traceback."""
    base = Exception
    for name in reply.get("bases") or []:
        found = getattr(builtins, str(name), None)
        if isinstance(found, type) and issubclass(found, Exception):
            base = found
            break
    name = str(reply.get("type") or "Exception")
    cls = type(name if name.isidentifier() else "StudentException", (base,), {"__module__": "student"})
    args = reply.get("args")
    try:
        error = cls(*args) if isinstance(args, (list, tuple)) else cls(str(reply.get("message", "")))
    except Exception:
        error = cls(str(reply.get("message", "")))
    error.student_traceback = str(reply.get("traceback", ""))
    return error


def update_in_place(old, new) -> None:
    """Give an argument the value the student's code left in it (dicts, lists, sets, arrays, hyperparameters)."""
    import numpy as np

    if isinstance(old, dict) and type(new) is dict:
        old.clear()
        old.update(new)
    elif isinstance(old, list) and type(new) is list:
        old[:] = new
    elif isinstance(old, set) and type(new) in (set, list):
        old.clear()
        old.update(new)
    elif isinstance(old, np.ndarray) and type(new) is np.ndarray and old.shape == new.shape \
            and old.flags.writeable:
        old[...] = new
    elif type(old).__name__ == "HyperParameters" and type(new) is type(old):
        vars(old).clear()
        vars(old).update(vars(new))


class Namespace(dict):
    """The tests' globals: the tester's own names first, then builtins, then the student's kernel."""

    def __init__(self, kernel: Kernel):
        super().__init__(__name__="__main__", __builtins__=builtins)
        self.kernel, self.fetched, self.offline = kernel, {}, True  # no kernel until the first test cell

    def __missing__(self, name):
        if name.startswith("__") or hasattr(builtins, name) or self.offline:
            raise KeyError(name)
        value = self.kernel.get(name)
        self[name] = self.fetched[name] = value
        return value

    def forget_fetched(self) -> None:
        """Drop what came from the kernel: the next cell sees the kernel's names as they are then."""
        for name, value in self.fetched.items():
            if self.get(name) is value:
                del self[name]
        self.fetched.clear()


class Output:
    """sys.stdout / sys.stderr of a test cell: chunks in order, up to OUTPUT_LIMIT characters in all. The tester's
    own stderr (library warnings) is shown as stdout: only the student's stderr counts as nbgrader's failure."""

    def __init__(self, chunks: list, name: str):
        self.chunks, self.name = chunks, name

    def write(self, text) -> int:
        text = str(text)
        if not text:
            return 0
        used = sum(len(t) for _, t in self.chunks)
        if used < OUTPUT_LIMIT:
            self.chunks.append((self.name, text[: OUTPUT_LIMIT - used]))
        return len(text)

    encoding = "utf-8"

    def flush(self):
        pass

    def isatty(self):
        return False

    def fileno(self):
        raise io.UnsupportedOperation("a test cell's output has no file descriptor")


def definitions(source: str) -> list[str]:
    """The imports, function and class definitions at the top level of a read-only cell, one by one."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    keep = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return [ast.unparse(node) for node in tree.body if isinstance(node, keep)]


def run(ns: Namespace, source: str, name: str) -> list[dict]:
    """Run one test cell; its outputs as notebook outputs: streams, then an error if it failed."""
    chunks: list = []
    kernel = ns.kernel
    kernel.failed = None
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = Output(chunks, "stdout"), Output(chunks, "stdout")
    error = None
    try:
        exec(compile(source, f"<hidden test {name}>", "exec"), ns)
    except BaseException as raised:  # noqa: B036 (a test may raise anything; all of it is this cell's failure)
        error = raised
    finally:
        sys.stdout, sys.stderr = saved
        ns.forget_fetched()
    if kernel.failed and not isinstance(error, GradingError):
        error = GradingError(kernel.failed)  # caught by the test, but it still decides the cell
    outputs = []
    for stream, text in chunks:
        if outputs and outputs[-1]["name"] == stream:
            outputs[-1]["text"] += text
        else:
            outputs.append({"output_type": "stream", "name": stream, "text": text})
    if error is not None:
        outputs.append(error_output(error))
    return outputs


def error_output(error: BaseException) -> dict:
    """The error as a notebook output: the student's own traceback where it was theirs, then the exception.
    Frames of the hidden test are never shown: they would quote its code."""
    ename = "GradingError" if isinstance(error, GradingError) else type(error).__name__
    evalue = str(error)[:4000]
    lines = [line for line in getattr(error, "student_traceback", "").splitlines() if line]
    if lines:
        lines = ["Traceback of your code (most recent call last):"] + lines[:-1]
    return {"output_type": "error", "ename": ename, "evalue": evalue, "traceback": lines + [f"{ename}: {evalue}"]}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fd", type=int, required=True)
    args = parser.parse_args(argv)
    channel = Channel(args.fd)
    ns = Namespace(Kernel(channel, os.environ.get("TMPDIR") or "."))
    while True:
        message = channel.recv()
        if message["op"] == "setup":
            failed = [o for o in run(ns, message["setup"], "setup") if o["output_type"] == "error"]
            for source in message.get("helpers", []):
                for statement in definitions(source):
                    run(ns, statement, "helpers")  # a definition that needs the kernel is left to it
            ns.offline = False
            channel.send({"op": "ready", "error": f"{failed[0]['ename']}: {failed[0]['evalue']}" if failed else None})
        elif message["op"] == "cell":
            channel.send({"op": "done", "outputs": run(ns, message["source"], message["id"])})
        else:
            return


if __name__ == "__main__":
    main()
