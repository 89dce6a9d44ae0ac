"""The Word redline of every real pair in the corpus opens in a real office suite: LibreOffice, headless,
converts each to PDF without error, and the PDF's first page is kept as a PNG under ``tests/artefacts/``
(not committed) for a person to look at.  Skipped only where LibreOffice is not installed (``.ci/run``
installs it)."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from corpus import parsed
from docx_pairs import PAIRS, pair_id
from lxml import etree

from versioning.diff import diff_editions
from versioning.render.docx import render_docx, write_document

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
ARTEFACTS = Path(__file__).parent / "artefacts" / "docx"
TIMEOUT_SECONDS = 600
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"

pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="needs LibreOffice's soffice on PATH (apt-get install libreoffice-writer-nogui; .ci/run does)",
)


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every pair's redline (and one edition alone) written as .docx and converted to PDF by one
    LibreOffice run; name -> the PDF."""
    assert SOFFICE is not None
    folder = tmp_path_factory.mktemp("docx")
    names = []
    for old_path, new_path in PAIRS:
        old, new = parsed(old_path), parsed(new_path)
        name = pair_id((old_path, new_path)).replace("->", "--")
        (folder / f"{name}.docx").write_bytes(render_docx(diff_editions(old, new), old=old, new=new))
        names.append(name)
    (folder / "plain.docx").write_bytes(write_document(parsed(PAIRS[0][1])))
    names.append("plain")
    profile = tmp_path_factory.mktemp("libreoffice-profile")
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *(str(folder / f"{name}.docx") for name in names),
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return {name: folder / f"{name}.pdf" for name in names}


@pytest.mark.parametrize("pair", PAIRS, ids=pair_id)
def test_libreoffice_converts_the_redline_to_pdf(pair: tuple[Path, Path], converted: dict[str, Path]) -> None:
    name = pair_id(pair).replace("->", "--")
    pdf_path = converted[name]
    assert pdf_path.exists(), f"LibreOffice wrote no PDF for {name}"
    document = pdfium.PdfDocument(pdf_path)
    assert len(document) >= 1
    first = document[0]
    text = first.get_textpage().get_text_range()
    assert "The General Assembly," in text  # the document's text, not an error page
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    image = first.render(scale=1.5).to_pil()
    image.save(ARTEFACTS / f"{name}.png")
    assert image.width > 0 and image.height > 0
    document.close()


def test_libreoffice_converts_one_edition_alone(converted: dict[str, Path]) -> None:
    document = pdfium.PdfDocument(converted["plain"])
    assert len(document) >= 1
    text = "".join(page.get_textpage().get_text_range() for page in document)
    assert parsed(PAIRS[0][1]).operative[0].text.split()[0] in text
    document.close()


def test_libreoffice_reads_real_revisions_and_comments(tmp_path: Path) -> None:
    """Converted to OpenDocument, the redline's revisions are LibreOffice's own tracked changes
    (insertions and deletions, by ``versioning``, on the new edition's date) and its comments are
    annotations: the changes are revisions, not coloured text."""
    assert SOFFICE is not None
    old_path, new_path = next(pair for pair in PAIRS if pair_id(pair) == "A-RES-77-13->A-RES-79-10")
    old, new = parsed(old_path), parsed(new_path)
    changes = diff_editions(old, new)
    (tmp_path / "redline.docx").write_bytes(render_docx(changes, old=old, new=new))
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "odt",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "redline.docx"),
        ],
        capture_output=True,
        timeout=TIMEOUT_SECONDS,
        check=True,
    )
    with zipfile.ZipFile(tmp_path / "redline.odt") as archive:
        content = etree.fromstring(archive.read("content.xml"))
    kinds = {child.tag.split("}")[1] for region in content.iter(f"{TEXT}changed-region") for child in region}
    assert {"insertion", "deletion"} <= kinds
    assert {creator.text for creator in content.iter(f"{DC}creator")} == {"versioning"}
    assert {date.text[:10] for date in content.iter(f"{DC}date") if date.text} == {new.edition_date}
    annotations = list(content.iter(f"{OFFICE}annotation"))
    assert len(annotations) == sum(1 for change in changes.changes if change.kind != "unchanged")


def _notes_as_libreoffice_reads_them(
    tmp_path: Path, files: dict[str, bytes]
) -> dict[str, list[tuple[str, str, str]]]:
    """Each .docx converted to OpenDocument by LibreOffice; name -> ``(label, body, text right after)`` of
    every note, in order."""
    assert SOFFICE is not None
    for name, data in files.items():
        (tmp_path / f"{name}.docx").write_bytes(data)
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "odt",
            "--outdir",
            str(tmp_path),
            *(str(tmp_path / f"{name}.docx") for name in files),
        ],
        capture_output=True,
        timeout=TIMEOUT_SECONDS,
        check=True,
    )
    read = {}
    for name in files:
        with zipfile.ZipFile(tmp_path / f"{name}.odt") as archive:
            content = etree.fromstring(archive.read("content.xml"))
        read[name] = [
            (
                note.find(f"{TEXT}note-citation").get(f"{TEXT}label") or "",
                "".join(note.find(f"{TEXT}note-body").itertext()),
                note.tail or "",
            )
            for note in content.iter(f"{TEXT}note")
        ]
    return read


def test_libreoffice_reads_each_mark_once_and_each_note_with_its_own_words(tmp_path: Path) -> None:
    """Note 10's mark is its label, not also text after it ("Goals;1010"); the note a renumbering cites
    twice (its old reference deleted, its new one inserted) shows its own words at both references, not
    another note's."""
    from test_docx_footnote_marks import renumbered_pair, ten_notes

    ten = ten_notes()
    old, new = renumbered_pair()
    read = _notes_as_libreoffice_reads_them(
        tmp_path,
        {"ten": write_document(ten), "renumbered": render_docx(diff_editions(old, new), old=old, new=new)},
    )
    assert [(label, body) for label, body, _ in read["ten"]] == [(n.marker, n.text) for n in ten.footnotes]
    assert all(not after.startswith(label) for label, _, after in read["ten"])
    labels = [label for label, _, _ in read["renumbered"]]
    assert labels == ["2", "1", "2", "3"]  # the old mark of the renumbered note (deleted), then the new ones
    bodies = {label: body for label, body, _ in read["renumbered"][1:]}
    assert bodies == {note.marker: note.text for note in new.footnotes}
    assert "/100." in read["renumbered"][0][1]
