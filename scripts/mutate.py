"""A small AST mutation runner over ``pps_monitor/domain/`` (issue 10: tests that pin the numbers).

Each mutant changes one thing in one file (a comparison, an operator, a constant, an
index, a boolean, an ``abs``/``min``/``max`` call), the domain and CLI tests run
against it, and the mutant is *killed* when they fail (or time out) and *survives*
when they pass. Survivors are either killed by a new test or explained as equivalent.

The mutated file lives in a private copy of the checkout (one per worker), made when
the run starts, so the working tree is never touched (and may be edited meanwhile);
the copy is imported first through PYTHONPATH.

    python scripts/mutate.py                     # every mutant, 2 workers
    python scripts/mutate.py --max 60 --seed 1   # a reproducible sample of 60
    python scripts/mutate.py --files scoring.py change.py --jobs 2 --timeout 120
    python scripts/mutate.py --match "scoring.py:(71|166):"   # only these lines
    python scripts/mutate.py --list              # only list the mutants
"""

from __future__ import annotations

import argparse
import ast
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = ROOT / "pps_monitor" / "domain"
SKIP_FILES = {"__init__.py", "vocabulary.py"}
TESTS = ["tests/domain", "tests/test_cli.py"]
PYTEST = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *TESTS]
PRAGMA = "no mutate"

COMPARE_SWAP: dict[type, type] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}
BINOP_SWAP: dict[type, type] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div,
    ast.Pow: ast.Mult,
    ast.Mod: ast.FloorDiv,
}
SYMBOL: dict[type, str] = {
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Is: "is",
    ast.IsNot: "is not",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.FloorDiv: "//",
    ast.Pow: "**",
    ast.Mod: "%",
    ast.And: "and",
    ast.Or: "or",
}
INDEX_SWAP = {-1: -2, -2: -1, 0: 1, 1: 0}
CALL_SWAP = {"min": "max", "max": "min"}


@dataclass(frozen=True)
class Mutant:
    path: Path
    site: int  # the site-th mutation found in this file (stable for one source text)
    line: int
    description: str

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def _span(node: ast.AST) -> range:
    start = getattr(node, "lineno", 0)
    return range(start, (getattr(node, "end_lineno", None) or start) + 1)


def _docstring(node: ast.AST) -> ast.AST | None:
    body = getattr(node, "body", None)
    if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
        value = body[0].value
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            return body[0]
    return None


def _annotations(node: ast.AST) -> list[ast.AST]:
    if isinstance(node, ast.AnnAssign):
        return [node.annotation]
    if isinstance(node, ast.arg) and node.annotation is not None:
        return [node.annotation]
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns is not None:
        return [node.returns]
    return []


def _is_dunder_all(node: ast.AST) -> bool:
    return isinstance(node, ast.Assign) and any(
        isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
    )


def _skipped_lines(source: str, tree: ast.Module) -> set[int]:
    """Docstrings, annotations, ``__all__`` and lines marked ``# no mutate``."""
    lines = {i for i, text in enumerate(source.splitlines(), 1) if PRAGMA in text}
    for node in ast.walk(tree):
        skipped = [*_annotations(node)]
        doc = _docstring(node)
        if doc is not None:
            skipped.append(doc)
        if _is_dunder_all(node):
            skipped.append(node)
        for part in skipped:
            lines.update(_span(part))
    return lines


class _Sites(ast.NodeTransformer):
    """Walk the tree in a fixed order; count mutation sites and apply the ``target``-th."""

    def __init__(self, skip: set[int], target: int | None = None) -> None:
        self.skip = skip
        self.target = target
        self.found: list[tuple[int, str]] = []
        self.applied: str | None = None

    def _site(self, node: ast.AST, description: str) -> bool:
        """Record a site; True when it is the one to apply now."""
        line = getattr(node, "lineno", 0)
        if line in self.skip:
            return False
        index = len(self.found)
        self.found.append((line, description))
        if index == self.target:
            self.applied = description
            return True
        return False

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        for k, op in enumerate(node.ops):
            new = COMPARE_SWAP.get(type(op))
            if new and self._site(node, f"{SYMBOL[type(op)]} -> {SYMBOL[new]}"):
                node.ops[k] = new()
        return node

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        self.generic_visit(node)
        new = BINOP_SWAP.get(type(node.op))
        if new and self._site(node, f"{SYMBOL[type(node.op)]} -> {SYMBOL[new]}"):
            node.op = new()
        return node

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        self.generic_visit(node)
        new = ast.Or if isinstance(node.op, ast.And) else ast.And
        if self._site(node, f"{SYMBOL[type(node.op)]} -> {SYMBOL[new]}"):
            node.op = new()
        return node

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.op, ast.Not) and self._site(node, "not x -> x"):
            return node.operand
        if (
            isinstance(node.op, ast.USub)
            and not isinstance(node.operand, ast.Constant)
            and self._site(node, "-x -> x")
        ):
            return node.operand
        return node

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        name = node.func.id if isinstance(node.func, ast.Name) else None
        if name == "abs" and len(node.args) == 1 and self._site(node, "abs(x) -> x"):
            return node.args[0]
        if name in CALL_SWAP and self._site(node, f"{name}() -> {CALL_SWAP[name]}()"):
            node.func = ast.Name(id=CALL_SWAP[name], ctx=ast.Load())
        return node

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        index = _int_value(node.slice)
        if index in INDEX_SWAP:
            if self._site(node, f"[{index}] -> [{INDEX_SWAP[index]}]"):
                node.slice = _int_node(INDEX_SWAP[index])
            node.value = self.visit(node.value)
            return node  # the index itself is not mutated again as a constant
        self.generic_visit(node)
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        value = node.value
        if isinstance(value, bool):
            if self._site(node, f"{value} -> {not value}"):
                return ast.Constant(not value)
        elif isinstance(value, int) and abs(value) <= 100:
            for new in (value + 1, value - 1):
                if self._site(node, f"{value} -> {new}"):
                    return ast.Constant(new)
        elif isinstance(value, float) and abs(value) <= 100:
            for shifted in (round(value + 0.01, 10), round(value - 0.01, 10)):
                if self._site(node, f"{value} -> {shifted}"):
                    return ast.Constant(shifted)
        return node


