"""The apps are siblings: no cycle between them, and each depends only on what the matrix allows.

The graph is built from the code itself, not from a list kept by hand:

- every `import x` and `from x import y` (top level or inside a function, relative ones
  resolved) in every module under `src/rebond/<app>/`, except the app's own `tests/`;
- every `{% load lib %}` in the app's templates, mapped to the app whose `templatetags/` defines
  `lib` (Django's and third-party libraries are not apps of Rebond and are left out);
- every template the app's templates name (`{% include %}`, `{% extends %}` and any other tag
  whose first argument is a quoted template name, a dynamic name by its quoted prefix) and every
  template name written as a string in its Python (`render`, `TemplateResponse`,
  `template_name`, `render_to_string`, an inclusion tag): `<folder>/…` belongs to the app whose
  `templates/` holds that folder, a name at the root to the folder that holds the file. Names no
  folder of Rebond holds (Django's own widgets, allauth's) are left out, and so is the site's
  frame, `base.html` (the project's), which every page extends: the project supplies it as it
  supplies the URLs, and counting it would make every app depend on the top.

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
# A template tag whose first argument is a quoted name: {% include "a/b.html" %}, {% extends … %}
TEMPLATE_TAG = re.compile(r"""{%-?\s*(\w+)\s+(["'])([^"'%]+?)\2""")
# A template name written in Python: "jobs/detail.html", "reminders/email.txt"
TEMPLATE_NAME = re.compile(r"[\w.-]+(/[\w.-]+)*(/|\.html|\.txt)")
# The site's frame, which every page extends (see the module's docstring).
FRAME = {"base.html"}


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


def _where(path: Path) -> str:
    return str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def template_folders(package: Path = PACKAGE) -> dict[Path, str]:
    """Each `templates/` folder of Rebond -> its node (the site's own folder is "project")."""
    found = {p: p.parent.name for p in sorted(package.glob("*/templates")) if p.is_dir()}
    if (package / "templates").is_dir():
        found[package / "templates"] = PROJECT
    return found


def template_owner(name: str, folders: dict[Path, str]) -> str | None:
    """The node whose `templates/` holds template `name` (or the folder a prefix names)."""
    if name in FRAME:
        return None
    head, slash, _ = name.partition("/")
    owners = {node for folder, node in folders.items() if (folder / name).exists()}
    if not owners and slash:
        owners = {node for folder, node in folders.items() if (folder / head).is_dir()}
    if len(owners) > 1:
        raise AssertionError(f"template {name!r} is in several apps: {sorted(owners)}")
    return owners.pop() if owners else None


def template_names_in_template(text: str) -> list[tuple[str, str]]:
    """(tag, template name) for each tag whose first argument is a quoted template name."""
    return [
        (m.group(1), m.group(3))
        for m in TEMPLATE_TAG.finditer(text)
        if m.group(1) not in {"load", "translate", "trans", "blocktranslate", "url", "static"}
        and TEMPLATE_NAME.fullmatch(m.group(3))
        and ("/" in m.group(3) or m.group(3).endswith((".html", ".txt")))
    ]


def template_names_in_python(path: Path) -> set[str]:
    """Every string of `path` that reads as a template name ("app/page.html")."""
    return {
        node.value
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and "/" in node.value
        and node.value.endswith((".html", ".txt"))
        and TEMPLATE_NAME.fullmatch(node.value)
    }


def template_edges(
    node: str, templates: list[Path], sources: list[Path], folders: dict[Path, str]
) -> dict[str, list[str]]:
    """The nodes whose templates `node`'s templates and Python name, with where."""
    edges: dict[str, list[str]] = defaultdict(list)
    for template in templates:
        for tag, name in template_names_in_template(template.read_text(encoding="utf-8")):
            target = template_owner(name, folders)
            if target and target != node:
                edges[target].append(f"{_where(template)}: {{% {tag} {name!r} %}}")
    for path in sources:
        for name in sorted(template_names_in_python(path)):
            target = template_owner(name, folders)
            if target and target != node:
                edges[target].append(f"{_where(path)}: {name!r}")
    return edges


def _templates(node: str) -> list[Path]:
    folder = PACKAGE if node == PROJECT else PACKAGE / node
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.glob("templates/**/*") if p.is_file() and p.suffix in {".html", ".txt"}
    )


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
        templates = _templates(node)
        for template in templates:
            for match in LOAD.finditer(template.read_text(encoding="utf-8")):
                words = match.group(1).split()
                if "from" in words:
                    words = words[words.index("from") + 1 :]
                for library in words:
                    target = libraries.get(library)
                    if target and target != node:
                        where = f"{template.relative_to(ROOT)}: {{% load {library} %}}"
                        edges[node][target].append(where)
        for target, places in template_edges(
            node, templates, _sources(node), template_folders()
        ).items():
            edges[node][target].extend(places)
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
    # plan's routine includes the timer component, which web's templates hold.
    assert any("components/timer.html" in place for place in edges["plan"]["web"])


def test_the_graph_builder_sees_the_templates_an_app_names(tmp_path):
    def write(relative: str, text: str = "") -> Path:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    write("templates/base.html")
    write("feedback/templates/feedback/_head.html")
    write("debrief/templates/debrief/steps/reset.html")
    write("web/templates/components/timer.html")
    page = write(
        "jobs/templates/jobs/detail.html",
        '{% extends "base.html" %}{% load i18n %}{% include "feedback/_head.html" %}'
        "{% include 'components/timer.html' with steps=steps %}"
        '{% include "debrief/steps/"|add:step|add:".html" %}{% include "jobs/_own.html" %}'
        '{% include "django/forms/widgets/input.html" %}{% translate "a/b.html" %}',
    )
    code = write(
        "jobs/views.py",
        'TEMPLATE = "feedback/_head.html"\nrender(None, "jobs/detail.html")\nX = "a/b"\n',
    )
    edges = template_edges("jobs", [page], [code], template_folders(tmp_path))
    # base.html is the site's frame; jobs' own, Django's and translated strings are no edges.
    assert sorted(edges) == ["debrief", "feedback", "web"]
    assert [p.rpartition(": ")[2] for p in edges["feedback"]] == [
        "{% include 'feedback/_head.html' %}",
        "'feedback/_head.html'",
    ]
    assert template_owner("base.html", template_folders(tmp_path)) is None
