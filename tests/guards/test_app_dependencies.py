"""The apps are siblings: no cycle between them, and each depends only on what the matrix allows.

The graph is built from the code itself, not from a list kept by hand:

- every `import x` and `from x import y` (top level or inside a function, relative ones
  resolved) in every module under `src/rebond/<app>/`, except the app's own `tests/`;
- every `{% load lib %}` in the app's templates, mapped to the app whose `templatetags/` defines
  `lib` (Django's and third-party libraries are not apps of Rebond and are left out).

The top-level modules count as nodes of their own (`rebond.data_export` is the "data_export"
node). The configuration (`settings`, `envconfig`, `method_environment`, `checks`, `wsgi`,
`asgi`) is "config", which names apps only as strings; the wiring (`urls`, `__main__` and
the site's templates in `src/rebond/templates`) is "project" and may depend on anything.
`rebond/__init__.py` imports nothing and is no node.

The allowed dependencies are written in docs/architecture.md ("App dependencies"), one line
per app: `app: allowed, allowed`. The test reads that table, so the document and the code
cannot drift apart. Run it with `-s` to print the graph.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "rebond"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
PROJECT = "project"
CONFIG = "config"
WIRING = {
    PROJECT: ("urls", "__main__"),
    CONFIG: ("settings", "envconfig", "method_environment", "checks", "wsgi", "asgi"),
}
TOP_LEVEL = {m: node for node, modules in WIRING.items() for m in modules}
LOAD = re.compile(r"{%-?\s*load\s+(.*?)\s*-?%}")


def _node(module: str) -> str | None:
    """The graph node of a dotted module name inside `rebond`, or None outside it."""
    parts = module.split(".")
    if parts[0] != "rebond":
        return None
    if len(parts) == 1:
        return None  # the package itself: its __init__ imports nothing of Rebond
    return TOP_LEVEL.get(parts[1], parts[1])


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported(path: Path) -> set[str]:
    """Every module `path` imports, anywhere in it; `from a import b` counts as a and a.b."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def _sources(node: str) -> list[Path]:
    if (PACKAGE / node).is_dir():
        return [
            p
            for p in sorted((PACKAGE / node).rglob("*.py"))
            if "tests" not in p.relative_to(PACKAGE / node).parts
        ]
    if node in WIRING:
        return [PACKAGE / f"{m}.py" for m in WIRING[node] if (PACKAGE / f"{m}.py").exists()]
    return [PACKAGE / f"{node}.py"]


def nodes() -> list[str]:
    found = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    found |= {p.stem for p in PACKAGE.glob("*.py") if p.stem not in TOP_LEVEL}
    return [*sorted(found - {"__init__"}), CONFIG, PROJECT]


def tag_libraries() -> dict[str, str]:
    """Template tag library name -> the app that defines it."""
    return {
        p.stem: p.relative_to(PACKAGE).parts[0]
        for p in PACKAGE.glob("*/templatetags/*.py")
        if p.stem != "__init__"
    }


@cache
def graph() -> dict[str, dict[str, list[str]]]:
    """app -> {app it depends on -> where (file: what)}, self-dependencies left out."""
    edges: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for node in nodes():
        for path in _sources(node):
            for module in sorted(_imported(path)):
                target = _node(module)
                if target and target != node:
                    edges[node][target].append(f"{path.relative_to(ROOT)}: {module}")
        libraries = tag_libraries()
        folder = PACKAGE if node == PROJECT else PACKAGE / node
        templates = folder.glob("templates/**/*.html") if folder.is_dir() else []
        for template in sorted(templates):
            for match in LOAD.finditer(template.read_text(encoding="utf-8")):
                words = match.group(1).split()
                if "from" in words:
                    words = words[words.index("from") + 1 :]
                for library in words:
                    target = libraries.get(library)
                    if target and target != node:
                        where = f"{template.relative_to(ROOT)}: {{% load {library} %}}"
                        edges[node][target].append(where)
    # Each "from a import b" names a and a.b: one line per place is enough.
    return {n: {t: sorted(set(w)) for t, w in sorted(ts.items())} for n, ts in edges.items()}


def cycles(edges: dict[str, dict[str, list[str]]]) -> list[list[str]]:
    """The strongly connected components with more than one app (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, {}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in nodes():
        if v not in index:
            visit(v)
    return sorted(found)


def pairs_both_ways(edges: dict[str, dict[str, list[str]]]) -> list[tuple[str, str]]:
    return sorted((a, b) for a in edges for b in edges[a] if a < b and a in edges.get(b, {}))


def describe(edges: dict[str, dict[str, list[str]]]) -> str:
    lines = [f"{n} -> {', '.join(edges.get(n, {})) or '-'}" for n in nodes()]
    count = sum(len(t) for t in edges.values())
    lines.append(f"{count} dependencies; mutual pairs: {pairs_both_ways(edges)}")
    lines.append(f"cycles: {cycles(edges)}")
    return "\n".join(lines)


def test_it_prints_the_app_graph():
    print("\n" + describe(graph()))


def matrix() -> dict[str, set[str] | None]:
    """docs/architecture.md's table: app -> the apps it may import (None: any)."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    block = text.split("<!-- app-matrix: start -->", 1)[1].split("<!-- app-matrix: end -->", 1)[0]
    allowed: dict[str, set[str] | None] = {}
    for line in block.strip().strip("`").strip().splitlines():
        app, _, targets = line.partition(":")
        names = {t.strip() for t in targets.split(",") if t.strip()}
        allowed[app.strip()] = None if names == {"*"} else names
    return allowed


def test_the_matrix_names_every_app_once():
    assert sorted(matrix()) == sorted(nodes())


def test_no_app_depends_on_one_the_matrix_does_not_allow():
    allowed = matrix()
    refused = {
        f"{app} -> {target}": places[:3]
        for app, targets in graph().items()
        for target, places in targets.items()
        if allowed.get(app) is not None and target not in allowed[app]  # type: ignore[operator]
    }
    assert refused == {}, "change the code, or the table in docs/architecture.md"


def test_the_matrix_allows_nothing_the_code_does_not_use():
    edges = graph()
    unused = {
        f"{app} -> {target}"
        for app, targets in matrix().items()
        if targets is not None
        for target in targets
        if target not in edges.get(app, {})
    }
    assert unused == set(), "remove these from the table in docs/architecture.md"


def test_no_two_apps_depend_on_each_other_even_through_others():
    assert cycles(graph()) == []
    # The table itself is a layering: the apps it allows form no cycle either.
    allowed = {a: dict.fromkeys(t or ()) for a, t in matrix().items() if t is not None}
    assert cycles(allowed) == []  # type: ignore[arg-type]


def test_the_graph_builder_sees_imports_inside_functions_and_template_loads():
    edges = graph()
    # coaching.signup imports the invitations inside methods; project's base.html loads `trash`.
    assert "trash" in edges["project"]
    assert any("{% load trash %}" in place for place in edges["project"]["trash"])
    inner = edges["feedback"]["insights"]  # views_messages imports hooks inside a function
    assert any("views_messages" in place for place in inner)
