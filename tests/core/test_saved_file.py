"""The annotated-summary file: exact round trips (also in a new process), clear refusals, crash-safe saves."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader_app.core import saved_file
from reader_app.core.annotations import Highlight, anchor_for
from reader_app.core.atomic_write import leftover_temp_files
from reader_app.core.document import Document, PassageRole, Span
from reader_app.core.facts.model import FactKind
from reader_app.core.loading import document_from_text, load_document
from reader_app.core.reading_state import PinnedFact, ReadingState, text_hash
from reader_app.core.saved_file import SavedFileError
from reader_app.core.state_codec import document_to_json, state_to_json
from reader_app.core.translated import PassageTranslation, SentenceTranslation

ZH_TEXT = (
    "微信暂停新用户注册\n\n"
    "腾讯旗下的微信周二表示，正在暂停中国境内新用户注册。"
    "微信表示，注册服务将在升级完成后恢复，预计在八月初。"
    "微信今年早些时候在中国拥有超过十二亿月活跃用户。"
)


def _annotated(document: Document, quote: str, note: str) -> ReadingState:
    """A state with a highlight and note, a summary edit and length, a pinned fact and a translation."""
    article = document.article
    start = article.text.index(quote)
    highlight = Highlight(
        role=PassageRole.ARTICLE, anchor=anchor_for(article, Span(start, start + len(quote))), colour="green", note=note
    )
    translation = PassageTranslation(
        role=PassageRole.ARTICLE,
        source_lang=article.lang,
        target_lang="en" if article.lang != "en" else "ja",
        package="test-package 1.0",
        sentences=(
            *(
                SentenceTranslation(f"译文 {i} <b>&amp;</b>", "numbers not preserved" if i == 1 else None)
                for i in range(len(article.sentences) - 1)
            ),
            None,
        ),
    )
    pin = PinnedFact(kind=FactKind.COUNT, role=PassageRole.ARTICLE, span=Span(start, start + 3), text=quote[:3])
    return (
        ReadingState.for_document(document)
        .with_highlight(highlight)
        .with_summary_length(3)
        .with_summary_edit("My own summary: 微信 paused sign-ups.\nSecond line.")
        .with_pin(pin)
        .with_translation(translation)
    )


@pytest.fixture(params=["sample", "chinese"])
def annotated(request: pytest.FixtureRequest, sample_path: Path) -> tuple[Document, ReadingState]:
    if request.param == "sample":
        document = load_document(sample_path)
        return document, _annotated(document, "1.2 billion monthly active users", "Huge — check the number <script>")
    document = document_from_text(ZH_TEXT)
    return document, _annotated(document, "十二亿月活跃用户", "用户数量很大，需要核实")


def test_round_trip_restores_identical_state(tmp_path: Path, annotated: tuple[Document, ReadingState]) -> None:
    document, state = annotated
    path = tmp_path / "saved.json"
    saved_file.save(path, state, document)
    loaded_document, loaded_state = saved_file.load(path)
    assert loaded_state == state
    assert loaded_document == document
    assert text_hash(loaded_document) == state.text_hash


def test_round_trip_in_a_new_process(tmp_path: Path, annotated: tuple[Document, ReadingState]) -> None:
    document, state = annotated
    path = tmp_path / "saved.json"
    saved_file.save(path, state, document)
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from reader_app.core import saved_file\n"
        "from reader_app.core.state_codec import document_to_json, state_to_json\n"
        "document, state = saved_file.load(Path(sys.argv[1]))\n"
        "print(json.dumps({'document': document_to_json(document), 'state': state_to_json(state)}))\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True, encoding="utf-8"
    ).stdout
    reopened = json.loads(output)
    assert reopened["document"] == json.loads(json.dumps(document_to_json(document)))
    assert reopened["state"] == json.loads(json.dumps(state_to_json(state)))


def test_file_is_readable_json_with_format_and_version(tmp_path: Path, sample_path: Path) -> None:
    document = load_document(sample_path)
    path = tmp_path / "saved.json"
    saved_file.save(path, ReadingState.for_document(document), document)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == saved_file.FORMAT and data["version"] == saved_file.VERSION
    assert [p["role"] for p in data["document"]["passages"]] == ["prompt", "article"]
    assert "もっと詳しく" in path.read_text(encoding="utf-8")  # stored readable, not \\u-escaped
    assert saved_file.looks_like_saved_file(path)


def test_the_file_keeps_the_revision_it_was_saved_at(
    tmp_path: Path, annotated: tuple[Document, ReadingState]
) -> None:
    document, state = annotated
    assert state.revision > 0
    path = tmp_path / "saved.json"
    saved_file.save(path, state, document)
    assert json.loads(path.read_text(encoding="utf-8"))["state"]["revision"] == state.revision
    assert saved_file.load(path)[1].revision == state.revision


def test_a_version_1_file_reads_as_revision_0(tmp_path: Path, annotated: tuple[Document, ReadingState]) -> None:
    """Files from before revisions existed: older than any change made since, so they never replace newer work."""
    document, state = annotated
    data = saved_file.to_json(state, document)
    data["version"] = 1
    del data["state"]["revision"]
    path = tmp_path / "first-format.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    _, loaded = saved_file.load(path)
    assert loaded.revision == 0
    assert loaded.same_work(state)


def test_a_highlights_translation_language_is_saved_and_a_version_3_file_reads_as_unknown(
    tmp_path: Path, annotated: tuple[Document, ReadingState]
) -> None:
    document, state = annotated
    translation = state.translations[0]
    on_translation = Highlight(
        role=PassageRole.ARTICLE,
        anchor=anchor_for(translation.as_passage(), Span(0, 2)),
        translated=True,
        lang=translation.target_lang,
    )
    marked = state.with_highlight(on_translation)
    path = tmp_path / "marked.json"
    saved_file.save(path, marked, document)
    assert saved_file.load(path)[1].highlight(on_translation.id) == on_translation
    # A file written before the field existed (format version 3) opens with the language unknown.
    data = saved_file.to_json(marked, document)
    data["version"] = 3
    for highlight in data["state"]["highlights"]:
        highlight.pop("lang", None)
    older = tmp_path / "version-3.json"
    older.write_text(json.dumps(data), encoding="utf-8")
    loaded = saved_file.load(older)[1].highlight(on_translation.id)
    assert loaded is not None and loaded.lang is None and loaded.translated


def test_the_chosen_target_language_is_saved_and_a_version_2_file_reads_as_the_default(
    tmp_path: Path, annotated: tuple[Document, ReadingState]
) -> None:
    document, state = annotated
    chosen = state.with_target_lang("zh")
    path = tmp_path / "chosen.json"
    saved_file.save(path, chosen, document)
    assert json.loads(path.read_text(encoding="utf-8"))["state"]["target_lang"] == "zh"
    assert saved_file.load(path)[1].target_lang == "zh"
    # A file written before the field existed (format version 2) opens, translating into the default.
    data = saved_file.to_json(state, document)
    data["version"] = 2
    del data["state"]["target_lang"]
    older = tmp_path / "version-2.json"
    older.write_text(json.dumps(data), encoding="utf-8")
    _, loaded = saved_file.load(older)
    assert loaded.target_lang is None and loaded.same_work(state)
    # A language the app does not translate into is refused by name, like any other bad field.
    data = saved_file.to_json(state, document)
    data["state"]["target_lang"] = "xx"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SavedFileError, match=r"state\.target_lang"):
        saved_file.load(bad)


def test_saving_over_newer_work_on_the_same_document_needs_consent(
    tmp_path: Path, annotated: tuple[Document, ReadingState]
) -> None:
    document, state = annotated
    path = tmp_path / "saved.json"
    newer = state.with_summary_edit("newer wording")
    saved_file.save(path, newer, document)
    body = path.read_bytes()
    with pytest.raises(saved_file.NewerWorkError, match="holds newer work"):
        saved_file.save(path, state, document)
    with pytest.raises(saved_file.NewerWorkError, match="different work"):
        saved_file.save(path, state.with_summary_edit("other wording"), document)
    assert path.read_bytes() == body
    saved_file.save(path, newer.with_summary_length(1), document)  # newer again: replaced without a word
    saved_file.save(path, state, document, replace_newer_work=True)
    assert saved_file.load(path)[1] == state
    other_text = ReadingState.for_document(document_from_text("Another text entirely."))
    saved_file.save(path, other_text, document_from_text("Another text entirely."))  # another document: replaced
    assert saved_file.newer_work_at(tmp_path / "missing.json", state) is None


def _untouched(path: Path, body: bytes) -> None:
    with pytest.raises(SavedFileError) as caught:
        saved_file.load(path)
    assert path.read_bytes() == body
    assert "Traceback" not in str(caught.value) and path.name in str(caught.value)


def test_corrupt_file_gives_a_clear_error_and_is_untouched(tmp_path: Path, sample_path: Path) -> None:
    document = load_document(sample_path)
    path = tmp_path / "saved.json"
    saved_file.save(path, _annotated(document, "SoftBank", "note"), document)
    body = path.read_bytes()[:-200]
    path.write_bytes(body)
    _untouched(path, body)


def test_damaged_field_is_named(tmp_path: Path, sample_path: Path) -> None:
    document = load_document(sample_path)
    data = saved_file.to_json(_annotated(document, "SoftBank", "note"), document)
    data["state"]["highlights"][0]["colour"] = "purple"
    path = tmp_path / "saved.json"
    path.write_text(json.dumps(data))
    with pytest.raises(SavedFileError, match=r"highlights\[0\]\.colour"):
        saved_file.load(path)


def test_text_not_matching_its_hash_is_refused(tmp_path: Path, sample_path: Path) -> None:
    document = load_document(sample_path)
    data = saved_file.to_json(ReadingState.for_document(document), document)
    data["document"]["passages"][1]["text"] += " tampered"
    path = tmp_path / "saved.json"
    path.write_text(json.dumps(data))
    with pytest.raises(SavedFileError, match="text hash"):
        saved_file.load(path)


def test_future_version_is_refused_politely_and_never_overwritten(tmp_path: Path, sample_path: Path) -> None:
    document = load_document(sample_path)
    data = saved_file.to_json(ReadingState.for_document(document), document)
    data["version"] = saved_file.VERSION + 1
    data["new_field"] = {"from": "the future"}
    path = tmp_path / "future.json"
    body = json.dumps(data).encode()
    path.write_bytes(body)
    with pytest.raises(SavedFileError, match="newer version"):
        saved_file.load(path)
    with pytest.raises(SavedFileError, match="newer version"):
        saved_file.save(path, ReadingState.for_document(document), document)
    assert path.read_bytes() == body


def test_other_json_is_not_taken_for_a_saved_file(tmp_path: Path) -> None:
    path = tmp_path / "package.json"
    path.write_text('{"name": "something else"}')
    assert not saved_file.looks_like_saved_file(path)
    _untouched(path, path.read_bytes())


def test_older_versions_are_migrated(tmp_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file of the current version is read through a registered migration once the format moves on."""
    document = load_document(sample_path)
    state = _annotated(document, "SoftBank", "old note")
    path = tmp_path / "old.json"
    saved_file.save(path, state, document)

    def rename_summary(data: dict[str, object]) -> dict[str, object]:
        inner = data["state"]
        assert isinstance(inner, dict)
        inner["summary_edit"] = "migrated: " + str(inner["summary_edit"])
        return data

    monkeypatch.setattr(saved_file, "VERSION", saved_file.VERSION + 1)
    monkeypatch.setitem(saved_file.MIGRATIONS, saved_file.VERSION - 1, rename_summary)
    _, loaded = saved_file.load(path)
    assert loaded.summary_edit == "migrated: " + str(state.summary_edit)
    assert loaded.highlights == state.highlights


