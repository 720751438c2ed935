"""docs/licences.md names every component the About dialog lists, with the same licence."""

from __future__ import annotations

from pathlib import Path

from reader_app.core.about_info import COMPONENTS

DOC = Path(__file__).resolve().parents[2] / "docs" / "licences.md"


def test_the_licences_document_lists_every_component_the_about_dialog_does() -> None:
    text = DOC.read_text(encoding="utf-8")
    for component in COMPONENTS:
        assert f"| {component.name} | {component.licence} |" in text, component.name
