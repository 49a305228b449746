"""Schema versions: every committed fixture database opens (upgraded when older) with every row intact, the
migrations and the models describe the same schema, and a newer or foreign file is refused untouched."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from storage_samples import FIXTURES, tree_snapshot

from parcours_app.core.clock import FixedClock
from parcours_app.core.leave_plan import LeavePlan, Parent, PeriodKind, PlannedPeriod
from parcours_app.core.model import (
    Appointment,
    BirthLeaveStart,
    Child,
    EventState,
    Family,
    MaisonComponent,
    MaternityOptions,
    Place,
    PlaceKind,
    PlaceTranslation,
    Pregnancy,
    Region,
    Respondent,
    SelfTestResult,
)
from parcours_app.storage import open_store
from parcours_app.storage.contents import StoreContents
from parcours_app.storage.errors import ForeignDatabaseError, MigrationError, NewerSchemaError
from parcours_app.storage.schema import HEAD, MIGRATIONS_DIR, SCHEMA_REVISIONS, migrate

CLOCK = FixedClock(dt.datetime(2026, 11, 22, 10, 0))

# What each fixture holds, typed by hand from tests/fixtures/db/make_v<N>.py (never read back from the code).
EXPECTED: dict[str, StoreContents] = {
    "v1": StoreContents(
        family=Family(
            pregnancies=(
                Pregnancy(
                    key="",
                    ddr=dt.date(2024, 1, 10),
                    cycle_length=30,
                    due=dt.date(2024, 10, 20),
                    birth=dt.date(2024, 10, 18),
                ),
                Pregnancy(
                    key="pregnancy2",
                    conception=dt.date(2026, 3, 2),
                    multiple=2,
                    children_before=1,
                    maternity=MaternityOptions(3, 4, 14, 28, True),
                    newborn_hospital_days=5,
                ),
            ),
            children=(
                Child(key="", birth=dt.date(2024, 10, 18), name="Léa", pregnancy_key=""),
                Child(key="child2", birth=dt.date(2021, 5, 9), name="Noé « le grand »", premature=True),
            ),
            region=Region.ALSACE_MOSELLE,
            birth_leave_start=BirthLeaveStart.NEXT_WORKING_DAY,
            parent1_name="Amélie",
            parent2_name="Karim",
            parent1_salaried=True,
            parent2_salaried=None,
        ),
        event_states=(
            EventState("child.vaccine.2m", snoozed_until=dt.date(2024, 12, 20), note="Rappel : demander le carnet ✓"),
            EventState("child2:child.exam.20", dismissed=True),
            EventState("pregnancy.exam.1", done_on=dt.date(2024, 3, 1)),
            EventState("pregnancy2:pregnancy.declaration", note="L'heure d'été\nligne 2"),
        ),
        appointments=(
            Appointment(
                3, dt.datetime(2024, 12, 19, 14, 30), "Vaccins 2 mois", "child.vaccine.2m", "PMI Strasbourg", "", 30
            ),
            Appointment(7, dt.datetime(2026, 4, 1, 9, 0), "Échographie", None, "", "à jeun ? non", 60),
        ),
        selftest_results=(
            SelfTestResult(
                1, dt.datetime(2024, 11, 20, 21, 15), Respondent.MOTHER, (1, 1, 2, 0, 1, 1, 0, 1, 0, 0), 7, "low"
            ),
        ),
        places=(
            Place(
                1,
                PlaceKind.MAISON_1000_JOURS,
                "Maison des 1000 premiers jours de Strasbourg",
                address="2 rue du Jeu-des-Enfants",
                phone="03 88 00 00 00",
                opening_hours="lun.-ven. 9 h-17 h",
                services=(
                    (MaisonComponent.PARENTING_SUPPORT, "Ateliers parents-bébés"),
                    (MaisonComponent.PREVENTION_HEALTH, "Consultations de puériculture"),
                ),
            ),
            Place(2, PlaceKind.PMI, "PMI Neudorf", note="sans rendez-vous le mardi"),
        ),
        settings={"language": "fr", "notifications": "on"},
    )
}
# v2 (revision 0002_leave_plans, tests/fixtures/db/make_v2.py): the rows of v1 plus a leave plan for pregnancy2,
# typed by hand from make_v2.py.
EXPECTED["v2"] = dataclasses.replace(
    EXPECTED["v1"],
    leave_plans=(
        LeavePlan(
            subject_key="pregnancy2",
            periods=(
                PlannedPeriod(Parent.SECOND_PARENT, PeriodKind.PATERNITY, dt.date(2026, 12, 20), dt.date(2027, 1, 2)),
                PlannedPeriod(Parent.BIRTH_PARENT, PeriodKind.SUPPLEMENT, dt.date(2027, 3, 1), dt.date(2027, 3, 31)),
            ),
            weeks_moved_after_birth=2,
            planned_with_birth=None,
        ),
    ),
)
# v3 (revision 0003_usage_start, tests/fixtures/db/make_v3.py): the rows of v2 with the columns of issue 16 filled
# by hand: the family started on 1 February 2024, the first pregnancy was added that day, the second has no day
# (NULL), Léa on 19 October 2024, Noé on 5 November 2024.
_V2_FAMILY = EXPECTED["v2"].family
assert _V2_FAMILY is not None
EXPECTED["v3"] = dataclasses.replace(
    EXPECTED["v2"],
    family=dataclasses.replace(
        _V2_FAMILY,
        started_on=dt.date(2024, 2, 1),
        pregnancies=(
            dataclasses.replace(_V2_FAMILY.pregnancies[0], added_on=dt.date(2024, 2, 1)),
            _V2_FAMILY.pregnancies[1],
        ),
        children=(
            dataclasses.replace(_V2_FAMILY.children[0], added_on=dt.date(2024, 10, 19)),
            dataclasses.replace(_V2_FAMILY.children[1], added_on=dt.date(2024, 11, 5)),
        ),
    ),
)
# v4 (revision 0004_place_translations, tests/fixtures/db/make_v4.py): the rows of v3 with the Maison's English name
# and one English service, and its Arabic name, typed by hand from make_v4.py; the PMI has none.
_V3_MAISON, _V3_PMI = EXPECTED["v3"].places
EXPECTED["v4"] = dataclasses.replace(
    EXPECTED["v3"],
    places=(
        dataclasses.replace(
            _V3_MAISON,
            translations=(
                PlaceTranslation(
                    "en",
                    name="Strasbourg First 1000 Days House",
                    services=(("Ateliers parents-bébés", "Parent-baby workshops"),),
                ),
                PlaceTranslation("ar", name="بيت الألف يوم الأولى في ستراسبورغ"),
            ),
        ),
        _V3_PMI,
    ),
)
FIXTURE_FILES = sorted(FIXTURES.glob("v*.sqlite"))
TABLES = (
    "family",
    "pregnancy",
    "child",
    "event_state",
    "appointment",
    "selftest_result",
    "place",
    "place_service",
    "setting",
    "leave_plan",
    "leave_period",
)


def _row_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        # A table added by a later revision counts 0 rows in an older file (and after its migration).
        return {
            table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] if table in present else 0
            for table in TABLES
        }
    finally:
        connection.close()


def test_one_fixture_per_schema_version() -> None:
    assert [path.stem for path in FIXTURE_FILES] == [f"v{n}" for n in range(1, len(SCHEMA_REVISIONS) + 1)]
    assert set(EXPECTED) == {path.stem for path in FIXTURE_FILES}


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda path: path.stem)
def test_every_fixture_opens_at_head_with_every_row_intact(fixture: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    database = data_dir / "parcours.sqlite"
    shutil.copyfile(fixture, database)
    counts_before = _row_counts(database)
    with open_store(data_dir, clock=CLOCK) as store:
        assert store.contents() == EXPECTED[fixture.stem]
    connection = sqlite3.connect(database)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()
    assert _row_counts(database) == counts_before
    was_older = sqlite3.connect(fixture).execute("SELECT version_num FROM alembic_version").fetchone()[0] != HEAD
    names = [path.name for path in (data_dir / "backups").iterdir()]
    if was_older:  # a backup of the untouched old file comes before any migration
        assert any("before-migration" in name for name in names)


def test_revision_list_matches_alembics_chain() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    chain = [script.revision for script in ScriptDirectory.from_config(config).walk_revisions()]
    assert tuple(reversed(chain)) == SCHEMA_REVISIONS


def test_migrations_from_empty_build_exactly_the_models_schema(tmp_path: Path) -> None:
    """A new file is created from the models (fast, no Alembic); an old one is upgraded by the migrations.
    Both roads must give the same tables, columns, keys and indexes."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from parcours_app.storage.tables import METADATA

    migrated = tmp_path / "migrated.sqlite"
    migrate(migrated)
    engine = create_engine(f"sqlite:///{migrated}")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), METADATA)
    engine.dispose()
    assert differences == []

    created_dir = tmp_path / "created"
    open_store(created_dir, clock=CLOCK).close()

    def describe(path: Path) -> dict[str, object]:
        connection = sqlite3.connect(path)
        tables = [
            row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        shape: dict[str, object] = {}
        for table in tables:
            shape[table] = (
                connection.execute(f"PRAGMA table_info({table})").fetchall(),
                connection.execute(f"PRAGMA foreign_key_list({table})").fetchall(),
                sorted(
                    (*row[1:3], connection.execute(f"PRAGMA index_info({row[1]})").fetchall())
                    for row in connection.execute(f"PRAGMA index_list({table})")
                ),
            )
        connection.close()
        return shape

    assert describe(created_dir / "parcours.sqlite") == describe(migrated)


def _future_copy(data_dir: Path, revision: str) -> Path:
    data_dir.mkdir()
    database = data_dir / "parcours.sqlite"
    shutil.copyfile(FIXTURE_FILES[-1], database)
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.execute("CREATE TABLE added_by_version_9 (id INTEGER PRIMARY KEY)")
    connection.close()
    return database


def test_a_newer_schema_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    database = _future_copy(data_dir, "0900_future")
    digest = hashlib.sha256(database.read_bytes()).hexdigest()
    with pytest.raises(NewerSchemaError) as refused:
        open_store(data_dir, clock=CLOCK)
    assert "version plus récente" in refused.value.render() and "0900_future" in refused.value.render()
    assert hashlib.sha256(database.read_bytes()).hexdigest() == digest
    assert not (data_dir / "backups").exists() and not (data_dir / "damaged").exists()
    open_store_again = tree_snapshot(data_dir)
    with pytest.raises(NewerSchemaError):
        open_store(data_dir, clock=CLOCK)
    assert tree_snapshot(data_dir) == open_store_again  # refusing twice changes nothing either


def test_data_check_fails_on_a_file_from_a_newer_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 13: a script running `parcours data check` must learn that this version cannot open the file (exit 1),
    and the check, like the refusal above, leaves the file byte-identical."""
    from parcours_app.storage.commands import run_data_command

    data_dir = tmp_path / "data"
    database = _future_copy(data_dir, "0900_future")
    digest = hashlib.sha256(database.read_bytes()).hexdigest()
    assert run_data_command(["check", "--data-dir", str(data_dir)]) == 1
    said = capsys.readouterr().out
    assert "0900_future" in said and "version plus récente" in said
    assert hashlib.sha256(database.read_bytes()).hexdigest() == digest


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    database = data_dir / "parcours.sqlite"
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO photos (name) VALUES ('plage.jpg')")
    connection.commit()
    connection.close()
    digest = hashlib.sha256(database.read_bytes()).hexdigest()
    with pytest.raises(ForeignDatabaseError):
        open_store(data_dir, clock=CLOCK)
    assert hashlib.sha256(database.read_bytes()).hexdigest() == digest


def _migrations_with(tmp_path: Path, upgrade_body: str) -> Path:
    """A copy of the real migrations plus a revision 9999 made up for the test, after the real head."""
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0002_test.py").write_text(
        '"""Test revision."""\n\nimport sqlalchemy as sa\nfrom alembic import op\n\n'
        'revision = "9999"\n'
        f'down_revision = "{HEAD}"\nbranch_labels = None\ndepends_on = None\n\n\n'
        f"def upgrade() -> None:\n{upgrade_body}\n\n\ndef downgrade() -> None:\n    pass\n",
        encoding="utf-8",
    )
    return folder


RECREATE_PARENT_TABLE = (
    '    with op.batch_alter_table("place", recreate="always") as batch:\n'
    '        batch.add_column(sa.Column("floor", sa.String(), nullable=True))\n'
)


def test_an_upgrade_is_backed_up_first_and_keeps_every_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs the real upgrade path of open_store with a made-up revision 0002 that rebuilds `place` (batch mode).
    `place_service` rows point at `place` with ON DELETE CASCADE: with foreign keys on, dropping the old table
    would delete them; the migration runs with them off and checks them before committing."""
    import parcours_app.storage.schema as schema

    monkeypatch.setattr(schema, "MIGRATIONS_DIR", _migrations_with(tmp_path, RECREATE_PARENT_TABLE))
    monkeypatch.setattr(schema, "SCHEMA_REVISIONS", (*SCHEMA_REVISIONS, "9999"))
    monkeypatch.setattr(schema, "HEAD", "9999")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    database = data_dir / "parcours.sqlite"
    shutil.copyfile(FIXTURES / "v1.sqlite", database)
    before = _row_counts(database)
    with open_store(data_dir, clock=CLOCK) as store:
        assert store.contents() == EXPECTED["v1"]
    connection = sqlite3.connect(database)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]
    assert "floor" in {row[1] for row in connection.execute("PRAGMA table_info(place)")}
    connection.close()
    assert _row_counts(database) == before
    backups = list((data_dir / "backups").iterdir())
    assert [path.name for path in backups] == ["parcours-2026-11-22T100000-before-migration-9999.sqlite"]
    assert _row_counts(backups[0]) == before


