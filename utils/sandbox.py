"""Student kernels in a sandbox: bubblewrap with no network, a read-only system, only the notebook's folder
writable, and an address-space limit (a memory bomb gets MemoryError, not the machine).

The grading kernel talks to nbgrader over Unix sockets (jupyter's ipc transport) in a folder of its own,
so it needs no network namespace of the host. Where bubblewrap is missing or cannot start, kernels run
unsandboxed with the memory limit only, and `warning()` says so loudly.
"""
import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets import Integer

ROOT = Path(__file__).resolve().parents[1]
MEMORY_LIMIT = 8 * 2**30  # address space per kernel; TensorFlow training a small CNN peaks near 2.5 GiB
# Environment the kernel keeps (prefixes); everything else, e.g. COURSE_DB_URL's password, is dropped.
KEEP_ENV = ("COURSE_PROFILE", "COURSE_OFFLINE", "COURSE_SEED", "NBGRADER_", "TF_", "KERAS_", "OPENBLAS_",
            "OMP_", "MKL_", "PYTHONHASHSEED", "JPY_", "LANG", "LC_", "MPLBACKEND")
SYSTEM = ("/usr", "/bin", "/sbin", "/lib", "/lib64", "/lib32", "/etc")


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


def readable_paths() -> list[Path]:
    """What a kernel may read: the system, Python, the course's utils/ and data/ (never source/, submitted/
    or a gradebook)."""
    paths = [Path(p) for p in SYSTEM if not Path(p).is_symlink()]
    paths += [Path(sys.base_prefix), Path(sys.prefix), ROOT / "utils", ROOT / "data"]
    keras_home = Path.home() / ".keras"  # downloaded pretrained weights, read-only
    if keras_home.is_dir():
        paths.append(keras_home)
    return [p.resolve() for p in dict.fromkeys(paths) if p.exists()]


def kernel_env(env: dict) -> dict:
    kept = {k: v for k, v in env.items() if k.startswith(KEEP_ENV) and k != "COURSE_DB_URL"}
    kept.update(HOME="/tmp/home", MPLCONFIGDIR="/tmp/home/.matplotlib",
                PATH=f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin")
    return kept


def wrap(cmd: list[str], workdir: Path, socket_dir: Path, memory: int = MEMORY_LIMIT) -> list[str]:
    """cmd run in the sandbox: read-only system, `workdir` and `socket_dir` writable, no network."""
    limit = ["prlimit", f"--as={memory}", "--core=0", "--"] if shutil.which("prlimit") else []
    if unavailable_reason() is not None:
        return limit + cmd
    box = ["bwrap", "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--die-with-parent",
           "--unsetenv", "JPY_PARENT_PID",  # its pid is not visible here; --die-with-parent does that job
           "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--dir", "/tmp/home"]
    for path in readable_paths():
        box += ["--ro-bind", str(path), str(path)]
    for link in SYSTEM:  # merged /usr: /bin -> usr/bin and the like
        if Path(link).is_symlink():
            box += ["--symlink", os.readlink(link), link]
    for path in (socket_dir, workdir):
        box += ["--bind", str(path), str(path)]
    return limit + box + ["--chdir", str(workdir), "--"] + cmd


class SandboxKernelManager(AsyncKernelManager):
    """A kernel manager whose kernels run in `wrap`, reached over ipc sockets in a private folder."""

    memory_limit = Integer(MEMORY_LIMIT, help="address-space limit of the kernel, in bytes").tag(config=True)

    async def _async_pre_start_kernel(self, **kw):
        self._socket_dir = Path(tempfile.mkdtemp(prefix="kernel-"))
        self.transport = "ipc"
        self.connection_file = str(self._socket_dir / "kernel.json")
        self.ip = str(self._socket_dir / "ipc")
        self.kernel_spec.interrupt_mode = "message"  # a SIGINT to the process group would stop bwrap itself
        kw["env"] = kernel_env(kw.get("env") or os.environ)
        return await super()._async_pre_start_kernel(**kw)

    def format_kernel_cmd(self, extra_arguments=None):
        cmd = super().format_kernel_cmd(extra_arguments)
        workdir = Path(self._launch_args.get("cwd") or os.getcwd()).resolve()
        return wrap(cmd, workdir, self._socket_dir, self.memory_limit)

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        if not restart:
            shutil.rmtree(getattr(self, "_socket_dir", ""), ignore_errors=True)
