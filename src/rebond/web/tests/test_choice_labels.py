"""get_FOO_display() from the cached label tables gives Django's answers, in each language."""

import pytest
from django.apps import apps
from django.db import models
from django.utils import translation

from rebond.jobs.choices import Stage
from rebond.jobs.models import Application
from rebond.jobs.tests.factories import make_application
from rebond.web import choice_labels

pytestmark = pytest.mark.django_db


def test_every_choice_field_of_our_models_uses_the_cached_labels():
    for model in apps.get_models():
        if not model.__module__.startswith("rebond."):
            continue
        for field in model._meta.concrete_fields:
            if field.choices and field.model is model:
                method = model.__dict__[f"get_{field.name}_display"]
                assert method.func is choice_labels._display, (model, field.name)
    assert choice_labels.install() == 0  # already done at start-up, and only once


@pytest.mark.parametrize("language", ["en", "fr"])
def test_it_gives_the_same_labels_as_django_in_each_language(owner, language):
    application = make_application(owner, stages=("screening",), channel="referral")
    stage = Application._meta.get_field("stage")
    channel = Application._meta.get_field("channel")
    with translation.override(language):
        assert application.get_stage_display() == models.Model._get_FIELD_display(
            application, stage
        )
        assert application.get_channel_display() == models.Model._get_FIELD_display(
            application, channel
        )
        assert application.get_stage_display() == str(Stage.SCREENING.label)
    with translation.override("fr"):
        french = application.get_stage_display()
    with translation.override("en"):
        assert application.get_stage_display() == "Screening" != french


def test_a_value_outside_the_choices_is_shown_as_it_is(owner):
    application = make_application(owner)
    application.stage = "not-a-stage"
    assert application.get_stage_display() == "not-a-stage"
