"""Turn a file's bytes into document text: plain text, Markdown, HTML, PDF (text layer), DOCX.

The kind of file is sniffed from its content (magic bytes, ZIP members, HTML markup); the file
name's extension only decides between plain text and Markdown, and makes a `.docx` or `.pdf`
that is neither a ZIP nor a PDF a corrupt file rather than text.

What each reader keeps (docs/facts-format.md, "Input"):
- text: the text as written; line ends become "\\n", a byte-order mark is dropped.
- Markdown: the words and the line structure; markup that would end up inside sentences is
  removed (heading marks, emphasis, inline code, link targets, table rules, HTML comments).
- HTML: the visible text; block elements become line breaks, list items start with "• ",
  table cells are separated by " | ", scripts and styles are dropped, entities decoded.
- PDF: the text layer, page by page; lines wrapped inside a paragraph are joined again.
- DOCX: paragraphs and tables in document order, one paragraph or table row per line.

Every failure is an `ExtractionError` with a code from `errors.Errors`; library exceptions are
wrapped `from` the original.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cityties.extraction.errors import Errors, ExtractionError

if TYPE_CHECKING:
    from docx.table import Table, _Cell
    from selectolax.lexbor import LexborNode

__all__ = [
    "MAX_BYTES",
    "MEDIA_DOCX",
    "MEDIA_HTML",
    "MEDIA_MARKDOWN",
    "MEDIA_PDF",
    "MEDIA_TEXT",
    "ReadDocument",
    "read_bytes",
    "read_path",
    "sniff",
]

MAX_BYTES = 20 * 1024 * 1024
# A DOCX whose members inflate beyond this is refused rather than read into memory.
_MAX_UNZIPPED = 256 * 1024 * 1024

MEDIA_TEXT = "text/plain"
MEDIA_MARKDOWN = "text/markdown"
MEDIA_HTML = "text/html"
MEDIA_PDF = "application/pdf"
MEDIA_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

# Formats recognised by their first bytes that the engine does not read.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office file (.doc/.xls/.ppt); save it as .docx"),
    (b"{\\rtf", "RTF document; save it as .docx"),
    (b"\x7fELF", "executable"),
    (b"%!PS", "PostScript document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

# Control bytes that do not occur in text (tab, line feed, vertical tab, form feed, carriage
# return and escape are allowed).
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)

_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|p|div|h[1-6]|table|article|section|ul|ol)\b",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class ReadDocument:
    """The text of a document, what kind of file it came from, its size and digest."""

    text: str
    media_type: str
    size: int = 0  # bytes of the file
    sha256: str = ""  # hex digest of the file's bytes


def _one_line(detail: object, *, limit: int = 160) -> str:
    """A library's message squeezed onto one short line."""
    text = " ".join(str(detail).split()) or type(detail).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _corrupt(kind: str, detail: object) -> ExtractionError:
    return ExtractionError("E107", Errors.E107.format(kind=kind, detail=_one_line(detail)))


def _unsupported(kind: str) -> ExtractionError:
    return ExtractionError("E102", Errors.E102.format(kind=kind))


def _zip_kind(data: bytes, *, suffix: str) -> str:
    """'docx' for a Word document; raise for any other or a damaged ZIP."""
    claimed = "DOCX" if suffix == ".docx" else "ZIP"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = {i.filename: i for i in zf.infolist()}
            if "word/document.xml" in infos:
                if sum(i.file_size for i in infos.values()) > _MAX_UNZIPPED:
                    raise _corrupt("DOCX", "it inflates to more than 256 MB")
                return "docx"
            if "mimetype" in infos:
                mimetype = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
                if mimetype.startswith("application/vnd.oasis.opendocument"):
                    raise _unsupported(f"OpenDocument file ({mimetype}); save it as .docx")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as e:
        raise _corrupt(claimed, e) from e
    except NotImplementedError as e:  # an unsupported compression method
        raise _corrupt(claimed, e) from e
    if "xl/workbook.xml" in infos:
        raise _unsupported("Excel workbook")
    if "ppt/presentation.xml" in infos:
        raise _unsupported("PowerPoint presentation")
    raise _unsupported("ZIP archive that is not a Word document")


