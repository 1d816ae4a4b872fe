"""Objectives: the rules that find one in a unit, in the order they are tried.

Input: a :class:`View` of one unit. Output: a :class:`Hit` of kind
``objective``, or None.

An objective is what the work is for: a goal named as one ("the goal is to
lift frozen sales"), a want tied to a metric or an audience ("we want more
sign-ups", "we'd like to hit 10,000 followers"), or a verb of reach with its
measure ("grow awareness among parents").
"""

from __future__ import annotations

import re

from intake.parsers.prefilter import prefilter_patterns
from intake.parsers.statements.cues import OBJECTIVE_VERBS, OBJECTIVE_VERBS_3RD
from intake.parsers.statements.view import (
    DELIVERABLES,
    STOP,
    Hit,
    Rule,
    Verdict,
    View,
    first_hit,
    raised_money,
    words,
)

KIND = "objective"

_AUDIENCE_VERBS = words("reach target attract win engage convert acquire capture arrive")
_WANTING = words("aim aiming hope hoping looking trying want wants plan planning 'd would "
                 "point idea purpose")
# "we want people to think of us first", "we want to be the go-to clinic": a position
# in people's minds, named without a number.
_PEOPLE_AND_BEING = words(
    "think know see remember choose pick try come visit associate recognize recognise "
    "walk feel understand believe trust discover realise realize stop "
    "go-to go number leading top best most")
_AIMED_GET = words("to will would 'd 'll should can could must help and we us please ,") | {""}
_HOPED = words("hope hoping hopefully expect expecting want wants should will would 'd 'll "
               "ideally")
_BEFORE_A_NOUN = words("the our a an your their main key primary core new")
_DEFINES = words("is are : of for = will would remains remain was - –")
_TARGET_FOLLOWERS = ("date", "launch", "deadline", "day", "week", "month", "delivery")
_THIS_MESSAGE = words("email e-mail mail message note letter call meeting workshop session "
                      "kickoff kick-off chat catch-up")
_ERRAND_VERBS = words("have get receive finish deliver send see review sign approve")


# A product's reach counted in places: "get it into 500 stores", "be in 30 markets"
_INTO_A_COUNT = re.compile(r"\b(?:into|in)\s+(?:over\s+|at least\s+)?\d[\d,]*\s+(?:new\s+|more\s+)?"
                           r"(?:stores|shops|outlets|locations|retailers|doors|markets|cities|"
                           r"countries|states|supermarkets|pharmacies)\b")
_GAUGED = words("measure measured judge judged")
_AIMED_COUNT = words("many more most fewer")
_NUDGE = words("shift move push nudge take")
_RIVALS = words("competitor competitors competition rival rivals competitor's rival's")
_COUNT = re.compile(r"^\d[\d,.]*k?$")
_NOT_COUNTED = words("am pm a.m. p.m. % o'clock")
_SEEN = words("seen known recognised recognized perceived positioned regarded viewed")
_REPOSITION = words("reposition position establish repositioning positioning establishing")


_A_MEETINGS_AIM = re.compile(
    # ... or the writer's day: "my goal for today is to finish the board deck"
    r"\b(?:goal|aim|objective|point|purpose)\s+(?:today|this (?:morning|afternoon|week)|"
    r"for (?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week))\b|"
    r"(?:for|of) (?:the |this |our |today's |tomorrow's |next week's )?(?:call|meeting|review|"
    r"session|workshop|chat|catch-up|sync|visit|kickoff|kick-off|presentation)s?)\b")


def _a_place_in_minds(v: View, k: int) -> bool:
    """"(we want) to be seen as the local expert", "(the idea is) to reposition us as the
    premium option": a place in people's minds, the goal of a brand's work."""
    if v.at(k) == "be" and v.at(k + 1) in _SEEN and v.at(k + 2) in ("as", "for"):
        return v.at(k + 3) not in ("soon", "quickly", "early", "fast")  # "seen as soon as"
    return v.at(k) in _REPOSITION and "as" in v.n[k + 1 : k + 5]


