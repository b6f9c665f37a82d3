"""No names in the report: find person names in outgoing text and replace them.

Every text is first normalised (domain.unicode_fold: NFKC, soft hyphens and zero-width characters
dropped, Cyrillic/Greek look-alikes folded) and positions are mapped back, so a pasted "San\u00adne"
or "Ｓａｎｎｅ" is found and replaced in the original text. Finders, merged:
- the audit's own list (`toetsing.names_to_avoid` plus the toetsers' names), matched case- and
  accent-insensitively: a guarantee, checked again on the final text (`ListedNameLeft`).
- patterns: an aanspreekvorm or role before a name ("mevrouw Bakker", "collega mo", "familie
  Öztürk"), initials + surname ("J.P. Smit"), a known first name with tussenvoegsels and surname.
- name lists (questionbank: Faker's first names and surnames of many origins, curated additions),
  possessives ("Sannes", "Ahmed's"), and lowercase first names where the lowercase form is no
  everyday Dutch word ("jan", but never "ik ben").
- e-mail addresses and phone numbers.
- candidates: capitalised words that are no Dutch word (OpenTaal list, compounds split), no bank
  term and no place ("Zwanenburg"). Replaced until the toetser marks them "geen naam".
- `deduce` when installed (optional; its spans are cut to the name itself).
Then every found name is applied everywhere (`NameIndex`): once "dhr. Pietersen" is found, a bare
"Pietersen", "pietersen" and "Pietersens" are replaced in every text of the audit too.

The package: lexicon (vocabulary, spans), tokens (words and patterns), heuristic (pattern finders),
shapes (whole names around what they found; double_names: double surnames past a hyphen and particle;
aliases: a short form tied to a found name, a speaker before a quote), lowercase (full names typed in
lowercase, by their context; note_frames: the frames of hurried notes that name a person, "resp. X",
"X = X Y", "achternaam X"), listings (attendance lists, signatures, @-mentions, register rows), initials (initials before a surname that is a word or
place, initials alone for a client, particles written short), documents (pasted mail headers, chat lines,
headings in capitals, file names; social: a person's handle), file_parts (people in the parts of file and folder names), word_names (names made of Dutch
words, by their shape), eastasian (romanised Chinese, Korean and Vietnamese names, in either order), frames (word-names
in a person's state, role or naming frame; calling: names introduced by a calling frame, "iedereen noemt hem Haai";
honorifics: forms of address of other languages, "Auntie Grace", "Ayşe hanım"), particle_names (surnames led by particles, and surnames that
are words, in a person's slot; street_surnames: listed surnames shaped like a street; joined_names: a
listed surname joined to found names, "Hoek en Kok", "De Haan, Van Zwolle, Hoek"), context (is a word-name used as a person: the words around it), protect
(what is surely no person; its kinds in venues, eponyms, dates, abbreviations, structure, things, organisations),
index (the audit's list, names found elsewhere), places (the places an audit names, learned for all its texts),
finder (all finders merged), replace (what a name
becomes), anonymise (the whole report and its final guard), hints (names at the source).
"""

from __future__ import annotations

from ..unicode_fold import fold
from .anonymise import Anonymised, ListedNameLeft, anonymise, audit_finder, leftover_names, review_key
from .finder import NameFinder
from .hints import lexicon_ready, name_hint, replace_names
from .index import ListFinder, NameIndex
from .lexicon import (
    EMAIL_PLACEHOLDER,
    PHONE_PLACEHOLDER,
    PLACEHOLDER,
    PLACEHOLDERS,
    SOURCE_CANDIDATE,
    SOURCE_CONTACT,
    SOURCE_DEDUCE,
    SOURCE_FOUND,
    SOURCE_HEURISTIC,
    SOURCE_LIST,
    SOURCE_REVIEW,
    Lexicon,
    NameSpan,
    lexicon_from,
    load_lexicon,
)
from .replace import FoundName, Replacer, avoid_list, deduce_spans_factory, functie_by_name, listed_names_in, scan, strip_title
from .tokens import _tokenise_text  # bench/export.py clears its cache so every run starts cold

__all__ = [
    "EMAIL_PLACEHOLDER", "PHONE_PLACEHOLDER", "PLACEHOLDER", "PLACEHOLDERS", "SOURCE_CANDIDATE", "SOURCE_CONTACT",
    "SOURCE_DEDUCE", "SOURCE_FOUND", "SOURCE_HEURISTIC", "SOURCE_LIST", "SOURCE_REVIEW", "Anonymised", "FoundName",
    "Lexicon", "ListFinder", "ListedNameLeft", "NameFinder", "NameIndex", "NameSpan", "Replacer", "anonymise",
    "audit_finder", "avoid_list", "deduce_spans_factory", "fold", "functie_by_name", "leftover_names",
    "lexicon_from", "lexicon_ready", "listed_names_in", "load_lexicon", "name_hint", "replace_names",
    "review_key", "scan", "strip_title", "_tokenise_text",
]