def sniff(data: bytes, *, name: str = "") -> str:
    """The kind of a file: 'pdf', 'docx', 'html', 'markdown' or 'text'.

    Binary formats are recognised by their content whatever the name says; `name` only tells
    Markdown from plain text, and HTML fragments from text.
    RAISES (ExtractionError): E102 for a known format the engine does not read, E107 for a
        damaged ZIP or a `.docx`/`.pdf` whose content is neither.
    """
    suffix = Path(name).suffix.casefold()
    if data.find(b"%PDF-", 0, 1024) >= 0:
        return "pdf"
    if data.startswith(_ZIP_MAGIC):
        return _zip_kind(data, suffix=suffix)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise _unsupported(kind)
    if data[:4] == b"RIFF" and len(data) >= 12:
        raise _unsupported(f"RIFF media ({data[8:12].decode('latin-1').strip()})")
    if data[4:8] == b"ftyp":
        raise _unsupported("MP4/QuickTime media or HEIF image")
    if suffix == ".docx":
        raise _corrupt("DOCX", "not a ZIP archive")
    if suffix == ".pdf":
        raise _corrupt("PDF", "no %PDF- header")
    head = data[:4096].decode("utf-8", "ignore")
    if suffix in _HTML_SUFFIXES or _HTML_START.match(head):
        return "html"
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def _decode(data: bytes) -> str:
    """Decode text bytes: UTF-8 (a BOM is dropped) or UTF-16 with a BOM; refuse binary data."""
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise ExtractionError("E104", Errors.E104.format(offset=e.start)) from e
    if b"\x00" in data or len(data.translate(None, _NOT_CONTROL)) > 0.01 * len(data):
        raise ExtractionError("E105", Errors.E105)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ExtractionError("E104", Errors.E104.format(offset=e.start)) from e


def _normalise_lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- Markdown --------------------------------------------------------------------------------

_MD_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_MD_RULE = re.compile(r"^\s{0,3}(?:(?:[-*_=][ \t]*){3,})$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MD_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_MD_BULLET = re.compile(r"^(\s*)[*+-][ \t]+")
# Spans are bounded so that a long line full of unmatched marks stays linear.
_MD_IMAGE = re.compile(r"!\[([^\]]{0,300})\]\([^)]{0,2000}\)")
_MD_LINK = re.compile(
    r"\[([^\]]{1,300})\]\((?:[^()]|\([^)]{0,300}\)){0,2000}\)|\[([^\]]{1,300})\]\[[^\]]{0,300}\]"
)
_MD_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]{1,2000}|[^>\s@]{1,200}@[^>\s@]{1,200})>")
_MD_STRONG = re.compile(r"(?<![\w*_\\])(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1(?![\w*_])")
_MD_EM = re.compile(r"(?<![\w*_\\])([*_])(?=[^\s*_])(.{1,300}?)(?<=[^\s*_\\])\1(?![\w*_])")
_MD_CODE = re.compile(r"`+([^`\n]{1,300}?)`+")
_MD_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def _markdown_line(line: str) -> str | None:
    """One Markdown line as plain text; None drops the line."""
    if _MD_RULE.match(line) or _MD_TABLE_RULE.match(line) or _MD_LINK_DEF.match(line):
        return None
    m = _MD_HEADING.match(line)
    if m:
        line = m.group(1) or ""
    line = _MD_QUOTE.sub("", line)
    line = _MD_BULLET.sub(r"\1- ", line)
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        line = " | ".join(cell.strip() for cell in stripped[1:-1].split("|"))
    line = _MD_IMAGE.sub(r"\1", line)
    line = _MD_LINK.sub(lambda m: m.group(1) or m.group(2), line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    line = _MD_CODE.sub(r"\1", line)
    line = _MD_STRONG.sub(r"\2", line)
    line = _MD_EM.sub(r"\2", line)
    return _MD_ESCAPE.sub(r"\1", line)


def markdown_to_text(text: str) -> str:
    """Markdown without the markup that would land inside sentences; lines are kept."""
    out: list[str] = []
    in_fence = False
    for line in _MD_COMMENT.sub("", text).split("\n"):
        if _MD_FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)
            continue
        converted = _markdown_line(line)
        if converted is not None:
            out.append(converted)
    return "\n".join(out)


