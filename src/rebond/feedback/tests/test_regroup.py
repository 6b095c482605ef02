"""Saving, correcting or deleting feedback regroups only the buckets it touches, with the groups
a full regroup gives, and leaves every other group id (and every other person) alone."""

import dataclasses
import random
from datetime import UTC, date, datetime

import numpy as np
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rebond.feedback import services
from rebond.feedback.models import FeedbackItem, Statement
from rebond.feedback.services import items as items_service
from rebond.feedback.tests.factories import make_feedback
from rebond.method.feedback import groups as feedback_groups
from rebond.method.feedback.classifier import FeedbackLabels
from rebond.method.feedback.settings import DIMENSIONS, POLARITIES
from rebond.method.learning import embeddings

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 3, 20, tzinfo=UTC)

# Several ways of making a few points, in both languages, praise and criticism, so that
# groups of more than one statement form in several buckets.
POOL = [
    "Vos exemples restaient trop généraux.",
    "Your examples stayed far too general.",
    "Les exemples donnés manquaient de chiffres précis.",
    "Your answers ran much too long.",
    "Vos réponses étaient beaucoup trop longues.",
    "Nous avons beaucoup apprécié votre énergie.",
    "We really liked your energy and enthusiasm.",
    "Le poste a finalement été pourvu en interne.",
    "The position went to an internal candidate in the end.",
    "Vos connaissances en SQL semblaient fragiles.",
    "Your SQL skills looked shaky during the exercise.",
    "Vous avez posé des questions très pertinentes sur l'équipe.",
    "You asked sharp questions about the team.",
    "Le budget du poste a été gelé.",
]


def snapshot(user) -> dict[int, tuple[int | None, bool, str, str]]:
    """Statement id → (group, central, polarity, dimension) for one person."""
    # Doubtful statements wait outside every group for the person's answer.
    rows = (
        Statement.objects.for_user(user)
        .filter(doubt="")
        .values_list("id", "group", "central", "polarity", "dimension")
    )
    return {pk: (gid, central, pol, dim) for pk, gid, central, pol, dim in rows}


def partition(state) -> set[frozenset[int]]:
    groups: dict[int | None, set[int]] = {}
    for pk, (gid, *_rest) in state.items():
        groups.setdefault(gid, set()).add(pk)
    return {frozenset(members) for members in groups.values()}


def bucket(row) -> feedback_groups.Bucket:
    (found,) = items_service.buckets_of([(row[2], row[3])])
    return found


@pytest.fixture(params=[None, 0.2], ids=["buckets", "dimension-gap"])
def gap(request, monkeypatch):
    """The playbook's grouping settings, with the dimension gap off (shipped) or on."""
    real = feedback_groups.settings

    def with_gap(lang):
        return dataclasses.replace(real(lang), group_dimension_gap=request.param)

    monkeypatch.setattr(feedback_groups, "settings", with_gap)
    monkeypatch.setattr(items_service, "settings", with_gap)
    return request.param


def test_regrouping_touched_buckets_matches_a_full_regroup(owner, other, gap):
    rng = random.Random(4)
    make_feedback(other, text=" ".join(POOL[:6]), source_name="Someone")
    theirs = snapshot(other)
    sizes = []
    for step in range(40):
        before = snapshot(owner)
        kind = rng.choice(["add", "add", "correct", "delete"]) if before else "add"
        if kind == "add":
            text = " ".join(rng.sample(POOL, rng.randint(1, 4)))
            make_feedback(owner, text=text, source_name=f"Person {rng.randint(1, 5)}")
        elif kind == "correct":
            statement = Statement.objects.get(pk=rng.choice(sorted(before)))
            field = rng.choice(["polarity", "dimension"])
            value = rng.choice(POLARITIES if field == "polarity" else DIMENSIONS)
            services.correct_labels(owner, statement, {field: value})
        else:
            item = rng.choice(list(FeedbackItem.objects.for_user(owner)))
            services.delete_item(owner, item)
        after = snapshot(owner)
        # Which buckets the step touched: those of rows added, removed or relabelled.
        touched = {
            bucket(row)
            for pk in before.keys() ^ after.keys()
            | {pk for pk in before.keys() & after.keys() if before[pk][2:] != after[pk][2:]}
            for row in (before.get(pk), after.get(pk))
            if row is not None
        }
        for pk in before.keys() & after.keys():
            if bucket(after[pk]) not in touched:
                assert after[pk][:2] == before[pk][:2], (step, kind)
        # A full regroup finds the same groups, the same central statements, the same ids.
        assert services.regroup(owner) == 0, (step, kind)
        full = snapshot(owner)
        assert partition(full) == partition(after)
        assert {pk for pk, row in full.items() if row[1]} == {
            pk for pk, row in after.items() if row[1]
        }
        assert None not in {row[0] for row in after.values()}
        assert snapshot(other) == theirs
        sizes.append(max((len(g) for g in partition(after)), default=0))
    # The sequence made real groups (not only one statement each) in several buckets.
    final = snapshot(owner)
    assert max(sizes) >= 3
    assert len({bucket(row) for row in final.values()}) >= (2 if gap is not None else 4)


