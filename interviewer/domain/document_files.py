"""Reading document files: the text out of PDF, DOCX, ODT, TXT and Markdown, as headings and
paragraphs with their page numbers, cleaned (NFC, no control characters).

Every refusal is a `DocumentError` with a Dutch message; a file beyond MAX_PAGES or MAX_BYTES is
`TooLarge` (the toetser is asked first), and Esc during the read raises `Cancelled`. Nothing here
writes: interviewer.domain.documents turns what was read into passages and stores it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

FORMATS = {".pdf": "pdf", ".docx": "docx", ".odt": "odt", ".txt": "txt", ".md": "md", ".markdown": "md"}
FORMAT_LABELS = "PDF, DOCX, ODT, TXT en Markdown (.md)"
# Beyond these the toetser is asked first (the app asks; the CLI wants --groot).
MAX_PAGES = 500
MAX_BYTES = 50 * 1024 * 1024

Progress = Callable[[int, int], None]  # (pages done, pages in all)


class DocumentError(ValueError):
    """A document file interviewer cannot read; `str(err)` is the Dutch message for the toetser."""


class Cancelled(Exception):
    """The toetser cancelled the import (Esc): nothing was written."""


@dataclass(frozen=True)
class Block:
    kind: str  # "heading" or "para"
    text: str
    page: int  # 1-based


@dataclass
class ReadFile:
    """What was read from a file, before anything is stored."""

    path: Path
    format: str
    sha256: str
    pages: int
    blocks: list[Block]
    title: str = ""  # from the file's metadata or its first heading
    empty_pages: list[int] = field(default_factory=list)  # pages without a text layer

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def text(self) -> str:
        """The whole text, pages separated by form feeds (what the audit keeps as evidence)."""
        by_page: dict[int, list[str]] = {}
        for b in self.blocks:
            by_page.setdefault(b.page, []).append(b.text)
        return "\f".join("\n\n".join(by_page.get(p, [])) for p in range(1, self.pages + 1))


# ---------------------------------------------------------------- cleaning text

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0]+")


def clean_text(text: str) -> str:
    """NFC, no control characters (a PDF may carry NULs), single spaces, hyphenation at line ends kept."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


# ---------------------------------------------------------------- reading files


def file_format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        shown = path.suffix or "zonder extensie"
        raise DocumentError(f"Onbekend bestandstype ({shown}): {path.name}. interviewer leest {FORMAT_LABELS}.")
    return fmt


def check_file(path: Path) -> tuple[str, int]:
    """Format and size of a file we may read; a DocumentError for a missing, linked or odd one."""
    if path.is_symlink():
        raise DocumentError(f"Dit is een snelkoppeling, geen bestand: {path.name}. Kies het bestand zelf.")
    if not path.exists():
        raise DocumentError(f"Het bestand bestaat niet: {path}.")
    if not path.is_file():
        raise DocumentError(f"Dit is geen bestand maar een map: {path}.")
    fmt = file_format(path)
    size = path.stat().st_size
    if size == 0:
        raise DocumentError(f"Het document is leeg: {path.name}.")
    return fmt, size


def read_file(path: str | Path, *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
              allow_large: bool = False) -> ReadFile:
    """Read a document file; raises DocumentError (Dutch) for anything interviewer cannot use."""
    path = Path(path)
    fmt, size = check_file(path)
    if size > MAX_BYTES and not allow_large:
        raise TooLarge(f"{path.name} is groot ({size // (1024 * 1024)} MB; de grens is {MAX_BYTES // (1024 * 1024)} MB).")
    try:
        data = path.read_bytes()
    except OSError as exc:
        from sessions.errors import os_reason

        raise DocumentError(f"Het bestand kan niet worden gelezen: {os_reason(exc)} ({path.name}).") from exc
    sha = hashlib.sha256(data).hexdigest()
    reader = {"pdf": _read_pdf, "docx": _read_docx, "odt": _read_odt, "txt": _read_plain, "md": _read_plain}[fmt]
    blocks, pages, empty, title = reader(path, data, progress or (lambda done, total: None),
                                         cancelled or (lambda: False), allow_large)
    blocks = [Block(b.kind, t, b.page) for b in blocks if (t := clean_text(b.text).strip())]
    if blocks and not any(b.kind == "para" for b in blocks):
        blocks = [Block("para", b.text, b.page) for b in blocks]  # only short lines: they are the text
    if not blocks:
        if empty:
            raise DocumentError(
                f"{path.name} heeft geen tekstlaag (gescand?): op geen van de {pages} pagina's staat tekst. "
                "interviewer leest geen afbeeldingen; vraag de organisatie om een doorzoekbare versie."
            )
        raise DocumentError(f"Het document is leeg: er staat geen tekst in {path.name}.")
    return ReadFile(path, fmt, sha, pages, blocks, clean_text(title).strip(), empty)


class TooLarge(DocumentError):
    """Beyond MAX_PAGES or MAX_BYTES: the toetser is asked before it is read."""


