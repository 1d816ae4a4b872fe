"""Special requirements: the rules that find one in a unit, in the order they are tried.

Input: a :class:`View` of one unit and the change found in it (if any). Output:
a :class:`Hit` of kind ``requirement``, or None.

A requirement is a rule the work must follow ("every post must carry the
#RideOrbit tag", "legal has to approve the copy", "allow five business days
for proofs", "use the new logo only"). A modal that only sets a deadline
("has to be ready by March 3") is a due date's business, and one that serves
a change ("we need to push the launch") is the change's.
"""

from __future__ import annotations

import re
from itertools import pairwise

from intake.parsers.prefilter import prefilter_patterns
from intake.parsers.statements.cues import CHANGE_VERBS, CLAUSE_PUNCT, FILLERS, PIECES_NAMED
from intake.parsers.statements.view import (
    BILLING,
    EVERY,
    MEETINGS,
    MONTH_WORD,
    PAST_WORDS,
    QUOTE_AFTER,
    STOP,
    USE_RULE,
    WEEKDAY_WORD,
    Hit,
    Rule,
    Verdict,
    View,
    first_hit,
)
from intake.parsers.statements.view import words as _words

KIND = "requirement"


_DEADLINE = re.compile(
    # "we need the final files for the 04/02", "for January 8": a day the work is for
    r"\bfor\s+(?:the\s+)?(?:\d{1,2}[./]\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|"
    r"\b(?:by|before|no later than|until|due(?: on| by)?)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    r"(?:\d|" + MONTH_WORD + r"|" + WEEKDAY_WORD + r"|"
    r"eod|cob|close|next|tomorrow|noon|midday|this|week|month|q[1-4]|quarter|year|mid|early|"
    r"late)|"
    # "we need the catalog PDF first thing Monday"
    r"\bfirst thing\s+(?:on\s+)?(?:" + WEEKDAY_WORD + r"|tomorrow|monday)\b|"
    # "it's important that we hit the January 8 date": a deadline stressed, not a rule
    r"\b(?:hit|meet|make|miss)\s+(?:the|our|this|that)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:date|deadline|launch date|go-live)\b|"
    # "signed off a week before that": a date said earlier, not a rule for every job
    r"\b(?:a|one|two|three|four|five|\d+)\s+(?:business\s+|working\s+)?(?:days?|weeks?)\s+"
    r"(?:before|prior to)\s+(?:that\b|then\b|it\b|the\s+(?:event|launch|show|webinar|opening|"
    r"conference|fair|sale|premiere|gala)\s+(?:on\s+)?(?:the\s+)?(?:\d|" + MONTH_WORD + r"))|"

    r"\b(?:in|within)\s+(?:a|one|two|three|four|five|six|seven|eight|ten|\d+)\s+"
    r"(?:business\s+|working\s+)?(?:days?|weeks?|months?)\b|"
    # "done at latest on 15 of December", "ready for that" (a day just named), "printer
    # needs files Monday": a deadline in other words
    r"\bat (?:the )?latest\b|\bready (?:for|by) (?:that|then|that day|the day|that date)\b|"
    # "the stand must be ready the 19th", "should be ready op 16 december"
    r"\bready\s+(?:on\s+|for\s+|op\s+|le\s+|am\s+|el\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th|\.)?"
    r"(?:\s|$|[,.;/-])|"
    r"\b(?:needs?|wants?|requires?)\s+(?:the\s+|our\s+|all\s+)?(?:[a-z-]+\s+){0,2}?(?:on\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|tomorrow|today|tonight|"
    r"(?:next|this) (?:week|month|monday|tuesday|wednesday|thursday|friday)|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|"
    # "the brochure needs to be at the trade show in Denver on March 9": where and when the
    # work must arrive (not "the logo must be in the top corner on every page")
    r"\b(?:needs? to|has to|have to|must|should)\s+(?:be|arrive|get)\s+(?:at|in|with|to)\s+"
    r"(?:[\w'-]+\s+){0,6}?(?:(?:on|by)\s+(?:the\s+)?(?:\d|" + MONTH_WORD + r"|" + WEEKDAY_WORD
    + r"|tomorrow|next|this)|"
    # ... said without "on": "Ad has to be at the paper Wednesday noon"
    + WEEKDAY_WORD + r"|tomorrow\b)"
)
_PROHIBITION = re.compile(
    r"\b(?:must not|mustn't|cannot|can't|can not|may not|never|do not|don't)\b(?!\s+miss\b)"
)
# "at least five working days before go-live", "build in 5 business days for review".
_LEAD_TIME = re.compile(
    r"\b(?:at least|build in|allow(?: for)?|plan for|give (?:us|them|him|her))\s+"
    r"(?:\w+\s+){0,3}?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:business|working|calendar)?\s*days?\b|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:business|working)\s+"
    r"days?\s+(?:before|ahead|prior|notice|lead)"
)
_SPEND_LIMIT = re.compile(
    r"\b(?:exceed|go over|go above|go past|go beyond|be over|be above|stay (?:under|below|within)|"
    r"be (?:more|higher) than|more than|cap|ceiling|limit|"
    # "The whole job needs to come in at £3.5k all in"
    r"come in (?:at|under|below|around)|all in)\b")
_AMOUNT = re.compile(r"[$€£¥]\s?\d|\d[\d.,' ]*\s?(?:k\b|eur\b|usd\b|gbp\b|chf\b|cad\b|"
                     r"euros?\b|dollars?\b)|"
                     # "must not exceed CAD 18,500": the code before the sum
                     r"\b(?:usd|eur|gbp|chf|cad|aud|nzd|sek|nok|dkk|inr|jpy|cny|mxn|brl|pln)"
                     r"\s?\d")
_MONEY_APPROVED = re.compile(
    r"\b(?:approv\w*|sign-?off for|signed off|green-?light for)\s+(?:an?\s+|the\s+)?"
    r"(?:extra\s+|additional\s+|another\s+)?"
    r"(?:[$€£¥]\s?\d|\d[\d.,]*\s?(?:k\b|eur|usd|gbp|dollars?|euros?))")
# "legal needs more time to review", "needs a few more days": a wait, not a rule
_MORE_TIME = re.compile(r"\s+(?:(?:a\s+(?:few|couple(?:\s+of)?|bit|little)|some|more|extra|"
                        r"another|two|three|\d+)\s+)*(?:more\s+)?(?:time|days?|weeks?|hours?)\b",
                        re.IGNORECASE)
_NO_OBJECT = frozenset(("to", "", ".", ",", "!", ";", "it", "that", "this"))
_NEEDS = _words("needs need requires require wants want insists insist expects demands mandates")
_IMPORTANT = re.compile(
    r"\b(?:it|this|that)(?:'s| is| are)\s+(?:very |really |extremely |absolutely )?"
    r"(?:important|essential|crucial|critical|vital|mandatory|non-negotiable|a must)\b")
# After "it's important that": getting it right, a meeting, doing well (no rule for the work)
_A_WISH_NOT_A_RULE = re.compile(
    r"\s*(?:we|you|i|they|both of us)\s+(?:really\s+|all\s+)?(?:get\s+(?:[\w'-]+\s+){1,4}?right\b|"
    r"get\s+it\s+right\b|nail\s+it\b|meet|talk|speak|catch\s+up|chat|get\s+together|sit\s+down|"
    r"do\s+(?:well|our\s+best|a\s+good\s+job)\b|are\s+(?:aligned|on\s+the\s+same\s+page)\b)")
_APPROVED = _words("approved signed reviewed cleared vetted checked validated")
_PERSONAL_NEED = _words(
    "talk chat catch discuss meet schedule find connect sync check run leave head go say "
    "admit confess agree think ask get thank apologise apologize celebrate relax rest sleep"
)
_SUBORDINATE = _words("where when whenever if unless whether as")
# What a reminder asks of a person, not of the work: "don't forget to bring the samples".
_ERRANDS = _words("bring send call email ring book pay sign enjoy come join tell ask reply "
                  "confirm cc forward rest relax take grab pick drop text buy order park "
                  "register rsvp vote invite remind loop notify inform contact ping thank")
_CARRIES = _words("needs need requires require gets get carries carry has have")
_CLAUSE_ENDS = (CLAUSE_PUNCT - {"("}) | {".", "!", "?"}
_NOBODY = _words("one body way problem worries worry need rush pressure idea doubt issue")
_MAY_DO = _words("be show use include appear contain exceed carry run go feature mention hang "
                 "sit cover overlap extend touch block stick")
_ADMIN = BILLING | _words("invoicing billing expenses reimbursement weekend")
# "our distributor needs a quote for 500 units": a price asked, not a rule ("the video must
# include a customer quote" is one)
_PRICE_ASKED = re.compile(r"\b(?:a|an|the|your|new)\s+(?:quote|quotation|estimate)s?\s+"
                          r"(?:for|on|from)\b")
_GUESSED = _words("tired busy happy exhausted joking kidding right wrong mistaken swamped "
                  "thrilled excited relieved sick hard difficult tough frustrating stressful "
                  "annoying confusing")
# "you have to see the new store", "it is essential that you call me", "we need to meet"
_PERSONAL_AFTER = re.compile(
    r"\b(?:you|u)\s+(?:have to|must|need to|should|got to|gotta)\s+(?:see|try|visit|come|"
    r"check out|meet|join|call)\b|\b(?:that|to)\s+(?:you|we)\s+(?:call|meet|talk|speak|"
    r"catch up|get together)\b|\byou\s+call\s+me\b|"
    # "it is important for us that you understand our situation": the reader, not the work
    r"\b(?:ensure|make sure)\s+(?:that\s+)?you\s+(?:get|have|take|enjoy|rest|relax|stay)\b|"
    r"\ba must\s+(?:if|when)\s+(?:you|you're|you are)\b|"
    r"\bthat\s+(?:you|we)\s+(?:understand|know|are aware|realise|realize|remember|get back|"
    r"reply|respond|answer)\b|"
    # "please pay attention that the office is closed on Friday": news, not a rule
    r"\b(?:office|offices|shop|store|we|i)\s+(?:is|are|am|will be)\s+(?:closed|away|out)\b|"
    # "I want to make sure we're all on the same page": the writer's wish, not a rule
    r"\bmake sure (?:we|we're|we are|everyone|everybody|you're|you are|you|they)\s+(?:all\s+)?"
    r"(?:(?:are|is|were|'re)\s+)?(?:on the same page|aligned|in the loop|got|have seen|saw|"
    r"received|aware|okay|ok|happy|comfortable)\b")
_MEETING_WORDS = _words("kickoff kick-off kick meeting meetings call calls workshop lunch "
                        "dinner attend")
# "we want every visitor to leave with a sample": people, an objective's business
_NOT_PIECES = _words("of you us visitor visitors customer customers guest guests user users "
                     "member members people person shopper shoppers attendee attendees employee "
                     "employees staff reader readers viewer viewers buyer buyers fan fans")
_LETS = _words("allow allows permit permits accept accepts")
_LETS_NOT = _words("let lets allow allows permit permits")
_SELVES = _words("myself yourself ourselves themselves me us you them him her it")
_PRONOUNS = _words("i we you they he she it")
_IN_ANY = re.compile(r"^(?:[\w-]+ ){1,3}(?:in|on) (?:any|all|every)\b")
# "Always include the store hours": a habit asked of every piece.
_ALWAYS_DO = _words("include use show add feature mention put keep carry credit tag write "
                    "spell place run end start")
_CANNOT_EXCUSES = _words("make attend join wait thank believe say find come")
#: What a person can't make: "the shoot", "the 30th", "the kickoff" (not "claims", "promises")
_DATES_KEPT = _words("shoot session event date deadline appointment party launch opening show "
                     "fair kickoff kick-off meeting call review presentation workshop dinner "
                     "lunch day time")


def not_a_status_question(v: View, change: Hit | None) -> Verdict:
    """"Did legal approve it?"; "Quick question: do the banners need alt text, or ...?" asks
    whether a rule holds, it sets none ("could you make sure ...?" still asks for one)."""
    return STOP if v.status_question or _ASKS_IF_A_RULE.search(v.lower) else None


_ASKS_IF_A_RULE = re.compile(r"(?:^|[:\-–—]\s*)(?:do|does|is|are|should|must|will)\s+(?!you\b|u\b)"
                             r"[^?]*\?\s*$")


_REASONS = _words("since because cause as")


def _reason_at(v: View) -> int:
    """Where a reason given after a comma starts ("..., since that one stays a phone call"),
    or the unit's end: what the reason mentions is not what the sentence is about."""
    for k in range(1, len(v.n) - 1):
        if v.n[k] in _REASONS and v.n[k - 1] == ",":
            return k
    return len(v.n)


# A rule that held and holds no more: "last year the county required permits for all sidewalk
# signs, but they dropped that rule in March" (not "they dropped the price, but the disclaimer
# is still required")
_RULE_DROPPED = re.compile(
    r"\b(?:dropped|lifted|scrapped|removed|relaxed|waived|abolished|ended|cancelled|canceled|"
    r"got rid of|did away with)\s+(?:that|the|this|their|its)\s+(?:rule|requirement|policy|"
    r"restriction|ban|regulation)\b")


def not_about_the_work(v: View, change: Hit | None) -> Verdict:
    """Modals that set no rule for the work: billing and contracts ("the printer requires
    payment upfront"), a guess ("we must have missed your email", "you must be tired"), a
    tip or an errand for a person ("you have to see the new store", "it is essential that
    you call me"), a meeting ("all of us must attend the kickoff")."""
    n = set(v.n)
    if (_ADMIN & n and not _ADVERTISED_PAYMENT.search(v.lower)) or _PRICE_ASKED.search(v.lower):
        return STOP  # "the printer requires payment upfront"
    if _CONTRACT.search(v.lower) and _SIGNING.search(v.lower):
        return STOP  # ... and "we must get the board's approval before we can sign the SOW"
    for k, word in enumerate(v.n):
        if word == "must" and (v.at(k + 1) == "have" and (v.at(k + 2) == "been"
                                                          or v.at(k + 2).endswith("ed")
                                                          or v.at(k + 2) in _PARTICIPLES)):
            return STOP  # "the printer must have lost our order": a guess
        if word == "must" and v.at(k + 1) == "be" and v.at(k + 2) in _GUESSED:
            return STOP
    if _PERSONAL_AFTER.search(v.lower) or (_MEETING_WORDS & n and not v.has("REQ_STRONG")
                                            and _MEETING_WORDS & set(v.n[:_reason_at(v)])):
        return STOP
    if _AWAY.search(v.lower):
        return STOP  # "Jordan will approve anything urgent while I'm away": cover, not a rule
    if _MEETS.search(v.lower):
        return STOP  # "the board meets on January 12 to approve the design": a meeting
    if _NOTHING_ELSE.search(v.lower):
        return STOP  # "don't change anything else": the scope of a change, not a rule
    if _NO_ACTION.search(v.lower):
        return STOP  # "no action needed on any of the current jobs": an all-clear
    if _RULE_DROPPED.search(v.lower):
        return STOP  # "the county required permits, but they dropped that rule in March"
    if _POINTS_TO_RULES.search(v.lower) and not _RULE_BOOKS.search(v.lower):
        return STOP  # "please make sure the files follow them": the rules are said elsewhere
    if _RIVALS_RULE.search(v.lower):
        return STOP  # "our competitor's ads all have to show a price": someone else's rule
    if _VISITS_RULE.search(v.lower):
        return STOP  # "parking must be validated at the front desk": a visit's errand
    if _RULE_LIFTED.search(v.lower):
        return STOP  # "last year we had to put the disclaimer on everything, but that's no
        # longer required": a rule that no longer holds
    if v.at(v.first) == "if" and _WOULD_HAVE_TO.search(v.lower):
        return STOP  # "If we end up advertising the 0% financing, the fine print would have
        # to list the APR terms": a rule for an ad not decided on
    if _WRITERS_ERRAND.match(v.lower):
        return STOP  # "I have to renew our business license before the campaign starts"
    return None


_RULE_LIFTED = re.compile(r"\b(?:no longer|not|isn't|aren't)\s+(?:required|"
                          r"mandatory|necessary)\b(?!\s+(?:to\s+)?(?:by|for)\b)|"
                          r"\bnot (?:required|needed|mandatory) any ?more\b")
_WOULD_HAVE_TO = re.compile(r"\b(?:would|'d)\s+(?:have|need)\s+to\b")
# The writer's own errand: "I have to renew our license", "I need to finish the report" (not
# "I need to approve everything first", "I have to insist on ...": a rule said in the first
# person)
_WRITERS_ERRAND = re.compile(r"^\W*(?:[a-z]+,\s+)?i\s+(?:have|need|got)\s+to\s+(?!(?:approve|see|"
                             r"review|sign|check|ok|okay|insist|stress|ask|remind|say|tell|"
                             r"confirm|have|be)\b)[a-z]+")


# A rule for people who visit, not for the work: "Parking must be validated at the front
# desk", "visitors need to sign in", "guests have to check in at reception" (not "the
# lobby banners can't be taller than 8 feet": signage)
_VISITS_RULE = re.compile(r"^\W*(?:(?:all|our|your|any|the)\s+)?(?:parking|visitors?|guests?|"
                          r"attendees?|badges?|smoking|pets|dogs)\s+(?:must|has to|"
                          r"have to|needs? to|should|is required|are required)\b")


_RIVALS_RULE = re.compile(r"\b(?:competitors?|competitor's|competitors'|rivals?|rival's)\s+"
                          r"(?:[\w'-]+\s+){0,3}?(?:have to|has to|must|need to|needs to)\b")
# "Specs from our printer below. Please make sure the files follow them." (not "I've attached
# the brand guidelines; please stick to them": the rule book named in the sentence)
_RULE_BOOKS = re.compile(r"\b(?:guidelines?|brand ?book|style ?guide|specs?|specifications|rules|"
                         r"standards|manual|requirements)\b")
_POINTS_TO_RULES = re.compile(r"\b(?:follow|meet|match|respect|stick to|comply with)\s+"
                              r"(?:them|these|those|it|this|that)\s*[.!]?\s*$"
                              # "here is what the new site has to do.": the rules follow
                              r"|\b(?:here is|here's|here are|below is|below are|this is|these "
                              r"are)\s+what\s+[^.;!?]{0,40}?\b(?:has to|have to|must|needs? to|"
                              r"should)\s+(?:do|have|include|cover|be)\s*[.:!]?\s*$")


_NO_ACTION = re.compile(r"\b(?:no (?:action|changes?|edits?) (?:is |are )?(?:needed|required|"
                        r"necessary)|nothing (?:is )?(?:needed|required) (?:from|on|of) "
                        r"(?:you|your))\b")
_NOTHING_ELSE = re.compile(r"\b(?:don't|do not|dont|no need to|please don't)\s+(?:change|touch|"
                           r"edit|alter|move)\s+(?:anything|everything)\s+else\b")


_CHANGES_ANNOUNCED = _words("changes corrections edits amendments revisions tweaks fixes")
_MEETS = re.compile(r"\b(?:meets|convenes)\s+(?:again\s+)?(?:on|next|this|every|tomorrow|"
                    r"today|monthly|weekly)\b")


# "The APR must be shown in the same size as the monthly payment": the words of a finance ad.
# So are a loan's offers: "not allowed to use the word "free" in the skip-a-payment offer"
_ADVERTISED_PAYMENT = re.compile(r"\b(?:monthly|weekly|down|balloon|minimum)\s+payments?\b|"
                                 r"\bskip-a-payment\b|\bpayment\s+(?:holidays?|plans?)\b")
_CONTRACT = re.compile(r"\b(?:sow|nda|msa|contracts?|paperwork|agreement|statement of work|"
                       r"purchase order)\b")
_SIGNING = re.compile(r"\b(?:sign|signs|signed|signing|countersign\w*|signature)\b(?!\s*-?off)")
_PARTICIPLES = _words("lost gone got gotten sent seen forgotten missed done taken made had known "
                      "heard found put left thought come run read given brought caught "
                      "spent paid bought built sold won told said shot drawn written chosen "
                      "held kept begun")
_AWAY = re.compile(r"\b(?:while|when)\s+i(?:'m| am| will be|'ll be)\s+(?:away|out|off|on "
                   r"(?:vacation|holiday|leave|maternity leave|paternity leave|pto))\b|"
                   r"\bduring my (?:absence|leave|vacation|holiday)\b|\bin my absence\b")


def lead_time(v: View, change: Hit | None) -> Verdict:
    """"Allow at least five business days for proofs", "the dev team needs final copy at
    least five working days before go-live"."""
    if _LEAD_TIME.search(v.lower) and not v.past_only:
        return Hit(KIND, 0, v.last, 0.75)
    return None


def use_rule(v: View, change: Hit | None) -> Verdict:
    """"Use the new logo only", "always use the brand green"."""
    if USE_RULE.search(v.lower) and change is None:
        return Hit(KIND, 0, v.last, 0.75)
    return None


# "the fair is March 12 and the banner must arrive a week before": counted from a day just
# named, for one piece (not "every post must go to legal a week before", the house's rule;
# nor "must be live two weeks before the webinar", a lead time kept as a rule)
_COUNTED_BACK = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|\d+)\s+(?:business\s+|working\s+)?(?:days?|weeks?)|"
    r"the\s+day)\s+(?:before|prior|earlier)\s*(?:[.!?;,)]|$)")
