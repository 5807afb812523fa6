"""pgvector where the server has it: the matching index's tables need the `vector` type.

Conditional: nothing on SQLite, nothing on a PostgreSQL server without the extension's
files (Debian 12's PostgreSQL 15, for instance) — the numpy index serves those.
"""

from django.db import migrations


def create_extension(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'")
        if cursor.fetchone() is None:
            return
        cursor.execute("CREATE EXTENSION IF NOT EXISTS vector")


class Migration(migrations.Migration):
    dependencies = [("matchmaking", "0001_initial")]

    operations = [migrations.RunPython(create_extension, migrations.RunPython.noop)]
