"""Bounds shared by the list endpoints: an offset beyond what a database index can hold is a
bad request (422), not a server error (PostgreSQL refuses offsets past 2**63 with a 500)."""

from ninja import Field, Query

MAX_OFFSET = 1_000_000


def offset_field() -> int:
    return Field(0, ge=0, le=MAX_OFFSET)


def offset_query() -> int:
    return Query(0, ge=0, le=MAX_OFFSET)
