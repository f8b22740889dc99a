"""Pages a student or a TA opens run no script a student wrote.

- `SanitizeStudentHTML`, an nbconvert preprocessor: the markdown and raw cells a student could edit (not the
  locked ones, which nbgrader restores) and every cell's outputs go through nbconvert's bleach sanitizer;
  script and event-handler attributes are escaped, javascript: links disarmed, and outputs of types that can
  run code (JavaScript, SVG, widgets) dropped. The grader runs it when it records a notebook in autograded/,
  so the formgrader shows sanitized work too; nbgrader_config.py runs it again for feedback.
- `lock_down(html)`: a Content-Security-Policy that lets a feedback page run no script at all, as a second
  wall. (MathJax is a script: formulas stay as TeX.)
"""
import re
from pathlib import Path

from bleach import ALLOWED_ATTRIBUTES, ALLOWED_TAGS
from nbconvert.preprocessors.sanitize import SanitizeHTML

CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
       "base-uri 'none'; form-action 'none'")
JAVASCRIPT_LINK = re.compile(r"\]\(\s*(?:javascript|vbscript|data)\s*:", re.IGNORECASE)
TAGS = sorted(set(ALLOWED_TAGS) | {"p", "br", "hr", "pre", "span", "div", "sub", "sup", "h1", "h2", "h3", "h4", "h5",
                                   "h6", "table", "thead", "tbody", "tr", "th", "td", "img", "style", "del", "dl",
                                   "dt", "dd", "kbd", "details", "summary"})
ATTRIBUTES = {**ALLOWED_ATTRIBUTES, "*": ["class", "title", "align"], "img": ["src", "alt", "width", "height"],
              "th": ["colspan", "rowspan"], "td": ["colspan", "rowspan"]}


class SanitizeStudentHTML(SanitizeHTML):
    """nbconvert's SanitizeHTML, applied to what a student could write: unlocked markdown and raw cells and the
    outputs of every code cell."""

    def __init__(self, **kw):
        kw.setdefault("enabled", True)  # nbconvert's preprocessors are off unless enabled
        kw.setdefault("tags", TAGS)
        kw.setdefault("attributes", ATTRIBUTES)
        super().__init__(**kw)

    def preprocess_cell(self, cell, resources, cell_index):
        if cell.cell_type == "code":
            return super().preprocess_cell(cell, resources, cell_index)
        if cell.metadata.get("nbgrader", {}).get("locked"):
            return cell, resources
        if "<" in cell.source:
            cell.source = self.sanitize_html_tags(cell.source)
        cell.source = JAVASCRIPT_LINK.sub("](#", cell.source)
        return cell, resources


def lock_down(html: str) -> str:
    """The page with a policy, first in its head, that forbids every script, frame and outside resource."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
    if meta in html:
        return html
    head = re.search(r"<head[^>]*>", html, re.IGNORECASE)
    return html[: head.end()] + meta + html[head.end():] if head else meta + html


def lock_down_folder(folder: Path) -> None:
    for page in Path(folder).rglob("*.html"):
        if not page.is_symlink():
            page.write_text(lock_down(page.read_text(encoding="utf-8")), encoding="utf-8")