def nothing_to_aim_at(v: View) -> Verdict:
    """A status question or a report of the past states no objective; nor a line that only
    points at the goals ("Here are our goals for the spring member drive.", a table's header
    "Goal | Target"): they follow it."""
    if v.status_question or v.past_only or _GOALS_POINTED_AT.match(v.unit.text):
        return STOP
    return None


_GOALS_POINTED_AT = re.compile(
    r"^\W*(?:(?:here|below|attached|these)\s+(?:are|is)\s+(?:our|the|my)\s+(?:\w+\s+)?"
    r"(?:goals?|objectives?|kpis?|targets?)\b[^.:!?]{0,50}[.:!]?\s*$"
    r"|(?:goals?|objectives?|kpis?|targets?|metric)(?:\s*\|\s*(?:goals?|objectives?|kpis?|"
    r"targets?|metric|value|number|by when|deadline|current|today|now))+\s*$)", re.IGNORECASE)


def _named_goal(v: View, s: int, e: int) -> Hit | None:
    """One goal noun or phrase at ``s:e`` ("our goal is", "we're aiming to")."""
    head = v.n[s]
    metric = v.has("METRIC") or v.has("AUDIENCE") or v.has("PERCENT")
    if v.n[e - 1] == "for":
        counted = bool(_COUNT.match(v.at(e))) and v.at(e + 1) not in _NOT_COUNTED \
            and v.at(e - 2) in ("aiming", "aim", "shooting", "hoping")  # "aiming for 2,000"
        return Hit(KIND, s, e - 1, 0.85) if metric or counted else None
    if head in _GAUGED and not (v.has("PERCENT") or _AIMED_COUNT & set(v.n[e:])
                                or any(_COUNT.match(w) for w in v.n[e:])):
        return None  # "we'll measure it on coupon redemptions": how, not what is aimed at
    if head == "success" and v.at(s + 1) in ("=", ":") and not (
            metric or any(w[:1].isdigit() for w in v.n[e:])):
        return None  # "Success: the shoot went well"
    if head == "goal" and v.at(s + 1) in ("post", "posts", "line", "keeper"):
        return None  # "the goal posts have moved"
    if _A_MEETINGS_AIM.search(v.lower):
        return None  # "our goal for the call is to agree on the concept": the meeting's aim
    if v.n[e - 1] == "mission" and v.at(e) in ("statement", "statements"):
        return None  # "our mission statement is on the website": a page, not this work's aim
    if head in _WANTING and v.at(s + 1) != "of" and v.at(e - 1) not in _PEOPLE_AND_BEING:
        verb = v.at(e)
        if verb in ("reach", "target") and v.at(e + 1) == "out":
            return None
        if _a_place_in_minds(v, e):
            return Hit(KIND, s, e + 1, 0.8)  # "we want to be seen as the local expert"
        # from the verb on: "we hope to sell out the gala" (the verb opens its measure)
        near = any(e <= ms <= e + 10 for ms, _ in v.rel("METRIC") + v.rel("AUDIENCE"))
        near = near or any(e < ps <= e + 10 for ps, _ in v.rel("PERCENT"))
        if any(vs == e for vs, _ in v.rel("OBJ_VERB")) and near:
            return Hit(KIND, s, e, 0.85)
        if verb in _NUDGE and v.has("METRIC") and v.has("PERCENT") and not v.past_only:
            return Hit(KIND, s, e, 0.8)  # "we're trying to shift the order value up by 10%"
        return None
    if v.at(e - 1) in _PEOPLE_AND_BEING and ("we" not in v.n[max(0, s - 2) : s]
                                             or v.at(e) == "to"):
        return None  # "I want to be the first to see it": the writer's wish, not a position
    if head == "about" and (v.at(e) in _BEFORE_A_NOUN | {"this", "that", "my"}
                            or _THIS_MESSAGE & set(v.n[e:])):
        return None  # "about getting people to the meeting on time": a place, not an act
    if v.at(e) == "of" and _THIS_MESSAGE & set(v.n[e + 1 : e + 5]):
        return None  # "the aim of this email is to update you", "the goal of Thursday's call"
    ahead = v.n[e : e + 5]
    if not metric and _ERRAND_VERBS & set(ahead) and {"by", "before"} & set(v.n[e:]) \
            and not _INTO_A_COUNT.search(v.lower):
        return None  # "our goal is to have the proofs by Monday": a deadline (not "to get it
        # into 500 stores by the end of the year": a reach, by its horizon)
    if head == "what" and not metric and _counted_from_the_work(v, e):
        return Hit(KIND, s, e - 1, 0.85)  # "what we want out of this is 400 booked tune-ups"
    if head in ("what", "main", "big", "biggest", "key", "top", "real") and not metric:
        return None  # "what we need from you is the logo": an errand, not a goal
    if head == "success" and v.at(s - 1) in ("what", "on", "about"):
        return None  # "a note on what success looks like": the topic, objectives follow
    if v.n[s] == "fill" and v.at(e) == "with":
        return None  # "we'll fill the rooms with plants for the shoot": a set, not guests
    if _RIVALS & set(v.n[max(0, s - 3) : s]):
        return None  # "our competitor's goal is market share": someone else's
    if head in ("is", "are") and not (metric and not v.past_only):
        return None  # "speed is the priority": only a measure can be the goal
    if head in ("is", "are") and DELIVERABLES & set(v.n[_clause_start(v, s) : s]):
        return None  # "but the landing page is the priority": which piece comes first
    if "target" in v.n[s:e]:
        k = s + v.n[s:e].index("target")
        target_start = v.char_span(k)[0] - v.unit.start
        if v.at(k + 1) in _TARGET_FOLLOWERS:
            return None  # "the target date"
        if v.at(k + 1) not in _DEFINES and v.at(k + 2) not in _DEFINES:
            return None  # "the target moms listen to podcasts": who they are, not the goal
        if v.unit.text.startswith("Target", target_start) and k > 0:
            return None  # the retailer
    return Hit(KIND, s, e - 1, 0.9)


