"""YAML for the lexicons: PyYAML's safe loader, in C when PyYAML was built with libyaml.

The pure-Python loader took ~0.9 s of CPU to read the lexicons at every process start (each Dask
worker, each CLI call); the C one reads the same data in a tenth of that (tests/test_yamlload.py
checks that both loaders give the same objects for every lexicon file).
"""

from __future__ import annotations

from typing import Any

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a SafeLoader (C or Python)
