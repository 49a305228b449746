"""Schema version 2 (leave plans): both parents' leave plan per pregnancy and the periods they chose

Revision ID: 0002_leave_plans
Revises: 0001
Create Date: 2026-12-03 08:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002_leave_plans"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "leave_plan",
        sa.Column("subject_key", sa.String(), nullable=False),
        sa.Column("weeks_moved_after_birth", sa.Integer(), nullable=False),
        sa.Column("planned_with_birth", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("subject_key", name=op.f("pk_leave_plan")),
    )
    op.create_table(
        "leave_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject_key", sa.String(), nullable=False),
        sa.Column("parent", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["subject_key"],
            ["leave_plan.subject_key"],
            name=op.f("fk_leave_period_subject_key_leave_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leave_period")),
    )
    with op.batch_alter_table("leave_period", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_leave_period_subject_key"), ["subject_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("leave_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leave_period_subject_key"))
    op.drop_table("leave_period")
    op.drop_table("leave_plan")
