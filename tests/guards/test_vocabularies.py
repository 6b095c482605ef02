"""The CLI checks its arguments against plain tuples of `rebond.method` (no Django at start-up);
the models store the values of `TextChoices`. Both come from one list, or this fails."""

import pytest

from rebond.feedback.choices import SourceKind
from rebond.insights.choices import ChangeKind, Dimension, Metric, ReportKind
from rebond.jobs.choices import Channel, CompanySize, Level, Stage
from rebond.method import stages, values
from rebond.network.choices import ContactKind, InteractionChannel
from rebond.plan.choices import Cadence


@pytest.mark.parametrize(
    ("choices", "plain"),
    [
        (Stage, stages.STAGES),
        (Channel, values.CHANNELS),
        (CompanySize, values.COMPANY_SIZES),
        (Level, values.LEVELS),
        (ContactKind, values.CONTACT_KINDS),
        (InteractionChannel, values.INTERACTION_CHANNELS),
        (SourceKind, values.FEEDBACK_SOURCES),
        (Dimension, values.DIMENSIONS),
        (Metric, values.METRICS),
        (ChangeKind, values.CHANGE_KINDS),
        (ReportKind, values.REPORT_KINDS),
        (Cadence, values.CADENCES),
    ],
)
def test_it_keeps_each_vocabulary_in_one_list(choices, plain):
    assert tuple(choices.values) == plain


def test_the_stage_choices_follow_the_vocabularys_rules():
    assert [s.value for s in Stage.progress()] == list(stages.PROGRESS)
    assert [s.value for s in Stage.outcomes()] == list(stages.OUTCOMES)
    assert [s.value for s in Stage.reached_for("rejected")] == list(stages.REJECTION_STAGES)
    assert [s.rank for s in Stage] == [0, 1, 2, 3, 4, 5, 6, -1, -1, -1]


def test_the_command_line_takes_its_words_from_the_vocabularies():
    from rebond.cli import contacts, feedback, insights, plan, tracker

    assert tracker.STAGES is stages.STAGES and tracker.CHANNELS is values.CHANNELS
    assert contacts.KINDS is values.CONTACT_KINDS
    assert contacts.CHANNELS is values.INTERACTION_CHANNELS
    assert feedback.SOURCES is values.FEEDBACK_SOURCES
    assert insights.CHANGES is values.CHANGE_KINDS and insights.KINDS is values.REPORT_KINDS
    assert plan.CADENCES is values.CADENCES
