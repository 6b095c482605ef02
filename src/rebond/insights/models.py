from __future__ import annotations

from datetime import date, timedelta

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from rebond.accounts.ownership import OwnedModel
from rebond.insights.choices import ChangeKind, Metric


class Experiment(OwnedModel):
    """One change tried for a while, compared with the period just before it (C1.4).

    The baseline is the same number of days immediately before `start`, unless set otherwise.
    """

    title = models.CharField(_("name"), max_length=120)
    hypothesis = models.TextField(
        _("hypothesis"), help_text=_("What you expect to happen, and why.")
    )
    change = models.CharField(
        _("the one change"), max_length=24, choices=ChangeKind.choices, default=ChangeKind.OTHER
    )
    change_detail = models.CharField(_("details of the change"), max_length=300, blank=True)
    metric = models.CharField(
        _("metric"), max_length=12, choices=Metric.choices, default=Metric.ANSWERED
    )
    start = models.DateField(_("start"))
    end = models.DateField(_("end"))
    baseline_start = models.DateField(_("baseline start"))
    baseline_end = models.DateField(_("baseline end"))
    stopped_on = models.DateField(_("stopped on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("experiment")
        verbose_name_plural = _("experiments")
        ordering = ["-start", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="experiment_end_after_start"
            ),
            models.CheckConstraint(
                condition=models.Q(baseline_end__lt=models.F("start")),
                name="experiment_baseline_before_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("insights:experiment", args=[self.pk])

    @property
    def last_day(self) -> date:
        """The day the trial period really ends: the planned end, or the day it was stopped."""
        return min(self.end, self.stopped_on) if self.stopped_on else self.end

    def is_over(self, today: date) -> bool:
        return self.stopped_on is not None or today > self.end

    def has_started(self, today: date) -> bool:
        return today >= self.start


def default_baseline(start: date, end: date) -> tuple[date, date]:
    """The same number of days as the trial, just before it."""
    length = (end - start).days + 1
    return start - timedelta(days=length), start - timedelta(days=1)