def test_a_failing_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import parcours_app.storage.schema as schema

    failing = (
        RECREATE_PARENT_TABLE
        + "    op.execute(\"UPDATE event_state SET note = 'changed'\")\n"
        + '    raise RuntimeError("step 0002 failed half-way")\n'
    )
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", _migrations_with(tmp_path, failing))
    monkeypatch.setattr(schema, "SCHEMA_REVISIONS", (*SCHEMA_REVISIONS, "9999"))
    monkeypatch.setattr(schema, "HEAD", "9999")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    database = data_dir / "parcours.sqlite"
    shutil.copyfile(FIXTURES / "v1.sqlite", database)
    with pytest.raises(MigrationError) as refused:
        open_store(data_dir, clock=CLOCK)
    assert "0001 -> 9999: step 0002 failed half-way" in refused.value.render()
    assert refused.value.backup is not None and refused.value.backup.exists()
    # The file is still the sound version-1 file: the real 0002_leave_plans ran in the same transaction and was
    # rolled back with the failing step (the store of this code reads tables v1 lacks, so look with sqlite3).
    connection = sqlite3.connect(database)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    assert "floor" not in {row[1] for row in connection.execute("PRAGMA table_info(place)")}
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "leave_plan" not in tables
    assert connection.execute("SELECT COUNT(*) FROM event_state WHERE note = 'changed'").fetchone() == (0,)
    connection.close()