def test_a_full_regroup_after_scrambled_ids_finds_the_groups_again(owner):
    make_feedback(owner, text=" ".join(POOL[:8]))
    make_feedback(owner, text=" ".join(POOL[6:]), source_name="Tom")
    good = partition(snapshot(owner))
    Statement.objects.for_user(owner).update(group=None, central=False)
    assert services.regroup(owner) == len(snapshot(owner))
    assert partition(snapshot(owner)) == good


def test_ids_never_name_two_groups(owner):
    for k in range(6):
        make_feedback(owner, text=" ".join(POOL[k::3]), source_name=f"P{k}")
    state = snapshot(owner)
    by_group: dict[int, set] = {}
    for row in state.values():
        by_group.setdefault(row[0], set()).add(bucket(row))
    assert all(len(buckets) == 1 for buckets in by_group.values())
    leads = [row[0] for row in state.values() if row[1]]
    assert sorted(leads) == sorted(by_group)  # one central statement per group


def test_a_point_id_on_a_page_stays_valid_when_other_feedback_is_saved(owner):
    make_feedback(owner, text="Vos exemples restaient trop généraux.")
    make_feedback(owner, text="Your examples stayed far too general.", source_name="Tom")
    point = services.recurring_points(owner, NOW)[0]
    # Praise and a context remark: other buckets than the point's.
    make_feedback(owner, text="Nous avons apprécié votre énergie.", source_name="Ann")
    make_feedback(owner, text="Le budget du poste a été gelé.", source_name="Bob")
    found = services.point_for_group(owner, point.group, NOW)
    assert found is not None and found.statement_ids == point.statement_ids
    action = services.action_from_point(owner, point.group, NOW)
    assert point.point.label in action.title


def test_a_new_statement_joins_its_point_under_the_same_id(owner):
    make_feedback(owner, text="Vos exemples restaient trop généraux.")
    make_feedback(owner, text="Your examples stayed far too general.", source_name="Tom")
    point = services.recurring_points(owner, NOW)[0]
    make_feedback(owner, text="Les exemples donnés restaient trop généraux.", source_name="Ann")
    found = services.point_for_group(owner, point.group, NOW)
    assert found is not None and found.point.count == point.point.count + 1


def _statement_select(queries) -> list[str]:
    """The regroup's read of statements with their vectors and labels (a save also reads the
    person's vectors alone, to find paraphrases on file: `_paraphrases_on_file`)."""
    return [
        q["sql"]
        for q in queries.captured_queries
        if '"feedback_statement"."embedding"' in q["sql"]
        and '"feedback_statement"."polarity"' in q["sql"]
        and q["sql"].startswith("SELECT")
    ]


def _bulk_statements(user, polarity: str, dimension: str, n: int) -> None:
    """`n` statements of one bucket, with vectors, stored without the classifier."""
    texts = [f"Remarque numéro {k} sur un autre sujet." for k in range(n)]
    vectors = embeddings.encode(texts)
    labels = FeedbackLabels("behavioural", dimension, polarity, "subjective", None, "fr")
    item = FeedbackItem.objects.create(user=user, received_on=date(2026, 1, 5), text="(bulk)")
    Statement.objects.bulk_create(
        Statement.labelled(item, k, t, labels, vectors[k]) for k, t in enumerate(texts)
    )