# --- HTML ------------------------------------------------------------------------------------

_HTML_DROP = frozenset(
    "script style noscript template head svg math iframe object embed canvas select "
    "textarea button audio video map".split()
)
# Blocks separated by a blank line, and blocks that only start a new line.
_HTML_PARAGRAPH = frozenset(
    "p h1 h2 h3 h4 h5 h6 blockquote pre table ul ol dl section article header footer aside "
    "main nav figure address hr details form fieldset center".split()
)
_HTML_LINE = frozenset(
    "div li tr dt dd caption figcaption summary legend option br tbody thead tfoot body "
    "html dialog menu dir hgroup".split()
)
_HTML_CELL = frozenset({"td", "th"})
_LINE, _PARAGRAPH, _CELL = 1, 2, 0
_HTML_SPACE = re.compile(r"[ \t\n\r\f\v\xa0]+")


def _html_tokens(root: LexborNode) -> Iterator[str | int]:
    """Text pieces and break markers of the visible text, in document order (no recursion)."""
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag or ""
        if leaving:
            if tag in _HTML_CELL:
                yield _CELL
            else:
                yield _PARAGRAPH if tag in _HTML_PARAGRAPH else _LINE
            continue
        if tag == "-text":
            yield node.text_content or ""
            continue
        if tag.startswith(("-", "!")) or tag in _HTML_DROP:
            continue
        if tag in _HTML_PARAGRAPH:
            yield _PARAGRAPH
        elif tag in _HTML_LINE:
            yield _LINE
        if tag == "li":
            yield "• "
        if tag in _HTML_PARAGRAPH or tag in _HTML_LINE or tag in _HTML_CELL:
            stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))


def _render_html(tokens: Iterator[str | int]) -> str:
    """Join tokens into lines: spaces collapsed, cells joined by ' | ', blank lines kept."""
    lines: list[str] = []
    line: list[str] = []
    blank_before = False  # a paragraph break came since the last line
    pending_cell = False

    def flush() -> None:
        nonlocal blank_before
        text = " ".join("".join(line).split())
        line.clear()
        if text:
            if lines and blank_before:
                lines.append("")
            lines.append(text)
            blank_before = False

    for token in tokens:
        if isinstance(token, str):
            piece = _HTML_SPACE.sub(" ", token)
            if pending_cell and piece.strip() and "".join(line).strip():
                line.append(" | ")
            if piece.strip():
                pending_cell = False
            line.append(piece)
        elif token == _CELL:
            pending_cell = True
        else:
            flush()
            pending_cell = False
            blank_before = blank_before or token == _PARAGRAPH
    flush()
    return "\n".join(lines)


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, its title first unless the body repeats it."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.root
    if root is None:
        return ""
    body = _render_html(_html_tokens(root))
    title_node = tree.css_first("head > title")
    title = " ".join((title_node.text() if title_node else "").split())
    if title and title not in body.split("\n"):
        return f"{title}\n\n{body}" if body else title
    return body


# --- PDF -------------------------------------------------------------------------------------

_LIST_START = re.compile(r"\s*(?:[•·▪◦*\-–]|\d+[.)])\s")


def _continues(line: str, nxt: str, *, full: int) -> bool:
    """True when a PDF line was wrapped inside a paragraph and `nxt` carries on its sentence.

    A wrapped line is long (at least 60 % of the page's usual line), does not end a sentence,
    and ends with a lower-case word, a number, a comma or a hyphen, or the next line goes on
    in lower case; headings, names and address lines end in a capitalised word or are short.
    """
    if full < 20 or len(line) < 0.6 * full or not line.strip() or not nxt.strip():
        return False
    if line[-1] in ".!?:;" or _LIST_START.match(nxt):
        return False
    last = line.split()[-1]
    return last[0].islower() or last.isdigit() or line[-1] in ",-–(" or nxt.lstrip()[0].islower()


