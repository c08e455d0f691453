"""Errors with stable codes. Only the CLI turns them into exit codes."""

from __future__ import annotations


class EventlensError(Exception):
    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class BadRecord(EventlensError):
    """One input record could not be read; the others are still processed."""

    code = "E100"

    def __init__(self, record: str, reason: str) -> None:
        super().__init__(f"{record}: {reason}")
        self.record = record
        self.reason = reason


class ModelNotInstalled(EventlensError):
    code = "E200"


class GoldNotFound(EventlensError):
    code = "E300"


class StoreError(EventlensError):
    code = "E400"
