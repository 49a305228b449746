"""`parcours data export` / `import`: identical data after a round trip, and malformed or hostile files refused
with a message naming the problem and exit status 2, without writing anything."""

from __future__ import annotations

import copy
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from storage_samples import sample_contents, tree_snapshot

from parcours_app.storage import open_store
from parcours_app.storage.commands import run_data_command
from parcours_app.storage.transfer import FORMAT_NAME, FORMAT_VERSION, contents_to_document


def _run(*argv: str) -> int:
    return run_data_command(list(argv))


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, Any]:
    """A valid export of the sample family, as a JSON document to damage."""
    source = tmp_path / "source"
    with open_store(source) as store:
        store.replace_contents(sample_contents())
    target = tmp_path / "export.json"
    assert _run("export", str(target), "--data-dir", str(source)) == 0
    document: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    return document


def test_export_then_import_into_an_empty_folder_gives_identical_data(tmp_path: Path) -> None:
    contents = sample_contents(event_states=500)
    first, second = tmp_path / "first", tmp_path / "second"
    with open_store(first) as store:
        store.replace_contents(contents)
    export = tmp_path / "famille.json"
    assert _run("export", str(export), "--data-dir", str(first)) == 0
    if os.name == "posix":
        assert stat.S_IMODE(export.stat().st_mode) == 0o600  # health data: owner only
    assert _run("import", str(export), "--data-dir", str(second)) == 0
    with open_store(second) as store:
        assert store.contents() == contents
    again = tmp_path / "again.json"
    assert _run("export", str(again), "--data-dir", str(second)) == 0
    first_document, second_document = json.loads(export.read_text()), json.loads(again.read_text())
    first_document.pop("exported_at")
    second_document.pop("exported_at")
    assert first_document == second_document


def test_the_export_is_the_documented_format(tmp_path: Path, exported: dict[str, Any]) -> None:
    assert exported["format"] == FORMAT_NAME and exported["version"] == FORMAT_VERSION == 4
    assert set(exported) == {
        "format", "version", "exported_at", "app_version", "family", "event_states", "appointments",
        "selftest_results", "places", "settings", "leave_plans",
    }  # fmt: skip
    assert exported["family"]["pregnancies"][1]["conception"] == "2026-02-14"
    assert exported["appointments"][0]["starts_at"] == "2024-11-04T08:45:00"
    assert exported["places"][0]["services"][0] == {"component": "parenting-support", "description": "Café des parents"}
    documented = (Path(__file__).resolve().parents[2] / "docs" / "DATA-FORMAT.md").read_text(encoding="utf-8")
    for key in exported["family"]["pregnancies"][0]:
        assert f"`{key}`" in documented, key
    plan = exported["leave_plans"][0]
    assert plan["planned_with_birth"] == "2026-02-27"
    assert plan["periods"][0] == {
        "parent": "second-parent",
        "kind": "paternity",
        "start": "2026-03-09",
        "end": "2026-03-22",
    }
    for key in (*plan, *plan["periods"][0]):
        assert f"`{key}`" in documented, key
    # version 3 (issue 16): when the family started using the app, when each pregnancy and child was added
    assert exported["family"]["started_on"] == "2023-12-20"
    assert exported["family"]["pregnancies"][1]["added_on"] == "2026-03-20"
    assert exported["family"]["children"][1]["added_on"] == "2024-01-09"
    assert exported["family"]["children"][0]["added_on"] is None
    for key in ("started_on", "added_on"):
        assert f"`{key}`" in documented, key


def test_a_file_that_does_not_say_when_the_family_started_starts_on_the_import_day(
    tmp_path: Path, exported: dict[str, Any]
) -> None:
    """A version-2 file has no `started_on`: the family started using the app on the day of the import."""
    from parcours_app.core.clock import SystemClock

    version1 = copy.deepcopy(exported)
    version1["version"] = 2
    del version1["family"]["started_on"]
    for item in (*version1["family"]["pregnancies"], *version1["family"]["children"]):
        del item["added_on"]
    source = tmp_path / "v1.json"
    source.write_text(json.dumps(version1), encoding="utf-8")
    before = SystemClock().today()
    assert _run("import", str(source), "--data-dir", str(tmp_path / "imported")) == 0
    with open_store(tmp_path / "imported") as store:
        family = store.load_family()
    assert family is not None and family.started_on is not None
    assert before <= family.started_on <= SystemClock().today()  # the import day (a run across midnight allowed)
    assert all(p.added_on is None for p in family.pregnancies)


