"""Sandboxes for a graded notebook: the student's kernel in one, the grader's tester in another.

Both run under bubblewrap with no network, a read-only system and Python, and their own pid, ipc and uts
namespaces. Each lives in a Box, one per student (per grading run) for the kernels and one beside it for the
testers, whose template process has imported TensorFlow and the rest once and forks a fresh process per
notebook (grader/process_template.py); after each, every other process of the box is killed and its folder
emptied.
Each notebook gets a Scratch, removed when it is done:
    work/     the kernel's working folder (the student's other submitted files are copied here)
    tmp       the kernel's /tmp and HOME: the box's folder (or the notebook's own, without a box); on disk,
              so it counts against the disk limit, not RAM
    shared/   read and written by both: the tester's TMPDIR (files a test hands to student code) and the
              request and reply files of utils.kernel_side
    sockets/  the kernel's ipc sockets (jupyter's ipc transport: no network namespace of the host), in a
              short folder (`socket_folder`: a socket's path is at most 107 bytes)
    tester    the tester's /tmp, HOME and working folder: private, never in the box
The kernel can read the course's utils/ and data/; the tester also grader/. Neither sees source/,
submitted/, autograded/, a gradebook, another student's box, or the nbgrader files being graded.
Where bubblewrap is missing or cannot start, there is no box and both run unsandboxed (with the limits of
grader.limits only), and `warning()` says so loudly.
"""
import atexit
import functools
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager

from . import limits

ROOT = Path(__file__).resolve().parents[1]
# Environment a sandboxed process keeps (prefixes); everything else, e.g. COURSE_DB_URL's password, is dropped.
KEEP_ENV = ("COURSE_PROFILE", "COURSE_OFFLINE", "COURSE_SEED", "NBGRADER_", "TF_", "KERAS_", "OPENBLAS_",
            "OMP_", "MKL_", "PYTHONHASHSEED", "JPY_", "LANG", "LC_", "MPLBACKEND")
SYSTEM = ("/usr", "/bin", "/sbin", "/lib", "/lib64", "/lib32", "/etc")
TEMPLATE = ROOT / "grader" / "process_template.py"
SOCKETS = "grader-sock-"  # kernel sockets: <socket_home()>/grader-sock-<pid of the process that owns them>-...


@functools.lru_cache(maxsize=1)
def unavailable_reason() -> str | None:
    """None when bubblewrap can start a sandbox here; otherwise why not."""
    if os.environ.get("COURSE_SANDBOX", "1") == "0":
        return "COURSE_SANDBOX=0 turned the sandbox off"
    if not shutil.which("bwrap"):
        return "bubblewrap (bwrap) is not installed: apt-get install bubblewrap"
    trial = subprocess.run(["bwrap", "--ro-bind", "/", "/", "--unshare-net", "--unshare-pid", "--proc", "/proc",
                            "--dev", "/dev", "true"], capture_output=True, text=True)
    if trial.returncode != 0:
        return f"bubblewrap cannot start here: {trial.stderr.strip()[:200]}"
    return None


def warning() -> str | None:
    """The loud warning to print when student code would run unsandboxed, else None."""
    reason = unavailable_reason()
    if reason is None:
        return None
    return ("WARNING: student notebooks run WITHOUT the sandbox (network and other students' files are "
            f"reachable): {reason}.")


def socket_folder(parent: str | None = None) -> Path:
    """A new folder for kernel sockets, short enough for a socket's path (at most 107 bytes): in `parent`
    (a grading job's own, which it removes even when it had to kill nbgrader), else in /tmp, named for this
    process so that a later run sweeps it once the process is gone."""
    if parent:
        return Path(tempfile.mkdtemp(prefix="k-", dir=parent))
    return Path(tempfile.mkdtemp(prefix=f"{SOCKETS}{os.getpid()}-", dir=socket_home())).resolve()


def socket_home() -> Path:
    """Where socket folders are made (and swept): /tmp, short, unless it is not writable."""
    return Path("/tmp" if os.access("/tmp", os.W_OK) else tempfile.gettempdir())