# "the flyer goes out on April 1, so please make sure this is fixed before then": the day
# just named is the deadline (not "by then we must use the new logo", a rule ahead of it)
_BY_THEN = re.compile(r"\b(?:before|by|until|till)\s+then\s*(?:[.!?;,)]|$)")


def only_a_deadline(v: View, change: Hit | None) -> Verdict:
    """"The files have to be ready by March 3": a due date, not a constraint."""
    deadline = _DEADLINE.search(v.lower) or _ready_on_a_day(v.lower) or (
        None if EVERY & set(v.n) else _COUNTED_BACK.search(v.lower)) or _by_then(v.lower) \
        or _COUNTED_ON.search(v.lower)
    if deadline is None or _PROHIBITION.search(v.lower) or _SPEC_THEN_DEADLINE.search(
            v.lower, 0, deadline.start()) or _FORM_THEN_DEADLINE.search(
            v.lower, 0, deadline.start()) or _rule_before_deadline(v.lower, deadline.start()):
        return None
    after = _RULE_AFTER_DEADLINE.search(v.lower, deadline.end())
    if after is None:
        return STOP
    # "The holiday card needs to be in the mail by Dec 14, and it must use the new logo": the
    # rule is the clause after the deadline, not the deadline said in a rule's words
    return Hit(KIND, v.word_at(after.start()), v.last, 0.8)


# "we need the sponsor deck two weeks from today", "within 10 business days": a day counted
# from the mail (not "allow two weeks for printing", a lead time kept as a rule)
_COUNTED_ON = re.compile(
    r"\b(?:a|one|two|three|four|five|ten|\d+)\s+(?:business\s+|working\s+)?(?:days?|weeks?)\s+"
    r"from\s+(?:today|now|tomorrow)\b")


def _by_then(lower: str) -> re.Match[str] | None:
    then = _BY_THEN.search(lower)
    return then if then and _A_DAY.search(lower, 0, then.start()) else None


# "the banners must be ready before the fair on March 3": the work ready on a day named
# ... or had so: "we must absolutely have it printed for the fair ... 19 to 22 September"
_READY = re.compile(r"\b(?:must|has to|have to|needs? to|should)\s+(?:absolutely\s+|really\s+|"
                    r"definitely\s+)?(?:be|have\s+(?:it|them|this|these|everything|all|the\s+\w+)"
                    r")\s+(?:ready|done|finished|delivered|printed|installed|live|up|open|online|"
                    r"launched)\b")


_A_DAY = re.compile(r"\b\d{1,2}[./-]\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)\b|"
                    r"\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
                    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|"
                    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
                    r"today|tonight)\b")


def _ready_on_a_day(lower: str) -> re.Match[str] | None:
    arrives = _ARRIVES.search(lower)  # "the mailer has to land in homes the week of the 14th"
    if arrives and _A_DAY.search(lower, arrives.end()):
        return arrives
    if " be " not in lower and " have " not in lower:
        return None
    ready = _READY.search(lower)
    return ready if ready and _A_DAY.search(lower, ready.end()) else None


# The work reaching people on a day: "has to land in homes ...", "must go out on ..."
_ARRIVES = re.compile(r"\b(?:must|has to|have to|needs? to|should)\s+(?:land|arrive|hit|go\s+out|"
                      r"drop|ship|mail|launch|go\s+live|air|run|start|begin)\b")


# A rule's verb in a clause of its own ("legal needs the disclaimer on every frame", "our
# franchise rules require the red logo"; not "we need the banners": that is the work)
_MODAL = re.compile(r"\b(?:must|has to|have to|needs? to|should|always|never|needs|requires?|"
                    r"required)\b")
# A day in the rule's clause: a number that measures nothing ("3 mm bleed", "300 dpi" and
# "1,2 mm" are specs); a month or weekday by its whole name, or shortened beside a number
# ("the APR disclosure", "every market", "sunscreen" and "you may" name none)
_UNIT = (r"mm|cm|m|in|inch|inches|ft|feet|px|pixels|dpi|ppi|pt|kb|mb|gb|%|x|colou?rs?|pages?|"
         r"words?|characters?|chars|sizes?|versions?|languages?|secs?|seconds?|s|k")
_SHORT = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
_DAY_SAID = re.compile(
    r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d.,])(?!\s*(?:" + _UNIT + r")\b)|"
    r"\b(?:january|february|april|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|next|"
    r"weeks?|months?)\b|\b" + _SHORT + r"[a-z]*\.?\s*\d|\d(?:st|nd|rd|th)?\s*" + _SHORT + r"\b")


def _rule_before_deadline(lower: str, deadline_at: int) -> bool:
    """"The logo must be on every piece, the files are due 12/28": a rule in its own clause
    before the deadline's (not "radio needs to start airing 1/4, so the spots are due 12/28",
    a day in both)."""
    head = lower[:deadline_at]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(" and "))
    if cut < 0:
        return False
    modal = _MODAL.search(head, 0, cut)
    if modal is None or _DAY_SAID.search(head, modal.end(), cut) or _HANDED_IN.match(
            head, modal.end()):
        return False
    # "legal requires the disclaimer, and the client needs it by Friday": what is required
    # is the thing delivered ("it"), not a rule for the work
    return modal.group() not in _BARE_VERBS or not _BACK_REFERENCE.search(lower, cut)


_BARE_VERBS = frozenset(("needs", "require", "requires", "required"))
_BACK_REFERENCE = re.compile(r"\b(?:it|them)\b")


# "the files have to be ready, and at the printer by March 3": the deadline's own clause
_HANDED_IN = re.compile(r"\s+(?:be\s+)?(?:ready|done|finished|final|delivered|sent|printed|"
                        r"submitted|uploaded|approved|signed off|at|in|with|live|out)\b")


# "must be under 150 KB and delivered by Friday": a spec before the deadline is a rule too.
_SPEC_THEN_DEADLINE = re.compile(
    r"\b(?:must|has to|have to|need to|needs to|should)\s+be\s+(?:under|below|over|at least|"
    r"at most|no more than|less than|smaller than|max(?:imum)?)\s+\d[\d.,]*\s*(?:kb|mb|gb|px|"
    r"pixels|dpi|ppi|seconds|secs|sec|s|characters|chars|words|pages|mm|cm|inches|in)\b.*\band\b")


# "must be submitted as print-ready PDF no later than April 20": the form the files take is
# a rule of its own before the deadline (not "must be submitted by April 20").
_FORM_THEN_DEADLINE = re.compile(
    r"\b(?:must|has to|have to|needs? to|should)\s+be\s+(?:submitted|supplied|delivered|sent|"
    r"provided|uploaded|saved|exported)\s+(?:to\s+\w+\s+)?(?:as|in)\s+(?:an?\s+)?(?:print[- ]ready|"
    r"press[- ]ready|high[- ]res\w*|vector|outlined|flattened|layered|pdf|eps|tiff?|cmyk|"
    r"pdf/x)\b")


# "in the mail by Dec 14, and it must use the new logo": a rule after the deadline.
_RULE_AFTER_DEADLINE = re.compile(
    r"\b(?:and|but|also)\s+(?:yes,?\s+)?(?:it|they|all of them|every \w+|each \w+|the \w+)\s+"
    r"(?:must|has to|have to|needs? to|should)\s+(?:use|carry|include|show|feature|follow|mention|"
    r"say|display|be printed on|appear on|appear in|be on)\b")


def only_a_spending_cap(v: View, change: Hit | None) -> Verdict:
    """"The total must not exceed 22.000 EUR": a budget's cap, read by the money rules; "happy
    to approve $3,200 for the extra photography": money approved, not a rule."""
    if (_SPEND_LIMIT.search(v.lower) or _MONEY_APPROVED.search(v.lower)) and _AMOUNT.search(
            v.lower):
        return STOP
    return None


def outside_party_needs(v: View, change: Hit | None) -> Verdict:
    """"The fair organiser requires fire-retardant certificates", "our legal department needs
    the imprint on every printed piece": someone outside the work sets a rule for it."""
    for s, e in v.rel("REQ_ACTOR"):
        for k in range(e, min(e + 3, len(v.n))):
            if (v.n[k] in _NEEDS and v.at(k + 1) not in _NO_OBJECT
                    and not v.negated_before(k)
                    and not _MORE_TIME.match(v.unit.text, v.char_span(k)[1] - v.unit.start)
                    and not _A_COUNT_WANTED.match(v.unit.text, v.char_span(k)[1] - v.unit.start)):
                return Hit(KIND, s, k, 0.8)  # (not "the board wants at least 5,000": a count
                # to reach, the goal)
            if v.n[k] in _LETS_NOT and v.negated_before(k) and v.at(k + 1) in ("us", "you") \
                    and v.at(k + 2) not in _ERRANDS | _PERSONAL_NEED:
                return Hit(KIND, s, k, 0.75)  # "the council won't let us put signs on ..."
            passed = _PASSED_ON_RULE.match(" ".join(v.n[k : k + 3]))
            if passed and not v.negated_before(k) and not v.unit.text.rstrip().endswith("?") \
                    and (_SCOPED & set(v.n[k:]) or v.has("REQ_SPEC") or v.has("REQ_FACT")) \
                    and (not passed.group().endswith("that") or _binds(v, k + 2)):
                return Hit(KIND, s, k, 0.75)  # "Compliance flagged that every rate needs an
                # APR disclosure", "the organisers asked for vector files only", "Legal would
                # like the small print to be 8pt minimum" (not "the CEO would like it bigger")
    return None


_JUDGED_FINE = re.compile(r"\b(?:is|are|'s|looks?|seems?)\s+(?:all\s+)?(?:fine|ok|okay|good|great|"
                          r"correct|right|perfect)\b")


def _binds(v: View, k: int) -> bool:
    """Whether the clause from word ``k`` binds the work ("every rate needs", "must", "has to",
    "never"), not a verdict ("the disclaimer is fine")."""
    rest = v.n[k:]
    return bool(_BINDING & set(rest)) or any(
        w in ("has", "have") and nxt == "to" for w, nxt in pairwise(rest))


_BINDING = _words("must need needs required requires should never only always cannot")
_A_COUNT_WANTED = re.compile(r"\s+(?:at least|over|more than|around|about)?\s*\d[\d,.]*k?\s*"
                             r"(?:[.!]|$)")
# An outside party's rule passed on: "... flagged that", "... asked for", "... would like"
_PASSED_ON_RULE = re.compile(r"^(?:flagged|flags|noted|notes|pointed out|says|said|confirmed|"
                             r"reminded us|stressed) that\b|^(?:asked|asks|asking) for\b|"
                             r"^(?:would|'d) like\b")
# What makes a wish a rule: its scope or its limit
_SCOPED = _words("every each all always never only minimum min maximum max least most")


def second_party_needs(v: View, first: Hit) -> Hit | None:
    """"The organiser requires fire-retardant certificates, and our legal department needs
    the imprint on every piece", "the vendor guide says 3x5 inches, and their merchandising
    team needs the UPC on the front": a second party's rule after the first rule, in the same
    sentence (not "don't use the old logo: legal wants the new one", one rule and its
    reason)."""
    for s, e in v.rel("REQ_ACTOR"):
        if s <= first.last + 1 or "and" not in v.n[max(0, s - 3) : s]:
            continue
        if ":" in v.n[first.last + 1 : s]:
            break  # "don't use the old logo: the rebrand is final and legal wants ...": why
        for k in range(e, min(e + 3, len(v.n))):
            if (v.n[k] in _NEEDS and v.at(k + 1) not in _NO_OBJECT
                    and not v.negated_before(k)):
                return Hit(KIND, s, k, 0.8)
    return None


