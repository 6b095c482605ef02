"""Structured logs for hosted mode: one JSON object per line, for journald or a log shipper.

Only whitelisted attributes are written: a record's `request` (with its POST body), arguments
that a library formats into the message and exception locals never reach the log.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

FIELDS = ("method", "route", "view", "status", "ms", "user_id", "task", "count", "status_code")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            # The template only: its arguments may be personal (a URL with a token, a name).
            "event": str(record.msg),
        }
        entry.update({key: getattr(record, key) for key in FIELDS if hasattr(record, key)})
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = record.exc_info[0].__name__
        return json.dumps(entry, default=str)
