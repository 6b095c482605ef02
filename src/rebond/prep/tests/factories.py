"""A tiny keyword-default factory for preparation rows."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.utils import timezone

from rebond.jobs import services as jobs
from rebond.jobs.tests.factories import make_application
from rebond.prep.models import PitchVersion, Story
from rebond.prep.services import mocks

GOOD_STORY = {
    "title": "Stock-outs at Acme",
    "situation": "At Acme in 2023, a chain of forty shops, the best sellers ran out every "
    "week and the buyers spent their Mondays calling suppliers in a hurry.",
    "task": "My role was to cut stock-outs before the summer season, without adding stock "
    "that would sit in the back rooms.",
    "actions": "I analysed two years of sales by shop and by week. I built a simple weekly "
    "forecast in SQL, checked it against the last season, and showed the buyers where it "
    "was wrong. Then I trained the six store managers to reorder from it every Friday, and "
    "I set up a short report so that they could see their own results.",
    "result": "As a result, stock-outs fell by 30% in three months and sales rose by 4%, "
    "while the stock level stayed the same.",
    "learnings": "I learned to start from the people who will use the tool, and to show "
    "them early where the numbers come from.",
    "transfer": "In your team, I would apply the same approach to your supply planning, "
    "starting with the products that sell the most.",
    "tags": "SQL, forecasting",
}

VTT = """WEBVTT

00:00:00.000 --> 00:00:03.000
<v Q>Tell me about yourself.

00:00:03.500 --> 00:00:20.000
<v Ana>Um, I am a data analyst. I help retailers cut stock-outs, and last year we cut them by 30%.

00:00:26.000 --> 00:00:28.000
<v Q>Why us?

00:00:28.500 --> 00:00:40.000
<v Ana>Because, you know, your supply chain is a problem I like to solve.
"""


def make_story(user: Any, **fields: Any) -> Story:
    return Story.objects.create(user=user, **{**GOOD_STORY, **fields})


def make_pitch(user: Any, text: str = "I'm a data analyst.", kind: str = "pitch", **fields: Any):
    return PitchVersion.objects.create(user=user, kind=kind, text=text, **fields)


def make_session(user: Any, text: str = VTT, title: str = "Practice", **fields: Any):
    return mocks.create_session(user, title=title, text=text, **fields)


def make_interview(user: Any, *, when: datetime | None = None, **fields: Any):
    application = make_application(
        user,
        job_description=fields.pop(
            "job_description", "Profil recherché :\n- Maîtrise de SQL\n- Gestion de projet"
        ),
    )
    return jobs.log_interview(
        application, scheduled_at=when or timezone.now() + timedelta(days=2), **fields
    )
