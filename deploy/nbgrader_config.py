"""The global nbgrader config on a hub (/etc/jupyter/nbgrader_config.py), read by every user's nbgrader.

The exchange root is a folder every server mounts, mode 0777 (nbgrader gives each course's inbound/ 0733, so
students can hand in but not read each other's work). The instructor's course directory has its own
nbgrader_config.py (this repository's), which adds the grader's collect and feedback settings.
"""
c = get_config()  # noqa: F821 (provided by nbgrader)

c.CourseDirectory.course_id = "deep-learning"
c.Exchange.root = "/srv/nbgrader/exchange"
