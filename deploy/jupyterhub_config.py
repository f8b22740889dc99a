"""An example JupyterHub config for this course (not tested here: there is no hub on this machine).

One course, "deep-learning". Instructors and TAs reach the formgrader, which runs as a hub service under a
dedicated Unix user ("grader-deep-learning") whose home holds the course directory (this repository, with
`make setup` run there). Students get nbgrader's Assignments tab in their own servers, whose image installs
the student kit's runtime wheel and nbgrader, and reads deploy/nbgrader_config.py from /etc/jupyter.
Replace the users, the token and the authenticator with your institution's.
"""
import os

c = get_config()  # noqa: F821 (provided by JupyterHub)

COURSE = "deep-learning"
INSTRUCTORS = ["instructor1"]
GRADERS = ["ta1", "ta2"]
STUDENTS = ["student1", "student2"]

c.Authenticator.allowed_users = set(INSTRUCTORS + GRADERS + STUDENTS)
c.JupyterHub.load_groups = {
    f"formgrade-{COURSE}": {"users": INSTRUCTORS + GRADERS},  # who may open the formgrader
    f"nbgrader-{COURSE}": {"users": STUDENTS},  # whose Assignments tab lists the course
}
c.JupyterHub.services = [{
    "name": COURSE,
    "url": "http://127.0.0.1:9999",
    "command": ["jupyterhub-singleuser", f"--group=formgrade-{COURSE}", "--port=9999"],
    "user": f"grader-{COURSE}",
    "cwd": f"/home/grader-{COURSE}/course",  # this repository: nbgrader_config.py, source/, the gradebook
    "api_token": os.environ["FORMGRADER_TOKEN"],  # e.g. `openssl rand -hex 32`, kept out of the file
    "environment": {"JUPYTERHUB_DEFAULT_URL": "/lab"},
    "oauth_no_confirm": True,
}]
c.JupyterHub.load_roles = [
    {"name": f"formgrade-{COURSE}", "groups": [f"formgrade-{COURSE}"],
     "scopes": [f"access:services!service={COURSE}"]},
    {"name": "server", "scopes": ["inherit"]},  # the formgrader lists the hub's groups with its own token
]
# Students' servers: an image with `pip install dl_course_runtime-*.whl nbgrader==0.9.6` and
# /etc/jupyter/nbgrader_config.py from deploy/. The exchange root must be mounted in every server.
c.Spawner.default_url = "/lab"