def _reflow(page: str) -> str:
    """Join the lines a PDF wrapped inside a paragraph; other lines keep their break."""
    lines = [line.rstrip() for line in page.replace("\x00", "").split("\n")]
    widths = sorted(len(line) for line in lines if line.strip())
    if not widths:
        return ""
    full = widths[(len(widths) - 1) * 9 // 10]
    out: list[str] = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not _continues(line, nxt, full=full):
            out.append(line + "\n")
        elif line.endswith("-") and line[-2:-1].isalpha():
            out.append(line)  # "Sino-" + "European": the hyphen stays, the break goes
        else:
            out.append(line + " ")
    return "".join(out).rstrip("\n")


def _read_pdf(data: bytes) -> str:
    import pypdf

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise _corrupt("PDF", "encrypted with a password")
            pages = [page.extract_text() or "" for page in reader.pages]
    except ExtractionError:
        raise
    except Exception as e:  # pypdf raises many kinds of errors on damaged files
        raise _corrupt("PDF", e) from e
    if not pages:
        raise ExtractionError("E101", Errors.E101)
    text = "\n\n".join(_reflow(page) for page in pages).strip("\n")
    if not text.strip():
        raise ExtractionError("E106", Errors.E106)
    return text


# --- DOCX ------------------------------------------------------------------------------------


def _cell_text(cell: _Cell) -> str:
    from docx.text.paragraph import Paragraph

    parts: list[str] = []
    for block in cell.iter_inner_content():
        if isinstance(block, Paragraph):
            parts.append(block.text)
        else:
            parts.extend(_table_rows(block))
    return " ".join(" ".join(parts).split())


def _table_rows(table: Table) -> list[str]:
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # A merged cell appears once per grid column it spans.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(_cell_text(cell))
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


def _read_docx(data: bytes) -> str:
    import docx
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document = docx.Document(io.BytesIO(data))
            for block in document.iter_inner_content():
                if isinstance(block, Paragraph):
                    lines.append(block.text)
                else:
                    lines.extend(_table_rows(block))
    except Exception as e:  # python-docx and lxml raise many kinds of errors on damaged files
        raise _corrupt("DOCX", e) from e
    return "\n".join(lines)


# --- entry points ----------------------------------------------------------------------------

_MEDIA = {
    "text": MEDIA_TEXT,
    "markdown": MEDIA_MARKDOWN,
    "html": MEDIA_HTML,
    "pdf": MEDIA_PDF,
    "docx": MEDIA_DOCX,
}


def read_bytes(data: bytes, *, name: str = "") -> ReadDocument:
    """Decode a document's bytes to text.

    name (str): the file name, used only to tell Markdown and HTML fragments from text.
    RAISES (ExtractionError): E101 empty, E102 unsupported type, E103 too large, E104 invalid
        UTF-8, E105 binary data, E106 PDF without text, E107 corrupt file.
    """
    if len(data) > MAX_BYTES:
        raise ExtractionError("E103", Errors.E103.format(size=len(data), limit=MAX_BYTES))
    if not data.strip():
        raise ExtractionError("E101", Errors.E101)
    kind = sniff(data, name=name)
    if kind == "pdf":
        text = _read_pdf(data)
    elif kind == "docx":
        text = _read_docx(data)
    else:
        text = _normalise_lines(_decode(data))
        if kind == "html":
            try:
                text = html_to_text(text)
            except Exception as e:  # selectolax is not expected to fail; never let it escape
                raise _corrupt("HTML", e) from e
        elif kind == "markdown":
            text = markdown_to_text(text)
    text = _normalise_lines(text)
    if not text.strip():
        raise ExtractionError("E101", Errors.E101)
    return ReadDocument(
        text=text,
        media_type=_MEDIA[kind],
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def read_path(path: Path) -> ReadDocument:
    """Read a document from disk; a file over MAX_BYTES is refused before it is read."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ExtractionError("E103", Errors.E103.format(size=size, limit=MAX_BYTES))
        data = path.read_bytes()
    except OSError as e:
        raise ExtractionError("E108", Errors.E108.format(detail=e.strerror or _one_line(e))) from e
    except ValueError as e:  # a name with a NUL character
        raise ExtractionError("E108", Errors.E108.format(detail=_one_line(e))) from e
    return read_bytes(data, name=path.name)