class Box:
    """A sandbox holding a process template (grader/process_template.py) that forks a fresh process per
    notebook: a student's kernels in their kernel box, which lives for that student's notebooks; the grader's
    testers in a tester box, which can also read grader/ and write the folders it `serves` (where kernel boxes
    keep the notebooks' shared folders). A grading worker keeps one tester box for all the students it grades:
    a tester runs only the grader's code. The box's folder is writable inside and is its /tmp; the template's
    control socket and log are outside, in `parent` (default: the grading job's socket folder)."""

    def __init__(self, serves: list[Path] | None = None, parent: str | None = None):
        parent = parent or os.environ.get("COURSE_SOCKETS")
        self.root = socket_folder(parent)
        (self.root / "home").mkdir(mode=0o700)
        self.private = socket_folder(parent)
        self.ctl = self.private / "ctl"
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(self.ctl))
        listener.listen(8)
        cmd = [sys.executable, str(TEMPLATE), "--fd", str(listener.fileno()), "--box", str(self.root)]
        tester = serves is not None
        log = open(self.private / "template.log", "wb")
        try:
            self.proc = subprocess.Popen(wrap(cmd + (["--tester"] if tester else []), self.root, [self.root, *(serves or [])],
                                              Path("/tmp"), grader=tester, files=[TEMPLATE]),
                                         env=sandbox_env(os.environ, "/tmp/home"), pass_fds=(listener.fileno(),),
                                         stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
        finally:
            log.close()
            listener.close()

    @classmethod
    def attached(cls, ctl: str) -> "Box":
        """The box whose template listens at `ctl`, started by another process (the grading worker)."""
        box = cls.__new__(cls)
        box.ctl, box.private, box.proc, box.root = Path(ctl), Path(ctl).parent, None, None
        return box

    def alive(self) -> bool:
        return self.proc.poll() is None if self.proc else self.ctl.exists()

    def command(self, scratch: "Scratch", fresh: list[str], cgroup: "limits.Cgroup | None") -> list[str]:
        """The kernel command: fork from the template; `fresh` (a kernel in a sandbox of its own) if it cannot."""
        return [sys.executable, "-I", "-S", str(ROOT / "grader" / "fork_client.py"), str(self.ctl), str(scratch.work),
                str(scratch.sockets / "kernel.json"), *cgroup_procs(cgroup), "--", *fresh]

    def log_tail(self) -> str:
        try:
            return (self.private / "template.log").read_text(errors="replace")[-500:]
        except OSError:
            return ""

    def clear(self, timeout: float = 60) -> bool:
        """Wait until the template has killed the last child's processes and emptied the box; False if it
        cannot (the box is then closed)."""
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
                conn.settimeout(timeout)
                conn.connect(str(self.ctl))
                conn.sendall(b'{"op": "clear"}\n')
                if conn.recv(16) == b"cleared\n":
                    return True
        except OSError:
            pass
        self.close()
        return False

    def close(self) -> None:
        if self.proc is None:  # not this process's to close
            return
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        shutil.rmtree(self.root, ignore_errors=True)
        shutil.rmtree(self.private, ignore_errors=True)


def cgroup_procs(cgroup: "limits.Cgroup | None") -> list[str]:
    return [str(f / "cgroup.procs") for f in cgroup.folders] if cgroup else []


_boxes: dict[str, Box] = {}


def boxes_wanted() -> bool:
    """Boxes need bubblewrap; COURSE_BOXES=0 asks for fresh sandboxed processes per notebook instead."""
    return unavailable_reason() is None and os.environ.get("COURSE_BOXES", "1") != "0"


def boxes() -> tuple[Box, Box] | tuple[None, None]:
    """This process's (one student's) kernel box and the tester box, started on first use: the grading
    worker's (COURSE_TESTER_CTL) or else one of its own; (None, None) where boxes are not wanted."""
    if not boxes_wanted():
        return None, None
    if not _boxes:
        atexit.register(lambda: [box.close() for box in _boxes.values()])
    kernels = _boxes.get("kernels")
    if kernels is None or not kernels.alive():
        for box in _boxes.values():
            box.close()
        _boxes["kernels"] = kernels = Box()
        _boxes.pop("testers", None)
    testers = _boxes.get("testers")
    if testers is None or not testers.alive():
        if testers is not None:
            testers.close()
        ctl = os.environ.get("COURSE_TESTER_CTL")
        _boxes["testers"] = Box.attached(ctl) if ctl else Box(serves=[kernels.root])
    return kernels, _boxes["testers"]


class Scratch:
    """A graded notebook's folders (see the module's docstring): in its student's box if there is one;
    `remove()` deletes them all."""

    def __init__(self, box: Box | None = None):
        self.box = box.root if box else socket_folder(os.environ.get("COURSE_SOCKETS"))
        self.root = Path(tempfile.mkdtemp(prefix="nb-", dir=self.box)) if box else self.box
        self.private = Path(tempfile.mkdtemp(prefix="grader-nb-")).resolve()
        self.work, self.shared, self.sockets = self.root / "work", self.root / "shared", self.root / "sockets"
        self.tmp = self.box if box else self.root / "tmp"
        self.tester = self.private / "tester"
        for folder in (self.work, self.shared, self.sockets, self.tester, self.tmp, self.tmp / "home", self.tester / "home"):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)

    def folders(self) -> list[Path]:
        """Everything the notebook's processes can write (what the disk limit measures)."""
        return [self.box, self.private]

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
        shutil.rmtree(self.private, ignore_errors=True)


