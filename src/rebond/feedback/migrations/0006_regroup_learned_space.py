"""Recurring points regrouped in the learned space (the grouping shipped with metric.npz).

Statements keep their stored vectors, so regrouping reads no encoder: one pass per person who
has feedback. Nothing to do on a new database.
"""

from django.contrib.auth import get_user_model
from django.db import migrations


def regroup_everyone(apps, schema_editor):
    Statement = apps.get_model("feedback", "Statement")
    people = list(Statement.objects.values_list("item__user_id", flat=True).distinct())
    if not people:
        return  # a new database: nothing to regroup, and no grouping code to load
    from rebond.feedback.services.items import regroup

    for person in get_user_model().objects.filter(pk__in=people):
        regroup(person)


class Migration(migrations.Migration):
    dependencies = [("feedback", "0005_verbose_name")]

    operations = [migrations.RunPython(regroup_everyone, migrations.RunPython.noop)]
