"""The gesprek screen tags in context: the question being asked is offered for a vague answer, the
chips say why, and a mirror norm is one key (F10) away."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from interviewer.app import make_app
from interviewer.widgets.norm_suggestions import NormSuggestions
from interviewer.widgets.question_list import QuestionList

SIZE = (120, 40)


async def test_a_vague_answer_gets_the_norm_of_the_question_and_the_mirror_is_one_key_away(
    tmp_path: Path, settle, make_audit  # noqa: ANN001
) -> None:
    path = tmp_path / "noord.audit"
    make_audit(path, (("jongerenwerker", "sociaal_werker"),))
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        question = app.screen.query_one(QuestionList).highlighted_item
        asked = question.norm_id
        await pilot.press(*"dat gaat eigenlijk wel goed")
        await settle(pilot)
        suggestions = app.screen.query_one(NormSuggestions)
        assert suggestions.ranking[0][0] == asked
        chip = str(app.screen.query_one("#chip-1", Static).render())
        # named by id and label, and the chip says why a norm with no word in common is there
        assert chip.startswith(f"F5 {asked} {app.bank.norm(asked).short}") and chip.endswith("· vraag")
        # another question chosen: the suggestion follows it
        await pilot.press("ctrl+down")
        await settle(pilot)
        other = app.screen.query_one(QuestionList).highlighted_item.norm_id
        if other != asked:
            assert suggestions.ranking[0][0] == other
        confirmed = suggestions.ranking[0][0]
        await pilot.press("f5", "enter")
        await settle(pilot)
        # the next vague note: the norm just confirmed is offered again, as "vorige notitie" too
        await pilot.press(*"dat klopt wel")
        await settle(pilot)
        assert "vorige notitie" in suggestions.reasons[confirmed]
        chips = " ".join(str(app.screen.query_one(f"#chip-{i}", Static).render()) for i in (1, 2, 3))
        assert "vorige notitie" in chips
        await pilot.press("ctrl+u")
        await pilot.press(*"ze houdt haar registratie in het kwaliteitsregister bij")
        await settle(pilot)
        shown = [n for n, _ in suggestions.ranking]
        mirror = suggestions.mirror
        assert mirror is not None and mirror not in shown
        assert f"F10 spiegelnorm {mirror}" in str(app.screen.query_one("#chosen", Static).render())
        await pilot.press("f10")
        assert suggestions.chosen == [mirror]