def _clause_start(v: View, at: int) -> int:
    """The first word of the clause holding word ``at`` (after a comma, "but", "and")."""
    k = at
    while k > 0 and v.n[k - 1] not in (",", ";", ":", "but", "and", "-", "–", "—"):
        k -= 1
    return k


_THE_WORK = words("this it the campaign")
_SIGNS = frozenset("$€£¥")


def _counted_from_the_work(v: View, e: int) -> bool:
    """"What we want out of this is 400 booked tune-ups": a count wanted from the work itself
    (not "what we need from you is 3 photos", an errand; nor a sum or an hour)."""
    if v.at(e - 1) not in ("of", "from") or v.at(e) not in _THE_WORK:
        return False
    return any(_COUNT.match(w) and v.at(k + 1) not in _NOT_COUNTED and v.at(k - 1) not in _SIGNS
               for k, w in enumerate(v.n[e : e + 8], start=e))


def named_goal(v: View) -> Verdict:
    """"The goal is to lift frozen sales by 10%", "success means 500 leads"."""
    for s, e in v.rel("OBJ_NOUN"):
        if v.at(s - 1) in ("a", "the", "our") and v.at(s - 2) in _MEASURED_AGAINST:
            continue  # "640 new members against a goal of 500": a result, reported
        hit = _named_goal(v, s, e)
        if hit is not None:
            return hit
    return None


_MEASURED_AGAINST = frozenset(("against", "beat", "beating", "exceeded", "missed", "surpassed",
                               "vs", "versus", "topped"))


def aimed_after_colon(v: View) -> Verdict:
    """"We want to do it again but aim higher: 800 new members": the aim, then its number."""
    colon = next((k for k in range(1, len(v.n)) if v.n[k] == ":"), None)
    if colon is None or v.past_only or not (
            _AIM_LABELS & set(v.n[:colon]) or tuple(v.n[:colon]) in _WANTED_LABELS):
        return None
    number = colon + 1 + (v.at(colon + 1) in OBJECTIVE_VERBS)  # "What we want: get 1,500 ..."
    metrics = v.rel("METRIC")
    if _COUNT.match(v.at(number)) and any(number < ms <= number + 3 for ms, _ in metrics):
        return Hit(KIND, number, number + 1, 0.75)
    return None


