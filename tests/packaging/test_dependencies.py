"""Every module the app imports at run time comes from a pinned, direct dependency in pyproject.toml.

The plain-pip install itself (Debian's venv and pip, dependencies from the registry) is
packaging/test_plain_pip_install.py, run by .ci/run; these checks are its fast, offline half.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, distribution, packages_distributions
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGE = REPO_ROOT / "reader_app"

OPTIONAL_MODULES = {"spacy"}
"""Used only when installed (looked up with importlib.util.find_spec first); never required."""


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9_.-]+", requirement)
    assert match, requirement
    return _normalise(match.group(0))


def _declared() -> dict[str, str]:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_requirement_name(requirement): requirement for requirement in project["dependencies"]}


def _imported_top_level_modules() -> set[str]:
    modules: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    return {m for m in modules if m not in sys.stdlib_module_names and m != "reader_app"}


def test_every_dependency_is_pinned_exactly() -> None:
    for name, requirement in _declared().items():
        assert re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][A-Za-z0-9.]*", requirement), f"{name}: pin it exactly"


def test_every_imported_module_comes_from_a_direct_dependency() -> None:
    owners = packages_distributions()
    declared = _declared()
    for module in sorted(_imported_top_level_modules() - OPTIONAL_MODULES):
        distributions = {_normalise(d) for d in owners.get(module, [])}
        assert distributions, f"{module} is imported but no installed distribution provides it"
        assert distributions & set(declared), f"{module} (from {sorted(distributions)}) is not a direct dependency"


def _requires(name: str) -> list[str]:
    try:
        return list(distribution(name).requires or [])
    except PackageNotFoundError:
        return []


def test_dependencies_reached_through_an_extra_are_declared_directly() -> None:
    """pip before 23.3 does not match `lxml[html_clean]` (justext's spelling) with lxml's `html-clean` extra, so what
    such an extra brings in is missing from a plain install unless the project names it itself."""
    declared = set(_declared())
    seen: set[str] = set()
    pending = sorted(declared)
    missing: list[str] = []
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        for requirement in _requires(name):
            spec, _, marker = requirement.partition(";")
            if "extra ==" in marker or ("sys_platform" in marker and "linux" not in marker):
                continue
            wanted = _requirement_name(spec)
            pending.append(wanted)
            extras = re.search(r"\[([^\]]+)\]", spec)
            if not extras:
                continue
            for extra in (_normalise(e) for e in extras.group(1).split(",")):
                for extra_requirement in _requires(wanted):
                    extra_spec, _, extra_marker = extra_requirement.partition(";")
                    named = re.findall(r"""extra\s*==\s*["']([^"']+)["']""", extra_marker)
                    if extra in {_normalise(n) for n in named} and _requirement_name(extra_spec) not in declared:
                        missing.append(f"{_requirement_name(extra_spec)} (via {name}: {spec.strip()})")
    assert not missing, f"declare directly: {missing}"
