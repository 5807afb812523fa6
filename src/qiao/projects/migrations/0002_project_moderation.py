"""Projects get a moderation status; those that exist already stay in the exhibition."""

from django.db import migrations, models


def publish_existing(apps, schema_editor):  # type: ignore[no-untyped-def]
    apps.get_model("projects", "Project").objects.update(moderation="published")


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="project",
            name="moderation",
            field=models.CharField(
                choices=[
                    ("submitted", "Waiting for moderation"),
                    ("published", "Published in the exhibition"),
                    ("rejected", "Rejected"),
                ],
                db_index=True,
                default="submitted",
                max_length=16,
                verbose_name="moderation",
            ),
        ),
        migrations.AddField(
            model_name="project",
            name="moderation_reason",
            field=models.CharField(blank=True, max_length=500, verbose_name="reason for rejection"),
        ),
        migrations.RunPython(publish_existing, migrations.RunPython.noop),
    ]
