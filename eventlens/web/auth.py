"""Who may call what: writes need a token (`eventlens token create NAME`); reads are open to
loopback clients and need a token from anywhere else unless the server was started with open reads."""

from __future__ import annotations

import ipaddress

from fastapi import HTTPException, Request

from ..store import Store
from ..store.corrections import token_owner


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return host == "localhost"


def request_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.headers.get("x-eventlens-token", "").strip()


def require_writer(request: Request, store: Store) -> str:
    """The token's owner name (recorded as `who` in the audit table); 401 without a valid token."""
    owner = token_owner(store, request_token(request))
    if owner is None:
        raise HTTPException(status_code=401, detail="a write token is needed: eventlens token create NAME",
                            headers={"WWW-Authenticate": "Bearer"})
    return owner


def require_reader(request: Request, store: Store, open_reads: bool) -> None:
    if open_reads or is_loopback(request.client.host if request.client else None):
        return
    if token_owner(store, request_token(request)) is None:
        raise HTTPException(status_code=401, detail="reads from other hosts need a token",
                            headers={"WWW-Authenticate": "Bearer"})
