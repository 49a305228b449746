"""The translation pipeline end to end: extraction (code and data), lupdate merge, .ts reading, .qm building,
the pseudo-language, and the wheel carrying compiled translations."""

from __future__ import annotations

import importlib
import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

from parcours_app import i18n_build
from parcours_app.ts_translator import (
    PSEUDO_LANGUAGE,
    catalog_for,
    pseudo_localize,
    read_ts,
    translator_for,
)

REPO = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", REPO / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def test_code_extraction_reads_literals_constants_conditionals_and_wrappers(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "sample.py").write_text(
        "from parcours_app.core.text import Text, tr_noop\n"
        '_CONTEXT = "Journey"\n'
        "def _fr(source, *args):\n"
        '    return Text("Dating", source, tuple(str(a) for a in args))\n'
        "def build(ended, name, title):\n"
        '    a = Text("Export", "Format « %1 » inconnu", ("x",))\n'
        '    b = Text(_CONTEXT, "Grossesse %1 (terminée)" if ended else "Grossesse %1", ("2",))\n'
        '    c = _fr("La date %1 est impossible.", "31/02")\n'
        '    d = tr_noop("rules", "Examen prénatal")\n'
        '    e = Text(context="kw", source="Par mot-clé")\n'
        '    f = Text("content", title)\n'
        '    g = Text("Export", "%1", (name,))\n'
        "    return a, b, c, d, e, f, g\n",
        encoding="utf-8",
    )
    TOOL.REPO = tmp_path
    try:
        found = {(item.context, item.source) for item in TOOL.extract_code_texts(package)}
    finally:
        TOOL.REPO = REPO
    assert found == {
        ("Export", "Format « %1 » inconnu"),
        ("Journey", "Grossesse %1 (terminée)"),
        ("Journey", "Grossesse %1"),
        ("Dating", "La date %1 est impossible."),
        ("rules", "Examen prénatal"),
        ("kw", "Par mot-clé"),
    }  # not the data title (a variable) nor the bare "%1", which has nothing to translate


