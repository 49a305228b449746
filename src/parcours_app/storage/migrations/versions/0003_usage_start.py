"""Schema version 3: when the family started using the app, and when each pregnancy and child was added

Steps whose window ended before that day are asked about ("les avez-vous faites ?"), never shown as late
(issue 16). Files from versions 1 and 2 get NULL: the app reads it as "not known yet" and records the day it first opens
them (core.family_edit.stamp_usage).

Revision ID: 0003_usage_start
Revises: 0002_leave_plans
Create Date: 2026-12-03 08:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003_usage_start"
down_revision: str | None = "0002_leave_plans"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("family", schema=None) as batch_op:
        batch_op.add_column(sa.Column("started_on", sa.Date(), nullable=True))
    with op.batch_alter_table("pregnancy", schema=None) as batch_op:
        batch_op.add_column(sa.Column("added_on", sa.Date(), nullable=True))
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.add_column(sa.Column("added_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.drop_column("added_on")
    with op.batch_alter_table("pregnancy", schema=None) as batch_op:
        batch_op.drop_column("added_on")
    with op.batch_alter_table("family", schema=None) as batch_op:
        batch_op.drop_column("started_on")