# (It was named _AIM_WORDS until the twenty-first session, when a later table of that name
# was found to replace it for this rule too: this one holds both tables' labels.)
# "What we want: 1,500 sign-ups": a label that says what the work is for
_WANTED_LABELS = frozenset((("what", "we", "want"), ("what", "we", "need"),
                            ("what", "we", "'re", "after"), ("what", "we", "are", "after"),
                            ("what", "we", "hope", "for")))
_AIM_LABELS = words("aim aiming target targets goal goals point purpose objective objectives "
                    "idea")


def want_more(v: View) -> Verdict:
    """"We want more sign-ups", "we'd love to see more families"."""
    measures = v.rel("METRIC") + v.rel("AUDIENCE")
    for s, e in v.rel("OBJ_WANT_MORE"):
        if any(e <= ms <= e + 4 for ms, _ in measures) and not v.negated_before(s):
            return Hit(KIND, s, e - 1, 0.75)
    return None


def want_a_number(v: View) -> Verdict:
    """"We'd like to hit 10,000 followers"."""
    metrics = v.rel("METRIC")
    for s, e in v.rel("OBJ_WANT_NUM"):
        if any(e <= ms <= e + 4 for ms, _ in metrics) and not v.negated_before(s):
            return Hit(KIND, s, e - 1, 0.8)
    return None


# A period gone by: "last month", "in the last quarter", "last year"
_LAST_PERIOD = re.compile(r"\b(?:last|previous|past)\s+(?:month|week|quarter|year|season|summer|"
                          r"spring|fall|autumn|winter|campaign)\b")


def measured_verb(v: View) -> Verdict:
    """"Grow awareness among parents", "drive traffic to the stores"."""
    metrics, audiences = v.rel("METRIC"), v.rel("AUDIENCE")
    for s, _e in v.rel("OBJ_VERB"):
        word = v.n[s]
        if v.at(s + 1) == "out" or v.negated_before(s) or (word == "sign" and v.at(s + 1) != "up"):
            continue  # ("sign up 1,000 new members"; not "sign the contract for our members")
        if word == "target" and v.at(s - 1) in _BEFORE_A_NOUN:
            continue  # "the target moms listen to podcasts": an adjective, not "target moms"
        if word in ("get", "gets") and (v.at(s + 1) != "more" or v.at(s - 1) not in _AIMED_GET):
            continue  # "the Boston stores get more walk-ins" reports what happens
        if word in OBJECTIVE_VERBS_3RD and not _HOPED & set(v.n[:s]):
            continue  # "this gets 500 views a day" reports; "we hope this gets ..." aims
        if _LAST_PERIOD.search(v.lower) and v.at(s - 1) in ("we", "i", "it", "they") \
                and not _HOPED.intersection(v.n[max(0, s - 3) : s - 1]):
            continue  # "we hit 2.1M impressions last month": a result reported
        window = range(s + 1, s + 8)
        has_metric = any(ms in window for ms, _ in metrics) or (
            raised_money(v, s) and not v.past_only) or (  # "we hope to raise $250,000"
            _counted_goal(v, s))
        has_audience = word in _AUDIENCE_VERBS and any(a in window for a, _ in audiences)
        if has_metric or has_audience:
            return Hit(KIND, s, s, 0.8)
    return None


# Verbs whose count is a result to reach ("collect 20,000 pounds of food", "recruit 40
# volunteers"), not work to make or a choice to see ("see 3 options", "book 2 rooms")
_COUNTED_VERBS = words("collect gather sell reach raise recruit enrol enroll attract win acquire "
                       "convert sign fill hit beat exceed surpass")
# What such a count may be of and still be the work's own pieces or errands, not a result
_WORK_COUNTS = words("options option versions version drafts draft concepts concept rounds round "
                     "meetings meeting calls call quotes quote ads ad posters poster flyers flyer "
                     "copies copy banners banner pages page files file photos photo sizes size "
                     "slides slide people rooms room tables table days day weeks week hours")


