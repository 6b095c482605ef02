"""Recurring points regrouped in the learned space (the grouping shipped with metric.npz).

Statements keep their stored vectors, so regrouping reads no encoder: one pass per person who
has feedback. Nothing to do on a new database.
"""

from django.contrib.auth import get_user_model
from django.db import migrations


def regroup_everyone(apps, schema_editor):
    from rebond.feedback.services.items import regroup

    Statement = apps.get_model("feedback", "Statement")
    people = Statement.objects.values_list("item__user_id", flat=True).distinct()
    for person in get_user_model().objects.filter(pk__in=list(people)):
        regroup(person)


class Migration(migrations.Migration):
    dependencies = [("feedback", "0005_verbose_name")]

    operations = [migrations.RunPython(regroup_everyone, migrations.RunPython.noop)]
