from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    COACH = "coach", _("Coach")
    SEEKER = "seeker", _("Job seeker")
    # A coach who also manages the organisation: invites coaches, removes members.
    ADMIN = "admin", _("Organisation admin")


# Roles that may read what a seeker shares with them.
COACHING_ROLES = (Role.COACH, Role.ADMIN)


class Section(models.TextChoices):
    """What a job seeker can share with a coach, each separately (X2)."""

    APPLICATIONS = "applications", _("Applications and funnel")
    PLAN = "plan", _("Plan")
    FEEDBACK = "feedback", _("Feedback")
    NETWORK = "network", _("Network")
    PREPARATION = "preparation", _("Interview preparation")
    # Never offered pre-ticked and never part of "share everything": chosen on its own.
    JOURNAL = "journal", _("Journal and thought records")


class Purpose(models.TextChoices):
    CASELOAD = "caseload", _("Caseload overview")
    SECTION = "section", _("Read the section")
    SUMMARY = "summary", _("Read the summary page")
    COMMENT = "comment", _("Commented")
    # The site's operator opened the person's account or one of their rows in the admin.
    OPERATOR = "operator", _("Site administration")
    INTERVIEWS = "interviews", _("Interviews across the caseload")
    TIMELINE = "timeline", _("Activity timeline")


class ProposalStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted into the plan")
    DECLINED = "declined", _("Declined")
