"""The engine's modules define each top-level name once: a second definition of a pattern or a helper further down a
long module silently replaces the first for every use above it (it happened: a new _RANK_AFTER shadowed the rank rule
of regions.py)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(p for p in (ROOT / "etl").rglob("*.py") if "__pycache__" not in p.parts)


def top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(ROOT)) for p in MODULES])
def test_each_top_level_name_is_defined_once(path):
    names = Counter(top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert [name for name, n in names.items() if n > 1] == []
