"""Mechanical mutants of a notebook's reference solution (issue 18, item 4); bench/mutation_score.py grades them.

Every top-level function and answer variable of the solution cells is walked in a fixed order (ast's field
order, pre-order) by each operator in OPERATORS; each site yields one mutant per replacement, named
`mech-<definition>-<operator>-<k>` (k counts that definition's mutants of that operator). A mutant whose code
is the reference's or an earlier mutant's is skipped, and nothing is mutated inside an f-string, a raise, an
assert's message, or a print or plotting call: those change messages, not results. Known equivalent mutants
are listed, with the reason, in tests/mechanical/<hw>/<notebook>.json.
"""
import ast
import copy
import json
import random
from pathlib import Path

from grader import instructor_notes
from grader import submissions as subs

BINOPS = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult, ast.FloorDiv: ast.Div,
          ast.Mod: ast.FloorDiv, ast.Pow: ast.Mult, ast.MatMult: ast.Mult}
COMPARES = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq,
            ast.NotEq: ast.Eq, ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.In: ast.NotIn, ast.NotIn: ast.In}
AXES = (0, 1, -1)
PLOTTING = {"plt", "ax", "axes", "fig", "sns"}


def _with(node, **fields):
    """A copy of node with some fields replaced."""
    new = copy.copy(node)
    for key, value in fields.items():
        setattr(new, key, value)
    return new


def binop(node, top):
    """Arithmetic swaps (+ -, * /, // to /, ...) in expressions and augmented assignments."""
    if isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in BINOPS:
        return [_with(node, op=BINOPS[type(node.op)]())]
    return []


def boolop(node, top):
    """`and` <-> `or`."""
    if isinstance(node, ast.BoolOp):
        return [_with(node, op=ast.Or() if isinstance(node.op, ast.And) else ast.And())]
    return []


def unary(node, top):
    """A unary minus or `not` dropped."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.Not)):
        return [node.operand]
    return []


def compare(node, top):
    """Each comparison's operator swapped (< <=, > >=, == !=, is / is not, in / not in), one at a time."""
    if not isinstance(node, ast.Compare):
        return []
    return [_with(node, ops=node.ops[:i] + [COMPARES[type(op)]()] + node.ops[i + 1:])
            for i, op in enumerate(node.ops) if type(op) in COMPARES]


def const(node, top):
    """Numbers +1 and -1, booleans negated, and an answer variable's letter (e.g. a quiz choice) moved on."""
    if not isinstance(node, ast.Constant):
        return []
    value = node.value
    if isinstance(value, bool):
        return [ast.Constant(not value)]
    if isinstance(value, (int, float)):
        return [ast.Constant(value + 1), ast.Constant(value - 1)]
    if isinstance(top, ast.Assign) and node is top.value and isinstance(value, str) and len(value) == 1:
        return [ast.Constant(chr(ord(value) + 1))]
    return []


def _int(node):
    """The int a node spells (`1`, `-1`), else None."""
    try:
        value = ast.literal_eval(node)
    except ValueError:
        return None
    return value if type(value) is int else None


def axis(node, top):
    """`axis=a` set to each other of 0, 1, -1, and dropped."""
    if not isinstance(node, ast.Call):
        return []
    out = []
    for i, kw in enumerate(node.keywords):
        if kw.arg == "axis" and _int(kw.value) is not None:
            rest = node.keywords[:i] + node.keywords[i + 1:]
            out += [_with(node, keywords=node.keywords[:i] + [ast.keyword("axis", ast.parse(str(a), mode="eval").body)]
                          + node.keywords[i + 1:]) for a in AXES if a != _int(kw.value)]
            out.append(_with(node, keywords=rest))
    return out


def keepdims(node, top):
    """`keepdims=...` dropped."""
    if not isinstance(node, ast.Call):
        return []
    return [_with(node, keywords=node.keywords[:i] + node.keywords[i + 1:])
            for i, kw in enumerate(node.keywords) if kw.arg == "keepdims"]


def default(node, top):
    """Each argument default changed: a boolean negated, a number +1 and -1, None to 1, a string to the first
    other string the function compares anything with (padding="valid" to "same")."""
    if not isinstance(node, ast.arguments):
        return []
    compared = [c.value for n in ast.walk(top) if isinstance(n, ast.Compare)
                for c in [n.left, *n.comparators] if isinstance(c, ast.Constant) and isinstance(c.value, str)]
    out = []
    for field in ("defaults", "kw_defaults"):
        for i, d in enumerate(getattr(node, field)):
            value = d.value if isinstance(d, ast.Constant) else object()
            if isinstance(value, bool):
                new = [not value]
            elif isinstance(value, (int, float)):
                new = [value + 1, value - 1]
            elif value is None:
                new = [1]
            else:
                new = [next((s for s in compared if s != value), None)] if isinstance(value, str) else []
            defaults = getattr(node, field)
            out += [_with(node, **{field: defaults[:i] + [ast.Constant(v)] + defaults[i + 1:]})
                    for v in new if v is not None]
    return out


