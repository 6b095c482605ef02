"""Use cases of the action plan (C5.1–C5.4), shared by the web views, the API and the CLI.

Other apps turn lessons into actions through `create_action` and `create_sprint`; their
signatures are documented in docs/plan.md. Reviews, the routine, Today and the calendar feed
live in their own modules (reviews.py, routine.py, today.py, feed.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from rebond.accounts.language import playbook_lang
from rebond.method import plan as method_plan
from rebond.method.errors import ServiceError
from rebond.method.plan import ActionDraft, SprintLoad
from rebond.plan.agenda import shared
from rebond.plan.choices import ActionStatus, Axis, Theme
from rebond.plan.models import Action, Sprint

if TYPE_CHECKING:
    from rebond.accounts.models import User
    from rebond.method.text.language import Lang


@dataclass(frozen=True)
class Lesson:
    """A lesson to act on: its feedback theme and checklist dimension, and where it came from."""

    theme: str
    dimension: str
    source_kind: str = ""
    source_id: int | None = None


def covers(sprint: Sprint | None, due_on: date | None) -> bool:
    """Whether an action due on `due_on` fits in `sprint` (an undated action fits any)."""
    if sprint is None or due_on is None:
        return True
    return sprint.starts_on <= due_on <= sprint.ends_on


def create_action(
    user: User,
    *,
    title: str,
    axis: str,
    theme: str,
    target: str = "",
    due_on: date | None = None,
    source_kind: str = "",
    source_id: int | None = None,
    sprint: Sprint | None = None,
    hours: float = 0,
    template_id: str = "",
    follows: Action | None = None,
) -> Action:
    """Add one action to the person's plan; ValueError for an empty title or unknown axis/theme.

    The action joins `sprint` only when it falls due within the sprint's dates (or has no due
    date): a step due in five weeks added during a sprint stays in the plan, outside it."""
    clean = " ".join(title.split())
    if not clean:
        raise ServiceError("An action needs a title.")
    if axis not in Axis.values:
        raise ServiceError(f"Unknown axis {axis!r}.")
    if theme not in Theme.values:
        raise ServiceError(f"Unknown theme {theme!r}.")
    if sprint is not None and sprint.user_id != user.pk:
        raise ServiceError("That sprint belongs to someone else.")
    if not covers(sprint, due_on):
        sprint = None  # due after the sprint (or before it): a sprint's dates cover its actions
    return Action.objects.create(
        user=user,
        title=clean[:300],
        axis=axis,
        theme=theme,
        target=target.strip()[:200],
        due_on=due_on,
        source_kind=source_kind,
        source_id=source_id,
        sprint=sprint,
        hours=max(0.0, float(hours)),
        template_id=template_id,
        follows=follows,
    )


def _from_draft(user: User, draft: ActionDraft, **extra: Any) -> Action:
    return create_action(
        user,
        title=draft.title,
        axis=draft.axis,
        theme=draft.theme,
        target=draft.target_text,
        due_on=draft.due,
        hours=draft.hours,
        template_id=draft.template_id,
        **extra,
    )


def open_actions(user: User) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Every open action of the person, as (column names, rows of every column) in id order:
    one read shared within a `shared_reads()` block (the Today page's next best action and the
    agenda's actions source). `Action.from_db` turns a row back into an action."""

    def read() -> tuple[list[str], list[tuple[Any, ...]]]:
        columns = [f.attname for f in Action._meta.concrete_fields]
        rows = Action.objects.for_user(user).filter(status__in=ActionStatus.open())
        return columns, list(rows.order_by("id").values_list(*columns))

    return shared(("plan.open_actions", user.pk), read)


def current_sprint(user: User, today: date) -> Sprint | None:
    """The sprint running today (the latest started if several overlap)."""
    return (
        Sprint.objects.for_user(user)
        .filter(starts_on__lte=today, ends_on__gte=today)
        .order_by("-starts_on", "-id")
        .first()
    )


