"""The method's layout holds: sub-packages by concept, no import loop, no private name imported
from another module (issue 20, item 5; the picture is in docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
METHOD = SRC / "rebond" / "method"


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _sources(root: Path) -> dict[str, Path]:
    paths = sorted(root.rglob("*.py"))
    return {_module_name(p): p for p in paths if "tests" not in p.relative_to(root).parts}


def _imports(here: str, path: Path, known: dict[str, Path]) -> set[str]:
    """Modules of `known` that `path` imports, at module level or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    found = {name for name in found if name in known}
    # Importing `a.b.c` first runs the package `a.b`'s __init__: from outside that package, an
    # edge to it too (inside, the package is already being imported).
    packages = {name.rsplit(".", 1)[0] for name in found if "." in name}
    return found | {
        package
        for package in packages
        if package in known and not (here == package or here.startswith(f"{package}."))
    }


def import_loops(modules: dict[str, Path]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    graph = {name: _imports(name, path, modules) - {name} for name, path in modules.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    loops: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                loops.append(sorted(group))

    for name in graph:
        if name not in index:
            visit(name)
    return loops


def test_no_import_loop_in_the_method_even_through_imports_inside_functions():
    assert import_loops(_sources(METHOD)) == []


def test_the_loop_finder_finds_a_loop(tmp_path):
    package = tmp_path / "rebond" / "method"
    package.mkdir(parents=True)
    (package / "a.py").write_text("def f():\n    from rebond.method.b import g\n")
    (package / "b.py").write_text("from rebond.method import a\n")
    modules = {f"rebond.method.{p.stem}": p for p in package.glob("*.py")}
    # `_imports` reads the names from the files; only the graph's shape matters here.
    assert import_loops(modules) == [["rebond.method.a", "rebond.method.b"]]


def test_no_flat_module_beside_the_package_of_its_concept():
    packages = {p.name for p in METHOD.iterdir() if (p / "__init__.py").exists()}
    strays = [
        p.name
        for p in METHOD.glob("*.py")
        if any(p.stem.startswith(f"{package}_") for package in packages)
    ]
    assert strays == []


def private_imports(modules: dict[str, Path]) -> list[str]:
    """`from other_module import _private`: a helper used across modules is public."""
    found = []
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module != name:
                found += [
                    f"{name}: {node.module}.{alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_") and not alias.name.startswith("__")
                ]
    return found


def test_no_private_name_is_imported_from_another_module():
    assert private_imports(_sources(SRC / "rebond")) == []


def test_the_picture_in_docs_names_every_package_and_module_of_the_method():
    docs = (SRC.parent / "docs" / "architecture.md").read_text()
    picture = docs.split("<!-- method-layout")[1].split("```")[1]
    lines = picture.strip().splitlines()[1:]  # below "method/"
    named = {line.split()[0].rstrip("/") for line in lines if line.split()[0].endswith("/")}
    named |= {word.rstrip(",:") for word in picture.split() if word.endswith((".py,", ".py:"))}
    packages = {p.name for p in METHOD.iterdir() if (p / "__init__.py").exists()} - {"tests"}
    modules = {p.name for p in METHOD.glob("*.py") if p.name != "__init__.py"}
    assert named == packages | modules
