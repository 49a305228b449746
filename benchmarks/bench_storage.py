"""Speed of the storage layer, as ratios against a floor measured in the same run (never a timed test).

Measured on a real SQLite file in a temporary folder holding a family with 3 children and 500 event states:

- import time of the store (`parcours_app.storage.sqlite_store`, standard library `sqlite3` only since the
  performance work, docs/PERFORMANCE.md), in a fresh interpreter, against `python -c pass`; of
  `parcours_app.storage` itself (lazy, near the floor); and of what only an upgrade of an older file loads
  (the SQLModel tables and Alembic);
- open + load: `open_store` (lock, quick_check, daily-backup check, engine) then `load_family`, `event_states`,
  `appointments`, `places`, `settings`, `close`, against the floor: raw `sqlite3` opening the same file and
  selecting the same rows. Target (issue 3): under 50 ms, apart from the import time;
- export (read everything + write the JSON file) and import (read + validate the file + replace everything in
  one transaction), against `json.dumps`/`json.loads` of the same document.

    .venv/bin/python benchmarks/bench_storage.py [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from parcours_app.core.model import (
    Appointment,
    Child,
    EventState,
    Family,
    MaisonComponent,
    Place,
    PlaceKind,
    Pregnancy,
)
from parcours_app.storage.contents import StoreContents

TARGET_OPEN_LOAD_MS = 50.0


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def import_ms(statement: str, repeat: int) -> float:
    """Median wall time of a fresh interpreter running `statement` (startup included)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", statement], check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def family_contents() -> StoreContents:
    family = Family(
        pregnancies=(Pregnancy(key="", due=dt.date(2026, 3, 1), birth=dt.date(2026, 2, 25)),),
        children=(
            Child(key="", birth=dt.date(2026, 2, 25), name="Léa", pregnancy_key=""),
            Child(key="child2", birth=dt.date(2023, 6, 1), name="Tom"),
            Child(key="child3", birth=dt.date(2020, 9, 9), name="Inès"),
        ),
        parent1_name="Ana",
        parent2_name="Karim",
    )
    states = tuple(
        EventState(
            f"child{index % 3 + 1}:child.rule.{index}",
            done_on=dt.date(2026, 1, 1) + dt.timedelta(days=index % 300) if index % 2 else None,
            note="note" * (index % 5),
        )
        for index in range(500)
    )
    return StoreContents(
        family=family,
        event_states=tuple(sorted(states, key=lambda state: state.event_id)),
        appointments=tuple(
            Appointment(index + 1, dt.datetime(2026, 3, 1, 9, 0) + dt.timedelta(days=index), title=f"RDV {index}")
            for index in range(20)
        ),
        places=(
            Place(1, PlaceKind.MAISON_1000_JOURS, "Maison", services=((MaisonComponent.PARENTING_SUPPORT, "Café"),)),
            Place(2, PlaceKind.PMI, "PMI"),
        ),
        settings={"language": "fr"},
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    repeat = parser.parse_args().repeat

    imports = max(3, min(10, repeat))  # fresh interpreters per import figure
    python_floor = import_ms("pass", imports)
    package_import = import_ms("import parcours_app.storage, parcours_app.storage.paths", imports)
    engine_import = import_ms("import parcours_app.storage.sqlite_store", imports)
    alembic_import = import_ms("import parcours_app.storage.tables; import alembic.command", max(3, imports // 2))

    from parcours_app.storage import open_store
    from parcours_app.storage.transfer import contents_to_document, read_import, write_export

    contents = family_contents()
    work = Path(tempfile.mkdtemp(prefix="parcours-bench-"))
    try:
        data_dir = work / "data"
        with open_store(data_dir) as store:
            store.replace_contents(contents)
        database = data_dir / "parcours.sqlite"

        def open_and_load() -> None:
            store = open_store(data_dir)
            family = store.load_family()
            states = store.event_states()
            store.appointments()
            store.places()
            store.settings()
            store.close()
            assert family is not None and len(family.children) == 3 and len(states) == 500

        def raw_floor() -> None:
            connection = sqlite3.connect(database)
            connection.execute("SELECT * FROM family").fetchall()
            connection.execute("SELECT * FROM pregnancy ORDER BY position").fetchall()
            connection.execute("SELECT * FROM child ORDER BY position").fetchall()
            rows = connection.execute("SELECT * FROM event_state").fetchall()
            connection.execute("SELECT * FROM appointment").fetchall()
            connection.execute("SELECT * FROM place").fetchall()
            connection.execute("SELECT * FROM place_service").fetchall()
            connection.execute("SELECT * FROM setting").fetchall()
            connection.close()
            assert len(rows) == 500

        open_and_load()  # first open of the day makes the daily backup: measured apart below
        first_open = work / "first"
        shutil.copytree(data_dir, first_open)
        shutil.rmtree(first_open / "backups")

        def first_open_of_the_day() -> None:
            store = open_store(first_open)
            store.load_family()
            store.event_states()
            store.close()
            shutil.rmtree(first_open / "backups")

        export_file = work / "export.json"

        def export() -> None:
            with open_store(data_dir) as store:
                write_export(export_file, store.contents(), dt.datetime(2026, 11, 22, 10, 0))

        export()
        target = work / "target"

        def import_into_empty() -> None:
            parsed = read_import(export_file)
            with open_store(target) as store:
                store.replace_contents(parsed)

        document = contents_to_document(contents, dt.datetime(2026, 11, 22))

        def json_floor() -> None:
            json.loads(json.dumps(document, ensure_ascii=False, indent=2))

        results = [
            ("open + load (3 children, 500 states)", median_ms(open_and_load, repeat), median_ms(raw_floor, repeat)),
            ("  same, first open of the day (+backup)", median_ms(first_open_of_the_day, max(5, repeat // 3)), None),
            ("export (read all + write JSON)", median_ms(export, repeat), median_ms(json_floor, repeat)),
            ("import (validate + replace, 1 txn)", median_ms(import_into_empty, repeat), None),
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    json_floor_ms = results[2][2]
    print(f"Python startup floor (python -c pass):         {python_floor:7.1f} ms")
    print(
        f"import parcours_app.storage (lazy):            {package_import:7.1f} ms  "
        f"(+{package_import - python_floor:.1f} ms over the floor)"
    )
    print(
        f"import the store (sqlite3, no SQLAlchemy):     {engine_import:7.1f} ms  "
        f"(+{engine_import - python_floor:.1f} ms over the floor)"
    )
    print(
        f"import SQLModel + alembic (only to migrate):   {alembic_import:7.1f} ms  "
        f"(+{alembic_import - python_floor:.1f} ms over the floor)"
    )
    for name, measured, floor in results:
        floor_ms = floor if floor is not None else json_floor_ms
        floor_name = "raw sqlite3 open+select" if name.startswith("open") else "json dumps+loads"
        line = f"{name:42s} {measured:7.2f} ms"
        if floor is not None or name.startswith("import"):
            line += f"   ratio {measured / floor_ms:5.1f}x {floor_name} ({floor_ms:.2f} ms)"
        print(line)
    open_load = results[0][1]
    verdict = "OK" if open_load < TARGET_OPEN_LOAD_MS else "OVER TARGET"
    print(f"target open + load < {TARGET_OPEN_LOAD_MS:.0f} ms: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