# ", and every piece has to carry the new wordmark", ", and the estate name is never
# abbreviated": a second rule for all of the work or said with "never"/"always", after the
# first one's clause (", and the subtitles must be checked by our Munich team" goes on with
# the first rule, as the labelled mail reads it).
_AND_ANOTHER_RULE = re.compile(
    r"[,;]\s+and\s+(?:also\s+)?(?:(?:every|each|all|any)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:must|has to|have to|needs? to|should|is required|are required)|"
    r"(?:the|our|their|its)\s+(?:[\w'-]+\s+){0,3}?(?:is|are|must be|should be|can|may|must) "
    r"(?:never|always)|(?:the|our|their|its)\s+(?:[\w'-]+\s+){0,3}?(?:must|should) never)\b")


def second_rule(v: View, first: Hit) -> Hit | None:
    """A second rule in the sentence of ``first``: another party's (see
    :func:`second_party_needs`) or a rule for another part after ", and" (not a deadline:
    ", and the files have to be at the printer by Friday")."""
    if (other := second_party_needs(v, first)) is not None:
        return other
    after = v.char_span(first.last)[1] - v.unit.start
    found = _AND_ANOTHER_RULE.search(v.lower, after)
    if found is None or _DEADLINE.search(v.lower, found.start()) or only_a_spending_cap(
            v, None) is STOP:
        return None
    return Hit(KIND, v.word_at(found.start() + 1), v.last, 0.7)


def stated_importance(v: View, change: Hit | None) -> Verdict:
    """"..., it is very important for us", "this is essential": the writer marks a must."""
    found = _IMPORTANT.search(v.lower)
    if found and not v.past_only and not _WISHED_AS_IMPORTANT.match(v.lower, found.end()):
        return Hit(KIND, 0, v.last, 0.7)
    return None


# "it's important (to us) that we get the catalog right": a wish, after the importance
_WISHED_AS_IMPORTANT = re.compile(r"(?:\s+(?:for|to)\s+(?:us|me|them|him|her))?\s+that"
                                  + _A_WISH_NOT_A_RULE.pattern)


# The client takes a party's demand on themselves: "..., which we'll handle ourselves"
_HANDLED_OURSELVES = re.compile(r"\b(?:which|that)\s+(?:we'll|we will|i'll|i will)\s+(?:handle|"
                                r"take care of|sort|deal with|get)\b|\bwe'll\s+(?:handle|take "
                                r"care of|sort)\s+(?:that|it)(?:\s+ourselves)?\b")


def handled_ourselves(v: View, change: Hit | None) -> Verdict:
    """"The city requires a permit for the sidewalk sign, which we'll handle ourselves": a
    demand the client takes on, no rule for the work (see ``_HANDLED_OURSELVES``)."""
    return STOP if _HANDLED_OURSELVES.search(v.lower) else None


def approval_wanted(v: View, change: Hit | None) -> Verdict:
    """"We need it approved by legal", "Please keep all rate language approved by
    compliance"."""
    for s, e in v.rel("WANT_DONE"):
        if any(w in _APPROVED for w in v.n[e + 1 : e + 6]) and not v.past_only:
            return Hit(KIND, s, e - 1, 0.75)
    for s, _ in v.rel("KEEP"):
        k = next((j for j in range(s + 1, min(s + 7, len(v.n))) if v.n[j] in _APPROVED), None)
        if k is not None and v.at(k + 1) == "by" and not v.past_only and not v.status_question:
            return Hit(KIND, s, k + 1, 0.75)  # (the approver named: "by compliance")
    return None


_NEED_HEADS = _words("have has need needs got")
_HOUSE_VERBS = _words("use show put write mention feature include run print say")
_NO_MORE = _words("anymore longer more again")
_GOAL_VERBS = _words("reach hit achieve generate drive get sell double triple grow increase "
                     "beat exceed bring attract win")
_MONEY_SUBJECTS = _words("budget budgets spend costs cost fee fees pot")
_A_SUM = re.compile(r"[$€£¥]\s?\d|\d\s?(?:k|K|€|£)\b|"
                    r"\b\d[\d,.]*\s?(?:dollars|euros|pounds|grand)\b")
_PEOPLE = _words("team everyone everybody we i you staff people someone somebody they he she "
                 "crew")
_WHERE_PEOPLE_ARE = _words("in at there here away back present available on")


def _every_piece_before(v: View, s: int) -> bool:
    """"All artworks should carry the halal logo", "each post should ...": the modal's
    subject is every piece of the work, not people ("all of us should meet")."""
    return any(v.n[k] in EVERY and v.at(k + 1) not in _NOT_PIECES | {"the", "our", "your"}
               and v.at(k + 1) not in ("i", "we", "you", "they", "")
               for k in range(max(0, s - 4), s))


_COUNTS = _words("one two three four five six seven eight nine ten twelve fifteen twenty thirty")


def _a_minimum(v: View, e: int) -> bool:
    """"The ad needs to run for at least four weeks", "should be at least 300 dpi": a measure
    the work must reach."""
    for k in range(e, min(e + 6, len(v.n) - 1)):
        if (v.n[k] == "at" and v.at(k + 1) == "least") or v.n[k] in ("minimum", "min"):
            j = k + 2 if v.n[k] == "at" else k + 1
            j += 1 if v.at(j) == "of" else 0
            return v.at(j)[:1].isdigit() or v.at(j) in _COUNTS
    return False


def _modal_counts(v: View, change: Hit | None, s: int, e: int, has_topic: bool) -> bool:
    """Whether the modal at ``s:e`` states a rule of the work, not an errand or a change."""
    head, nxt = v.n[s], v.at(e)
    if nxt == "to" and v.n[e - 1] in ("allowed", "permitted") and v.at(e + 1) in (
            _ERRANDS | _PERSONAL_NEED) and not (
            v.at(e + 1) in ("say", "write") and v.at(e + 2) in ('"', "“", "'", "‘")):
        return False  # "we're not allowed to park at the venue": people, not the work (not
        # 'we're not allowed to say "best"': words the work may not print)
    if change is not None and change.first <= e + 3 and change.last >= s:
        return False  # "we need to push the launch": the modal serves the change request
    if change is not None and change.last < s and ":" in v.n[change.last + 1 : s] and \
            _CHANGES_ANNOUNCED & set(v.n[change.first : change.last + 1]):
        return False  # "please make these changes: the title must be in bold": one of them
    if v.at(s - 1) == "i" and head in ("have", "need", "must", "got") and nxt != "you":
        return False  # "I have to say", "I need to check": the writer's own errands
    if v.at(s - 1) == "i" and head in ("can", "cannot", "ca"):
        return False  # "I can't make it on the 15th": the writer, not the work
    if head in ("should", "could") and nxt in ("have", "'ve") and v.at(e + 1).endswith("ed") \
            and v.at(s - 1) in ("we", "i"):
        return False  # "we should have used a different printer": a regret, no rule
    if head == "may" and v.at(s - 1) in ("i", "we", "you", "they", "it", "this", "that"):
        return False  # "we may not use the photo after all": a maybe, no house rule
    if head == "do" and _PRAISED_AS_IS.search(v.lower):
        return False  # "Don't change the headline, it's perfect.": praise for the proof
    if _the_business_does(v, s, e):
        return False  # "staff have to wear the new uniforms", "the product must be refrigerated"
    if nxt in _HOURS_KEPT and (v.at(s - 1) in _BUSINESS_SUBJECTS or any(
            a <= s - 1 < b for a, b in v.rel("REQ_ACTOR"))):
        return False  # "the printer has to close early on Friday": its hours, not the work
    if v.at(s - 1) in ("'ll", "will", "'d", "would") and v.at(s - 2) == "we" and "if" in v.n[:s]:
        return False  # "if we don't have them by Friday we'll have to cancel": a consequence
    if v.at(s - 1) == "we" and head in ("have", "need", "must", "got") and nxt in _ERRANDS \
            and v.at(e + 1) != "off":
        return False  # "we have to pay the printer upfront": the client's errand
    if head in ("stay", "steer", "keep") and s > v.first and v.at(s - 1) not in (
            "please", "pls", "kindly", "should", "must", "to", "always", "and", ",", ":"):
        return False  # "stay away from stock photos" asks; "I'll stay away from the office"
    busy = head == "must" and v.at(e + 1) in ("busy", "been", "had", "swamped")
    # a guess about someone, a caution, a hedge: "you must have a lot on your plate", "we have
    # to be careful with money", "we'll have to see what the budget allows"
    if head == "must" and v.at(s - 1) in ("you", "they", "he", "she") and nxt in ("have", "be") \
            and v.at(e + 1) in _GUESSED_OF_SOMEONE:
        return False
    if (nxt == "be" and v.at(e + 1) in _CAUTIOUS) or (v.n[e - 1] == "be" and nxt in _CAUTIOUS):
        return False
    if nxt == "see" and v.at(e + 1) in ("what", "how", "if", "whether", "where"):
        return False
    if head in ("have", "has", "need", "needs", "got", "must") and MEETINGS.intersection(v.n) \
            and MEETINGS & set(v.n[:_reason_at(v)]):
        return False  # "we have to reschedule our call": an errand about a meeting
    if nxt == "say" and QUOTE_AFTER.match(v.text_after(e)):
        nxt = ""  # 'Every ad must say "Attorney Advertising"': words the work must carry
    if nxt == "run" and v.at(e + 1) in ("on", "inside", "within", "offline", "locally"):
        nxt = ""  # "the rate calculator has to run on our servers" (not "I have to run")
    minimum = _a_minimum(v, e) and v.at(s - 1) not in ("i", "we")
    checked = nxt == "go" and v.at(e + 1) in ("through", "past", "by")  # "has to go through
    # compliance", "everything has to go past Jen before it's printed"
    if (nxt in _PERSONAL_NEED and not (minimum or checked)) or busy \
            or _SUBORDINATE & set(v.n[max(0, s - 3) : s]):
        return False
    if v.n[e - 1] == "that" and _A_WISH_NOT_A_RULE.match(v.text_after(e - 1).lower()):
        return False  # "it's important that we get the catalog right this year", "... that
        # we meet once before the shoot": a hope or an errand, no rule for the work
    if head in ("do", "remember", "make", "be"):
        k = e + (1 if nxt in ("to", "you", "we") else 0)
        if v.at(k) in _ERRANDS:
            return False  # "don't forget to bring the samples", "make sure to enjoy the break"
        k = e + (nxt == "that")
        if head == "make" and v.at(k + 1) in _SOMEONE_GETS and not any(
                a <= k < b for a, b in v.rel("REQ_ACTOR")) and (
                v.at(k) in _SOMEONE or v.unit.text[v.char_span(k)[0] - v.unit.start:][:1]
                .isupper()):
            return False  # "could you make sure Tom gets a copy?": an errand for a person
    # "the product photos will need to have a white background": a piece's necessity, as
    # "needs to" is (not "we'll need to move the launch", the writer's own plan)
    foretold = head == "need" and v.at(s - 1) in ("will", "'ll") and v.at(s - 2) not in (
        "i", "we", "you", "they", "he", "she", "people", "everyone", "team", "staff", "") \
        and v.at(e) not in CHANGE_VERBS  # (not "the launch will need to move to May")
    if head in ("should", "need") and not (has_topic or v.has("REQ_ACTOR") or foretold
                                           or _every_piece_before(v, s) or minimum):
        return False
    if head in ("can", "cannot") and nxt in _CANNOT_EXCUSES:
        return False
    if v.n[e - 1] == "make" and (nxt == "it" or (nxt in ("the", "that", "this", "our") and v.at(
            e + 1) in _DATES_KEPT)):
        return False  # "our CEO can't make the shoot on the 30th": a person's diary, no rule
    if head in _NEED_HEADS and v.negated_before(s):
        return False  # "you don't have to send a proof this time": nothing required
    if nxt in _GOAL_VERBS and (v.has("METRIC") or v.has("PERCENT") or v.at(e + 1)[:1].isdigit()):
        return False  # "we must reach 500 sign-ups": an objective's business
    before = set(v.n[max(0, s - 3) : s])
    if before & _MONEY_SUBJECTS:
        return False  # "our budget has to cover print as well": the budget's business
    if v.at(s - 1) in ("that", "it", "this", "which") and nxt in ("cover", "include", "pay") \
            and _A_SUM.search(v.unit.text[: v.char_span(s)[0] - v.unit.start]):
        return False  # "Total pot is $60K, that has to cover media too": the sum's business
    where = v.at(e + 1) if nxt == "be" else nxt if v.n[e - 1] == "be" else ""
    if before & _PEOPLE and where in _WHERE_PEOPLE_ARE:
        return False  # "the team has to be in Chicago that week": people, not the work
    subject = s - 1
    while v.at(subject) in _ADVERBS and subject > 0:
        subject -= 1  # "we also never use ...": the subject before its adverbs
    if head in ("do", "never") and v.at(subject) == "we" and _HOUSE_VERBS & set(
            v.n[s : e + 2]) and not _NO_MORE & set(v.n) and "did" not in v.n[:s] \
            and not v.past_only:  # (not "we didn't use the old logo last time": "didn't" is
        # "do not" in the words' norms)
        return True  # "we don't use exclamation marks in headlines": house style
    if head == "do" and v.at(s - 1) in ("please", "pls", "kindly") and v.at(e)[:1].isalpha():
        return True  # "For the new clinic posters, please don't use photos of ...": asked
    if head == "never" and v.at(s - 1) in ("but", "and", ",", ";") and (
            v.n[e - 1] in _HOUSE_VERBS or v.n[e - 1] in _NEVER_DONE) and not v.past_only:
        return True  # "keep the tone fun but never make drinking look like the point"
    # "Don't change the logo" rules (after a greeting or a lead-in: "Sam - whatever you do,
    # don't use the old logo"); "we didn't change it" reports.
    return not (head in ("do", "never") and not all(w in FILLERS for w in v.n[v.first : s]))


_SOMEONE = _words("he she they everyone everybody someone somebody he's she's")
_SOMEONE_GETS = _words("gets receives knows hears")
#: What a ban after a clause forbids the work to do: "..., but never make drinking look like
#: the point" (with _HOUSE_VERBS; not "we tried but never heard back": the past)
_NEVER_DONE = _words("make let depict imply suggest portray call describe show")


# Who or what a modal may bind besides the work: people and the business itself. With one of
# them as its subject, a modal sets a rule for the work only through what the work shows.
_PEOPLE_SUBJECTS = _words("kids children staff patients guests customers visitors employees "
                          "members users attendees drivers parents students everyone "
                          "participants passengers diners shoppers residents tenants "
                          # the house's own habits: "dogs are not permitted in the studio",
                          # "our Friday drinks are non-negotiable", "parking is prohibited ..."
                          "dogs pets parking smoking vaping drinks lunch lunches coffee "
                          "attendance team")
_BUSINESS_SUBJECTS = _words("product products store stores shop shops restaurant restaurants "
                            "clinic clinics office offices branch branches wine beer food "
                            "medicine drug device car cars vehicle vehicles room rooms "
                            "printer printers venue venues warehouse factory plant lab")
_CAUTIOUS = _words("careful mindful cautious realistic patient")
_HOURS_KEPT = _words("close shut reopen relocate vote meet decide discuss")  # (the board's
# own step: "the board has to vote on the budget next month")
_GUESSED_OF_SOMEONE = _words("a lot so really very swamped busy tired exhausted sick thrilled "
                             "excited relieved")
_SHOWN = _words("show shown display displayed appear feature featured carry carried include "
                "included mention mentioned use used credit credited name named say read "
                "visible pictured photographed depicted labelled labeled listed told informed "
                "reminded directed able")
_ADVERBS = _words("always also still only never all both now")


