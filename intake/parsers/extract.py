"""The extract stage: a message's own words in, every mention (:class:`Extraction`) out.

Job: pick the words to read (the innermost forwarded original for a forward,
else the author's new text: never quoted history or signatures), tokenise them
once and run the three extractors over the same ``Doc``. Input: text with its
sent instant and the sender's time zone, or a :class:`ParsedMail`. Output: a
frozen :class:`Extraction`, and :func:`extraction_to_json` for ``intake
extract --json``. Pure: no database, network or templates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial
from zoneinfo import ZoneInfo

from intake.errors import ProcessingError
from intake.parsers.calibration import calibrate
from intake.parsers.capitals import sentence_cased, words_as_typed
from intake.parsers.chat import without_chat_stamps
from intake.parsers.contractions import back_to_the_text, with_apostrophes
from intake.parsers.dates import extract_due_dates
from intake.parsers.dates.cues import CUES
from intake.parsers.emphasis import back_to_the_marks, without_emphasis
from intake.parsers.forwards import quoted_original
from intake.parsers.inline_answers import (
    bans_answered,
    budget_replied,
    budgets_answered,
    budgets_confirmed,
    choices_answered,
    corrections_answered,
    day_agreed,
    days_moved,
    days_picked,
    deadlines_answered,
    objectives_answered,
    rules_answered,
)
from intake.parsers.language import detect_language
from intake.parsers.locale import currency_for, day_first_for
from intake.parsers.mentions import (
    DueDate,
    Evidence,
    Extraction,
    Money,
    Statement,
    same_sentence,
)
from intake.parsers.money import extract_money
from intake.parsers.nlp import analyse
from intake.parsers.pasted import without_pasted_copy
from intake.parsers.prefilter import prefilter_patterns
from intake.parsers.statements import extract_statements
from intake.parsers.statements.second_opinion import vetted
from intake.parsers.statements.view import WEEKDAY_WORD
from intake.parsers.subjects import normalise_subject, replies_to_mail
from intake.parsers.tables import BUDGET, DUE, table_cells
from intake.parsers.types import Address, ParsedMail
from intake.parsers.wrapping import unwrap


@dataclass(frozen=True, slots=True)
class Source:
    """The words extraction reads and who wrote them when.

    ``forwarded`` is True when the words come from a forwarded original;
    ``sender`` is then that original's author (None when the forward header
    named nobody readable).
    """

    text: str
    sent_at: datetime | None
    sender: Address | None
    forwarded: bool
    subject: str = ""  # the subject the words were sent under (a forwarded original's own)
    whole: str = ""  # the body the words stand in, quoted history included
    quoted: str = ""  # that quoted history alone
    recipients: tuple[Address, ...] = ()  # whom the words were sent to
    passed_by: Address | None = None  # who forwarded them (a forward's outer sender)
    in_reply: bool = False  # the mail names one it answers (In-Reply-To or References)


def message_source(mail: ParsedMail) -> Source:
    """The innermost forwarded original with words in it, else the mail's own new text.

    A forwarded original is read as the mail it was: its own subject, quoted history and
    recipients, and who passed it on (the outer sender, or the hop that forwarded it).
    """
    for index in range(len(mail.forwards) - 1, -1, -1):
        hop = mail.forwards[index]
        if hop.text.strip():
            passed_by = mail.forwards[index - 1].sender if index else mail.from_
            return Source(hop.text, hop.date or mail.date, hop.sender, True, hop.subject,
                          hop.whole or hop.text, hop.quoted, (*hop.to, *hop.cc), passed_by)
    if mail.forwards:
        # A forward whose original we could not read: fall back to what the forwarder wrote.
        inner = mail.forwards[-1]
        return Source(mail.new_text, inner.date or mail.date, inner.sender, True,
                      passed_by=mail.from_)
    return Source(mail.new_text, mail.date, mail.from_, False, mail.subject, mail.text,
                  mail.quoted_text, (*mail.to, *mail.cc),
                  in_reply=bool(mail.in_reply_to or mail.references))


def extract(
    text: str,
    *,
    sent_at: datetime,
    timezone: str,
    day_first: bool = False,
    default_currency: str = "USD",
    language: str | None = None,
    model: str | None = None,
    calibrated: bool = True,
    sender: str | None = None,
    answering: bool = False,
) -> Extraction:
    """Every mention in ``text``, sent at ``sent_at`` by someone living in ``timezone``.

    One ``analyse`` call; the date, money and statement extractors share its Doc.
    ``day_first`` and ``default_currency`` come from the client's locale
    ("03/07" is 3 July for a French client; a Canadian's "$" is CAD); ``language``
    is the one the client writes in, detected per message when not given. Without
    ``day_first`` the message's own numeric dates, its language and the country of
    ``sender`` (an address) decide (:mod:`intake.parsers.locale`).
    Confidences are calibrated (:mod:`intake.parsers.calibration`) unless
    ``calibrated`` is false (what fitting the calibration needs). ``answering``: the text
    answers earlier mail (:func:`answers_earlier_mail`), where changes are also read by the
    second opinion (:mod:`intake.parsers.statements.model_changes`).
    """
    # the same reading of the writer's words retyped: marks, capitals or apostrophes put right
    again = partial(extract, sent_at=sent_at, timezone=timezone, day_first=day_first,
                    default_currency=default_currency, language=language, model=model,
                    calibrated=calibrated, sender=sender, answering=answering)
    plain = without_emphasis(text)
    if plain is not None:  # "we *must* have it by **Friday**": read without the marks
        return back_to_the_marks(again(plain[0]), plain[1])
    cased = sentence_cased(text)
    if cased is not None:  # "PLEASE MOVE THE LAUNCH": read in sentence case, quoted as typed
        return words_as_typed(again(cased), text)
    restored = with_apostrophes(text)
    if restored is not None:  # "we cant use it": read as "can't", quoted as typed
        return back_to_the_text(again(restored[0]), restored[1])
    # a pasted newsletter is not the writer's asks, a pasted chat's stamps are no dates;
    # hard-wrapped lines read as the sentences they are
    text = unwrap(without_pasted_copy(without_chat_stamps(text)))
    language = language or detect_language(text)
    if not day_first:  # the config did not say: the message's own dates and language may
        day_first = day_first_for(text, language=language, email=sender)
    doc = analyse(text, model=model)
    cells = table_cells(text)
    promised: dict[date, DueDate] = {}
    due, replaced = extract_due_dates(doc, sent_at=sent_at, timezone=timezone, day_first=day_first,
                                      promised=promised,
                                      due_cells=[(c.start, c.end) for c in cells if c.kind == DUE])
    money = _budget_columns(extract_money(doc, default_currency=default_currency),
                            [(c.start, c.end) for c in cells if c.kind == BUDGET])
    facts = [f.evidence for f in (*due, *replaced, *promised.values(), *money)]
    changes, requirements, objectives = extract_statements(
        doc, language=language, answering=answering,
        facts=[(e.start, e.end) for e in facts])
    if requirements:  # a rule's words around a date or an amount: the model's second opinion
        requirements = vetted(requirements, facts)
    found = Extraction(
        due_dates=_without_goal_horizons(due, objectives),
        promised_dates=tuple(sorted(promised.values(), key=lambda d: d.evidence.start)),
        replaced_dates=replaced,
        money=money,
        change_requests=changes,
        requirements=requirements,
        objectives=objectives,
    )
    return calibrate(found) if calibrated else found


# Due cues that say only "by then" (or "we need"): in a goal's sentence the date is its
# horizon ("2,000 qualified leads by the end of Q1"), not a day the work is due.
_ONLY_BY_THEN = frozenset((
    "by", "before", "until", "till", "aim", "aiming", "target", "targeting", "latest", "need",
    "needs", "needing", "must", "should", "expect", "start", "require", "required", "requires",
    "final", "bis", "d'ici", "spätestens", "muss", "müssen", "soll", "sollen", "brauchen",
    "benötigen", "besoin", "doit", "doivent", "debe", "deben", "necesitamos", "necesitaríamos",
))
_DELIVERY_WORDS = frozenset(
    words[0] for words, cue in CUES.items()
    if cue.kind == "due" and cue.weight >= 0.8 and len(words) == 1) - _ONLY_BY_THEN
_WORDS = re.compile(r"[\w'-]+")


def _without_goal_horizons(due: tuple[DueDate, ...],
                           objectives: tuple[Statement, ...]) -> tuple[DueDate, ...]:
    """Leave out a date whose sentence is an objective naming no delivery ("grow sales 10%
    by the end of Q1"); "our goal is to launch by March 3" keeps its launch date."""
    goals = {same_sentence(o.evidence.sentence) for o in objectives}
    if not goals:
        return due
    return tuple(
        d for d in due
        if same_sentence(d.evidence.sentence) not in goals
        or _DELIVERY_WORDS & set(_WORDS.findall(d.evidence.sentence.lower()))
        or _WORK_DONE_BY.search(d.evidence.sentence))


# The work itself done by the day, beside the goal: "..., so it has to be mailed by November 1"
_WORK_DONE_BY = re.compile(r"\b(?:it|they|this|these|the \w+)\s+(?:has|have|needs?|must)\s+"
                           r"(?:to\s+)?be\s+(?:mailed|printed|delivered|sent|shipped|out|ready|live|up|done|"
                           r"finished|approved|in homes|in stores)\s+(?:by|before|on|no later)\b",
                           re.IGNORECASE)


def _budget_columns(money: tuple[Money, ...],
                    cells: list[tuple[int, int]]) -> tuple[Money, ...]:
    """An amount in a table cell under a "Budget" or "Cost" header is a budget."""
    if not cells:
        return money
    return tuple(
        replace(m, kind="budget")
        if not m.is_budget and any(a <= m.evidence.start < b for a, b in cells) else m
        for m in money
    )


def extract_message(
    mail: ParsedMail,
    *,
    timezone: str,
    day_first: bool = False,
    default_currency: str = "USD",
    language: str | None = None,
    model: str | None = None,
    received_at: datetime | None = None,
    calibrated: bool = True,
    agency_domains: tuple[str, ...] | None = None,
) -> Extraction:
    """Every mention in the words :func:`message_source` picks from ``mail``.

    Dates resolve against the original's date for a forward, else the mail's
    Date; ``received_at`` (e.g. the IMAP INTERNALDATE) stands in when neither
    can be read. A date without a zone is taken as the sender's local time.
    Raises :class:`ProcessingError` (stage ``extract``) when no date is known.

    A client forwarding a colleague's mail ("see below from our CEO, can we turn this
    around by Wednesday?") writes words of their own above it: read too, against the
    forward's own date, when the forwarder is not the agency (``agency_domains``; without
    them, when forwarder and original share a domain). What a client passes on from a
    mailing (a trade newsletter, a printer's invoice, an alert) is no ask of theirs: only
    their note is read; so is the agency's own mail a client forwards back. A colleague's or
    a third party's mail quoted in a reply to the agency that no one at the agency was sent
    (an Outlook block naming its recipients) is read like a forward.
    """
    source = message_source(mail)
    not_theirs = _mailing_passed_on(source, agency_domains) or _agency_mail_sent_back(
        source, agency_domains)
    if not_theirs:
        found = Extraction()  # a newsletter, an invoice, an alert, the AE's own words back
    else:
        found = _extract_source(source, timezone=timezone, day_first=day_first,
                                default_currency=default_currency, language=language,
                                model=model, received_at=received_at, calibrated=calibrated)
    # a reply's answers to the mail it quotes, a forwarded reply's too
    if found.money:
        found = replace(found, money=budgets_answered(found.money, source.text, source.whole))
    if ">" in source.whole:
        if found.change_requests:
            changes, rules = rules_answered(found.change_requests, found.requirements,
                                            source.whole)
            found = replace(found, change_requests=changes, requirements=rules)
        changes, rules = corrections_answered(found.change_requests, found.requirements,
                                              source.text, source.whole)
        found = replace(found, change_requests=changes, requirements=rules)
        found = replace(found, requirements=bans_answered(found.requirements, source.text,
                                                          source.whole),
                        objectives=objectives_answered(found.objectives, source.text,
                                                       source.whole))
        answered = [d for d in deadlines_answered(
            found.due_dates, source.text, source.whole, sent_at=source.sent_at or received_at,
            timezone=timezone, day_first=day_first)
            if d.date not in {known.date for known in found.due_dates}]
        if answered:
            found = replace(found, due_dates=tuple(sorted(
                (*found.due_dates, *answered), key=lambda d: d.evidence.start)))
        confirmed = budgets_confirmed(found.money, source.text, source.whole,
                                      default_currency=default_currency)
        if confirmed:  # "> Same budget as last spring ($2,000)?" / "YES"
            found = replace(found, money=tuple(sorted(
                (*found.money, *confirmed), key=lambda m: m.evidence.start)))
    if source.quoted:
        found = replace(found, money=budget_replied(found.money, source.text, source.quoted,
                                                    default_currency=default_currency))
        if found.change_requests:
            found = replace(found, change_requests=choices_answered(found.change_requests,
                                                                    source.quoted))
        found = replace(found, due_dates=days_picked(
            found.due_dates, source.text, source.quoted, sent_at=source.sent_at or received_at,
            timezone=timezone, day_first=day_first))
        found = replace(found, due_dates=days_moved(
            found.due_dates, source.text, source.quoted, sent_at=source.sent_at or received_at,
            timezone=timezone, day_first=day_first))
        found = replace(found, due_dates=day_agreed(
            found.due_dates, source.text, source.quoted, sent_at=source.sent_at or received_at,
            timezone=timezone, day_first=day_first))
    if not not_theirs:  # a forwarded original's own subject too ("Fwd: " is not its own)
        found = _with_the_subjects_facts(found, source, timezone=timezone,
                                         day_first=day_first, default_currency=default_currency,
                                         received_at=received_at)
    passed_on = _quote_the_agency_never_had(source, agency_domains)
    if passed_on is not None:  # read like a forward: the client's words, then the quoted mail
        found = _one_after_another(found, _extract_source(
            passed_on, timezone=timezone, day_first=day_first, default_currency=default_currency,
            language=language, model=model, received_at=received_at, calibrated=calibrated),
            shift=len(source.text) + 2)
    notes = _clients_own_notes(mail, source, agency_domains)
    if not notes:
        return found
    read = partial(_extract_source, timezone=timezone, day_first=day_first,
                   default_currency=default_currency, language=language, model=model,
                   received_at=received_at, calibrated=calibrated)
    merged, shift = read(notes[0]), len(notes[0].text) + 2
    for note in notes[1:]:
        merged = _one_after_another(merged, read(note), shift=shift)
        shift += len(note.text) + 2
    if found.change_requests:  # "Can you make these changes?" over the changes themselves
        merged = replace(merged, change_requests=tuple(
            c for c in merged.change_requests if not _CHANGES_BELOW.match(c.evidence.sentence)))
    return _one_after_another(merged, found, shift=shift)


# A forwarder's ask to make the changes the forwarded mail lists: no change of its own (the
# forwarded mail's changes are read)
_CHANGES_BELOW = re.compile(
    r"^\W*(?:(?:can|could|would) you (?:please |pls )?|please |pls |kindly )?(?:make|do|action|"
    r"implement|apply|incorporate|handle|take care of|work in) (?:these|those|the|all|his|her|"
    r"their|all the|all these) (?:changes|edits|corrections|tweaks|fixes|comments|notes|updates|"
    r"points)(?: (?:below|please|for us|asap|for me))?\W*$", re.IGNORECASE)


# A role or machine sender ("news@", "accounts@", "googlealerts-noreply@") and the marks a
# mailing carries: what a person forwards from them is information, not their ask.
_ROLE_SENDER = re.compile(
    r"^(?:news|newsletters?|notifications?|alerts?|billing|invoices?|accounts?|marketing|"
    r"mailer|info|events|promotions?|offers|deals|updates|digest|hello|ar|ap|receivables?|"
    r"payables?|accounting|payments?|orders?|shipping|sales)(?:[-._]|$)|"
    r"no-?reply|do-?not-?reply", re.IGNORECASE)
# An invoice's or a receipt's own lines: "Invoice #8812", "Invoice date:", "Amount due:"
_BILL_TEXT = re.compile(r"^\W*(?:invoice\s*(?:#|no\.?|number)|invoice date\s*:|amount due\s*:|"
                        r"total due\s*:|payment due\s*:|balance due\s*:|remit(?:tance)? to\s*:)",
                        re.IGNORECASE | re.MULTILINE)
_MAILING_TEXT = re.compile(
    r"\bunsubscribe\b|\bview (?:this|it|the) (?:e-?mail |message |newsletter )?in (?:your|a) "
    r"browser\b|\bemail preferences\b|\bmanage (?:your )?subscriptions?\b|"
    # a mail merge's greeting: "Dear customer," (not "Dear exhibitor,": the stand's rules)
    r"^\W*dear\s+(?:valued\s+)?(?:customers?|subscribers?)\b", re.IGNORECASE | re.MULTILINE)


def _mailing_passed_on(source: Source, agency_domains: tuple[str, ...] | None) -> bool:
    """Whether a client (not the agency) forwards a mailing from a third party: a role or
    machine sender, or a newsletter's marks, from a domain that is neither theirs nor the
    agency's. The agency forwarding a client's mail (from "info@" too) is always read; the
    agency forwarding a client's forward of a mailing is the client passing it on."""
    if not source.forwarded or source.sender is None or source.passed_by is None \
            or not agency_domains:
        return False
    forwarder, original = _domain(source.passed_by), _domain(source.sender)
    local = source.sender.email.lower().rpartition("@")[0]
    if forwarder in agency_domains or original in agency_domains:
        return False
    if original == forwarder:  # a colleague's mail is their ask; their company's mailing is not
        return bool(_ROLE_SENDER.search(local) and _MAILING_TEXT.search(source.text))
    if _MAILING_TEXT.search(source.text) or _BILL_TEXT.search(source.text):
        return True
    # "Hi Ray, thanks for the order ... files must be PDF/X-1a": a supplier's or a venue's desk
    # writing to the client by name about the job (its rules and days are the job's), not a
    # mailing (a "deals@" sale greets by name too: mail merge)
    return bool(_ROLE_SENDER.search(local)) and not (
        _ORDER_DESK.match(local) and _greets(source.text, source.passed_by))


# (a venue's events desk too: "Hi Tom, banners must be freestanding ... Load-in is November
# 21": the venue's rules for the client's stand)
_ORDER_DESK = re.compile(r"(?:orders?|shipping|production|prepress|pre-press|events?|exhibitors?|"
                         r"venue|bookings?)(?:[-._]|$)")


def _greets(text: str, reader: Address) -> bool:
    """Whether ``text`` opens by greeting ``reader`` by their first name ("Hi Ray,")."""
    first = reader.name.split()[0].strip(",") if reader.name.split() else ""
    if len(first) < 2:
        return False
    greeting = r"\W*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon))\s+)?"
    return re.match(rf"{greeting}{re.escape(first)}\s*[,!:\n-]", text, re.IGNORECASE) is not None



def _with_the_subjects_facts(found: Extraction, source: Source, *,
                             timezone: str, day_first: bool, default_currency: str,
                             received_at: datetime | None) -> Extraction:
    """``found`` with the due dates and budgets a new thread's subject names ("URGENT:
    banners needed by Thursday", "Flyer - budget $5k"): many clients put them there only,
    and they stay the client's when the AE forwards the mail (the original's subject, from
    its forward header). A reply's or a forward's subject repeats an older mail's words
    ("Re: Launch Jan 12" above "let's move it to Jan 19"): it is not read."""
    subject = " ".join((source.subject or "").split())
    sent_at = source.sent_at or received_at
    if not subject or sent_at is None or normalise_subject(subject)[1] \
            or _CALENDAR_REPLY.match(subject):
        return found
    asks = not found.change_requests and (_ASKED_IN_SUBJECT.match(subject) is not None
                                          or _POINTS_TO_SUBJECT.search(source.text) is not None)
    if not (asks or any(c.isdigit() for c in subject) or _DAY_NAMED.search(subject)):
        return found
    said = extract(subject, sent_at=sent_at, timezone=timezone, day_first=day_first,
                   default_currency=default_currency, calibrated=False)
    changes = said.change_requests if asks else ()
    if not said.due_dates and not said.budgets and not changes:
        return found
    return _one_after_another(found, Extraction(due_dates=said.due_dates,
                                                money=tuple(said.budgets),
                                                change_requests=changes),
                              shift=len(source.text) + 2)


# A calendar's answer to an invitation names the meeting and its day: "Accepted: Campaign
# review @ Thu Apr 19, 2029 10am - 11am (EDT)", "Declined: ...", "Tentatively Accepted: ..."
_CALENDAR_REPLY = re.compile(r"\s*(?:accepted|declined|tentative(?:ly accepted)?|"
                             r"new time proposed|updated invitation|invitation|canceled|"
                             r"cancelled)(?: event)?\s*:", re.IGNORECASE)


# "Please resize the holiday banner to 300x600", "Can you swap the logo on the flyer?": a new
# thread's subject that is itself the ask, above a body with none ("Thanks!!")
_ASKED_IN_SUBJECT = re.compile(r"\s*(?:please|pls|plz|kindly|can you|could you|would you|"
                               r"can we|could we)\b", re.IGNORECASE)


# "As per subject pls, thx" under "Change CTA to Shop Now": the body sends the reader up
_POINTS_TO_SUBJECT = re.compile(r"\b(?:as per|per|see|as in(?: the)?|as said in(?: the)?) "
                                r"(?:the )?subject(?: line)?\b|\bsubject says it all\b",
                                re.IGNORECASE)


_DAY_NAMED = re.compile(r"\b" + WEEKDAY_WORD + r"|\b(?:today|tomorrow|tmrw|eod|"
                        r"cob|asap)\b", re.IGNORECASE)


def _quote_the_agency_never_had(source: Source,
                                agency_domains: tuple[str, ...] | None) -> Source | None:
    """A colleague's or a third party's mail a client quotes under an Outlook block (or an
    "Original Message" rule) in a reply to the agency, sent to none of the agency: passed on
    like a forward ("FYI, budget confirmed." above finance's mail), so its words are read,
    also when the AE forwards that reply. A quote the agency was sent (its own mail, a
    thread it was on) stays history."""
    if not agency_domains or not source.quoted or source.sender is None \
            or _domain(source.sender) in agency_domains \
            or not any(_domain(a) in agency_domains for a in source.recipients):
        return None
    zone = source.sent_at.tzinfo if source.sent_at else None
    hop = quoted_original(source.quoted, default_tz=zone)
    if hop is None or hop.sender is None or not hop.text.strip() \
            or any(_domain(a) in agency_domains for a in (hop.sender, *hop.to, *hop.cc)):
        return None
    # an Outlook block that names people without addresses ("From: Sam Ortiz"): the agency's
    # when it names the agency's person this reply goes to
    ours = {_name_key(a) for a in source.recipients if a.name and _domain(a) in agency_domains}
    if any(_name_key(a) in ours for a in (hop.sender, *hop.to, *hop.cc)
           if a.name and not a.email):
        return None
    return Source(hop.text, hop.date or source.sent_at, hop.sender, True)


def _agency_mail_sent_back(source: Source, agency_domains: tuple[str, ...] | None) -> bool:
    """Whether a client forwards the agency's own mail back ("Pat wants the launch on Jan 19
    instead, see your note below"): its dates and sums are the AE's, only the note is new
    (the client's note is read, also when the AE forwards the whole to intake)."""
    if not source.forwarded or source.sender is None or source.passed_by is None \
            or not agency_domains:
        return False
    return _domain(source.sender) in agency_domains \
        and _domain(source.passed_by) not in agency_domains


def _name_key(address: Address) -> str:
    """A person's name as compared: lower case, one space."""
    return " ".join(address.name.lower().split())


def _domain(address: Address) -> str:
    return address.email.rpartition("@")[2].lower()


def _clients_own_notes(mail: ParsedMail, source: Source,
                       agency_domains: tuple[str, ...] | None) -> list[Source]:
    """The words written above the original (``source``) by each client who passed it on:
    the forwarder's own note, then each colleague's note in a forward of a forward ("Kim,
    please get the agency to add our new address", above the office manager's mail), each
    with its own date; none of the agency's (see :func:`extract_message`)."""
    if not source.forwarded:
        return []
    inner = _domain(source.sender) if source.sender else None

    def clients(author: Address | None) -> bool:
        if author is None:
            return False
        domain = _domain(author)
        return domain not in agency_domains if agency_domains else domain == inner

    notes = [Source(mail.new_text, mail.date, mail.from_, False)]
    notes += [Source(hop.text, hop.date or mail.date, hop.sender, False)
              for hop in mail.forwards if hop.text != source.text]
    return [n for n in notes if n.text.strip() and clients(n.sender)]


def _one_after_another(first: Extraction, second: Extraction, *, shift: int) -> Extraction:
    """Two texts' findings as one text's, ``second`` placed ``shift`` characters after the
    start of ``first``; a date, an amount or a sentence both say is kept once."""
    def moved(evidence: Evidence) -> Evidence:
        return replace(evidence, start=evidence.start + shift, end=evidence.end + shift)

    def dates(a: tuple[DueDate, ...], b: tuple[DueDate, ...]) -> tuple[DueDate, ...]:
        seen = {d.date for d in a}
        return a + tuple(replace(d, evidence=moved(d.evidence)) for d in b if d.date not in seen)

    def money(a: tuple[Money, ...], b: tuple[Money, ...]) -> tuple[Money, ...]:
        seen = {(m.amount, m.currency, m.kind) for m in a}
        return a + tuple(replace(m, evidence=moved(m.evidence)) for m in b
                         if (m.amount, m.currency, m.kind) not in seen)

    def said(a: tuple[Statement, ...], b: tuple[Statement, ...]) -> tuple[Statement, ...]:
        seen = {same_sentence(x.evidence.sentence) for x in a}
        return a + tuple(replace(x, evidence=moved(x.evidence)) for x in b
                         if same_sentence(x.evidence.sentence) not in seen)

    return Extraction(
        due_dates=dates(first.due_dates, second.due_dates),
        replaced_dates=dates(first.replaced_dates, second.replaced_dates),
        promised_dates=dates(first.promised_dates, second.promised_dates),
        money=money(first.money, second.money),
        change_requests=said(first.change_requests, second.change_requests),
        requirements=said(first.requirements, second.requirements),
        objectives=said(first.objectives, second.objectives),
        notes=first.notes + second.notes,
    )


def _extract_source(source: Source, *, timezone: str, day_first: bool, default_currency: str,
                    language: str | None, model: str | None, received_at: datetime | None,
                    calibrated: bool) -> Extraction:
    sent_at = source.sent_at or received_at
    if sent_at is None:
        raise ProcessingError(
            "extract", "the message has no readable date to resolve dates against"
        )
    if sent_at.tzinfo is None:
        sent_at = sent_at.replace(tzinfo=ZoneInfo(timezone))
    sender = source.sender.email if source.sender else None
    if default_currency == "USD":  # the config's default: the sender's country may know better
        default_currency = currency_for(sender) or default_currency
    return extract(
        source.text,
        sent_at=sent_at,
        timezone=timezone,
        day_first=day_first,
        default_currency=default_currency,
        language=language,
        model=model,
        calibrated=calibrated,
        sender=sender,
        answering=answers_earlier_mail(source),
    )


def answers_earlier_mail(source: Source) -> bool:
    """Whether the words answer earlier mail: a reply's subject, quoted history below them
    (many phones and Outlook keep "Re:" off a subject the client retyped), the header
    naming the mail answered (a phone that sends no quote still sets In-Reply-To), or a new
    mail that says it reviews work already shown ("I went through proof 2 with our director",
    "thanks for the draft of the flyer", "saw the banners live on the site this morning")."""
    return source.in_reply or bool(source.quoted.strip()) or replies_to_mail(source.subject) \
        or _FEEDBACK_SUBJECT.search(source.subject) is not None \
        or _REVIEWS_SHOWN_WORK.search(source.text) is not None


#: A mail that says it reviews work the agency showed: feedback on it answers that work.
_REVIEWS_SHOWN_WORK = re.compile(
    r"\b(?:(?:went|gone|going|looked|look|been)\s+(?:through|over|at)|had\s+a\s+(?:look|read)\s+"
    r"(?:at|through|of)|read\s+through|reviewed|checked)\s+(?:the\s+|your\s+|our\s+)?(?:first\s+|"
    r"second\s+|latest\s+|new\s+|revised\s+|updated\s+)?(?:proofs?|drafts?|mock-?ups?|layouts?|"
    r"concepts?|designs?|versions?|v\d|round|comps?|storyboards?|cuts?|edits?)\b"
    r"|\b(?:thanks|thank\s+you)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:the|your)\s+(?:first\s+|"
    r"second\s+|latest\s+|new\s+|revised\s+|updated\s+|quick\s+)?(?:proofs?|drafts?|mock-?ups?|"
    r"layouts?|concepts?|designs?|versions?|revisions?|round)\b"
    r"|\b(?:saw|seen|checked)\s+the\s+(?:[\w-]+\s+){0,2}?(?:banners?|ads?|posts?|page|site|video|"
    r"emails?|flyers?|posters?)\s+(?:live|online|up|in\s+the\s+wild)\b"
    r"|\b(?:proof|draft|version|round)\s+\d\b|\bv\d\b"
    r"|\b(?:feedback|comments|notes)\s+on\s+(?:the|your)\s+(?:proofs?|drafts?|mock-?ups?|layouts?|"
    r"concepts?|designs?|versions?|cuts?)\b"
    # "we looked at the catalogue with our team" (not "looked at the website of a rival")
    r"|\b(?:we|i)\s+(?:have\s+|'ve\s+)?(?:looked\s+(?:at|through|over)|went\s+(?:through|over)|"
    r"gone\s+(?:through|over)|reviewed|checked)\s+the\s+(?:new\s+)?(?:catalogues?|catalogs?|"
    r"brochures?|flyers?|posters?|banners?|labels?|ads|spots?|videos?|decks?|mailers?|menus?|"
    r"website|site|landing\s+page|artwork|scripts?|storyboards?)\b(?!\s+(?:of|from)\b)"
    # "the banners you sent yesterday", "what you shared on Friday" (not "the invoice you sent")
    r"|\b(?:the|those|these|your)\s+(?!invoices?\b|quotes?\b|estimates?\b|contracts?\b|bills?\b|"
    r"links?\b|times?\b|dates?\b)(?:[\w-]+\s+){1,2}?(?:you|u)\s+(?:just\s+)?(?:sent|shared|"
    r"emailed|posted|uploaded|showed|presented)\b|\bwhat\s+you\s+(?:sent|shared|showed)\b",
    re.IGNORECASE)
#: A subject that names feedback on work: "Katalog 2029 / feedback", "Corrections to the menu"
_FEEDBACK_SUBJECT = re.compile(r"\b(?:feedback|corrections|revisions|amends|amendments|edits)\b",
                               re.IGNORECASE)


# ---------------------------------------------------------------- JSON


def _evidence(ev: Evidence) -> dict[str, object]:
    return {
        "text": ev.sentence,
        "words": ev.words,
        "start": ev.start,
        "end": ev.end,
        "confidence": round(ev.confidence, 3),
    }


def _date(d: DueDate) -> dict[str, object]:
    out: dict[str, object] = {"date": d.date.isoformat(), **_evidence(d.evidence)}
    if d.replaces is not None:
        out["replaces"] = d.replaces.isoformat()
    if d.what:
        out["what"] = d.what
    return out


def _money(m: Money) -> dict[str, object]:
    out: dict[str, object] = {"amount": str(m.amount), "currency": m.currency, "kind": m.kind}
    if m.low is not None:
        out["low"] = str(m.low)
    if m.high is not None:
        out["high"] = str(m.high)
    return {**out, **_evidence(m.evidence)}


def _statement(s: Statement) -> dict[str, object]:
    out = _evidence(s.evidence)
    if s.action:
        out["action"] = s.action
    return out


def extraction_to_json(extraction: Extraction) -> dict[str, object]:
    """The issue's JSON shape for one message's mentions (``intake extract --json``).

    ``due_dates`` and ``replaced_dates`` are ISO dates; ``due_date_details``
    says where each came from; ``promised_dates`` are the days the client promises their
    own part ("I'll send the logo files on Monday"). ``budgets`` are budgets, caps and ranges;
    ``other_money`` is money that is not a budget (invoices, prices). Amounts
    are decimal strings. Statements carry ``text`` (their sentence). The
    caller adds ``source``, ``auto_reply`` and ``original_sender``.
    """
    return {
        "due_dates": [d.date.isoformat() for d in extraction.due_dates],
        "replaced_dates": [d.date.isoformat() for d in extraction.replaced_dates],
        "due_date_details": [_date(d) for d in extraction.due_dates],
        "promised_dates": [_date(d) for d in extraction.promised_dates],
        "budgets": [_money(m) for m in extraction.budgets],
        "other_money": [_money(m) for m in extraction.money if not m.is_budget],
        "change_requests": [_statement(s) for s in extraction.change_requests],
        "requirements": [_statement(s) for s in extraction.requirements],
        "objectives": [_statement(s) for s in extraction.objectives],
    }


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
