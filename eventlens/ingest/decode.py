"""Bytes to text: UTF-8 first, then the legacy Western encodings real news files use, else a bad record.

Why not a charset guesser: on short news texts guessers flip between cp1252, latin-1 and exotic
code pages; the files we meet are UTF-8 (with or without BOM), UTF-16 with a BOM, or cp1252/latin-1
exports from older CMSs. Anything else is reported, not guessed at.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from ..errors import BadRecord

# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy encodings tried in order when the bytes are not UTF-8. cp1252 is a superset of latin-1's
# printable range, so it goes first; latin-1 decodes anything, so its output is checked for sanity.
_LEGACY = ("cp1252", "latin-1")
# Text whose control characters (other than tab/newline/CR/form feed) exceed this share is not text.
_MAX_CONTROL_SHARE = 0.01
_SNIFF_BYTES = 1 << 16


@dataclass
class Decoded:
    text: str
    encoding: str
    # A one-line note when the text was not UTF-8 (the caller logs it); None for UTF-8.
    warning: str | None = None


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:_SNIFF_BYTES]
    bad = sum(1 for ch in sample if ch not in "\t\n\r\f" and unicodedata.category(ch) == "Cc")
    return bad / len(sample)


def decode_bytes(data: bytes, record: str) -> Decoded:
    """Decode a whole file. Raises BadRecord (empty, binary, undecodable) naming `record`."""
    if not data.strip():
        raise BadRecord(record, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise BadRecord(record, f"undecodable bytes: starts with a {encoding} byte-order mark "
                                        f"but byte {exc.start} is invalid") from None
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise BadRecord(record, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        if _control_share(text) > _MAX_CONTROL_SHARE:
            raise BadRecord(record, "binary file (mostly control characters), not text")
        return Decoded(text, "utf-8")
    for encoding in _LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _control_share(text) <= _MAX_CONTROL_SHARE:
            return Decoded(text, encoding, f"not UTF-8 (byte {utf8_error.start}); decoded as {encoding}")
    raise BadRecord(record, f"undecodable bytes: not UTF-8 (invalid byte at offset {utf8_error.start}) "
                            "and not cp1252/latin-1 text")


def decode_line(raw: bytes) -> Decoded:
    """One line of a line-oriented file (JSONL), decoded on its own so one legacy-encoded line
    neither spoils nor re-encodes its neighbours. Raises UnicodeDecodeError when nothing fits."""
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    for encoding in _LEGACY:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _control_share(text) <= _MAX_CONTROL_SHARE:
            return Decoded(text, encoding, f"not UTF-8 (byte {utf8_error.start}); decoded as {encoding}")
    raise utf8_error