def _counted_goal(v: View, s: int) -> bool:
    """"This year we want to collect 20,000 pounds of food", "we hope to recruit 40
    volunteers": a verb of :data:`_COUNTED_VERBS` after a wish ("want to", "hope to", "aim
    to") and right before a number and what it counts (not the past, not the work's pieces)."""
    if v.n[s] not in _COUNTED_VERBS or v.past_only or v.at(s - 1) != "to" \
            or not _HOPED.union(_WANTING).intersection(v.n[max(0, s - 4) : s]):
        return False
    k = s + 1 + (v.at(s + 1) in ("at", "least", "over", "around", "about", "some"))
    k += v.at(k) == "least"
    return bool(_COUNT.match(v.at(k))) and v.at(k + 1) not in _WORK_COUNTS | _NOT_COUNTED \
        and v.at(k + 1) != ""


_PLEASED = words("happy thrilled delighted pleased")


def measure_to_reach(v: View) -> Verdict:
    """"Ideally we'd get 500 new members", "we're after 200 booked demos", "hoping this gets
    us 1,000 downloads": a goal frame, then a number or "more", then what is counted."""
    metrics = v.rel("METRIC")
    for s, e in v.rel("GOAL_FRAME"):
        if v.negated_before(s):
            continue
        if v.n[e - 1] == "about" and _a_place_in_minds(v, e):
            return Hit(KIND, s, e, 0.75)  # "this is really about repositioning us as ..."
        # "if we could get 500 new members, that would be a win": the measure comes first
        start = 0 if v.n[e - 1] == "win" else e
        pleased = v.n[e - 1] in _PLEASED
        if pleased and v.at(v.first) != "if":
            continue  # "we'd be happy to print 500 more": an offer, not a goal
        for k in range(start if not pleased else 0, s if pleased else min(e + 6, len(v.n))):
            word = v.n[k]
            if word[:1].isdigit() or word in ("more", "higher", "%", "double", "twice"):
                if any(k < ms <= k + 4 for ms, _ in metrics):
                    return Hit(KIND, s, k, 0.75)
                break
    return None


