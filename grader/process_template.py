"""A process template: it imports the libraries once, then forks a
fresh process per notebook: in one student's kernel box, their notebooks' kernels; in the grader's tester
box beside it, the notebooks' testers (grader.tester).

    python grader/process_template.py --fd N --box FOLDER [--tester]   (grader.sandbox.Box starts it in
                                                                        bubblewrap; a kernel box can read
                                                                        this file and no other of grader/)

N is a listening unix socket the grader made; FOLDER is the box's own writable folder, also its /tmp.
No student code ever runs in this process, and a child is a copy of it taken before any notebook ran, so it
holds the imported libraries and nothing of another notebook. TensorFlow's thread pools start with its first
operation, never here: `warm()` checks that before the first fork (the only other threads are OpenBLAS's,
which OpenBLAS itself stops and restarts around a fork).

One request per connection, a JSON line:
    {"op": "kernel", "connection_file": path, "cwd": path}   a kernel (ipykernel)
    {"op": "tester", "cwd": path, "tmpdir": path}             a tester, whose channel is this connection
        the child sends b"pid\\n" with SCM_CREDENTIALS (the grader reads its pid in the grader's namespace and
        moves it into the notebook's cgroup), waits for b"go\\n", then runs; when it has ended, or the
        grader's side of the connection has closed, this process answers b"exit N\\n" (a kernel's connection);
    {"op": "clear"}  ->  b"cleared\\n"
After each child, every other process in the sandbox is killed and the box's folder emptied, before the
next request is read: nothing a notebook started or wrote outlives it.
"""
import argparse
import ctypes
import json
import os
import random
import select
import signal
import socket
import struct
import sys
import threading
import traceback

PR_SET_DUMPABLE = 4


def warm(tester: bool) -> str | None:
    """Import what notebooks (and, in the tester box, the tester) use; None when it is safe to fork, else why not."""
    import numpy  # noqa: F401
    import pandas  # noqa: F401
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot  # noqa: F401
    import tensorflow  # noqa: F401
    import keras  # noqa: F401
    import ipykernel.ipkernel  # noqa: F401
    import ipykernel.kernelapp  # noqa: F401
    from tensorflow.python.eager import context

    if tester:
        import grader.tester  # noqa: F401

    if context._context is not None:
        return "TensorFlow's runtime (and its thread pools) started before the fork"
    if threading.active_count() != 1:
        return f"{threading.active_count()} Python threads run before the fork"
    return None


def _prctl(option: int, value: int) -> None:
    ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0)


def read_line(conn: socket.socket, limit: int = 1 << 16) -> bytes:
    data = b""
    while not data.endswith(b"\n") and len(data) < limit:
        chunk = conn.recv(1)
        if not chunk:
            break
        data += chunk
    return data


def exit_after(body) -> None:
    """In a forked child: run body() and leave with its exit status; never returns into the template."""
    code = 1
    try:
        body()
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    except BaseException:
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        os._exit(code)


def become_child(conn: socket.socket, request: dict) -> None:
    """In the forked child: wait for the grader, then run a kernel or a tester."""
    os.setsid()
    creds = struct.pack("3i", os.getpid(), os.getuid(), os.getgid())
    conn.sendmsg([b"pid\n"], [(socket.SOL_SOCKET, socket.SCM_CREDENTIALS, creds)])
    if read_line(conn) != b"go\n":
        raise SystemExit(1)
    os.chdir(request["cwd"])
    _prctl(PR_SET_DUMPABLE, 1)
    random.seed()  # a fresh process would draw new seeds: do not share the template's
    __import__("numpy").random.seed()
    if sys.path and sys.path[0] == os.path.dirname(os.path.abspath(__file__)):  # this script's folder
        del sys.path[0]
    if request["op"] == "tester":
        os.environ["TMPDIR"] = str(request["tmpdir"])
        __import__("tempfile").tempdir = None
        from grader import tester

        tester.main(["--fd", str(conn.detach())])
    else:
        conn.close()
        sys.argv = ["ipykernel_launcher", "-f", str(request["connection_file"])]
        from ipykernel import kernelapp

        kernelapp.launch_new_instance()


def clear(box: str) -> None:
    """Kill every other process of the sandbox (its pid namespace) and empty the box's folder."""
    try:
        os.kill(-1, signal.SIGKILL)  # atomic: no process can fork while the kernel walks the list
    except ProcessLookupError:
        pass
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    wipe(box)
    os.makedirs(os.path.join(box, "home"), mode=0o700, exist_ok=True)


def wipe(box: str) -> None:
    """Remove everything under box but the mount points in it (where bubblewrap mounted folders, such as the
    box itself at its own path: what is mounted there is not this box's to remove)."""
    folders = []
    for root, dirs, files in os.walk(box):
        keep = []
        for name in dirs:
            path = os.path.join(root, name)
            if os.path.islink(path):
                files.append(name)
            elif not os.path.ismount(path):
                keep.append(name)
        dirs[:] = keep
        for name in files:
            try:
                os.unlink(os.path.join(root, name))
            except OSError:
                pass
        folders += [os.path.join(root, name) for name in keep]
    for path in reversed(folders):
        try:
            os.rmdir(path)
        except OSError:
            pass


def run_child(conn: socket.socket, listener: socket.socket, request: dict, box: str) -> None:
    pid = os.fork()
    if pid == 0:
        listener.close()
        exit_after(lambda: become_child(conn, request))
    pidfd = os.pidfd_open(pid)
    poller = select.poll()
    poller.register(pidfd, select.POLLIN)
    poller.register(conn, select.POLLRDHUP)
    code = None
    while code is None:
        for fd, _ in poller.poll():
            if fd == pidfd:
                code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
                break
            if fd == conn.fileno():  # the grader stopped the kernel (or died): kill it now
                os.kill(pid, signal.SIGKILL)
    os.close(pidfd)
    clear(box)
    if request["op"] == "kernel":  # a tester's connection was its channel: the executor reads no more
        try:
            conn.sendall(f"exit {code}\n".encode())
        except OSError:
            pass


def serve(listener: socket.socket, box: str) -> None:
    while True:
        conn, _ = listener.accept()
        try:
            conn.settimeout(30)
            request = json.loads(read_line(conn) or b"{}")
            conn.settimeout(None)
            if request.get("op") in ("kernel", "tester"):
                run_child(conn, listener, request, box)
            elif request.get("op") == "clear":
                clear(box)
                conn.sendall(b"cleared\n")
        except (OSError, ValueError, AttributeError, KeyError):
            pass
        finally:
            conn.close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--box", required=True)
    parser.add_argument("--tester", action="store_true")
    args = parser.parse_args(argv)
    listener = socket.socket(fileno=args.fd)
    if os.getpid() != 2 or os.getppid() != 1:  # kill(-1) is only safe in bubblewrap's own pid namespace
        print("process template: not in a pid namespace of its own; not serving", file=sys.stderr)
        return 3
    why = warm(args.tester)
    if why:
        print(f"process template: cannot fork: {why}", file=sys.stderr)
        return 3
    _prctl(PR_SET_DUMPABLE, 0)  # kernels of this sandbox cannot ptrace or read the template
    serve(listener, args.box)
    return 0


if __name__ == "__main__":
    sys.exit(main())
