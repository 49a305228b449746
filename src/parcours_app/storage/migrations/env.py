"""Alembic environment of the Parcours database. Batch mode, because SQLite cannot ALTER most things.

The app runs migrations through `storage.schema.migrate`, which passes its own connection (already inside the
one transaction of the upgrade) in `config.attributes["connection"]`. Developers create a revision with
`python -m parcours_app.storage.schema_dev revision "message"` (docs/notes/storage.md).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from parcours_app.storage.tables import METADATA

config = context.config


def _configure_and_run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=METADATA,
        render_as_batch=True,
        user_module_prefix="sqlmodel.sql.sqltypes.",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _configure_and_run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as own_connection:
        _configure_and_run(own_connection)
        own_connection.commit()
    engine.dispose()