def _the_business_does(v: View, s: int, e: int) -> bool:
    """Whether the modal at ``s:e`` binds people or the business, not the work: "kids must be
    accompanied by an adult", "our stores have to close at 9pm" (not "ads for the product
    must show the 18+ symbol", "the product must be shown with its cap")."""
    k = s - 1
    while v.at(k) in _ADVERBS or v.at(k) in ("is", "are", "'s", "'re"):
        k -= 1  # (past the copula: "dogs are not permitted", "our drinks are non-negotiable")
    if v.at(k) not in _PEOPLE_SUBJECTS | _BUSINESS_SUBJECTS or any(
            a <= k < b for a, b in v.rel("REQ_ACTOR")):
        return False  # (a third party's rule is one: "the venue only allows ...")
    if v.at(k - 1) in ("of", "for", "with") or v.at(k - 2) in ("of", "for"):
        return False  # "photos of staff ...", "ads for the product ...": the work is the subject
    j = e
    while v.at(j) in _ADVERBS | {"be", "not", "n't", "to", "get", "been"} and j < e + 4:
        j += 1
    return v.at(j) not in _SHOWN and not v.has("REQ_STRONG")


def modal_rule(v: View, change: Hit | None) -> Verdict:
    """"Every post must carry the tag", "legal has to see it", "never show the price"."""
    has_topic = v.has("REQ_STRONG") or v.has("REQ_SPEC") or v.has("REQ_APPROVAL")
    for s, e in v.rel("REQ_MODAL"):
        if (v.n[s] == "a" or (v.n[s] == "must" and v.at(s - 1) == "a")) and (
                v.at(s - 2) in ("not", "no", "n't") or v.at(s - 1) in ("not", "no")):
            continue  # "something to consider, not a must": the opposite of a rule
        if v.at(e) == "be" and v.at(e + 1) in _THERE_BY and v.at(e + 2) in _BY_A_DAY:
            continue  # "the board must be there before": a deadline, no rule
        if v.n[e - 1] in _LETS and v.at(e) in _SELVES:
            continue  # "I don't allow myself to worry"
        if v.n[s] == "required" and v.at(s - 1) in _PRONOUNS:
            continue  # "we required a lot of revisions last time": a verb in the past
        if v.n[s] in _NEEDED_WORDS and v.at(s - 1) in ("not", "n't"):
            continue  # "..., but it's not essential": no rule
        if v.n[s] == "do" and v.n[e - 1] in ("change", "touch", "alter") and v.at(e) in (
                "anything", "a", "that", "it"):
            continue  # "Don't change anything on the back.": the rest kept as it is
        if v.at(e) in _MONEY_AT_WORK and _money_word(v.at(s - 1)):
            continue  # "our $60k needs to work twice as hard": a goal for the money, no rule
        if _modal_counts(v, change, s, e, has_topic):
            return Hit(KIND, s, e - 1, 0.85)
    return None


_MONEY_AT_WORK = _words("work stretch last go cover")
_MONEY_WORDS = _words("budget budgets money spend dollars euros pounds funds")


def _money_word(word: str) -> bool:
    """An amount ("$60k", "60k", "40,000") or a word for the money."""
    return word in _MONEY_WORDS or bool(_AMOUNT_WORD.fullmatch(word))


_AMOUNT_WORD = re.compile(r"[$€£]?\d[\d,.]*(?:k|m)?")


_NEEDED_WORDS = _words("essential mandatory required necessary critical compulsory obligatory")
_THERE_BY = _words("there ready done up out live in delivered installed")
_BY_A_DAY = _words("before by on in until till . ahead")
_DONE_TO_EACH = _words("photographed shot shown printed set written translated labelled "
                       "labeled signed approved")


def wants_every_piece(v: View, change: Hit | None) -> Verdict:
    """"Head office wants all ads to carry the new logo", "legal needs every post to say ...":
    someone's rule for each piece of the work."""
    for k, word in enumerate(v.n[:-3]):
        if word in _NEEDS and v.at(k + 1) in EVERY and v.at(k + 2) not in _NOT_PIECES \
                and v.at(k + 3) not in _NOT_PIECES \
                and ("to" in v.n[k + 2 : k + 6] or _DONE_TO_EACH & set(v.n[k + 2 : k + 6])) \
                and not v.negated_before(k) and not v.past_only:
            return Hit(KIND, k, k + 1, 0.75)  # (or "we need every product photographed on
    return None  # the same linen background")


def every_piece_needs(v: View, change: Hit | None) -> Verdict:
    """"Every print piece needs the recycling symbol", "all banners get grommets": what each
    piece of the work carries (not "everyone needs a break")."""
    start = 0
    lead = _REMINDED.match(v.lower)
    if lead:  # "Remember that all our social posts need the hashtag"
        start = v.word_at(lead.end())
    elif ":" in v.n[:12]:  # "Legal came back with comments: every claim needs a footnote"
        colon = v.n.index(":")
        start = colon + 1 if v.at(colon + 1) in EVERY else 0
    if not v.n or v.at(start) not in EVERY or v.at(start + 1) in (
            "way", "chance", "idea", "news", "luck", "update", "time", "of"):
        return None  # "any way to get the files today?", "any news?": a question
    end = min(start + 6, len(v.n) - 1)
    if v.at(start + 2) in ("that", "which") and v.at(start + 1) in _PIECES_RULED:
        end = min(start + 10, len(v.n) - 1)  # "every piece that shows a rate needs the ..."
    for k in range(start + 1, end):
        if v.n[k] in _CLAUSE_ENDS:
            return None
        if k == start + 3 and end > start + 6:
            continue  # the relative clause's own verb ("shows") carries nothing of the rule
        if v.n[k] in _CARRIES and v.at(k + 1) not in _NO_OBJECT and \
                v.at(k + 1)[:1] not in ("$", "€", "£", "¥"):
            if v.at(k + 1) in _NOT_CARRIED or change is not None:
                return None  # "every ad has been approved", "each post gets about 200 likes",
                # "every email has a typo in the footer" (a fault: the change says it)
            return Hit(KIND, start, k, 0.75)  # (not "each influencer gets $500": a fee)
    return None


# The pieces a relative clause may narrow: "every piece that shows a rate", "all ads which ..."
_PIECES_RULED = _words("piece pieces ad ads asset assets item items page pages post posts email "
                       "emails poster posters banner banners flyer flyers frame frames spot spots "
                       "video videos label labels material materials")
_NOT_CARRIED = _words("been had gone got gotten done about around over roughly nearly almost "
                      "some lots")


_REMINDED = re.compile(r"^\W*(?:p\.?\s?s\.?:?\s+)?(?:(?:please )?(?:remember|note|keep in mind|"
                       r"bear in mind|"
                       r"don't forget|do not forget)(?: that)?|just a reminder(?: that)?|"
                       r"reminder:|"
                       # a rule passed on: "Third, legal reminded us that every testimonial
                       # needs ...", "the venue told us that all signs ..."
                       r"(?:(?:first|second|third|also|and|plus)\W+)?(?:[\w'-]+\s+){1,3}?"
                       r"(?:reminded|told|informed)\s+(?:us|me)(?: again)?(?: that)?|"
                       # "Also, legal says every email needs an unsubscribe link"
                       r"(?:(?:also|and|plus)\W+)?(?:legal|compliance|our (?:lawyer|lawyers|"
                       r"legal team|compliance team|regulator|franchisor|insurer|brand team)|"
                       r"the (?:regulator|board|franchisor|venue|printer|platform))\s+"
                       r"(?:says|said|tells us|told us|wants|insists)(?: that)?)\s+")
_NO_LONGER_ALLOWED = re.compile(r"\b(?:we|you)\s+(?:can|may)\s+no\s+longer\s+(?:say|use|show|"
                                r"mention|claim|feature|call it|run)\b")
_OFFERS = _words("coupon coupons voucher vouchers offer offers discount discounts code codes "
                 "deal deals ticket tickets pass passes card cards")
_ONLY_BE = re.compile(r"\b(?:may|can|must|should)\s+only\s+(?:ever\s+)?(?:be\s+)?(?:used|placed|"
                      r"shown|appear|go|sit|run|printed|featured|displayed|reproduced|written|"
                      r"spelled|spelt|set)\b")
_NEVER_BE = re.compile(r"\b(?:can|may|could|should|will|must)\s+never\s+(?:be|appear|go|sit|"
                       r"show|use|feature|run)\b")


def never_allowed(v: View, change: Hit | None) -> Verdict:
    """"The logo can never be placed on a photo", "we can no longer say 'best in class'":
    what the work may never do (not "I can never find the files": the writer)."""
    found = _NEVER_BE.search(v.lower)
    if found is not None:
        before = v.lower[: found.start()].split()
        if not before or before[-1] in ("i", "we", "you", "they", "he", "she"):
            found = None
    if found is None and (only := _ONLY_BE.search(v.lower)) is not None:
        before = v.lower[: only.start()].split()
        found = only if before and before[-1] not in ("i", "we", "you", "they", "he", "she") \
            and not _OFFERS & set(before) else None  # "the City seal may only be used on the
        # front cover" (not "we can only be there on Friday", "the coupon can only be used once")
    found = found or _NO_LONGER_ALLOWED.search(v.lower)
    if found is None or v.past_only or v.status_question:
        return None
    k = min(v.word_at(found.start()), v.last)
    return Hit(KIND, k, min(k + 2, v.last), 0.75)


_WITHIN = _words("under below within beneath")
_NUMBER_WORDS = _words("one two three four five six seven eight nine ten")
_PAGES = _words("page pages slide slides sheet sheets side sides panel panels")
_COUNTED = _words("words word characters chars seconds second secs sec s minutes minute mins "
                  "min pages page slides slide lines line mb kb gb px pixels frames pt pts "
                  "point points mm cm")


def kept_within(v: View, change: Hit | None) -> Verdict:
    """"Keep the video under 30 seconds", "pls keep under 30 sec", "keep it to 2 pages": a
    limit for the piece (not "keep me posted", "keep it under wraps", nor money: a cap)."""
    for s, _ in v.rel("KEEP"):
        if v.at(s + 1) in ("the", "our", "all") and v.at(s + 2) in _VOICE_WORDS \
                and v.at(s + 3) in _TONES and not v.past_only and not v.status_question:
            return Hit(KIND, s, s + 3, 0.7)  # "Keep the tone light and fun": the voice kept
        for k in range(s + 1, min(s + 6, len(v.n) - 1)):
            limit = v.n[k] in _WITHIN or (v.n[k] == "to" and v.at(k + 2) in _COUNTED) or (
                v.n[k] == "less" and v.at(k + 1) == "than")
            # "keep the legal copy to a minimum of 7 pt", "... to a maximum of 3 lines"
            bound = v.n[k] == "to" and v.at(k + 1) == "a" and v.at(k + 2) in (
                "minimum", "maximum", "max", "min") and v.at(k + 3) == "of"
            if not limit and not bound:
                continue
            j = k + 4 if bound else k + 2 if v.n[k] == "less" else k + 1
            if (v.at(j)[:1].isdigit() or v.at(j) in _NUMBER_WORDS) and (
                    v.at(j + 1) in _COUNTED or v.at(j)[-1:] in "sm"):
                return Hit(KIND, s, j, 0.75)
        for k in range(s + 2, min(s + 6, len(v.n) - 2)):  # "keep it simple, one page, ..."
            if v.n[k] == "," and (v.at(k + 1)[:1].isdigit() or v.at(k + 1) in _NUMBER_WORDS) \
                    and v.at(k + 2) in _PAGES and not v.past_only:
                return Hit(KIND, s, k + 2, 0.7)
        for k in range(s + 1, min(s + 5, len(v.n))):
            if v.n[k] == "to" and _PAPER_SIZE.match(v.at(k + 1)):
                return Hit(KIND, s, k + 1, 0.75)  # "please keep them to A3"
        at = next((k for k in range(s + 1, min(s + 5, len(v.n))) if v.n[k] == "at"), None)
        if at is not None and (v.at(at + 1)[:1] in "$€£¥" or v.at(at + 1)[:1].isdigit()) \
                and EVERY & set(v.n[at:]) and not v.past_only:
            return Hit(KIND, s, at + 1, 0.7)  # "keep the price at €49 on all the ads"
    return None


_LIMIT_WORDS = _words("minimum min min. maximum max max.")
_VOICE_WORDS = _words("tone voice language copy wording style writing")
_TONES = _words("light fun friendly simple plain warm casual formal professional upbeat positive "
                "playful serious conversational short punchy human calm neutral informal")
_PAPER_SIZE = re.compile(r"^(?:a[0-7]|b[0-6]|dl|letter|legal|tabloid|ledger)$")


_LIMIT_SAID = re.compile(
    r"\b(?:should|must|needs? to|has to|have to)\s+(?:be\s+)?(?:within|under|below|less than|"
    r"no more than|no longer than|shorter than|max(?:imum)?)\s+\d+\s*(?:seconds?|secs?|s\b|"
    r"minutes?|mins?|words?|characters?|chars?|pages?|slides?|lines?|mb|kb|px)|"
    # "the video should be 15 or 30 seconds": the length or size it must have
    r"\b(?:should|must|needs? to|has to|have to)\s+be\s+(?:exactly\s+)?\d+(?:\s*(?:or|to|-|–)\s*"
    r"\d+)?\s*(?:seconds?|secs?|s\b|minutes?|mins?|pages?|slides?|words?|characters?|px|mb|kb|"
    r"dpi)|"
    # "the font size can't go below 12pt", "the file mustn't be over 5 MB"
    r"\b(?:can't|cannot|can not|mustn't|must not|shouldn't|should not|may not)\s+(?:go|be|"
    r"drop|fall|get|run)\s+(?:below|under|lower than|smaller than|above|over|beyond|"
    r"longer than|more than|bigger than)\s+\d+\s*(?:pt|points?|px|mm|cm|dpi|ppi|seconds?|"
    r"secs?|minutes?|mins?|words?|characters?|chars?|pages?|mb|kb|%)|"
    # "Word count is max 500.", "the headline is max 40 characters", "The limit is 500 words."
    r"\b(?:word|character|page|slide) count\s+(?:is|are|'s)\s+(?:max(?:imum)?|at most|no more "
    r"than|capped at|limited to)?\s*\d+\b(?![.,]?\d)|"
    r"\b(?:is|are|'s)\s+(?:max(?:imum)?|at most|no more than|capped at|limited to)\s+\d+\s*"
    r"(?:seconds?|secs?|minutes?|mins?|words?|characters?|chars?|pages?|slides?|lines?|mb|kb|"
    r"px)\b|"
    r"\b(?:limit|maximum|max)\s+(?:is|are|'s)\s+\d+\s*(?:seconds?|secs?|minutes?|mins?|words?|"
    r"characters?|chars?|pages?|slides?|lines?|mb|kb|px)\b|"
    # "Mailer should be in A5 size only": the paper size a piece keeps (not "we'd need an A5
    # flyer": the piece itself)
    r"\b(?:should|must|has to|have to|needs? to)\s+be\s+(?:in\s+)?(?:a[3-6]|letter|tabloid)"
    r"(?:\s+(?:size|format))?(?:\s+only)?\s*(?:[.;,!]|$)|"
    # "our brand team wants the logo at least 1 inch wide in print": a size kept, said as
    # someone's want (not "I want the logo at least 20% bigger": a change)
    r"\b(?:wants?|needs?|requires?)\s+(?:the|our|their|all|every|each)\s+[a-z-]+(?:\s+[a-z-]+)?\s+"
    r"(?:at least|no smaller than|no less than|no more than|no larger than|no bigger than|"
    r"at most|min(?:imum)?|max(?:imum)?)\s+\d+(?:[.,]\d+)?\s*(?:inch(?:es)?|in\b|\"|cm|mm|px|"
    r"pt|points?|pixels?|dpi|ppi|feet|ft|foot|seconds?|secs?|words?|characters?)"
    r"(?!\s+(?:bigger|larger|smaller|wider|taller|shorter|longer|higher|lower)\b)")


def limit_said(v: View, change: Hit | None) -> Verdict:
    """"The video length should (be) within 60 seconds", "copy must be under 90 characters":
    a limit the piece keeps (a learner may drop the "be")."""
    found = _LIMIT_SAID.search(v.lower)
    if found is None or v.past_only or v.status_question:
        return None
    k = min(v.word_at(found.start()), v.last)
    return Hit(KIND, k, min(k + 2, v.last), 0.75)