def test_saving_reads_only_the_rows_of_the_buckets_it_touches(owner, other):
    text = "Vos exemples restaient trop généraux. Your answers ran much too long."
    make_feedback(owner, text=text)
    make_feedback(other, text=text)

    def save() -> tuple[int, set[int], FeedbackItem]:
        with CaptureQueriesContext(connection) as queries:
            item = make_feedback(owner, text=text, source_name="Tom")
        (select,) = _statement_select(queries)
        with connection.cursor() as cursor:  # what that query read, read again
            cursor.execute(select)
            read = {row[0] for row in cursor.fetchall()}
        return len(queries), read, item

    def expected(item) -> set[int]:
        touched = items_service.buckets_of(item.statements.values_list("polarity", "dimension"))
        return {pk for pk, row in snapshot(owner).items() if bucket(row) in touched}

    count, read, item = save()
    assert read == expected(item) and len(read) == 4
    # Many more statements of another person and in buckets the piece does not touch.
    labels = {(s.polarity, s.dimension) for s in item.statements.all()}
    elsewhere = [
        (pol, dim)
        for pol in ("strength", "weakness")
        for dim in ("culture", "seniority")
        if not items_service.buckets_of([(pol, dim)]) & items_service.buckets_of(labels)
    ]
    for pol, dim in elsewhere:
        _bulk_statements(owner, pol, dim, 40)
    _bulk_statements(other, "weakness", "examples", 40)
    services.regroup(owner)
    grown, read, item = save()
    assert grown == count
    assert read == expected(item) and len(read) == 6


def test_a_correction_regroups_its_old_and_new_bucket_only(owner):
    make_feedback(owner, text="Vos exemples restaient trop généraux.")
    other = make_feedback(owner, text="Your examples stayed far too general.", source_name="Tom")
    make_feedback(owner, text="Nous avons apprécié votre énergie.", source_name="Ann")
    statement = other.statements.get()
    old = items_service.buckets_of([(statement.polarity, statement.dimension)])
    new = items_service.buckets_of([("strength", statement.dimension)])
    with CaptureQueriesContext(connection) as queries:
        services.correct_labels(owner, statement, {"polarity": "strength"})
    (select,) = _statement_select(queries)
    with connection.cursor() as cursor:
        cursor.execute(select)
        read = {row[0] for row in cursor.fetchall()}
    assert read == {pk for pk, row in snapshot(owner).items() if bucket(row) in old | new}


@pytest.mark.parametrize("dimension_gap", [None, 0.2])
def test_the_bucket_filter_reads_in_sql_what_bucket_of_says(owner, dimension_gap, monkeypatch):
    real = feedback_groups.settings
    monkeypatch.setattr(
        items_service,
        "settings",
        lambda lang: dataclasses.replace(real(lang), group_dimension_gap=dimension_gap),
    )
    item = FeedbackItem.objects.create(user=owner, received_on=date(2026, 1, 5), text="(all)")
    vector = np.zeros(embeddings.DIMENSIONS, dtype=np.float32)
    Statement.objects.bulk_create(
        Statement.labelled(
            item, k, "x", FeedbackLabels("business", dim, pol, "objective", None, "fr"), vector
        )
        for k, (pol, dim) in enumerate((p, d) for p in POLARITIES for d in DIMENSIONS)
    )
    rows = snapshot(owner)
    every = {bucket(row) for row in rows.values()}
    assert len(every) == (2 if dimension_gap is not None else 2 * len(DIMENSIONS))
    for one in every:
        chosen = Statement.objects.for_user(owner).filter(items_service._in_buckets([one]))
        assert set(chosen.values_list("id", flat=True)) == {
            pk for pk, row in rows.items() if bucket(row) == one
        }


def test_the_migration_to_the_learned_space_regroups_every_person(owner, other):
    """Groups stored before the learned space are recomputed once, for everyone who has
    feedback (migration 0006), from the stored vectors."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("rebond.feedback.migrations.0006_regroup_learned_space")
    make_feedback(owner, text=" ".join(POOL[:8]))
    make_feedback(other, text=" ".join(POOL[6:]))
    good = {person: partition(snapshot(person)) for person in (owner, other)}
    Statement.objects.update(group=None, central=False)
    migration.regroup_everyone(apps, None)
    assert {person: partition(snapshot(person)) for person in (owner, other)} == good