_SAVER = """
import sys
from pathlib import Path
from reader_app.core import saved_file
document, base = saved_file.load(Path(sys.argv[2]))
print("ready", flush=True)
n = 0
while True:
    n += 1
    saved_file.save(Path(sys.argv[1]), base.with_summary_edit(f"version {n}"), document)
"""


@pytest.mark.slow
def test_kill_while_saving_leaves_a_complete_file(tmp_path: Path, sample_path: Path) -> None:
    text = sample_path.read_text(encoding="utf-8")
    big = text + ("\n\n" + text.split("\n\n", 1)[1]) * 800  # about 1.6 MB of article
    document = document_from_text(big)
    path, source = tmp_path / "saved.json", tmp_path / "initial.json"
    saved_file.save(path, ReadingState.for_document(document).with_summary_edit("version 0"), document)
    source.write_bytes(path.read_bytes())
    rng = random.Random(5)
    last = 0
    for round_number in range(12):
        child = subprocess.Popen([sys.executable, "-c", _SAVER, str(path), str(source)], stdout=subprocess.PIPE)
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.15))
        if round_number == 11 and last == 0:  # a loaded machine may not finish a 1.6 MB save in 0.15 s: wait for one
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and saved_file.load(path)[1].summary_edit == "version 0":
                time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        _, state = saved_file.load(path)  # a complete, valid file ...
        assert state.summary_edit is not None and state.summary_edit.startswith("version ")
        last = max(last, int(state.summary_edit.split()[1]))
        for leftover in leftover_temp_files(path):
            leftover.unlink()
    assert last > 0  # ... and saves did complete between the kills


def test_save_dialogs_start_in_the_documents_folder(tmp_path):
    document_path = tmp_path / "news" / "article.txt"
    document_path.parent.mkdir()
    assert saved_file.suggested_folder(document_path) == document_path.parent
    assert saved_file.suggested_folder(None) == Path.home()


def test_save_dialogs_do_not_start_in_the_apps_own_folders(tmp_path):
    from importlib import resources

    from reader_app.core.app_paths import data_dir
    from reader_app.core.bundled import SAMPLE_NAME

    bundled = Path(str(resources.files("reader_app.resources"))) / SAMPLE_NAME
    assert saved_file.suggested_folder(bundled) == Path.home()
    assert saved_file.suggested_folder(data_dir() / "sample" / SAMPLE_NAME) == Path.home()
    assert saved_file.suggested_folder(tmp_path / "gone" / "article.txt") == Path.home()
