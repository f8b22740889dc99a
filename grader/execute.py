"""nbgrader's Execute for untrusted notebooks: the student's cells run in a sandboxed kernel, the hidden tests
in the grader's tester, each notebook in a scratch folder of its own under per-notebook limits.

- Graded test cells never reach the kernel. They run in the tester (grader.tester), which fetches the
  student's names through utils.kernel_side; their outputs, so their scores, are the tester's alone.
- Only read-only cells that nbgrader restored from the gradebook are trusted: the tester runs the setup cell
  and the definitions of the others; it runs a graded cell only if that cell is locked, so that its source
  is the instructor's (nbgrader's OverwriteCells puts it back).
- The kernel works in an empty scratch folder (grader.sandbox.Scratch) holding only copies of the student's
  other submitted files: nothing it writes can reach the files nbgrader reads or writes, and the folder,
  the kernel's sockets and its /tmp are removed afterwards, even when the kernel died.
- A cell's output is capped; past the cap the rest is dropped and the cell fails.
- A kernel that dies, or a cell that ignores the interrupt at its time limit, fails that cell and every
  cell after it; cells before it keep their results.
"""
import json
import os
import shutil
import signal
import socket
import stat
import time
from pathlib import Path

import nbformat
from jupyter_core.utils import ensure_async, run_sync
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbgrader.preprocessors import Execute
from traitlets import Integer

from . import limits
from . import fork_client
from .sandbox import SandboxKernelManager, Scratch, boxes, cgroup_procs, start_tester

SETUP_LIMIT = 300  # seconds for the tester to import its libraries and run the setup cell
SERVE = "__import__('utils.kernel_side', fromlist=['serve']).serve({!r}, {!r})"


def _error(ename: str, evalue: str):
    return nbformat.v4.new_output("error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"])