# "No more than two typefaces, please", "at most three colours per page": a count of a part
# of the work kept under (not "no more than 20 people", "no more than $500": a cap)
_NO_MORE_THAN = re.compile(
    r"^\W*(?:no|not)\s+more\s+than\s+(?:\d+|two|three|four|five|six|one)\s+(?:typefaces|fonts|"
    r"colou?rs|photos|images|pictures|words|lines|slides|pages|bullets|hashtags|emojis|"
    r"sentences|characters|ctas|logos)\b|"
    r"^\W*at\s+most\s+(?:\d+|two|three|four|five|six|one)\s+(?:typefaces|fonts|colou?rs|words|"
    r"lines|slides|pages|hashtags|emojis)\b")


def limit_first(v: View, change: Hit | None) -> Verdict:
    """"Minimum 300 dpi for all images", "Max 90 characters per headline", "No more than two
    typefaces": a limit opening the line (not money: "max 5k" is a cap, read by the money
    rules)."""
    if _NO_MORE_THAN.match(v.lower) and not v.past_only:
        return Hit(KIND, v.first, min(v.first + 4, v.last), 0.7)
    k = v.first
    if v.at(k + 1) == ":" and v.at(k + 2) in _LIMIT_WORDS:
        k += 2  # "Copy: max 90 characters per headline"
    if v.at(k) not in _LIMIT_WORDS or v.past_only:
        return None
    j = k + 1 + (v.at(k + 1) in ("of", ":", "-"))
    if v.at(j) in ("file", "image", "video", "copy", "headline", "page") and v.at(j + 1) in (
            "size", "length", "count", "weight", "resolution"):
        j += 2  # "Max file size 150KB"
    elif v.at(j) in ("size", "length", "duration", "runtime", "weight", "width", "height"):
        j += 1  # "Maximum length 30 seconds"
    amount = v.at(j)
    if v.at(j + 1) in _NOT_PIECES | {"people", "guests", "persons"}:
        return None  # "Max 3 people at the shoot": who comes, not what the work is
    if amount[:1].isdigit() and v.at(j + 1) not in ("k", "usd", "eur", "gbp", "dollars",
                                                    "euros") and not amount.endswith("k"):
        return Hit(KIND, k, j, 0.7)
    return None


_LIMITED_TO = re.compile(r"^(?!.*\b(?:offer|offers|promotion|promo|deal|discount|sale|"
                         r"giveaway|competition|contest)\b.*\blimited).*"
                         r"\b(?:is|are|must be|will be|has to be|have to be|needs to be)\s+"
                         r"(?:strictly\s+|only\s+)?(?:limited|restricted|confined)\s+to\b")
_GOES_THROUGH = re.compile(
    r"^\W*(?:everything|anything|all(?:\s+[\w-]+){1,3}?|every(?:\s+[\w-]+){1,2}?|"
    r"each(?:\s+[\w-]+){1,2}?)\s+(?:goes|go|has to go|must go|needs to go|need to go)\s+"
    r"through\b")
_ENGLISH_NAMED = re.compile(r"\bin\s+(?:british|american|us|uk|u\.s\.|u\.k\.|canadian|australian|"
                            r"plain|simple)\s+english\b|\b(?:british|american|us|uk)\s+spellings?\b")
_BRAND_FACT = re.compile(
    r"^\W*(?:(?:our|the)\s+(?:brand|corporate|house|primary|main|official)?\s*(?:font|fonts|"
    r"typeface|typefaces|colou?rs?|palette|tagline|strapline|slogan)"
    # "Our tone is conversational but professional" (not "the tone is great": a verdict)
    r"|our\s+(?:brand\s+)?(?:tone(?:\s+of\s+voice)?|voice))\s+(?:is|are)\s+"
    r"(?!attached|below|here|in\b|on\b|too\b|a bit|quite|very|not|so\b|really|pretty|great|"
    r"nice|fine|ok|okay|perfect|lovely|wrong|off|missing|hard|difficult|ugly|dated)")
_ALWAYS_FACT = re.compile(
    r"^\W*(?:our|the)\s+(?:[\w-]+\s+)?(?:logo|logos|name|wordmark|tagline|trademark|font|"
    r"colou?rs?|mascot|icon|badge|seal)\s+(?:is|are|goes|sits|appears)\s+always\b|"
    r"^\W*(?:our|the)\s+(?:[\w-]+\s+)?(?:logo|logos|name|wordmark|tagline|trademark|mascot|"
    r"icon|badge|seal)\s+always\s+(?:goes|sits|appears|has|comes)\b")


_ONLY_THESE = re.compile(r"^\W*only\s+(?:use\s+)?(?:approved|licensed|our|official|real|original|"
                         r"brand|branded|royalty-free|in-house)\b")
_FOLLOWS_A_GUIDE = re.compile(
    r"\b(?:stick to|keep to|stay within|adhere to|follow|respect)\s+(?:our|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:guide|guides|guidelines|brand book|style guide|palette|template|"
    r"templates|rules|tone of voice)\b")
# "please keep it on brand" (not "the new ad is on brand": praise)
_ON_BRAND = re.compile(r"\b(?:keep|keeps|keeping|stay|stays)\s+(?:it|everything|things|them|all|"
                       r"the \w+)\s+on[- ]brand\b"
                       # "Keep it family friendly", "keep everything simple and clean" (not
                       # "keep it up", "keep it between us", "keep it as is")
                       r"|^\W*(?:please\s+)?(?:keep|let's keep)\s+(?:it|everything|things|"
                       r"the (?:whole thing|campaign|tone|copy|design|look))\s+"
                       r"(?:very\s+|really\s+)?"
                       # ("keep it simple, one thing at a time": a way of working, read apart)
                       r"(?:family[- ]friendly|kid[- ]friendly|clean|classy|tasteful|minimal|"
                       r"understated|subtle|upbeat|positive|light|professional|elegant|timeless|"
                       r"modern|fresh|friendly|fun|respectful|inclusive)\b")
_NO_GO = re.compile(r"\b(?:that's|that is|it's|it is|this is)\s+a\s+(?:hard|firm|strict|golden|"
                    r"house|non-negotiable)\s+rule\b|"  # "..., not models - that's a hard rule"
                    r"\b(?:is|are)\s+(?:a\s+)?(?:(?:big|hard|firm|definite|strict|total)\s+)?"
                    r"(?:no-go|no go|non-starter|off limits|off-limits|off the table|"
                    r"not an option)\b|"
                    r"\b(?:is|are)\s+a\s+(?:(?:big|hard|firm|definite|strict|total)\s+no\b|"
                    r"no\s+for\s+us\b)")
# Things kept out of all the work: "nothing with nuts in the photos, please", "keep politics
# out of it", "we'd rather not show prices anywhere", "we don't want alcohol in any of the
# ads", "please refrain from using emojis", "without celebrities, please", "our rule of thumb:
# no exclamation marks" (not "nothing with the logo has changed", "we don't want to miss the
# deadline", "keep the receipts out of the folder")
_KEPT_OUT = re.compile(
    r"^\W*(?:please\s+)?nothing\s+with\s+(?!the\b|your\b)[\w' -]{2,40}?(?:,?\s+please|\s+in\s+"
    r"(?:the|any|our)\b|\s*[.!]*$)|"
    # "Sam - nothing political on the posters please", "Nothing salesy, please" (not "nothing
    # political about it": a mix-up told)
    r"^\W*(?:\w+\s*[-–—,:]\s*)?(?:please\s+)?nothing\s+(?:political|religious|controversial|"
    r"offensive|salesy|pushy|cheesy|gimmicky|partisan|violent|sexual|edgy|negative|preachy)\b"
    r"(?!\s+about\b)(?=[^.!?]{0,40}?(?:\bplease\b|\bpls\b|\bon\s+(?:the|any|our)\b|\bin\s+"
    r"(?:the|any|our)\b|[.!]\s*$|$))|"
    r"\bkeep\s+[\w' -]{2,30}?\s+out\s+of\s+(?:it|this|everything|all\b|any\b|the (?:ads|visuals|"
    r"creative|campaign|copy|shots|photos|imagery))|"
    r"\b(?:we'd|we would|i'd|i would|(?:the|our)\s+(?:owners?|board|ceo|founders?|partners|"
    r"client|directors?|management|family|legal)\s+would)\s+(?:rather|prefer)\s+not\s+(?:to\s+)?"
    r"(?:show|use|have|include|feature|mention)\s+[\w' -]{2,40}?\s+(?:anywhere|at all|in any\b|"
    r"in (?:our|the) (?:ads|posts|visuals|creative|materials|campaign|copy|brochure|flyer|"
    r"website|site|catalog|catalogue|menu))|"
    r"\b(?:we|i)\s+(?:don't|do not)\s+want\s+(?!to\b|you\b|it\b|them\b)[\w' -]{2,40}?\s+in\s+"
    r"(?:any|all|the|our)\s+(?:of\s+(?:the|our)\s+)?(?:ads|posts|visuals|creative|materials|"
    r"campaign|copy|shots|photos|imagery|pieces|designs|work)\b|"
    r"\brefrain\s+from\s+(?:using|showing|mentioning|including|featuring)\b|"
    r"^\W*without\s+(?!you\b|us\b|me\b|them\b|him\b|her\b)[\w' -]{2,40}?,?\s+please\b|"
    r"\b(?:rule of thumb|house rule|golden rule|ground rule)s?\s*:\s*(?:no|never|only|always|all|"
    r"every|nothing)\b")


# A rule quoted from a document: "the mall's rules say no posters in the walkways", "the
# Portman Group code applies: nothing that links our whisky to social success".
_RULES_SAY = re.compile(
    r"\b(?:rules?|guidelines|policy|policies|regulations|code|terms|agreement|contract|lease)\s+"
    r"(?:(?:say|says|state|states|stipulate|stipulates|specify|specifies)\s+(?:that\s+)?|"
    r"(?:applies|apply)\s*:\s*)(?:no|only|all|every|each|nothing|any)\b")


def said_as_house_rule(v: View, change: Hit | None) -> Verdict:
    """"Only approved photos from our library", "please stick to our tone of voice guide",
    "stock photos are a no-go for us", "the mall's rules say no posters in the walkways" (not
    "only two of the photos arrived")."""
    said = v.lower
    if _ON_BRAND.search(said) and not v.status_question:
        return Hit(KIND, v.first, v.last, 0.7)  # "please keep it on brand, last year's looked
        # a bit off": the ask, then its reason in the past
    if v.past_only or v.status_question:
        return None
    no_go = _NO_GO.search(said)
    if no_go is not None and _PLACES & set(said[: no_go.start()].split()[-3:]):
        no_go = None  # "the office is off limits during the renovation": a place, no rule
    if _ONLY_THESE.search(said) or _FOLLOWS_A_GUIDE.search(said) or no_go \
            or _RULES_SAY.search(said) or _KEPT_OUT.search(said):
        return Hit(KIND, v.first, v.last, 0.7)
    return None


_PLACES = _words("office offices room rooms building kitchen warehouse floor area lot backstage "
                 "lobby basement roof garden parking")


def stated_as_fact(v: View, change: Hit | None) -> Verdict:
    """A rule said as a fact of the brand, the place or the process: "signage is limited to
    the windows", "everything goes through our compliance team", "copy in British English",
    "our brand font is Gotham", "our logo is always on a white background"."""
    if v.past_only or v.status_question or _handed_over(v):
        return None
    said = v.lower
    if (_LIMITED_TO.search(said) or _GOES_THROUGH.search(said) or _ENGLISH_NAMED.search(said)
            or _BRAND_FACT.search(said) or _ALWAYS_FACT.search(said)
            or _POLICY_SAYS.search(said)):
        return Hit(KIND, 0, v.last, 0.7)
    return None


# "the hospital's policy is no patient faces in marketing", "our rule is never to show prices"
# (not "our policy is to answer within a day": how the client works, no rule for the work;
# not "the return policy is only 14 days": the client's terms)
_POLICY_SAYS = re.compile(r"\b(?:policy|rule|rules|guideline|guidelines)\s+(?:is|are|says|say)\s+"
                          r"(?:that\s+)?(?:no|never|only|always|all|every)\b(?!\s+\d)")


_SO_NO = _words("so only")


_SHOWN_THINGS = _words("images image photos photo pictures picture shots footage videos video "
                       "imagery")


def ban_after_a_clause(v: View, change: Hit | None) -> Verdict:
    """A short ban closing a line: "..., so no colour.", "Instagram only, no TikTok."; not
    "..., so no worries", "no rush"."""
    for k, word in enumerate(v.n):
        if word != "no" or k < 2 or v.at(k - 1) not in _SO_NO | {","}:
            continue
        if v.at(k - 1) == "," and v.at(k - 2) != "only":
            continue
        rest = [w for w in v.n[k + 1 :] if w[:1].isalnum()]
        shown = bool(rest) and rest[0] in _SHOWN_THINGS  # "..., so no images of alcohol or
        # pork please": what no picture may show, said at more length
        if rest and len(rest) <= (7 if shown else 3) and not _NOT_BANNED & set(rest[:2]) \
                and not v.past_only \
                and not any(w[:1].isdigit() for w in rest):
            return Hit(KIND, k, k + 1, 0.65)
    return None


def fixed_spec(v: View, change: Hit | None) -> Verdict:
    """"Dimensions are fixed at 48 x 96 inches", "the size is set at 1080 x 1080"."""
    for k, word in enumerate(v.n[:-2]):
        if word in ("fixed", "set", "locked") and v.at(k - 1) in ("is", "are") \
                and v.at(k + 1) == "at" and v.at(k + 2)[:1].isdigit():
            return Hit(KIND, k - 1, k + 1, 0.7)
    return None


def nothing_may(v: View, change: Hit | None) -> Verdict:
    """"No panel can be taller than 8 feet", "no photo may show children": what no piece of
    the work may do (not "no one can make it", "no worries, we can")."""
    for k, word in enumerate(v.n[:-2]):
        if word in ("nothing", "none") and not v.past_only:
            # "nothing can be printed on glossy stock", "nothing on the site can use autoplay"
            at = k + 1
            if v.at(at) in ("on", "in", "of", "for") and v.at(at + 1) in _DETS_OR_EVERY:
                at = next((j for j in range(at + 2, min(at + 6, len(v.n)))
                           if v.n[j] in _MAY or v.n[j] in _CLAUSE_ENDS), at)
            if v.at(at) in _MAY:
                return Hit(KIND, k, at, 0.75)
        if word in ("nobody", "noone") or (word == "no" and v.at(k + 1) == "one"):
            # "nobody in the ads can look under 25": no person the work shows may do it
            m = next((j for j in range(k + 1, min(k + 7, len(v.n))) if v.n[j] in _MAY), None)
            if m is not None and v.at(m + 1) in _MAY_DO | _LOOKS_SAID and (
                    (WORK_PARTS_SHOWN & set(v.n[k:m])) or v.at(m + 1) in _LOOKS_SAID):
                return Hit(KIND, k, m + 1, 0.75)
            who = next((j for j in range(k + 2, min(k + 7, len(v.n))) if v.n[j] == "who"), None)
            if m is None and who is not None and WORK_PARTS_SHOWN & set(v.n[k:who]) \
                    and v.at(who + 1) in _IS_OR_LOOKS:
                return Hit(KIND, k, who + 1, 0.7)  # "No one in the ads who is or looks under
                # 25" (not "no one at the shop who is free on Friday": no piece shown)
            continue
        if word != "no" or v.at(k + 1) in _NOBODY:
            continue
        if k == v.first and _IN_ANY.match(" ".join(v.n[k + 1 : k + 7])):
            return Hit(KIND, k, k + 1, 0.7)  # "No alcohol in any of the imagery"
        for m in (k + 2, k + 3):
            if v.at(m - 1) in ("that", "which", "who"):
                break  # "there is no budget that can go higher": a clause about a noun
            if v.at(m) in ("can", "may", "should", "must", "shall") and v.at(m + 1) in _MAY_DO:
                return Hit(KIND, k, m + 1, 0.75)
    return None


_MAY = _words("can may should must shall")
_IS_OR_LOOKS = _words("is are looks look appears appear seems seem")
_LOOKS_SAID = _words("look appear seem")
WORK_PARTS_SHOWN = _words("ad ads photo photos image images video videos post posts poster "
                          "posters campaign shot shots frame frames spot spots")
