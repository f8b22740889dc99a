"""Resource limits per graded notebook: its kernel, the kernel's children and its tester together.

- memory (RSS, page cache of /tmp and children included) and processes: a cgroup per notebook, v1 (memory
  and pids controllers) or v2 (memory.max, pids.max), where the grader may create one (as root in CI, or in
  a delegated v2 subtree on a TA's server);
- disk: the notebook's scratch folder (its working folder, its /tmp and the folder it shares with the
  tester) is measured while it runs and the notebook is stopped past the limit; no single file may exceed it
  (RLIMIT_FSIZE);
- address space: RLIMIT_AS per process (a memory bomb gets MemoryError rather than the kill), always.
`describe()` says which of these are in force on this machine.
"""
import functools
import os
import signal
import threading
import time
import uuid
from pathlib import Path

GiB = 2**30
MEMORY = int(float(os.environ.get("COURSE_NOTEBOOK_MEMORY_GB", "8")) * GiB)  # cgroup, per notebook
ADDRESS_SPACE = 8 * GiB  # per process
PROCESSES = int(os.environ.get("COURSE_NOTEBOOK_PROCESSES", "512"))  # threads count: TensorFlow starts dozens
DISK = int(float(os.environ.get("COURSE_NOTEBOOK_DISK_GB", "4")) * GiB)
V1 = Path("/sys/fs/cgroup")
GROUP = "course-grader"


def _v2_root() -> Path | None:
    """This process's own cgroup in the v2 hierarchy, if it offers the memory and pids controllers."""
    own = next((line.split("::", 1)[1] for line in Path("/proc/self/cgroup").read_text().splitlines()
                if line.startswith("0::")), "/").strip().lstrip("/")
    for base in (Path("/sys/fs/cgroup"), Path("/sys/fs/cgroup/unified")):
        controllers = base / own / "cgroup.controllers"
        if controllers.exists() and {"memory", "pids"} <= set(controllers.read_text().split()):
            return base / own
    return None


@functools.lru_cache(maxsize=1)
def cgroup_kind() -> str | None:
    """"v1" or "v2" when this process can make cgroups with memory and pids limits, else None."""
    if os.environ.get("COURSE_CGROUPS", "1") == "0":
        return None
    for kind, parents in (("v1", [V1 / "memory", V1 / "pids"]), ("v2", [_v2_root()])):
        try:
            if any(p is None or not p.is_dir() for p in parents):
                continue
            for parent in parents:
                (parent / GROUP).mkdir(exist_ok=True)
            if kind == "v2":  # hand the memory and pids controllers down to the grader's group and its notebooks
                for folder in (parents[0], parents[0] / GROUP):
                    try:
                        (folder / "cgroup.subtree_control").write_text("+memory +pids")
                    except OSError:
                        pass
            probe = Cgroup.create(kind)
            probe.destroy()
            return kind
        except OSError:
            continue
    return None


class Cgroup:
    """One notebook's cgroup: processes started through `prefix()` join it; `destroy()` kills them all."""

    def __init__(self, kind: str, folders: list[Path]):
        self.kind, self.folders = kind, folders

    @classmethod
    def create(cls, kind: str | None = None) -> "Cgroup | None":
        kind = kind or cgroup_kind()
        if kind is None:
            return None
        name = f"{os.environ.get('COURSE_JOB', 'nb')}-{uuid.uuid4().hex[:12]}"
        if kind == "v1":
            memory, pids = V1 / "memory" / GROUP / name, V1 / "pids" / GROUP / name
            memory.mkdir()
            pids.mkdir()
            (memory / "memory.limit_in_bytes").write_text(str(MEMORY))
            if (memory / "memory.memsw.limit_in_bytes").exists():
                (memory / "memory.memsw.limit_in_bytes").write_text(str(MEMORY))
            (pids / "pids.max").write_text(str(PROCESSES))
            return cls(kind, [memory, pids])
        folder = _v2_root() / GROUP / name
        folder.mkdir()
        (folder / "memory.max").write_text(str(MEMORY))
        if (folder / "memory.swap.max").exists():
            (folder / "memory.swap.max").write_text("0")
        (folder / "pids.max").write_text(str(PROCESSES))
        return cls(kind, [folder])

    def prefix(self) -> list[str]:
        """A command prefix that moves the command into this group before it runs."""
        joins = "; ".join(f"echo $$ > {f / 'cgroup.procs'}" for f in self.folders)
        return ["/bin/sh", "-c", f'{joins} && exec "$@"', "join-cgroup"]

    def pids(self) -> set[int]:
        found = set()
        for folder in self.folders:
            try:
                found |= {int(p) for p in (folder / "cgroup.procs").read_text().split()}
            except OSError:
                pass
        return found

    def kill(self) -> None:
        for _ in range(50):
            pids = self.pids()
            if not pids:
                return
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            time.sleep(0.05)

    def destroy(self) -> None:
        self.kill()
        for folder in self.folders:
            for _ in range(50):
                try:
                    folder.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.05)