OPERATORS = {op.__name__: op for op in (binop, boolop, unary, compare, const, axis, keepdims, default)}


class Mutate(ast.NodeTransformer):
    """Replaces the `target`-th mutation site of one operator (walk order) and leaves the rest alone."""

    def __init__(self, operator: str, top, target: int):
        self.operator, self.op, self.top, self.target, self.seen = operator, OPERATORS[operator], top, target, 0

    def visit(self, node):
        if isinstance(node, (ast.JoinedStr, ast.Raise)) or _is_output_call(node):
            return node
        if isinstance(node, ast.Assert):
            return _with(node, test=self.visit(node.test))
        if isinstance(node, ast.arguments) and self.operator != "default":
            return node  # defaults belong to the default operator
        if isinstance(node, ast.keyword) and node.arg in ("axis", "keepdims") and self.operator != node.arg:
            return node  # so do the axis and keepdims keywords
        for new in self.op(node, self.top):
            self.seen += 1
            if self.seen - 1 == self.target:
                return new
        return self.generic_visit(node) if self.seen <= self.target else node


def _is_output_call(node) -> bool:
    """print(...), display(...), or a plotting call (plt.plot, ax.set_title, ...)."""
    if not isinstance(node, ast.Call):
        return False
    root = node.func
    while isinstance(root, (ast.Attribute, ast.Call)):
        root = root.value if isinstance(root, ast.Attribute) else root.func
    return isinstance(root, ast.Name) and root.id in PLOTTING | {"print", "display"}


def definitions(root: Path, hw: str, name: str) -> list[tuple[str, ast.stmt, list[str]]]:
    """(name, node, the cell's imports) of every top-level function and answer variable of the solution
    cells of the reference, in notebook order; not the functions the notes say another notebook grades."""
    source = subs.read(Path(root) / "source" / hw / f"{name}.ipynb")
    ref = subs.reference(source, subs.read(Path(root) / "release" / hw / f"{name}.ipynb"))
    elsewhere = instructor_notes.read(source).elsewhere
    out = []
    for node, imports in subs.answer_statements(ref):
        if isinstance(node, ast.FunctionDef) and node.name not in elsewhere:
            out.append((node.name, node, imports))
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            out.append((node.targets[0].id, node, imports))
    return out


def mutations(node) -> list[tuple[str, str]]:
    """(operator, code) of every mutant of one definition whose code is new, in a fixed order."""
    out, seen = [], {ast.unparse(node)}
    for operator in OPERATORS:
        target = 0
        while True:
            tree = copy.deepcopy(node)
            mutate = Mutate(operator, tree, target)
            code = ast.unparse(ast.fix_missing_locations(mutate.visit(tree)))
            if mutate.seen <= target:
                break
            target += 1
            if code not in seen:
                seen.add(code)
                out.append((operator, code))
    return out


def mutants(root: Path, hw: str, name: str) -> list[subs.Variant]:
    """Every mechanical mutant of one notebook, in a fixed order."""
    out = []
    for label, node, imports in definitions(root, hw, name):
        counts = dict.fromkeys(OPERATORS, 0)
        for operator, code in mutations(node):
            mname = f"mech-{label}-{operator}-{counts[operator]}"
            counts[operator] += 1
            out.append(subs.Variant(mname, Path("tests/mechanical") / hw / name / f"{mname}.py",
                                    "\n".join(imports + [code]) + "\n", []))
    return out


def sample(root: Path, hw: str, name: str, k: int, seed: int) -> list[subs.Variant]:
    """k mutants of one notebook drawn at random under `seed`: the same ones on every run (file order)."""
    every = mutants(root, hw, name)
    chosen = set(random.Random(f"{seed}/{hw}/{name}").sample(range(len(every)), min(k, len(every))))
    return [m for i, m in enumerate(every) if i in chosen]


def equivalent(root: Path, hw: str, name: str) -> dict[str, str]:
    """Known equivalent mutants of one notebook: name -> why it cannot change a result the task specifies."""
    path = Path(root) / "tests" / "mechanical" / hw / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else {}