def _read_pdf(path: Path, data: bytes, progress: Progress, cancelled: Callable[[], bool], allow_large: bool):
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files: our message, not its warnings
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise DocumentError(f"{path.name} is geen PDF-bestand (of het is beschadigd).")
    damaged = f"{path.name} is beschadigd en kan niet worden gelezen. Vraag de organisatie om een nieuw exemplaar."
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # permission-only encryption opens with the empty password
            except (DependencyError, NotImplementedError) as exc:
                raise DocumentError(
                    f"{path.name} is versleuteld op een manier die interviewer niet kan openen. "
                    "Vraag de organisatie om een onbeveiligde versie."
                ) from exc
            if not opened:
                raise DocumentError(
                    f"{path.name} is beveiligd met een wachtwoord en kan niet worden gelezen. "
                    "Vraag de organisatie om een versie zonder wachtwoord."
                )
        total = len(reader.pages)
        title = ""
        try:
            title = str((reader.metadata or {}).get("/Title") or "")
        except Exception:  # noqa: BLE001 - metadata is a nicety
            title = ""
    except DocumentError:
        raise
    except (PdfReadError, FileNotDecryptedError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError) as exc:
        raise DocumentError(damaged) from exc
    if total == 0:
        raise DocumentError(f"Het document is leeg: {path.name} heeft geen pagina's.")
    if total > MAX_PAGES and not allow_large:
        raise TooLarge(f"{path.name} heeft {total} pagina's (de grens is {MAX_PAGES}).")
    blocks: list[Block] = []
    empty: list[int] = []
    for index in range(total):
        if cancelled():
            raise Cancelled()
        try:
            text = reader.pages[index].extract_text() or ""
        except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on a broken page
            raise DocumentError(f"{damaged} (pagina {index + 1})") from exc
        page_blocks = _blocks_from_lines(clean_text(text).split("\n"), index + 1)
        if not page_blocks:
            empty.append(index + 1)
        elif blocks and _continues(blocks[-1], page_blocks[0]):
            # a paragraph running over the page break stays one, on the page where it starts
            joined = _join_lines([blocks[-1].text, page_blocks[0].text])
            blocks[-1] = Block("para", joined, blocks[-1].page)
            page_blocks = page_blocks[1:]
        blocks.extend(page_blocks)
        progress(index + 1, total)
    return blocks, total, empty, title


_SENTENCE_END = re.compile(r"[.!?:;)\"”’]$")
_NUMBERED = re.compile(r"^(\d+(\.\d+)*\.?|[A-Z]\.|artikel \d+|art\. \d+)\s", re.IGNORECASE)


def _looks_like_heading(line: str, full: int = 0) -> bool:
    """A short line that starts with a capital or a number and ends no sentence (nor a word cut
    at the line end); on a PDF page also clearly shorter than the page's full lines."""
    if len(line) > 80 or _SENTENCE_END.search(line) or line.endswith(("-", ",")):
        return False
    if not line[:1].isupper() and not _NUMBERED.match(line):
        return False
    if full and len(line) >= 0.7 * full and not _NUMBERED.match(line):
        return False
    return len(line.split()) <= 10


def _blocks_from_lines(lines: list[str], page: int) -> list[Block]:
    """Paragraphs and headings from a PDF page's text lines.

    A PDF has lines, not paragraphs: a paragraph ends at an empty line, or at a line that ends a
    sentence and is clearly shorter than the page's full lines. A short line without a sentence end
    followed by text is a heading.
    """
    lines = [line for line in lines]
    widths = sorted(len(line) for line in lines if line)
    full = widths[int(len(widths) * 0.8)] if widths else 0
    out: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(Block("para", _join_lines(para), page))
            para.clear()

    for i, line in enumerate(lines):
        if not line:
            flush()
            continue
        following = next((x for x in lines[i + 1:] if x), None)
        after_sentence = not para or _SENTENCE_END.search(para[-1])
        if after_sentence and following is not None and _looks_like_heading(line, full):
            flush()
            out.append(Block("heading", line, page))
            continue
        para.append(line)
        if _SENTENCE_END.search(line) and len(line) < 0.85 * full:
            flush()
    flush()
    return out


def _continues(last: Block, first: Block) -> bool:
    """The first paragraph of a page goes on with the last one of the page before."""
    return (last.kind == first.kind == "para" and not _SENTENCE_END.search(last.text)
            and first.text[:1].islower())


