"""Sandboxes for a graded notebook: the student's kernel in one, the grader's tester in another.

Both run under bubblewrap with no network, a read-only system and Python, and their own pid, ipc and uts
namespaces. Each notebook gets a Scratch, a private folder removed when it is done:
    work/     the kernel's working folder (the student's other submitted files are copied here)
    tmp/      the kernel's /tmp and HOME: on disk, so it counts against the disk limit, not RAM
    shared/   read and written by both: the tester's TMPDIR (files a test hands to student code) and the
              request and reply files of utils.kernel_side
    tester/   the tester's /tmp, HOME and working folder
and, in a short folder of its own (`socket_folder`: a socket's path is short), the kernel's ipc sockets
(jupyter's ipc transport: no network namespace of the host).
The kernel can read the course's utils/ and data/; the tester also grader/. Neither sees source/,
submitted/, autograded/, a gradebook, another notebook's scratch, or the nbgrader files being graded.
Where bubblewrap is missing or cannot start, both run unsandboxed (with the limits of grader.limits only)
and `warning()` says so loudly.
"""
import functools
import os
import shutil
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


class Scratch:
    """A graded notebook's private folders (see the module's docstring); `remove()` deletes them all."""

    PARTS = ("work", "tmp", "shared", "tester")

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="grader-nb-")).resolve()
        for part in self.PARTS:
            (self.root / part).mkdir(mode=0o700)
            setattr(self, part, self.root / part)
        (self.tmp / "home").mkdir()
        (self.tester / "home").mkdir()
        self.sockets = socket_folder(os.environ.get("COURSE_SOCKETS"))

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
        shutil.rmtree(self.sockets, ignore_errors=True)


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
         cgroup: "limits.Cgroup | None" = None) -> list[str]:
    """cmd in a sandbox: `tmp` mounted as /tmp, the `writable` folders at their own paths, working in `cwd`;
    inside the notebook's cgroup, if any, and under the per-process limits."""
    outer = (cgroup.prefix() if cgroup else []) + (["prlimit", *limits.process_limits(), "--"]
                                                   if shutil.which("prlimit") else [])
    if unavailable_reason() is not None:
        return outer + cmd
    box = ["bwrap", "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--die-with-parent",
           "--unsetenv", "JPY_PARENT_PID",  # its pid is not visible here; --die-with-parent does that job
           "--proc", "/proc", "--dev", "/dev", "--bind", str(tmp), "/tmp"]
    for path in readable_paths(grader):
        box += ["--ro-bind", str(path), str(path)]
    for link in SYSTEM:  # merged /usr: /bin -> usr/bin and the like
        if Path(link).is_symlink():
            box += ["--symlink", os.readlink(link), link]
    for path in writable:
        box += ["--bind", str(path), str(path)]
    return outer + box + ["--chdir", str(cwd), "--"] + cmd


class SandboxKernelManager(AsyncKernelManager):
    """A kernel manager whose kernel runs in `wrap`, in a Scratch, reached over ipc sockets. The executor sets
    `scratch` and `cgroup` before starting the kernel."""

    scratch: Scratch | None = None
    cgroup: "limits.Cgroup | None" = None

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
        return wrap(cmd, s.tmp, [s.sockets, s.shared, s.work], s.work, cgroup=self.cgroup)


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
