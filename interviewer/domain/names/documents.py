"""Names in pasted and document text (round 7): mail headers, headings in capitals, file names.

- A mail header's labels ("From:", "Sent:", "Van:", "Verzonden:", "Aan:", "CC:") are no name and
  end a name or a title run: "From: Gert-Jan Kamphuis Sent: …" holds the name, "Kamphuis Sent" is
  no title of capitalised words.
- A lone Dutch word in a heading written in capitals ("DE KELDER – JONGERENCENTRUM") is no name
  candidate: in capitals every word looks like a name.
"""

from __future__ import annotations

from .lexicon import Lexicon
from .tokens import _Tok

# the labels of a mail header as Outlook and Gmail paste them, English and Dutch (folded)
MAIL_LABELS = frozenset({
    "from", "sent", "to", "cc", "bcc", "subject", "date", "van", "aan", "verzonden", "onderwerp", "datum",
    "bijlagen", "bijlage", "attachments", "afzender", "ontvanger", "ontvangers", "reply-to",
})


def mail_label(toks: list[_Tok], k: int) -> bool:
    """toks[k] is a header label: a label word followed by a colon ("Verzonden:", "CC:")."""
    return toks[k].fold in MAIL_LABELS and k + 1 < len(toks) and toks[k + 1].gap.lstrip().startswith(":")


def caps_line(toks: list[_Tok], k: int) -> bool:
    """toks[k] stands in a heading written in capitals ("DE KELDER – JONGERENCENTRUM –
    OPENINGSTIJDEN"): its line has at least three words and none in lowercase."""
    a = k
    while a > 0 and "\n" not in toks[a].gap:
        a -= 1
    b = k + 1
    while b < len(toks) and "\n" not in toks[b].gap:
        b += 1
    line = [t for t in toks[a:b] if len(t.text) > 1]
    return len(line) >= 3 and all(t.allcaps for t in line)


def caps_word(toks: list[_Tok], k: int, lex: Lexicon) -> bool:
    """A lone Dutch word in a heading in capitals is no name even when it is a surname ("KELDER",
    "VISSER" are words there as much as names): in capitals every word looks like a name. A name
    in such a heading comes with its initials, a first name or a label ("DOOR: M. DE VRIES")."""
    t = toks[k]
    return t.allcaps and lex.dutch(t.low) and t.low not in lex.first and caps_line(toks, k)
