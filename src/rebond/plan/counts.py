"""Counts in words, each with its own plural: French writes « 0 offre », « 1 envoyée »,
« 2 envoyées », which one sentence holding four numbers cannot say."""

from __future__ import annotations

from django.utils.formats import number_format
from django.utils.translation import ngettext


def _n(count: int) -> dict[str, str]:
    return {"n": number_format(count, force_grouping=True)}


def sent(count: int) -> str:
    return ngettext("%(n)s sent", "%(n)s sent", count) % _n(count)


def applications_sent(count: int) -> str:
    return ngettext("%(n)s application sent", "%(n)s applications sent", count) % _n(count)


def answered(count: int) -> str:
    return ngettext("%(n)s answered", "%(n)s answered", count) % _n(count)


def interviewed(count: int) -> str:
    return ngettext("%(n)s interviewed", "%(n)s interviewed", count) % _n(count)


def interviews(count: int) -> str:
    return ngettext("%(n)s interview", "%(n)s interviews", count) % _n(count)


def offers(count: int) -> str:
    return ngettext("%(n)s offer", "%(n)s offers", count) % _n(count)


def actions_done(count: int) -> str:
    return ngettext("%(n)s action done", "%(n)s actions done", count) % _n(count)


def not_done(count: int) -> str:
    return ngettext("%(n)s not done", "%(n)s not done", count) % _n(count)


def feedback_points(count: int) -> str:
    return ngettext("%(n)s feedback point", "%(n)s feedback points", count) % _n(count)