def test_data_extraction_follows_keys_contexts_and_french_only_rules(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    (resources / "rules").mkdir(parents=True)
    (resources / "selftest").mkdir()
    (resources / "rules" / "pregnancy.toml").write_text(
        '[[rule]]\nid = "pregnancy.exam.1"\ntitle = "Premier examen prénatal"\n'
        'explanation = "Avant la fin du 3e mois."\nurl = "https://www.ameli.fr/x"\n'
        '[rule.source]\ntitle = "Code de la santé publique, article R2122-1"\n'
        '[[rule.steps]]\nlabel = { feminine = "Vous êtes prête", masculine = "Vous êtes prêt" }\n',
        encoding="utf-8",
    )
    (resources / "selftest" / "epds-en.toml").write_text('language = "en"\ntitle = "EPDS"\n', encoding="utf-8")
    (resources / "places.toml").write_text(
        'i18n_context = "helplines"\ni18n_keys = ["purpose"]\n[[line]]\nname = "3114"\npurpose = "Écoute"\n'
        'title = "not extracted: not in i18n_keys"\n',
        encoding="utf-8",
    )
    found = {(item.context, item.source) for item in TOOL.extract_data_texts(resources)}
    assert found == {
        ("Rules", "Premier examen prénatal"),  # resources/rules -> "Rules", the context core.rules uses
        ("Rules", "Avant la fin du 3e mois."),
        ("Rules", "Vous êtes prête"),
        ("Rules", "Vous êtes prêt"),
        ("helplines", "Écoute"),
    }


def test_data_contexts_are_those_the_core_loaders_translate_with() -> None:
    """A data string is only translated when the extractor and the core loader agree on its context."""
    contexts = {item.context for item in TOOL.extract_data_texts()}
    loaders = {
        "parcours_app.core.rules": "TEXT_CONTEXT",
        "parcours_app.core.content_files": "TRANSLATION_CONTEXT",
        "parcours_app.core.samples": "SAMPLES_CONTEXT",
        "parcours_app.core.helplines": "TRANSLATION_CONTEXT",
    }
    for module_name, constant in loaders.items():
        module = importlib.import_module(module_name)
        assert getattr(module, constant) in contexts, f"{module_name}.{constant} has no string in the data files"
    assert (
        TOOL.data_context(REPO / "resources" / "rules" / "x.toml", {})
        == importlib.import_module("parcours_app.core.rules").TEXT_CONTEXT
    )


def _fill(ts_file: Path, context: str, source: str, translation: str) -> None:
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts_file)
    for context_node in tree.getroot().iter("context"):
        if context_node.findtext("name") != context:
            continue
        for message in context_node.iter("message"):
            if message.findtext("source") == source:
                node = message.find("translation")
                assert node is not None
                node.text = translation
                node.attrib.pop("type", None)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def test_update_keeps_existing_translations_and_annotates_data_origins(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    TOOL.update(["en"], folder=folder)
    ts_file = folder / "parcours_en.ts"
    messages = read_ts(ts_file)
    assert messages, "the app has translatable strings"
    target = next(message for message in messages if message.extra_comment.startswith("From "))
    _fill(ts_file, target.context, target.source, "A TRANSLATION KEPT ACROSS UPDATES")
    TOOL.update(["en"], folder=folder)
    after = {(m.context, m.source): m for m in read_ts(ts_file)}
    kept = after[(target.context, target.source)]
    assert kept.translation == "A TRANSLATION KEPT ACROSS UPDATES"
    assert kept.finished
    assert TOOL.GENERATED_NAME not in ts_file.read_text(encoding="utf-8")  # no location in the temporary file


def test_ts_reader_uses_only_finished_translations(tmp_path: Path) -> None:
    (tmp_path / "parcours_en.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en" sourcelanguage="fr">\n'
        "<context><name>rules</name>\n"
        "<message><source>Terme</source><translation>Due date</translation></message>\n"
        '<message><source>Congé</source><translation type="unfinished">Leave</translation></message>\n'
        '<message><source>Ancien</source><translation type="vanished">Old</translation></message>\n'
        "<message><source>Vide</source><translation></translation></message>\n"
        "</context></TS>\n",
        encoding="utf-8",
    )
    translate = translator_for("en", tmp_path)
    assert translate("rules", "Terme") == "Due date"
    assert translate("rules", "Congé") == "Congé"  # unfinished: lrelease drops it too
    assert translate("rules", "Ancien") == "Ancien"
    assert translate("rules", "Vide") == "Vide"
    assert translate("content", "Terme") == "Terme"  # another context is another string
    assert translator_for("fr", tmp_path)("rules", "Terme") == "Terme"
    assert catalog_for("de", tmp_path) == {}


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        ("Grossesse %1 sur %2", ["%1", "%2"]),
        ("<b>Attention</b> : %L1 jours", ["<b>", "</b>", "%L1"]),
        ("Lait &amp; biberons", ["&amp;"]),
        ("Parents && enfants", ["&&"]),
        ("%n jour(s)", ["%n"]),
    ],
)
def test_pseudo_language_keeps_placeholders_and_markup(source: str, kept: list[str]) -> None:
    pseudo = pseudo_localize(source)
    for piece in kept:
        assert pseudo.count(piece) == source.count(piece)
    assert pseudo.startswith("[") and pseudo.endswith("]")
    assert len(pseudo) >= 1.4 * len(source)


def test_pseudo_language_accents_every_letter_and_leaves_empty_text_alone() -> None:
    assert pseudo_localize("Fermer") == "[Ƒéŕɱéŕ ~~]"
    assert pseudo_localize("") == ""
    assert pseudo_localize("   ") == "   "
    assert translator_for(PSEUDO_LANGUAGE)("any", "Oui") == "[Öûî ~~]"


def test_translations_compile_and_load_in_qt(tmp_path: Path) -> None:
    built = i18n_build.build_translations(output=tmp_path, force=True)
    assert sorted(path.name for path in built) == ["parcours_ar.qm", "parcours_en.qm"]
    translator = QTranslator()
    assert translator.load("parcours_en", str(tmp_path))


def test_a_missing_qm_is_compiled_in_memory_and_nothing_is_written(tmp_path: Path, qapp: object) -> None:
    """Issue 14, point 9: changing the language wrote ~/.cache/…/translations/*.qm (0755/0644), also in the
    consultation mode where PRIVACY.md promises nothing is written. Now a missing .qm is compiled in memory."""
    from PySide6.QtCore import QCoreApplication

    from parcours_app.ui.i18n import LanguageManager

    folder = tmp_path / "translations"
    folder.mkdir()
    for ts_file in (REPO / "translations").glob("parcours_*.ts"):
        shutil.copy(ts_file, folder)
    cache = i18n_build.user_cache_dir()  # conftest points XDG_CACHE_HOME to a temp dir
    shutil.rmtree(cache, ignore_errors=True)
    manager = LanguageManager(qapp, folder)  # type: ignore[arg-type]
    try:
        manager.set_language("ar")
        assert QCoreApplication.translate("MainWindow", "Aujourd'hui") == "اليوم"
        manager.set_language("pseudo")
        assert QCoreApplication.translate("MainWindow", "Aujourd'hui").startswith("[")
        manager.set_language("en")
        assert QCoreApplication.translate("MainWindow", "Aujourd'hui") == "Today"
    finally:
        manager.uninstall()
    assert not cache.exists()  # nothing in the user's cache
    assert sorted(path.name for path in folder.iterdir()) == ["parcours_ar.ts", "parcours_en.ts"]


