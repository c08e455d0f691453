"""Corpus-scale runs: Dask partitions -> Parquet run directory -> store (`eventlens run`, `load`)."""

from __future__ import annotations

from eventlens.scale.load import LoadResult, load_run
from eventlens.scale.runner import SYNCHRONOUS, RunResult, run_corpus

__all__ = ["SYNCHRONOUS", "LoadResult", "RunResult", "load_run", "run_corpus"]
