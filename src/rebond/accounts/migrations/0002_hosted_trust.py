from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="user",
            name="calendar_shows_titles",
            field=models.BooleanField(
                default=False, verbose_name="show my action titles in my calendar"
            ),
        ),
    ]