def test_switching_language_100_times_keeps_two_translators(qapp: object) -> None:
    """Issue 14, point 4: each switch kept its old translators alive (165 more per 100 switches)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from parcours_app.ui.i18n import LanguageManager

    manager = LanguageManager(qapp)  # type: ignore[arg-type]
    try:
        for _ in range(50):
            manager.set_language("en")
            manager.set_language("ar")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert manager.translator_count() <= 2  # qtbase_ar and parcours_ar
    finally:
        manager.uninstall()


@pytest.mark.slow
def test_built_wheel_ships_compiled_translations(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(REPO),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in ("en", "ar"):
        assert f"parcours_app/translations/parcours_{language}.qm" in names
        assert f"parcours_app/translations/parcours_{language}.ts" in names  # read by the command line


def _ts_json() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ts_json", REPO / "tools" / "ts_json.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ts_json_round_trips_plural_forms(tmp_path: Path) -> None:
    """A %n message has one form per plural form of the language (English: one, other)."""
    ts_file = tmp_path / "parcours_en.ts"
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en" sourcelanguage="fr">'
        "<context><name>Dialog</name>"
        '<message numerus="yes"><source>%n minute(s) avant</source>'
        '<translation type="unfinished"><numerusform/><numerusform/></translation></message>'
        '<message><source>Rappel : %1</source><translation type="unfinished"/></message>'
        "</context></TS>\n",
        encoding="utf-8",
    )
    tool = _ts_json()
    todo = tool.export("en", False, folder=tmp_path)
    assert [row["translation"] for row in todo] == [["", ""], ""]
    wrong = [{"context": "Dialog", "source": "%n minute(s) avant", "translation": ["%n minute before"]}]
    assert tool.import_rows("en", wrong, folder=tmp_path)[0] == 0, "one form for a two-form language is refused"
    done = [
        {"context": "Dialog", "source": "%n minute(s) avant", "translation": ["%n minute before", "%n minutes before"]},
        {"context": "Dialog", "source": "Rappel : %1", "translation": "Reminder: %1"},
    ]
    assert tool.import_rows("en", done, folder=tmp_path) == (2, [])
    assert tool.export("en", False, folder=tmp_path) == []
    plural = next(message for message in read_ts(ts_file) if message.source == "%n minute(s) avant")
    assert plural.finished
    # Qt reads the forms: one minute, five minutes
    built = i18n_build.build_translations(tmp_path, tmp_path / "qm", force=True)
    assert built
    translator = QTranslator()
    assert translator.load(str(tmp_path / "qm" / "parcours_en.qm"))
    assert translator.translate("Dialog", "%n minute(s) avant", None, 1) == "%n minute before"
    assert translator.translate("Dialog", "%n minute(s) avant", None, 5) == "%n minutes before"


def test_check_wants_exactly_what_update_writes(tmp_path: Path) -> None:
    """`--check` (and the completeness test) must not ask for strings that update() never writes, such as the
    calls of a local `tr(...)` helper that lupdate files under an empty context (nothing is looked up there)."""
    folder = tmp_path / "translations"
    TOOL.update(["en"], folder=folder)
    assert TOOL.missing_strings(["en"], folder=folder) == {"en": set()}
    assert all(context for context, _ in TOOL._message_keys(folder / "parcours_en.ts"))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_preferences_are_owner_only(tmp_path: Path) -> None:
    """Issue 14, point 9: preferences.ini was 0644 in a 0755 folder."""
    import stat

    from parcours_app.ui.preferences import Preferences

    path = tmp_path / "config" / "parcours-1000-jours" / "preferences.ini"
    preferences = Preferences(path)
    preferences.set("language", "ar")
    preferences.set("theme", "dark")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert Preferences(path).language == "ar"
