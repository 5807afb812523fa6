"""Projects that exist when moderation arrives stay in the exhibition."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)


def test_existing_projects_are_published_by_the_migration():
    executor = MigrationExecutor(connection)
    executor.migrate([("projects", "0001_initial")])
    old_apps = executor.loader.project_state([("projects", "0001_initial")]).apps
    organisation = old_apps.get_model("organisations", "Organisation").objects.create(
        key="old-co", kind="company", country="DE", name={"de": {"text": "Alt GmbH", "status": "original"}}
    )
    old_apps.get_model("projects", "Project").objects.create(
        key="old-project", organisation=organisation, kind="invest", title={"de": {"text": "Alt", "status": "original"}}
    )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    from qiao.projects.models import Project

    assert Project.objects.get(key="old-project").moderation == "published"