def _int_value(node: ast.AST) -> int | None:
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub)
        and isinstance(node.operand, ast.Constant)
        and type(node.operand.value) is int
    ):
        return -node.operand.value
    return None


def _int_node(value: int) -> ast.expr:
    if value < 0:
        return ast.UnaryOp(op=ast.USub(), operand=ast.Constant(-value))
    return ast.Constant(value)


def mutants_of(path: Path) -> Iterator[Mutant]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    sites = _Sites(_skipped_lines(source, tree))
    sites.visit(tree)
    for index, (line, description) in enumerate(sites.found):
        yield Mutant(path, index, line, description)


def mutated_source(mutant: Mutant, source: str) -> str:
    """``source`` is the file as it was when the mutants were listed (the copy's)."""
    tree = ast.parse(source)
    sites = _Sites(_skipped_lines(source, tree), target=mutant.site)
    tree = ast.fix_missing_locations(sites.visit(tree))
    if sites.applied != mutant.description:
        raise RuntimeError(f"{mutant.where}: site moved ({sites.applied} != {mutant.description})")
    return ast.unparse(tree) + "\n"


def make_copy(base: Path) -> Path:
    """A private checkout: the package, its tests and resources, and the pytest config."""
    base.mkdir(parents=True)
    for name in ("pps_monitor", "tests", "resources", "benchmarks"):
        shutil.copytree(ROOT / name, base / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "pyproject.toml", base / "pyproject.toml")
    return base


def run_tests(copy: Path, timeout: float) -> tuple[str, float]:
    env = {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.monotonic()
    try:
        done = subprocess.run(
            PYTEST, cwd=copy, env=env, capture_output=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return "killed (timeout)", time.monotonic() - start
    return ("survived" if done.returncode == 0 else "killed"), time.monotonic() - start


def check_mutant(mutant: Mutant, copy: Path, timeout: float) -> str:
    target = copy / mutant.path.relative_to(ROOT)
    original = target.read_bytes()
    try:
        target.write_text(mutated_source(mutant, original.decode("utf-8")), encoding="utf-8")
        outcome, _ = run_tests(copy, timeout)
    finally:
        target.write_bytes(original)
    return outcome


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--files", nargs="*", help="file names under pps_monitor/domain/")
    parser.add_argument("--max", type=int, default=None, help="check a random sample of N")
    parser.add_argument("--seed", type=int, default=20261202)
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per test run")
    parser.add_argument(
        "--match", default=None, help="only mutants whose 'file:line: mutation' matches (regex)"
    )
    parser.add_argument("--list", action="store_true", help="list the mutants and stop")
    return parser.parse_args(argv)


def select(args: argparse.Namespace) -> tuple[list[Mutant], int]:
    """The mutants to check, and how many there are in the chosen files."""
    files = (
        [DOMAIN / name for name in args.files]
        if args.files
        else sorted(p for p in DOMAIN.glob("*.py") if p.name not in SKIP_FILES)
    )
    mutants = [m for path in files for m in mutants_of(path)]
    if args.match:
        pattern = re.compile(args.match)
        mutants = [m for m in mutants if pattern.search(f"{m.where}: {m.description}")]
    total = len(mutants)
    if args.max is not None and args.max < total:
        mutants = sorted(
            random.Random(args.seed).sample(mutants, args.max),
            key=lambda m: (str(m.path), m.site),
        )
    return mutants, total


def check_all(mutants: list[Mutant], jobs: int, timeout: float) -> list[tuple[Mutant, str]] | None:
    """Run every mutant in private copies; None when the unmutated tests already fail."""
    with tempfile.TemporaryDirectory(prefix="pps-mutate-") as tmp:
        copies = [make_copy(Path(tmp) / f"w{k}") for k in range(max(1, jobs))]
        outcome, seconds = run_tests(copies[0], timeout * 3)
        if outcome != "survived":
            return None
        print(f"baseline: tests pass in {seconds:.1f} s; checking {len(mutants)} mutants")
        free = list(copies)

        def work(m: Mutant) -> tuple[Mutant, str]:
            copy = free.pop()
            try:
                return m, check_mutant(m, copy, timeout)
            finally:
                free.append(copy)

        results = []
        with ThreadPoolExecutor(max_workers=len(copies)) as pool:
            for m, outcome in pool.map(work, mutants):
                results.append((m, outcome))
                print(f"{outcome:<17} {m.where}: {m.description}", flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    mutants, total = select(args)
    if args.list:
        for m in mutants:
            print(f"{m.where}: {m.description}")
        print(f"{len(mutants)} of {total} mutants")
        return 0
    start = time.monotonic()
    results = check_all(mutants, args.jobs, args.timeout)
    if results is None:
        print("the tests fail without any mutation; fix them first", file=sys.stderr)
        return 2
    survivors = [m for m, outcome in results if outcome == "survived"]
    print(
        f"\n{len(results)} of {total} mutants checked, {len(results) - len(survivors)} killed, "
        f"{len(survivors)} survived ({time.monotonic() - start:.0f} s)"
    )
    for m in survivors:
        print(f"  SURVIVED {m.where}: {m.description}")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
