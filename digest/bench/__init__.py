"""Benchmarks and quality measurements: `digest bench NAME [ARGS...]` runs `digest.bench.NAME.main(ARGS)`.

They read material outside the repository (such as ../shared/corpus/), so they are commands, not tests.
"""

from __future__ import annotations

import importlib
import pkgutil


def available() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def run(name: str, argv: list[str]) -> int:
    if name not in available():
        raise SystemExit(f"error: no benchmark named '{name}'; available: {', '.join(available()) or 'none'}")
    return importlib.import_module(f"digest.bench.{name}").main(argv) or 0
