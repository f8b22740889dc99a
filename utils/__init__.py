"""The course's own library: profiles, check helpers and grading tools. It holds no solutions."""
from .checks import check_close, check_count, check_shape, numerical_gradient, rel_error
from .config import course_seed, is_fast, offline, profile, setup_notebook

__all__ = [
    "check_close", "check_count", "check_shape", "numerical_gradient", "rel_error",
    "course_seed", "is_fast", "offline", "profile", "setup_notebook",
]
