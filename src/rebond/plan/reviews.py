"""Weekly, monthly and quarterly reviews (C5.3): a guided page pre-filled with what the data
already says, saved as a dated record. The answer to the last question is the objective for
the next period (next step, improvement objective, milestone)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from rebond.accounts.language import playbook_lang
from rebond.insights import hooks
from rebond.insights import services as insights
from rebond.insights.choices import Dimension, Metric
from rebond.method.errors import ServiceError
from rebond.method.plan import review_questions
from rebond.method.plan.today import mood_trend, review_period
from rebond.plan import counts
from rebond.plan.agenda import shared
from rebond.plan.choices import ActionStatus, Cadence
from rebond.plan.models import Action, Review
from rebond.plan.routine import days_done
from rebond.web import typography

if TYPE_CHECKING:
    from rebond.accounts.models import User

TITLES_SHOWN = 8


@dataclass
class Draft:
    """A review ready to answer: the period, the figures, and questions with suggested answers."""

    cadence: Cadence
    start: date
    end: date
    figures: dict[str, Any]
    questions: list[str]
    suggestions: list[str] = field(default_factory=list)
    previous_objective: str = ""

    @property
    def title(self) -> str:
        return str(self.cadence.label)


def _bullets(titles: list[str], more: int) -> str:
    lines = [f"- {t}" for t in titles]
    if more > 0:
        lines.append("- " + _("and %(count)s more") % {"count": more})
    return "\n".join(lines)


def _titles(rows: Any) -> tuple[list[str], int]:
    titles = list(rows.values_list("title", flat=True)[: TITLES_SHOWN + 1])
    count = rows.count() if len(titles) > TITLES_SHOWN else len(titles)
    return titles[:TITLES_SHOWN], count


def _mood(user: User, start: date, end: date) -> list[float]:
    series = hooks.call("mood", user, start, end) or []
    return [value for _day, value in series]


def _breakdown(user: User, dimension: Dimension, start: date, end: date) -> str:
    """The period's applications per channel, sector or level, best answer rate first."""
    rows = insights.breakdown(user, dimension, Metric.ANSWERED, start, end).rows
    return "\n".join(
        f"- {row.label}: {counts.sent(row.view.counts.sent)}, "
        f"{counts.answered(row.view.counts.answered)}"
        for row in rows[:5]
    )


def figures(user: User, start: date, end: date, today: date) -> dict[str, Any]:
    """What the data says about the period: actions, applications, feedback, mood, routine."""
    mine = Action.objects.for_user(user)
    done, done_count = _titles(
        mine.filter(status=ActionStatus.DONE, done_at__date__gte=start, done_at__date__lte=end)
    )
    missed, missed_count = _titles(
        mine.filter(status__in=ActionStatus.open(), due_on__gte=start, due_on__lte=min(end, today))
    )
    funnel = insights.funnel_overview(user, start, end).counts
    feedback = hooks.call("recurring_feedback", user, start, end) or []
    length = (end - start).days + 1
    before = _mood(user, start - timedelta(days=length), start - timedelta(days=1))
    now = _mood(user, start, end)
    return {
        "actions_done": done_count,
        "actions_done_titles": done,
        "actions_missed": missed_count,
        "actions_missed_titles": missed,
        "applications_sent": funnel.sent,
        "applications_answered": funnel.answered,
        "interviews": funnel.interviewed,
        "offers": funnel.offered,
        "feedback_points": sum(n for _point, n in feedback),
        "mood_average": round(sum(now) / len(now), 1) if now else None,
        "mood_trend": mood_trend(before, now),
        "routine_days": len([d for d in days_done(user, start, end)]),
    }


def _summary(f: dict[str, Any]) -> str:
    # Translators: the period's counts, each already worded ("3 actions done", "1 not done"…).
    return _("%(done)s, %(missed)s; %(sent)s, %(answered)s, %(interviews)s; %(feedback)s.") % {
        "done": counts.actions_done(f["actions_done"]),
        "missed": counts.not_done(f["actions_missed"]),
        "sent": counts.applications_sent(f["applications_sent"]),
        "answered": counts.answered(f["applications_answered"]),
        "interviews": counts.interviews(f["interviews"]),
        "feedback": counts.feedback_points(f["feedback_points"]),
    }


def _weekly(user: User, f: dict[str, Any], start: date, end: date) -> list[str]:
    more_done = f["actions_done"] - len(f["actions_done_titles"])
    more_missed = f["actions_missed"] - len(f["actions_missed_titles"])
    return [
        _bullets(f["actions_done_titles"], more_done),
        _bullets(f["actions_missed_titles"], more_missed),
    ]


