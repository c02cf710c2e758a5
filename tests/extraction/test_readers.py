"""Readers: file bytes of every supported type become document text; bad input is an E1xx."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from cityties.extraction import ExtractionError
from cityties.extraction.readers import (
    MAX_BYTES,
    MEDIA_DOCX,
    MEDIA_HTML,
    MEDIA_MARKDOWN,
    MEDIA_PDF,
    MEDIA_TEXT,
    read_bytes,
    read_path,
    sniff,
)

PdfMaker = Callable[[list[str]], bytes]
DocxMaker = Callable[..., bytes]


def _code(data: bytes, name: str = "") -> str:
    with pytest.raises(ExtractionError) as info:
        read_bytes(data, name=name)
    return info.value.code


# --- plain text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"Ghent counts 263,608 inhabitants.\n", "Ghent counts 263,608 inhabitants.\n"),
        (b"\xef\xbb\xbfdate 2024-05-01\nBody", "date 2024-05-01\nBody"),
        (b"line one\r\nline two\rline three", "line one\nline two\nline three"),
        ("Stad Gent \u2013 \u53f0\u5dde".encode(), "Stad Gent \u2013 \u53f0\u5dde"),
        (b"\tindented\fpage", "\tindented\fpage"),
    ],
)
def test_read_bytes_text_kept_as_written(data: bytes, text: str) -> None:
    """Plain text is kept as written; only line ends become \\n and a BOM is dropped."""
    read = read_bytes(data, name="profile.txt")
    assert read.text == text
    assert read.media_type == MEDIA_TEXT


def test_read_bytes_utf16_with_bom() -> None:
    """A UTF-16 file with a byte-order mark is decoded."""
    data = "\ufeffWeihai \u5a01\u6d77 signed.".encode("utf-16-le")
    assert read_bytes(data).text == "Weihai \u5a01\u6d77 signed."


def test_read_bytes_records_size_and_digest() -> None:
    """The read document carries the file's size and SHA-256."""
    read = read_bytes(b"abc")
    assert read.size == 3
    assert read.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


# --- sniffing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (b"%PDF-1.7\n...", "report.txt", "pdf"),
        (b"\n\n%PDF-1.4\n...", "", "pdf"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "page.txt", "html"),
        (b"  <html lang='nl'><p>x</p></html>", "", "html"),
        (b"<p>A fragment</p>", "", "html"),
        (b"<b>bold</b> only", "fragment.htm", "html"),
        (b"Text that mentions <html> later", "notes.txt", "text"),
        (b"# Heading", "notes.md", "markdown"),
        (b"# Heading", "notes.txt", "text"),
        (b"plain words", "", "text"),
    ],
)
def test_sniff_uses_content_before_extension(data: bytes, name: str, kind: str) -> None:
    """PDF and HTML are recognised by their content; the extension only marks Markdown."""
    assert sniff(data, name=name) == kind


def test_read_bytes_pdf_named_txt_is_read_as_pdf(make_pdf: PdfMaker) -> None:
    """A PDF saved with a .txt name is still read through its text layer."""
    read = read_bytes(make_pdf(["Weihai lies in Shandong."]), name="weihai.txt")
    assert read.media_type == MEDIA_PDF
    assert read.text == "Weihai lies in Shandong."


# --- Markdown --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("## Ghent and China ##", "Ghent and China"),
        ("Signed with **Weihai** in *2013*.", "Signed with Weihai in 2013."),
        ("See [the profile](https://example.org/a_(b)) now.", "See the profile now."),
        ("Logo: ![City arms](arms.png)", "Logo: City arms"),
        (
            "Mail <info@example.org> or <https://example.org>",
            "Mail info@example.org or https://example.org",
        ),
        ("Use `code` here", "Use code here"),
        ("> quoted line", "quoted line"),
        ("* first item", "- first item"),
        ("+ second item", "- second item"),
        ("| City | Year |", "City | Year"),
        ("anja_van_den_durpel@example.org", "anja_van_den_durpel@example.org"),
        ("2 * 3 * 4 = 24", "2 * 3 * 4 = 24"),
        ("Escaped \\*stars\\*", "Escaped *stars*"),
    ],
)
def test_read_bytes_markdown_line_markup_removed(markdown: str, text: str) -> None:
    """Markdown markup that would sit inside sentences is removed; words stay as written."""
    read = read_bytes(markdown.encode(), name="doc.md")
    assert read.text == text
    assert read.media_type == MEDIA_MARKDOWN


