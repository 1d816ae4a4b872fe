"""Confidence calibration: fitted monotone on judged findings, applied to every finding."""

from __future__ import annotations

from datetime import UTC, datetime

from intake.drafts.mails import CHECK_BELOW
from intake.parsers.calibration import apply_steps, calibrate, fit, fit_by_field
from intake.parsers.calibration_table import STEPS
from intake.parsers.evaluation import Case, Judged, judge
from intake.parsers.extract import extract

SENT = datetime(2027, 1, 10, 9, tzinfo=UTC)


def judged(field: str, confidence: float, right: int, wrong: int) -> list[Judged]:
    return [Judged(field, confidence, True)] * right + [Judged(field, confidence, False)] * wrong


def test_fit_pools_a_band_that_is_right_less_often_than_the_band_below() -> None:
    findings = (judged("due_dates", 0.6, 1, 3) + judged("budgets", 0.8, 9, 1)
                + judged("due_dates", 0.9, 6, 4) + judged("requirements", 0.95, 20, 0))
    steps = fit(findings, prior_weight=0)
    # 0.8 (90% right) and 0.9 (60%) violate the order and are pooled: 15 of 20.
    assert steps == ((0.6, 0.25), (0.8, 0.75), (0.95, 1.0))
    values = [v for _, v in fit(findings)]  # with the prior: pulled toward 36/44, still rising
    assert values == sorted(values) and 0.25 < values[0] < 36 / 44 < values[-1] < 1.0


def test_no_findings_fit_no_steps_and_no_steps_change_nothing() -> None:
    assert fit([]) == ()
    assert apply_steps((), 0.42) == 0.42


def test_steps_apply_from_their_lower_bound_up() -> None:
    steps = ((0.6, 0.3), (0.8, 0.75), (0.95, 0.97))
    assert [apply_steps(steps, raw) for raw in (0.5, 0.6, 0.79, 0.8, 0.94, 0.95, 1.0)] == [
        0.3, 0.3, 0.3, 0.75, 0.75, 0.97, 0.97]


def test_fit_by_field_fits_each_field_on_its_own_findings() -> None:
    findings = judged("due_dates", 0.6, 1, 3) + judged("budgets", 0.6, 4, 0)
    steps = fit_by_field(findings, prior_weight=0)
    assert steps == {"budgets": ((0.6, 1.0),), "due_dates": ((0.6, 0.25),)}


def test_the_shipped_table_rises_per_field_and_leaves_weak_readings_below_the_check_line(
) -> None:
    assert set(STEPS) >= {"due_dates", "budgets", "change_requests", "requirements"}, (
        "benchmarks/calibration.py --write has not been run")
    for field_steps in STEPS.values():
        values = [v for _, v in field_steps]
        assert values == sorted(values) and all(0 < v <= 1 for v in values)
    # a rule announced in passing ("a few brand rules from corporate: ...") is a weak reading
    weak = extract("A few brand rules from corporate: the logo always sits on white.",
                   sent_at=SENT, timezone="UTC")
    firm = extract("Our budget is $12,000. The boards go up by March 3. Every ad must carry "
                   "our licence number.", sent_at=SENT, timezone="UTC")
    assert weak.requirements[0].evidence.confidence < CHECK_BELOW
    assert firm.budgets[0].evidence.confidence >= CHECK_BELOW
    assert firm.due_dates[0].evidence.confidence >= CHECK_BELOW
    assert firm.requirements[0].evidence.confidence >= CHECK_BELOW


def test_money_that_is_no_budget_keeps_its_own_confidence() -> None:
    text = "The invoice of $1,200 is paid. Our budget is $9,000."
    raw = extract(text, sent_at=SENT, timezone="UTC", calibrated=False)
    out = calibrate(raw, {"budgets": ((0.0, 0.5),)})
    by_kind = {m.kind: m.evidence.confidence for m in out.money}
    raw_kind = {m.kind: m.evidence.confidence for m in raw.money}
    assert by_kind["budget"] == 0.5
    assert [k for k in by_kind if k != "budget"] and all(
        by_kind[k] == raw_kind[k] for k in by_kind if k != "budget")


def test_judge_marks_each_finding_by_the_scorer_rules() -> None:
    text = ("Please swap the hero photo. Our budget is $9,000. The posters are due March 3. "
            "We met on January 4 to talk it over.")
    extraction = extract(text, sent_at=SENT, timezone="UTC")
    case = Case("900-x", b"", {"due_dates": ["2027-03-03"],
                               "budgets": [{"amount": "8000", "currency": "USD",
                                            "kind": "budget"}],
                               "change_requests": ["swap the hero"]})
    verdicts = {(j.field, j.correct) for j in judge(case, extraction)}
    assert verdicts == {("due_dates", True), ("budgets", False), ("change_requests", True)}