# Goals said in idioms of the trade: "move the needle on awareness", "bums on seats", "we
# want the gala to sell out", "fill the rooms midweek", "drive people to the new store".
_GOAL_IDIOM = re.compile(
    r"\bmove the needle on\b|\b(?:bums|butts|people) on seats\b|"
    # "fingers crossed for a sold-out night"
    r"\bfingers crossed for (?:a |an )?(?:sold[- ]out|full house|packed|record)\b|"
    # "we'd love a full house, 80 people" (not "the house is full of boxes")
    r"\b(?:a |the )?(?:full|packed|sold-out|sold out) (?:house|room|hall|theatre|theater|"
    r"venue)\b|"
    r"\b(?:want|need|hope|hoping|aim|aiming|like|love|expect|goal is|aim is)\b[^.;!?]{0,40}?"
    r"\bto sell out\b|"
    r"\bfill (?:the |our |all the |every )?(?:rooms|seats|tables|hotel|venue|house|class|"
    r"classes|spots|places)\b(?!\s+with\b)|"
    r"\b(?:drive|drives|bring|brings|pull|pulls) (?:more )?(?:people|traffic|customers|"
    r"visitors|footfall|shoppers|families|fans|buyers|diners|guests) (?:to|into|through|in)\b|"
    # "the campaign needs to keep them coming back": people who return, the aim
    r"\bkeep (?:them|people|members|customers|guests|clients|patients|visitors|fans|"
    r"subscribers) coming back\b|"
    # "this time we need to beat 200": a number to beat
    r"\bto beat (?:\d[\d,.]*k?|last (?:year|quarter|month)'s)\b|"
    # "we'd love to be the first name people think of for roofing": a place in minds
    r"\bthe first (?:name|place|call|choice|stop|brand) (?:people|customers|they|folks|"
    r"families|everyone|anyone|locals|parents|drivers) (?:think of|call|turn to|go to)\b|"
    # "we just need more people through the door", "we want to get our name out there", "to
    # shake the 'expensive' image", "get younger people interested in opera"
    r"\b(?:people|customers|bodies|feet|families|guests|shoppers|diners) (?:through|in) the "
    r"doors?\b|"
    r"\b(?:get|put) (?:our|the|my) (?:name|brand|business|shop|store) out there\b|"
    r"\b(?:shake|shed|lose|change|fix|get rid of|move away from) (?:the|our|that|this) "
    r"(?:[\"'\w-]+ ){0,3}?(?:image|reputation|perception|stigma)\b|"
    r"\bget (?:younger|older|more|new|local) (?:[\w-]+ )?(?:people|customers|families|"
    r"audiences|students|parents|visitors) (?:interested|excited|involved) in\b|"
    # "Ultimately this is about retention, not acquisition": what the work is for
    r"\b(?:this|it|the campaign) is (?:all |really |mostly |mainly )?about (?:retention|"
    r"acquisition|awareness|loyalty|visibility|engagement|conversions?|footfall|bookings|"
    r"sign-?ups|recruitment|donations|fundraising|growth)\b|"
    # "Last spring we had 4,200 runners register. This year the board wants at least 5,000.":
    # the count of the sentence before, to beat
    r"\b(?:this|next) (?:year|season|spring|summer|fall|autumn|winter|time|round)\b[^.;!?]{0,30}?"
    r"\b(?:wants?|needs?|aims? for|hopes? for|targets?|expects?)\s+(?:at least|over|more than|"
    r"around|about)?\s*\d[\d,.]*k?\s*(?:[.!]|$)|"
    # "Let's try to get 20% of our customers onto the app": a share of the audience moved
    r"\b(?:get|move|switch|convert|bring)\s+\d+\s*%\s+of\s+(?:our|the|all)\s+(?:customers|members|"
    r"users|clients|patients|subscribers|donors|guests|visitors|shoppers)\b|"
    # "put us on the map in Denver", "Ideally 500 people at the open day", "we'd love for the
    # video to get 10k views"
    r"\bput (?:us|our (?:\w+ )?(?:name|brand|business|shop|store|town|city)) on the map\b|"
    r"^\W*(?:ideally|hopefully)\s+\d[\d,.]*k?\s+(?:people|guests|visitors|attendees|families|"
    r"runners|sign-?ups|members|customers|students|donors|volunteers)\b|"
    r"\b(?:'d|would) (?:love|like) for (?:the|our|this) \w+ to (?:get|reach|hit|pass|top)\s+"
    r"\d[\d,.]*k?\b|"
    # "we want to sell 1,200 sets of winter tires": a count to sell, wanted
    r"\b(?:want|need|hope|hoping|aim|aiming|plan|planning|trying) to sell "
    r"(?:at least |over |another )?\d[\d,.]*k?\s+[a-z]+")
_GOAL_IDIOM_FRAMES = words("should will would 'd need needs want wants hope hoping aim aiming "
                          "fingers trying try ideally hopefully like love "
                          "must has have to is are goal point idea")


# "The whole point of the spring mailer is to get people to book a consultation", "the
# purpose of this campaign is to ...": the aim of a named piece of work
_POINT_OF_THE_WORK = re.compile(
    r"\b(?:whole |main |real |only )?(?:point|purpose|aim|goal|objective|idea) of (?:the|this|"
    r"our|that) (?:[\w'-]+ ){0,3}?(?:is|was) to\b")
# "we're trying to reach career changers in Illinois", "we want to reach young families":
# the people the work is for
_REACH_PEOPLE = re.compile(
    r"\b(?:trying|want|wants|hoping|hope|looking|aim|aiming|need|needs) to (?:reach|target|"
    r"attract|win over|engage) (?!out\b|you\b|him\b|her\b|them\b|us\b|me\b|the printer|"
    r"the client|our supplier)(?:[\w'-]+ ){0,3}?[a-z'-]+s\b")


_AIM_WORDS = words("point purpose aim goal objective idea reach target attract win engage")


