"""Which norms does a note speak to? The tagger ranks the 49 norms for a text, fast enough to rerun
on every keystroke, and learns from the toetser's confirmations within one audit.

How: every norm becomes a weighted bag of terms built from all the bank knows about it (norm text,
handvat questions, bewijs, kan blijken uit, hints, curated keywords, the vocabulary's norm terms).
Terms are Dutch stems, parts of compounds, synonyms, expanded abbreviations and pairs of adjacent
words; an inflected verb the bank does not know meets its verb (gesignaleerd -> signaleren), and a
typed compound that does not split counts by its last known part (adresgegevens -> gegevens). A
note is scored with BM25-style weights from an inverted index (rare terms count more, the tenth
mention of a word adds little), so a query touches only the postings of its own terms, plus a
character n-gram channel fused by standardised scores. Words the bank does not know are tried as
typos (rapidfuzz against the bank's words, cached). Report prose is long and repetitive: a word
said again counts less each time, and the words every finding uses ("bewoners", "medewerkers",
[weights] "common.<word>") count less in a note.

Examples as a field of their norm: labelled sentences (the shipped dev sets) and the notes the
toetser confirmed are indexed as extra text of their norm, with their own weight in both channels
([weights] examples*); the confirmed notes of earlier audits in a field of their own, whose words a
reason never shows ("eerdere audits").

Learning is nearest-neighbour too: a confirmed note lifts its norm for similar later notes (by its
margin over the most similar note confirmed for another norm), a rejected one pushes it down, in
proportion to the cosine similarity of the two notes.

Context: the interview itself says much that the words do not (`TagContext`): the norm of the
question being asked, the norms confirmed for the last notes of this interview, and the functie of
the person speaking. These lift norms in units of the note's own spread of scores (standardised:
how many standard deviations over the 49 norms), capped at [weights] context_cap, so a norm that
leads lexically by more than context_cap standard deviations ("clearly better") keeps its lead
whatever the context says. Without context the order is exactly the lexical one.

Modules, by job: analyzer (text to terms), index (the bank's BM25 and n-gram index), examples (the
example fields), learning (confirmed and rejected notes), context (the interview's lifts),
references ("zie Vakmanschap 4"), tagger (the Tagger that ranks with all of them).
"""

from .analyzer import COMMON_PREFIX, DERIVED_WEIGHT, MAX_WORD_LENGTH, MIN_HEAD, Analyzer, char_ngrams
from .context import (
    REASON_FUNCTIE,
    REASON_LEARNED,
    REASON_OTHER_AUDITS,
    REASON_PREVIOUS,
    REASON_QUESTION,
    REASON_REFERENCE,
    TagContext,
)
from .examples import ExampleField
from .learning import LearnedExample, learned_from_audit
from .references import cross_references, strip_references
from .tagger import SCORE_DECIMALS, Suggestion, Tagger

__all__ = [
    "COMMON_PREFIX", "DERIVED_WEIGHT", "MAX_WORD_LENGTH", "MIN_HEAD", "SCORE_DECIMALS",
    "REASON_FUNCTIE", "REASON_LEARNED", "REASON_OTHER_AUDITS", "REASON_PREVIOUS", "REASON_QUESTION",
    "REASON_REFERENCE",
    "Analyzer", "ExampleField", "LearnedExample", "Suggestion", "TagContext", "Tagger",
    "char_ngrams", "cross_references", "learned_from_audit", "strip_references",
]
