"""Schema version 4: a place's optional English and Arabic texts

A Maison's directory may carry the English and Arabic texts of a place's name, opening hours and note and of its
services (issue 17; core/directory.py, directory file format version 2). They are kept as one JSON text beside the
French columns; files from versions 1 to 3 get "" (no translation: the French texts are shown).

Revision ID: 0004_place_translations
Revises: 0003_usage_start
Create Date: 2026-12-03 09:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004_place_translations"
down_revision: str | None = "0003_usage_start"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.add_column(sa.Column("translations", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.drop_column("translations")