def aim_of_the_work(v: View) -> Verdict:
    """"The whole point of the spring mailer is to get people to book", "we're trying to
    reach career changers in Illinois" (not "the point of this email is to update you", nor
    "we're trying to reach the printer")."""
    if v.past_only or not _AIM_WORDS & set(v.n):
        return None
    found = _POINT_OF_THE_WORK.search(v.lower) or _REACH_PEOPLE.search(v.lower)
    if found is None or _THIS_MESSAGE & set(v.n[: v.word_at(found.end())]):
        return None
    k = v.word_at(found.start())
    return Hit(KIND, k, k, 0.75)


# "we need to move 5,000 units of the old collection", "sell through 800 cases": stock to sell
_SELL_THROUGH = re.compile(
    r"\b(?:move|shift|sell|sell through|clear)\s+(?:at least\s+|over\s+|another\s+|the\s+)?"
    r"\d[\d,.]*k?\s+(?:units|items|pieces|cases|bottles|pairs|tickets|seats|cars|homes)\b")


_SELLING_WORDS = words("move shift sell clear")


def stock_to_sell(v: View) -> Verdict:
    """"We need to move 5,000 units before the new line lands": a quantity to sell (not "we
    need 500 units printed", an order)."""
    if not _SELLING_WORDS & set(v.n):
        return None
    found = _SELL_THROUGH.search(v.lower)
    if found is None or v.past_only:
        return None
    k = v.word_at(found.start())
    return Hit(KIND, k, k, 0.75)


def said_as_an_idiom(v: View) -> Verdict:
    """A goal in the trade's idioms (see ``_GOAL_IDIOM``), framed as wanted or expected: not
    "drive safely", "our last show sold out", "the seats are booked"."""
    found = _GOAL_IDIOM.search(v.lower)
    if found is None or v.past_only:
        return None
    k = v.word_at(found.start())
    if not _GOAL_IDIOM_FRAMES & set(v.n[max(0, k - 6) : k + 1]) and "want" not in v.lower:
        return None
    return Hit(KIND, k, min(k + 2, v.last), 0.7)


# What the audience must come to know: "our customers need to know we're open during the
# renovation", "parents have to hear about the new bus route" (awareness, the work's aim; not
# "I need to know the budget", the writer's own question)
_AUDIENCE_TO_LEARN = re.compile(
    r"^\W*(?:[a-z]+,\s+)?(?:(?:our|the|all|local|all\s+our)\s+)?(?:customers|clients|patients|parents|"
    r"members|locals|residents|shoppers|guests|neighbou?rs|community|families|donors|fans)\s+"
    r"(?:need|needs|have|has|must)\s+to\s+(?:know|hear|learn|understand|see)\b")


def audience_to_learn(v: View) -> Verdict:
    """What the audience must come to know (see ``_AUDIENCE_TO_LEARN``)."""
    found = _AUDIENCE_TO_LEARN.search(v.lower)
    if found is None or v.past_only or v.unit.text.rstrip().endswith("?"):
        return None
    return Hit(KIND, v.word_at(found.start()), v.word_at(found.end()) - 1, 0.75)


# A figure to beat, said after it: "Last spring's campaign got us 320 new members. This year
# we'd like to beat that." (not "we'd like to beat the traffic": no figure)
_TO_BEAT = re.compile(
    r"\b(?:we'd like|we would like|we want|we hope|we need|we're hoping|we are hoping|aiming|"
    r"hoping|trying|the goal is|our goal is)\s+to\s+(?:beat|top|surpass|exceed|break|double)\s+"
    r"(?:that|it|this|those numbers|that number|our record|last year(?:'s)?|last (?:spring|"
    r"summer|fall|autumn|winter|season|year|time)(?:'s)?)\b")
# A goal asked as a question: "could a campaign help us fill the 40 empty spots?"
_HELP_US = re.compile(
    r"\b(?:could|can|would|will)\s+(?:a|the|this|our|your|an)\s+(?:campaign|ad|ads|mailer|"
    r"video|post|posts|promo|promotion|flyer|email|drive)\s+help\s+(?:us\s+)?(?:to\s+)?(?:fill|"
    r"reach|get|sell|raise|grow|find|sign up|book|bring in|attract|double|increase|recruit)\b")


