"""eventlens: political event data from news text, offline.

The Python API mirrors the CLI; it lives in `eventlens.api` (`api.ingest`, `api.query_events`,
`api.export`, `api.evaluate`, `api.recode`, `api.actors`, ...). The functions whose names are not also
stage modules are re-exported here, so `eventlens.extract(text, published=...)` works. Nothing heavy
is imported until one of them is used.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

# Not re-exported: ingest, export, evaluate, actors (those names are the stage modules eventlens.ingest,
# eventlens.export, eventlens.evaluate, eventlens.actors; use eventlens.api.<name>).
_API = ("extract", "extract_files", "query_events", "summary", "recode", "import_aliases", "demo", "run", "load")


def __getattr__(name: str) -> Any:
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'eventlens' has no attribute {name!r}")


__all__ = ["__version__", *_API]
