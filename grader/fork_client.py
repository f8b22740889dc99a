"""The kernel command of a notebook whose student has a kernel box: it asks the box's template
(grader/process_template.py) for a forked kernel and lives as long as that kernel does, so that nbclient's kernel
manager can watch and kill it like any kernel process (killing this process makes the template kill the
kernel). Standard library only: it starts in milliseconds.

    python -I -S fork_client.py CTL CWD CONNECTION_FILE CGROUP_PROCS... -- FRESH_KERNEL_COMMAND...

The kernel is moved into the notebook's cgroup (each CGROUP_PROCS file) before it runs any code. When the
template cannot give a kernel (it died, or could not start), this process becomes FRESH_KERNEL_COMMAND: a
kernel started in a sandbox of its own, as without a box. The executor forks testers with `fork` too.
"""
import json
import os
import socket
import struct
import sys

SETUP_LIMIT = 300  # seconds for the template to import its libraries and fork


def fork(ctl: str, request: dict, cgroups: list[str]) -> socket.socket:
    """A connection to a child forked by the template at `ctl` (grader/process_template.py), moved into the
    cgroups (their cgroup.procs files) and told to go."""
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
    conn.settimeout(SETUP_LIMIT)
    conn.connect(ctl)
    conn.sendall(json.dumps(request).encode() + b"\n")
    data, ancillary, _, _ = conn.recvmsg(16, socket.CMSG_SPACE(struct.calcsize("3i")))
    creds = [d for level, kind, d in ancillary if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS]
    if data != b"pid\n" or not creds:
        raise OSError("the template did not fork")
    pid = struct.unpack("3i", creds[0][:12])[0]  # in this process's pid namespace
    for procs in cgroups:
        with open(procs, "w") as f:
            f.write(str(pid))
    conn.sendall(b"go\n")
    conn.settimeout(None)
    return conn


def main(argv: list[str]) -> int:
    split = argv.index("--")
    ctl, cwd, connection_file, *cgroups = argv[:split]
    fresh = argv[split + 1:]
    try:
        conn = fork(ctl, {"op": "kernel", "connection_file": connection_file, "cwd": cwd}, cgroups)
    except (OSError, ValueError):
        os.execv(fresh[0], fresh)  # a kernel in a sandbox of its own instead
    line = b""
    while not line.endswith(b"\n"):
        chunk = conn.recv(64)
        if not chunk:
            return 1  # the template has gone, and the kernel with it
        line += chunk
    code = int(line.split()[-1]) if line.startswith(b"exit ") else 1
    return code if code >= 0 else 128 - code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
