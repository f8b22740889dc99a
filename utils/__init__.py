"""The student runtime: what a notebook imports (profiles, check helpers, layers, data loaders, and the kernel's
side of trusted grading). It holds no solution and never imports the grader."""
from .checks import check_close, check_count, check_shape, numerical_gradient, rel_error
from .config import course_seed, is_fast, offline, profile, setup_notebook

__all__ = [
    "check_close", "check_count", "check_shape", "numerical_gradient", "rel_error",
    "course_seed", "is_fast", "offline", "profile", "setup_notebook",
]
