"""eventlens: political event data from news text, offline.

The Python API mirrors the CLI (see `eventlens.api`): `eventlens.extract(text, published=...)`,
`eventlens.ingest(paths, db=...)`, `eventlens.query_events(...)`, `eventlens.export(...)`,
`eventlens.evaluate(gold, split=...)`, `eventlens.recode(...)`.
Nothing heavy is imported until one of them is used.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

# (`actors` is the name of the actors stage package: use eventlens.api.actors for the registry listing.)
_API = ("extract", "extract_files", "ingest", "query_events", "summary", "export", "evaluate", "recode",
        "import_aliases", "demo", "run", "load")


def __getattr__(name: str) -> Any:
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'eventlens' has no attribute {name!r}")


__all__ = ["__version__", *_API]