def test_read_bytes_markdown_drops_rules_fences_and_comments() -> None:
    """Table rules, horizontal rules, code fences and HTML comments leave no line behind."""
    source = (
        "# Partners\n\n| City | Since |\n|---|---:|\n| Weihai | 2013 |\n\n---\n"
        "<!-- draft -->\n```\nfenced text\n```\n[1]: https://example.org\nEnd."
    )
    text = read_bytes(source.encode(), name="p.md").text
    assert text == "Partners\n\nCity | Since\nWeihai | 2013\n\n\nfenced text\nEnd."


# --- HTML ------------------------------------------------------------------------------------


def test_read_bytes_html_blocks_become_lines() -> None:
    """Paragraphs and headings are separated by a blank line, <br> and <div> by a line break."""
    html = (
        b"<html><body><h1>Partners</h1><p>Ghent and <b>Weihai</b> signed.<br>Second line</p>"
        b"<div>Block one</div><div>Block two</div></body></html>"
    )
    read = read_bytes(html)
    assert read.media_type == MEDIA_HTML
    assert read.text == "Partners\n\nGhent and Weihai signed.\nSecond line\n\nBlock one\nBlock two"


def test_read_bytes_html_drops_scripts_styles_and_comments() -> None:
    """Scripts, styles, templates and comments are not text."""
    html = (
        b"<html><head><style>p {color: red}</style><script>var x = 1;</script></head>"
        b"<body><noscript>Enable JS</noscript><!-- note --><p>Visible</p>"
        b"<script>alert('no')</script></body></html>"
    )
    assert read_bytes(html).text == "Visible"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (b"<p>Ghent &amp; Weihai</p>", "Ghent & Weihai"),
        (b"<p>15&nbsp;000 inwoners</p>", "15 000 inwoners"),
        (b"<p>Caf&eacute; &#8211; &#x53F0;&#x5DDE;</p>", "Caf\u00e9 \u2013 \u53f0\u5dde"),
    ],
)
def test_read_bytes_html_decodes_entities(html: bytes, text: str) -> None:
    """Named and numeric entities are decoded; a no-break space becomes a space."""
    assert read_bytes(html).text == text


def test_read_bytes_html_lists_and_tables() -> None:
    """List items start with a bullet; table cells are joined by ' | ', one row per line."""
    html = (
        b"<ul><li>Weihai</li><li>Taizhou</li></ul>"
        b"<table><tr><th>City</th><th>Since</th></tr><tr><td>Weihai</td><td>2013</td></tr></table>"
    )
    assert read_bytes(html).text == "\u2022 Weihai\n\u2022 Taizhou\n\nCity | Since\nWeihai | 2013"


def test_read_bytes_html_title_first_unless_repeated() -> None:
    """The page title opens the text, unless a line of the body already says it."""
    page = b"<html><head><title>Ghent news</title></head><body><p>Body text.</p></body></html>"
    assert read_bytes(page).text == "Ghent news\n\nBody text."
    same = b"<html><head><title>Ghent news</title></head><body><h1>Ghent news</h1></body></html>"
    assert read_bytes(same).text == "Ghent news"


def test_read_bytes_html_deep_nesting() -> None:
    """Deeply nested markup is read without recursion limits."""
    html = b"<div>" * 5000 + b"deep" + b"</div>" * 5000
    assert read_bytes(html, name="x.html").text == "deep"


