"""The layers of the package, as a contract read from the imports of its source.

Imports only point down::

    cli
    batch, dask, check, evaluate        the engines
    profile, the package's public API   what stands on the pipeline
    pipeline                            the ordered stage registry
    stages, html, writers               side by side: html never imports stages
    text                                pure readers
    data                                tables
    model, options, doc, errors, ...    records, and what every layer may use; among them, no cycle

Every import counts, those inside functions too, so a lazy import cannot hide a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "article_clean"

#: Each module's layer, by the longest prefix of its dotted name; a higher layer stands above.
LAYERS = {
    "article_clean.__main__": 8,
    "article_clean.cli": 7,
    "article_clean.batch": 6, "article_clean.dask": 6, "article_clean.check": 6, "article_clean.evaluate": 6,
    "article_clean": 5, "article_clean.profile": 5,
    "article_clean.pipeline": 4,
    "article_clean.stages": 3, "article_clean.html": 3, "article_clean.writers": 3,
    "article_clean.text": 2,
    "article_clean.data": 1,
    "article_clean.model": 0, "article_clean.accounting": 0, "article_clean.options": 0, "article_clean.doc": 0,
    "article_clean.errors": 0, "article_clean.exitcodes": 0, "article_clean.reasons": 0, "article_clean.rules": 0,
    "article_clean.reader": 0, "article_clean.sources": 0, "article_clean.atomic": 0,
}
#: The layer of records, whose modules may import each other.
FLOOR = 0
#: Imports between packages of one layer that the contract allows, as (importer, imported) prefixes.
ACROSS = {
    ("article_clean.dask", "article_clean.batch"),  # the cluster engine reuses the local one's outcomes
    ("article_clean.check", "article_clean.batch"),
    ("article_clean.stages.html", "article_clean.html"),  # the html stage is the HTML reader's one caller
}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(("article_clean", *path.relative_to(PACKAGE).with_suffix("").parts))
        found[name.removesuffix(".__init__")] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The package's modules that ``name`` imports, anywhere in its source."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join([*base, *([node.module] if node.module else [])])
            names = [f"{target}.{alias.name}" for alias in node.names]
            found.update(n for n in names if n in MODULES)
            if target in MODULES and not any(n in MODULES for n in names):
                found.add(target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in MODULES)
    return found - {name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _layer(name: str) -> tuple[str, int]:
    prefix = max((p for p in LAYERS if name == p or name.startswith(p + ".")), key=len)
    return prefix, LAYERS[prefix]


def _package(name: str) -> str:
    """The part of the package a module belongs to: ``article_clean.html.score`` -> ``article_clean.html``."""
    parts = name.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else name


def test_every_module_has_a_layer():
    assert all(_layer(name) for name in MODULES)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_point_down(name):
    _, own = _layer(name)
    wrong = []
    for target in sorted(GRAPH[name]):
        _, theirs = _layer(target)
        same_package = _package(target) == _package(name)
        allowed = any(name.startswith(a) and target.startswith(b) for a, b in ACROSS)
        across = theirs == own and own > FLOOR and not same_package and not allowed
        if theirs > own or across:
            wrong.append(target)
    assert not wrong, f"{name} imports {wrong}, which do not stand below it"


def test_no_import_cycles():
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    assert not cycles, f"import cycles: {cycles}"


def test_the_contract_can_fail():
    """The check sees a lazy import inside a function: the pipeline's imports of the stages are such."""
    assert "article_clean.stages.reflow" in GRAPH["article_clean.pipeline"]
    assert _layer("article_clean.html.score")[1] == _layer("article_clean.stages.reflow")[1]
