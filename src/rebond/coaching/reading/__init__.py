"""What a coach reads of a shared section: the person's own views, read-only, in the coach's
language and time zone (issue 23).

Each section has its reader, `read(seeker, rows, now) -> context`. A reader takes the rows
`sections.tables` gives for the section (ROW_RULES applied: the one source of what a section
holds) and calls the person's own public services only for figures made of that section's data
(the board and funnel of the applications, the recurring points of the feedback, the mood chart
of the journal), so a view may show less than the section, never more.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from rebond.coaching.choices import Section
from rebond.coaching.readable import Rows
from rebond.coaching.reading import applications, feedback, journal, network, plan, preparation

if TYPE_CHECKING:
    from rebond.accounts.models import User

Reader = Callable[[Any, Rows, datetime], dict[str, Any]]

READERS: dict[str, Reader] = {
    Section.APPLICATIONS: applications.read,
    Section.PLAN: plan.read,
    Section.FEEDBACK: feedback.read,
    Section.NETWORK: network.read,
    Section.PREPARATION: preparation.read,
    Section.JOURNAL: journal.read,
}


def read(section: str, seeker: User, rows: Rows, now: datetime) -> dict[str, Any]:
    return READERS[section](seeker, rows, now)