_DETS_OR_EVERY = EVERY | _words("the our your this these those")
_NOT_BANNED = _NOBODY | MEETINGS | _words(
    "problems thanks thank changes change comments comment news update updates reply "
    "response word luck hurry issues more later earlier sooner longer less deadline date "
    "time budget money feedback notes questions question objections objection complaints "
    "way rush answer clue plans plan pressure stress deal action actions sign real rules "
    "restrictions constraints requirements limits preference preferences strong particular "
    "exceptions exception "  # "No exceptions.": the rule before, insisted on
    # Spanish and Italian "no" before a verb: "No puede ser", "No hay problema", "No è possibile"
    "puede podemos pueden es hay sé se lo la me te nos está están son era fue hace creo "
    "tengo tenemos sabemos entiendo importa pasa è ho abbiamo possiamo so")


def terse_ban(v: View, change: Hit | None) -> Verdict:
    """A short line that bans a thing: "No red!!", "No stock photos.", "no puns pls",
    "Conditions: no third-party trackers other than our own analytics", "Please no cartoon
    characters that look like Disney ones, we got a letter last year" (the ban, then its
    reason); not "No worries!", "No rush", "No changes from us", "No, the launch is Friday"."""
    k = v.first
    colon = next((j for j in range(min(4, len(v.n))) if v.n[j] == ":"), None)
    if colon is None:  # a longer label before "nothing": "One condition from the owner:
        colon = next((j for j in range(4, min(7, len(v.n) - 1))  # nothing with alcohol ..."
                      if v.n[j] == ":" and v.n[j + 1] == "nothing"), None)
    labelled = colon is not None and bool(_RULE_LABELS & set(v.n[:colon]))
    if colon is not None and labelled:
        k = colon + 1  # "Their conditions: no third-party trackers"
    elif v.at(k) in ("for", "on", "in", "across"):  # "For the emails, please no stock photos"
        comma = next((j for j in range(k + 1, min(k + 6, len(v.n))) if v.n[j] == ","), None)
        k = comma + 1 if comma is not None else k
    if v.at(k) in ("strictly", "absolutely", "definitely", "really", "please", "pls") \
            and v.at(k + 1) == "no":
        k += 1  # "Strictly no images of alcohol."
    elif v.at(k) != "no":  # "note that I'll be out thurs. and pls no before/after pics in any
        k = next((j + 2 for j in range(k, len(v.n) - 2)  # of the ads": the ban after "and pls"
                  if v.n[j] in (",", "and", "also", "but") and v.n[j + 2] == "no"
                  and v.n[j + 1] in ("please", "pls", "plz")), k)
    nothing = labelled and v.at(k) == "nothing"  # "One condition: nothing with alcohol in it"
    end = next((j for j in range(k + 1, len(v.n)) if v.n[j] in _CLAUSE_ENDS), len(v.n))
    kept = next((j for j in range(k + 2, end) if v.n[j] in _EXCEPTIONS
                 or (v.n[j] in ("in", "on", "across") and v.at(j + 1) in EVERY)), end)
    # (a scope counts no words of the ban: "no before/after pics in any of the ads")
    said = [w for w in v.n[k:kept] if w[:1].isalnum()]
    if (v.at(k) != "no" and not nothing) or _NOT_BANNED & {v.at(k + 1), v.at(k + 2)} \
            or v.at(k + 1) in CLAUSE_PUNCT \
            or not v.at(k + 1)[:1].isalpha() or len(said) > 7 \
            or v.unit.text.rstrip().endswith("?"):
        return None
    clause = " ".join(v.n[k:end])
    reason_after = end < len(v.n) and v.n[end] == ","  # "..., we got a letter last year"
    if any(w[:1].isdigit() for w in v.n[k:end]) or PAST_WORDS.search(clause) or (
            v.past_only and not reason_after):
        return None
    return Hit(KIND, k, k + 1, 0.65)


# Labels a list of rules opens with: "Conditions: no ...", "NB: no ...".
_RULE_LABELS = _words("conditions condition rules rule restrictions constraints requirements "
                      "nb note important must-haves musts")
# what qualifies a ban: "no photos of children without a signed release"
_EXCEPTIONS = _words("other except apart besides unless that which who without")


def always_do(v: View, change: Hit | None) -> Verdict:
    """"Always include the store hours", "always credit the photographer"."""
    k = v.first
    if v.at(k) == "always" and v.at(k + 1) in _ALWAYS_DO and not v.past_only:
        return Hit(KIND, k, k + 1, 0.75)
    k += v.at(k) == "and"
    said = [w for w in v.n[k:] if w[:1].isalnum()]
    if v.at(k) == "always" and v.at(k + 1) in ("the", "our") and v.at(k + 2) not in _NO_HABIT \
            and len(said) <= 7 and not v.past_only and not v.unit.text.rstrip().endswith("?") \
            and not _VERBS_OF_A_CLAUSE & set(said):
        return Hit(KIND, k, k + 2, 0.65)  # "And always the delivery area map." (not "Always
        # the same story with this printer", "always the last to know")
    j = k + 2 + (v.at(k + 1) == "only" and v.at(k + 2) == "ever")
    if v.at(k) == "we" and v.at(k + 1) in ("always", "only") and v.at(j) in _WE_ALWAYS \
            and v.at(j + 1) not in _NOT_A_PIECE and (v.at(k + 1) == "always" or j > k + 2):
        return Hit(KIND, k + 1, j, 0.7)  # "we always put the price incl. VAT", "we only ever"
    return None


_NO_HABIT = _words("same last first best worst case way one story")
_VERBS_OF_A_CLAUSE = _words("is are was were has have had do does did be been")
# What a house rule does to the piece ("we always show prices incl. VAT"; not "we always
# use you for print", "we always run a January sale": who does what, a habit of the trade).
_WE_ALWAYS = _words("put show include write spell credit quote list display mention use state "
                    "print")
_NOT_A_PIECE = _words("you your u them this that it a lot")
_NO_CIRCUMSTANCES = re.compile(r"\b(?:under no circumstances|in no case|on no account)\b")


_FEELINGS = _words("feel feeling rushed worry worried hesitate stress stressed pressured "
                   "obliged apologise apologize")


def in_no_case(v: View, change: Hit | None) -> Verdict:
    """"Under no circumstances should the old logo appear" (not "under no circumstances can I
    make Friday": the writer)."""
    found = _NO_CIRCUMSTANCES.search(v.lower)
    if found is None or v.past_only or {"i", "me"} & set(v.n) or _FEELINGS & set(v.n):
        return None  # (nor "under no circumstances should you feel rushed": a kindness)
    k = v.word_at(found.start())
    return Hit(KIND, k, min(k + 2, v.last), 0.75)


def plain_statements_only(v: View, change: Hit | None) -> Verdict:
    """Without a modal, only a plain present statement can be a requirement: not one that
    asks a change, reports the past or is a pleasantry."""
    return STOP if change is not None or v.past_only or v.pleasantry else None


# "The brand guidelines are attached", "please find attached our logo files": a document
# handed over, not a rule (though the rule may be inside it).
_HANDED_OVER = re.compile(
    r"\b(?:(?:is|are) (?:attached|enclosed|below|here)|(?:please )?find (?:attached|enclosed)|"
    r"(?:i|we)(?:'ve| have)? (?:attached|enclosed|included)|attached (?:is|are)|"
    r"here (?:is|are)|attached (?:you.ll find|please find))\b|^\W*attached\b")
_FOLLOW = re.compile(r"\b(?:follow|stick to|adhere|comply|respect|apply)\b")


# "The disclaimer is in the footer": where something is, said as a fact (not "... is on
# every frame", a rule for each piece).
_WHERE_IT_IS = re.compile(r"^\W*(?:the|our|your) [\w -]{1,30}? (?:is|are) (?:now )?"
                          r"(?:in|on|at|under|below|above|inside) (?:the|our|your|this)\b")


def _handed_over(v: View) -> bool:
    """A document handed over ("the brand guidelines are attached", "attached is the logo in
    EPS and PNG") or a place named ("the disclaimer is in the footer"): no rule."""
    said = v.lower
    if _FOLLOW.search(said):
        return False
    return bool(_HANDED_OVER.search(said)) or (
        bool(_WHERE_IT_IS.search(said)) and not EVERY & set(v.n))


# A bank's legal lines named alone are words quoted for a piece ('change the footnote to:
# "... Member FDIC. Equal Housing Lender."'); a rule when the line says where they go.
_LEGAL_LINES = _words("member equal nmls")
_PLACED = re.compile(r"\b(?:on|in|across|to)\s+(?:all|every|each|any)\b|\b(?:must|needs?|required|"
                     r"has to|have to|always)\b")
_SUBJECT_TO_NOTHING = _words("change changes availability terms conditions stock")
_REPORTED = re.compile(r"^\W*(?:legal|compliance|the board|our lawyers?|finance|the client)\s+"
                       r"(?!need|feed|speed)[a-z]+ed\s+(?:the|our|it|this|that)\b")
_SALE_SEASONS = _words("winter summer spring fall autumn holiday seasonal year-end stock "
                       "inventory warehouse end-of-season christmas january")
_SALE_WORDS = _words("sale sales event rack racks items item price prices section aisle campaign "
                    "promo promotion promotions stock inventory")


_PRAISED_AS_IS = re.compile(r"\b(?:perfect|great|spot on|love it|we love|fine as (?:it )?is|"
                            r"change a thing|"
                            r"works (?:well|great)|looks (?:great|perfect))\b")
# "we got approval for another $5,000": an approval given, news, no step the work must take
_APPROVAL_GIVEN = re.compile(r"\b(?:got|received|have|has|had|secured|obtained)\s+(?:the\s+|"
                             r"final\s+)*(?:approval|sign-?off|green light)\s+(?:for|on|from)\b")


_OR_ELSE = re.compile(r"\b(?:will not|won't|wouldn't|would not|can't|cannot)\s+(?:\w+\s+)?"
                      r"(?:approve|sign off|accept)\b[^.;]{0,20}\b(?:otherwise|else|as it is)\b")


def _in_an_opening_condition(v: View, k: int) -> bool:
    """Whether word ``k`` sits in an "if" clause opening the unit, before its comma."""
    return v.at(v.first) in ("if", "once", "unless") and "," not in v.n[v.first : k] \
        and "," in v.n[k:]


def strong_topic(v: View, change: Hit | None) -> Verdict:
    """"Pantone 286 C on all print", "subject to legal approval"; not "the brand guidelines
    are attached"."""
    if _handed_over(v) or _PEOPLE_WHO_USE.search(v.lower):
        return None  # (nor "a few of our clients use screen readers": why, said after the rule)
    if _JUDGED_FINE.search(v.lower) and not _binds(v, 0):
        return None  # "Legal said that the disclaimer is fine": a verdict, no rule
    for label in ("REQ_STRONG", "REQ_APPROVAL"):
        spans = [(s, e) for s, e in v.rel(label) if not (
            v.n[s] == "clearance" and (v.at(e) in _SALE_WORDS or v.at(s - 1) in _SALE_SEASONS))
            # "the clearance sale", "winter clearance"
            and not (v.n[s] in _LEGAL_LINES and not _PLACED.search(v.lower))
            and not (v.n[s] == "subject" and v.at(e) in _SUBJECT_TO_NOTHING)  # a disclaimer's
            and not _labels_a_value(v, s, e) and not _obtained(v, s)
            and not _a_quoted_word(v, s, e)]
        if _REPORTED.match(v.lower):  # words: "rates subject to change"; "legal updated the
            return None  # disclaimer" reports what happened
        if label == "REQ_APPROVAL":
            spans = [(s, e) for s, e in spans if not _the_clients_own_step(v, s)
                     and v.at(s - 1) not in ("'ll", "will")  # (not "she'll approve it then":
                     # a plan, no rule; nor "If the board approves the budget on January 18,
                     # we would want to start": a condition of the client's)
                     and not _in_an_opening_condition(v, s)]
            if _APPROVAL_GIVEN.search(v.lower) or _OR_ELSE.search(v.lower):
                spans = []  # (nor "compliance will not approve it otherwise": why, no rule)
        if spans:
            s, e = spans[0]
            return Hit(KIND, s, e - 1, 0.75)
    return None


_QUOTES = "\"“”'‘’"


def _a_quoted_word(v: View, s: int, e: int) -> bool:
    """Whether the words at ``s:e`` stand in quotes ('Maybe "accessible"?'): a word offered
    for the copy, not the topic of a rule."""
    start, end = v.char_span(s)[0] - v.unit.start, v.char_span(e - 1)[1] - v.unit.start
    text = v.unit.text
    return start > 0 and end < len(text) and text[start - 1] in _QUOTES and text[end] in _QUOTES


_OBTAIN = _words("get gets getting got obtain obtained receive received apply applied renew "
                 "renewed have")


def _obtained(v: View, s: int) -> bool:
    """Whether the paper named at ``s`` is one the client gets ("the brochure is on hold until
    we get the permits", "we got our license in May"): their own step, no rule for the work."""
    k = s - 1
    while k >= 0 and v.n[k] in ("the", "our", "a", "an", "all", "new", "final", "city",
                                "building", "event"):
        k -= 1
    return k >= 1 and v.n[k] in _OBTAIN and v.n[k - 1] in ("we", "i", "they", "'ve", "'ll")


def _labels_a_value(v: View, s: int, e: int) -> bool:
    """"Dale Heating & Air | License #HV-44821", "Transcript: Hey Sam it's Dale": a number
    or a text the word labels (a signature's licence, a voicemail's transcript), no rule."""
    nxt = v.at(e)
    return nxt in ("#", "no", "no.", "nr", "number", "num") or nxt[:1] == "#" or (
        nxt == ":" and s <= v.first + 1)


# People and what they use or need: "a few of our clients use screen readers", "many of our
# members rely on captions" (the reason for a rule, not one)
_PEOPLE_WHO_USE = re.compile(r"\b(?:clients|customers|users|members|patients|visitors|readers|"
                             r"viewers|students|parents|guests|people|fans|subscribers)\s+"
                             r"(?:\w+\s+)?(?:use|rely\s+on|depend\s+on|are|have)\b"
                             r"(?![^.;!?]*\b(?:must|should|needs?\s+to|has\s+to|have\s+to)\b)")


_OWN_STEP = _words("we i")
_WHEN_WORDS = _words("before until after once when till")


def _the_clients_own_step(v: View, s: int) -> bool:
    """"We want to feel the paper before we sign off", "if we want to change the headline
    after approval, how long does that take?": the client's own approval, or a question
    about the process; no rule for the work (not "subject to legal approval")."""
    if v.unit.text.rstrip().endswith("?") and _ASKS_ABOUT & set(v.n):
        return True
    if v.at(s - 1) == "to" and _WE_GO & set(v.n[:s]) and {"we", "i"} & set(v.n[:s]):
        return True  # "We'll be at the printer on Friday to sign off": the client's errand
    return v.at(s - 1) in _OWN_STEP and v.at(s - 2) in _WHEN_WORDS


_ASKS_ABOUT = _words("how what when if whether")
_WE_GO = _words("'ll will going coming heading")


def needs_a_spec(v: View, change: Hit | None) -> Verdict:
    """"Files need 3mm bleed", "the logo needs clear space on every side": what a piece of
    the work must have, named by a specification word (not "do we need bleed?")."""
    for s, _e in v.rel("REQ_SPEC"):
        for k in range(max(0, s - 6), s):
            if k < s - 4 and v.n[k] not in ("need", "needs"):
                continue  # only "needs" reaches past a measure: "needs at least 10 mm of ..."
            if v.n[k] in _NEEDS and not v.negated_before(k) and not v.past_only \
                    and v.at(k - 1) != "i" and not _SUBORDINATE & set(v.n[max(0, k - 3) : k]):
                return Hit(KIND, k, s, 0.7)
    counted = _PAGES_NEEDED.search(v.lower)
    if counted and not v.past_only and not v.status_question:
        k = v.word_at(counted.start())
        return Hit(KIND, k, min(k + 2, v.last), 0.7)  # "the 2027 catalogue needs 48 pages"
    return None