def test_read_bytes_html_without_text_is_empty() -> None:
    """A page with only markup and scripts is an empty document (E101)."""
    assert _code(b"<html><body><script>x()</script></body></html>") == "E101"


# --- PDF -------------------------------------------------------------------------------------


def test_read_bytes_pdf_text_layer(make_pdf: PdfMaker) -> None:
    """The text layer of a PDF is the document text, line by line."""
    read = read_bytes(make_pdf(["Ghent and Taizhou", "Tel: 09 210 10 10"]), name="a.pdf")
    assert read.media_type == MEDIA_PDF
    assert read.text == "Ghent and Taizhou\nTel: 09 210 10 10"


def test_read_bytes_pdf_joins_wrapped_lines(make_pdf: PdfMaker) -> None:
    """Lines wrapped inside a paragraph are joined; a hyphen at the break stays."""
    lines = [
        "In 2013 the city of Ghent signed a friendship agreement with the",
        "city of Weihai for a term of five years, and in the same year a Sino-",
        "European declaration of intent with a duration of two years followed.",
        "Contact",
        "Anja Van den Durpel",
    ]
    text = read_bytes(make_pdf(lines)).text
    assert text == (
        "In 2013 the city of Ghent signed a friendship agreement with the city of Weihai "
        "for a term of five years, and in the same year a Sino-European declaration of intent "
        "with a duration of two years followed.\nContact\nAnja Van den Durpel"
    )


def test_read_bytes_pdf_without_text_layer(make_pdf: PdfMaker) -> None:
    """A PDF whose pages carry no text (a scan) is refused with E106."""
    assert _code(make_pdf([]), "scan.pdf") == "E106"


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\nthis is not a PDF body at all", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog"],
)
def test_read_bytes_pdf_corrupt(data: bytes) -> None:
    """A damaged PDF is refused with E107."""
    assert _code(data, "broken.pdf") == "E107"


