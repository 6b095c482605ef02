"""Links to many rows of one route, at the cost of a single reverse()."""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse


class PkUrl:
    """`reverse(name, args=[pk])` for any pk of an `<int:pk>` route, from one reverse() made
    with a marker number: the URL around the marker is kept and the pk is put in its place.

    Lists, boards and agendas link hundreds of rows; one reverse() each was a visible share of
    their time. Make one per request (the script prefix and the language may change)."""

    _MARKER = 8_642_097_531_864_209_753

    def __init__(self, name: str) -> None:
        marker = str(self._MARKER)
        url = reverse(name, args=[self._MARKER])
        if url.count(marker) != 1:
            raise ImproperlyConfigured(f"{name} does not take one integer argument: {url}")
        self._head, _, self._tail = url.partition(marker)

    def __call__(self, pk: int) -> str:
        return f"{self._head}{int(pk)}{self._tail}"