# The form the work is handed over in, its tone, a share it keeps under: "Deliverables should be
# in Figma", "We need the files as layered PSDs", "The tone should be friendly but
# professional", "Text on images should be less than 20%" (not "the tone should be warmer": a
# change; not "the files should be in your inbox": sent)
_DELIVERED_AS = re.compile(
    r"\b(?:files?|deliverables?|artwork|assets?|finals?|designs?|logos?|videos?|images?|"
    r"graphics?|masters?|source\s+files?)\s+(?:should|must|need\s+to|needs\s+to|have\s+to|has\s+to|"
    r"shall)\s+be\s+(?:delivered\s+|supplied\s+|sent\s+|provided\s+|saved\s+)?(?:in|as)\s+"
    r"(?:a\s+|an\s+)?(?:layered\s+|editable\s+|native\s+|print-ready\s+|high-res\s+)?"
    r"(?:figma|psds?|pdfs?|pdf/x\S*|eps|ai|svgs?|pngs?|jpe?gs?|indd|indesign|illustrator|mp4|mov|"
    r"prores|vector|cmyk|rgb|4k|1080p)\b"
    r"|\b(?:we|i)\s+(?:will\s+)?need\s+(?:the|all|all\s+the)\s+(?:files|finals|assets|artwork|"
    r"deliverables|logos|videos|designs)\s+(?:as|in)\s+(?:layered\s+|editable\s+|native\s+|"
    r"print-ready\s+|high-res\s+)?(?:figma|psds?|pdfs?|eps|ai|svgs?|pngs?|indd|indesign|"
    r"illustrator|mp4|mov|prores|vector)\b"
    r"|\b(?:the\s+)?tone(?:\s+of\s+voice)?\s+(?:should|must|needs\s+to|has\s+to)\s+(?:always\s+)?"
    r"(?:be|stay|remain|feel|sound)\s+(?!more\b|less\b|a\s+bit\b|a\s+little\b|\w+er\b)\w+"
    # "The campaign should feel hopeful, never guilt-driven": the feel of the whole work (not
    # "the campaign should be ready", a day; not "the ad should feel warmer", a change)
    r"|^\W*(?:the|our)\s+(?:whole\s+|overall\s+)?(?:campaign|messaging|copy|brand\s+voice|"
    r"voice|look\s+and\s+feel|series)\s+(?:should|must|needs\s+to|has\s+to)\s+(?:always\s+)?"
    r"(?:feel|sound|come\s+across(?:\s+as)?)\s+(?!more\b|less\b|a\s+bit\b|a\s+little\b|"
    r"\w+er\b|like\b)\w+"
    # "Deliver as PNG.", "Please supply all files in layered PSD": the form, as an imperative
    r"|^\W*(?:please\s+)?(?:deliver|supply|provide|export|send)\s+(?:them\s+|everything\s+|"
    r"(?:all\s+)?(?:the\s+)?(?:files|assets|finals|artwork|deliverables)\s+)?(?:as|in)\s+"
    r"(?:an?\s+)?(?:layered\s+|editable\s+|native\s+|print-ready\s+|high-res\s+)?(?:figma|psds?|"
    r"pdfs?|pdf/x\S*|eps|svgs?|pngs?|jpe?gs?|indd|mp4|mov|prores|vector)\b"
    r"|\b(?:text|copy)\s+on\s+(?:the\s+)?(?:images?|photos?|visuals?)\s+(?:should|must|needs\s+to|"
    r"has\s+to)\s+(?:be\s+)?(?:less|under|no\s+more)\s+than\s+\d+\s*%")


def delivered_as(v: View, change: Hit | None) -> Verdict:
    """The form the work is handed over in, its tone, a share it keeps under (see
    ``_DELIVERED_AS``)."""
    found = _DELIVERED_AS.search(v.lower)
    if found is None or v.past_only or v.status_question or change is not None:
        return None
    k = v.word_at(found.start())
    return Hit(KIND, k, min(k + 3, v.last), 0.7)


# What a site, an app or a form must do: "Pages need to load in under 3 seconds on 4G", "All
# forms must connect to HubSpot", "the app has to work offline" (not "we need to connect with
# Tom next week": an errand; not "I have to work on Saturday")
_MUST_WORK = re.compile(
    r"\b(?:must|needs? to|has to|have to|should|shall)\s+(?:(?:load|render|open)\s+in\s+(?:under|"
    r"less than|below|fewer than)\s+\d|(?:connect|integrate|sync|feed|post)\s+(?:in)?to\s+"
    r"(?!you\b|me\b|us\b|him\b|her\b|them\b)|(?:connect|integrate|sync)\s+with\s+(?:our|the)\s+"
    r"(?!team\b|teams\b)|work\s+(?:on\s+(?:mobile|phones?|tablets?|all)|offline|without\s+"
    r"(?:javascript|cookies|a login|login)))")


def must_work(v: View, change: Hit | None) -> Verdict:
    """What a site, an app or a form must do (see ``_MUST_WORK``)."""
    found = _MUST_WORK.search(v.lower)
    if found is None or v.past_only or v.status_question:
        return None
    k = v.word_at(found.start())
    if v.at(k - 1) in ("i", "we", "you", "they"):
        return None
    return Hit(KIND, k, min(k + 2, v.last), 0.7)


# A piece's extent, counted: "needs 48 pages", "has to be 12 slides" (not "needs 3 more pages":
# added scope; not "we need 200 copies": an order).
_PAGES_NEEDED = re.compile(r"\b(?:needs|has to have|must have|has to be|must be)\s+(?:exactly\s+|"
                           r"at least\s+|at most\s+|no more than\s+)?\d+\s+(?:pages?|slides?|"
                           r"panels?|spreads?|sides?)\b")


_DIMENSIONS = re.compile(r"\b\d{2,4}\s?[x×]\s?\d{2,4}\b")
# One size with its unit: "They're 1290 x 2796 px", "the banner is 3 x 1 m"
_SIZE_WITH_UNIT = re.compile(r"\b\d{1,5}(?:[.,]\d+)?\s?[x×]\s?\d{1,5}(?:[.,]\d+)?\s?"
                             r"(?:px|pixels|mm|cm|m|in|inches|ft|feet|\")(?!\w)")


def size_stated(v: View, change: Hit | None) -> Verdict:
    """A piece's size with its unit, stated ("They're 1290 x 2796 px, all six of them"): what
    it must measure; not a question, the past, a file handed over ("attached, 1290 x 2796
    px") or a change's new size."""
    found = _SIZE_WITH_UNIT.search(v.lower)
    if found is None or change is not None or v.status_question or v.past_only \
            or v.unit.text.rstrip().endswith("?") or _handed_over(v):
        return None
    k = v.word_at(found.start())
    if not _SIZE_IS & set(v.n[max(0, k - 3) : k]):
        return None  # the piece said to be so, not "we've booked a 6x3 m stand"
    return Hit(KIND, k, min(k + 2, v.last), 0.7)


_SIZE_IS = _words("is are 're 's be measure measures measuring")


def sizes_listed(v: View, change: Hit | None) -> Verdict:
    """"We need three banner sizes: 300x250, 728x90 and 160x600": the sizes a piece must
    come in (two or more), not a question about them."""
    if v.status_question or v.past_only or len(_DIMENSIONS.findall(v.lower)) < 2 \
            or _BOOKED.search(v.lower):
        return None
    return Hit(KIND, 0, v.last, 0.7)


# "we've booked the bigger booth, 20 x 30 instead of 10 x 20": news of what was bought
_BOOKED = re.compile(r"\b(?:we|i)(?:'ve| have)\s+(?:just\s+)?(?:booked|ordered|bought|got|rented|"
                     r"reserved|upgraded)\b")


# "Please write all texts in Swedish, not English", "every piece in French and English": the
# languages all of the work comes in
_ALL_IN_A_LANGUAGE = re.compile(
    r"\b(?:all|every|each|the whole)\s+(?:the\s+|our\s+|of the\s+)?(?:[\w-]+\s+)?(?:texts?|"
    r"copy|content|materials?|pieces?|ads?|posters?|banners?|pages?|signage|labels?|packaging|"
    r"emails?|documents?|visuals?|assets|captions|print|posts?|communications?|versions?)\b"
    r"[^.;?]{0,30}?\bin (?:english|french|spanish|german|"
    r"italian|portuguese|dutch|swedish|norwegian|danish|finnish|polish|czech|turkish|arabic|"
    r"chinese|japanese|korean|hindi)\b")


def all_in_a_language(v: View, change: Hit | None) -> Verdict:
    """The language every piece is written in ("please write all texts in Swedish")."""
    found = _ALL_IN_A_LANGUAGE.search(v.lower)
    if found is None or v.past_only or v.status_question:
        return None
    k = v.word_at(found.start())
    return Hit(KIND, k, v.last, 0.75)


_EXCLUSIVELY = re.compile(r"\b(?:exclusively|without exception|no exceptions)\b")


def spec_without_exception(v: View, change: Hit | None) -> Verdict:
    """A specification held to without exception: "Our green, Pantone 348 C, exclusively."
    (not a file handed over, nor the past)."""
    spec = v.rel("REQ_SPEC")
    if not spec or v.past_only or change is not None or _handed_over(v):
        return None
    found = _EXCLUSIVELY.search(v.lower)
    return Hit(KIND, spec[0][0], v.word_at(found.start()), 0.7) if found else None


def several_specs(v: View, change: Hit | None) -> Verdict:
    """Two different specification words ("300 dpi CMYK PDF"); not files handed over
    ("attached is the logo in EPS and PNG")."""
    if _handed_over(v):
        return None
    spec = v.rel("REQ_SPEC")
    if len({v.n[s] for s, _ in spec}) >= 2:
        return Hit(KIND, spec[0][0], spec[-1][1] - 1, 0.7)
    return None


_BOUND = re.compile(r"\b(?:minimum|min|at least|maximum|max|or higher|or more|or above|"
                    r"or better|or less|or below|no less than|no more than)\b")


def spec_with_its_bound(v: View, change: Hit | None) -> Verdict:
    """One specification with its floor or ceiling ("Images at 300 dpi minimum", "bleed 3 mm
    min"): not files handed over, the past or a question."""
    spec = v.rel("REQ_SPEC")
    if not spec or change is not None or _handed_over(v) or v.past_only \
            or v.unit.text.rstrip().endswith("?") or not _BOUND.search(v.lower):
        return None
    return Hit(KIND, spec[0][0], spec[-1][1] - 1, 0.7)


# "we would like that you make following changes: the title must be in bold, and ...": the
# items after an inline "changes:" are changes, whatever their modal
_CHANGES_INLINE = re.compile(r"\b(?:following|these|the below|some|a few|few)\s+(?:changes|"
                             r"corrections|edits|amendments|modifications)\s*:")


def changes_listed_inline(v: View, change: Hit | None) -> Verdict:
    """The items of an inline "following changes:" are changes, not rules."""
    return STOP if change is not None and _CHANGES_INLINE.search(v.lower) else None


# The order matters: vetoes (STOP) end the search before the weaker rules run.
# "Please keep the pharmacist's white coat in every shot", "show the price on every page":
# something each piece of the work carries, asked for
_IN_EVERY_PIECE = re.compile(
    r"\b(?:keep|show|have|feature|include|put|place)\b[^.;!?]{0,50}?\b(?:in|on|across)\s+"
    r"(?:every|each|all)\s+(?:[\w'-]+\s+)?(?:shots?|photos?|images?|pages?|ads?|pieces?|"
    r"frames?|posts?|videos?|slides?|posters?|banners?|emails?|spots?|scenes?)\b")


def in_every_piece(v: View, change: Hit | None) -> Verdict:
    """"Please keep the pharmacist's white coat in every shot" (not a change to one piece,
    nor "we showed it in every ad last year")."""
    found = _IN_EVERY_PIECE.search(v.lower)
    if found is None or change is not None or v.past_only or v.status_question:
        return None
    return Hit(KIND, v.word_at(found.start()), v.last, 0.7)


# "Heads up: the printer only takes PDF/X-1a files", "the app store won't accept screenshots
# with prices in them": what a third party accepts is a rule for the work (not "the printer
# only takes cash", nor "the venue only takes bookings by phone")
_ONLY_ACCEPTS = re.compile(
    r"\b(?:printer|printers|print shop|venue|platform|mall|app store|station|publisher|network|"
    r"retailer|portal|press|site|cms|system|magazine|paper|broadcaster|distributor|store)\s+"
    r"(?:only\s+(?:takes|accepts|allows|prints|supports|runs|works with)|(?:won't|will not|"
    r"doesn't|does not|can't|cannot)\s+(?:take|accept|allow|print|support|run))\s+"
    r"(?!cash\b|cards?\b|checks?\b|cheques?\b|payments?\b|bookings?\b|reservations?\b|"
    r"calls?\b|orders?\b|walk-ins\b|deliveries\b|visitors\b|appointments?\b)[a-z0-9]"
    # "They also won't accept any price on the talker itself": what they take on the piece
    r"|^\W*they\s+(?:also\s+)?(?:won't|will not|don't|do not|can't|cannot)\s+(?:accept|allow|take|"
    r"print|run)\s+(?:any\s+)?[\w' -]{1,30}?\s+(?:on|in)\s+(?:the|any|our|their)\s+"
    r"(?!contract|invoice|agreement|po\b)\w")


def _ruled_by_pattern(v: View, pattern: re.Pattern[str]) -> Hit | None:
    """The rule ``pattern`` finds, from its first word to the unit's end; none in the past."""
    found = pattern.search(v.lower)
    if found is None or v.past_only:
        return None
    return Hit(KIND, v.word_at(found.start()), v.last, 0.7)


# Someone outside the work forbids or orders it: "the state dental board says we can't offer
# free cleanings in ads", "Amazon doesn't let us show the price in the main image" (not "I
# don't let you ...", "it doesn't let us upload": no one's rule for the work)
_SOMEONE_FORBIDS = re.compile(
    r"\b(?:board|legal|compliance|corporate|franchisor|landlord|law|regulators?|council|city|"
    r"state|hq|head office|lawyers?|association|bar|fda|ftc|bank|insurer|insurance|brand team|"
    r"headquarters|owner|franchise)\s+(?:says?|tells? us)\s+(?:that\s+)?we\s+(?:can't|can’t|"
    r"cannot|can no longer|may not|must not|mustn't|aren't allowed to|are not allowed to|"
    r"are no longer allowed to|have to|must|need to)\s+\w|"
    # "venue says no tape on the walls": a place's ban said in two words (not "legal says no
    # problem", "the owner says no": a refusal)
    r"\b(?:venue|printer|mall|landlord|hotel|museum|airport|school|organi[sz]ers?|fire marshal|"
    r"legal|compliance|corporate|hq|head office|franchisor|council|city)\s+says?\s+(?:there can"
    r"\s+be\s+)?no\s+(?!(?:problem|problems|worries|way|rush|need|one|longer|thanks|issue|"
    r"issues|change|changes|news|word|idea|reply|answer|decision|to|for|from|on|at)\b)"
    r"[a-z][a-z-]+\b|"
    r"(?<!\bi )(?<!\bwe )(?<!\byou )\b(?:doesn't|doesn’t|does not|don't|don’t|do not|won't|"
    r"won’t|will not)\s+(?:let|allow)\s+(?:us|sellers|partners|advertisers|anyone)\s+(?:to\s+)?"
    r"(?:show|use|put|run|say|mention|claim|print|include|feature|display|post|advertise|offer)\b")


def someone_forbids(v: View, change: Hit | None) -> Verdict:
    """A rule set by someone outside the work (see ``_SOMEONE_FORBIDS``)."""
    return _ruled_by_pattern(v, _SOMEONE_FORBIDS)


def third_party_accepts(v: View, change: Hit | None) -> Verdict:
    """What a printer, a venue or a platform accepts: a rule for the work."""
    return _ruled_by_pattern(v, _ONLY_ACCEPTS)


# "No more than two fonts on any page", "max 3 hashtags per post": a limit for each piece
_AT_MOST_PER = re.compile(
    r"^\W*(?:no more than|not more than|max(?:imum)?(?:\s+of)?|at most)\s+(?:\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:(?:on|per|in)\s+"
    r"(?:any|each|every|a|one)\b|per\s+(?:piece|page|slide|ad|post|frame|panel|email|spot|"
    r"banner|flyer|poster|layout|design)\b)"  # ("No more than 3 colours per piece.")
    # "The sign can be no bigger than 4 x 8 ft.": a size no piece may pass
    r"|\b(?:can|may|must|should)\s+be\s+no\s+(?:bigger|larger|taller|wider|longer|higher|"
    r"heavier|smaller)\s+than\s+\d")


