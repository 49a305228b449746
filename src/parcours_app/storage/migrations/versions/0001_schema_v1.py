"""Schema version 1: family, pregnancies, children, event states, appointments, self-tests, places, settings

Revision ID: 0001
Revises:
Create Date: 2026-11-22 04:49:59.663650
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("event_id", sa.String(), nullable=True),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
    )
    op.create_table(
        "child",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("birth", sa.Date(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("pregnancy_key", sa.String(), nullable=True),
        sa.Column("premature", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child")),
        sa.UniqueConstraint("key", name=op.f("uq_child_key")),
    )
    op.create_table(
        "event_state",
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("dismissed", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_event_state")),
    )
    op.create_table(
        "family",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(), nullable=False),
        sa.Column("birth_leave_start", sa.String(), nullable=False),
        sa.Column("parent1_name", sa.String(), nullable=False),
        sa.Column("parent2_name", sa.String(), nullable=False),
        sa.Column("parent1_salaried", sa.Boolean(), nullable=True),
        sa.Column("parent2_salaried", sa.Boolean(), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_family_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family")),
    )
    op.create_table(
        "place",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("opening_hours", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("website", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place")),
    )
    op.create_table(
        "pregnancy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("ddr", sa.Date(), nullable=True),
        sa.Column("cycle_length", sa.Integer(), nullable=False),
        sa.Column("conception", sa.Date(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("birth", sa.Date(), nullable=True),
        sa.Column("multiple", sa.Integer(), nullable=False),
        sa.Column("children_before", sa.Integer(), nullable=False),
        sa.Column("weeks_moved_after_birth", sa.Integer(), nullable=False),
        sa.Column("weeks_moved_before_birth", sa.Integer(), nullable=False),
        sa.Column("pathological_days_before", sa.Integer(), nullable=False),
        sa.Column("pathological_days_after", sa.Integer(), nullable=False),
        sa.Column("premature_hospitalised", sa.Boolean(), nullable=False),
        sa.Column("newborn_hospital_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pregnancy")),
        sa.UniqueConstraint("key", name=op.f("uq_pregnancy_key")),
    )
    op.create_table(
        "selftest_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taken_on", sa.DateTime(), nullable=False),
        sa.Column("respondent", sa.String(), nullable=False),
        sa.Column("answers", sa.String(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("band", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_selftest_result")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "place_service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("component", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"], ["place.id"], name=op.f("fk_place_service_place_id_place"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place_service")),
    )
    with op.batch_alter_table("place_service", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_place_service_place_id"), ["place_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("place_service", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_place_service_place_id"))

    op.drop_table("place_service")
    op.drop_table("setting")
    op.drop_table("selftest_result")
    op.drop_table("pregnancy")
    op.drop_table("place")
    op.drop_table("family")
    op.drop_table("event_state")
    op.drop_table("child")
    op.drop_table("appointment")
