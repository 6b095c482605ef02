"""The values of the enumerated fields that the CLI takes as arguments, as plain tuples.

The CLI checks its arguments against these without loading Django; each Django app's
`choices.py` holds the same values with their translated labels, and
`tests/guards/test_vocabularies.py` fails the moment the two differ. (The stages have their
own module, `rebond.method.stages`, since they carry rules too.)
"""

from __future__ import annotations

# jobs.choices
CHANNELS = (
    "job_board",
    "company_site",
    "referral",
    "network",
    "cold_outreach",
    "recruiter",
    "internal",
    "freelance_platform",
    "other",
)
COMPANY_SIZES = ("micro", "small", "medium", "large", "enterprise")
LEVELS = ("intern", "junior", "mid", "senior", "lead", "manager", "executive")

# network.choices
CONTACT_KINDS = (
    "recruiter",
    "interviewer",
    "hiring_manager",
    "alumni",
    "mentor",
    "peer",
    "former_employee",
    "community",
    "other",
)
INTERACTION_CHANNELS = ("email", "phone", "video", "meeting", "message", "event")

# feedback.choices
FEEDBACK_SOURCES = ("recruiter", "hiring_manager", "mentor", "mock_interview", "self")

# insights.choices
DIMENSIONS = ("channel", "sector", "size", "level")
METRICS = ("answered", "interviewed", "offered")
CHANGE_KINDS = (
    "cv_version",
    "warm_introductions",
    "pitch",
    "targeting",
    "follow_up",
    "other",
)
REPORT_KINDS = ("weekly", "monthly")

# plan.choices
CADENCES = ("weekly", "monthly", "quarterly")