def create_cgroup() -> "Cgroup | None":
    """A cgroup for one notebook, or None where none can be made (the limits in force are then fewer)."""
    try:
        return Cgroup.create()
    except OSError:
        return None


def group_parents() -> list[Path]:
    """Where this machine keeps the grader's notebook cgroups (none without cgroups)."""
    kind = cgroup_kind()
    return [V1 / "memory" / GROUP, V1 / "pids" / GROUP] if kind == "v1" else [_v2_root() / GROUP] if kind else []


def remove_groups(job: str) -> None:
    """Kill and remove what is left of a job's cgroups (its nbgrader run was killed before it could)."""
    kind = cgroup_kind()
    for parent in group_parents():
        for folder in parent.glob(f"{job}-*"):
            Cgroup(kind, [folder]).destroy()


def sweep() -> None:
    """Remove the empty cgroups that killed runs left behind (a group still in use cannot be removed)."""
    for parent in group_parents():
        for folder in parent.glob("*-*"):
            if folder.is_dir():
                try:
                    folder.rmdir()
                except OSError:
                    pass


def process_limits() -> list[str]:
    """prlimit's options for every sandboxed process: address space, file size, no core dumps."""
    return [f"--as={ADDRESS_SPACE}", f"--fsize={DISK}", "--core=0"]


def usage(folder: Path) -> int:
    """Bytes of disk that the files under folder hold (links are not followed)."""
    total = 0
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in files + dirs:
            try:
                total += os.lstat(os.path.join(root, name)).st_blocks * 512
            except OSError:
                pass
    return total


class DiskWatch:
    """Measures a notebook's folders every `every` seconds; past `limit` bytes in all calls `stop()` once and
    says why."""

    def __init__(self, folders: list[Path], stop, limit: int = DISK, every: float = 0.5):
        self.folders, self.stop_notebook, self.limit, self.every = folders, stop, limit, every
        self.reason: str | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._done.wait(self.every):
            used = sum(usage(folder) for folder in self.folders)
            if used > self.limit:
                self.reason = (f"the notebook wrote {used / GiB:.1f} GiB to disk, over its limit of "
                               f"{self.limit / GiB:g} GiB; it was stopped")
                self.stop_notebook()
                return

    def close(self) -> None:
        self._done.set()
        self._thread.join()


def describe() -> str:
    """The limits in force for each graded notebook on this machine, in one line."""
    kind = cgroup_kind()
    memory = (f"memory {MEMORY / GiB:g} GiB with its children and /tmp (cgroup {kind})" if kind else
              f"memory: no cgroup here, so only {ADDRESS_SPACE / GiB:g} GiB of address space per process")
    processes = f"{PROCESSES} processes and threads (cgroup {kind})" if kind else "processes: not limited (no cgroup)"
    return (f"limits per notebook: {memory}; {processes}; disk {DISK / GiB:g} GiB for its folders and /tmp "
            f"(measured every 0.5 s; no file larger); {ADDRESS_SPACE / GiB:g} GiB address space per process")
