"""nbgrader commands of the grader, each run in a fresh fork of one process that has imported nbgrader,
nbconvert and jupyter_client once (about 2.4 s of CPU each command otherwise pays to start `python -m nbgrader`).

    python -m grader.nbgrader_template --fd N     (started by `Template`; one per grading process)

`nbgrader()` is what the grader calls: a worker's autograde of each student, its private course's release, and
the main process's merges, feedback and export. The tests' bare-nbgrader oracles use grader.course.nbgrader, a
process of its own each time.

The worker sends a JSON line {"args": [...], "cwd": path, "env": {...}, "timeout": seconds|null, "log": path}
and gets back {"returncode": int|null}; null means the command ran past its timeout, and its whole process
group was killed. The child's stdout and stderr go to the file `log`. A child is a copy of this process taken
before any command ran: it holds the imported libraries and nothing of an earlier student; no student code
ever runs here (kernels and testers run in their boxes, grader.sandbox).
"""
import argparse
import atexit
import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from grader.course import NbgraderError, _die_with_parent, nbgrader_env
from grader.course import nbgrader as nbgrader_process
from grader.process_template import exit_after

def warm() -> None:
    import nbclient  # noqa: F401
    import nbgrader.apps.nbgraderapp  # noqa: F401
    import nbgrader.preprocessors  # noqa: F401
    from jupyter_client.manager import AsyncKernelManager  # noqa: F401


def child(request: dict) -> None:
    """Run one nbgrader command in this forked process."""
    os.setsid()
    _die_with_parent()
    fd = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    tempfile.tempdir = None
    sys.argv = ["nbgrader", *request["args"]]
    from nbgrader.apps.nbgraderapp import main

    main()


def run(request: dict) -> int | None:
    pid = os.fork()
    if pid == 0:
        exit_after(lambda: child(request))
    pidfd = os.pidfd_open(pid)
    ready, _, _ = select.select([pidfd], [], [], request.get("timeout"))
    os.close(pidfd)
    if not ready:
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        return None
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fd", type=int, required=True)
    args = parser.parse_args(argv)
    _die_with_parent()
    warm()
    if threading.active_count() != 1:
        print("nbgrader template: threads started before the fork; not serving", file=sys.stderr)
        return 3
    channel = socket.socket(fileno=args.fd)
    reader = channel.makefile("rb")
    for line in reader:
        channel.sendall(json.dumps({"returncode": run(json.loads(line))}).encode() + b"\n")
    return 0


class Template:
    """The worker's side: a template process, started on first use, that runs nbgrader commands."""

    def __init__(self):
        mine, theirs = socket.socketpair()
        self.sock, self.reader = mine, mine.makefile("rb")
        self.proc = subprocess.Popen([sys.executable, "-m", "grader.nbgrader_template", "--fd", str(theirs.fileno())],
                                     pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, start_new_session=True,
                                     preexec_fn=_die_with_parent)
        theirs.close()

    def alive(self) -> bool:
        return self.proc.poll() is None

    def run(self, root: Path, args: list[str], env: dict, timeout: float | None) -> subprocess.CompletedProcess:
        """`nbgrader ARGS` in the course root; raises subprocess.TimeoutExpired past `timeout` seconds and OSError
        when the template has gone."""
        fd, log = tempfile.mkstemp(prefix="nbgrader-", suffix=".log")
        os.close(fd)
        try:
            request = {"args": list(args), "cwd": str(root), "env": env, "timeout": timeout, "log": log}
            self.sock.sendall(json.dumps(request).encode() + b"\n")
            line = self.reader.readline()
            if not line:
                raise OSError("the nbgrader template has gone")
            code = json.loads(line)["returncode"]
            output = Path(log).read_text(errors="replace")
        finally:
            os.unlink(log)
        if code is None:
            raise subprocess.TimeoutExpired(["nbgrader", *args], timeout, output)
        return subprocess.CompletedProcess(["nbgrader", *args], code, output, "")

    def close(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.sock.close()


_template: Template | None = None
_lock = threading.Lock()


def nbgrader(root: Path, *args: str, env: dict | None = None, check: bool = True,
             timeout: float | None = None) -> subprocess.CompletedProcess:
    """grader.course.nbgrader's contract (output in .stdout), run in a fork of this process's template, started
    on first use; a process of its own when the template cannot serve."""
    global _template
    with _lock:
        if _template is None or not _template.alive():
            if _template is not None:
                _template.close()
            _template = Template()
            atexit.register(_template.close)
        try:
            proc = _template.run(root, list(args), nbgrader_env(env), timeout)
        except OSError:
            return nbgrader_process(root, *args, env=env, check=check, timeout=timeout)
    if check and proc.returncode != 0:
        raise NbgraderError(" ".join(args), proc.returncode, proc.stdout)
    return proc


if __name__ == "__main__":
    sys.exit(main())
