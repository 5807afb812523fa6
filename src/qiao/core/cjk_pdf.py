"""An embeddable Chinese font for ReportLab, cut per document from the installed Noto Sans CJK.

The font comes from the `noto_cjk_sans_otc` package (a fresh machine has no CJK font). Its
outlines are CFF, which ReportLab cannot embed, so for each document we subset the font to
the characters the document uses, convert the outlines to TrueType quadratics and register
the result; the PDF then carries the glyphs (FontFile2) and its text stays extractable.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import threading
from collections import OrderedDict
from typing import Final

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont as FontToolsFont
from fontTools.ttLib import newTable
from noto_cjk_sans_otc import FONT_PATH
from reportlab.lib import textsplit as reportlab_textsplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont as ReportLabFont
from reportlab.platypus import paragraph as reportlab_paragraph

#: Face 2 of the collection is "Noto Sans CJK SC" (simplified Chinese glyph shapes).
SC_FACE_INDEX: Final = 2
#: Always in the subset, so numbers, punctuation and German letters added later still print.
BASIC_CHARACTERS: Final = (
    "".join(chr(code) for code in range(0x20, 0x7F))
    + "".join(chr(code) for code in range(0xA0, 0x100))
    + "–—‘’“”„…€·、。，；：！？（）《》「」"
)
#: How many subsets stay registered in this process (each is a few hundred kilobytes); enough
#: that a subset is never dropped while another thread is still laying out its document.
CACHE_SIZE: Final = 32

#: Punctuation that Chinese typesetting never puts at the start of a line (W3C, "Requirements for
#: Chinese Text Layout", prohibition rules). ReportLab's list is made for Japanese and lacks the
#: full-width comma, semicolon, colon, question and exclamation marks and most closing brackets.
CANNOT_START_LINE_ZH: Final = "，。、；：？！）》」』】〕〉〗”’…％‰"


#: Code point ranges of CJK characters and punctuation, as a regular expression character class body.
CJK_RANGES: Final = "\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\uf900-\ufaff"
_CJK_CHARACTER = re.compile(f"[{CJK_RANGES}]")


def has_cjk(text: str) -> bool:
    """Whether `text` holds Chinese (or other CJK) characters: such text is wrapped by CJK rules."""
    return _CJK_CHARACTER.search(text) is not None


def _keep_closing_punctuation_off_line_starts() -> None:
    # ReportLab's CJK line breaking (wordWrap="CJK") reads these module globals for every line: the
    # paragraph module's for text in several fonts or styles, textsplit's for text in one.
    for module in (reportlab_paragraph, reportlab_textsplit):
        known = module.ALL_CANNOT_START
        module.ALL_CANNOT_START = known + "".join(c for c in CANNOT_START_LINE_ZH if c not in known)


_keep_closing_punctuation_off_line_starts()

_lock = threading.Lock()
# The subsetter reports every table it touches at INFO level; one document is not worth that.
logging.getLogger("fontTools.subset").setLevel(logging.WARNING)
_recent: OrderedDict[str, str] = OrderedDict()


def register_font_for(text: str) -> str:
    """Register a font holding every character of `text` (plus basic Latin) and return its name.

    The name depends only on the character set, so the same text always gives the same
    font name and the same embedded bytes (stable output for identical documents).
    """
    characters = "".join(sorted(set(text + BASIC_CHARACTERS) - {"\n", "\r", "\t"}))
    digest = hashlib.sha256(characters.encode("utf-8")).hexdigest()[:16]
    name = f"NotoSansSC-{digest}"
    with _lock:
        if digest in _recent:
            _recent.move_to_end(digest)
            return _recent[digest]
        font = ReportLabFont(name, io.BytesIO(subset_as_truetype(characters)))
        # ReportLab registers one font per face name (the file's PostScript name) and maps every
        # later font of the same face to the first one, whose subset lacks the new characters:
        # each subset gets a face name of its own.
        font.face.name = font.face.name + f"-{digest}".encode("ascii")
        pdfmetrics.registerFont(font)
        _recent[digest] = name
        while len(_recent) > CACHE_SIZE:
            # ReportLab keeps registered fonts for ever; forget the oldest subset so a long-running
            # server does not grow by one font per document (no public call exists for this).
            _digest, evicted = _recent.popitem(last=False)
            old = pdfmetrics._fonts.pop(evicted, None)
            if old is not None:
                pdfmetrics._dynFaceNames.pop(old.face.name, None)
    return name


def subset_as_truetype(characters: str) -> bytes:
    """The Noto Sans CJK SC glyphs for `characters` as a TrueType (glyf-outline) font file."""
    options = subset.Options()
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.layout_features = []
    font = FontToolsFont(FONT_PATH, fontNumber=SC_FACE_INDEX, lazy=True)
    buffer = io.BytesIO()
    try:
        subsetter = subset.Subsetter(options=options)
        subsetter.populate(text=characters)
        subsetter.subset(font)
        _cff_to_glyf(font)
        font.save(buffer)
    finally:
        font.close()
    return buffer.getvalue()


def _cff_to_glyf(font: FontToolsFont) -> None:
    """Replace the CFF outlines by quadratic TrueType outlines (what ReportLab can embed)."""
    order = font.getGlyphOrder()
    glyphset = font.getGlyphSet()
    glyphs = {}
    for glyph_name in order:
        pen = TTGlyphPen(glyphset)
        glyphset[glyph_name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[glyph_name] = pen.glyph()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attribute in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attribute, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].indexToLocFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
