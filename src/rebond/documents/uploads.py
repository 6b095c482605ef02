"""Upload bounds for CV files: refuse a large body before reading it.

Django only reads a request body when something touches `request.POST` or `request.FILES`;
the upload view checks `Content-Length` first, and this handler (inserted before Django's
own) stops a multipart stream whose file part grows past the limit anyway (chunked bodies,
a lying header), so at most `limit` + one chunk is ever read into memory or a temporary file.
"""

from __future__ import annotations

from typing import Any

from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import HttpRequest

# The multipart envelope (boundaries, the label field) adds a few kilobytes to the file.
ENVELOPE_BYTES = 64 * 1024


class BoundedUploadHandler(FileUploadHandler):
    chunk_size = 64 * 1024

    def __init__(self, limit: int, request: HttpRequest | None = None) -> None:
        super().__init__(request)
        self.limit = limit
        self.received = 0
        self.exceeded = False

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        self.received += len(raw_data)
        if self.received > self.limit:
            self.exceeded = True
            raise StopUpload(connection_reset=True)
        return raw_data

    def file_complete(self, file_size: int) -> Any:
        return None  # the next handler (memory or temporary file) builds the file


def declared_too_large(request: HttpRequest, limit: int) -> bool:
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > limit + ENVELOPE_BYTES
