"""The bounded reader: a parser that runs too long or crashes costs a bounded time, and every
file a person gives goes through it."""

from __future__ import annotations

import contextlib
import os
import time

import pytest

from rebond.documents import bounded
from rebond.method.cv.document import DocumentError


def _slow_parser(data: bytes, filename: str) -> None:
    time.sleep(30)


def _crashing_parser(data: bytes, filename: str) -> None:
    os._exit(3)


def test_it_stops_a_parser_that_runs_too_long(monkeypatch):
    monkeypatch.setattr(bounded, "PARSE_SECONDS", 0.5)
    start = time.perf_counter()
    with pytest.raises(DocumentError, match="took more than"):
        bounded.run_bounded(_slow_parser, b"", "slow.pdf")
    assert time.perf_counter() - start < 5


def test_a_parser_that_crashes_is_a_refusal_not_a_crash():
    with pytest.raises(DocumentError, match="crashed the reader"):
        bounded.run_bounded(_crashing_parser, b"", "crash.pdf")


def test_uploaded_cvs_are_read_in_the_bounded_child(monkeypatch, tmp_path):
    seen = []

    def spy(parser, data, filename):
        seen.append(filename)
        return parser(data, filename)

    monkeypatch.setattr(bounded, "run_bounded", spy)
    from rebond.documents.bounded import read_cv

    pdf = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    with contextlib.suppress(DocumentError):  # an empty PDF is refused: only where it was read
        read_cv(pdf, "cv.pdf")
    assert seen == ["cv.pdf"]