def at_most_per_piece(v: View, change: Hit | None) -> Verdict:
    """A limit for each piece: "no more than two fonts on any page"."""
    return _ruled_by_pattern(v, _AT_MOST_PER)  # (its first alternative anchored: the first
    # word is the unit's)


# "Our owner is strict that the food photos are never retouched", "the board is adamant that
# ...": someone's firm rule (not "she was firm that we'd missed the deadline", the past)
_INSISTS = re.compile(r"\b(?:is|are|'s|'re)\s+(?:very\s+|really\s+|super\s+|quite\s+)?(?:strict|"
                      r"adamant|firm|insistent)\s+(?:that|about)\s(?!(?:it|that|this|them)\W*$)|"
                      # "corporate insists every piece carries the line" (not "I insist")
                      r"(?<!\bi )\binsists?\s+(?:that\s+|on\s+)?(?:every|each|all|any|the|our|"
                      r"we|you|it|nothing|no)\b")


def insists(v: View, change: Hit | None) -> Verdict:
    """Someone's firm rule: "our owner is strict that ..."."""
    return _ruled_by_pattern(v, _INSISTS)


# A ban said with a scope over all of the work: "please, none of the stock photos anywhere",
# "we won't have alcohol in any of our stuff", "drop the old logo from everything, always",
# "hard pass on emojis across the campaign" (a rule is what holds for every piece; benchmarks/
# bans.py). Not "no rush at all", "we never got any proofs" (the past), "I don't have any
# time", "none of the photos arrived".
_BAN_WORD = re.compile(
    r"\b(?:no|never|none of|nothing|zero|not a single|not any|without|avoid|banned|not allowed|"
    r"refrain|steer clear|stay away|keep away|pass on|won't have|will not have|can't have|"
    r"cannot have|(?:don't|do not|won't|will not|never) (?:use|show|include|want|put|feature|"
    r"mention|run|print|have)|drop|leave out)\b")
_ALL_THE_WORK = re.compile(
    r"\b(?:any|anything|anywhere|at all|all (?:the|our|of)|every|everything|always|ever|"
    r"across (?:the|our|all|every)|throughout|from everything|in (?:any|all|every|our) "
    r"(?:of (?:the|our) )?(?:ads?|posts?|materials?|stuff|creative|work|visuals?|campaigns?|"
    r"pieces?|designs?|comms|marketing|collateral|imagery|shots?|photos?|copy))\b")
_NOT_A_BANNED_THING = _words("rush worries worry time delay delays need idea clue luck chance "
                             "surprises mistakes errors typos "
                             "doubt doubts hurry pressure reply response news word sign trouble "
                             "way one") | _NOT_BANNED


def scoped_ban(v: View, change: Hit | None) -> Verdict:
    """A negation whose scope is all of the work (see _BAN_WORD, _ALL_THE_WORK)."""
    if v.past_only or v.status_question or change is not None:
        return None
    said = v.lower
    for ban in _BAN_WORD.finditer(said):
        scope = _ALL_THE_WORK.search(said, ban.end())
        if scope is None or scope.start() - ban.end() > 60 or ";" in said[ban.end():scope.start()]:
            continue
        k, end = v.word_at(ban.start()), v.word_at(scope.end())
        thing = set(v.n[k : end + 3])
        if _NOT_A_BANNED_THING & thing or _HAPPENED & thing or {"i", "me", "my", "you"} & (
                set(v.n[: k + 3]) | thing) or _STATUS.search(said) or _NONE_OF_THIS.match(
                said, ban.start()):
            continue  # "no rush at all", "we never got any proofs", "none of this needs ..."
        return Hit(KIND, k, v.last, 0.65)
    return None


_HAPPENED = _words("got received heard saw seen had sent did came arrived went made found "
                   "gotten")
_STATUS = re.compile(r"\b(?:yet|so far|as of now|until now|till now)\b")
_NONE_OF_THIS = re.compile(r"(?:none of|nothing of|no)\s+(?:this|that|it|these|those|them)\b")


# A house rule said as a plain fact: a piece of the work (or "we" doing the work) with a word
# of habit or a scope over all the work: "we only print on recycled stock", "headlines are
# always in sentence case", "the logo goes top left on everything", "our tone is warm, never
# salesy" (benchmarks/house_rules.py). Not people's habits ("our CEO always reads the
# newsletter", "we always love working with you"), the past, the business's hours.
_HABIT = re.compile(r"\b(?:always|never|only(?: ever)?|nothing else|throughout|"
                    r"(?:on|in|for|across) (?:everything|all (?:our |the )?\w+|every \w+|"
                    r"each \w+))\b")
_WE_DO = _words("print prints use show credit caption write shoot list feature publish post "
                "mention include put carry sign end set spell")  # not "run", "send": "we always
# run a January sale" is the business's habit
_HABIT_NOT = _words("love like enjoy hate appreciate get got need needs want wants works work "
                    "reads read answers answer calls call runs late closed open opens stressful "
                    "busy likes views clicks followers shares opens visits sales orders")
_PEOPLE_FIRST = _words("team ceo staff stores store shop office i me you boss manager")
# What is always or never done to a piece: "our models are never retouched", "rates are always
# shown with the APY" (not "the store is never closed", "we were always busy": a state)
_ALWAYS_DONE = re.compile(
    r"\b(?:is|are|'s|'re)\s+never\s+(?:retouched|photoshopped|airbrushed|edited|altered|"
    r"cropped|filtered|stretched|recolou?red|abbreviated|shortened|translated|shown|printed|"
    r"mentioned|named|pictured|placed|used|called(?!\s+(?:in|back|up|out|off|before|after|on|"
    r"at|by|during|when|if|for|to)\b)|referred to|described|labell?ed|written)\b|"
    r"\b(?:is|are|'s|'re)\s+always\s+(?:shown|printed|written|set|placed|spelled|spelt|"
    r"capitali[sz]ed|credited|listed|included|displayed|followed|accompanied|quoted|stated|"
    r"rounded|translated|called(?!\s+(?:in|back|up|out|off|before|after|on|at|by|during|"
    r"when|if|for|to)\b)|referred to|described)\b|"
    # "Our orange is Pantone 1585 C and it goes on white only", "the logo only sits on black"
    r"\b(?P<sits>(?:only\s+)?(?:goes|go|sits|sit|appears|appear|is used|are used|is placed|"
    r"is printed)\s+"
    r"on\s+(?:a\s+)?(?:white|black|dark|light|plain|solid|neutral)(?:\s+backgrounds?)?"
    r"(?:\s+only)?)(?=\s*[.;,!]|\s*$|\s+(?:and|but)\b)|"
    # "Product shots on white background only": the part, where it may go, and "only"
    r"^\W*(?:all\s+)?(?:product\s+)?(?:shots|photos|images|pictures|logos?)\s+on\s+(?:a\s+)?"
    r"(?:white|black|plain|neutral|grey|gray)\s+(?:backgrounds?\s+)?only\b")


def always_done_to_it(v: View, change: Hit | None) -> Verdict:
    """What is always or never done to the work (see ``_ALWAYS_DONE``); a lead-in's past ("One
    more thing I forgot: our models are never retouched") is not the rule's."""
    found = _ALWAYS_DONE.search(v.lower)
    if found is None or change is not None or v.unit.text.rstrip().endswith("?"):
        return None
    if found.group("sits") and "only" not in found.group():
        return None  # ("the logo goes on white" alone: where it sits in this piece)
    if v.past_only:
        colon = v.lower.rfind(":", 0, found.start())
        if colon < 0 or PAST_WORDS.search(v.lower, colon):
            return None
    return Hit(KIND, v.word_at(found.start()), v.last, 0.7)


def house_rule_as_fact(v: View, change: Hit | None) -> Verdict:
    """A rule for all the work said as a fact (see _HABIT)."""
    if change is not None or v.past_only or v.status_question \
            or v.unit.text.rstrip().endswith("?"):
        return None
    start = v.first
    label = next((k for k in range(start, min(start + 6, len(v.n))) if v.n[k] in (":", "-")),
                 None)
    if label is not None:
        start = label + 1  # "Re the flyer: our old agency never ...": the subject after the label
    asked = next((k for k in range(start + 1, min(start + 5, len(v.n) - 1))
                  if v.n[k] == "that" and v.n[k - 1] in _ASKS_THAT), None)
    if asked is not None:
        start = asked + 1  # "They also ask that the logo is never smaller than one inch"
    head = v.n[start : start + 5]
    # "every post ends with our hashtag": the scope is the subject (not "all good from us")
    every = v.at(start) in EVERY and bool(PIECES_NAMED & set(v.n[start + 1 : start + 4]))
    if not (every or _HABIT.search(v.lower)) or _HABIT_NOT & set(v.n) \
            or _PEOPLE_FIRST & set(head[:3]) or "never mind" in v.lower \
            or {"been", "was", "were"} & set(v.n) or v.has("METRIC"):
        return None  # (nor "every ad has been approved", "each post gets about 200 likes")
    if v.at(start) == "we":
        k = start + 1
        while v.at(k) in ("always", "never", "only", "ever", "also"):
            k += 1
        if v.at(k) not in _WE_DO or v.at(k + 1) in ("you", "u", "your"):
            return None  # (not "we always use you guys for print": the agency itself)
    elif not (PIECES_NAMED & set(head) or every or v.at(start) == "nothing"):
        return None
    return Hit(KIND, v.first, v.last, 0.65)


#: A third party's wish that frames the rule after "that" ("the council asks that ...").
_ASKS_THAT = _words("ask asks request requests insist insists require requires stipulate "
                    "stipulates specify specifies")


# Who demands what the sentence before said, and nothing more: "Our certifier requires it.",
# "Legal insists on this!", "It's required by the state board." (the rule, or the change it
# asks, is the sentence before; not "legal requires it on every frame")
_REASON_GIVEN = re.compile(
    r"^\W*(?:(?:[\w'-]+\s+){1,4}(?:requires|require|demands|demand|insists\s+on|insist\s+on|"
    r"mandates|mandate)\s+(?:it|this|that|them|these|those)"
    r"|(?:it|this|that)(?:'s|\s+is)\s+(?:required|demanded|mandated)\s+by\s+(?:[\w'-]+\s*){1,4})"
    r"\s*[.!]*\s*$")


def only_a_reason_given(v: View, change: Hit | None) -> Verdict:
    """A unit that only names who demands what the sentence before said (``_REASON_GIVEN``)."""
    return STOP if _REASON_GIVEN.match(v.lower) else None


# "we're closed May 27, don't schedule anything that day", "don't post anything on Sundays":
# days the work must keep clear (not "don't send anything yet": a hold)
_NO_DAY_FOR_IT = re.compile(
    r"\b(?:don'?t|do not|never)\s+(?:schedule|post|send|run|publish|book|plan|put out|push)\s+"
    r"(?:anything|any\s+[\w-]+|posts?|ads?|e-?mails?|content)\s+(?:(?:on|for|during|over)\s+)?"
    r"(?:that day|those days|that week|the\s+\d{1,2}(?:st|nd|rd|th)?\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|weekends?\b|(?:public\s+)?holidays?\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)")


def day_kept_clear(v: View, change: Hit | None) -> Verdict:
    """"Oh and we're closed May 27, don't schedule anything that day": a day the work keeps
    clear, a rule of the schedule (not a change, not a deadline)."""
    found = _NO_DAY_FOR_IT.search(v.lower)
    if found is None or v.status_question:
        return None
    return Hit(KIND, v.word_at(found.start()), v.last, 0.75)


# "Some rules from our brand book for the new catalogue.", "A few notes on the specs:": the
# rules announced, their words in the sentences after
_RULES_ANNOUNCED = re.compile(
    r"^\W*(?:here\s+are\s+)?(?:some|a few|few|two|three|four|several|a couple of|the|our)\s+"
    r"(?:more\s+|quick\s+|important\s+|key\s+|house\s+|brand\s+|basic\s+)?(?:rules|things|"
    r"notes|points|guidelines|requirements|specs|details|basics|musts|must-haves)\s+"
    r"(?:from|for|about|on|before|to)\b[^.!?;:]*[.:]?\s*$")
_ANNOUNCED_HAS_VERB = _words("must should need needs has have is are can't cannot never always")


def rules_announced(v: View, change: Hit | None) -> Verdict:
    """STOP for a sentence that only announces the rules to come."""
    if _RULES_ANNOUNCED.match(v.lower) and not _ANNOUNCED_HAS_VERB & set(v.n):
        return STOP
    return None


REQUIREMENT_RULES: tuple[Rule, ...] = (
    not_a_status_question,
    not_about_the_work,  # STOP: billing, a guess, a tip, a meeting
    handled_ourselves,  # STOP: "a permit, which we'll handle ourselves"
    only_a_reason_given,  # STOP: "Our certifier requires it." (the rule is the sentence before)
    rules_announced,  # STOP: "Some rules from our brand book for the new catalogue."
    day_kept_clear,  # "we're closed May 27, don't schedule anything that day"
    lead_time,  # "allow five business days"
    use_rule,  # "use the new logo only"
    said_as_house_rule,  # "only approved photos", "stick to our guide", "a no-go for us"
    only_a_deadline,  # STOP: "ready by March 3" is a due date
    only_a_spending_cap,  # STOP: "must not exceed 22.000 EUR" is a budget's cap
    changes_listed_inline,  # STOP: "make following changes: the title must be in bold"
    approval_wanted,  # "we need it approved by legal"
    modal_rule,  # "must", "has to", "never", "is required"
    nothing_may,  # "no panel can be taller than 8 feet"
    always_do,  # "always include the store hours"
    in_no_case,  # "under no circumstances should the old logo appear"
    never_allowed,  # "the logo can never be placed on a photo"
    terse_ban,  # "No red!!"
    every_piece_needs,  # "every print piece needs the recycling symbol"
    wants_every_piece,  # "head office wants all ads to carry the new logo"
    fixed_spec,  # "dimensions are fixed at 48 x 96 inches"
    limit_first,  # "Minimum 300 dpi for all images"
    limit_said,  # "the video length should within 60 seconds"
    ban_after_a_clause,  # "..., so no colour."
    kept_within,  # "keep the video under 30 seconds"
    in_every_piece,  # "please keep the white coat in every shot"
    someone_forbids,  # "the dental board says we can't offer free cleanings in ads" (its
    # change may follow: "..., so the $0 offer has to come off the postcard")
    plain_statements_only,  # STOP: a change, the past, a pleasantry
    stated_as_fact,  # "signage is limited to the windows", "our brand font is Gotham"
    third_party_accepts,  # "the printer only takes PDF/X-1a files"
    at_most_per_piece,  # "no more than two fonts on any page"
    insists,  # "our owner is strict that the food photos are never retouched"
    scoped_ban,  # "please, none of the stock photos anywhere"
    house_rule_as_fact,  # "headlines are always in sentence case"
    outside_party_needs,  # "legal needs the disclaimer on every frame"
    strong_topic,  # mandatory topics: brand, legal, approvals
    needs_a_spec,  # "files need 3mm bleed"
    must_work,  # "pages need to load in under 3 seconds", "all forms must connect to HubSpot"
    delivered_as,  # "deliverables should be in Figma", "the tone should be friendly"
    several_specs,  # "300 dpi CMYK PDF"
    spec_with_its_bound,  # "Images at 300 dpi minimum"
    spec_without_exception,  # "Our green, Pantone 348 C, exclusively."
    all_in_a_language,  # "please write all texts in Swedish"
    sizes_listed,  # "banner sizes: 300x250, 728x90 and 160x600"
    size_stated,  # "They're 1290 x 2796 px"
    stated_importance,  # "it is very important for us"
    always_done_to_it,  # "our models are never retouched" (last: a rule read before wins)
)


def find_requirement(v: View, change: Hit | None) -> Hit | None:
    """The requirement a unit states, if any (see :data:`REQUIREMENT_RULES`)."""
    return first_hit(REQUIREMENT_RULES, v, change)


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