def figure_to_beat(v: View) -> Verdict:
    """A figure to beat (``_TO_BEAT``), or a goal asked as a question (``_HELP_US``)."""
    found = _TO_BEAT.search(v.lower) or _HELP_US.search(v.lower)
    if found is None or v.past_only:
        return None
    return Hit(KIND, v.word_at(found.start()), min(v.word_at(found.end()), v.last), 0.75)


# "Tuesdays are dead, we want to fill the place on Tuesday nights, that's the main thing": a
# wish the writer names as the main point (not "we want to meet on Friday, that's the main
# thing": a meeting, read apart)
_MAIN_THING = re.compile(
    r"\b(?:we|i)\s+(?:really\s+|just\s+)?(?:want|need|'d like|would like)\s+to\s+"
    r"(?!meet\b|talk\b|call\b|chat\b|see you\b|catch up\b)\w+\b[^.;!?]{3,80}?,?\s+"
    r"(?:that's|that is|this is|is)\s+(?:the|our|my)\s+(?:main|most important|key|big|real|"
    r"number one)\s+(?:thing|goal|point|priority|aim)\b")


# A rate moved to a figure: "bring our no-show rate down from 18% to under 10%"; press
# coverage wished: "We'd also love to get featured in the local paper"
_OUTCOME = re.compile(
    r"\b(?:bring|get|push|drive|cut|reduce|lower|raise|lift|increase|grow)\s+(?:our|the)\s+"
    r"[\w -]{1,30}?\s+(?:rate|ratio|share|score|percentage)\s+(?:down\s+|up\s+)?(?:from\s+"
    r"\d+(?:\.\d+)?\s?%\s+)?to\s+(?:under\s+|below\s+|over\s+|above\s+|at least\s+)?"
    r"\d+(?:\.\d+)?\s?%"
    r"|\b(?:love|like|want|hope|hoping|aim|aiming)\s+to\s+(?:get|be)\s+(?:featured|covered|"
    r"written up|profiled)\s+(?:in|on|by)\b")


def _aimed_by_pattern(v: View, pattern: re.Pattern[str]) -> Hit | None:
    """The goal ``pattern`` finds in the unit, cued from its first word and four words on;
    none in a question or a report of the past. What the small goal rules share."""
    found = pattern.search(v.lower)
    if found is None or v.past_only or v.status_question:
        return None
    k = v.word_at(found.start())
    return Hit(KIND, k, min(k + 4, v.last), 0.7)


def outcome_named(v: View) -> Verdict:
    """A rate moved to a figure, or press coverage wished (see ``_OUTCOME``)."""
    return _aimed_by_pattern(v, _OUTCOME)


def main_thing(v: View) -> Verdict:
    """A wish the writer names as the main point (see ``_MAIN_THING``)."""
    return _aimed_by_pattern(v, _MAIN_THING)


OBJECTIVE_RULES: tuple[Rule, ...] = (
    nothing_to_aim_at,  # STOP: questions, the past
    named_goal,  # "the goal is", "we're aiming to"
    stock_to_sell,  # "we need to move 5,000 units"
    aim_of_the_work,  # "the whole point of the mailer is to ...", "trying to reach ..."
    want_more,  # "we want more sign-ups"
    want_a_number,  # "hit 10,000 followers"
    aimed_after_colon,  # "aim higher: 800 new members"
    measured_verb,  # "grow awareness among parents"
    measure_to_reach,  # "ideally we'd get 500 new members"
    said_as_an_idiom,  # "we need bums on seats", "move the needle on awareness"
    audience_to_learn,  # "our customers need to know we're open during the renovation"
    figure_to_beat,  # "we'd like to beat that", "could a campaign help us fill 40 spots?"
    main_thing,  # "we want to fill the place on Tuesday nights, that's the main thing"
    outcome_named,  # "bring our no-show rate down to under 10%", "get featured in the paper"
)


def find_objective(v: View) -> Hit | None:
    """The objective a unit states, if any (see :data:`OBJECTIVE_RULES`)."""
    return first_hit(OBJECTIVE_RULES, v)


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
