"""The audit store: one SQLite file per audit, the only place with SQL.

CONTRACT (other modules code against these signatures; keep them stable):

    AuditStore.create(path, toetsing, toetsers=(), *, author="") -> AuditStore
    AuditStore.open(path, *, read_only=False) -> AuditStore        # raises StoreError (Dutch message)
    store.close(); context manager (with AuditStore.open(p) as s: ...)
    store.path: Path; store.read_only: bool
    store.author: str                      # toetser id stamped on rows written through this store
    store.set_author(toetser_id)

    store.toetsing() -> Toetsing;  store.update_toetsing(**fields) -> Toetsing
    store.add_toetser(name, role, organisation="") -> Toetser;  store.toetsers() -> list[Toetser]
    store.start_interview(functie, functie_category, *, persons=1, werksoort="", toetser_id="", title="") -> Bron
    store.end_interview(bron_id) -> None
    store.add_document(title, document_kind="", *, toetser_id="") -> Bron
    store.add_observation(title, *, toetser_id="") -> Bron
    store.bronnen(kind=None) -> list[Bron];  store.bron(bron_id) -> Bron
    store.capture(bron_id, text, kind="citaat", *, tags=()) -> Aantekening
        # commits (synchronous=FULL) before returning; tags: iterable of (norm_id, score, state, origin)
        # validates: text stripped non-empty, <= MAX_AANTEKENING_CHARS, kind known, norm ids known
    store.update_aantekening(aantekening_id, *, text=None, kind=None) -> Aantekening
    store.delete_aantekening(aantekening_id) -> None
    store.aantekeningen(bron_id=None) -> list[Aantekening]   # oldest first
    store.set_tag(aantekening_id, norm_id, state="confirmed", *, origin="manual", score=0.0) -> Tag
        # one tag row per (aantekening, norm): updates it if present
    store.tags(aantekening_id=None, norm_id=None, state=None) -> list[Tag]
    store.mark_nvt(norm_id, reason) -> NvtMarking;  store.unmark_nvt(norm_id) -> None
    store.nvt() -> list[NvtMarking]   # active only
    store.save_bevinding(norm_id, *, text=None, oordeel=None, status=None, sterke_punten=None,
                         verbeterpunten=None, edited=None) -> Bevinding
        # updates this author's version for the norm, or creates it
    store.bevindingen(norm_id=None) -> list[Bevinding]   # all versions (all authors)
    store.add_custom_question(norm_id, text, functie_category="") -> CustomQuestion
    store.custom_questions() -> list[CustomQuestion]
    store.mark_asked(bron_id, norm_id, question_key) -> AskedQuestion;  store.unmark_asked(bron_id, question_key)
    store.asked(bron_id=None) -> list[AskedQuestion]
    store.set_preparation(norm_id, text) -> PreparationNote;  store.preparation() -> list[PreparationNote]
    store.save_draft(slot, text) -> None        # cheap; called at most ~once a second while typing
    store.draft(slot) -> Draft | None;  store.drafts() -> list[Draft];  store.clear_draft(slot)
    store.load_all() -> AuditData               # everything, for domain services
    store.merge_from(other_path) -> MergeReport  # union by UUID (see sessions/merge.py)
"""