def _join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as one text; a word hyphenated at a line end is joined again."""
    text = ""
    for line in lines:
        if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return text


def _read_docx(path: Path, data: bytes, progress: Progress, cancelled: Callable[[], bool], allow_large: bool):
    import io

    try:
        import docx
        from docx.oxml.ns import qn

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises KeyError, BadZipFile, lxml errors...
        raise DocumentError(f"{path.name} is beschadigd of geen Word-bestand (.docx) en kan niet worden gelezen.") from exc
    page = 1
    blocks: list[Block] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            if child.find(f".//{qn('w:pageBreakBefore')}") is not None and blocks:
                page += 1
            text = "".join(n.text or "" if n.tag == qn("w:t") else "\t" if n.tag == qn("w:tab") else ""
                           for n in child.iter(qn("w:t"), qn("w:tab")))
            style = child.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            style_id = (style.get(qn("w:val")) if style is not None else "") or ""
            heading = style_id.lower().startswith(("heading", "kop", "title", "titel"))
            if text.strip():
                blocks.append(Block("heading" if heading else "para", text, page))
            page += sum(1 for br in child.iter(qn("w:br")) if br.get(qn("w:type")) == "page")
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                cells = ["".join(t.text or "" for t in cell.iter(qn("w:t"))) for cell in row.iter(qn("w:tc"))]
                line = " | ".join(c.strip() for c in cells if c.strip())
                if line:
                    blocks.append(Block("para", line, page))
    progress(page, page)
    title = document.core_properties.title or ""
    return blocks, page, [], title


_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_ODF_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
_ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def _odf_text(element: ElementTree.Element) -> str:
    """The text of an ODF paragraph: spans nested, <text:s text:c="n"/> for space runs, tabs, breaks."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag.split("}")[-1]
        if tag == "s":
            parts.append(" " * int(child.get(f"{{{_ODF_TEXT}}}c", "1")))
        elif tag == "tab":
            parts.append("\t")
        elif tag == "line-break":
            parts.append("\n")
        elif tag not in ("note", "annotation", "soft-page-break"):
            parts.append(_odf_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _read_odt(path: Path, data: bytes, progress: Progress, cancelled: Callable[[], bool], allow_large: bool):
    """ODT by hand (zip + XML): a few dozen lines against a dependency (odfpy is GPL/LGPL/Apache)."""
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            mimetype = z.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in z.namelist() else ""
            if mimetype and mimetype != "application/vnd.oasis.opendocument.text":
                raise DocumentError(f"{path.name} is geen tekstdocument (ODT) maar {mimetype}.")
            root = ElementTree.fromstring(z.read("content.xml"))
            meta = ElementTree.fromstring(z.read("meta.xml")) if "meta.xml" in z.namelist() else None
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - BadZipFile, KeyError, ParseError
        raise DocumentError(f"{path.name} is beschadigd of geen OpenDocument-tekst (.odt) en kan niet worden gelezen.") from exc
    breaking = set()
    for style in root.iter(f"{{{_ODF_STYLE}}}style"):
        props = style.find(f"{{{_ODF_STYLE}}}paragraph-properties")
        if props is not None and props.get(f"{{{_ODF_FO}}}break-before") == "page":
            breaking.add(style.get(f"{{{_ODF_STYLE}}}name"))
    page = 1
    blocks: list[Block] = []
    body = root.find(f"{{{_ODF_OFFICE}}}body/{{{_ODF_OFFICE}}}text")
    if body is None:
        raise DocumentError(f"Het document is leeg: er staat geen tekst in {path.name}.")
    for element in body.iter():
        tag = element.tag.split("}")[-1]
        if tag == "soft-page-break" and blocks:
            page += 1
        if tag not in ("h", "p"):
            continue
        if element.get(f"{{{_ODF_TEXT}}}style-name") in breaking and blocks:
            page += 1
        text = _odf_text(element)
        if text.strip():
            blocks.append(Block("heading" if tag == "h" else "para", text, page))
    title = ""
    if meta is not None:
        found = meta.find(".//{http://purl.org/dc/elements/1.1/}title")
        title = (found.text or "") if found is not None else ""
    progress(page, page)
    return blocks, page, [], title


def _read_plain(path: Path, data: bytes, progress: Progress, cancelled: Callable[[], bool], allow_large: bool):
    """TXT and Markdown: UTF-8 (else Windows-1252), a form feed breaks the page, `#` lines are headings."""
    if b"\x00" in data[:4096]:
        raise DocumentError(f"{path.name} is geen tekstbestand (het bevat binaire gegevens).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    markdown = path.suffix.lower() in (".md", ".markdown")
    blocks: list[Block] = []
    pages = text.split("\f")
    for number, page_text in enumerate(pages, start=1):
        para: list[str] = []

        def flush() -> None:
            if para:
                blocks.append(Block("para", _join_lines(para), number))
                para.clear()

        lines = [line.strip() for line in page_text.split("\n")]
        for i, line in enumerate(lines):
            if not line:
                flush()
                continue
            if markdown and line.startswith("#"):
                flush()
                blocks.append(Block("heading", line.lstrip("#").strip(), number))
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if not markdown and not para and not nxt and _looks_like_heading(line):
                blocks.append(Block("heading", line, number))
                continue
            if markdown:
                line = re.sub(r"^([-*+]|\d+\.)\s+", "", line).replace("**", "").replace("__", "")
            para.append(line)
        flush()
    progress(len(pages), len(pages))
    title = next((b.text for b in blocks if b.kind == "heading"), "")
    return blocks, len(pages), [], title
