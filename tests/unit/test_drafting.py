"""plan_drafts and friends: which drafts a client mail's mentions make. Pure: no database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from intake.drafts.drafting import diff, is_new_fact, item_title, items_of, plan_drafts
from intake.drafts.projects import named_projects, project_name
from models import Message, Project
from models.mentions import Mention

NOW = datetime(2027, 1, 15, 12, tzinfo=UTC)


def mention(kind: str, sentence: str, start: int = 0, **values: Any) -> Mention:
    return Mention(kind=kind, words=sentence[:10], sentence=sentence, start=start,
                   end=start + 10, confidence=values.pop("confidence", 0.9), extra={},
                   created_at=NOW, **values)


def message(subject: str = "Spring Catch launch") -> Message:
    return Message(id=7, subject=subject, original_subject=None, new_text="", from_name="Maria",
                   from_email="maria@harborfoods.example")


def project(**values: Any) -> Project:
    base: dict[str, Any] = {"id": 3, "name": "Spring Catch", "objectives": [],
                            "requirements": [], "budget": None, "due_date": None}
    base.update(values)
    return Project(**base)


BUDGET = mention("budget", "Our budget is $25,000.", 10, amount=Decimal("25000"),
                 currency="USD", money_kind="budget")
DUE = mention("due_date", "The launch must happen by March 3.", 40, due=date(2027, 3, 3))
GOAL = mention("objective", "We want to lift frozen sales by 10%.", 0)
MOVE = mention("change_request", "Please move the launch from March 3 to March 10.", 80,
               action="move_date")
MOVED = mention("due_date", "Please move the launch from March 3 to March 10.", 90,
                due=date(2027, 3, 10), replaces=date(2027, 3, 3), what="the launch")
SWAP = mention("change_request", "Swap the hero image for the bakery shot.", 120,
               action="swap")


def test_a_brief_makes_one_ccr_with_every_fact_and_its_sentence() -> None:
    [ccr] = plan_drafts(message(), [GOAL, BUDGET, DUE], None)
    assert ccr.kind == "ccr"
    assert [f["kind"] for f in ccr.facts] == ["objective", "budget", "due_date"]
    assert [f["sentence"] for f in ccr.facts] == [GOAL.sentence, BUDGET.sentence, DUE.sentence]
    assert (ccr.budget, ccr.currency, ccr.due_date) == (Decimal("25000"), "USD", date(2027, 3, 3))
    assert ccr.summary == GOAL.sentence


def test_facts_the_project_already_knows_make_no_ccr() -> None:
    known = project(budget=Decimal("25000"), due_date=date(2027, 3, 3),
                    objectives=[GOAL.sentence])
    assert plan_drafts(message(), [GOAL, BUDGET, DUE], known) == ()
    assert not is_new_fact(BUDGET, known)
    assert is_new_fact(BUDGET, project(budget=Decimal("20000")))


def test_a_project_opened_by_this_mail_still_gets_its_ccr() -> None:
    opened = project(budget=Decimal("25000"), due_date=date(2027, 3, 3))
    [ccr] = plan_drafts(message(), [BUDGET, DUE], opened, opened=True)
    assert ccr.kind == "ccr" and len(ccr.facts) == 2


def test_all_of_a_mails_changes_are_one_change_order_with_numbered_items() -> None:
    [order] = plan_drafts(message(), [MOVE, MOVED, SWAP], project(due_date=date(2027, 3, 3)))
    assert order.kind == "change_order"
    items = items_of(order.facts)
    assert [(f["item"], f["sentence"]) for f in items] == [(1, MOVE.sentence), (2, SWAP.sentence)]
    assert [f["label"] for f in items] == ["Date change", "Swap"]
    assert order.due_date == date(2027, 3, 10)
    assert order.impact == {"due": {"before": "2027-03-03", "after": "2027-03-10"}}
    assert order.summary == "Move the launch to Mar 10 (+1 more)"
    assert order.description.splitlines() == ["1. move the launch to Mar 10",
                                              "2. Swap the hero image for the bakery shot"]


def test_item_titles_say_what_is_asked_without_the_request_frame() -> None:
    polite = mention("change_request", "Also, could we maybe try a warmer palette?", 0,
                     action="edit")
    assert item_title(polite, [polite]) == "try a warmer palette"
    long = mention("change_request", "Please swap " + "the very long product name " * 5, 0,
                   action="swap")
    title = item_title(long, [long])
    assert len(title) <= 70 and title.endswith("…") and title.startswith("swap the very")


@pytest.mark.parametrize(("sentence", "title"), [
    ("Pourriez-vous remplacer la photo du vignoble par celle du château ?",
     "remplacer la photo du vignoble par celle du château"),
    ("Merci de supprimer la mention « nouveau » sur la bûche.",
     "supprimer la mention « nouveau » sur la bûche"),
    ("Könnten Sie bitte das Logo auf dem Roll-up nach oben setzen?",
     "das Logo auf dem Roll-up nach oben setzen"),
    ("¿Podéis quitar la página de accesorios?", "quitar la página de accesorios"),
    ("Bitterness aside, the label works.", "Bitterness aside, the label works"),  # a word
    ("Hi Sam, please swap the hero image.", "swap the hero image"),  # a greeting
    ("On the first round: please swap the hero image.", "swap the hero image"),
    ("Also please swap the rider photo for the one with the red helmet, it shows the new "
     "frame better.", "swap the rider photo for the one with the red helmet"),
    ("Please swap the holiday recipe for the baked brie, which is our best seller.",
     "swap the holiday recipe for the baked brie"),
    ("Fix it, it's wrong.", "Fix it, it's wrong"),  # too short to cut
    ("Merci de modifier le titre : « Rejoignez-nous » plutôt que « On recrute ».",
     "modifier le titre : « Rejoignez-nous » plutôt que « On recrute »"),
    ("Photos, please make them brighter.", "Photos, please make them brighter"),  # a topic
    ('Please remove "best" from the headline; the bar rules don\'t allow superlatives.',
     'remove "best" from the headline'),  # the reason after a semicolon
])
def test_item_titles_drop_request_frames_greetings_and_reasons(sentence: str,
                                                                   title: str) -> None:
    change = mention("change_request", sentence, 0, action="edit")
    change.words = title.split()[0]  # the cue words start at the verb, as the rules find them
    assert item_title(change, [change]) == title


def test_facts_an_open_ccr_already_lists_are_not_new_again() -> None:
    pending = [{"kind": "budget", "value": "USD 25,000.00", "sentence": BUDGET.sentence}]
    [ccr] = plan_drafts(message(), [BUDGET, DUE], project(), pending=pending)
    assert [f["kind"] for f in ccr.facts] == ["due_date"]
    assert plan_drafts(message(), [BUDGET], project(), pending=pending) == ()


def test_a_lone_change_takes_the_mails_amount_and_the_project_budget_as_before() -> None:
    raise_budget = mention("change_request", "We need two more banner sizes.", 0, action="add")
    more = mention("budget", "That takes the total to $28,000.", 40, amount=Decimal("28000"),
                   currency="USD")
    [order] = plan_drafts(message(), [raise_budget, more], project(budget=Decimal("25000")))
    assert order.kind == "change_order"
    assert order.impact["budget"] == {"before": "25000", "after": "28000", "currency": "USD"}


def test_a_change_request_in_a_mail_that_opens_the_project_has_no_borrowed_impact() -> None:
    specs = plan_drafts(message(), [BUDGET, SWAP], project(budget=Decimal("25000")), opened=True)
    order = next(s for s in specs if s.kind == "change_order")
    assert order.impact == {} and order.budget is None


def test_ccr_lists_change_requests_as_action_items() -> None:
    specs = plan_drafts(message(), [GOAL, SWAP], None)
    ccr = specs[0]
    assert ccr.kind == "ccr"
    assert [f["kind"] for f in ccr.facts] == ["objective", "change_request"]


def test_diff_names_changed_fields_only() -> None:
    before = {"budget": "25000.00", "due_date": "2027-03-03", "description": "x"}
    after = {"budget": "27500.00", "due_date": "2027-03-03", "description": "x"}
    assert diff(before, after) == [{"field": "budget", "before": "25000.00",
                                    "after": "27500.00"}]
    assert diff(before, before) == []


def test_project_names_from_subjects_keep_case_and_drop_prefixes() -> None:
    assert project_name("RE: Fwd:  Spring Catch   launch") == "Spring Catch launch"
    assert project_name("Re:") == ""


def test_a_longer_project_name_wins_over_one_inside_it() -> None:
    spring = project(id=1, name="Spring")
    catch = project(id=2, name="Spring Catch")
    assert named_projects("About the spring catch posters", [spring, catch]) == [catch]
    assert named_projects("springtime", [spring]) == []


def test_a_ccr_summary_is_the_subject_without_its_reply_and_forward_prefixes() -> None:
    [ccr] = plan_drafts(message("RE: Fwd: Law Journal ad"), [BUDGET], project())
    assert ccr.summary == "Law Journal ad"


def test_a_project_this_mail_opened_had_no_due_date_before_it() -> None:
    """The change order of the mail that opened the project: its due date was not moved
    from itself ("2027-01-06 -> 2027-01-06" read as a non-change)."""
    postpone = mention("change_request", "Postpone the winter sale email to Jan 6.", 0,
                       action="move_date")
    due = mention("due_date", "Postpone the winter sale email to Jan 6.", 0,
                  due=date(2027, 1, 6))
    opened = project(due_date=date(2027, 1, 6))  # set from this mail when it was opened
    [order] = [s for s in plan_drafts(message(), [postpone, due], opened, opened=True)
               if s.kind == "change_order"]
    assert order.impact["due"] == {"before": None, "after": "2027-01-06"}
    [order] = [s for s in plan_drafts(message(), [postpone, due], project(
        due_date=date(2026, 12, 20))) if s.kind == "change_order"]
    assert order.impact["due"] == {"before": "2026-12-20", "after": "2027-01-06"}


def test_two_asks_of_one_sentence_are_titled_by_their_own_words() -> None:
    sentence = ('Bitte ändern Sie die Überschrift in "Alles muss raus" und machen Sie das Logo '
                "etwas größer.")
    first = mention("change_request", sentence, 6, action="edit")
    first.words = 'ändern Sie die Überschrift in "Alles muss raus"'
    second = mention("change_request", sentence, 56, action="edit")
    second.words = "machen Sie das Logo etwas größer"
    titles = [item_title(c, [first, second]) for c in (first, second)]
    assert titles == ['ändern Sie die Überschrift in "Alles muss raus"',
                      "machen Sie das Logo etwas größer"]


def test_one_request_quoted_two_ways_is_one_item() -> None:
    """The statement rules quote a bullet without its "- " and with one space; the date
    rules quote it as written: still one request, titled by the move it asks."""
    asked = mention("change_request", 'Push the January "Fresh Start" email back from '
                    "January 4 to January 11.", 80, action="move_date")
    moved = mention("due_date", '- Push the January "Fresh Start" email back from\n  '
                    "January 4 to January 11.", 80, due=date(2027, 1, 11),
                    replaces=date(2027, 1, 4))
    [order] = [s for s in plan_drafts(message(), [asked, moved], project())
               if s.kind == "change_order"]
    items = items_of(order.facts)
    assert [i["title"] for i in items] == ["move Jan 4 to Jan 11"]
    assert order.impact["due"] == {"before": "2027-01-04", "after": "2027-01-11"}


def test_money_moved_within_the_budget_is_neither_the_budget_nor_its_impact() -> None:
    shift = "Please shift $15,000 from the first two weeks of Meta into August."
    asked = mention("change_request", shift, 0, action="edit")
    moved = mention("budget", shift, 13, amount=Decimal("15000"), currency="USD",
                    money_kind="budget")
    total = mention("budget", "The overall budget remains $180,000.", 90,
                    amount=Decimal("180000"), currency="USD", money_kind="budget")
    specs = {s.kind: s for s in plan_drafts(message(), [asked, moved, total],
                                            project(budget=Decimal("180000")))}
    assert "budget" not in specs["change_order"].impact
    assert specs.get("ccr") is None or all("15,000" not in str(f.get("value"))
                                           for f in specs["ccr"].facts)


def test_a_new_project_starts_with_the_budget_stated_outside_its_changes() -> None:
    from intake.drafts.projects import _project_budget

    shift = "Please shift $15,000 from Meta into August."
    found = _project_budget([
        mention("change_request", shift, 0, action="edit"),
        mention("budget", shift, 13, amount=Decimal("15000"), currency="USD",
                money_kind="budget"),
        mention("budget", "Keep production under $12,000.", 50, amount=Decimal("12000"),
                currency="USD", money_kind="cap"),
        mention("budget", "The overall budget remains $180,000.", 90,
                amount=Decimal("180000"), currency="USD", money_kind="budget"),
    ])
    assert found is not None and found.amount == Decimal("180000")


def test_two_requirements_of_one_sentence_are_one_fact_to_read() -> None:
    sentence = ("The fair organiser requires fire-retardant certificates, and our legal "
                "department needs the imprint on every printed piece.")
    first = mention("requirement", sentence, 0)
    second = mention("requirement", sentence, 60)
    other = mention("requirement", "All banners need grommets.", 200)
    [ccr] = plan_drafts(message(), [first, second, other], project())
    assert [f["sentence"] for f in ccr.facts] == [sentence, "All banners need grommets."]


def test_a_cap_reads_as_a_ceiling() -> None:
    from intake.drafts.drafting import fact

    cap = mention("budget", "Up to $20,000 for production.", 0, amount=Decimal("20000"),
                  currency="USD", money_kind="cap")
    assert fact(cap)["value"] == "up to USD 20,000.00"
    assert fact(BUDGET)["value"] == "USD 25,000.00"


def test_what_a_version_changed_reads_without_repeating_the_items() -> None:
    from intake.drafts.mails import diff_lines
    from models.drafts import Draft

    changes = [{"field": "description", "before": "1. a", "after": "1. a\n2. b"},
               {"field": "due_date", "before": None, "after": "2027-02-03"},
               {"field": "items", "before": [1], "after": [1, 2]}]
    order = Draft(kind="change_order")
    assert diff_lines(order, changes) == [
        {"field": "due date", "before": "not set", "after": "2027-02-03"},
        {"field": "items", "before": "1", "after": "1, 2"}]
    ccr = Draft(kind="ccr")
    assert diff_lines(ccr, changes)[0] == {"field": "description", "before": "1. a",
                                           "after": "1. a 2. b"}