def test_a_version_1_file_is_still_read(tmp_path: Path, exported: dict[str, Any]) -> None:
    old = {key: value for key, value in exported.items() if key != "leave_plans"}
    old["version"] = 1
    file = tmp_path / "v1.json"
    file.write_text(json.dumps(old), encoding="utf-8")
    target = tmp_path / "target"
    assert _run("import", str(file), "--data-dir", str(target)) == 0
    with open_store(target) as store:
        assert store.contents().leave_plans == ()
        assert store.contents().family == sample_contents().family


def test_import_refuses_to_overwrite_data_without_replace(tmp_path: Path, exported: dict[str, Any]) -> None:
    target = tmp_path / "target"
    with open_store(target) as store:
        store.set_setting("language", "ar")
    file = tmp_path / "in.json"
    file.write_text(json.dumps(exported), encoding="utf-8")
    before = tree_snapshot(target)
    assert _run("import", str(file), "--data-dir", str(target)) == 2
    assert tree_snapshot(target) == before
    assert _run("import", str(file), "--data-dir", str(target), "--replace") == 0
    with open_store(target) as store:
        assert store.contents() == sample_contents()
    assert any("before-import" in path.name for path in (target / "backups").iterdir())


def _set(document: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    *parents, last = [part.replace("\\", ".") for part in path.replace("\\.", "\\").split(".")]
    node: Any = changed
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is _DELETE:
        del node[int(last) if last.isdigit() else last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return changed


_DELETE = object()

# (case, how to damage the valid export, a fragment the message must contain)
BAD_DOCUMENTS = [
    ("wrong type: text for a number", "family.pregnancies.0.cycle_length", "28", "family.pregnancies[0].cycle_length"),
    ("wrong type: number for a boolean", "event_states.3.dismissed", 1, "event_states[3].dismissed"),
    ("wrong type: list expected", "event_states", {"a": 1}, "event_states : une liste"),
    ("wrong type: object expected", "family", [1, 2], "family : un objet"),
    ("wrong type: answers as text", "selftest_results.0.answers", "1,0,2", "selftest_results[0].answers"),
    ("wrong type: float id", "appointments.0.id", 1.5, "appointments[0].id"),
    ("unknown version", "version", 5, "version 5"),
    ("leave period of a fixed kind", "leave_plans.0.periods.0.kind", "maternity", "leave_plans[0].periods[0].kind"),
    (
        "leave period ending before it starts",
        "leave_plans.0.periods.0.end",
        "2026-03-01",
        "leave_plans[0].periods[0].end",
    ),
    ("version as text", "version", "1", 'version "1"'),
    ("not our format", "format", "autre-app", "n'est pas un export de Parcours"),
    (
        "date out of range (future)",
        "family.pregnancies.0.due",
        "2500-01-01",
        "family.pregnancies[0].due : la date 2500-01-01",
    ),
    ("date out of range (past)", "family.children.1.birth", "1850-06-01", "hors de la période acceptée"),
    ("date out of range (year 1)", "event_states.1.done_on", "0001-01-01", "event_states[1].done_on"),
    ("date-time out of range", "appointments.1.starts_at", "9999-12-31T23:59:59", "appointments[1].starts_at"),
    ("impossible date", "family.children.0.birth", "2024-02-30", 'la date "2024-02-30" n\'existe pas'),
    ("date in another format", "event_states.1.done_on", "01/02/2024", "AAAA-MM-JJ"),
    (
        "date-time with a time zone",
        "appointments.0.starts_at",
        "2024-11-04T08:45:00+01:00",
        "appointments[0].starts_at",
    ),
    ("unknown enum value", "family.region", "atlantide", 'valeur inconnue "atlantide"'),
    ("unknown field", "family.pregnancies.0.ddr_bis", "2024-01-01", "family.pregnancies[0].ddr_bis : champ inconnu"),
    ("missing required field", "family.children.0.birth", _DELETE, "family.children[0].birth : champ obligatoire"),
    ("self-test total that lies", "selftest_results.0.total", 30, "ne correspond pas à la somme"),
    ("self-test answer out of range", "selftest_results.0.answers.2", 7, "selftest_results[0].answers[2]"),
    ("duplicate event id", "event_states.1.event_id", "__copy_of_0__", "apparaît deux fois"),
    ("negative number", "appointments.0.duration_minutes", -5, "appointments[0].duration_minutes"),
    ("too long text", "event_states.0.note", "x" * 10_001, "texte trop long"),
    ("nul character", "family.parent1_name", "a\x00b", "caractère nul"),
    # Issue 14, point 2: what the forms refuse, the import refuses, with the forms' own messages (core.validation).
    ("cycle of 1 day", "family.pregnancies.0.cycle_length", 1, "family : La durée du cycle doit être comprise entre"),
    ("9 babies", "family.pregnancies.1.multiple", 9, "family : Le nombre de bébés attendus doit être 1, 2 ou 3"),
    ("200 pregnancies", "family.pregnancies", "__200_pregnancies__", "family : Trop de grossesses ou d'enfants"),
    ("child of a missing pregnancy", "family.children.1.pregnancy_key", "nope", "grossesse qui n'existe pas"),
    ("contradictory dates", "family.pregnancies.0.due", "2024-12-30", "family : "),
    ("self-test band that lies", "selftest_results.0", "__total_30_low__", "selftest_results[0] : Le niveau « low »"),
    ("javascript: website", "places.0.website", "javascript:alert(1)", "doit être une adresse web complète"),
    ("empty place name", "places.0.name", "  ", "places[0] : Fiche du lieu : le nom est obligatoire"),
    ("5,000-deep reminders list", "settings.reminders\\.sent", "[" * 5000 + "]" * 5000, "settings.reminders.sent :"),
]


@pytest.mark.parametrize(("case", "path", "value", "expected"), BAD_DOCUMENTS, ids=[case[0] for case in BAD_DOCUMENTS])
def test_a_bad_document_changes_nothing_and_names_the_problem(
    tmp_path: Path,
    exported: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    case: str,
    path: str,
    value: Any,
    expected: str,
) -> None:
    if value == "__copy_of_0__":
        value = exported["event_states"][0]["event_id"]
    elif value == "__200_pregnancies__":
        value = [dict(exported["family"]["pregnancies"][1], key=f"pregnancy{index}") for index in range(200)]
    elif value == "__total_30_low__":
        value = dict(exported["selftest_results"][0], answers=[3] * 10, total=30, band="low")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(_set(exported, path, value), ensure_ascii=False), encoding="utf-8")
    _assert_refused_without_writing(tmp_path, bad, expected, capsys)


def _assert_refused_without_writing(
    tmp_path: Path, bad: Path, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    empty = tmp_path / "empty"
    assert _run("import", str(bad), "--data-dir", str(empty)) == 2
    assert not empty.exists()  # not even the folder was created
    message = capsys.readouterr().err
    assert expected in message, message

    existing = tmp_path / "existing"
    with open_store(existing) as store:
        store.set_setting("language", "fr")
        kept = store.contents()
    before = tree_snapshot(existing)
    assert _run("import", str(bad), "--data-dir", str(existing), "--replace") == 2
    assert tree_snapshot(existing) == before  # byte for byte
    with open_store(existing) as store:
        assert store.contents() == kept
    capsys.readouterr()


RAW_BAD_FILES = [
    ("truncated JSON", None, "n'est pas du JSON valide (ligne"),
    ("empty file", b"", "n'est pas du JSON valide"),
    ("not UTF-8", b'{"format": "\xff\xfe"}', "UTF-8"),
    ("NaN", b'{"format": "parcours-1000-jours", "version": NaN}', "NaN"),
    (
        "duplicate key",
        b'{"format": "parcours-1000-jours", "format": "x", "version": 1}',
        "« format » apparaît deux fois",
    ),
    ("deep nesting", b"[" * 100_000 + b"]" * 100_000, "imbriqué trop profondément"),
    ("a JSON list", b"[1, 2, 3]", "n'est pas un export de Parcours"),
    ("a binary file", bytes(range(256)) * 64, "UTF-8"),
]


@pytest.mark.parametrize(("case", "data", "expected"), RAW_BAD_FILES, ids=[case[0] for case in RAW_BAD_FILES])
def test_a_malformed_file_changes_nothing(
    tmp_path: Path,
    exported: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    case: str,
    data: bytes | None,
    expected: str,
) -> None:
    bad = tmp_path / "bad.json"
    if data is None:
        whole = json.dumps(exported, ensure_ascii=False, indent=2).encode()
        data = whole[: len(whole) * 2 // 3]  # cut in the middle, as a full disk or an interrupted copy would
    bad.write_bytes(data)
    _assert_refused_without_writing(tmp_path, bad, expected, capsys)


def test_a_50_mb_file_is_refused_before_it_is_read(
    tmp_path: Path, exported: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.json"
    padding = "x" * (50 * 1024 * 1024)
    big.write_text(json.dumps({**exported, "settings": {"padding": padding}}), encoding="utf-8")
    assert big.stat().st_size > 50 * 1024 * 1024
    # 50 MiB and a few kB, rounded up
    _assert_refused_without_writing(tmp_path, big, "Le fichier fait 50.1 Mo", capsys)


def test_a_missing_file_and_a_bad_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("import", str(tmp_path / "absent.json"), "--data-dir", str(tmp_path / "d")) == 2
    assert "ne peut pas être lu" in capsys.readouterr().err
    assert _run("import") == 2
    assert _run("frobnicate") == 2
    assert not (tmp_path / "d").exists()


def test_export_of_a_folder_without_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("export", str(tmp_path / "out.json"), "--data-dir", str(tmp_path / "none")) == 1
    assert "Aucune donnée" in capsys.readouterr().err
    assert not (tmp_path / "none").exists() and not (tmp_path / "out.json").exists()


def test_document_builder_matches_the_written_file(exported: dict[str, Any]) -> None:
    rebuilt = contents_to_document(sample_contents(), exported_at=__import__("datetime").datetime(2026, 1, 1))
    rebuilt.pop("exported_at")
    exported.pop("exported_at")
    assert rebuilt == exported


def _hostile(exported: dict[str, Any], case: str) -> bytes:
    marker = "__HOSTILE__"
    text = json.dumps(_set(exported, "event_states.0.note", marker), ensure_ascii=True)
    replacement = {
        "lone surrogate": '"\\ud800"',
        "lone surrogate in a key": None,
        "integer of 5000 digits": "1" * 5000,
        "980-deep nesting": "[" * 980 + "]" * 980,
        "980-deep objects": '{"a":' * 980 + "1" + "}" * 980,
    }[case]
    if replacement is None:
        return text.replace('"settings": {', '"settings": {"\\udc80x": "1", ', 1).replace(f'"{marker}"', '""').encode()
    return text.replace(f'"{marker}"', replacement).encode()


HOSTILE_CASES = [
    "lone surrogate",
    "lone surrogate in a key",
    "integer of 5000 digits",
    "980-deep nesting",
    "980-deep objects",
]


@pytest.mark.parametrize("case", HOSTILE_CASES)
def test_a_hostile_file_exits_2_with_one_line_and_writes_nothing(
    tmp_path: Path, exported: dict[str, Any], capsys: pytest.CaptureFixture[str], case: str
) -> None:
    """Issue 14, point 3: these gave exit 1 and a traceback; a lone surrogate failed after the before-import backup."""
    bad = tmp_path / "bad.json"
    bad.write_bytes(_hostile(exported, case))
    existing = tmp_path / "existing"
    with open_store(existing) as store:
        store.set_setting("language", "fr")
    before = tree_snapshot(existing)
    capsys.readouterr()
    assert _run("import", str(bad), "--data-dir", str(existing), "--replace") == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert tree_snapshot(existing) == before  # not a byte written, no before-import backup
    assert _run("import", str(bad), "--data-dir", str(tmp_path / "empty")) == 2
    assert not (tmp_path / "empty").exists()


def test_a_file_one_byte_over_the_limit_says_it_is_over(
    tmp_path: Path, exported: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    # Issue 14, point 7: 10 MiB + 1 byte was refused as "10.0 Mo … au plus 10 Mo".
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (10 * 1024 * 1024 + 1))
    _assert_refused_without_writing(tmp_path, big, "Le fichier fait 10.1 Mo", capsys)