def _meta(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def is_graded_test(cell) -> bool:
    return cell.cell_type == "code" and _meta(cell).get("grade", False) and not _meta(cell).get("solution", False)


def is_instructors(cell) -> bool:
    """A cell whose source nbgrader restored from the gradebook: it has a grade_id and is locked."""
    return cell.cell_type == "code" and bool(_meta(cell).get("grade_id")) and bool(_meta(cell).get("locked"))


class Tester:
    """The tester process of one notebook and the JSON-lines socket to it: forked from the tester box's
    template, or else started in a sandbox of its own."""

    def __init__(self, scratch: Scratch, cgroup, box=None):
        self.scratch, self.buffer, self.box, self.proc = scratch, b"", box, None
        if box and box.alive():
            try:
                self.sock = fork_client.fork(str(box.ctl), {"op": "tester", "cwd": "/tmp", "tmpdir": str(scratch.shared)},
                                             cgroup_procs(cgroup))
                return
            except (OSError, ValueError):
                self.box = None
        mine, theirs = socket.socketpair()
        self.sock = mine
        self.proc = start_tester(scratch, theirs.fileno(), cgroup)
        theirs.close()

    def send(self, message: dict) -> None:
        """Send a message (a tester that has died simply answers nothing: recv then returns None)."""
        try:
            self.sock.sendall(json.dumps(message).encode() + b"\n")
        except OSError:
            pass

    def recv(self, timeout: float) -> dict | None:
        """The next message, or None when the tester is silent for `timeout` seconds or has gone."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(1 << 20)
            except (socket.timeout, OSError):
                return None
            if not chunk:
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)

    def log_tail(self) -> str:
        if self.box:
            return self.box.log_tail()
        try:
            return (self.scratch.tester / "tester.log").read_text(errors="replace")[-500:]
        except OSError:
            return ""

    def kill(self) -> None:
        """Stop the tester at once: it holds nothing that needs saving (a forked one is killed by its
        template when its connection closes)."""
        if self.proc is None:
            try:
                self.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except OSError:
            pass

    def close(self) -> None:
        self.kill()
        if self.proc is not None:
            self.proc.wait()
        self.sock.close()


class SandboxedExecute(Execute):
    max_output_bytes = Integer(1_000_000, help="largest output a cell may produce, in bytes").tag(config=True)

    def __init__(self, **kw):
        kw.setdefault("kernel_manager_class", SandboxKernelManager)
        kw.setdefault("shutdown_kernel", "immediate")  # its outputs are in: nothing to wait for
        super().__init__(**kw)

    def reset_execution_trackers(self):
        super().reset_execution_trackers()
        self._dead_at = None
        self._output_bytes = {}
        # what the boundary cost (bench/tester_cost.py prints it)
        self.stats = {"tester_wait_s": 0.0, "graded_cells": 0, "graded_s": 0.0, "kernel_requests": 0,
                      "kernel_s": 0.0, "bytes": 0}

    def preprocess(self, nb, resources=None, km=None):
        self.box, self.tester_box = boxes()
        self.scratch, self.cgroup, self.tester, self._tester_error = Scratch(self.box), limits.create_cgroup(), None, None
        self.watch = limits.DiskWatch(self.scratch.folders(), self._stop_everything)
        try:
            self._copy_other_files(Path((resources or {}).get("metadata", {}).get("path") or "."))
            self.nb = nb
            self._start_tester()
            return super().preprocess(nb, resources, km)
        finally:
            self.watch.close()
            if self.tester:
                self.tester.close()
            if self.cgroup:
                self.cgroup.destroy()
            self.scratch.remove()
            if self.box:
                self.box.clear()  # the next notebook starts in an empty box, with no process of this one

    def create_kernel_manager(self):
        km = super().create_kernel_manager()
        km.scratch, km.cgroup, km.box = self.scratch, self.cgroup, self.box
        return km

    def _copy_other_files(self, folder: Path) -> None:
        """The student's other submitted files (regular files only) into the kernel's working folder."""
        for item in sorted(folder.iterdir()) if folder.is_dir() else []:
            info = item.lstat()
            if stat.S_ISREG(info.st_mode) and item.suffix != ".ipynb":
                shutil.copyfile(item, self.scratch.work / item.name, follow_symlinks=False)

    def _stop_everything(self) -> None:
        """Past the disk limit: kill the notebook's processes (the executor then sees a dead kernel)."""
        if self.cgroup:
            self.cgroup.kill()
            return
        if self.tester:
            self.tester.kill()
        kernel = getattr(getattr(self.km, "provisioner", None), "process", None)  # a forked kernel's: its client
        if kernel is not None:
            try:
                os.killpg(kernel.pid, signal.SIGKILL)
            except OSError:
                pass

    def _start_tester(self) -> None:
        trusted = [c.source for c in self.nb.cells if is_instructors(c) and not is_graded_test(c)]
        self.tester = Tester(self.scratch, self.cgroup, self.tester_box)
        self.tester.send({"op": "setup", "setup": trusted[0] if trusted else "", "helpers": trusted[1:]})
        self._tester_ready = False

    def _wait_for_tester(self) -> str | None:
        """None once the tester has run its setup, else why it cannot test."""
        if self._tester_error or self._tester_ready:
            return self._tester_error
        if self.tester is None:
            self._start_tester()
        start = time.monotonic()
        message = self.tester.recv(SETUP_LIMIT)
        self.stats["tester_wait_s"] += time.monotonic() - start
        if message is None or message.get("op") != "ready" or message.get("error"):
            why = (message or {}).get("error") or f"it did not start ({self.tester.log_tail()})"
            self._tester_error = f"the grader's tester could not run this notebook's setup: {why}"
        self._tester_ready = True
        return self._tester_error

    async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
        if cell.cell_type != "code" or not cell.source.strip():
            return await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        if self._dead_at is not None:
            cell.outputs = [_error("KernelDied", f"not run: the kernel stopped in an earlier cell ({self._dead_at})")]
            return cell
        if is_graded_test(cell):
            return await self._run_test(cell, cell_index)
        try:
            return await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        except DeadKernelError:
            return self._stop_here(cell, cell_index, self._death())
        except CellTimeoutError:
            await ensure_async(self.km.shutdown_kernel(now=True))
            return self._stop_here(cell, cell_index, f"this cell ran past the {self.timeout} s limit and did not stop "
                                   "when interrupted; the kernel was stopped and the cells after it were not run")

    execute_cell = run_sync(async_execute_cell)

    def _death(self) -> str:
        return self.watch.reason or ("the kernel stopped while running this cell (it exited, crashed, or was "
                                     "killed at the memory limit); the cells after it were not run")

    async def _run_test(self, cell, cell_index):
        """A graded test cell, run in the tester; its outputs are the tester's."""
        start = time.monotonic()
        try:
            return await self._test_in_tester(cell, cell_index)
        finally:
            self.stats["graded_cells"] += 1
            self.stats["graded_s"] += time.monotonic() - start

    async def _test_in_tester(self, cell, cell_index):
        self.code_cells_executed += 1
        cell.execution_count = self.code_cells_executed
        if not is_instructors(cell):
            cell.outputs = [_error("GradingError", "this graded cell is not one of the assignment's locked test cells")]
            return cell
        why = self._wait_for_tester()
        if why:
            cell.outputs = [_error("GradingError", why)]
            return cell
        deadline = time.monotonic() + self.timeout
        outgoing = {"op": "cell", "id": _meta(cell)["grade_id"], "source": cell.source}
        while True:
            self.tester.send(outgoing)
            message = self.tester.recv(max(0.0, deadline - time.monotonic()) + 10)
            if message is None:  # past the time limit, or the tester died: a new tester for later cells
                if self.watch.reason:
                    cell.outputs = [_error("DiskLimitExceeded", self.watch.reason)]
                elif time.monotonic() > deadline:
                    cell.outputs = [_error("CellTimeoutError", f"this test ran past the {self.timeout} s limit")]
                else:
                    cell.outputs = [_error("GradingError", f"the grader's tester stopped ({self.tester.log_tail()})")]
                self.tester.close()
                self.tester, self._tester_ready = None, False
                return cell
            if message.get("op") != "kernel":
                cell.outputs = [_output(o) for o in message.get("outputs", []) if isinstance(o, dict)]
                return cell
            outgoing = await self._serve(message, cell_index, deadline)

    async def _serve(self, message: dict, cell_index: int, deadline: float) -> dict:
        """Run utils.kernel_side.serve in the kernel for one request of the tester."""
        if self._dead_at is not None:
            return {"error": f"the kernel stopped earlier ({self._dead_at})"}
        left = deadline - time.monotonic()
        if left <= 1:
            return {"error": f"the test ran past its {self.timeout} s limit"}
        paths = [Path(message.get(k, "")) for k in ("request", "reply")]
        if any(p.parent != self.scratch.shared or not p.name.endswith(".wire") for p in paths):
            return {"error": "the tester asked for a file outside the shared folder"}
        gid = _meta(self.nb.cells[cell_index]).get("grade_id")
        start = time.monotonic()
        try:
            outputs = await self._run_silently(SERVE.format(*map(str, paths)), cell_index, int(left))
            self.stats["bytes"] += sum(p.lstat().st_size for p in paths if p.exists())
        except DeadKernelError:
            self._dead_at = gid
            return {"error": self._death().replace("this cell", "your code")}
        except CellTimeoutError:
            await ensure_async(self.km.shutdown_kernel(now=True))
            self._dead_at = gid
            return {"error": f"your code ran past the {self.timeout} s limit and did not stop when interrupted"}
        finally:
            self.stats["kernel_requests"] += 1
            self.stats["kernel_s"] += time.monotonic() - start
        text = {name: "".join(o.get("text", "") for o in outputs if o.output_type == "stream" and o.name == name)
                for name in ("stdout", "stderr")}
        errors = [o for o in outputs if o.output_type == "error"]
        if errors:
            reason = ("ran past its time limit" if errors[0].ename == "CellTimeoutError" else
                      f"could not answer the test ({errors[0].ename}: {errors[0].evalue})"[:500])
            return {**text, "error": f"the kernel {reason}"}
        return {**text, "error": None}

    async def _run_silently(self, source: str, index: int, timeout: int):
        """Run grader code in the kernel without recording it; returns its outputs."""
        cell = nbformat.v4.new_code_cell(source)
        real, saved = self.nb.cells[index], self.timeout
        self.timeout = max(1, timeout)
        try:
            await super().async_execute_cell(cell, index, store_history=False)
        finally:
            self.nb.cells[index], self.timeout = real, saved  # nbclient stores the cell it ran at that index
            self.code_cells_executed -= 1
            self._output_bytes.pop(index, None)
        return cell.outputs

    def _stop_here(self, cell, cell_index, why: str):
        """Fail this cell, and every later one without running it: the kernel is gone."""
        self._dead_at = _meta(cell).get("grade_id") or f"cell {cell_index}"
        cell.outputs = [_error("KernelDied", why)]
        self.nb.cells[cell_index] = cell
        return cell  # nbclient binds its own coroutine at class creation

    def output(self, outs, msg, display_id, cell_index):
        size = len(json.dumps(msg.get("content", {})))
        total = self._output_bytes.get(cell_index, 0) + size
        self._output_bytes[cell_index] = total
        if total <= self.max_output_bytes:
            return super().output(outs, msg, display_id, cell_index)
        if not any(o.get("ename") == "OutputLimitExceeded" for o in outs):
            outs.append(_error("OutputLimitExceeded", f"this cell printed more than {self.max_output_bytes:,} bytes;"
                               " the rest of its output was dropped and the cell counts as failed"))
        return None


def _output(output: dict):
    """A tester output as a notebook output: a stream or an error, nothing nbgrader could read as credit."""
    if output.get("output_type") == "stream":
        return nbformat.v4.new_output("stream", name="stderr" if output.get("name") == "stderr" else "stdout",
                                      text=str(output.get("text", "")))
    return nbformat.v4.new_output("error", ename=str(output.get("ename", "Error")), evalue=str(output.get("evalue", "")),
                                  traceback=[str(t) for t in output.get("traceback", [])])
