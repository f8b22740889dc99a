"""nbgrader's Execute, hardened for untrusted notebooks. Used by the class grader (utils.autograde):

- the kernel runs in utils.sandbox (no network, only its own folder, a memory limit);
- a cell's output is capped (`max_output_bytes`); past the cap the rest is dropped and the cell fails;
- a kernel that dies (os._exit, a crash, a kill) or a cell that ignores the interrupt at its time limit
  fails that cell and every cell after it, instead of failing the whole notebook; cells before it keep
  their results;
- utils.guard saves numpy, math, builtins and utils before the first cell and restores them before each
  graded test cell, so a notebook cannot make a hidden test pass by patching what it calls.
"""
import json

import nbformat
from jupyter_core.utils import ensure_async, run_sync
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbgrader.preprocessors import Execute
from traitlets import Integer

from .guard import MARK
from .sandbox import SandboxKernelManager

GUARD_START = "import utils.guard as _grader_guard; _grader_guard.snapshot(); del _grader_guard"
GUARD_RESTORE = "__import__('utils.guard').guard.restore()"


def _error(ename: str, evalue: str):
    return nbformat.v4.new_output("error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"])


def is_graded_test(cell) -> bool:
    meta = cell.metadata.get("nbgrader", {})
    return cell.cell_type == "code" and meta.get("grade", False) and not meta.get("solution", False)


class GuardedExecute(Execute):
    max_output_bytes = Integer(1_000_000, help="largest output a cell may produce, in bytes").tag(config=True)

    def __init__(self, **kw):
        kw.setdefault("kernel_manager_class", SandboxKernelManager)
        super().__init__(**kw)

    def reset_execution_trackers(self):
        super().reset_execution_trackers()
        self._dead_at = None
        self._guarded = False
        self._output_bytes = {}

    async def _run_silently(self, source: str, index: int) -> str:
        """Run grader code in the kernel without recording it; returns what it printed."""
        cell = nbformat.v4.new_code_cell(source)
        real = self.nb.cells[index]
        await super().async_execute_cell(cell, index, store_history=False)
        self.nb.cells[index] = real  # nbclient stores the cell it ran at that index
        self.code_cells_executed -= 1
        self._output_bytes.pop(index, None)
        return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")

    async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
        if cell.cell_type != "code" or not cell.source.strip():
            return await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        if self._dead_at is not None:
            cell.outputs = [_error("KernelDied", f"not run: the kernel stopped in an earlier cell ({self._dead_at})")]
            return cell
        try:
            restored = ""
            if not self._guarded:
                self._guarded = True
                await self._run_silently(GUARD_START, cell_index)
            if is_graded_test(cell):
                restored = "".join(line for line in (await self._run_silently(GUARD_RESTORE, cell_index))
                                   .splitlines(True) if line.startswith(MARK))
            cell = await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        except DeadKernelError:
            return self._stop_here(cell, cell_index, "the kernel stopped while running this cell (it exited, "
                                   "crashed, or was killed at the memory limit); the cells after it were not run")
        except CellTimeoutError:
            await ensure_async(self.km.shutdown_kernel(now=True))
            return self._stop_here(cell, cell_index, f"this cell ran past the {self.timeout} s limit and did not stop "
                                   "when interrupted; the kernel was stopped and the cells after it were not run")
        if restored:
            cell.outputs.insert(0, nbformat.v4.new_output("stream", name="stdout", text=restored))
        return cell

    execute_cell = run_sync(async_execute_cell)

    def _stop_here(self, cell, cell_index, why: str):
        """Fail this cell, and every later one without running it: the kernel is gone."""
        self._dead_at = cell.metadata.get("nbgrader", {}).get("grade_id") or f"cell {cell_index}"
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