def _monthly(user: User, f: dict[str, Any], start: date, end: date) -> list[str]:
    return [_summary(f)]


def _quarterly(user: User, f: dict[str, Any], start: date, end: date) -> list[str]:
    # Targets (sectors, sizes), channels, level: what the quarter's figures say about each.
    return [
        _breakdown(user, Dimension.SECTOR, start, end),
        _breakdown(user, Dimension.CHANNEL, start, end),
        _breakdown(user, Dimension.LEVEL, start, end),
    ]


# Suggested answers, question by question; the last question (the objective) stays blank.
_SUGGEST: dict[str, Callable[[Any, dict[str, Any], date, date], list[str]]] = {
    Cadence.WEEKLY: _weekly,
    Cadence.MONTHLY: _monthly,
    Cadence.QUARTERLY: _quarterly,
}


def draft(user: User, cadence: str, day: date, today: date) -> Draft:
    """The review of the week, month or quarter holding `day`, pre-filled as known on `today`."""
    chosen = Cadence(cadence)
    start, end = review_period(chosen.value, day)  # type: ignore[arg-type]
    data = figures(user, start, end, today)
    questions = review_questions(chosen.value, playbook_lang(user))  # type: ignore[arg-type]
    suggested = _SUGGEST[chosen](user, data, start, end)[: len(questions) - 1]
    suggested += [""] * (len(questions) - len(suggested))
    previous = latest(user, chosen)
    return Draft(
        chosen, start, end, data, questions, suggested, previous.objective if previous else ""
    )


def latest(user: User, cadence: str) -> Review | None:
    return Review.objects.for_user(user).filter(cadence=cadence).order_by("-done_at", "-id").first()


@dataclass(frozen=True)
class Newest:
    """When the latest review of a cadence was done, and the objective it set."""

    done_at: datetime
    objective: str


def newest_by_cadence(user: User) -> dict[str, Newest]:
    """The latest review of each cadence (the one `latest` returns), in one read shared within
    a `shared_reads()` block: the Today page's objective and the agenda's next reviews."""

    def read() -> dict[str, Newest]:
        newest = (
            Review.objects.filter(user=OuterRef("user"), cadence=OuterRef("cadence"))
            .order_by("-done_at", "-id")
            .values("pk")[:1]
        )
        rows = (
            Review.objects.for_user(user)
            .filter(pk=Subquery(newest))
            .order_by()
            .values_list("cadence", "done_at", "objective")
        )
        return {cadence: Newest(done_at, objective) for cadence, done_at, objective in rows}

    return shared(("plan.newest_reviews", user.pk), read)


def save(user: User, prepared: Draft, answers: list[str], at: datetime | None = None) -> Review:
    """Keep the review as a dated record with the figures it was based on."""
    if len(answers) != len(prepared.questions):
        raise ServiceError("One answer per question, please.")
    clean = [a.strip() for a in answers]
    return Review.objects.create(
        user=user,
        cadence=prepared.cadence,
        period_start=prepared.start,
        period_end=prepared.end,
        figures=prepared.figures,
        answers=[[q, a] for q, a in zip(prepared.questions, clean, strict=True)],
        objective=clean[-1],
        done_at=at or timezone.now(),
    )


def as_markdown(prepared: Draft) -> str:
    """The pre-filled review as Markdown (the CLI prints it)."""
    f = prepared.figures
    start = date_format(prepared.start, "DAY_MONTH_FORMAT")
    end = date_format(prepared.end, "DAY_MONTH_YEAR_FORMAT")
    lines = [f"# {prepared.title}: {start} → {end}", "", _summary(f)]
    if f["mood_average"] is not None:
        trends = {"up": _("rising"), "down": _("falling")}
        lines.append(
            _("Mood: %(avg)s/10 on average (%(trend)s).")
            % {
                "avg": number_format(f["mood_average"], 1),
                "trend": trends.get(f["mood_trend"], _("steady")),
            }
        )
    if prepared.previous_objective:
        lines += [
            "",
            _("Objective set last time: %(text)s") % {"text": prepared.previous_objective},
        ]
    for question, suggestion in zip(prepared.questions, prepared.suggestions, strict=True):
        lines += ["", f"## {question}", "", suggestion or "…"]
    return typography.text("\n".join(lines) + "\n")