@transaction.atomic
def create_sprint(
    user: User, *, lessons: Sequence[Lesson], start: date, include_wellbeing: bool = True
) -> Sprint:
    """A two-week sprint with the method's suggestions for these lessons (1-2 per theme).

    Each action remembers the first lesson that asked for it (source_kind / source_id).
    """
    if not lessons:
        raise ServiceError("Choose at least one lesson.")
    by_theme: dict[str, list[str]] = defaultdict(list)
    for lesson in lessons:
        by_theme[lesson.theme].append(lesson.dimension)
    language = playbook_lang(user)
    drafts = method_plan.sprint_suggestions(
        by_theme, lang=language, start=start, include_wellbeing=include_wellbeing
    )
    templates = method_plan.action_templates(language)
    sprint_days = method_plan.sprint_days(language)
    sprint = Sprint.objects.create(
        user=user, starts_on=start, ends_on=start + timedelta(days=sprint_days - 1)
    )
    for draft in drafts:
        answered = templates.get(draft.template_id, (draft, ()))[1]
        origin = next(
            (item for item in lessons if item.dimension in answered),
            next((item for item in lessons if item.theme == draft.theme), None),
        )
        _from_draft(
            user,
            draft,
            sprint=sprint,
            source_kind=origin.source_kind if origin else "",
            source_id=origin.source_id if origin else None,
        )
    return sprint


def _draft(action: Action) -> ActionDraft:
    axis = cast("method_plan.Axis", action.axis)  # a value of plan.choices.Axis
    theme = cast("method_plan.Theme", action.theme)
    return ActionDraft(action.template_id, axis, theme, action.title, 1, "", action.hours, 1)


def sprint_load(actions: Iterable[Action], language: Lang | None = None) -> SprintLoad:
    """How heavy these actions are for one sprint, with the method's warnings."""
    live = [a for a in actions if a.status != ActionStatus.DROPPED]
    return method_plan.sprint_load((_draft(a) for a in live), language or playbook_lang())


@transaction.atomic
def add_skill_gap(
    user: User, *, skill: str, start: date, sprint: Sprint | None = None, **source: Any
) -> list[Action]:
    """The three linked steps for a missing skill: micro-training, visible project, public proof."""
    created: list[Action] = []
    for draft in method_plan.skill_gap_steps(skill, playbook_lang(user), start):
        follows = created[-1] if created else None
        created.append(_from_draft(user, draft, sprint=sprint, follows=follows, **source))
    return created


def add_alternative(user: User, *, path: str, start: date, sprint: Sprint | None = None) -> Action:
    """The first action of an alternative path (freelance, certification, plan B…)."""
    draft = method_plan.alternative_action(path, playbook_lang(user), start)
    return _from_draft(user, draft, sprint=sprint, source_kind="alternative")


def add_template(
    user: User, *, template_id: str, start: date, sprint: Sprint | None = None
) -> Action:
    templates = method_plan.action_templates(playbook_lang(user))
    if template_id not in templates:
        raise ServiceError(f"Unknown action template {template_id!r}.")
    draft = templates[template_id][0]
    dated = ActionDraft(**{**draft.__dict__, "start": start, "due": start + timedelta(draft.days)})
    return _from_draft(user, dated, sprint=sprint)


def complete_action(action: Action, *, evidence: str, at: datetime | None = None) -> Action:
    """Close an action with the evidence that it was done (a link, a figure, a sentence)."""
    clean = evidence.strip()
    if not clean:
        raise ServiceError("Say what shows it is done.")
    action.status = ActionStatus.DONE
    action.evidence = clean
    action.done_at = at or timezone.now()
    action.save(update_fields=["status", "evidence", "done_at"])
    return action


def set_status(action: Action, status: str) -> Action:
    """Move an action to to-do, in progress or dropped (done needs evidence)."""
    status = ActionStatus(status)
    if status == ActionStatus.DONE:
        raise ServiceError("Use complete_action with the evidence.")
    action.status = status
    action.done_at = None
    action.save(update_fields=["status", "done_at"])
    return action


def actions(user: User, *, status: str = "", sprint: Sprint | None = None) -> QuerySet[Action]:
    rows = Action.objects.for_user(user).select_related("sprint")
    if status == "open":
        rows = rows.filter(status__in=ActionStatus.open())
    elif status:
        rows = rows.filter(status=status)
    if sprint is not None:
        rows = rows.filter(sprint=sprint)
    return rows.order_by("due_on", "id")


@dataclass(frozen=True)
class PlanOverview:
    sprint: Sprint | None
    sprint_actions: list[Action]
    load: SprintLoad | None
    other_open: list[Action]
    recently_done: list[Action]


def overview(user: User, today: date, limit: int = 50) -> PlanOverview:
    """The plan page: the running sprint and its load, other open actions, recent wins."""
    sprint = current_sprint(user, today)
    in_sprint = list(actions(user, sprint=sprint)) if sprint else []
    others = list(actions(user, status="open").filter(~Q(sprint=sprint) if sprint else Q())[:limit])
    done = list(actions(user, status=ActionStatus.DONE).order_by("-done_at", "-id")[:10])
    load = sprint_load(in_sprint) if sprint else None
    return PlanOverview(sprint, in_sprint, load, others, done)