def test_read_bytes_pdf_encrypted(make_pdf: PdfMaker) -> None:
    """A PDF that needs a password is refused with E107, naming the reason."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf(["Secret"]))))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(ExtractionError, match="encrypted") as info:
        read_bytes(buffer.getvalue())
    assert info.value.code == "E107"


def test_read_bytes_named_pdf_without_pdf_header() -> None:
    """A .pdf file without a PDF header is a corrupt PDF, not text."""
    assert _code(b"just some words", "report.pdf") == "E107"


# --- DOCX ------------------------------------------------------------------------------------


def test_read_bytes_docx_paragraphs_and_tables_in_order(make_docx: DocxMaker) -> None:
    """Paragraphs and table rows come out in document order, cells joined by ' | '."""
    data = make_docx(
        ["Institution: City of Ghent", "Partners"],
        table=[["City", "Since"], ["Weihai", "2013"]],
        after=["Contact: Anja Van den Durpel"],
    )
    read = read_bytes(data, name="profile.docx")
    assert read.media_type == MEDIA_DOCX
    assert read.text == (
        "Institution: City of Ghent\nPartners\nCity | Since\nWeihai | 2013\n"
        "Contact: Anja Van den Durpel"
    )


def test_read_bytes_docx_merged_cell_once() -> None:
    """A merged table cell is read once, not once per column it spans."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Partner cities"
    for c, value in enumerate(["Weihai", "Taizhou", "Xi'an"]):
        table.cell(1, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_bytes(buffer.getvalue()).text == "Partner cities\nWeihai | Taizhou | Xi'an"


def test_read_bytes_docx_sniffed_without_extension(make_docx: DocxMaker) -> None:
    """A Word document is recognised from its ZIP members whatever its name."""
    read = read_bytes(make_docx(["Ghent"]), name="download.bin")
    assert read.media_type == MEDIA_DOCX


def test_read_bytes_docx_truncated(make_docx: DocxMaker) -> None:
    """A truncated .docx is refused with E107."""
    data = make_docx(["Ghent and Weihai"])
    assert _code(data[: len(data) // 2], "cut.docx") == "E107"


def test_read_bytes_docx_broken_xml() -> None:
    """A ZIP with a word/document.xml that is not XML is a corrupt DOCX (E107)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("word/document.xml", "<w:document>not closed")
    assert _code(buffer.getvalue(), "bad.docx") == "E107"


def test_read_bytes_named_docx_that_is_text() -> None:
    """A .docx file that is not a ZIP is a corrupt DOCX, not text."""
    assert _code(b"Plain words in a file called docx", "letter.docx") == "E107"


def test_read_bytes_docx_without_text(make_docx: DocxMaker) -> None:
    """A Word document without any text is an empty document (E101)."""
    assert _code(make_docx(["", "  "]), "blank.docx") == "E101"


# --- unsupported and bad input ---------------------------------------------------------------


def _zip(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG image"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 20, "JPEG image"),
        (b"GIF89a" + b"\x00" * 20, "GIF image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, "legacy Office file"),
        (b"{\\rtf1\\ansi Ghent}", "RTF document"),
        (b"\x1f\x8b\x08\x00" + b"\x00" * 20, "gzip archive"),
        (_zip({"notes.txt": "Ghent"}), "ZIP archive that is not a Word document"),
        (_zip({"xl/workbook.xml": "<workbook/>"}), "Excel workbook"),
        (
            _zip({"mimetype": "application/vnd.oasis.opendocument.text"}),
            "OpenDocument file",
        ),
    ],
)
def test_read_bytes_unsupported_type(data: bytes, kind: str) -> None:
    """Images, archives and other formats are refused with E102 naming what they are."""
    with pytest.raises(ExtractionError, match=kind) as info:
        read_bytes(data, name="upload.dat")
    assert info.value.code == "E102"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n"])
def test_read_bytes_empty(data: bytes) -> None:
    """An empty or blank file is refused with E101."""
    assert _code(data, "empty.txt") == "E101"


def test_read_bytes_binary_garbage() -> None:
    """Random bytes are binary data, refused with E105."""
    garbage = random.Random(2).randbytes(4096)
    assert _code(garbage, "garbage.txt") == "E105"


def test_read_bytes_text_with_nul_is_binary() -> None:
    """Text with NUL bytes is binary data (E105)."""
    assert _code(b"Ghent\x00\x00Weihai", "x.txt") == "E105"


def test_read_bytes_invalid_utf8_names_the_byte() -> None:
    """Latin-1 text is not UTF-8: E104 with the offset of the first bad byte."""
    with pytest.raises(ExtractionError, match=r"byte 13\b") as info:
        read_bytes("Stad Gent caf\u00e9".encode("latin-1"))
    assert info.value.code == "E104"


def test_read_bytes_too_large() -> None:
    """Bytes over the 20 MB limit are refused with E103 before anything else."""
    assert _code(b"a" * (MAX_BYTES + 1)) == "E103"


def test_read_path_refuses_large_file_before_reading(tmp_path: Path) -> None:
    """A file over the limit is refused from its size alone (E103)."""
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(ExtractionError) as info:
        read_path(big)
    assert info.value.code == "E103"


@pytest.mark.parametrize("name", ["missing.txt", ".", "nul\x00name.txt"])
def test_read_path_unreadable(tmp_path: Path, name: str) -> None:
    """A missing file, a folder or an impossible name is refused with E108."""
    with pytest.raises(ExtractionError) as info:
        read_path(tmp_path / name)
    assert info.value.code == "E108"


def test_read_path_reads_markdown_by_extension(tmp_path: Path) -> None:
    """read_path passes the file name on, so a .md file is read as Markdown."""
    path = tmp_path / "notes.md"
    path.write_text("# Ghent\n\n**Weihai**", encoding="utf-8")
    read = read_path(path)
    assert (read.text, read.media_type) == ("Ghent\n\nWeihai", MEDIA_MARKDOWN)