def readable_paths(grader: bool = False) -> list[Path]:
    """What a sandboxed process may read: the system, Python, the course's utils/ and data/, and for the tester
    grader/ (never source/, submitted/ or a gradebook)."""
    paths = [Path(p) for p in SYSTEM if not Path(p).is_symlink()]
    paths += [Path(sys.base_prefix), Path(sys.prefix), ROOT / "utils", ROOT / "data"]
    if grader:
        paths.append(ROOT / "grader")
    keras_home = Path.home() / ".keras"  # downloaded pretrained weights, read-only
    if keras_home.is_dir():
        paths.append(keras_home)
    return [p.resolve() for p in dict.fromkeys(paths) if p.exists()]


def sandbox_env(env: dict, home: str, tmpdir: str | None = None) -> dict:
    kept = {k: v for k, v in env.items() if k.startswith(KEEP_ENV) and k != "COURSE_DB_URL"}
    kept.update(HOME=home, MPLCONFIGDIR=f"{home}/.matplotlib", MPLBACKEND="Agg",
                PATH=f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin")
    if tmpdir:
        kept["TMPDIR"] = tmpdir
    return kept


def wrap(cmd: list[str], tmp: Path, writable: list[Path], cwd: Path, grader: bool = False,
         cgroup: "limits.Cgroup | None" = None, files: list[Path] = ()) -> list[str]:
    """cmd in a sandbox: `tmp` mounted as /tmp, the `writable` folders at their own paths, working in `cwd`;
    inside the notebook's cgroup, if any, and under the per-process limits. `files` are readable too."""
    outer = (cgroup.prefix() if cgroup else []) + (["prlimit", *limits.process_limits(), "--"]
                                                   if shutil.which("prlimit") else [])
    if unavailable_reason() is not None:
        return outer + cmd
    box = ["bwrap", "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--die-with-parent",
           "--unsetenv", "JPY_PARENT_PID",  # its pid is not visible here; --die-with-parent does that job
           "--proc", "/proc", "--dev", "/dev", "--bind", str(tmp), "/tmp"]
    for path in readable_paths(grader) + [Path(f) for f in files]:
        box += ["--ro-bind", str(path), str(path)]
    for link in SYSTEM:  # merged /usr: /bin -> usr/bin and the like
        if Path(link).is_symlink():
            box += ["--symlink", os.readlink(link), link]
    for path in writable:
        box += ["--bind", str(path), str(path)]
    return outer + box + ["--chdir", str(cwd), "--"] + cmd


class SandboxKernelManager(AsyncKernelManager):
    """A kernel manager whose kernel is forked in the student's Box, or else runs in a `wrap` of its own;
    in a Scratch, reached over ipc sockets. The executor sets `scratch`, `cgroup` and `box` before starting it."""

    scratch: Scratch | None = None
    cgroup: "limits.Cgroup | None" = None
    box: Box | None = None

    async def _async_pre_start_kernel(self, **kw):
        self.transport = "ipc"
        self.connection_file = str(self.scratch.sockets / "kernel.json")
        self.ip = str(self.scratch.sockets / "ipc")
        self.kernel_spec.interrupt_mode = "message"  # a SIGINT to the process group would stop bwrap itself
        sandboxed = unavailable_reason() is None
        kw["env"] = sandbox_env(kw.get("env") or os.environ, "/tmp/home" if sandboxed else str(self.scratch.tmp / "home"),
                                None if sandboxed else str(self.scratch.tmp))
        kw["cwd"] = str(self.scratch.work)
        return await super()._async_pre_start_kernel(**kw)

    def format_kernel_cmd(self, extra_arguments=None):
        cmd = super().format_kernel_cmd(extra_arguments)
        s = self.scratch
        fresh = wrap(cmd, s.tmp, [s.sockets, s.shared, s.work], s.work, cgroup=self.cgroup)
        return self.box.command(s, fresh, self.cgroup) if self.box and self.box.alive() else fresh


def start_tester(scratch: Scratch, fd: int, cgroup=None) -> subprocess.Popen:
    """The grader's tester for one notebook, in its own sandbox, talking over the inherited socket `fd`."""
    sandboxed = unavailable_reason() is None
    home = "/tmp/home" if sandboxed else str(scratch.tester / "home")
    env = sandbox_env(os.environ, home, str(scratch.shared))
    cmd = [sys.executable, "-I", "-m", "grader.tester", "--fd", str(fd)]
    log = open(scratch.tester / "tester.log", "wb")
    try:
        return subprocess.Popen(wrap(cmd, scratch.tester, [scratch.shared], Path("/tmp") if sandboxed else scratch.tester,
                                     grader=True, cgroup=cgroup),
                                env=env, pass_fds=(fd,), stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                cwd=scratch.tester, start_new_session=True)
    finally:
        log.close()
