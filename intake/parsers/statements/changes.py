"""Change requests: the rules that find one in a unit, in the order they are tried.

Input: a :class:`View` of one unit. Output: a :class:`Hit` of kind
``change_request`` with its action (edit, swap, add, remove, hold, cancel,
move_date), or None.

A change verb counts at the start of an imperative ("Swap the tagline") or
right after a request frame ("could we", "please", "we'd like to"), not in a
status question ("Did you swap the tagline?"), a negation, a condition or a
report of the past; :data:`VERB_CHECKS` holds what each verb needs around it
("take *out*", "make it *bigger*"). The other rules catch changes said
without such a verb: "the logo should be bigger", "we'd like the photo
swapped", "the launch can slip to May 3", "we no longer need the banner".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from intake.parsers.dates.normalise import MONTHS, WEEKDAYS, ordinal_value
from intake.parsers.prefilter import prefilter_patterns
from intake.parsers.statements.cues import (
    CHANGE_VERBS,
    CLAUSE_PUNCT,
    FAULT_WORDS,
    FILLERS,
    GERUNDS,
    LESS_MORE_OF,
    SIZE_WORDS,
    SUBJECT_EXCLUDE,
    SUGGESTED_GERUNDS,
    WORD_FILLERS,
)
from intake.parsers.statements.view import (
    ANSWERS,
    BILLING,
    COLOUR_NAMES,
    COMPARATIVE_OK,
    DATE_CUE,
    DELIVERABLES,
    DETS,
    EVERY,
    MEETINGS,
    MODALS,
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
    raised_money,
    words,
)

KIND = "change_request"

_OBJECT_STARTS = words("the this that it them these those our all a an my your \" “ ' ‘ «")
_PARTICLES = words("down up out off back in over")
_CONDITIONALS = words("if when whenever unless whether once")
_AS_WELL = re.compile(r"\bas well\b|\bon top of\b|\bin addition to\b")
# ", not the process blue", ', not just "Riverside"': what is used now, named as the wrong one
_NOT_THE = re.compile(r"(?:,|\band|\bbut)\s*not\s+(?:(?:just|only)\s+)?(?:(?:the|our|that|this|a|"
                      r"your|those|these)\b|[\"“'‘])")
_SHORTER = words("shorter shorter longer tighter smaller bigger simpler")
_WANTED_COMPARATIVE = COMPARATIVE_OK - {"more", "less"}
# A comparative that says how a piece should be on its own ("bigger"; not "stand", "pop")
_PLAIN_COMPARATIVES = _WANTED_COMPARATIVE - {"pop", "stand"}
_NEWER = words("new updated other alternate alternative second revised latest v2 older previous "
               "original earlier")
_DIFFERENT = words("different darker lighter warmer cooler brighter bigger smaller bolder "
                   "larger softer stronger simpler shorter longer")
_PLACING = words("put putting place placing keep leave")
_TIMES = words("twice double triple")
_SHOWING = words("show put set display print have get")
_TAKES = words("version versions option options take mock-up mockup variation variant draft "
               "layout round")
_STYLES = words("bold italics italic caps capitals uppercase lowercase red blue green black white "
                "navy grey gray gold silver orange yellow purple pink colour color")
_PLACES = words("top bottom left right front back centre center corner end start beginning")
_SIZE_WORDS = words("big large small bold wide prominent visible bright dark tall thick")
_NUMBERS = words("one two three four five six seven eight nine ten twenty thirty fifty")
PARTICIPLE_ACTION = {
    **dict.fromkeys(words("swapped switched replaced substituted"), "swap"),
    **dict.fromkeys(words("added inserted"), "add"),
    **dict.fromkeys(words("removed deleted dropped cut omitted"), "remove"),
    **dict.fromkeys(words("paused held halted suspended stopped"), "hold"),
    **dict.fromkeys(words("cancelled canceled killed scrapped"), "cancel"),
    **dict.fromkeys(words("postponed rescheduled delayed pushed"), "move_date"),
}
EDIT_PARTICIPLES = words(
    "changed updated tweaked edited revised amended adjusted modified fixed corrected "
    "reworked redone rewritten reworded rephrased resized shortened lengthened moved "
    "shifted cropped renamed increased reduced bumped enlarged shrunk brightened darkened "
    "lightened simplified"
)
# "is now May 15, not May 8", "on 05/10 instead of 02/10": a date moved without a verb.
_NEW_DATE = re.compile(
    r"\b(?:is|are) now\b[^.;]*?(?:,|\band)\s*not\s+(?:on\s+)?(?:the\s+)?\d|"
    r"\b(?:instead of|rather than|not)\s+(?:on\s+)?(?:the\s+)?(?:\d{1,2}[./]\d{1,2}\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)

# "to the back of the booth", "on the front": a place on the piece, not "push it back".
_PLACE_PHRASE = re.compile(r"\b(?:the|its|their|our) (?:back|front|top|bottom|end)\b",
                           re.IGNORECASE)


_MONEY_MOVED = re.compile(
    r"\w+\s+(?:(?:the|our|about|roughly|some)\s+)?(?:[$€£¥]\s?\d|\d[\d,.]*\s?(?:k|K|eur|EUR|"
    r"usd|USD|gbp|GBP|euros?|dollars?)\b)")


def _dated(text: str) -> bool:
    """Whether a move speaks of time ("push the launch back", "move it to May 3"), not of a
    place ("move the product wall to the back of the booth")."""
    return DATE_CUE.search(_PLACE_PHRASE.sub(" ", text)) is not None


# -- what each change verb needs around it -------------------------------------------------

#: A verb check's verdict: the verb's own action, once the common checks pass.
AS_USUAL: Final = "as usual"
VerbCheck = Callable[[View, int], str | None]


# What "make" may turn a piece into besides a comparative: "make the headline bold".
_MADE_INTO = words(
    "bold italic italics underlined uppercase lowercase caps visible transparent link clickable "
    "red blue green yellow orange purple pink black white grey gray navy teal gold silver")


_MADE_SIZE = words("big large huge prominent small tiny")


def _ends_phrase(v: View, k: int) -> bool:
    """Word ``k`` closes its phrase: "bold" in "make the font bold in the headline", not
    "black" in "make a decision on the black version"."""
    nxt = v.at(k + 1)
    return nxt in ("", ".", "!", "?", "please", "too", "instead", "again", "and", "as", "in",
                   "on", "across", "throughout", "everywhere", "for") or nxt in CLAUSE_PUNCT \
        or (nxt == "to" and v.at(k + 2) == "match")  # "make them sage green to match the logo"


_PAPERWORK = words("contract contracts sow agreement agreements po paperwork terms nda msa")
_A_CHANGE = words("change changes edit edits fix fixes correction corrections update updates")


def _make(v: View, i: int) -> str | None:
    """"make the logo bigger", "make the logo on the cover bigger", "make the font bold",
    never "make sure"."""
    if v.at(i + 1) == "sure":
        return None
    if v.at(i + 1) in ("it", "this", "that") and v.at(i + 2) in _QUOTE_MARKS \
            and not v.negated_before(i):
        return AS_USUAL  # 'Please make it "our favourite coffee in Amsterdam"': new words
    made = next((k for k in range(i + 1, min(i + 5, len(v.n))) if v.n[k] in _A_CHANGE), None)
    if made is not None and v.at(made + 1) in ("on", "to", "in", "for") \
            and (WORK_PARTS | DELIVERABLES | _MADE_PIECES) & set(v.n[made + 2 : made + 6]) \
            and not (MEETINGS | BILLING) & set(v.n[made + 1 : made + 6]) \
            and not v.negated_before(i):
        return AS_USUAL  # "can we make the regional's change on our window posters too?"
    if v.at(i + 1) in ("a", "an", "another") and DELIVERABLES & set(v.n[i + 2 : i + 4]) \
            and _SAME_AS.search(" ".join(v.n[i + 2 : i + 14])):
        return "add"  # "could you make a flyer for Pine Street in the same style as the Oak one?"
    for k in range(i + 1, min(len(v.n), i + 11)):
        w = v.n[k]
        if k == i + 1 and w in ("more", "less") and v.at(k + 1) not in _MORE_OF_A_PIECE:
            break  # "we need to make more sales this quarter": more of the business, no change
        if w in COMPARATIVE_OK or (w in _MADE_INTO and _ends_phrase(v, k)):
            return AS_USUAL
        if w in _MADE_SIZE and _ends_phrase(v, k) and not (w == "big" and v.at(k - 1) == "it"):
            return AS_USUAL  # "make the was/now prices big on the flyer" (not "make it big")
        if w == "the" and v.at(k + 1) in _ROLES and k > i + 2 and _ends_phrase(v, k + 1):
            return AS_USUAL  # "make the pastrami sandwich the hero", "... the main image"
        if w in CLAUSE_PUNCT or w in ("and", "but", "so", "than"):
            break
    return AS_USUAL if _piece_made_some_way(v, i) else None


def _piece_made_some_way(v: View, i: int) -> bool:
    """"make the map full width", "make the background the same blue as the website": a
    piece of the work made some way no word list names, which its place after the piece
    says (not "make the invoice out to ...", "make the team aware", "make the most of it")."""
    k = _piece_after(v, i)
    return k is not None and bool(v.at(k + 1)) and v.at(k + 1) not in CLAUSE_PUNCT \
        and v.at(k + 1) not in _NO_STATE


def _piece_after(v: View, i: int) -> int | None:
    """The word of the piece of the work that verb ``i`` takes as its object, within three
    words ("the CTA button", "the photo on page 2"), or None."""
    start = i + 1 + (v.at(i + 1) in DETS)
    for k in range(start, min(len(v.n), start + 3)):
        if v.n[k] in _MADE_PIECES:
            while v.at(k + 1) in _MADE_PIECES:  # "the phone number", "the CTA button"
                k += 1
            return k
        if v.n[k] in CLAUSE_PUNCT:
            return None
    return None


# What follows a piece without saying how it should be: "make the logo for the website";
# a learner's "make the banners ready until 28.12." asks for delivery, not a change
_NO_STATE = words(". ! ? and but or so than for from of with about to by if when before after "
                  "please pls ready done finished available live complete")


# What a piece is made in the layout: "make the sandwich the hero", "make it the focus".
_SAME_AS = re.compile(r"\b(?:in the same (?:style|look|layout|format|design) as|just like the|"
                      r"like the (?:\w+ )?one)\b")
_ROLES = words("hero focus star centrepiece centerpiece headline lead main cover")


def _slide(v: View, i: int) -> str | None:
    """"we need to slide the coupon deadline to the 24th" (not "Slide 6 - chart colours",
    a slide of a deck named by its number)."""
    return AS_USUAL if v.at(i + 1) in DETS | {"it", "everything", "back"} else None


def _zoom(v: View, i: int) -> str | None:
    """"can we zoom out a little?": the framing changed (not "join the Zoom call")."""
    return AS_USUAL if v.at(i + 1) in ("in", "out") else None


def _put(v: View, i: int) -> str | None:
    """"can you put more photos of the bowls", "put the price in bold", "put the logo on the
    left"; not "put you in touch", "put the invoice in the mail", "put it on hold"."""
    if "let" in v.n[max(0, i - 3) : i]:
        return None  # "the council won't let us put signs on the pavement": a rule's words
    if v.at(i + 1) in ("more", "another", "extra", "additional", "some"):
        return "add"
    ahead = v.n[i + 1 : i + 8]
    if _ERRAND_THINGS & set(ahead[:3]):
        return None  # "put the files on the server": an errand, not the work changed
    if {"you", "me", "us", "them", "him", "her", "hold", "touch", "mail", "post"} & set(ahead):
        return None
    if (BILLING | _MONEY_PUT) & set(ahead):
        return None  # ("would rather put that money into the sponsorships": the budget's)
    if _displayed(v, i) and not _PUT_IN_THE_PIECE & set(v.n[i + 1 : i + 12]):
        return None  # "we want to put the poster in the lobby from 14 Feb": the work shown
    # (not "put a photo of the shop window on page 2")
    if (COMPARATIVE_OK - {"more", "less"}) & set(ahead[1:]):
        return AS_USUAL  # a learner's "put the photo of the rye bread bigger"
    return AS_USUAL if any(w in _PUT_WHERE for w in ahead[1:]) else None


def _displayed(v: View, i: int) -> bool:
    """Whether what verb ``i`` puts goes up in a place where the client shows the work ("in
    the lobby", "in our shop windows"), not into a part of the piece."""
    for k in range(i + 2, min(i + 9, len(v.n))):
        if v.n[k] in _DISPLAYED_IN:
            before = k - 1
            while before > k - 4 and (v.at(before) in DETS or v.at(before) in _PLACE_WORDS):
                before -= 1  # "in all the branches", "in our shop windows"
            return v.at(before) in ("in", "at", "inside", "around", "across", "into")
    return False


_PLACE_WORDS = words("all every each both shop store front hotel")
# Places where a client shows the finished work, not parts of a piece.
_DISPLAYED_IN = words("lobby lobbies reception window windows store stores shop shops branch "
                      "branches office offices wall walls entrance counter showroom restaurant "
                      "bathrooms toilets elevator elevators lift lifts foyer")
_PUT_IN_THE_PIECE = words("footer header page cover corner headline logo flyer poster's "
                          "banner's ad's")
_ERRAND_THINGS = words("files file folder folders server drive dropbox link links invoice "
                       "invoices order orders")
_MONEY_PUT = words("money budget funds dollars spend cash effort resources extra remainder "
                   "difference savings")


_PUT_WHERE = words("on in at onto into under above below beside next top bottom left right "
                   "front back")


def _use(v: View, i: int) -> str | None:
    """"use the new photo", "use B instead", "use Pantone 286 C, not the process blue you
    used" (a swap); "use the new photos only" is a rule."""
    if USE_RULE.search(v.lower):
        return None
    if _NOT_THE.search(v.lower):
        return "swap"
    ahead = v.n[i + 1 : i + 4]
    if ahead[:2] in (["the", "one"], ["that", "one"], ["this", "one"]) and v.at(i + 3) in (
            "with", "w/", "from", "where", "that", "you", "on", "in", "of", "we"):
        return "swap"  # "use the one with the dog": another take chosen
    if not (v.has("INSTEAD") or any(w in _NEWER or w in _DIFFERENT for w in ahead)):
        return None  # "use a darker blue", "use a different photo": a change of what was used
    return AS_USUAL


def _names_a_day(word: str) -> bool:
    """A month, a weekday or a day's ordinal ("Jan", "Tues", "12th"): a date begins here."""
    return word in MONTHS or word in WEEKDAYS or ordinal_value(word) is not None


def _go(v: View, i: int) -> str | None:
    """"go with option B", "go back to the first version"; not "go with the 12th" (one of the
    days offered: a date), nor "go back to you" or "go back to the office"."""
    if v.at(i + 1) == "back" and v.at(i + 2) == "to":
        if _BACK_TO_PEOPLE & {v.at(i + 3), v.at(i + 4)}:
            return None  # "I need to go back to the team first": to ask someone
        if _BACK_TO_A_VERSION & set(v.n[i + 3 : i + 7]):
            return "swap"
        # "can we go back to the cream paper we used in 2026?": a part of the work as it was
        named = v.at(i + 3) in ("the", "our") and (WORK_PARTS | _STOCKS) & set(v.n[i + 4 : i + 7])
        return "swap" if named or _USED_BEFORE.match(v.text_after(i + 2).lower()) else None
    if v.at(i + 1) != "with":
        return None
    picked = v.at(i + 3) if v.at(i + 2) == "the" else v.at(i + 2)
    if _names_a_day(picked) or picked in ("flow", "it", "that", "this", "them", "you", "us",
                                          "y'all") or (picked == "your" and v.at(i + 3) in (
                                              _HIRED)):
        return None  # (nor "go with the flow", "go with it", "go with your agency": hired)
    return AS_USUAL


_HIRED = words("agency team company firm studio proposal quote offer services shop")
# "the cream paper we used in 2026", "the font you had before": what the work was made with.
_USED_BEFORE = re.compile(r"^\s*(?:the|our)\s+(?:[\w'-]+\s+){1,3}?(?:we|you)\s+(?:used|had|did|"
                          r"ran|printed|chose)\b(?!\s+(?:to|for)\s+(?:meet|call|talk))")
_STOCKS = words("paper papers stock stocks card finish finishes")
_BACK_TO_PEOPLE = words("you u them him her us me team client clients board boss owner owners "
                        "partners legal management manager director ceo printer vendor office")
# What a client goes back to: an earlier version of the work.
_BACK_TO_A_VERSION = words("first original previous old older earlier last v1 version versions "
                           "draft round colour color colours colors layout headline design scheme")


def _revert(v: View, i: int) -> str | None:
    """"Let's revert to the original colour scheme", "please revert the logo to the previous
    version"; not Indian English "please revert by EOD", "revert to you" (to answer) or
    "kindly revert the signed copy to us"."""
    k = i + 1
    piece = _wished_piece(v, k)
    if piece is not None:
        k = piece + 1  # "revert the logo (back) to ...": a piece of the work named
    k += v.at(k) == "back"
    if v.at(k) != "to" or v.at(k + 1) in ("you", "u", "me", "us"):
        return None
    if _BACK_TO_A_VERSION & set(v.n[k + 1 : k + 5]) or _BACK_AS_IT_WAS.match(v.text_after(k)):
        return "swap"
    return None


# "... back to how it was", "to what we had before", "to v1": an earlier round, said so.
_BACK_AS_IT_WAS = re.compile(r"\s*(?:how|what|the way) (?:it|they|we) (?:was|were|had|looked|"
                        r"had it)\b", re.IGNORECASE)


# Where and when a thing is done, not how it looks: "do the presentation in person"
_DONE_ELSEWHERE = words("person at over via during tonight tomorrow today week")
# How a piece is done: "in red", "without the border", "a bit bigger", "smaller"
_DONE_AS = words("in on with without as a slightly") | COMPARATIVE_OK | _MADE_SIZE


_LANGUAGE_WORK = words("translation translations transcreation version versions subtitles "
                       "captions voiceover dub edition")


def _do(v: View, i: int) -> str | None:
    """"also do a Spanish version", "do another cut": more work, not a change of it; "can we
    do Jan 26?": another day for the work; "can we do 10am tmrw for the call" books a meeting;
    "can you do the headline in red?", "do the logo a bit bigger": a piece done some way."""
    if (MEETINGS | SUBJECT_EXCLUDE) & set(v.n[i + 1 :]) or _CLOCK.match(v.text_after(i).lower()):
        return None
    if _names_a_day(v.at(i + 1)):
        return "move_date"
    deliverable = any(w in DELIVERABLES for w in v.n[i + 1 : i + 6])
    if v.at(i + 1) in ("a", "an", "another") and ("also" in v.n[:i] or deliverable):
        return "add"
    if v.at(i + 1) in ("the", "a") and v.at(i + 2) in _LANGUAGES and (
            v.at(i + 3) in DELIVERABLES or v.at(i + 3) in _LANGUAGE_WORK):
        return "add"  # "please have your team do the Spanish transcreation": a language more
    piece = _piece_after(v, i)
    if piece is not None and v.at(piece + 1) in _DONE_AS \
            and not _DONE_ELSEWHERE & set(v.n[i + 1 :]) \
            and not any(_names_a_day(w) and not w.isdigit() for w in v.n[i + 1 :]):
        return "edit"  # "can you do the headline in red?" (not "do the intro at the meeting",
        # nor "do our ads need the logo?", where "do" asks a question)
    return None


def _prepare(v: View, i: int) -> str | None:
    """"the client has asked to also prepare one vertical version", "please create another
    size": more of the work; not "please prepare the files for print" (the job itself)."""
    more = "also" in v.n[max(0, i - 3) : i] or v.at(i + 1) in ("another", "additional", "extra")
    if more and any(w in DELIVERABLES for w in v.n[i + 1 : i + 6]):
        return "add"
    return None


_SOLD = words("units unit items pieces cases pallets boxes bottles pairs copies tickets seats "
              "products stock inventory")


def _move(v: View, i: int) -> str | None:
    """"move the logo to the left", "shift the launch to May 3"; not "we need to move 5,000
    units" (to sell them: a goal, not a change of the work)."""
    ahead = v.n[i + 1 : i + 5]
    if any(w[:1].isdigit() or w in _SOLD for w in ahead[:2]) and _SOLD & set(ahead):
        return None
    if v.at(i + 1) in ("fast", "quickly", "quick", "swiftly", "along", "on", "faster"):
        return None  # "we need to move fast on this one": haste, nothing moved
    if _TO_ANOTHER_HAND.search(v.lower):
        return None  # "we've decided to move our print work to an in-house designer"
    return AS_USUAL


_TO_ANOTHER_HAND = re.compile(
    r"\b(?:move|moving|shift|shifting)\s+(?:our|the|all|some)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:work|account|business|jobs?)\s+(?:over\s+)?to\s+(?:an?|another|our|a new|the)?\s*"
    r"(?:in-house|inhouse|agency|designer|team|vendor|printer|supplier|freelancer|partner)")


def _bring(v: View, i: int) -> str | None:
    """"bring the launch forward"."""
    return "move_date" if {"forward", "up", "back"} & set(v.n[i + 1 : i + 8]) else None


def _include(v: View, i: int) -> str | None:
    """"also include the store hours", "include a QR code on the back as well"."""
    more = "also" in v.n[: i + 1] or _AS_WELL.search(v.lower) or v.at(v.last - 1) == "too"
    return AS_USUAL if more else None


def _take(v: View, i: int) -> str | None:
    """"take out the price", "take it down", "take the phone number off the front" (not
    "take the day off", "take a look")."""
    if {v.at(i + 1), v.at(i + 2)} & {"out", "off", "down"}:
        return AS_USUAL
    if v.at(i + 1) not in DETS - {"it", "them"} or v.at(i + 2) in ("day", "week", "time"):
        return None
    ahead = _quotes_as_one(v.n[i + 2 : i + 14])[:5]
    stop = next((j for j, w in enumerate(ahead) if w in CLAUSE_PUNCT), len(ahead))
    return AS_USUAL if {"out", "off"} & set(ahead[:stop]) else None


def _quotes_as_one(words: list[str]) -> list[str]:
    """``words`` with each quoted stretch one word ('take the "free parking" line off': the
    line is one thing; not 'take the "day off" idea': its "off" is quoted)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        if words[k] in _OPENING_QUOTES:
            end = next((j for j in range(k + 1, len(words)) if words[j] in _CLOSING_QUOTES), None)
            if end is not None:
                out.append("<quoted>")
                k = end + 1
                continue
        out.append(words[k])
        k += 1
    return out


# (not "let's get the agency on it", "get the team on it": people put to work)
_ON_THERE = re.compile(r"^(?:the|our|a|an) (?!(?:agency|team|designer|designers|printer|studio|"
                       r"guys|folks|people|staff|crew)\b)[\w' -]{1,30}? (?:on|onto|in|into) "
                       r"(?:there|it|them)\b")


def _get(v: View, i: int) -> str | None:
    """"get rid of the border"; "get it down to five words" (an edit); "get subtitles burned
    in" (added)."""
    if v.at(i + 1) == "rid":
        return AS_USUAL
    if any(v.n[k] in ("burned", "burnt", "baked") and v.at(k + 1) == "in"
           and WORK_PARTS & set(v.n[i + 1 : k]) for k in range(i + 2, min(i + 5, len(v.n)))):
        return "add"
    if MEETINGS & set(v.n):
        return None  # "could we get the bigger room for the meeting?"
    ahead = v.n[i + 1 : i + 5]
    if ("down" in ahead and "to" in v.n[i + 2 : i + 7]) or any(w in _SHORTER for w in ahead):
        return "edit"
    if _ON_THERE.search(" ".join(v.n[i + 1 : i + 9])):
        return "add"  # "any chance we could get the brewery address on there too?"
    if v.at(i + 1) in DETS:  # "can we get the license number added to all the flyers?"
        for k in range(i + 2, min(i + 6, len(v.n))):
            done = PARTICIPLE_ACTION.get(v.n[k]) or ("edit" if v.n[k] in EDIT_PARTICIPLES
                                                     else None)
            if done and done != "move_date" and (WORK_PARTS | DELIVERABLES | _MADE_PIECES) \
                    & set(v.n[i + 2 : k]) and not v.negated_before(i):
                return done
            if v.n[k] in CLAUSE_PUNCT or v.n[k] in ("to", "by", "for", "from"):
                break
    if v.at(i + 1) in DETS:  # "get the floor plans in the brochure a bit bigger"
        for k in range(i + 3, min(i + 10, len(v.n))):
            if v.n[k] in _WANTED_COMPARATIVE:
                return "edit"
            if v.n[k] in ("to", ",", ".", "?", "for", "and", "by"):
                break
    return None


def _call(v: View, i: int) -> str | None:
    """"call off the radio spots"."""
    return AS_USUAL if "off" in (v.at(i + 1), v.at(i + 2), v.at(i + 3)) else None


# One of the writer's own asks taken back: "scratch my first point", "ignore my last comment"
_OWN_ASKS = words("point points comment comments note notes change changes request requests "
                  "ask one item bit suggestion")


def _scratch(v: View, i: int) -> str | None:
    """"scratch the radio spot" cancels work; "scratch my first point below" takes back one of
    the writer's own asks (nothing to change)."""
    if v.at(i + 1) in ("my", "our", "that", "the") and _OWN_ASKS & set(v.n[i + 2 : i + 5]):
        return None
    return AS_USUAL


def _try(v: View, i: int) -> str | None:
    """"try a serif", "try it in blue" (another take); not "try to get 20% of our customers
    onto the app" (an attempt: the verb after "to" says what, and is read on its own)."""
    if v.at(i + 1) == "to" and v.at(i + 2) in CHANGE_VERBS and v.at(i + 2) != "try":
        return verb_action(v, i + 2)  # "let's try to make the logo bigger": that verb's ask
    return None if v.at(i + 1) in ("to", "and", "our", "my") else AS_USUAL


def _adapt(v: View, i: int) -> str | None:
    """"adapt the colour of the header to our CI", "adapt the flyer for Instagram"; not "adapt
    to the market" (the business changing, not the work)."""
    return AS_USUAL if v.at(i + 1) in _ONE_OF_OURS | {"it", "them", "all", "both"} else None


_SPLIT_INTO = words("into up")
_NOT_SPLIT = words("bank news ice record records even ground down glass heart rules habit "
                   "deal leg silence tie fall out")


def _split(v: View, i: int) -> str | None:
    """"break it into one card per day", "split the page into two columns", "break up the long
    paragraph": a piece of the work divided (not "break into the Texas market", "break the
    news", "break it down for me", "split the cost with ...")."""
    if v.at(i + 1) in _SPLIT_INTO and v.at(i + 1) != "up":
        return None  # "break into a new market"
    if v.at(i + 1) not in _ONE_OF_OURS | {"it", "them", "this", "that", "up"}:
        return None
    ahead = v.n[i + 1 : i + 6]
    if _NOT_SPLIT & set(ahead) or BILLING & set(ahead):
        return None
    return "edit" if _SPLIT_INTO & set(ahead) else None


_TOLD_TO = words("him her them me us tom the team everyone anyone")


def _mention(v: View, i: int) -> str | None:
    """"Please mention our new location", "can we mention it?": words added to the piece (not
    "mention that we're closed", a note to the reader; not "mention it to Tom", an errand)."""
    if v.at(i + 1) not in ("the", "our", "a", "an", "it", "them", "this", "both", "free"):
        return None
    ahead = v.n[i + 1 : i + 7]
    if "to" in ahead and v.at(i + 1 + ahead.index("to") + 1) in _TOLD_TO:
        return None
    if v.at(i + 1) in ("it", "them", "this") and not (
            WORK_PARTS & set(ahead) or v.unit.text.rstrip().endswith("?")):
        return None  # "Our open house is January 13, it would be nice to mention it." (a
        # brief's wish; the set reads "can we mention it?" and "mention it on the flyer")
    return "add"


def _tag(v: View, i: int) -> str | None:
    """"can we tag @citybakery?", "please tag the photographer" (not "price tag", "tag along",
    "they tagged us last week")."""
    nxt = v.at(i + 1)
    if nxt.startswith("@") or nxt == "@" or (nxt in DETS | {"our", "them", "him", "her"}
                                              and v.at(i + 2) not in ("along", "")):
        return "add"
    return None


def _pull(v: View, i: int) -> str | None:
    """"pull the launch forward" (a date), "pull the banner" (a cancel), not "pull together"."""
    nxt = v.at(i + 1)
    if nxt in ("forward", "ahead") or "forward" in v.n[i + 2 : i + 7]:
        return "move_date"  # (and "pull the retreat ads forward to Monday")
    if nxt == "together" or nxt not in DETS:
        return None
    return AS_USUAL


def _hold(v: View, i: int) -> str | None:
    """"hold the radio spots", "hold off"; "hold on the product shot a second longer" (an
    edit of a cut); never "hold on" alone."""
    nxt = v.at(i + 1)
    if nxt == "on" and v.at(i + 2) in DETS and {"longer", "more", "extra"} & set(v.n[i + 3 :]):
        return "edit"
    if nxt == "on" or (nxt != "off" and nxt not in DETS):
        return None
    if v.at(i + 2) in ("date", "day", "dates", "evening", "line", "door", "room", "table"):
        return None  # "please hold the date for our gala": an invitation, a phone line
    return AS_USUAL


# What a client drops into a folder: "drop the files in the shared folder" hands them over.
_DELIVERED_THINGS = words("files file assets artwork artworks photos images logos fonts link "
                          "links them it everything")


def _stop(v: View, i: int) -> str | None:
    """"stop the print run", "drop the second paragraph"; not "stop by", "drop me a line",
    "drop off", nor "drop the files in the shared folder" (a hand-over)."""
    if v.at(i + 1) in ("by", "me", "us", "a", "off", "in", "date", "dates", "day", "-"):
        return None  # ... and "drop date 1/15", a day the mail goes out
    if v.n[i] == "drop" and (_DELIVERED_THINGS & set(v.n[i + 1 : i + 4])) and (
            {"in", "into", "onto", "over", "to"} & set(v.n[i + 2 : i + 6])):
        return None
    return AS_USUAL


def _cut(v: View, i: int) -> str | None:
    """"cut the last scene", "cut back"."""
    return AS_USUAL if v.at(i + 1) in DETS | {"back", "down"} else None


def _fix(v: View, i: int) -> str | None:
    """"fix the typo"; "fix a time for a call" is scheduling."""
    if v.at(i + 1) in ("a", "up") and v.at(i + 2) in ("time", "date", "call", "meeting"):
        return None
    return AS_USUAL


def _spell(v: View, i: int) -> str | None:
    """"spell out the company name", "spell it Katherine with a K", "spell her name with
    two l's" (not "can you spell that for me?")."""
    if "out" in (v.at(i + 1), v.at(i + 2), v.at(i + 3)):
        return AS_USUAL
    ahead = v.n[i + 1 : i + 8]
    return "edit" if "with" in ahead and v.at(i + 1) not in ("me", "us") else None


def _pop(v: View, i: int) -> str | None:
    """British "pop the new logo in the footer", "pop a line about parking on the back" (and
    "chuck", "whack", "slap", "stick" it on); not "pop by", "pop over", "pop in on Friday" (a
    visit) or "pop-up"."""
    if v.at(i + 1) not in DETS | {"it", "them", "this", "that"}:
        return None
    ahead = v.n[i + 2 : i + 9]
    if {"in", "into", "on", "onto", "at", "under", "above"} & set(ahead):
        return AS_USUAL
    # Australian "whack the logo up the top", "chuck it down the bottom"
    return AS_USUAL if any(w in ("up", "down") and v.at(i + 3 + k) == "the" and v.at(i + 4 + k)
                           in ("top", "bottom", "front", "back", "corner", "side")
                           for k, w in enumerate(ahead[:5])) else None


def _knock(v: View, i: int) -> str | None:
    """"knock the headline down to one line", "knock 10% off the price"; not "knock on
    wood" or "knock it out of the park"."""
    ahead = v.n[i + 1 : i + 7]
    return AS_USUAL if ("down" in ahead or "off" in ahead or "back" in ahead) \
        and v.at(i + 1) not in ("on", "out", "off") else None


def _with_particle(particles: frozenset[str], action: str) -> VerbCheck:
    """A verb that is a change only with its particle, next or after a short object: "beef
    up the product section", "dial the orange back", "slot in a line", "sub in the photo"."""
    def check(v: View, i: int) -> str | None:
        return action if particles & set(v.n[i + 1 : i + 5]) else None
    return check


def _sort_out(v: View, i: int) -> str | None:
    """"Can you sort that by Friday?", "sort out the typo" (a fault fixed), not "sort the
    files by date"."""
    return "edit" if v.at(i + 1) in ("it", "this", "that", "them", "out") else None


def _livened(v: View, i: int) -> str | None:
    """"Punch up the colours", "amp the intro up": livelier, said of the work (not "liven
    things up at the party")."""
    ahead = v.n[i + 1 : i + 5]
    return "edit" if "up" in ahead and "things" not in ahead else None


def _revisit(v: View, i: int) -> str | None:
    """"Perhaps we could revisit the headline" (a part of the work), not "revisit this in
    January"."""
    if _LATER.search(v.lower, v.char_span(i)[1] - v.unit.start):
        return None  # "let's revisit the signage in August once we know": put off, not asked
    return "edit" if WORK_PARTS & set(v.n[i + 1 : i + 5]) else None


_LATER = re.compile(
    r"\b(?:in|by|around|after)\s+(?:the\s+)?(?:new year|spring|summer|fall|autumn|winter|q[1-4]|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|"
    r"\b(?:once|when|after)\s+(?:we|they|the|it|things)\b|\blater\b|"
    r"\bnext\s+(?:week|month|year|quarter|season|time)\b")


VERB_CHECKS: dict[str, VerbCheck] = {
    "revisit": _revisit,
    "sort": _sort_out,
    "beef": _with_particle(words("up"), "edit"),
    "jazz": _with_particle(words("up"), "edit"),
    "punch": _livened,  # "punch up the colours"
    "amp": _livened,
    "liven": _livened,
    "pep": _livened,
    "dial": _with_particle(words("back down up"), "edit"),
    "slot": _with_particle(words("in into"), "add"),
    "sub": _with_particle(words("in out"), "swap"),
    "pop": _pop,
    "chuck": _pop,  # Australian "chuck the new logo on the footer"
    "whack": _pop,
    "slap": _pop,
    "stick": _pop,  # "stick the logo on the back"; not "stick to the brand colours"
    "knock": _knock,
    "spell": _spell,
    "make": _make,
    "use": _use,
    "go": _go,
    "revert": _revert,
    "do": _do,
    "move": _move,
    "put": _put,
    "zoom": _zoom,
    "slide": _slide,
    "shift": _move,
    "prepare": _prepare,
    "create": _prepare,
    "produce": _prepare,
    "bring": _bring,
    "include": _include,
    "take": _take,
    "get": _get,
    "call": _call,
    "try": _try,
    "adapt": _adapt,
    "scratch": _scratch,
    "pull": _pull,
    "break": _split,
    "mention": _mention,
    "tag": _tag,
    "split": _split,
    "hold": _hold,
    "stop": _stop,
    "drop": _stop,
    "cut": _cut,
    "fix": _fix,
}


def verb_action(v: View, i: int) -> str | None:
    """The action of change verb ``i`` if its neighbours make it a change, else None."""
    word, nxt = v.n[i], v.at(i + 1)
    if word not in CHANGE_VERBS:
        return None  # a cue word the view reads otherwise ("call to action": the CTA)
    if nxt in _COPULAS:
        return None  # "Shrink was up 3% last quarter": a noun, the sentence's subject
    ruled = v.at(i - 1) in ("must", "should") or (
        v.at(i - 1) == "to" and v.at(i - 2) in ("need", "needs", "has", "have")
    )
    if word == "use" and (ruled or v.search_once(USE_RULE)):
        return None  # "every asset needs to use the new names": a rule, see requirements
    strong = v.at(i - 1) == "must" or (v.at(i - 1) == "to" and v.at(i - 2) in ("has", "have"))
    if strong and EVERY & set(v.n[:i]):
        return None  # "Every ad must say 'Attorney Advertising'": a rule for all work
    if word in ("make", "use", "go") and v.has("INSTEAD") and not MEETINGS & set(v.n[i + 1 :]):
        return "swap"  # "Make the button green instead of blue", "use B instead" (not "can
        # you make the call at 3 instead?": a meeting moved)
    after = v.n[i + 1 : i + 4]
    if nxt in ("me", "us", "you") or (nxt not in _QUOTE_MARKS and any(
            w in SUBJECT_EXCLUDE - {"me", "us"} and (w != "catch" or v.at(i + 2 + k) == "up")
            for k, w in enumerate(after))):
        return None  # "move our catch-up", not "revise the catch copy" (nor 'add "By
        # appointment" under the address': words to print)
    if word in _RESCHEDULING and (_meeting_in_object(v, i) or (_TO_A_CLOCK_TIME.search(
            v.lower, v.char_span(i)[0] - v.unit.start) and not _TIME_PRINTED.search(v.lower))):
        return None  # "change the date of our call", "move the review from 2pm to 4pm" (not
        # "change the open house time to 6 pm, not 5 pm": the time the piece prints)
    if nxt == "nothing" or _ADMIN_OBJECTS & set(v.n[i + 1 : i + 5]):
        return None  # "hide nothing", "combine the two invoices": not the work
    if v.search_once(_ADMIN_PLACE):
        return None  # "remove John from the email thread", "change my email in your system"
    check = VERB_CHECKS.get(word)
    if check is not None:
        verdict = check(v, i)
        if verdict != AS_USUAL:
            return verdict
    if word in ("increase", "decrease", "reduce", "raise", "lower", "bump") and any(
            s > i for s, _ in v.rel("METRIC")):
        return None  # "increase sign-ups by 15%" is an objective (not "orders are crazy, can
        # we bump the print run to 5,000?": the measure is the reason, before the verb)
    if word in _ALSO_NOUNS and nxt not in DETS | _OBJECT_OPENERS:
        return None  # "Fit and finish are great", "speed matters": a noun, not an order
    if word == "move" and nxt in ("in", "out", "on", "house", "office", "offices", "into"):
        return None  # "once you move in", "we move offices in May": people, not the work
    if word == "move" and v.at(i + 2) == "needle":
        return None  # "move the needle on awareness": a goal
    if word in ("reposition", "position", "shift") and (
            v.at(i + 1) in ("ourselves", "us") or (
                v.at(i + 2) in ("brand", "company", "business") and v.at(i + 3) not in WORK_PARTS)):
        return None  # "we want to reposition the brand as premium": a goal for the business
        # (not "shift the brand colour to a darker blue")
    if word == "push" and nxt == "back" and v.at(i + 2) == "on":
        return None  # "push back on legal": to argue with someone, not to move a date
    if word == "push" and (nxt in ("hard", "harder") or (
            _capitalised(v, i + 1) and not _names_a_day(nxt) and nxt not in _ANY_PIECE
            and not _MOVED_ON.intersection(v.n[i + 2 : i + 5]))):
        return None  # "we want to push Invisalign this fall": to promote it, nothing moved
    if word == "add" and (v.at(i - 2), v.at(i - 1)) in _SPEAKING and _ADDED_REMARK.match(
            v.unit.text, v.char_span(i)[1] - v.unit.start):
        return None  # "I'd add that the client loved it": the writer's remark, not the work's
    if word == "put" and _MONEY_PLACED.match(v.unit.text, v.char_span(i)[1] - v.unit.start):
        return None  # "let's put $5k into Facebook": money placed, a budget (see money)
    if word in ("push", "move", "shift"):
        rest = v.unit.text[v.char_span(i)[0] - v.unit.start :]
        if _MONEY_MOVED.match(rest):
            return "edit"  # "shift $15,000 from Meta into the last week of August": money
        return "move_date" if _dated(rest) else "edit"
    return CHANGE_VERBS[word]


_COPULAS = words("was were is are has had")


_MOVED_ON = words("to until till back out by forward up off a one two another 's")


def _capitalised(v: View, k: int) -> bool:
    """Whether word ``k`` is written with a capital (a name, mid-sentence)."""
    if k >= len(v.n) or k <= v.first:
        return False
    start, _ = v.char_span(k)
    return v.unit.text[start - v.unit.start : start - v.unit.start + 1].isupper()
# Change verbs that are as often nouns or adjectives: an order only before its object
# ("fit the allergy note under each dish", "slow it down a touch", "speed up the intro")
_ALSO_NOUNS = words("fit slow speed")
_OBJECT_OPENERS = words("it them this that these those in up down everything all both")
_MONEY_PLACED = re.compile(r"\s+(?:another\s+|an extra\s+|an additional\s+)?(?:[$€£¥]\s?\d|"
                           r"\d[\d,.]*\s?(?:k|K|grand|eur|EUR|usd|USD|gbp|GBP|euros?|dollars?)\b)")
_MISLAID = words("file files attachment attachments link links email emails package parcel "
                 "proof proofs sample samples original originals assets password")
_SPEAKING = {("i", "'d"), ("i", "would"), ("i", "will"), ("i", "'ll"), ("let", "me")}
_ADDED_REMARK = re.compile(
    r"\s+that\s+(?:we|i|you|they|it|he|she|there|the\s+\w+\s+(?:is|was|are|were|has|had|"
    r"loved|liked|said|says|thinks|thought|wants|wanted|will|would|can|could))\b", re.IGNORECASE)
_ADMIN_OBJECTS = BILLING | {"po", "password", "passwords", "login", "logins", "username"}
_ADMIN_PLACE = re.compile(
    r"\b(?:from|to|in|on|off|into) (?:the |this |our |your |my )?(?:(?:e-?mail|mailing|"
    r"distribution|contact|cc) (?:list|thread|chain)|e-?mail thread|thread|loop|cc line|"
    r"address book)\b|\b(?:in|from|to|into) (?:your|our) (?:system|database|crm|records)\b")
_CLOCK = re.compile(r"\s*\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)\b")
_TO_A_CLOCK_TIME = re.compile(r"\b(?:to|until|till)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)"
                              r"day\s+at\s+\d{1,2}(?::\d\d)?\b|\d{1,2}(?::\d\d)?\s?(?:am|pm|"
                              r"a\.m\.|p\.m\.)(?!\w))|\b(?:check-in|catch-up|kick-off|stand-up|"
                              r"one-on-one|touch base|touchpoint|status call)\b")
_RESCHEDULING = words("change move push shift reschedule postpone delay bring")
# A time the piece prints, put right: "change the open house time to 6 pm, not 5 pm", "the
# time on the invitation"
_TIME_PRINTED = re.compile(r"\d\s?(?:am|pm|a\.m\.|p\.m\.),?\s+not\s+(?:at\s+)?\d|"
                           r"\b(?:on|in)\s+the\s+(?:invitations?|invites?|flyers?|posters?|"
                           r"ads?|emails?|cards?|banners?|signs?|menus?|website|page)\b")


def _meeting_in_object(v: View, i: int) -> bool:
    """Whether the object of verb ``i``, up to the clause's end, names a meeting."""
    for k in range(i + 1, min(i + 8, len(v.n))):
        w = v.n[k]
        if w in ("-", "to", "from", "until", "till") or w in CLAUSE_PUNCT:
            return False  # "the call-to-action", "move it to the call's slot"
        if w == "as" and v.at(k + 1) in ("discussed", "agreed", "mentioned", "per", "we", "said"):
            return False  # "change the tagline as discussed on call": where it was asked
        if w in SUBJECT_EXCLUDE - {"me", "us"} and v.at(k + 1) != "-":
            return True
    return False


def _opens_with_tag(v: View, close: int) -> bool:
    """Whether the unit opens with a short bracketed tag ending at ``close``: "[p.5]",
    "(slide 3)"."""
    opener = "[" if v.n[close] == "]" else "("
    k = close - 1
    while k >= 0 and close - k <= 4 and v.n[k] != opener:
        k -= 1
    return k >= 0 and v.n[k] == opener and k <= v.first


# "Feel free to adjust the spacing if needed, your call": leave given, not a change asked
_LEAVE_GIVEN = re.compile(r"\bfeel free to\b[^.;]*\b(?:if (?:needed|necessary|you (?:want|like|"
                          r"think)|it helps)|your call|up to you|as you see fit)\b"
                          # "Feel free to change anything you think needs it.": no one change
                          r"|\bfeel free to\s+\w+\s+(?:anything|whatever|what(?:ever)? you)\b")


def frame_before(v: View, i: int) -> tuple[int, float] | None:
    """(first word of the request frame, confidence) when verb ``i`` is a request.

    A verb opening the unit or a clause is an imperative ("Swap the logo", "In
    spot 3, replace ..."); after a comma it must be followed by its object.
    """
    j = i - 1
    while j >= 0 and v.n[j] in WORD_FILLERS:
        j -= 1
    if v.at(j) in ("]", ")") and _opens_with_tag(v, j):
        return (i, 0.85)  # '[p.5] delete "new"': an imperative after a page tag
    if v.at(j) == "|" and "|" not in v.n[j + 1 : i]:
        return (i, 0.8)  # "Home | Replace “cheap” with ...": a table cell's imperative
    for fs, fe in v.rel("FRAME"):  # "For the booth, please use ...": a frame among the fillers
        if j < fe - 1 < i and j >= 0:
            return (fs, 0.9)
    if j < 0:
        return (0, 0.85) if not v.status_question else None
    if _LEAD_PLACE.fullmatch(" ".join(v.n[v.first : j + 1])) and not v.status_question \
            and v.at(i + 1) in _OBJECT_STARTS:
        return (v.first, 0.75)  # "For #3 make it blue though", "For the cover make it blue":
        # the place the imperative is for, typed without its comma
    if j == v.first + 2 and v.n[v.first : j + 1] == ["is", "possible", "to"] \
            and v.unit.text.rstrip().endswith("?"):
        return (v.first, 0.8)  # a learner's "Is possible to put the subtitles in Portuguese?"
    if "but" in v.n[j + 1 : i] and (v.at(i + 1) in _OBJECT_STARTS or (
            v.at(i + 1) in _PARTICLES and v.at(i + 2) in _OBJECT_STARTS)):
        return (i, 0.75)  # "same look as last year is fine but swap in the new ring photos"
    if ((v.n[j] in (",", "and") and j == 1) or (j == 0 and v.at(1) == "and")) \
            and v.n[0] in ANSWERS and not v.status_question:
        return (i, 0.8)  # "No, swap for the bowl shot we sent last week": an answer's ask
        # ("yes and take out the roses at $49": a chat's answer run on)
    if v.n[j] in CLAUSE_PUNCT:
        k = j - 1
        while k >= 0 and v.n[k] in FILLERS:
            k -= 1
        if k < 0 and j > 0 and not v.status_question:
            return (0, 0.85)  # "Also, add two pages", "Lastly, shift $15,000 ...": an opener
        if v.n[j] in (":", ";") or v.at(i + 1) in _OBJECT_STARTS or (
                v.at(i + 1) in _PARTICLES and v.at(i + 2) in _OBJECT_STARTS):
            return (i, 0.75)  # "Also, swap the photo", "Also, tone down the orange"
        return None
    for fs, fe in v.rel("FRAME"):
        if fe - 1 == j or (fe - 1 < j and all(x in WORD_FILLERS for x in v.n[fe:i])):
            return (fs, 0.9)
        if v.n[j] in ("you", "u") and v.at(j - 1) == "that" and fe - 1 == j - 2:
            return (fs, 0.8)  # a learner's "I would like that you change the background"
    if v.n[j] in ("'d", "would") and v.at(j - 1) == "i" and j - 1 == v.first:
        return (j - 1, 0.8)  # advice that asks: "I'd move the CTA above the fold"
    if v.n[j] == "to" and v.at(j - 1) in ("need", "needs"):
        before = set(v.n[max(0, j - 6) : j - 1])
        if before & _ANY_PIECE and not before & {"we", "i", "you", "they"}:
            return (j - 1, 0.7)  # a learner's "the poster need to change the color"
    if "and" in v.n[j + 1 : i] and v.at(i + 1) in _OBJECT_STARTS:
        # "Please check the attached and revise the price": a second verb of the same request
        for fs, fe in v.rel("FRAME"):
            if fe - 1 < j and not any(x in CLAUSE_PUNCT for x in v.n[fe:j]):
                return (fs, 0.8)
    return None


# A place the imperative after it is for: "for #3", "for the cover", "on the back page"
_LEAD_PLACE = re.compile(r"(?:for|on|in) (?:# ?\d{1,2}|\d{1,2}|(?:the|our|this) [a-z-]+"
                         r"(?: [a-z-]+)?|page \d{1,3}|slide \d{1,3}|option [a-z0-9]|"
                         r"version [a-z0-9])")


def _conditional(v: View, i: int, frame_start: int) -> bool:
    """Verb ``i`` sits in an if/when clause that is not itself the request ("if you could")."""
    k = i - 1
    while k >= 0 and v.n[k] not in CLAUSE_PUNCT:
        if v.n[k] in _CONDITIONALS and not frame_start <= k < i:  # "what if we", "if you could"
            return not _POLITE_IF.match(" ".join(v.n[k : k + 8]))
        k -= 1
    return False


# A courtesy, no condition: "if it's not too much trouble could you swap the blue for teal"
_POLITE_IF = re.compile(r"^if (?:it 's|it is|it s) not too much (?:trouble|bother|hassle)|"
                        r"^if possible\b|^if you don 't mind|^if you do not mind")


def _go_ahead(v: View, i: int) -> bool:
    """"Move ahead with the campaign", "move forward with it": approval, not a change
    ("move the launch forward to May 3" still is one)."""
    if v.at(i) not in ("move", "moving", "go", "push", "press", "carry"):
        return False
    after = v.at(i + 1)
    return after == "ahead" or (after == "forward" and v.at(i + 2) in ("with", "", ".", "!"))


# -- the rules -------------------------------------------------------------------------------


# "If the budget allows, we could add a second video later, but it's not essential": an
# idea the writer says is not needed
_NOT_NEEDED = re.compile(r"\b(?:it's|it is|that's|that is|this is)\s+(?:not|n't)\s+(?:essential|"
                         r"necessary|a must|required|critical|urgent|a priority)\b|"
                         r"\bbut\s+(?:it's|it is)\s+optional\b")


def not_needed_after_all(v: View) -> Verdict:
    """"..., but it's not essential": an idea offered, not a change asked (see
    ``_NOT_NEEDED``)."""
    return STOP if _NOT_NEEDED.search(v.lower) else None


def not_a_status_question(v: View) -> Verdict:
    """"Did you swap the tagline?" asks about work, it does not ask for it ("where is the QR
    code?" asks for a part the piece lacks: :func:`asked_where`)."""
    return STOP if v.status_question and not _WHERE_IS_A_PART.match(v.lower) else None


# "Nothing needed from you on the flyer since it doesn't list hours.": the writer says there
# is nothing to do (not "nothing needed on the flyer, but the poster needs the new hours")
_NOTHING_NEEDED = re.compile(r"^\W*(?:so\s+|and\s+)?(?:nothing|no\s+(?:action|changes?|edits?))\s+"
                             r"(?:is\s+|are\s+)?(?:needed|required|necessary|to\s+(?:do|change|"
                             r"fix))\b(?![^.;!?]*\b(?:but|except|however|though)\b)")


def nothing_needed(v: View) -> Verdict:
    """Nothing to do, said outright (see ``_NOTHING_NEEDED``)."""
    return STOP if _NOTHING_NEEDED.match(v.lower) else None


# "Where is the QR code?", "where's our logo?": a part of the piece looked for and not found
# (not "where are the proofs?", "where is the invoice?": the work or the paperwork itself)
_WHERE_IS_A_PART = re.compile(r"^\W*(?:and\s+|but\s+|also,?\s+)?where(?:'s| is| are)\s+(?:the|our|"
                              r"my)\s+(?P<part>[\w' -]{1,30}?)\s*\?\s*$")


_SENT_THINGS = words("file files pdf pdfs attachment attachments proof proofs draft drafts "
                     "invoice zip folder")


def asked_where(v: View) -> Verdict:
    """A part of the piece looked for (see ``_WHERE_IS_A_PART``)."""
    found = _WHERE_IS_A_PART.match(v.lower)
    if found is None or not WORK_PARTS & set(found["part"].split()) \
            or _SENT_THINGS & set(found["part"].split()) or found["part"] in ("link", "links"):
        return None  # (not "where's the logo file?", "where's the link?": something to send)
    return Hit(KIND, v.first, v.last, 0.7, "add")


# Feedback that names its kind, then the items: "Typos: 'accomodate' on p.2, 'seperate' on
# p.5", "Spelling: ..." (not "Typos: none", "Errors: none found")
_FAULTS_LISTED = re.compile(r"^\W*(?:typos?|spelling(?: mistakes| errors)?|misspellings?|"
                            r"errors?|mistakes?|corrections?)\s*(?::|\s-|–)\s*(?!none\b|nothing\b|"
                            r"n/?a\b|no\b|fine\b|ok\b|good\b|all good\b)\S")


def faults_listed(v: View) -> Verdict:
    """Faults listed after their kind (see ``_FAULTS_LISTED``)."""
    if _FAULTS_LISTED.match(v.lower) is None or v.past_only:
        return None
    return Hit(KIND, v.first, v.last, 0.7, "edit")


# What a piece says, then the truth: 'the second line says "Open 7 days" but we're closed
# Mondays', "the sale dates on the banner say Feb 1-7, it's actually Feb 3-9" (not "the
# review says it's great but we're not sure": no piece of ours says it)
_SAYS_BUT = re.compile(
    r"\b(?:says?|reads?|shows?|lists?|promises?|claims?|offers?|mentions?)\s+"
    r"(?:[\"“'‘][^\"“”'‘’]{1,60}[\"”'’]|[^,.;!?]{1,40}?)"
    # "the headline promises same-day delivery, we only do next-day"
    r"\s*(?:,\s*(?:but\s+)?we\s+(?:only|don't|do not|no longer|never)\b|"
    r",?\s*but\b|,\s*(?:it's|it is|they're|they are|we're|we are)\s+(?:actually|really|"
    r"now)\b|,\s*(?:it|that|they)\s+should\s+(?:be|say|read)\b|"
    # "my bio says I joined in 2012, it was 2011": the true figure
    r"(?P<truth>,\s*(?:but\s+)?(?:it|that)\s+(?:was|is|'s)\s+(?:actually\s+|really\s+)?"
    r"(?=[$€£]?\d))|"
    # "page 5 says we're closed on Tuesdays, that changed in May": no longer so
    r",\s*(?:that|this|which)\s+(?:has\s+|'s\s+)?changed\b(?!\s+(?:the|our|a|an|my|your|their|"
    r"its|his|her|everything)\b)|"  # (not "that changed the plan": a cause)
    r",\s*(?:that|this|which)(?:'s|\s+is)\s+(?:no\s+longer|not)\s+(?:true|right|correct|"
    r"the\s+case)\b|"
    # "the date says friday the 11th and it's saturday the 11th"
    r",?\s+(?:and|when|while)\s+(?:it's|it is|they're|they are)\s)")


_SAYS_NOW = ("says", "reads", "shows", "lists")


# The truth, then what a piece says: "the promo is only until August 31 but the banner says
# until September", "we close at 9, the poster says 10" (the piece named right before its verb)
_BUT_IT_SAYS = re.compile(
    r"(?:\bbut|,)\s+(?:the|our|your|this|that)\s+(?:[\w'-]+\s+){0,2}?(?P<verb>says|reads|shows|"
    r"lists)\b(?!\s+(?:that|it's|it is)\b)")


def says_but(v: View) -> Verdict:
    """A piece that says one thing when the truth is another (see ``_SAYS_BUT``,
    ``_BUT_IT_SAYS``)."""
    found = _SAYS_BUT.search(v.lower)
    if found is None:
        found = _BUT_IT_SAYS.search(v.lower)
        if found is not None and len(v.lower[: found.start()].split()) >= 3 \
                and not v.past_only:  # a truth before it ("Sam, the sign shop says": none)
            said_at = v.word_at(found.start("verb"))
            if _ANY_PIECE & set(v.n[max(0, said_at - 3) : said_at]):
                return Hit(KIND, max(v.first, said_at - 2), said_at, 0.7, "edit")
        return None
    if v.past_only and not (found.group("truth") and found.group().startswith(_SAYS_NOW)):
        return None  # (a piece that says it now is no story: "... says 2012, it was 2011")
    said_at = v.word_at(found.start())
    if not _ANY_PIECE & set(v.n[max(0, said_at - 5) : said_at]):
        return None
    return Hit(KIND, max(v.first, said_at - 3), said_at, 0.7, "edit")


# What a part of the piece should carry: "the subject line should mention the artist talk",
# "the headline should include the price" (a part, not a whole piece: "the ad should mention
# our 20 years" may be a brief's wish; not "every ad should ...": a rule)
_PART_SHOULD_CARRY = re.compile(
    r"\b(?:the|our|this|that)\s+(?P<part>[\w' -]{1,25}?)\s+should\s+(?:also\s+|really\s+)?"
    r"(?:mention|include|say|show|feature|list|highlight|carry|name|"
    # "the calendar on page 12 should drop the June 2 lecture": what it should no longer carry
    r"(?P<removed>drop|lose|omit|leave out|cut|remove))\b")
_PARTS_ALSO_SAID = words("subject caption captions footer footers header headers")
_WHOLE_PIECES = words("ad ads email emails banner banners poster posters flyer flyers video "
                      "videos spot spots post posts brochure brochures mailer deck site website "
                      "page campaign")


# A piece that needs what is new: "the booth staff uniforms need our new logo", "the
# brochure needs the updated address" (not "we need the new logo files": the writer's want;
# "every piece needs the new logo": a rule for all the work)
_NEEDS_THE_NEW = re.compile(r"(?:^\W*|[,;]\s+|\s)(?:(?:also|and|plus)\s+)?(?:the|our)\s+"
                            r"(?:[\w'-]+\s+){0,3}?"
                            r"(?:needs?|need)\s+(?:the|our)\s+(?:(?:new|updated|latest|current|"
                            r"revised)\s+\w|"
                            # "The end card needs the NCUA line": a legal line the piece lacks
                            r"(?:[\w'&.-]+\s+){0,2}?(?:line|disclaimer|disclosure|url|web "
                            r"address)\b)")


def needs_the_new(v: View) -> Verdict:
    """A piece of the work that needs what is new (see ``_NEEDS_THE_NEW``)."""
    found = _NEEDS_THE_NEW.search(v.lower)
    if found is None or v.past_only:
        return None
    start, at = v.word_at(found.start() + 1), v.word_at(found.end() - 1)
    named = v.n[start:at]
    if EVERY & set(named) or {"we", "i", "you"} & set(named):
        return None
    if not (WORK_PARTS | DELIVERABLES | _MADE_PIECES | _WORN) & set(named):
        return None
    return Hit(KIND, start, min(at, v.last), 0.7, "edit")


_WORN = words("uniform uniforms shirts shirt t-shirts aprons apron caps hats signage signs van "
              "vans truck trucks")


def part_should_carry(v: View) -> Verdict:
    """What a part of the piece should carry (see ``_PART_SHOULD_CARRY``)."""
    found = _PART_SHOULD_CARRY.search(v.lower)
    if found is None or v.past_only:
        return None
    named = found["part"].split()
    if not named or named[-1] in _WHOLE_PIECES or not (WORK_PARTS | _PARTS_ALSO_SAID) & set(named):
        return None
    at = v.word_at(found.start())
    if EVERY & set(v.n[max(0, at - 2) : at + 1]):
        return None
    return Hit(KIND, at, v.word_at(found.end() - 1), 0.7,
               "remove" if found["removed"] else "edit")


# An approval that waits for a change said with a gerund: "Approved pending the disclaimer
# going up to 8pt", "good to go pending the logo being swapped" (not "approved pending
# legal's review": a sign-off, not a change)
_APPROVED_PENDING = re.compile(
    r"\b(?:approved|good to go|ok|okay|fine|go ahead)\b[^.;!?]{0,20}?\bpending\s+(?:the|a|an|"
    r"our|your)\s+[\w' -]{1,30}?\s+(?:going|being|getting|moving|changing|coming|made|"
    r"swapped|fixed|changed|updated|corrected)\b"
    # "Approved with one change: the date should be Aug 20.", "Love it! Only thing - phone
    # number in bold please."
    r"|\b(?:approved|good to go|ok|okay|fine|love it|looks good|looks great)\b[^.;!?]{0,10}?"
    r"\bwith\s+(?:one|a|two|a few|a couple of)\s+(?:small\s+|minor\s+|little\s+)?(?:change|changes|"
    r"tweak|tweaks|edit|edits|fix|fixes)\s*[:-]\s*\S"
    r"|^\W*(?:the\s+)?only\s+thing\s*[:–—-]\s*\S")


def approved_pending(v: View) -> Verdict:
    """An approval that waits for a change (see ``_APPROVED_PENDING``), to the unit's end."""
    if (BILLING | MEETINGS) & set(v.n):
        return None  # ("Only thing - can you send the invoice to Jen?": the bill)
    return _asked_by_pattern(v, _APPROVED_PENDING, len(v.n), 0.7, "edit", now=True)


_RELAYING = words("ask tell get have request")


def _relayed(v: View, i: int) -> tuple[int, float] | None:
    """"Please ask the agency to change ...", "can you tell the designer to swap ...": a
    request passed on through someone, itself asked for (the frame of "ask")."""
    if v.at(i - 1) != "to":
        return None
    for k in range(max(0, i - 5), i - 2):
        if v.n[k] in _RELAYING and not v.negated_before(k):
            return frame_before(v, k)
    return None


# Someone else's ask passed on: "Tom said to swap ...", "the CEO would like us to add ...",
# "legal told us to remove ...", "got a note from Tom to ...", "Tom's request is to ...",
# "Tom suggested we swap ..." (not "Tom said not to swap", "I asked to see the proofs").
_PASSED_ON_TO = words("said says told tells asked asks wants wanted like needs request requests "
                      "requested note idea suggestion ask wish instruction instructions")
_PASSED_ON_WE = words("suggested suggests proposed proposes recommended recommends thinks "
                      "reckons said says feels insists insisted")
_PASSER_NOT = words("i me")
_NOT_TO = words("not never me n't")
_WANTING = words("wants wanted like needs wish")
_RULE_BOOKS = words("guide guidelines guideline policy manual rules rulebook book handbook code "
                    "charter standards")


def _passed_on(v: View, i: int) -> tuple[int, float] | None:
    """The frame of a change verb ``i`` asked by someone the writer quotes."""
    if v.at(i - 1) == "to":
        for k in range(max(v.first, i - 5), i - 1):
            between = set(v.n[k + 1 : i])
            if v.n[k] not in _PASSED_ON_TO or k == v.first or v.negated_before(k) \
                    or between & _NOT_TO or _PASSER_NOT & set(v.n[max(0, k - 2) : k]) \
                    or _RULE_BOOKS & set(v.n[max(0, k - 3) : k]):
                continue  # "Tom said not to ...", "told me to ...", "our brand guide says ..."
            if v.n[k] in _WANTING and not between & {"us", "you", "u", "them"}:
                continue  # "the client wants to add a second location": their own plan
            return (v.first, 0.75)
    if v.at(i - 1) in ("we", "you") and v.at(i - 2) in _PASSED_ON_WE | {"that"} and i - 2 > v.first:
        said = i - 2 if v.at(i - 2) != "that" else i - 3
        if v.at(said) in _PASSED_ON_WE and not v.negated_before(said) \
                and not _PASSER_NOT & set(v.n[max(0, said - 2) : said]):
            return (v.first, 0.75)
    return None


def _put_to_use(v: View, s: int) -> bool:
    """"We want to put it up in the waiting room", "we'll hang them in the lobby": the client
    putting the work to use, not changing it."""
    return v.n[s] in ("put", "hang", "stick", "pin") and v.at(s + 1) in ("it", "them") \
        and v.at(s + 2) in ("up", "out", "in", "on") and v.at(s - 1) in ("to", "'ll", "will")


def requested_verb(v: View) -> Verdict:
    """"Swap the tagline", "could we swap the tagline", "please, swap it"."""
    for s, e in v.rel("CR_VERB"):
        action = verb_action(v, s)
        if action is None or v.negated_before(s) or _go_ahead(v, s) or raised_money(v, s) \
                or _put_to_use(v, s):
            continue
        if v.at(s + 1) == ":" and v.n[s] in _NOUNS_AS_LABELS:
            continue  # "Tone: warm, a little playful": a brief's label, not "tone it down"
        frame = frame_before(v, s) or _relayed(v, s) or (
            None if v.past_only else _passed_on(v, s))
        if frame is None or (v.pleasantry and frame[1] < 0.9) or _conditional(v, s, frame[0]):
            continue
        if v.n[frame[0]] == "feel" and _LEAVE_GIVEN.search(v.lower):
            continue
        if v.n[frame[0]] in ("was", "were") and "but" in v.n[e:]:
            continue  # "we were hoping to swap suppliers, but the contract runs to June"
        if _decided_elsewhere(v, frame[0]) and (
                v.at(e) not in _ONE_OF_OURS or _piece_after(v, e - 1) is None):
            continue  # "the team decided to swap desks", "... to stop all audio this year":
            # someone's decision, not about one piece of ours
        if v.n[frame[0]] in ("you", "u") and v.at(frame[0] + 1) in _MUST_WORDS and (
                v.at(e) in ("your", "yours") or (v.n[s] in _GENERIC_VERBS
                                                 and not _ANY_PIECE & set(v.n[e : e + 8]))):
            continue  # "you need to update your address book", "you have to try the new taco
            # place": the agency's own things, a tip; not the work
        if v.at(e) in _VAGUE_THINGS and not _ANY_PIECE & set(v.n[e + 1 :]):
            continue  # "we need to move things around a bit": an announcement, no piece
        if v.n[s] in _ALSO_AN_ANSWER and all(not w.isalnum() or w in _THANKS
                                             for w in v.n[e:]):
            continue  # "[Correct.]" under a question: yes, not "correct it"
        if action == "edit" and v.has("INSTEAD"):
            action = "swap"
        return Hit(KIND, frame[0], e - 1, frame[1], action)
    return None


_NOUNS_AS_LABELS = words("tone look feel style format size colour color copy print finish "
                         "design title frame type")
_ONE_OF_OURS = words("the our this that these those its their")
_MUST_WORDS = words("need have 'll will")
_GENERIC_VERBS = words("try use go do get take put make call pull hold stop")
_ALSO_AN_ANSWER = words("correct right clear")
_THANKS = words("thanks thank you ty cheers yes yep")
_VAGUE_THINGS = words("things stuff")


def _decided_elsewhere(v: View, at: int) -> bool:
    """Whether the frame at ``at`` is a decision passed on ("the team decided to", "our board
    has decided to"), not the writer's own ("we decided to")."""
    k = at + (v.n[at] in ("has", "have", "'s", "'ve"))
    return v.at(k) == "decided" and v.at(at - 1) not in ("we", "i")


# "Please make the corrections marked in the PDF", "can you implement our feedback": changes
# asked for by name, their detail in a list or an attachment.
_APPLY_ANY = words("implement incorporate apply action")
_APPLY_CHANGES = _APPLY_ANY | words("make do carry effect")
_CHANGES_NAMED = words("changes change corrections correction edits amendments amendment "
                       "revisions tweaks fixes adjustments modifications alterations switch swap")
_ONCE = words("once after as")
_FEEDBACK = words("comments feedback notes markups mark-ups redlines")
_BEFORE_CHANGES = DETS | words("following few some small minor last final all requested "
                               "attached marked below above agreed discussed remaining "
                               "out these those our my your same other latest new")


_WORKED_IN = words("incorporated implemented applied actioned included addressed")


def _feedback_worked_in(v: View) -> Hit | None:
    """"Can we get a v2 with the feedback incorporated by EOW?": the changes asked for by
    name, as done to a version."""
    frames = v.rel("FRAME")
    for k in range(1, len(v.n)):
        if v.n[k] in _WORKED_IN and v.n[k - 1] in _FEEDBACK | _CHANGES_NAMED and frames \
                and frames[0][0] < k - 1 and not v.negated_before(k - 1):
            return Hit(KIND, frames[0][0], k, 0.75, "edit")  # (asked: "can we get ...")
    return None


def named_changes(v: View) -> Verdict:
    """"Please make the corrections marked in the PDF", "could you implement our feedback",
    "kindly do the changes below": a request for changes named as such; not "I'll make the
    changes myself", "thanks for making the changes", "once you make the changes"."""
    if v.past_only or v.status_question:
        return None
    if (worked_in := _feedback_worked_in(v)) is not None:
        return worked_in
    for i, word in enumerate(v.n):
        if word not in _APPLY_CHANGES:
            continue
        j = i + 1
        while v.at(j) in _BEFORE_CHANGES and j < i + 5:
            j += 1
        named = v.at(j) in _CHANGES_NAMED or (word in _APPLY_ANY and v.at(j) in _FEEDBACK)
        if not named or v.negated_before(i):
            continue
        if j == i + 1 and v.at(j + 1) in ("?", "at", "now", "still"):
            continue  # "Is it too late to make changes?": whether any can be made, none named
        if v.at(j + 1) in ("to", "on", "in") and (BILLING | MEETINGS | _PAPERWORK) & set(
                v.n[j + 2 : j + 5]):
            continue  # "we need to make changes to the contract": the paperwork, not the work
        frame = frame_before(v, i)
        if frame is None or _conditional(v, i, frame[0]) or v.n[frame[0]] in _ONCE:
            continue  # "once you make the changes, send a proof": asked elsewhere already
        return Hit(KIND, frame[0], j, 0.75, "edit")
    before = v.an.text[max(0, v.unit.start - 200) : v.unit.end].lower()
    if not _ATTACHED_NOTES.search(before):
        return None  # "legal's notes below, please work these in": the notes are the changes
    for i, word in enumerate(v.n[:-2]):  # "Please work them in": the comments in a PDF
        if word == "work" and v.at(i + 1) in _WORKED_ITEMS and v.at(i + 2) == "in" \
                and not v.negated_before(i) and (frame := frame_before(v, i)) is not None \
                and not _conditional(v, i, frame[0]) and v.n[frame[0]] not in _ONCE:
            return Hit(KIND, frame[0], i + 2, 0.75, "edit")
    return None


_WORKED_ITEMS = words("them these those it")
_ATTACHED_NOTES = re.compile(r"\b(?:attached|attachment|pdf|marked up|mark-?ups?|redlines?|"
                             r"annotat\w*)\b")


def _as_big(v: View, k: int) -> int:
    """Past "at least twice as" in "needs to be at least twice as big": where the size word
    sits, or ``k`` itself."""
    j = k
    if v.at(j) == "at" and v.at(j + 1) == "least":
        j += 2
    if v.at(j) in _TIMES:
        j += 1
    elif v.at(j + 1) == "times" and v.at(j) in ("two", "three", "four", "2", "3", "4"):
        j += 2
    if v.at(j) == "as" and v.at(j + 1) in _SIZE_WORDS:
        return j + 1
    return k


def _styled_or_placed(v: View, k: int) -> bool:
    """"in bold", "in red", "at the top", "on the left", "top right": how or where a piece
    of the work sits."""
    word, nxt = v.at(k), v.at(k + 1)
    if word == "in" and nxt in _STYLES:
        return True
    if word == "in" and nxt in ("our", "the", "a") and v.at(k + 2) in _STYLES:
        return True  # "the headline on the poster must be in our red"
    if word in _STYLES and word not in ("bold", "italic", "italics") and nxt in ("", ".", "!",
                                                                              ",", "instead"):
        return True  # "the CTA should be orange"
    if word in ("at", "on", "in") and nxt == "the" and v.at(k + 2) in _PLACES:
        return True
    if word == "on" and nxt in ("its", "their", "a") and v.at(k + 2) in ("own", "separate") \
            and v.at(k + 3) in ("page", "pages", "slide", "line", "spread", "panel"):
        return True  # "the spa menu should be on its own page"
    return word in ("top", "bottom") and nxt in ("left", "right", "corner", "centre", "center")


def _a_limit(v: View, k: int) -> bool:
    """"can't be longer than 30 seconds", "no taller than 8 feet": a limit, not a change."""
    return v.at(k + 1) == "than" and (v.at(k + 2)[:1].isdigit() or v.at(k + 2) in _NUMBERS)


_DEGREE = words("a bit little slightly much lot way even touch tad wee smidge tiny something")
# Verbs a size is made by: "the opening hours might be set a little larger".
_MADE_SO = words("set made printed shown displayed typeset")


_BY_LAW = re.compile(r"\b(?:by law|legally|under the law|the law says|regulations? (?:say|says|"
                     r"require|requires))\b")


# How fast someone answers: "I'll be slower to reply", "quicker to respond"
_ANSWERING = words("reply replies respond answer answers get email write call")


def modal_passive(v: View) -> Verdict:
    """"The logo should be bigger", "it needs to be moved", "can it be shortened a bit",
    "needs to be at least twice as big" (not "no panel can be taller than 8 feet")."""
    for s, e in v.rel("PASSIVE"):
        k = e
        while v.at(k) in _DEGREE:
            k += 1
        k = _as_big(v, k)
        part = v.at(k)
        if part in _MADE_SO:  # "might be set a little larger", "could it be made bigger"
            j = k + 1
            while v.at(j) in _DEGREE:
                j += 1
            if v.at(j) in COMPARATIVE_OK - {"more", "less"}:
                k, part = j, v.at(j)
        if part in _SIZE_WORDS and v.at(k - 1) == "as":
            if v.at(k + 1) == "as" and "least" in v.n[max(0, s - 1) : k] \
                    and v.at(k + 2) in _MEASURED_BY:
                continue  # "their logo has to be at least as big as ours": a rule of sizes
            if _BY_LAW.search(v.lower):
                continue  # "By law, the APR has to be as big as the rate itself": a rule
            return Hit(KIND, s, k, 0.75, "edit")
        if _styled_or_placed(v, k) and any(w in MODALS for w in v.n[max(0, s - 4) : s]) \
                and not v.negated_before(s) and not v.past_only and not EVERY & set(v.n) \
                and not _SPECS_SAID & set(v.n):
            return Hit(KIND, s, k, 0.7, "edit")  # "the price should be in bold" (not "Kroger's
            # specs came in: ..., and the UPC has to be on the back": a spec, a rule; nor "it
            # has to be on the back of every mailer": where every piece carries it)
        if part not in PARTICIPLE_ACTION and part not in COMPARATIVE_OK | EDIT_PARTICIPLES:
            continue
        if part in COMPARATIVE_OK and _a_limit(v, k):
            continue
        if part in ("more", "less") and any(k < ms <= k + 5 for ms, _ in v.rel("METRIC")):
            continue  # "we'd get more (children's book club) sign-ups": a goal, not a piece
        if not (any(w in MODALS for w in v.n[max(0, s - 4) : s]) or _asked_first(v, s)) \
                or v.negated_before(s):
            continue
        if MEETINGS & set(v.n[max(0, s - 6) : s]):
            continue  # "can the meeting on Tuesday be moved?": a meeting, not the work
        if v.at(k + 1) == "to" and v.at(k + 2) in _ANSWERING:
            continue  # "I'll be slower to reply until the 25th": the writer, not the work
        if "will" in v.n[max(0, s - 4) : s] and _WONDERED & set(v.n[:s]):
            continue  # "I wonder if the event will be bigger this year": a forecast
        action = PARTICIPLE_ACTION.get(part, "edit")
        if part in ("moved", "shifted") and _dated(v.lower):
            action = "move_date"
        return Hit(KIND, s, k, 0.8, action)
    return None


def _asked_first(v: View, s: int) -> bool:
    """A question that opens with its modal, the piece named at length before "be": "Can the
    headline on the billboard be shorter?"."""
    first = v.first
    return v.at(first) in ("can", "could") and first + 4 < s <= first + 9 \
        and v.unit.text.rstrip().endswith("?") \
        and not (CLAUSE_PUNCT | {"we", "i", "you"}) & set(v.n[first + 1 : s])


_MEASURED_BY = words("ours theirs our their the yours your its")
_SPECS_SAID = words("specs spec specifications requirements regulations law standards "
                    "guidelines ttb fda ftc")
_WONDERED = words("wonder wondering wondered")
_ORDERING_VERBS = words("show shows list display feature put lead open start come go appear sit")
_ORDERED = words("listed shown displayed featured put placed moved shifted positioned")
_ORDER_PLACES = (("first",), ("on", "top"), ("at", "the", "top"), ("up", "front"), ("upfront",),
           ("at", "the", "bottom"), ("last",), ("above",), ("below",), ("before",),
           ("after",))
_SPEAKERS = words("we you i they he she u")


def _said_of_a_piece(v: View, i: int) -> bool:
    """Whether the modal at ``i`` is said of a piece of the work, for this piece only: not a
    person's ("we should show it"), a rule for every piece, a denial or the past."""
    return not (v.at(i - 1) in _SPEAKERS or v.negated_before(i) or v.past_only
                or EVERY & set(v.n[:i]) or not _ANY_PIECE & set(v.n[:i]))


def placed_first(v: View) -> Verdict:
    """"The pricing table should show annual prices first", "the logo should go at the top":
    a piece of the work said where it belongs (not "we should show it to the owners first",
    a person; not "every page should show the logo first", a rule)."""
    for i, word in enumerate(v.n):
        if word not in ("should", "must"):
            continue
        # "the Pro plan should be listed first": the same, said in the passive
        passive = v.at(i + 1) == "be" and v.at(i + 2) in _ORDERED
        if v.at(i + 1) not in _ORDERING_VERBS and not passive:
            continue
        if not _said_of_a_piece(v, i):
            return None
        if word == "should" and v.at(i + 1) in ("open", "start", "lead", "begin") \
                and v.at(i + 2) == "with":
            return Hit(KIND, i, i + 2, 0.7, "edit")  # "the report should open with the
            # scholarship numbers, not the letter from me": what comes first
        for j in range(i + 3 if passive else i + 2, min(len(v.n), i + 9)):
            if v.n[j] in CLAUSE_PUNCT or v.n[j] in (".", "to", "for"):
                break  # ("should show it to the board first": an errand)
            if v.n[j] == "first" and v.at(j + 1) in ("thing", "week", "day", "time"):
                break  # "should go out first thing Monday": a time
            if not any(tuple(v.n[j : j + len(p)]) == p for p in _ORDER_PLACES):
                continue
            if v.n[j] in ("before", "after", "above", "below") and (
                    v.at(j + 1) != "the" or not _ANY_PIECE & set(v.n[j:j + 4])):
                break  # "should go up before the launch": a time, not a place
            return Hit(KIND, i, j, 0.7, "edit")
    return None


_APPEARING = words("appear look show print read display come")
_SOFTENERS = words("a bit little slightly much lot way even touch tad out")


def appears_bigger(v: View) -> Verdict:
    """"The phone number must appear more big in the footer", "the logo should look bolder":
    a piece to be seen otherwise than now (not "must appear bigger than the partner logos",
    a rule, nor "must appear more than once")."""
    for i, word in enumerate(v.n):
        if word not in ("should", "must") or v.at(i + 1) not in _APPEARING:
            continue
        if not _said_of_a_piece(v, i):
            return None
        k = i + 2
        while v.at(k) in _SOFTENERS:
            k += 1
        if v.at(k) in COMPARATIVE_OK and "than" not in v.n[k + 1 : k + 4]:
            return Hit(KIND, i, k, 0.7, "edit")
    return None


# "Small fix: the Hebrew text must be right-aligned", "One tweak - the price is $49 now": the
# writer names what follows as a change to the work
_NAMED_FIX = re.compile(
    r"^\W*(?:(?:one|a|small|quick|minor|tiny|last|final|little|only)\s+){0,2}"
    r"(?:fix|change|tweak|correction|edit|amendment)\s*(?::|-|–|—)\s*(?P<rest>\S.{8,})",
    re.IGNORECASE)
_NOTHING_TO_FIX = re.compile(r"^\W*(?:none|nothing|n/?a|done|fixed|no\b)", re.IGNORECASE)


def named_a_fix(v: View) -> Verdict:
    """"Small fix: the Hebrew text must be right-aligned, now it's left" (not "One change:
    none needed")."""
    found = _NAMED_FIX.match(v.unit.text)
    if found is None or _NOTHING_TO_FIX.match(found.group("rest")) or v.past_only:
        return None
    return Hit(KIND, 0, v.word_at(found.start("rest")), 0.7, "edit")


# A detail put right after a fix's lead-in: "Just one small thing - the retreat is in Sedona,
# not Scottsdale", "One more thing: it's Johnston, not Johnson" (the wrong one named: a name,
# a place, a number or a day). Not "it's a marathon, not a sprint", "the goal is awareness,
# not sales": no name, no number. Without the lead-in the same words are as often the
# client telling the facts (a first form without it read one blind sentence so).
_CORRECTED = re.compile(
    r"^\W*(?i:(?:just\s+)?(?:one|a)\s+(?:small\s+|little\s+|tiny\s+|quick\s+|more\s+)?"
    r"(?:thing|fix|correction|note)\s*[-–—:,]\s*)"
    # (the subject may go without its article after the lead-in: "Just one tiny thing, hot
    # cross buns are $2.50 each, not $2.25"; a price's decimal point is no stop)
    r"(?P<subject>(?:(?i:the|our|its|his|her|their|it's|it is|that's|that is|he's|she's)\b)?"
    r"[^,.;:!?]{0,40}?)\s*(?i:\b(?:is|are)\b|(?<=\w)'s|(?<=it's)|(?<=that's)|(?<=he's)|"
    r"(?<=she's)|(?<=it is)|(?<=that is))\s+(?P<right>(?:[^,.;!?]|(?<=\d)[.,](?=\d)){1,30}),"
    r"\s+not\s+(?:the\s+)?(?P<wrong>(?:[^,.;!?]|(?<=\d)[.,](?=\d)){1,30}?)\s*[.!]?\s*$")
_NOT_CORRECTED = words("goal goals aim aims focus point idea priority audience plan question "
                       "issue problem reason thing")
_NAMED_AS = re.compile(r"^(?:in |on |at |by |from )?(?:[A-Z0-9$€£]|"
                       r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)")


# A name spelled out, as a correction with no lead-in needs: "It's Smyth with a y, not Smith",
# "our name is spelled with two l's" (not "it's a sandwich with an egg": no letter alone)
_SPELLED_OUT = re.compile(
    r"^\W*(?i:it's|it’s|it is|that's|that’s|the name is|our name is|her name is|his name is|"
    r"(?:it|the name|our name)\s+(?:is\s+)?(?:spelled|spelt))\s+(?:[A-Z][\w'’-]+\s+)?"
    r"(?i:with\s+(?:an?|two|double|one|a double)\s+[a-z](?:'s|’s|s)?)(?=\W|$)")


# Both words quoted, as printed: 'Oh and it's "Dr. Patel", not "Mr. Patel".' (the quotes say
# they are the piece's words, so no lead-in is needed)
_IT_IS_QUOTED_NOT = re.compile(
    r"^\W*(?i:(?:oh|also|and|btw|ps)\b[\s,]*)*(?i:it's|it’s|it is|that's|that’s|"
    r"[\w' -]{1,40}?\s+(?:is|are|should be|should read|must be))\s+[\"“][^\"”]{1,40}[\"”],?\s+"
    r"(?i:not)\s+[\"“][^\"”]{1,40}[\"”]\s*[.!]?\s*$")


def corrected_detail(v: View) -> Verdict:
    """A detail of the piece put right, the wrong one named (see ``_CORRECTED``); not a
    meeting's day, a goal's reading, or the past. A name spelled out letter by letter
    (``_SPELLED_OUT``) or both words quoted (``_IT_IS_QUOTED_NOT``) needs no lead-in."""
    if not v.past_only and (_SPELLED_OUT.match(v.unit.text)
                            or _IT_IS_QUOTED_NOT.match(v.unit.text)):
        return Hit(KIND, 0, v.last, 0.7, "edit")
    found = _CORRECTED.match(v.unit.text)
    if found is None or v.past_only or MEETINGS & set(v.n):
        return None
    if _NOT_CORRECTED & set(found["subject"].lower().split()):
        return None  # "the goal is awareness, not sales": what the work is for
    if not (_NAMED_AS.match(found["wrong"]) and _NAMED_AS.match(found["right"])):
        return None  # "it's a marathon, not a sprint"
    return Hit(KIND, v.word_at(found.start("subject")), v.last, 0.7, "edit")


_KEPT_AS_WAS = words("old original previous current existing first")


def kept_as_was(v: View) -> Verdict:
    """"Yes to all 3 except #2 - keep the old photo there": an exception to changes proposed
    (not "keep the current logo" in a brief, a rule, nor "keep the old files for us")."""
    if not {"except", "apart", "but"} & set(v.n) or v.past_only:
        return None
    for k, word in enumerate(v.n):
        if word == "keep" and v.at(k + 1) == "the" and v.at(k + 2) in _KEPT_AS_WAS \
                and v.at(k + 3) in WORK_PARTS:
            return Hit(KIND, k, k + 3, 0.7, "swap")
    return None


def shown_differently(v: View) -> Verdict:
    """"Could you show the frames bigger on the cover?", "please put the prices more big":
    a verb of showing, its object and a size or emphasis, asked for."""
    for i, word in enumerate(v.n):
        if word not in _SHOWING or v.at(i + 1) not in DETS | {"a", "an"}:
            continue
        ahead = v.n[i + 2 : i + 7]
        stop = next((j for j, w in enumerate(ahead) if w in CLAUSE_PUNCT or w == "than"),
                    len(ahead))
        if word == "get":  # "get the headline in a bigger font", not "get the deck before the
            stop = min(stop, 4)  # bigger meeting": the size or style right after the object
            if "in" not in ahead[1:2] and not set(ahead[1:3]) & COMPARATIVE_OK:
                stop = min(stop, 2)  # ("the product shot higher": a noun of two words)
            elif "in" not in ahead[1:2]:
                stop = min(stop, 3)
        # the size after the object ("the frames bigger"), not its adjective ("a bigger run");
        # "get the team more time" gives more of something, it resizes nothing
        sizes = COMPARATIVE_OK - ({"pop", "stand", "more", "less"} if word == "get"
                                  else {"pop", "stand"})
        sized = any(w in sizes for w in ahead[1:stop])
        placed = word in ("put", "place", "set", "get") and any(
            _styled_or_placed(v, i + 3 + j) for j in range(stop - 1))
        if not (sized or placed):
            continue
        if placed and not sized:
            frame = frame_before(v, i)
            if frame is None or v.negated_before(i) or _conditional(v, i, frame[0]):
                continue
            return Hit(KIND, frame[0], i + 1, 0.7, "edit")
        frame = frame_before(v, i)
        if frame is None or v.negated_before(i) or _conditional(v, i, frame[0]):
            continue
        k = i + 3 + next(j for j, w in enumerate(ahead[1:]) if w in COMPARATIVE_OK)
        return Hit(KIND, frame[0], k, 0.75, "edit")
    return None


# "could we see it in landscape?", "... in black and white": a look to try
_LOOKS = words("landscape portrait colour color mono monochrome black greyscale grayscale "
               "sepia bold italics caps lowercase uppercase")


_A_LOOK = words("font typeface colour color shade style version size")


def _hit_from(v: View, found: re.Match[str], width: int, confidence: float,
              action: str) -> Hit:
    """The change a rule's regex found, cued from its first word and ``width`` words on."""
    k = v.word_at(found.start())
    return Hit(KIND, k, min(k + width, v.last), confidence, action)


def _names_a_part(found: re.Match[str]) -> bool:
    """Whether the regex's ``part`` group names a piece of the work ("the second paragraph")."""
    return bool(_ANY_PIECE & set(found.group("part").split()))


def _asked_by_pattern(v: View, pattern: re.Pattern[str], width: int, confidence: float,
                      action: str, *, part: bool = False, now: bool = False) -> Hit | None:
    """The change ``pattern`` finds in the unit, cued from its first word and ``width`` words
    on; none when ``part`` and its ``part`` group names no piece of the work, or when ``now``
    and the unit speaks only of the past. What the small rules read by one regex share."""
    found = pattern.search(v.lower)
    if found is None or (part and not _names_a_part(found)) or (now and v.past_only):
        return None
    return _hit_from(v, found, width, confidence, action)


# "what would it look like with the coupon on the back?", "I wish the apple looked more like
# our Honeycrisp", "it would be good with more snow in the cover photo": another look, wished
_LOOK_ASKED = re.compile(
    r"^\W*(?:(?:and|also|but|so)\s+)?what would (?:it|this|that|they|the \w+) look like "
    r"(?:with|without|if)\b"
    r"|\b(?:i|we) (?:just )?wish (?:the|our|this|that|it)\b[^.;?!]{0,40}?\b(?:looked|was|were|"
    r"had|said|read|sat|felt|stood out)\b"
    r"|\bit (?:would|'d) be (?:good|nice|better|great) with (?:more|less|a|an|some|the)\b"
    # "How would it look with a white background?"
    r"|^\W*(?:and|also|but|so)?\s*how would (?:it|this|that|they|the \w+) look (?:with|without|"
    r"if)\b"
    # "I'd love a bit more breathing room around the text": more space wished
    r"|\b(?:'d|would) (?:love|like|prefer) (?:a bit |a little |a lot |much |some )?(?:more|less) "
    r"(?:breathing room|breathing space|white space|whitespace|space|room|air|contrast)\b")


def another_look(v: View) -> Verdict:
    """Another look for the piece, asked as a question or a wish (see ``_LOOK_ASKED``); not
    the past ("I wish we had known")."""
    found = _LOOK_ASKED.search(v.lower)  # (after "wish", "was" wishes: no past)
    if found is None or ("wish" not in found.group(0) and v.past_only):
        return None
    seen = "look like" in found.group(0) or found.group(0).endswith(
        ("looked", "sat", "stood out", "read"))  # how a piece looks or reads
    if not seen and not _ANY_PIECE & set(v.n):
        return None  # "I wish the weather was better", "it would be good with more time"
    return _hit_from(v, found, 3, 0.7, "swap" if v.has("INSTEAD") else "edit")


# "The chair photo we would like bigger": the part named first, then the wish for it
_FRONTED_WISH = re.compile(
    r"^\W*(?:the|our|this|that)\s+(?:[\w-]+\s+){0,2}?(?P<part>[\w-]+)\s+(?:we|i)\s+(?:would|'d)\s+"
    r"(?:like|prefer|want)\s+(?:it\s+|them\s+)?(?:a bit |a little |much |a lot )?(?P<how>[\w-]+)")


def fronted_wish(v: View) -> Verdict:
    found = _FRONTED_WISH.match(v.lower)
    if found is None or found["part"] not in WORK_PARTS or v.past_only:
        return None
    how = found["how"]
    if how not in COMPARATIVE_OK and how not in EDIT_PARTICIPLES and how not in PARTICIPLE_ACTION:
        return None
    return Hit(KIND, 0, v.word_at(found.end() - 1), 0.7, PARTICIPLE_ACTION.get(how, "edit"))


# "And there's no price on page 4", "there is no logo on the back": a part the piece lacks
_NONE_THERE = re.compile(
    r"^\W*(?:(?:and|also|but|plus)\s+)?there(?:'s| is| are)\s+no\s+(?!rush|hurry|need|problem|"
    r"issue|pressure|worr|change|way|point|reason)[\w' -]{1,30}?\s+(?:on|in)\s+"
    r"(?:page|slide|p\.|the\s+(?:cover|back|front|footer|header|flyer|poster|banner|page|site|"
    r"website|ad|email|menu|label|card|invite|invitation|brochure|map|box|bottom|top|video|"
    r"videos|reel|spot|post|posts|deck|slides?))"
    # "The video has no captions", "this page has no contact form": the piece at hand lacks a
    # part (not "our website has no booking", the client's own site, a brief's background)
    r"|^\W*(?:(?:and|also|but|plus)\s+)?(?:the|this|that)\s+(?!current\b|existing\b|old\b)"
    r"(?:[\w-]+\s+)?(?:flyer|poster|banner|video|site|website|email|ad|page|menu|label|card|"
    r"brochure|post|deck|slide|reel|spot|cover|landing page|form|invite|invitation)\s+(?:has|"
    r"have)\s+no\s+(?!rush|hurry|need|problem|issue|pressure|budget|deadline|date|end\b)"
    r"[\w' -]{2,30}?\s*(?:[.!]|$)")
# "can you write 'Chocolatier depuis 1952' under the logo?": words added to the piece
_WRITTEN_ON = re.compile(
    r"\bwrite\s+[\"“'‘][^\"”'’]{1,60}[\"”'’]\s+(?:under|above|below|on|beside|next to|after|"
    r"before)\b")


def lacks_a_part(v: View) -> Verdict:
    """A part the piece lacks, or words to write on it (see ``_NONE_THERE``, ``_WRITTEN_ON``)."""
    if v.past_only or v.status_question:
        return None
    if _NONE_THERE.match(v.lower) or (_WRITTEN_ON.search(v.lower) and v.rel("FRAME")):
        return Hit(KIND, 0, v.last, 0.7, "add")
    return None


# "+1 on swapping the hero photo": a change the AE floated, agreed to
_AGREED_CHANGE = re.compile(
    r"^\W*(?:\+1|agree(?:d)?|yes|happy)\s+(?:on|to|with)\s+(?:the\s+idea\s+of\s+)?"
    r"(?:swapping|moving|adding|removing|dropping|changing|using|making|going with|cutting|"
    r"replacing|switching)\b")
# "the card could use more white space", "this needs to pop more": what the piece wants more
# of, or how it should stand out
_COULD_USE = re.compile(
    r"\b(?:could|can|would) use (?:a bit |a little |a lot |some )?(?:more|less)\b")
# "make sure the logo isn't cropped on mobile, right now the "y" is cut off": a fault on the
# piece now, to fix (not "make sure every page carries the logo", a rule)
_SURE_NOW = re.compile(r"\b(?:make sure|ensure)\b[^.;]{0,80}\b(?:right now|currently|"
                       r"at the moment)\b[^.;]{0,60}\b(?:is|are|gets?|looks?)\s+(?:cut off|"
                       r"cropped|missing|wrong|hidden|covered|blurry|illegible)\b")
_POP_MORE = re.compile(r"\b(?:needs? to|has to|should|must) (?:pop|stand out|shine|breathe) "
                       r"(?:a (?:bit|lot|little) |much )?more\b"
                       # "it needs more pop", "the cover needs a bit more punch"
                       r"|\b(?:it|this|that|the (?:logo|cover|design|ad|headline|page|poster|"
                       r"flyer|banner|layout|video|photo|image|colou?rs|palette|header|site|"
                       r"email|card|label|packaging|post|spot)) (?:needs|could use|wants) "
                       r"(?:a (?:bit|lot|little) |a touch |some |much )?more (?:pop|punch|zing|"
                       r"oomph|wow|life|sparkle|personality|energy)\b")


def wants_more_of_it(v: View) -> Verdict:
    """A change agreed to ("+1 on swapping the hero photo"), more or less of something for a
    piece ("the card could use more white space"), a piece that should stand out more ("this
    needs to pop more"); not the past, not a question about the work's state."""
    if v.past_only or v.status_question:
        return None
    if _AGREED_CHANGE.match(v.lower):
        return Hit(KIND, 0, min(3, v.last), 0.7, "edit")
    if _SURE_NOW.search(v.lower):
        return Hit(KIND, 0, v.last, 0.7, "edit")
    used = _COULD_USE.search(v.lower)
    if used and _ANY_PIECE & set(v.n[: v.word_at(used.start())]):
        return Hit(KIND, v.word_at(used.start()), min(v.word_at(used.end()), v.last), 0.7,
                   "edit")
    popped = _POP_MORE.search(v.lower)
    if popped and not EVERY & set(v.n):
        k = v.word_at(popped.start())
        return Hit(KIND, k, min(k + 3, v.last), 0.7, "edit")
    return None


# "the intro could do with a trim", "the photo would benefit from more contrast", "the
# headline wants tightening" (British), "the tagline is crying out for a rewrite": what a
# piece of the work wants, said in everyday words (``benchmarks/wants.py``)
_WANTS_WORK = re.compile(
    r"\b(?:(?:could|would|might|can)(?: really| probably| definitely| certainly| maybe)? "
    r"(?:do with|use|benefit from)|(?:is|'s|are)(?: really| definitely)? (?:crying out for|"
    r"in need of|begging for)|(?:badly |really |still |definitely )?(?:needs|need|wants|want))"
    r"\s+(?=[a-z])")
# Words for the work a piece wants ("a trim", "another pass", "some love").
_FIX_NOUNS = words("trim pass rethink re-think refresh tidy-up tidy tidyup polish tweak tweaks "
                   "edit rewrite redo re-do revamp overhaul update clean-up cleanup makeover "
                   "contrast space room punch colour color work love attention tlc life energy "
                   "oomph impact breathing rework going-over look")
_FIX_OPENERS = words("a an another some more less bit little lot of good proper quick light "
                     "final second fresh")
_WANTED_GERUNDS = frozenset(SUGGESTED_GERUNDS) | words(
    "softening sharpening lengthening widening narrowing warming cooling")


def could_do_with(v: View) -> Verdict:
    """A piece of the work that wants work, said as what it could do with: "the intro could
    do with a trim", "the photo would benefit from more contrast", "the headline wants
    tightening", "the tagline is crying out for a rewrite"; not said of the team, the office
    or the business ("the office needs a refresh"), not negated, not a question."""
    if v.past_only or v.status_question:
        return None
    for found in _WANTS_WORK.finditer(v.lower):
        at, after = v.word_at(found.start()), v.word_at(found.end())
        before = []
        for k in range(at - 1, max(-1, at - 7), -1):
            if v.n[k] in CLAUSE_PUNCT:
                break
            before.append(v.n[k])
        subject = set(before)
        if not _ANY_PIECE & subject or _NOT_THE_WORK & subject \
                or v.negated_before(at) or "not" in subject:
            continue
        k = after
        while v.at(k) in _FIX_OPENERS:
            k += 1
        fix = v.at(k)
        # (not "a stronger call to action": a fault said as its fix, often followed by the
        # fix itself, "please change 'Learn more' to 'Book a test ride'")
        if (k == after and fix in _WANTED_GERUNDS) or fix in _FIX_NOUNS:
            return Hit(KIND, at, min(k, v.last), 0.7, "edit")
    return None


# "can we have the headline in bold?", "any chance of getting the map a bit bigger?", "it'd
# be nice to have the phone number on the front": a piece asked to be some way
# (``benchmarks/have_it.py``)
_HAVE_IT = re.compile(
    r"\b(?:(?:can|could) (?:we|i|you) (?:please )?(?:have|get)|let'?s (?:have|get)|any chance "
    r"of (?:getting|having)|(?:be|'d be|would be) (?:good|nice|great|better|ideal) to (?:have|get)|"
    r"possible to (?:have|get)|like to (?:have|get))\s+(?:the|our|this|that|these|those)\s+")
# Where a piece is asked to be, or how: "in bold", "on the front", "higher up", "a bit smaller".
_STATE_WORDS = words("in on at higher lower up down above below under beside next bold italic "
                     "italics caps capitals centred centered")


def have_it_so(v: View) -> Verdict:
    """A piece asked to be some way: "can we have the headline in bold?", "let's have the logo
    higher up", "would be good to get the price a bit bigger"; not a meeting, a day or a
    payment ("can we have the meeting on Tuesday instead?", "can we have the files by
    Friday?")."""
    if v.past_only or v.negated_before(v.first):
        return None
    for found in _HAVE_IT.finditer(v.lower):
        k = v.word_at(found.end())
        piece_end = next((j for j in range(k, min(k + 3, len(v.n)))
                          if v.n[j] in _ANY_PIECE), None)
        if piece_end is None:
            continue
        after = piece_end + 1
        if v.at(after) in ("code", "number", "line", "name"):  # "QR code", "phone number"
            after += 1
        state = v.at(after)
        if state in ("a", "much") and v.at(after + 1) in ("bit", "little", "touch", "lot"):
            state = v.at(after + 2)
        rest = v.text_after(after)
        if state == "in" and v.at(after + 1) in _LANGUAGES:
            continue  # "we would like to have the new brochure in English and German": a rule
        if state in _WANTED_COMPARATIVE or (
                state in _STATE_WORDS and not DATE_CUE.match(rest.lstrip().lower())
                and not _meeting_in_object(v, k - 1)):
            return Hit(KIND, v.word_at(found.start()), min(after, v.last), 0.7, "edit")
    return None


def another_version(v: View) -> Verdict:
    """"I'd like to see a version with the product on the left", "can we see one without the
    border": another take on the work, asked for."""
    for i, word in enumerate(v.n[:-2]):
        if word == "see" and v.at(i + 1) in ("it", "this", "them") and ((v.at(i + 2) in (
                "with", "without") and any(w in WORK_PARTS for w in v.n[i + 3 : i + 7])) or (
                v.at(i + 2) == "in" and v.at(i + 3) in _MADE_INTO | _LOOKS)):
            framed = v.rel("FRAME") and v.rel("FRAME")[0][0] < i  # "could we see it with
            if framed and not v.negated_before(i) and not v.past_only:  # the logo at the top"
                return Hit(KIND, v.rel("FRAME")[0][0], i + 2, 0.7, "edit")
        if word == "see" and v.at(i + 1) in ("the", "our") and not v.past_only:
            # "any chance we could see the shop name in a serif font?": a part, another look
            at = next((k for k in range(i + 2, min(i + 5, len(v.n))) if v.n[k] == "in"), None)
            framed = v.rel("FRAME") and v.rel("FRAME")[0][0] < i
            if at is not None and framed and WORK_PARTS & set(v.n[i + 2 : at]) and (
                    _styled_or_placed(v, at) or (v.at(at + 1) in ("a", "an") and v.at(
                        at + 3) in _A_LOOK)) and not v.negated_before(i):
                return Hit(KIND, v.rel("FRAME")[0][0], at, 0.7, "edit")
        if word not in ("see", "get", "have", "love", "like", "of", "do", "make") or v.at(
                i + 1) not in ("a", "an", "another", "one"):
            continue  # ("any chance of a version with the logo on the left?")
        if word == "of" and v.at(i - 1) not in ("chance", "possibility"):
            continue
        k = i + 1 if v.at(i + 1) == "one" else i + 2
        if v.at(k) not in _TAKES and v.at(i + 1) != "one":
            continue
        if v.at(k + 1) not in ("with", "without", "where", "in", "using", "that"):
            continue
        framed = v.rel("FRAME") and v.rel("FRAME")[0][0] < i
        if framed and not v.negated_before(i) and not v.past_only:
            return Hit(KIND, v.rel("FRAME")[0][0], k + 1, 0.7, "edit")
        if word == "love" and v.first >= i - 2 and not v.past_only:
            return Hit(KIND, i, k + 1, 0.7, "edit")  # "Would love a version with more energy"
    return None


_MORE_TAKES = _TAKES | words("concepts concept ideas directions alternatives choices routes")
_WANTS = words("want wants wanted like love need needs")
_ASKING_OPENERS = words("would could can is may might")


def more_takes(v: View) -> Verdict:
    """"The CEO wants to see three more logo options", "can we get a couple more headline
    ideas": more of the work's takes, asked for (not "we saw two more options on Monday")."""
    for i, word in enumerate(v.n[:-2]):
        if word not in ("see", "get", "have", "ask") or "more" not in v.n[i + 1 : i + 5]:
            continue
        if word == "ask" and v.at(i + 1) != "for":
            continue
        m = v.n.index("more", i + 1)
        if not (v.at(m + 1) in _MORE_TAKES or v.at(m + 2) in _MORE_TAKES):
            continue
        if v.past_only or v.status_question or {"not", "n't", "no", "never"} & set(
                v.n[max(0, i - 4) : i]):  # "we don't need to see more options"
            continue
        frame = frame_before(v, i)
        if frame is not None:
            return Hit(KIND, frame[0], m + 1, 0.7, "add")
        if v.at(i - 1) == "to" and v.at(i - 2) in _WANTS:  # "the CEO wants to see"
            return Hit(KIND, i - 2, m + 1, 0.7, "add")
        framed = [fs for fs, fe in v.rel("FRAME") if fe <= i]
        asked = v.unit.text.rstrip().endswith("?") and v.at(v.first) in _ASKING_OPENERS
        if v.at(i - 1) == "to" and (framed or asked):
            # "would it be awful to ask for one more round on the headline?"
            return Hit(KIND, framed[0] if framed else v.first, m + 1, 0.65, "add")
    return None


_PIECES = words(
    "email emails newsletter page homepage site website landing deck brochure menu flyer "
    "insert leaflet card invitation invite post posts reel story carousel ad banner video "
    "script letter report viewbook catalog catalogue sign signage poster spot button cover "
    "headline intro subject footer header label packaging box wall backdrop wrap hoarding "
    "hoardings billboard display stand booth")
_PIECE_DOES = words(
    "mention say include show feature read lead start open highlight use have list end close "
    "link point call sit fit appear")


def _asked_at(v: View) -> int | None:
    """Where "can"/"could" opens the ask: the unit's first word, or the first after a short
    opener ("One tweak: can the tagline sit on one line?")."""
    for k in range(min(len(v.n), 7)):
        if v.n[k] in ("can", "could") and (k == v.first or v.at(k - 1) in (":", "-", "–", "—")
                                           or (v.at(k - 1) == "," and v.n[v.first] in _OPENERS)):
            return k  # (or after "For the TV spot, ...")
    return None


_OPENERS = words("for on in about with regarding re as")


# Where on the page a piece sits: "top left", "right-aligned", "centred", "flush left".
_POSITIONED = re.compile(r"^\s*(?:(?:at the |in the )?(?:top|bottom)[ -]"
                         r"(?:left|right|centre|center)|"
                         r"(?:right|left|center|centre)[ -]aligned|centred|centered|"
                         r"aligned (?:left|right|center|centre)|flush (?:left|right))\b")


def piece_does(v: View) -> Verdict:
    """"Can the onboarding email mention the free trial in the first line?", "could the
    donation page lead with the matching gift": what a piece of the work should do, asked
    (not "can the email go out Monday", "could the page show up in Google")."""
    a = _asked_at(v)
    if a is None or v.at(a + 1) not in ("the", "our", "this", "that", "each", "every", "all") \
            or v.past_only:
        return None
    for k in range(a + 2, min(a + 5, len(v.n) - 1)):
        if v.n[k] in _PIECE_DOES and v.n[k - 1] in _ANY_PIECE:
            if v.at(k + 1) in ("up", "out", "off") or v.negated_before(k):
                return None
            return Hit(KIND, a, k, 0.7, "swap" if v.has("INSTEAD") else "edit")
        where = v.at(k + 3) if v.at(k + 2) == "the" else v.at(k + 2)
        if v.n[k] == "go" and v.n[k - 1] in _ANY_PIECE and v.at(k + 1) in _PLACED_ON \
                and where in _PLACES_OF_A_PIECE and not v.negated_before(k):
            return Hit(KIND, a, k + 1, 0.7, "edit")  # "could the headline go on two lines?"
        if v.n[k] in ("go", "sit", "move", "be") and v.n[k - 1] in _MADE_PIECES \
                and _POSITIONED.match(v.text_after(k).lower()) and not v.negated_before(k):
            return Hit(KIND, a, k + 1, 0.7, "edit")  # "can the prices sit right-aligned?"
        if v.n[k] in ("go", "come", "sit", "move") and v.at(k + 1) in _BESIDE \
                and v.at(k + 2) in DETS and (WORK_PARTS | _PAGE_PARTS) & set(v.n[k + 3 : k + 7]) \
                and not v.negated_before(k):
            return Hit(KIND, a, k + 1, 0.7, "edit")  # "can the testimonials go above the
            # services section?": parts of a page put in another order
        if v.n[k] == "be" and v.n[k - 1] in _ANY_PIECE and _CUT_TO.match(
                v.text_after(k).lower().lstrip()):
            return Hit(KIND, a, k, 0.7, "edit")  # "can the demo video be under 90 seconds?"
        if v.n[k] == "be" and v.n[k - 1] in _ANY_PIECE and _LOOKS_AS.match(
                v.text_after(k).lower().lstrip()) and not v.negated_before(k):
            return Hit(KIND, a, k, 0.7, "edit")  # "can the hero image be full width?"
        if v.n[k] == "be" and v.n[k - 1] in _ANY_PIECE and v.at(k + 1) in ("a", "an") \
                and v.at(k + 2).isalpha() and v.at(k + 2) not in _NOT_A_LOOK_NOUN \
                and v.unit.text.rstrip().endswith("?") and not v.negated_before(k):
            return Hit(KIND, a, k + 2, 0.7, "edit")  # "could the voiceover be a woman?"
        if v.n[k] in CLAUSE_PUNCT:
            return None
    return None


# After "can the video be a ...": a size or a time, not another kind of piece
_NOT_A_LOOK_NOUN = words("bit little touch tad lot week day days month few couple problem "
                         "issue priority good bad")
_PLACED_ON = words("on onto in into at under above below over beside next")
# Where a piece's part may go ("on two lines", "at the top", "under the photo"), not where the
# piece goes ("on Facebook", "in the mail", "on Monday").
_BESIDE = words("above below before after under over")
_PAGE_PARTS = words("section sections block panel column row fold menu testimonials reviews "
                    "gallery form")
_PLACES_OF_A_PIECE = words("one two three single its top bottom left right front back "
                           "middle centre center end start first second last separate own")
_CUT_TO = re.compile(r"(?:under|below|shorter than|less than|no longer than|no more than)\s+"
                     r"\d+\s*(?:seconds?|secs?|s\b|minutes?|mins?|words?|characters?|pages?|"
                     r"slides?|lines?)")
# How a piece may look, asked for with "be" ("can the hero image be full width?"); not when
# it is due ("can the video be ready by Friday?") or where it runs ("be on Facebook").
_LOOKS_AS = re.compile(
    r"(?:full[- ](?:width|bleed|page|screen|colou?r)|(?:centred|centered|left-aligned|"
    r"right-aligned|justified|transparent|square|rounded|vertical|horizontal|landscape|"
    r"portrait|animated|clickable|bold|bolder|italic|italics|underlined|black and white|"
    r"greyscale|grayscale)\b|in (?:colou?r|black and white|b&w|bold|italics?|caps|capitals|"
    r"upper ?case|lower ?case|title case|red|blue|green|black|white|yellow|orange|purple|pink|"
    r"gr[ae]y|gold|silver|navy|teal)\b|on (?:the )?(?:left|right|top|bottom)\b)")
_GONE_AFTER = frozenset(("", ".", "!", "now", "too", "entirely", "completely", "altogether",
                         "please", "for", "i", "we", "as"))


def can_go(v: View) -> Verdict:
    """"The second paragraph can go", "the last slide could go entirely": a piece let go;
    not "the files can go to the printer", "the ad can go live", "it can go out Monday"."""
    for k in range(1, len(v.n)):
        if v.n[k] != "go" or v.at(k + 1) not in _GONE_AFTER or v.past_only or v.status_question:
            continue
        modal = _modal_before_go(v, k)
        if modal is None or (modal < k - 1 and v.at(k + 1) == "for"):
            continue  # "the email has to go for approval": sent on, not let go
        # (a quoted phrase may stand between: 'the words "guaranteed winner" have to go')
        if _ANY_PIECE & set(v.n[max(0, modal - (7 if '"' in v.n[:modal] else 4))
                                             : modal]):
            return Hit(KIND, max(0, modal - 2), k, 0.7, "remove")
    return None


def _modal_before_go(v: View, k: int) -> int | None:
    """Where the modal of "go" at ``k`` starts: "can go", "could go", "has to go", "needs to
    go", "must go"."""
    if v.at(k - 1) in ("can", "could", "must"):
        return k - 1
    if v.at(k - 1) == "to" and v.at(k - 2) in ("has", "have", "need", "needs"):
        return k - 2
    return None


# "I'd rather the button said 'Shop now'", "we'd prefer it if the headline read ...".
_RATHER_SAID = re.compile(
    r"\b(?:(?:'d|would) (?:rather|prefer(?: it)?(?: if)?)|what if) (?:the|our|this|that|it)\b"
    r"[^.;]{0,40}?\b(?:said|says|say|read|reads)\s*:?\s*[\"'“‘]")


# "I'd rather the logo was on the left", "we'd prefer it if the map were bigger": a piece
# wished otherwise, in the subjunctive
_RATHER_WERE = re.compile(
    r"\b(?:'d|would) (?:rather|prefer(?: it)?(?: if)?) (?:the|our|this|that|it)\b"
    r"[^.;]{0,40}?\b(?:was|were|went|sat|looked)\b(?!\s+(?:never|not)\b)")


def rather_said(v: View) -> Verdict:
    """New words for a piece, wished for: "I'd rather the button said 'Shop now'"; or a piece
    wished otherwise: "I'd rather the logo was on the left" (not a meeting: "I'd rather the
    call was on Friday")."""
    if _RATHER_SAID.search(v.lower) and not v.past_only:
        return Hit(KIND, 0, v.last, 0.75, "edit")
    if _RATHER_WERE.search(v.lower) and not MEETINGS & set(v.n):  # ("was": a wish, not the past)
        return Hit(KIND, 0, v.last, 0.75, "edit")
    return None


_FIRST_DONE = words("once after when")
_FLAWED = words("typo typos error errors mistake mistakes spelling")


def done_first(v: View) -> Verdict:
    """"Good to go once the typo in the footer is fixed", "approved once the logo is swapped":
    an approval that waits for a change said in the passive (the active "once you fix the
    typo" is a request frame); not "once the files are uploaded we'll print"."""
    for s, _e in v.rel("PARTICIPLE"):
        if v.at(s - 1) not in ("is", "are", "been") or v.past_only:
            continue
        for k in range(max(0, s - 9), s - 1):
            if v.n[k] in _FIRST_DONE and (WORK_PARTS | _FLAWED) & set(v.n[k + 1 : s]):
                return Hit(KIND, k, s, 0.7, "edit")
    return None


def says_instead(v: View) -> Verdict:
    """'Can the button say "Shop now" instead of "Learn more"?', also after an opener ('One
    thing: can the CTA say "Book now" instead?'): new words for a piece."""
    a = _asked_at(v)
    if not v.has("INSTEAD") or v.past_only or a is None:
        return None
    for i in range(a + 1, min(len(v.n), a + 6)):
        if v.at(i - 1) in ("you", "u", "we", "i", "they"):
            return None  # 'can you say "thanks" to the team': a person speaks, not the work
        if v.n[i] in ("say", "read") and QUOTE_AFTER.match(v.text_after(i)):
            return Hit(KIND, a, i, 0.75, "edit")
    return None


# 'could you please write "from ¥198,000" and not "from ¥189,000"?': the words a piece should
# carry, the wrong ones named after them
_QUOTED_NOT_QUOTED = re.compile(r"^\s*[\"“'‘][^\"”’\n]{1,60}[\"”'’]\s*,?\s*(?:and\s+|but\s+)?"
                                r"(?:not|instead of|rather than)\s+[\"“'‘]")
_WRITING = frozenset(("write", "put", "spell", "print", "use", "say"))


def written_not(v: View) -> Verdict:
    """New words asked for with the old ones named (see ``_QUOTED_NOT_QUOTED``)."""
    if v.past_only:
        return None
    for _s, e in v.rel("FRAME"):
        k = e + (v.at(e) in ("please", "pls", "kindly"))
        if v.at(k) in _WRITING and _QUOTED_NOT_QUOTED.match(v.text_after(k)):
            return Hit(KIND, _s, k, 0.75, "edit")
    return None


_MADE_TO = frozenset(("make", "have", "let"))
_SAYS = frozenset(("say", "says", "read", "reads"))


def made_to_say(v: View) -> Verdict:
    """'Can you make the tagline say "Fresh every day"?', "have the banner read 'Now open'",
    "make the CTA say Book now": new words for a piece, asked with "make" or "have" (not
    "make sure the invite says ...", a check; not "we made the sign say ...", done)."""
    if v.past_only:
        return None
    for i, word in enumerate(v.n):
        if word not in _MADE_TO or v.at(i + 1) == "sure" or v.negated_before(i):
            continue
        for k in range(i + 2, min(i + 7, len(v.n))):
            if v.n[k] not in _SAYS:
                continue
            after = v.text_after(k)
            if _ANY_PIECE & set(v.n[i + 1 : k]) and (
                    QUOTE_AFTER.match(after) or _NEW_WORDS.match(after)):
                return Hit(KIND, i, k, 0.75, "edit")
            break
    return None


_MORE_OF_IT = words("bigger smaller bolder brighter darker lighter louder softer larger wider "
                    "shorter longer heavier simpler cleaner warmer cooler harder")


def go_more_on(v: View) -> Verdict:
    """"Go bigger on the logo", "can we go bolder on the headline?": more of a quality for a
    part of the work (not "we go bigger on Black Friday every year", no part of the work)."""
    if v.past_only:
        return None
    for i, word in enumerate(v.n):
        if word != "go":
            continue
        j = i + 1  # past a degree: "I'd go a touch lighter on the background"
        while v.at(j) in _DEGREE and j < i + 3:
            j += 1
        if v.at(j) not in _MORE_OF_IT or v.at(j + 1) != "on":
            continue
        if not (i == v.first or frame_before(v, i)) or v.negated_before(i):
            continue
        if _ANY_PIECE & set(v.n[j + 2 : j + 5]):
            return Hit(KIND, i, j + 1, 0.7, "edit")
    return None


def should_read(v: View) -> Verdict:
    """'The CTA should read: "Ride the new Orbit"', "the date should read March 3" (new words
    without quotes, when they are a date, a number or a name)."""
    for s, e in v.rel("SHOULD_READ"):
        if (v.n[s] in ("must", "to") or v.n[max(0, s - 2) : s] == ["will", "need"]) \
                and EVERY & set(v.n[:s]):
            continue  # 'Every ad must say "Attorney Advertising"', 'every ad has to say
            # "Please enjoy responsibly"': a rule, see requirements
        if _REMINDER_WORDS & set(v.n[:s]) and v.n[s] in ("must", "to"):
            continue  # 'And remember it has to say "while supplies last"': a rule recalled
        if v.n[s] == "to" and v.at(s - 1) == "allowed" and v.negated_before(s - 1):
            continue  # 'We're not allowed to say "best" or "cheapest"': a ban, a rule
        after = v.text_after(e - 1)
        unquoted = v.n[e - 1] in ("read", "say") and (
            _NEW_WORDS.match(after) or _NEW_OVER_OLD.match(after)) and (
            (_ANY_PIECE | _PRINTED_PRICES | {"it", "this", "that"}) & set(v.n[:s]))
        if QUOTE_AFTER.match(after) or unquoted:
            return Hit(KIND, s, e - 1, 0.8, "edit")
    return None


_REMINDER_WORDS = frozenset(("remember", "reminder", "forget"))
# "should read March 3", "should say $49": words printed on the piece, said without quotes
_NEW_WORDS = re.compile(r"\s*(?:[$€£]?\d|[A-Z])")
# "cta should say book now not learn more": typed in lower case, the old words named after
_NEW_OVER_OLD = re.compile(r"\s*[\w$€£'][^.,;!?]{0,30}?,?\s+(?i:not|instead of|rather than)\s+\w")


def announced(v: View) -> Verdict:
    """"We are moving the launch to May", "we're dropping the radio spot" (not "we're swapping
    offices in January", "we're removing the old stock from the shelves": the business)."""
    for s, e in v.rel("ANNOUNCE"):
        ahead = set(v.n[e : e + 5])
        if _NOT_THE_WORK & ahead and not (WORK_PARTS | DELIVERABLES) & ahead:
            continue
        if not v.past_only and v.at(e) not in ("away", "on", "forward", "ahead", "along"):
            action = GERUNDS[v.n[e - 1]]
            if action == "edit" and _dated(v.lower) and v.n[e - 1] in ("moving",
                                                                                "shifting"):
                action = "move_date"
            return Hit(KIND, s, e - 1, 0.8, action)
    return _announced_in_a_list(v)


_WE_ARE = (("we", "'re"), ("we", "are"), ("we", "will"))


def _announced_in_a_list(v: View) -> Hit | None:
    """"We're keeping the blue, dropping the map, and moving the logo to the top": changes
    announced after a first item that is none (a list of gerunds under one "we're")."""
    if v.past_only:
        return None
    for i in range(len(v.n) - 1):
        if (v.n[i], v.n[i + 1]) not in _WE_ARE:
            continue
        for k in range(i + 2, min(len(v.n), i + 25)):
            if v.n[k] in GERUNDS and v.at(k - 1) in (",", "and") and not (
                    _NOT_THE_WORK & set(v.n[k + 1 : k + 4])):
                ahead = set(v.n[k + 1 : k + 5])
                if (WORK_PARTS | DELIVERABLES | _PIECES) & ahead:
                    return Hit(KIND, i, k, 0.75, GERUNDS[v.n[k]])
        return None
    return None


_TERSE_GERUNDS = frozenset(GERUNDS) - words("changing updating adding reworking holding")
_TERSE_OBJECTS = DETS - {"that", "it", "them"} | DELIVERABLES | words(
    "launch shoot deadline delivery campaign date go-live print run mailer mailing")


_GERUND_SUBJECT = words("is was were would will took takes seems seemed sounds means makes "
                        "made has had could might should 's")
_NOT_THE_WORK = words("office offices team staff house company business people stock shelves "
                      "supplier suppliers provider providers system systems crm bank banks "
                      "uniform uniforms premises warehouse")


def announced_tersely(v: View) -> Verdict:
    """A phone's announcement without its subject: "Pushing launch 1 wk", "Dropping the
    radio spot from the plan", "Killing the podcast ads"; not "Moving forward, ...",
    "Adding Sarah to the thread", "Pushing for a decision", "Moving the call to 3pm"."""
    first = v.first
    gerund = v.at(first)
    if gerund not in _TERSE_GERUNDS or not (
            v.at(first + 1) in _TERSE_OBJECTS or v.at(first + 1) in WORK_PARTS):
        return None
    if v.past_only or _meeting_in_object(v, first) or _GERUND_SUBJECT & set(v.n[first + 1:]):
        return None  # "Cutting the budget is not an option": a gerund subject, not news
    if _NOT_THE_WORK & set(v.n[first + 1 : first + 4]):
        return None  # "Moving the office to Berlin"
    action = GERUNDS[gerund]
    if action == "edit" and _dated(v.lower):
        action = "move_date"
    return Hit(KIND, first, first + 1, 0.7, action)


def suggested_gerund(v: View) -> Verdict:
    """"Would you mind swapping the photo?", "how about making the logo bigger?"; not "how
    about making it on Tuesday" (no comparative after "making") nor a past suggestion."""
    for s, e in v.rel("SUGGEST_GERUND"):
        gerund = v.n[e - 1]
        if v.past_only and not _thinking_politely(v, s):
            continue
        if v.negated_before(s) or v.at(e) in ("that", "to", "me", "us"):
            continue  # "worth adding that we won", "how about adding me to the thread"
        if v.n[s] == "mind" and (s > v.first or v.at(s - 1) == "never"):
            continue  # "mind swapping ...?" opens the ask (not "never mind adding the map")
        if v.n[s] in _SOMEONES_SUGGESTION and not WORK_PARTS & set(v.n[e : e + 5]) \
                and not _passed_on_change(v, e):
            continue  # "my manager suggested swapping the photos" (not "... stories at the fair")
        if _meeting_in_object(v, e - 1):
            continue  # "how about moving the call to 3?"
        if gerund == "making" and not any(w in COMPARATIVE_OK for w in v.n[e : e + 7]):
            continue
        if gerund in ("using", "trying") and not any(
                w in _NEWER or w in _DIFFERENT for w in v.n[e : e + 3]) and not v.has("INSTEAD"):
            continue
        action = SUGGESTED_GERUNDS[gerund]
        if action == "edit" and gerund in ("moving", "shifting") and _dated(v.lower):
            action = "move_date"
        return Hit(KIND, s, e - 1, 0.75, action)
    return None


_PASSED_ON_SUGGESTION = words("suggested suggests proposed proposes recommended recommends "
                              "mentioned floated")
# What the client is thinking of, asked as a gerund: read as a suggestion passed on (the
# thing changed must be named: not "we're thinking of adding Sarah to the thread").
_THOUGHT_OF = words("thinking considering toying leaning")
_SOMEONES_SUGGESTION = _PASSED_ON_SUGGESTION | _THOUGHT_OF


def _thinking_politely(v: View, s: int) -> bool:
    """"We were thinking of dropping the radio spot": the past of politeness, the only past
    word of the unit (not "... last year, but it stayed")."""
    return v.n[s] in _THOUGHT_OF and v.at(s - 1) in ("was", "were") \
        and v.at(s - 2) in ("i", "we") and len(PAST_WORDS.findall(v.lower)) == 1


# Gerunds that change a thing whatever it is ("removing the price from the visual"), unlike
# "giving", "using", "trying" or "making", and the things of life outside the work they may
# be said of ("my wife suggested dropping the kids at school").
_CHANGING = frozenset(SUGGESTED_GERUNDS) - words("making giving using trying editing tweaking "
                                                "adjusting")
_OUTSIDE_THE_WORK = _NOT_THE_WORK | words(
    "kids children child family dog dogs cat car cars home flat apartment wife husband partner "
    "holiday holidays vacation trip trips sugar salt meat weight gym diet")

_NAMED_OBJECT_OPENERS = words('the this that these those our your a an all both "')


def _passed_on_change(v: View, e: int) -> bool:
    """Someone's suggestion passed on as a gerund that changes a named thing: "my manager
    suggested removing the price from the visual", "Jess mentioned replacing it with the new
    shot"; not "Jess mentioned moving house", "Tom suggested moving the office" nor a
    gerund of a meeting ("suggested moving the call to 3")."""
    gerund = v.n[e - 1]
    if gerund not in _CHANGING:
        return False
    if v.at(e) == "it":  # "replacing it with the doll house", "changing it to 'the best'"
        if not {"to", "with", "for", "into"} & set(v.n[e + 1 : e + 3]):
            return False
    elif v.at(e) not in _NAMED_OBJECT_OPENERS:
        return False
    return not (_OUTSIDE_THE_WORK & set(v.n[e:_clause_end(v, e)]) or _meeting_in_object(v, e - 1))


def _clause_end(v: View, start: int) -> int:
    """The index of the first clause mark (:data:`CLAUSE_PUNCT`) at or after ``start``, or the
    unit's length."""
    return next((k for k in range(start, len(v.n)) if v.n[k] in CLAUSE_PUNCT), len(v.n))


#: Qualities a learner says with "more" ("the music more calm", "the colours more fresh").
_QUALITIES = words("calm modern clean simple warm cool fresh elegant colorful colourful young "
                 "professional dynamic playful premium luxurious readable visible soft strong "
                 "light dark bright serious fun happy")


_TAKEN_AWAY = words("off out down away")
_BY_A_TIME = words("by before until till asap for")
_MOVING = words("rotate fade scroll slide animate loop spin flash blink bounce move pulse cycle "
                "autoplay play")


_STANDING = words("never always")


def wanted_done(v: View) -> Verdict:
    """"We'd like the photo swapped", "we want the price removed", "Pat wants the launch on
    Jan 19 instead" (another day for it)."""
    for s, e in v.rel("WANT_DONE"):
        clause = v.n[e : _clause_end(v, e)]
        if _STANDING & set(clause):
            continue  # "the artist insists that her work is never shown cropped": a rule
        if v.n[e - 1] == "have" and v.at(e) in DETS and not (v.negated_before(s) or v.past_only):
            for k in range(e + 1, min(e + 5, len(v.n))):  # "we'd love to have the project
                if v.n[k] in _MOVING and _ANY_PIECE & set(v.n[e:k]):  # images
                    return Hit(KIND, s, k, 0.7, "edit")  # rotate": the piece made to move
        if v.n[s] in _NEED_OR_WANT and v.at(s - 1) not in _ANY_PIECE \
                and v.at(e) in ("a", "an") and v.at(e + 1) in _PLAIN_COMPARATIVES \
                and v.at(e + 2) in WORK_PARTS and v.at(e + 3) != "than" and not (
                v.negated_before(s) or v.status_question or v.past_only):
            return Hit(KIND, s, e + 2, 0.7, "edit")  # "Our regional manager wants a bigger
            # map", "we need a stronger headline": the piece there, wanted otherwise (not "we
            # want a bigger logo than theirs", set against another's; not "the ad needs a
            # stronger call to action", a fault whose fix the next sentence asks)
        if v.at(e) in DETS and v.has("INSTEAD") and _dated(v.text_after(e)) and not (
                v.negated_before(s) or v.status_question or v.past_only
                or (MEETINGS | SUBJECT_EXCLUDE) & set(v.n)):
            return Hit(KIND, s, e, 0.7, "move_date")
        for k in range(e, min(e + 8, len(v.n))):  # "the family photo on page 2 swapped"
            part = v.n[k]
            if v.at(k + 1) == "-":
                continue  # "six cut-downs": a noun, not a participle
            bigger = (part in _WANTED_COMPARATIVE and (
                part not in ("pop", "stand") or v.at(k + 1) == "out")) or (
                part == "more" and v.at(k + 1) in _SIZE_WORDS | _QUALITIES)  # "more big/calm"
            if k > e + 1 and bigger and v.n[e] in DETS:
                if v.negated_before(s) or v.status_question or v.past_only:
                    break  # "also wants the logo bigger"
                return Hit(KIND, s, k, 0.75, "edit")
            if part == "cut" and v.at(k - 1) in _KINDS_OF_CUT:
                continue  # "we need the final cut by Friday": the edit, a noun
            if part == "taken" and v.at(k + 1) in _TAKEN_AWAY:
                part = "removed"  # "he wants the tagline taken off the cover"
            if k > e and (part in PARTICIPLE_ACTION or part in EDIT_PARTICIPLES):
                if k == e + 1 and v.n[e] in DETS and v.at(k + 1).isalpha():
                    break  # "need the resized banners": the thing made, asked for, not a change
                if v.n[e - 1] == "have" and v.at(k + 1) in _BY_A_TIME:
                    break  # "we'd love to have the video cut by Friday": the work, due
                if v.negated_before(s) or v.status_question or v.past_only:
                    break
                action = PARTICIPLE_ACTION.get(part, "edit")
                if part in ("moved", "shifted", "pushed") and _dated(v.text_after(k)):
                    action = "move_date"
                return Hit(KIND, s, k, 0.75, action)
            if k > e + 1 and v.n[e] in DETS and v.n[s] not in ("need", "needs") and \
                    _styled_or_placed(v, k) and not (
                    v.negated_before(s) or v.status_question or v.past_only
                    or _placed_by_an_outside_party(v, s, clause)):
                return Hit(KIND, s, k + 1, 0.7, "edit")  # "I want the tagline in bold"
            if part == "to" and k > e + 1 and v.n[e] in DETS and not (
                    v.negated_before(s) or v.status_question):
                done = v.at(k + 2)
                if v.at(k + 1) == "be" and (done in PARTICIPLE_ACTION or done in EDIT_PARTICIPLES) \
                        and not (v.past_only and v.at(s - 1) not in ("has", "have", "'ve")):
                    # "head office has asked for the old logo to be replaced on every page"
                    return Hit(KIND, s, k + 2, 0.7, PARTICIPLE_ACTION.get(done, "edit"))
                if _looks_different(v, k + 1) and not v.past_only:
                    return Hit(KIND, s, k + 2, 0.7, "edit")  # "the report to feel less corporate"
            if part in ("to", "that", "and", ",", ".", "if", "for", "because", "since", "so"):
                break
    return None


def _placed_by_an_outside_party(v: View, s: int, clause: list[str]) -> bool:
    """"Legal also wants the FDIC line at the bottom of every poster": where an outside party
    (legal, the regulator, head office) wants something on each piece is its rule, not a
    change (not "Legal wants the date at the top", one piece put right)."""
    return bool(EVERY & set(clause)) and any(
        end <= s and s - end <= 1 for _, end in v.rel("REQ_ACTOR"))


_KINDS_OF_CUT = words("final rough first second fine director's directors long short new "
                      "latest extended")
_LOOK_VERBS = words("feel look read sound seem come")
_A_BIT = words("a bit little touch lot much")


def _looks_different(v: View, k: int) -> bool:
    """Whether words from ``k`` say how a piece should come across: "feel less corporate",
    "look a bit warmer" (not "be louder", said of a summary; not "drive sign-ups")."""
    if v.at(k) in ("stand", "pop") and v.at(k + 1) in ("out", "more"):
        return True  # "we want the logo to stand out more"
    if v.at(k) not in _LOOK_VERBS:
        return False
    j = k + 1
    while v.at(j) in _A_BIT:
        j += 1
    return (v.at(j) in ("less", "more") and v.at(j + 1).isalpha()) or (
        v.at(j) in _WANTED_COMPARATIVE)


_FOR_A_PRICE = re.compile(r"\b(?:do|make) (?:it|this|that|the (?:job|work|project))\s+for\s+"
                          r"(?:[$€£]\s?)?\d")


_NOT_A_LOOK = words("general generally usually always lead notice turnaround time timeline "
                    "deadline process")
_PREFER = re.compile(r"\b(?:would|'d|prefers?)\s+(?:really\s+|much\s+|rather\s+)?(?:prefer\s+)?"
                     r"(?:a|an|the|something)\s+(?:bit\s+|little\s+|touch\s+)?(?P<how>[a-z-]+)")


def prefers_different(v: View) -> Verdict:
    """"The client would prefer a warmer palette", "we'd prefer something simpler": another
    look for the piece (not "we'd prefer a call", "I'd prefer the 12th")."""
    found = _PREFER.search(v.lower)
    if found is None or "prefer" not in found.group(0) or v.past_only or v.status_question:
        return None
    if found.group("how") not in _DIFFERENT | _WANTED_COMPARATIVE or (
            MEETINGS | _NOT_A_LOOK) & set(v.n):
        return None  # (nor "we prefer a longer lead time in general": how they work)
    k = next((k for k in range(len(v.n)) if v.n[k].startswith("prefer")), v.first)
    return Hit(KIND, k, min(k + 2, v.last), 0.7, "edit")


_SHOW_VERBS = words("show display feature put use")


def instead(v: View) -> Verdict:
    """"We'd prefer the blue one instead", "could we have B rather than A", "show the monthly
    price rather than the annual one" (an imperative with its alternative)."""
    if v.has("INSTEAD") and v.at(v.first) in _SHOW_VERBS and v.at(v.first + 1) in DETS \
            and not v.past_only and not MEETINGS & set(v.n):
        return Hit(KIND, v.first, v.first + 1, 0.7, "swap")
    if not (v.has("INSTEAD") and v.rel("FRAME")) or v.past_only or MEETINGS & set(v.n):
        return None
    if _FOR_A_PRICE.search(v.lower):
        return None  # "can we do it for 10k instead?": the fee bargained, not the work
    if BILLING & set(v.n):
        return None  # "please send the invoice to accounts instead of me": billing, an errand
    for fs, fe in v.rel("FRAME"):  # (the first may be "any chance": "any chance we could
        # get the menu boards by the 22nd instead of the 28th?", its "we could" asks)
        if v.n[fs] in _INSTEAD_FRAMES or (v.n[fs] == "we" and v.at(fs + 1) in ("could", "can")
                                          and v.rel("FRAME")[0][0] < fs):
            return Hit(KIND, fs, fe - 1, 0.7, "swap")  # ("our preference would be to lead
    return None  # with the clinical data instead": a preference for another way)


_INSTEAD_FRAMES = frozenset(("'d", "would", "please", "let", "could", "can", "our", "my"))


def needs_fixing(v: View) -> Verdict:
    """"The date on page 2 is wrong", "the phone number needs fixing" (not "the office needs a
    refresh")."""
    for s, e in v.rel("NEEDS_FIX"):
        if not v.negated_before(s) and not _said_of_other_things(v, s):
            return Hit(KIND, s, e - 1, 0.75, "edit")
    return None


def _said_of_other_things(v: View, i: int) -> bool:
    """Whether what needs something (the word before word ``i``, "needs ...") is one of the
    business's own things (the office, the team, the stock): "the office needs a refresh",
    "our team needs another pass" (not "the team page needs a refresh", "our business cards
    need a refresh": the last word names the thing)."""
    return v.at(i - 1) in _NOT_THE_WORK


# Pieces of the work a client criticises, and details printed on them.
# The names agencies give the pieces they make, beyond the everyday ones below: print,
# packaging, signage, digital, video and merchandise ("the wordmark is too small", "the hang
# tag is missing the price"; benchmarks/pieces.py). Not words that are as often something else:
# "cap" (a budget's), "quote" (a price), "score", "edit", "super", "promo", "card" alone.
PIECE_NAMES = words(
    "wordmark wordmarks masthead mastheads lockup lockups roundel roundels monogram emblem crest "
    "badge badges sticker stickers decal decals label labels tag tags hangtag hangtags "
    "swingtag bookmark bookmarks postcard postcards leaflet leaflets pamphlet booklet catalogue "
    "catalog folder envelope envelopes letterhead stationery invitation invitations insert "
    "sleeve wrapper carton cartons pouch packaging packshot packshots placemat coaster coasters "
    "menu menus signage sign signs roll-up roll-ups rollup pull-up pullup pop-up popup wobbler "
    "wobblers shelf-talker cling clings standee standees a-frame billboard billboards hoarding "
    "mural vinyl favicon thumbnail thumbnails avatar sidebar navbar hero carousel slider modal "
    "widget microsite e-blast eblast newsletter mailer skyscraper leaderboard "
    "pre-roll preroll bumper reel reels post posts caption hashtag endcard end-card endframe "
    "end-frame chyron lower-third outro jingle soundtrack storyboard animatic cutdown cut-down "
    "teaser trailer strapline subheading subheader slogan blurb pullquote testimonial "
    "testimonials byline footnote bullet bullets diagram pictogram mascot character tote "
    "lanyard lanyards mug mugs t-shirt tshirt nameplate brochure insert inserts sticker "
    "card cards"  # "the end card is on screen for barely a second", "the recipe cards"
)
WORK_PARTS = words(
    "logo logos headline headlines header heading subhead subheadline font fonts typeface type "
    "photo photos image images picture pictures shot shots copy text body video videos spot "
    "cta button colour color colours colors background tagline title intro ending music "
    "voiceover vo map disclaimer layout slide slides page pages banner banners ad ads flyer poster "
    "caption captions graphic graphics icon icons illustration animation border frame frames "
    "date address phone number url link website name spelling contrast spacing margin margins "
    "paragraph line lines sentence wording word words crop colouring coloring palette size "
    "sizes footer signature cover version mockup draft edit cut audio sound subtitles "
    "blue red green orange yellow black white purple pink grey gray navy gold beige teal "
    "chart charts graph graphs table tables infographic qr code codes link links url urls "
    "warning warnings "  # "the choking hazard warning is too small"
    "translation translations "  # "the Korean translation has some mistakes"
    "bio bios "  # "my bio says I joined in 2012, it was 2011"
    "pricing hashtag hashtags "  # "pricing too small to read", "hashtag should be #LoveLocal"
    # "Not a fan of the clip art", "the photography feels dated", "the gradient is too strong"
    "art artwork clipart imagery photography illustrations gradient gradients texture pattern "
    "typography headshot headshots shadow shadows "
    "section sections blog gallery faq"  # "we can drop the blog section for now"
) | PIECE_NAMES
# A piece of the work by any of its names: its parts and the pieces themselves (one table,
# not a union built again by every rule that asks).
_ANY_PIECE = WORK_PARTS | _PIECES
#: What "make" can make some way (read by ``_piece_made_some_way``): the work, and its prices.
_MADE_PIECES = _ANY_PIECE | words("price prices")
# "make more big the opening hours" (a learner's "bigger"), "make more room for the logo"
_MORE_OF_A_PIECE = _MADE_PIECES | COMPARATIVE_OK | _MADE_SIZE | _MADE_INTO | words("room space")
# "too late to change", "too expensive": about timing or money, not the piece.
_NOT_CRITIQUE_AFTER = words("late early soon bad expensive pricey costly high low much many")
# After "too much <word>": the word said alone, an adjective ("too much flashy, we prefer")
_SAID_ALONE = frozenset(("", ".", ",", "!", ";", "and", "for"))
_TIMED_PARTS = words("music voiceover vo sound audio logo title titles cta cut sting jingle "
                     "animation transition subtitles captions")


def _timing_of_a_part(v: View, s: int) -> bool:
    """"music swells too early", "the logo comes in too late": a part of a cut timed wrong
    (not "too late to change", "it's too early to say")."""
    return v.at(s + 1) in ("early", "late", "soon") and v.at(s + 2) != "to" \
        and bool(_TIMED_PARTS & set(v.n[max(0, s - 4) : s]))


_OUR_SLIP = words("sent attached gave uploaded shared forwarded picked grabbed sorry oops")
_MONEY_PARTS = words("price prices budget quote fee fees cost costs invoice rate")


# "price wrong", "wrong price on the poster": a price printed on the piece is a detail of it
_PRINTED_PRICES = words("price prices")
_FLAWS = words("wrong incorrect outdated typo missing")


def _printed_price(v: View, k: int, s: int) -> bool:
    """Whether word ``k`` is a price printed on the piece that critique ``s`` finds wrong
    ("price wrong", "wrong price on the poster"; not "your price": the quote)."""
    if v.n[s] == "missing" and (_MONEY_PARTS | BILLING) & set(v.n[s + 1 : s + 5]):
        return False  # "the price is missing from your quote": the bill, not the piece
    flawed = v.n[s] in _FLAWS or "last" in v.n[s : s + 3]  # (or "prices are last year's")
    return v.n[k] in _PRINTED_PRICES and flawed and v.at(k - 1) != "your"


_HOURS_SHOWN = words("office opening store shop business clinic branch")


def _part_near(v: View, s: int, *, after: bool) -> int | None:
    """Index of the piece of work criticised at ``s``: the nearest one before it in the clause
    (``after``: or right after it, "wrong logo on page 2", "typo in the headline")."""
    k, looked = s, 0
    while k > 0 and looked < 8:
        k -= 1
        word = v.n[k]
        if word in _CLOSING_QUOTES:  # 'the headline "Get your shot, get your life back" is too
            opening = next((j for j in range(k - 1, max(-1, k - 25), -1)  # flippant': words
                            if v.n[j] in _OPENING_QUOTES), None)  # quoted, no clause of ours
            if opening is not None:
                k = opening
                continue
        looked += 1
        if word == "," and v.at(k + 1) in ("which", "that"):
            continue  # "the logo, which looks stretched"
        if word in CLAUSE_PUNCT and word not in ("-", "–"):
            break
        if word in _MONEY_PARTS and not _printed_price(v, k, s):
            return None  # "the price is too high": the quote, not the piece
        if word in WORK_PARTS or _printed_price(v, k, s):
            return k
        if word == "hours" and v.n[s] not in ("too", "enough") and (
                v.at(k - 1) in _HOURS_SHOWN
                or (v.at(k - 1) in ("the", "") and v.at(k + 1) in ("are", "on"))):
            return k  # "the office hours are wrong", "Hours are wrong on the back": what the
            # piece prints (not "too long"; not "the hours you billed are wrong")
    if after:
        for k in range(s + 1, min(len(v.n), s + 5)):
            if v.n[k] in WORK_PARTS:
                return k
    return None


_CLOSING_QUOTES = frozenset(('"', "”", "''"))
_OPENING_QUOTES = frozenset(('"', "“", "``"))
#: ... and the single ones and guillemets: 'make it "..."', "make this 'Book now'" (_make)
_QUOTE_MARKS = _OPENING_QUOTES | {"'", "‘", "«"}


_MISLAID_OBJECTS = words("file files attachment attachments email emails link links login "
                         "logins password invoice invoices details info information access "
                         "assets proof proofs pdf pdfs copy version something anything you "
                         "sam it them deadline call meeting")


def _lacks_a_piece(v: View, s: int) -> bool:
    """"We're missing the linen dress (though)": what the piece should show and does not; not
    "I'm missing the logo files" (not received) nor "we're missing you"."""
    if v.at(s - 1) not in ("'re", "are", "'m", "am") or v.at(s - 2) not in ("we", "i"):
        return False
    if v.at(s + 1) not in ("the", "our", "a", "an") or v.past_only:
        return False
    after = set(v.n[s + 1 : s + 5])
    return not after & _MISLAID_OBJECTS and "from" not in after and v.unit.text.rstrip()[-1:] != "?"


# After "the colours are completely off": the clause ends, or says where ("off on the proof").
_OFF_ENDS = frozenset(("", ".", "!", ",", ";", "on", "in", "here", "there", "again", "now", "-",
                       "–", "too", "compared", "vs"))
_OFF_WHERE = words("the this that these those our your page pages proof proofs print printed "
                   "screen version my mobile phones")  # ("cut off on my phone")


def _after_semicolon(v: View) -> bool:
    """Whether the unit goes on from a ";" in the same sentence."""
    before = v.an.text[max(0, v.unit.start - 12) : v.unit.start].rstrip()
    return before.endswith(";")


# What a design can have broken: a link, a button, a page (not a sign or a lanyard)
_BREAKS_ONLINE = words("link links url urls button buttons form page pages site website code "
                       "codes qr video videos email emails widget carousel slider popup pop-up "
                       "microsite favicon image images photo photos layout menu menus ad ads "
                       "banner banners e-blast eblast newsletter landing")
_PRAISED = re.compile(r"^\W*(?:all\s+)?(?:happy|fine|good|great|ok|okay|perfect|love|lovely|"
                      r"looks good|looks great)\b")
_EXCEPT = re.compile(r"\b(?:except|apart from|other than|aside from|but for)\b")
# "Everything good except the footer.", "All good apart from the price.": the rest passed
_ALL_GOOD = re.compile(r"^\W*(?:everything|all|it\s+all|the\s+rest)(?:'s|\s+is|\s+looks|\s+seems)?"
                       r"\s+(?:good|fine|great|ok|okay|perfect|approved)\b")


# Last time's work judged, and this time's wanted otherwise: a brief's background
_LAST_TIMES_WORK = re.compile(r"\blast (?:year|season|time)['’]s\s+(?:[\w-]+\s+){1,2}?"
                              r"(?:was|were)\b[^.;!?]*\bthis (?:time|year|season|round)\b")
# Another party's work named before "their": "the wholesaler's new catalog", "what H&R Block
# is running" (not "last year's ads", "our printer's proof": ours)
_OTHERS_WORK = re.compile(
    r"\b(?!(?:last|this|next)\s)(?:the\s+)?(?!our\b|my\b|your\b|year|season|month|week|today|"
    r"yesterday|printer|designer|agency)[a-z][\w-]*['’]s\s+(?:new\s+|latest\s+|old\s+|current\s+)?"
    r"(?:[\w-]+\s+)?(?:catalogu?e|catalog|ads?|site|website|brochure|flyers?|menu|campaign|"
    r"posters?|packaging|layout|commercials?|spots?)\b"
    r"|\bwhat\s+(?:[A-Z][\w&.'-]*\s+){1,3}(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:running|doing|using|sending|posting|putting\s+out)\b")
# The work of others: "our competitor's billboard looks cheap"
_SOMEONE_ELSES = words("competitor competitors competitor's competitors' rival rivals rival's")
# The AE's own correspondence: "still shows up in some of your emails", "in your signature"
_THE_AES_MAIL = re.compile(r"\byour (?:e-?mails?|mails?|messages?|signature|replies|inbox)\b")
# Words between "too many" and a piece that say no kind of it: "too many of the photos"
_NOT_A_KIND = words("of the a an our your their my in on at for to and")
_LAST_YEARS = re.compile(r"\blast (?:year|season|month|week)['’]s\b")


def _in_a_part(v: View, k: int) -> int | None:
    """The piece of the work named in "in|on the ..." within five words from ``k``: "(too
    many exclamation marks) in the email copy"."""
    for j in range(k, min(k + 5, len(v.n) - 1)):
        if v.n[j] in ("in", "on") and v.at(j + 1) in ("the", "our", "this", "that", "each"):
            return next((m for m in range(j + 2, min(j + 5, len(v.n))) if v.n[m] in WORK_PARTS),
                        None)
    return None


_WE_WILL_FIX = re.compile(r"\b(?:we|i|our \w+|my \w+)\s+(?:will|'ll|can|are going to|am going "
                          r"to|is going to)\s+(?:fix|correct|sort out|sort|update|change|handle|"
                          r"take care of)\b(?![^.;!?]*\bbut\b)")
_PLACES_FILLED = words("door doors store stores shop shops event events venue restaurant "
                       "gym clinic office showroom")
_FIXED_IT_OURSELVES = re.compile(r"^\W*(?:i|we)(?: just| already| have| 've| had)? (?:fixed|"
                                 r"corrected|sorted|caught and fixed)\b(?![^.;!?]*\bbut\b)")


def criticised(v: View) -> Verdict:
    """"The logo is too small", "Headline too long", "wrong logo on page 2", "the CTA isn't
    visible enough", "typo in the second paragraph": a piece found wanting is a change asked
    for; not "not too long", nor a report of the past, nor a price or a date that is late."""
    excepted = _EXCEPT.search(v.lower)
    if excepted and (v.pleasantry or _PRAISED.match(v.lower) or _ALL_GOOD.match(v.lower)) \
            and not v.rel("CRITIQUE"):
        # "happy with everything except the font": the one part left out is the one to change
        k = v.word_at(excepted.end())
        if WORK_PARTS & set(v.n[k : k + 3]) and not v.past_only:
            return Hit(KIND, k, min(k + 2, v.last), 0.65, "edit")
    praised = v.pleasantry and not excepted  # not "all fine except the logo"
    # "the footer still has last year's address": "still" says it is so now
    # "the spa prices are last year's": what the piece shows now is last year's (not "our
    # prices are last year's, we did not raise them": the past besides)
    past = v.past_only and not any(
        v.n[s] == "still" or (v.at(s + 1) == "last" and not PAST_WORDS.search(
            _LAST_YEARS.sub("", v.lower))) for s, _ in v.rel("CRITIQUE"))
    if past or v.status_question or praised or _after_semicolon(v):
        return None  # "swap the illustration; the illustration reads as too playful": a reason
    if BILLING & set(v.n) or _SOMEONE_ELSES & set(v.n) or _THE_AES_MAIL.search(v.lower):
        return None  # "the price on your invoice is wrong": the bill, not the work; a rival's
        # ad; "my old number still shows up in your emails": the AE's mail, not the work
    if "their" in v.n and _OTHERS_WORK.search(v.unit.text):
        return None  # "the wholesaler's new catalog came today and their layout is a mess"
    if _FIXED_IT_OURSELVES.search(v.lower) or _WE_WILL_FIX.search(v.lower):
        return None  # "I fixed the typo myself in the Word doc": done already; "Our intern
        # will fix the typos on the website": the client's side does it
    if _LAST_TIMES_WORK.search(v.lower):
        return None  # "last year's posts were too plain, I want more color this time": a
        # brief for new work, the old work its background
    for s, e in v.rel("CRITIQUE"):
        if _CONDITIONALS & set(v.n[:s]):
            continue  # "I wonder if the headline is too long", "if the logo is too small"
        if v.n[s] == "the" and v.at(s - 1) == "than":
            continue  # "the new headline is much better than the old one": praise
        if v.n[e - 1] in ("has", "have") and v.at(e) == "to":
            continue  # "Flyer still has to hit mailboxes April 26": a modal, nothing wrong
        word = v.n[s]
        part: int | None = None
        if word == "too":
            nxt = v.at(s + 1)
            if nxt in ("much", "many") and v.at(s + 2) in WORK_PARTS:
                part = s + 2  # "too much text"
            elif nxt in ("much", "many") and v.at(s + 3) in WORK_PARTS \
                    and v.at(s + 2).isalpha() and v.at(s + 2) not in _NOT_A_KIND:
                part = s + 3  # "too many stock photos", "too much small text"
            elif nxt in ("much", "many") and (within := _in_a_part(v, s + 2)) is not None:
                part = within  # "too many exclamation marks in the email copy"
            elif nxt == "much" and v.at(s + 2).isalpha() and v.at(s + 3) in _SAID_ALONE \
                    and not v.negated_before(s):
                pass  # a learner's "the orange is too much flashy": "too flashy"
            elif not nxt.isalpha() or v.negated_before(s) or (
                    nxt in _NOT_CRITIQUE_AFTER and not _timing_of_a_part(v, s)):
                continue  # "me too", "too late to change", "not too long"
        elif word == "enough":
            if "not" not in v.n[max(0, s - 4) : s]:
                continue  # "big enough" is praise; "isn't visible enough" a critique
        elif v.negated_before(s) or (_OUR_SLIP & set(v.n[:s])):
            continue  # "sorry, I attached the wrong logo": our slip, not the work's fault
        elif word == "missing" and v.at(s - 1) in ("'s", "is", "are", "'re") \
                and v.at(s - 2) in ("it", "they") and _POLITE & set(v.n[:s]) and v.rel("FRAME") \
                and v.at(s + 1) in ("", ".", "!", ")", "-"):
            return Hit(KIND, v.first, s, 0.7, "add")  # "Please list the Good Friday service at
            # 7 pm, it's missing": what to add, and why
        elif word in ("we", "i") and v.at(s + 1) == "miss":
            if v.at(s + 2) in ("the", "our", "a", "an") and WORK_PARTS & set(v.n[s + 3 : s + 7]) \
                    and not v.past_only and not v.unit.text.rstrip().endswith("?"):
                return Hit(KIND, s, min(s + 3, v.last), 0.7, "add")  # a learner's "we miss the
            continue  # designer's name under each product": it lacks it (not "we miss you")
        elif word == "missing" and {"i", "we", "you", "they", "am", "sorry"} & set(v.n[:s]):
            if _lacks_a_piece(v, s):  # "we're missing the linen dress": the lookbook lacks it
                return Hit(KIND, s, min(s + 2, v.last), 0.7, "add")
            continue  # "I'm missing the logo files": someone's inbox, not the work's gap
        elif word in ("nobody", "no") and v.at(s + 1) in ("will", "would", "one"):
            part = next((m for m in range(e, min(e + 8, len(v.n))) if v.n[m] in WORK_PARTS),
                        None)  # "nobody will read the small print at that size"
            if part is None:
                continue
        elif v.n[e - 1] == "mentioned":
            if v.unit.text.rstrip().endswith("?") or _CONDITIONALS & set(v.n[:s]) \
                    or v.at(s - 1) in ("it", "this", "that"):
                continue  # "is it not mentioned?", "it's not mentioned because ...": no gap
            return Hit(KIND, max(v.first, s - 3), e - 1, 0.7, "add")  # the piece leaves it out
        elif v.n[e - 1] in ("lost", "buried") and _MISLAID & set(v.n[max(0, s - 3) : s]):
            continue  # "the logo files are lost": mislaid, not hard to see on the piece
        elif v.n[e - 1] == "off" and v.at(e) not in _OFF_ENDS:
            continue  # "the flyers are off to print", "the team is off on Friday"
        if v.n[e - 1] == "off" and v.at(e) in ("on", "in") and v.at(e + 1) not in _OFF_WHERE:
            continue
        if part is None and v.n[e - 1] in ("on", "in") and "still" in v.n[s:e]:
            part = next((m for m in range(e, min(e + 4, len(v.n))) if v.n[m] in WORK_PARTS),
                        None)  # "(we don't offer it anymore,) it's still on the landing page"
            if part is None:
                continue
        if part is None and word == "still" and v.n[e - 1] in _SHOWS_WORDS and s > v.first \
                and v.at(s - 1).isalpha() and v.at(s - 1) not in _SPEAKERS_AND_PEOPLE:
            part = s - 1  # "the Saturday hours still say 9-1": what shows the old words
        if part is None and word in ("has", "have"):  # "the Korean translation on the
            part = next((m for m in range(s - 1, max(v.first, s - 7) - 1, -1)  # product page
                         if v.n[m] in WORK_PARTS), None)  # has some mistakes"
            if part is None:
                continue
        if part is None and word == "too" and v.at(s + 1) in _THE_LOOK and v.at(s - 1) in (
                "'s", "is", "looks", "feels", "seems") and v.at(s - 2) in ("it", "that", "this") \
                and v.at(s + 2) in ("", ".", "!", ",", "?", "-") \
                and all(w in _HEDGES or not w.isalpha() for w in v.n[v.first : s - 2]):
            part = s + 1  # "I don't know... it's too blue.": the piece at hand, judged (not
            # "the owner thinks it's too busy": said of what someone saw)
        if part is None:
            part = _part_near(v, s, after=word not in ("too", "enough", "hard", "difficult"))
        if part is None and v.at(s - 1) == "," and word in _SUBJECTLESS:
            part = _part_in_clause_before(v, s - 1)  # "..., looks odd": said of that clause
        if part is None:
            continue
        if word == "broken" and v.n[part] not in _BREAKS_ONLINE:
            continue  # "the sign outside the shop is broken": the thing, not its design
        if _the_writers_own(v, part):
            continue  # "typo in my address above", "a typo in your email signature": the mail
        return Hit(KIND, min(part, s), max(part, e - 1), 0.7, "edit")
    return None


_SHOWS_WORDS = words("say says show shows read reads list lists")
_SPEAKERS_AND_PEOPLE = words("we i you they he she it people kids children customers clients "
                             "everyone everybody staff team members guests patients parents "
                             "folks users readers")
# What may open a verdict on the piece at hand: "I don't know... it's too blue."
_HEDGES = words("i don't do not n't know hmm hm um honestly tbh but and so well sorry just "
                "still though ok okay yeah")


# A verdict said after a comma without its subject: "the kids on the flyer are all holding the
# clubs left-handed, looks odd"
_SUBJECTLESS = words("looks look seems seem too way")  # ("..., way too neon")
_SAID_OF_THE_PIECE = words("feels looks seems reads sounds")


def _part_in_clause_before(v: View, comma: int) -> int | None:
    """The last piece of the work named in the clause that ends at ``comma``."""
    for k in range(comma - 1, -1, -1):
        if v.n[k] in CLAUSE_PUNCT and v.n[k] not in ("-", "–"):
            return None
        if v.n[k] in WORK_PARTS:
            return k
    return None


# The writers' own mail, not the work: "a typo in your email signature".
_YOUR_MAIL = words("signature message note reply mail text thread invite invitation")


def _the_writers_own(v: View, part: int) -> bool:
    """Whether the piece at ``part`` is the writer's own ("my address above") or the
    reader's mail ("your email signature"), named by the determiner at most two words
    before it."""
    start = next((j for j in range(part, max(-1, part - 3), -1) if v.n[j] in _OWNERS), None)
    if start is None:
        return False
    phrase = set(v.n[start : part + 2])
    return v.n[start] == "my" or (v.n[start] == "your" and bool(_YOUR_MAIL & phrase))


_OWNERS = words("my your the our this that a an")


# A piece disliked or doubted, said without asking: "I'm not loving the font on the cover",
# "my boss isn't keen on the stock photo", "the blue doesn't quite work for us", "the intro
# feels a bit long", "we're not sure the tagline lands", "the CTA should stand out more".
_DISLIKE = re.compile(
    r"(?:(?:\bnot|n't) (?:loving|keen on|a (?:big |huge )?fan of|crazy about|sold on|sure about|"
    r"happy with|convinced by|thrilled with|wild about|(?:really )?(?:love|like))|"
    r"\b(?:dislikes?|hates?|can't stand|cannot stand|struggling with)|"
    # "Not feeling the photo.", "We're not fans of the illustration style."
    r"\bnot (?:really )?feeling|\bnot (?:big |huge )?fans of)\s+(?:the|that|this|those|"
    r"these|our|your)\s+")  # ("The boss hates the yellow.": someone's dislike passed on)
_NOT_WORKING = re.compile(
    r"\b(?:does|do|is|are)(?:n't| not)\s+(?:quite |really |totally )?(?:work|working|land|"
    r"landing|fit|feel right|sit right|read well|pop|match|line up)\b|"
    r"\bnot sure (?:that )?(?:the|this|our) "
    r"(?:[\w-]+ ){1,2}(?:quite |really )?(?:lands?|works?|fits?|reads? well)\b|"
    # "I'm not sure the photo is right for us"
    r"\bnot sure (?:that )?(?:the|this|our) (?:[\w-]+ ){1,2}(?:is|are) (?:quite |really )?"
    r"(?:the )?right\b")
# 'I'm not sure "affordable" is the right word for us': a word of the copy doubted
_WORD_DOUBTED = re.compile(r"\bnot sure (?:that )?[\"“'‘][^\"”'’]{1,30}[\"”'’] (?:is|are) "
                           r"(?:quite |really )?(?:the )?right (?:word|words|choice|term|name|"
                           r"phrase|tone)\b")
_FEELS = re.compile(
    r"\b(?:feels|looks|seems|reads|sounds|comes across|is|are|'s)\s+(?:as\s+)?(?:a bit|a little|"
    r"a touch|"
    r"slightly|somewhat|rather|kind of|kinda|a tad)\s+(?:too\s+)?(?P<how>[a-z-]+)")
_PRAISE = words("better nicer great good fine right perfect lovely clearer cleaner stronger "
                "fresher brighter bolder more warmer happier clean fresh clever sharp crisp "
                "elegant classy stylish polished beautiful gorgeous stunning smart slick vibrant "
                "cheerful nice")
# "the logo is a bit of a challenge", "the video is a little late": no verdict on the piece
_NO_VERDICT = words("of late early behind delayed ahead off confused unsure worried busy")
_STAND_OUT = re.compile(r"\b(?:should|needs? to|could|must|has to)\s+(?:stand out|pop)\s+"
                        r"(?:a (?:bit|little|lot) )?more\b")
_DO_WITH = re.compile(r"\b(?:could|would|might) do with (?:a (?:bit|little|touch|lot) )?"
                      r"(?:(?:of )?more|less|fewer|some more)\b")
_WORKS_BETTER = re.compile(r"\b(?:might|would|could|may|'d) (?:work|look|read|sit|fit|flow|sound) "
                           r"better\b")


# The piece as a whole judged: "The whole thing feels a bit flat.", "Overall it looks busy."
_WHOLE_THING = re.compile(r"^\W*(?:honestly,?\s+|but\s+|and\s+)?(?:the\s+whole\s+thing|"
                          r"overall,?\s+it|the\s+overall\s+(?:look|feel|design))\s+(?:feels|looks|"
                          r"seems|is|reads)\s+"
                          r"(?:a\s+bit\s+|a\s+little\s+|kind\s+of\s+|too\s+|really\s+|very\s+|"
                          r"quite\s+)?(?P<how>[\w-]+)")
# A verdict in a word: "Headline is meh.", "The photo is a no for me." (not "the answer is no")
_MEH = re.compile(r"\b(?:is|'s|looks|feels|seems)\s+(?:a\s+bit\s+|kinda\s+|pretty\s+|just\s+|"
                  r"very\s+)?(?:meh|blah|so-so|a\s+no|a\s+hard\s+no|a\s+no-go|a\s+miss)\b")


_KEPT_ANYWAY = re.compile(r"\bbut\s+(?:let's\s+|we'll\s+|i'll\s+|we can\s+|we should\s+)?"
                          r"(?:just\s+)?(?:keep|leave)\s+(?:it|them|that|this|the\s+\w+)\b"
                          r"(?!\s+(?:out|off)\b)")


def disliked(v: View) -> Verdict:
    """A piece of the work disliked, doubted or found wanting without a verb of change
    ("I'm not loving the font on the cover", "the intro feels a bit long", "the blue doesn't
    quite work for us", "the layout could do with more white space", "a serif font might
    work better"); not praise ("the intro feels just right"), a meeting ("Tuesday might work
    better") or the past."""
    if v.past_only or v.status_question or MEETINGS & set(v.n) or BILLING & set(v.n) \
            or _SOMEONE_ELSES & set(v.n):
        return None  # (nor "our competitor's new billboard looks cheap": not our work)
    text = v.lower
    if _KEPT_ANYWAY.search(text):
        return None  # "I'm not sure about the snowflake pattern, but let's keep it for now"
    if v.at(v.first) in _SAID_OF_THE_PIECE and FAULT_WORDS & set(v.n[v.first + 1 : v.first + 5]):
        return Hit(KIND, v.first, v.last, 0.7, "edit")  # "Feels a bit corporate for us": the
        # piece the mail is about, its subject dropped
    if (whole := _WHOLE_THING.match(text)) and whole["how"] in FAULT_WORDS | SIZE_WORDS:
        return Hit(KIND, v.first, v.last, 0.7, "edit")  # "The whole thing feels a bit flat."
    if _WORD_DOUBTED.search(text):
        return Hit(KIND, 0, v.last, 0.7, "edit")
    parts = [k for k, w in enumerate(v.n) if w in WORK_PARTS]
    if not parts:
        return None
    if (meh := _MEH.search(text)) and _part_before(v, text, meh.start()):
        return Hit(KIND, 0, v.last, 0.7, "edit")  # "Headline is meh.", "the photo is a no"
    found = _DISLIKE.search(text)
    if found and text[: found.start()].rstrip().endswith(("were", "was", "did", "had")):
        found = None  # "we weren't keen on the first logo, but this one is great"
    if found and any(text.find(v.n[k], found.end()) - found.end() in range(0, 30) for k in parts):
        return Hit(KIND, 0, v.last, 0.7, "edit")
    feels = _FEELS.search(text)
    if feels and feels.group("how") not in _PRAISE | _NO_VERDICT \
            and _part_before(v, text, feels.start()):
        return Hit(KIND, 0, v.last, 0.7, "edit")
    for pattern in (_NOT_WORKING, _STAND_OUT, _DO_WITH, _WORKS_BETTER):
        found = pattern.search(text)
        if found and _part_before(v, text, found.end()):
            return Hit(KIND, 0, v.last, 0.7, "edit")
        if found and pattern is _DO_WITH and _VOCATIVE_ONLY.match(text[: found.start()]):
            return Hit(KIND, 0, v.last, 0.7, "edit")  # "Could do with a bit more breathing room
            # around the logo": the piece named after, its subject dropped
    verdict = _FEELS_PLAIN.search(text)
    if verdict and _part_before(v, text, verdict.start()):
        return Hit(KIND, 0, v.last, 0.7, "edit")  # "the photo of the lobby feels dated"
    if _judged_wanting(v, text):
        return Hit(KIND, 0, v.last, 0.7, "edit")  # "the music is so loud", "I find the font stiff"
    return None


# A piece judged in a word of fault ("the layout feels cluttered", "the copy is so generic",
# "I find the font stiff"), or in a word of size, weight or tone that a verb of seeming or a
# word of degree makes a judgment ("the logo feels small", "the intro is really long"; not
# "the logo is small", a description). benchmarks/critiques.py measures the frames.
_JUDGED = re.compile(
    r"\b(?P<verb>feels|feel|looks|look|seems|seem|comes across as|come across as|reads as|"
    # (a learner's "Logo is looking very small.")
    r"read as|sounds|sound|is looking|are looking|is|are|'s|'re)\s+"
    r"(?P<degree>(?:so|really|quite|rather|very|pretty|"
    r"super|way|kind of|kinda|sort of|a tad|a touch|a little|a bit|slightly|somewhat)\s+)?"
    r"(?P<how>[a-z-]+)\b(?!\s+(?:and|but|yet)\s+(?:clean|fresh|nice|good|great|lovely|"
    r"elegant|fun|modern|friendly|classy|bold|striking|beautiful|perfect)\b)")
_FOUND = re.compile(r"\bi\s+(?:find|found)\s+(?:the|our|this|that)\s+[\w' -]{1,30}?\s+"
                    r"(?:(?:so|really|quite|rather|very|pretty|a bit|a little|too)\s+)?"
                    r"(?P<how>[a-z-]+)\s*[.!,;]")
_PERCEIVED = words("feels feel looks look seems seem sounds sound")


def _judged_wanting(v: View, text: str) -> bool:
    """Whether a piece is judged wanting in a word of fault or size (see _JUDGED)."""
    if v.past_only or v.status_question:
        return False
    for found in _JUDGED.finditer(text):
        how, verb = found.group("how"), found.group("verb")
        judged = how in FAULT_WORDS or (how in SIZE_WORDS and (
            verb.split()[0] in _PERCEIVED | {"comes", "come", "reads", "read"}
            or verb.endswith("looking")
            or found.group("degree") is not None))
        if judged and _part_before(v, text, found.start()) and not v.negated_before(
                v.word_at(found.start())):
            return True
    said = _FOUND.search(text)
    return said is not None and said.group("how") in FAULT_WORDS | SIZE_WORDS \
        and _part_before(v, text, said.end())


# Nothing or only a name before: "Sam, could do with a bit more breathing room ..."
_VOCATIVE_ONLY = re.compile(r"^\W*(?:[a-z]+,\s*)?$")
_FEELS_PLAIN = re.compile(r"\b(?:feels|looks|seems)\s+(?:really\s+|very\s+|quite\s+|so\s+)?"
                          r"(?:dated|tired|cheap|amateurish|stiff|generic|old-fashioned)\b")


def _part_before(v: View, text: str, at: int) -> bool:
    """Whether a piece of the work is named in ``text`` before ``at`` (same unit)."""
    head = text[:at]
    return any(re.search(rf"\b{re.escape(w)}\b", head) for w in set(v.n) & WORK_PARTS)


_POLITE = words("please pls plz thx thanks")
# "the call is at 3, not 2", "our budget is $5k, not $10k", "the invoice is $300, not $350":
# a meeting or the money put right, not the piece
_NOT_THE_PIECE = MEETINGS | BILLING | words("budget budgets fee fees quote estimate cost costs "
                                            "spend bill")
# "Headline -> 'Fresh start'", "photo on page 2 → the new one": this becomes that.
_ARROW = re.compile(r"\S\s*(->|→|=>)\s*\S")
# Details a piece prints, put right with an arrow: "Price -> $49", "Hours → 9-5"
_PRINTED_DETAILS = words("price prices rate rates apr hours offer discount code phone email url "
                         "website address date time")
_QUOTED_BEFORE_ARROW = re.compile(
    r"^\W*[\"“'‘][^\"“”'‘’]{1,60}[\"”'’]\s*$"
    # 'p3: "recieve" -> "receive"', "p.3: recieve -> receive": a word put right on a page
    r"|^\W*(?:p|pg|page|slide|para|paragraph|frame|panel)\.?\s*\d+\s*[:\-–]\s*"
    r"(?:[\"“'‘][^\"“”'‘’]{1,60}[\"”'’]|[^\W\d_]{2,30})\s*$", re.IGNORECASE)
_MORE_OF = WORK_PARTS | LESS_MORE_OF
_LESS_MORE = words("less more fewer")
_VALUE = r"(?:[$€£¥₱₹]\s?\d|(?:r|rs|r\$|kr|zł)\s?\d|\d|[\"“'‘])"  # (also "R42", a rand price)
# How a piece looks, in one word: its shape, finish, orientation or colour.
_LOOK = (r"(?:round|square|rectangular|oval|circular|portrait|landscape|horizontal|vertical|"
         r"matte|matt|glossy|gloss|bold|italic|white|black|blue|red|green|yellow|orange|pink|"
         r"purple|grey|gray|brown|gold|silver|navy|cream)")
_CORRECTION = re.compile(
    rf"\b(?:should|shd|must|needs? to|has to) (?:be|read|say)\s*:?\s*{_VALUE}[^.;]{{0,40}}?,?\s+"
    rf"(?:and\s+)?not\s+{_VALUE}|"
    # "the hours say 11-9 not 11-10", "the dog's name is Biscuit, not Biscuits": put right
    rf"\b(?:says?|reads?)\s+{_VALUE}(?:[^.;]|(?<=\d)\.(?=\d)){{0,20}}?,?\s+not\s+{_VALUE}|"
    r"\b(?:name|spelling|title|word)\s+(?:is|should be)\s+[\w'’-]+(?:\s+[\w'’-]+)?,\s+not\s+\w|"
    # 'Doctor name spelling is "Dr. Hyun-woo Park" (not Hyunwoo)': a name put right in quotes
    r"\b(?:name|spelling|title|word)\s+(?:is|should be)\s+[\"“'‘][^\"“”'‘’]{1,40}[\"”'’],?\s+"
    r"(?:\(|and\s+)?not\s+[\w\"“'‘]|"
    # 'Dr. Patel's name is spelled with one "t" in the middle, not two'
    r"\b(?:name|word|title)\s+(?:is|should be)\s+(?:spelled|spelt|written)\b[^.;]{0,40}?,"
    r"\s+not\s+\w|"
    # "the delivery radius says 3 miles, its 5 now": a figure put right
    rf"\b(?:says?|reads?|shows?)\s+{_VALUE}[^.;]{{0,25}}?,\s+(?:it'?s|it is|they'?re|should be)\s+"
    rf"{_VALUE}|"
    # 'the name of the restaurant is "Tasca da Graça", with the accent': spelled as it should be
    r"\b(?:name|spelling|title|word)\b[^.;]{0,30}?\b(?:is|(?:should|must|needs to|has to) be"
    r"(?:\s+(?:written|spelled|spelt))?)\s+[\"“'‘][^\"“”'‘’]{1,40}"
    r"[\"”'’],?\s+with (?:the|an|a) (?:accent|capital|hyphen|cedilla|umlaut|tilde|apostrophe)|"
    # "Spelling of Caffè needs the accent", "the name needs a hyphen": a mark the word lacks
    r"\b(?:spelling|name|word|title)\b[^.;]{0,30}?\b(?:needs|need|is missing|lacks)\s+"
    r"(?:the|an|a)\s+(?:accent|capital|hyphen|cedilla|umlaut|tilde|apostrophe)\b|"
    # "the ingredients list should use cups, not grams": one word used for another
    r"\b(?<!we )(?<!i )(?<!you )(?:should|shd) (?:use|show|say|list|credit|name|spell|mention)"
    r"\s+[\w%$.' -]{1,30}?,\s+not\s+[\w$]|"
    # "p2 - pool hours are 6am-10pm now", "the phone number is now 555-0180": a detail's new
    # value (not "the rates are 5% now": what a market does)
    rf"\b(?:hours|price|prices|number|phone|address|capacity|email|website|url|times)\s+(?:is|are)"
    rf"\s+(?:now\s+{_VALUE}|{_VALUE}[^.;,?]{{0,20}}?\s+now\b)|"
    # "the sunrise service is at the lake, not in the sanctuary": a place put right
    r"\b(?:is|are)\s+(?:at|in|on)\s+(?:the|our)\s+[\w' -]{1,30}?,\s+not\s+(?:at\s+|in\s+|on\s+)?"
    r"(?:the|our)\s+\w|"
    # "the price is in euro, it must be in NOK": what it is in, then what it must be in
    r"\b(?:is|are)\s+in\s+[\w' -]{1,20}?,\s+(?:it|they)\s+(?:must|should|needs? to|has to|"
    r"have to)\s+be\s+in\s+\w|"
    # "the coasters need to be round not square": a look put right
    rf"\b(?:should|shd|must|needs? to|has to|have to) be\s+{_LOOK},?\s+not\s+{_LOOK}\b|"
    # "the walk-in hours are 8-6, not 9-5", "the family pack is $39 not $36": a figure put right
    # "Can the price of the winter service be €49 instead of €59?": a figure asked otherwise
    rf"\b(?:can|could)\s+(?:the|our)\s+[\w' -]{{1,40}}?\s+be\s+{_VALUE}(?:[^.;?]|(?<=\d)\.(?=\d))"
    rf"{{0,20}}?\s+(?:instead\s+of|rather\s+than)\s+{_VALUE}|"
    # ("$29.99 not $27.99": a price's decimal point is no stop)
    rf"\b(?:is|are)(?: now| actually| really)?\s+{_VALUE}(?:[^.;]|(?<=\d)\.(?=\d)){{0,20}}?,?\s+"
    rf"not\s+{_VALUE}|"
    # "the opening hours are on Sunday from 10 till 17, not 9 till 17": a few words first
    rf"\b(?:is|are)(?: now| actually| really)?\s+(?:on|at|from|in)\s+(?:[\w'-]+\s+){{0,3}}?"
    rf"{_VALUE}[^.;]{{0,20}}?,\s+not\s+{_VALUE}|"
    # "the phone number on the spring ad should be (312) 555-0188": a figure to put right
    r"\b(?:number|phone|price|prices|address|url|website|email|hours|code|figure|rate|discount|"
    r"percentage|date|year|weight|size|quantity|volume|count|dimensions|width|height|length)\b"
    r"[^.;]{0,40}?\bshould (?:be|read|say)\s*:?\s*(?:[$€£¥]\s?\d|\(?\d)|"
    # 'Headline: "Fresh Start" instead of "New Beginnings"', '... "Fresh Start" (not "...")'
    r"[\"“'‘][^\"“”'‘’]{1,80}[\"”'’]\s+\(?(?:instead of|rather than|not)\s+[\"“'‘]|"
    # "the importer address must be ours in New Jersey, not the winery in Italy": a detail the
    # piece prints, put right in words
    r"\b(?:address|name|phone number|url|website|email address|credit|contact)\s+(?:should|must|"
    r"needs? to|has to) be\s+[^.;]{1,40}?,\s+not\s+(?:the|our|a|an)\s|"
    # "Leaf blower - $129 (was $149)": a price put right, an item of a list (not "the new
    # croissant price is $4.25 (was $3.95)", news of a price)
    r"^\W*[\w'&/ -]{1,40}?\s[-–—:]\s*[$€£¥]\s?\d[\d.,]*\s*\((?:was|previously|not|instead of)\s+"
    r"[$€£¥]\s?\d|"
    # "but $19.99 on the drill not $24.99": a shelf price put right, said first
    r"^\W*(?:but|and|also|oh and|plus)?\s*[$€£¥]\s?\d[\d.,]*\s+on\s+(?:the\s+)?"
    r"(?:(?!(?:is|are|was|were|fine|ok)\b)[\w'-]+\s+){0,2}(?!(?:is|are|fine|ok)\b)[\w'-]+,?\s+"
    r"not\s+[$€£¥]\s?\d"
)


def terse_asks(v: View) -> Verdict:
    """What a phone says without a verb: "Bigger logo please", "Logo bigger pls", "Less text on
    slide 3", "needs more contrast"; a correction: "Price should be $49, not $59", 'Headline:
    "Fresh Start" instead of "New Beginnings"'."""
    if v.past_only or v.status_question or v.pleasantry:
        return None
    n = v.n
    terse = bool(_POLITE & set(n)) or (len(n) <= 5 and (v.unit.bullet or _on_its_line(v)))
    if terse:
        for k, word in enumerate(n):
            if word in COMPARATIVE_OK - {"pop", "stand", "more", "less"} and (
                    v.at(k + 1) in WORK_PARTS or v.at(k - 1) in WORK_PARTS):
                return Hit(KIND, max(0, k - 1), min(k + 1, v.last), 0.7, "edit")
            if word in _PLACES and v.at(k - 1) in WORK_PARTS and _POLITE & set(n):
                return Hit(KIND, k - 1, k, 0.7, "edit")  # "Logo left pls", "CTA bottom please"
    first = v.first
    label = next((k for k in range(min(4, len(n))) if n[k] == ":"), None)
    if label is not None:
        first = label + 1  # "Team feedback: less text, bigger product shot"
    hedge = next((k for k in range(min(2, len(n))) if n[k] in ("maybe", "perhaps")), None)
    if hedge is not None and not MEETINGS & set(n):
        first = hedge
        k = first + 1 + (v.at(first + 1) in ("a", "an", "something", "some"))
        if v.at(k) in _DIFFERENT | _NEWER and (
                v.at(first + 1) == "something" or v.at(k + 1) in WORK_PARTS | _TAKES):
            return Hit(KIND, first, k + 1, 0.7, "edit")  # "Perhaps a different shot?"
    if v.at(first) in _LESS_MORE and v.at(first + 1) in _MORE_OF:
        return Hit(KIND, first, first + 1, 0.7, "edit")  # "Less text on slide 3"
    for k, word in enumerate(n):
        if word in ("need", "needs") and v.at(k + 1) in _LESS_MORE and (
                v.at(k + 2) in _MORE_OF) and not v.negated_before(k) \
                and not _said_of_other_things(v, k) \
                and not (v.at(k + 2) == "people" and (v.at(k + 3) in (
                    "to", "through", "coming", "signing", "buying", "visiting") or (
                    v.at(k + 3) in ("in", "at") and v.at(k + 5) in _PLACES_FILLED))):
            # (not "we need more people to know we exist", "... more people through the door":
            # an audience to reach, the goal)
            return Hit(KIND, k, k + 2, 0.7, "edit")  # "needs more contrast"
    if _CORRECTION.search(v.unit.text.lower()) and not EVERY & set(n) and not (
            _NOT_THE_PIECE & set(n)):
        return Hit(KIND, 0, v.last, 0.7, "edit")
    if _TITLE_NOW.search(v.unit.text):
        return Hit(KIND, 0, v.last, 0.7, "edit")  # "Dr. Kim's title is Medical Director now"
    arrow = _ARROW.search(v.unit.text)
    if arrow:
        before = v.unit.start + arrow.start(1)
        if any(w in WORK_PARTS | _PRINTED_DETAILS for k, w in enumerate(n)
               if v.char_span(k)[1] <= before) \
                or _QUOTED_BEFORE_ARROW.match(v.unit.text[: arrow.start(1)]):
            return Hit(KIND, 0, v.last, 0.7, "edit")  # 'Headline -> "Fresh start"',
            # "Price -> $49", '"Summer Sale" → "Summer Savings"'
    return None


# Someone's title or role as it is now, to print: "Dr. Kim's title is Medical Director now",
# "her role is now Head of Sales" (the capitals name the title)
_TITLE_NOW = re.compile(r"\b(?:title|role|position|job title)\s+is\s+(?:now\s+[A-Z]|"
                        r"(?:[A-Z][\w'’&.-]*\s+){1,5}now\b)")


def _on_its_line(v: View) -> bool:
    """Whether the unit is a whole line of its own (a phone's list without bullets)."""
    text = v.an.text
    before = text[max(0, v.unit.start - 1) : v.unit.start]
    after = text[v.unit.end : v.unit.end + 1]
    return before in ("", "\n") and after in ("", "\n")


def can_slip(v: View) -> Verdict:
    """"The launch can slip to May 3" (not a meeting that can move)."""
    for s, e in v.rel("CAN_SLIP"):
        rest = v.text_after(e - 1)
        dated = " to " in rest.lower() and DATE_CUE.search(rest)
        if v.at(e) == "to" and _PEOPLE_MOVING & set(v.n[max(0, s - 3) : s]):
            continue  # "my colleague will move to the Denver office next month": a person
        if dated and not (MEETINGS & set(v.n)) and not v.negated_before(s):
            return Hit(KIND, s, e - 1, 0.7, "move_date")
    return None


_PEOPLE_MOVING = words("i he she they colleague colleagues boss manager director ceo team family "
                       "assistant partner husband wife son daughter")
_FRESH = _NEWER | words("latest current correct right proper final updated")


def part_needs_new(v: View) -> Verdict:
    """"Slide 4 needs a new title", "the chart needs the 2026 numbers", "the map needs the
    updated address": a part of the piece wants something new (not "every post needs alt
    text", a rule; not "we need a new logo", a brief)."""
    for k, word in enumerate(v.n):
        if word not in ("needs", "need") or v.negated_before(k) or v.past_only:
            continue
        subject = v.n[max(0, k - 3) : k]
        if not WORK_PARTS & set(subject) or EVERY & set(v.n[:k]) or {"i", "we", "you"} & set(
                subject):
            continue
        after = v.n[k + 1 : k + 4]
        if _FRESH & set(after) or any(len(w) == 4 and w.isdigit() and w.startswith("20")
                                      for w in after):
            return Hit(KIND, k, k, 0.7, "edit")
    return None


_SAME = re.compile(r"^\W*(?:(?:the\s+)?same\s+(?:again|as before|thing|layout|design|as (?:the )?"
                   r"(?:last|previous|old|original)(?: one| version| time)?|as last time|"
                   # "Same as v2 but with the new photo"
                   r"as (?:v|version\s*|round\s*|option\s*|draft\s*)\w{1,3})?|"
                   r"like (?:v1|version \w+|the last one|before))\s*,?\s*but\s+(?:with|without|"
                   r"in|on|using|make|change|swap)\b"
                   # "Back to the original headline please", "Prefer the font from v1": a part
                   # as it was in an earlier round
                   r"|^\W*(?:(?:let's|lets|please|can we|could we)\s+)?(?:go\s+)?back\s+to\s+the\s+"
                   r"(?:original|old|previous|first|earlier)\s+[a-z-]+(?:\s+please)?\s*[.!]?\s*$"
                   r"|^\W*(?:i\s+|we\s+)?(?:still\s+)?prefer\s+the\s+[a-z-]+(?:\s+[a-z-]+)?\s+"
                   r"(?:from|in|of)\s+(?:v\d|version\s+\w+|round\s+\w+|the\s+(?:first|last|previous|"
                   r"original|earlier)\s+(?:one|version|round|draft))")
_AS_IT_WAS = re.compile(r"\bkeep\s+(?:the|our|that|this|it|them)\b[^.;]{0,30}?\b(?:as it was|"
                        r"as they were|as before|the way it was|the way they were|like before|"
                        r"as in (?:v1|the first|the original|the previous))\b|"
                        # "I've changed my mind, let's keep the original photo"
                        r"\b(?:let's|lets|please|can we|could we|we'd rather|i'd rather|"
                        r"we'd like to|i'd like to)\s+(?:just\s+)?(?:keep|stick with|go back to|"
                        r"revert to)\s+the\s+(?:original|old|previous|first)\s+[a-z-]+")
_SPEC_VALUE = re.compile(r"\d+(?:\s*(?:or|to|-|–)\s*\d+)?\s*(?:seconds?|secs?|s|minutes?|mins?|"
                         r"pages?|words?|characters?|chars?|px|pixels|mb|kb|dpi|ppi|mm|cm|"
                         r"inches|in|pt|slides?)\b")
_SAID_VALUE = re.compile(r"\bshould (?:be|say|read)\s+(?:\d|[$€£]\s?\d|[\"“'‘#@])")


_IDEALLY = re.compile(r"^\W*ideally,?\s+(?:the|our|this|that)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:would|could|should)\s+(?:be|have|show|use|say|feature)\b")


def variant_or_revert(v: View) -> Verdict:
    """"Same again but with the blue background", "let's keep the headline as it was" (the
    agency changed it), "the date in the footer should be 2027": a variant, a revert, a
    value set for a part of the piece."""
    said = v.lower
    if v.status_question:
        return None
    if _AS_IT_WAS.search(said):  # (its "was" is no report of the past)
        return Hit(KIND, 0, v.last, 0.7, "swap")
    if v.past_only:
        return None
    if _SAME.search(said):
        return Hit(KIND, 0, v.last, 0.7, "edit")
    if _IDEALLY.search(said) and WORK_PARTS & set(v.n) and not EVERY & set(v.n):
        return Hit(KIND, 0, v.last, 0.65, "edit")  # "ideally the photo would be of a customer"
    value = _SAID_VALUE.search(said)
    if value and _SPEC_VALUE.match(said, value.end() - 1):
        value = None  # "the video should be 15 or 30 seconds": a spec, a rule
    if value and WORK_PARTS & set(v.n) and not EVERY & set(v.n):
        return Hit(KIND, 0, v.last, 0.7, "edit")
    return None


def needs_more(v: View) -> Verdict:
    """"We need 200 more copies", "print 50 extra"."""
    for s, e in v.rel("NEED_NUM"):
        if v.at(e) in ("more", "extra", "additional") and not v.negated_before(s):
            return Hit(KIND, s, e, 0.75, "add")
    return None


# A part of the piece put elsewhere in its order: "the e-bike section needs to come before the
# road bikes", "the map should go above the opening hours" (not "the logo must come first on
# every ad": a rule for all the work; not "the launch has to come after the sale": a date)
_COMES_BEFORE = re.compile(
    r"\b(?:the|our|this|that)\s+(?:[\w'-]+\s+){0,3}?(?:needs?\s+to|has\s+to|have\s+to|should|"
    r"must)\s+(?:come|go|sit|move|appear)\s+(?:before|after|above|below|ahead\s+of|"
    r"in\s+front\s+of|first\b|last\b)")
_ORDER_PARTS = words("section sections page pages chapter chapters paragraph paragraphs slide "
                     "slides logo logos photo photos image images map table list heading headline "
                     "headlines title titles box panel panels column columns spread spreads") \
    | WORK_PARTS


# A named piece set right against what it shows: "the noodles on the front must be the thick
# udon style, not ramen", "the headline should be in our teal, not the navy" (not "photos must
# be real customers, not stock": no piece named; not "every price must be shown with tax, not
# without": a rule for all the work)
_SET_RIGHT_NOT = re.compile(
    r"(?:^\W*|[,;]\s+|\b(?:and|also|but)\s+)(?:[a-z]+,\s+)?(?:the|this|that|our)\s+"
    r"(?:[\w'-]+\s+){0,5}?(?:should|must(?:\s+to)?|needs?\s+to|has\s+to|have\s+to)\s+"
    r"(?P<verb>be|say|read|show)\s+[^,;.!?]{1,40}?,?\s+(?:and\s+)?not\s+(?:the\s+|a\s+|an\s+|"
    r"our\s+)?[\w'-]+")  # (a learner's "must to show our web site and not the phone number")


def set_right_not(v: View) -> Verdict:
    """A named piece set right against what it shows (see ``_SET_RIGHT_NOT``)."""
    found = _SET_RIGHT_NOT.search(v.lower)
    actors = [s for s, _ in v.rel("REQ_ACTOR")
              if not (v.n[s] == "code" and v.at(s - 1) in _CODES_PRINTED)]
    if found is None or v.past_only or v.status_question or EVERY & set(v.n) \
            or "always" in v.n or "never" in v.n or v.has("REQ_STRONG") or actors:
        return None  # (nor "compliance ...: the pharmacist in the photo has to be a real
        # employee, not stock": a rule someone sets)
    at = v.word_at(found.start())
    while v.at(at) not in ("the", "this", "that", "our") and at < v.last:
        at += 1  # past "Sam," or "and"
    verb = v.word_at(found.start("verb"))
    if not _SET_RIGHT_PIECES & set(v.n[at:verb]):
        return None
    return Hit(KIND, at, verb, 0.7, "edit")


#: Codes a piece prints, no code of rules: "the coupon code should be PIZZA10, not PIZZA15"
_CODES_PRINTED = words("coupon promo discount voucher zip postal post qr area tracking offer")


# A piece named, or where on a piece a thing is shown: "the noodles on the front", "the photo
# on the back" (``_ANY_PIECE`` holds ``WORK_PARTS`` already)
_SET_RIGHT_PIECES = _ANY_PIECE | words("front back side sides lid panel box bottle jar tin bag "
                                       "pack "
                                       # a detail the piece prints: "the coupon code should be
                                       # PIZZA10, not PIZZA15"
                                       "code coupon promo amount fee "
                                       "fees url link address hours discount total spelling")


# One part of a piece over another: "the price tag graphic covers the product name"
_HIDES = re.compile(r"\b(?:covers|hides|overlaps|blocks|obscures|covering|hiding|overlapping|"
                    r"blocking|cuts\s+off|crops\s+off|sits\s+on\s+top\s+of|runs\s+into)\s+(?:the|our|"
                    r"part\s+of\s+the|(?<=off\s)(?:her|his|their|its)(?=\s+(?:head|face|feet|"
                    r"hands?|arms?|hair|legs?|name)\b))\s+")
# A piece that shows someone or something else: "the photo of Dr. Lee is actually Dr. Park"
_IS_ACTUALLY = re.compile(r"^\W*(?:the|this|that|our)\s+(?:[\w'.-]+\s+){0,5}?(?:is|are|'s)\s+"
                          r"actually\s+\w")


def part_over_part(v: View) -> Verdict:
    """A part of the piece hiding another (``_HIDES``), or a piece that shows something else
    than it says (``_IS_ACTUALLY``); the pieces named, not the past."""
    if v.past_only or v.status_question:
        return None
    found = _HIDES.search(v.lower)
    if found is not None:
        verb = v.word_at(found.start())
        after = v.word_at(found.end())
        cut = v.n[verb] in ("cuts", "crops")  # "the photo crop cuts off her head"
        if WORK_PARTS & set(v.n[max(0, verb - 4) : verb]) \
                and (cut or WORK_PARTS & set(v.n[after : after + 4])):
            return Hit(KIND, max(0, verb - 2), verb, 0.7, "edit")
    actually = _IS_ACTUALLY.search(v.lower)
    if actually is not None:
        end = v.word_at(actually.end() - 1)
        if WORK_PARTS & set(v.n[v.first : end]):
            return Hit(KIND, v.first, end - 1, 0.7, "edit")
    return None


# A part of the piece put elsewhere, pointed elsewhere or chosen: "the logo has to move to the
# top right", "the button needs to link to the booking page", "the second photo should be the
# one with the dog" (one part, named: not "every logo must sit on white", a rule; "the last
# slide should be our contact details", a part at a position said to be something, was tried
# and read one blind sentence wrong)
_PUT_ELSEWHERE = re.compile(
    r"\b(?:the|our|this|that)\s+(?:[\w'-]+\s+){0,3}?(?:needs?\s+to|has\s+to|have\s+to|should|must)\s+"
    r"(?:(?:move|sit)\s+(?:to|on|in|at|under|over|into|up|down|higher|lower)\b|"
    r"go\s+(?:to\s+the|on\s+the|in\s+the|at\s+the|under|over|into|higher|lower)\b|"  # (not "go up
    r"(?:link|point|lead)\s+to\b|"  # before the launch", an install's day)
    r"go\s+to\s+(?=/|https?:|www\.)|"  # "the sign-up link should go to /subscribe"
    r"be\s+the\s+one\s+(?:with|from|where|that|of)\b)")


# What the client expected instead: "we expected the new logo on these, not the old
# wordmark"; what cannot stay on the piece: "the offer ended last week, so the 20% off can't
# be on there" (not "we expected more people at the launch": no piece set against another)
_EXPECTED_NOT = re.compile(r"\b(?:we|i)\s+(?:expected|were\s+expecting|was\s+expecting|thought\s+"
                           r"we'd\s+see)\s+[^,.;!?]{1,50}?,?\s+not\s+(?:the|a|an|our|this)\b")
_CANNOT_STAY = re.compile(r"\b(?:can't|cannot|can not|shouldn't|should not|mustn't|must not)\s+"
                          r"(?:be|stay|go)\s+on\s+(?:there|it|them|the\s+[\w-]+)\b")


def expected_otherwise(v: View) -> Verdict:
    """What the client expected on the piece instead, or what cannot stay on it (see
    ``_EXPECTED_NOT``, ``_CANNOT_STAY``); not the past alone."""
    found = _EXPECTED_NOT.search(v.lower)
    if found is not None:
        at = v.word_at(found.start())
        return Hit(KIND, at, min(at + 2, v.last), 0.7, "edit")
    found = _CANNOT_STAY.search(v.lower)
    if found is not None and not EVERY & set(v.n) and "always" not in v.n:
        at = v.word_at(found.start())
        return Hit(KIND, at, min(at + 3, v.last), 0.7, "remove")
    return None


def comes_before(v: View) -> Verdict:
    """A part of the piece moved before or after another (see ``_COMES_BEFORE``), put
    elsewhere or chosen (``_PUT_ELSEWHERE``)."""
    found = _COMES_BEFORE.search(v.lower) or _PUT_ELSEWHERE.search(v.lower)
    if found is None or v.past_only or EVERY & set(v.n) or "always" in v.n:
        return None
    at = v.word_at(found.start())
    verb = v.word_at(found.end()) - 1
    if not _ORDER_PARTS & set(v.n[at:verb]):
        return None
    return Hit(KIND, at, verb, 0.7, "edit")


# An earlier delivery asked for: "(the committee asked if) the programs could be ready a few
# days earlier, say December 5", "could it be ready sooner?" (not "it was ready earlier than
# we thought": the past)
_READY_EARLIER = re.compile(
    r"\b(?:could|can|would)\s+(?:the\s+[\w-]+\s+|it\s+|they\s+|these\s+|those\s+)?be\s+(?:ready|"
    r"done|delivered|finished)\s+(?:a\s+(?:few\s+days|couple\s+of\s+days|day|week|bit)\s+)?"
    r"(?:earlier|sooner)\b")


# The same said as a need or against the agency's day: "we'll need the banners a week earlier,
# by August 13", "That's too late - we need them by the 6th" (not "we needed them a week
# earlier last time": the past; not "is it too late to change the headline?": a question)
_NEEDED_EARLIER = re.compile(
    r"\b(?:we|i)\s*(?:'ll|will|would|'d)?\s+need\s+(?:the\s+[\w-]+(?:\s+[\w-]+)?|it|them|these|"
    r"those|everything)\s+(?:a\s+(?:few\s+days|couple\s+of\s+days|day|week|bit)\s+|\w+\s+"
    r"(?:days?|weeks?)\s+)?(?:earlier|sooner)\b"
    r"|^\W*(?:that's|that is|that’s|it's|it is|this is)\s+(?:way\s+|much\s+|a\s+bit\s+|too\s+)?"
    r"(?:too\s+)?late\b[^?]*\b(?:need|needs|have to|must)\b[^?]*\bby\b[^?]*$"
    # "October 12 for first drafts is too late for us, we need them by the 9th": the day
    # offered, refused
    r"|^\W*[^.?!]{1,40}?\b(?:is|would be)\s+(?:way\s+|much\s+|a\s+bit\s+)?too\s+late\b"
    r"(?!\s+to\b)[^?]*\b(?:need|needs|have to|must)\b[^?]*\bby\b[^?]*$")


def ready_earlier(v: View) -> Verdict:
    """An earlier delivery asked for (see ``_READY_EARLIER``, ``_NEEDED_EARLIER``)."""
    found = _READY_EARLIER.search(v.lower) or _NEEDED_EARLIER.search(v.lower)
    if found is None or v.past_only:
        return None
    at = v.word_at(found.start())
    return Hit(KIND, at, min(at + 4, v.last), 0.7, "move_date")


def moves_from_to(v: View) -> Verdict:
    """"The launch moves from May 3 to May 10", "the budget goes from 10k to 12k"."""
    for s, e in v.rel("MOVES_FROM"):
        if MEETINGS & set(v.n[:s]):
            continue  # "our meeting moved from Tuesday to Wednesday": not the work
        if " to " in v.lower and not v.past_only:
            action = "move_date" if _dated(v.lower) else "edit"
            return Hit(KIND, s, e - 1, 0.7, action)
    return None


# A dated thing of the work ("the launch", "the shoot", "go-live") said to have moved or to be
# on another day now: "the shoot has moved to the 9th", "the go-live slips to January 18",
# "the launch is now January 20".
_MOVED_AS_FACT = re.compile(
    # (the article may go, as chats and phones type: "also heads up, launch moved to Oct 15")
    r"^\W*(?:(?:\w+\s+){0,2}\w+,\s+)?(?:(?:the|our)\s+)?(?:[\w-]+\s+)?(?:launch|shoot|go-live|"
    r"go live|deadline|print date|send date|delivery|release|mailing|"
    r"mailer|drop|on-sale date|kickoff date|live date|drop date)\s+(?:(?:has|have)\s+"
    r"(?:been\s+)?(?:moved|shifted|pushed|slipped|changed)|is\s+(?:moving|being moved|slipping)|"
    r"moves|slips|shifts|"
    # "The drop date moved up a week, to August 13.", "the print date slipped from Aug 14 to
    # Aug 16" (the plain past of a move told as news)
    r"(?:moved|slipped|shifted|got\s+(?:moved|pushed|bumped))(?:\s+up|\s+back|\s+out)?"
    r"(?:\s+(?:a|one|two|three|\d+)\s+(?:days?|weeks?))?,?|"
    r"is now|has now moved)\s+(?:back\s+|forward\s+|out\s+)?"
    # "the shoot is moving from Tuesday to Thursday": the old day named on the way
    r"(?:from\s+(?:the\s+)?[\w/.-]+(?:\s+[\w/.-]+)?\s+)?(?:to\s+)?(?:the\s+|on\s+)?"
    r"(?:\d|" + MONTH_WORD + r"|" + WEEKDAY_WORD + r"|next|tomorrow)")
# A send or a start put on another day: "the invites can go out on February 28 instead of
# the 21st" (not "we can meet on the 28th instead": a meeting)
_SENT_INSTEAD = re.compile(
    r"\b(?:go out|go live|launch|run|drop|ship|mail|be sent|be mailed|be posted|start|"
    r"be printed|print|post)\s+(?:on\s+)?(?:the\s+)?(?:\d|" + MONTH_WORD + r"|" + WEEKDAY_WORD
    + r")[^.;]{0,20}?\s+instead\s+of\s+(?:the\s+|on\s+)?(?:\d|" + MONTH_WORD + r"|"
    + WEEKDAY_WORD + r")")
# An answer that moves a day, said without a subject: "No, moved to March 10", "pushed to the
# 14th" (not "moved to Chicago", "moved to the new office")
_MOVED_TERSELY = re.compile(
    r"^\W*(?:(?:no|nope|yes|yep|actually)\W+)?(?:it'?s\s+|it has\s+|has\s+|it\s+)?(?:been\s+)?"
    r"(?:(?:moved|pushed|shifted|postponed|bumped|moving|pushing)\s+(?:back\s+|out\s+)?to|"
    # "No, make it May 21, the new rooms open that week" (an answer under a date asked)
    r"(?:let's\s+|please\s+)?make\s+it)\s+"
    r"(?:the\s+|on\s+)?(?:\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}[./-]\d{1,2}\b|" + MONTH_WORD + r"|"
    + WEEKDAY_WORD + r"|next)")
# "New date for the mailer: Feb 22 (was Feb 15)": a move, the old day named after the new
# (not "the new deadline is Dec 17" alone: a due date said, see the voice grid g72)
_NEW_DATE_NAMED = re.compile(
    r"\bnew (?:date|deadline|send date|print date|launch date|go-live date|live date|"
    r"delivery date|due date)\b[^.;]{0,30}?(?::|\bis\b|\bwill be\b)\s*(?:now\s+)?"
    r"(?:the\s+|on\s+)?(?:\d|" + MONTH_WORD + r"|" + WEEKDAY_WORD + r")[^.;]{0,20}?"
    r"(?:\(\s*(?:was|previously|formerly|originally)|\binstead of|,?\s+not)\s+(?:the\s+|on\s+)?"
    r"(?:\d|" + MONTH_WORD + r"|" + WEEKDAY_WORD + r")"
    # "Launch is now 8/27 (was 8/20).": the new day, the old one in brackets
    r"|\b(?:is|are)\s+now\s+[^.;()]{1,25}?\(\s*(?:was|previously|formerly|originally)\s+(?:the\s+)?"
    r"(?:\d|" + MONTH_WORD + r"|" + WEEKDAY_WORD + r")"
    # "proofs now due the 19th instead of the 17th": the work's new day, the old one after it
    # (not an invoice's or a payment's: see new_date_without_verb)
    r"|\bnow\s+due\s+(?:on\s+)?(?:the\s+)?(?:\d|" + MONTH_WORD + r"|" + WEEKDAY_WORD
    + r")[^.;]{0,20}?(?:\binstead of|,?\s+not|\(\s*was)\s+(?:on\s+)?(?:the\s+)?(?:\d|"
    + MONTH_WORD + r"|" + WEEKDAY_WORD + r")")


_FIRM = re.compile(r"\b(?:not negotiable|non-negotiable|firm|fixed|final|locked|set in stone)\b")


def new_date_without_verb(v: View) -> Verdict:
    """"The launch is now May 15, not May 8"; under a quoted "Print date: Dec 12", "Should be
    Dec 11" (a line that opens with the corrected date, no subject)."""
    moved = _MOVED_AS_FACT.match(v.lower)
    if moved and " is now" in moved.group(0) and _FIRM.search(v.lower):
        moved = None  # "the deadline is now the 10th, and not negotiable": stressed, not moved
    if moved and _TO_A_CLOCK.match(v.lower, moved.end() - 1):
        moved = None  # "The delivery moved to 10am.": an hour, no day of the work
    if MEETINGS & set(v.n) and ("new date" in v.lower or "new deadline" in v.lower):
        return None  # "the new date for our meeting is Feb 10, not Feb 8"
    if _PAYMENT_DUE.search(v.lower):
        return None  # "the invoice is now due the 19th, not the 17th": no work moved
    named = _NEW_DATE_NAMED.search(v.lower) or _MOVED_TERSELY.match(v.lower) or (
        _EXTENDED_TO_A_DAY.search(v.lower)) or (
        _SENT_INSTEAD.search(v.lower) if v.has("INSTEAD") else None) or (
        None if MEETINGS & set(v.n) else _DAY_PUT_RIGHT.match(v.lower))
    if (_NEW_DATE.search(v.lower) or _CORRECTED_DATE.match(v.lower) or moved or named) \
            and (moved or not v.past_only):
        return Hit(KIND, 0, v.last, 0.7, "move_date")
    return None


_PAYMENT_DUE = re.compile(r"\b(?:invoice|invoices|payment|payments|rent|bill|balance|deposit|"
                          r"installment|instalment|premium|fee|fees)\b[^.;]{0,20}?\bnow\s+due\b")


_TO_A_CLOCK = re.compile(r"\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h\b|o'clock)")


# A deadline given more days: "Could the deadline be extended to Monday the 13th?" (not "the
# offer was extended to Friday": the client's own offer, no deadline of the work)
_EXTENDED_TO_A_DAY = re.compile(
    r"\b(?:the|our)\s+(?:deadline|due date|print date|send date|launch|go-live)\s+(?:be|been|get|"
    r"is|was)\s+extended\s+(?:to|until|till)\s+(?:the\s+)?(?:\d|" + MONTH_WORD + r"|"
    + WEEKDAY_WORD + r"|next)")


# "the dinner is Saturday September 15, not the 22nd", "the open house is Sunday, not
# Saturday": an event's day put right, the wrong one named
_DAY_START = r"(?:\d|" + MONTH_WORD + r"|" + WEEKDAY_WORD + r")"
_DAY_PUT_RIGHT = re.compile(
    r"^\W*(?:(?:and|also|oh|hi \w+|sam)\W+)?(?:the|our)\s+[\w' -]{1,30}?\s+(?:is|'s)\s+(?:on\s+)?"
    r"(?:the\s+)?" + _DAY_START + r"[^,;.]{0,25}?,?\s+not\s+(?:on\s+)?(?:the\s+)?" + _DAY_START)
_CORRECTED_DATE = re.compile(
    r"\W*(?:should|shd|needs to|has to|must) be\s+(?:on\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)\b|"
    r"\d{1,2}[./]\d{1,2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri)(?:day)?\b)")
_EXTRA = words("another additional extra")


# "needs a Spanish version too", "need the gift guide page too, by wed pls"
_TOO_AT_THE_END = re.compile(r"\btoo\s*(?:[.!]?\s*$|,)")
_AD_SIZE = re.compile(r"\d{2,4}x\d{2,4}")  # "a 320x50 for mobile": one more size of a banner


def added_scope(v: View) -> Verdict:
    """"We also need a Spanish version", "we'd like another banner size", "a 20 s version
    in addition to the 30 s". Without a sign of *more*, "we need a print ad for the spring
    issue" is a brief: new work, not a change to work agreed."""
    more = ("also" in v.n or "addition" in v.n or v.at(v.first) == "plus"
            or _AS_WELL.search(v.lower) is not None
            or _TOO_AT_THE_END.search(v.lower) is not None)  # "needs a Spanish version too"
    for s, e in v.rel("SCOPE_ADD"):
        if v.negated_before(s) or v.at(s - 1) in ("you", "they") or _said_of_other_things(v, s):
            continue
        if v.at(s - 2) in EVERY:
            continue  # "legal says every email needs an unsubscribe link": a rule for each
        if v.has("REQ_STRONG") or v.has("REQ_APPROVAL"):
            continue  # "we also need a signed model release": a requirement
        if v.n[e - 1] in _EXTRA or v.at(e) in _EXTRA or (
                more and any(w in DELIVERABLES or _AD_SIZE.fullmatch(w) for w in v.n[e : e + 5])):
            return Hit(KIND, s, e - 1, 0.8, "add")
        if _ON_A_PAGE.search(v.text_after(e - 1).lower()) and not MEETINGS & set(v.n):
            return Hit(KIND, s, e - 1, 0.75, "add")  # "a short letter from her on page 2": a
            # page of the piece at hand (not "an ad on page 2 of the Times": a new booking)
    if more and not v.has("REQ_STRONG"):  # "our distributor also needs French versions of ..."
        too = _TOO_AT_THE_END.search(v.lower) is not None and not v.lower.rstrip().endswith("?")
        for k, word in enumerate(v.n):
            if word not in _NEEDING or v.at(k - 1) in ("you", "they") or v.negated_before(k):
                continue
            if v.at(k + 1) in _LANGUAGES and v.at(k + 2) in DELIVERABLES:
                return Hit(KIND, k, k + 2, 0.75, "add")
            if (end := _in_a_language(v, k)) is not None:
                return Hit(KIND, k, end, 0.75, "add")  # "we will require the creatives in
                # Hindi also, along with English"
            if too and v.at(k + 1) in ("the", "a", "an") and (  # "need the gift guide page too"
                    end := next((j for j in range(k + 2, min(k + 6, len(v.n)))
                                 if v.n[j] in DELIVERABLES), None)) is not None \
                    and v.n[end] not in _SENT_NOT_MADE and "send" not in v.n:
                return Hit(KIND, k, end, 0.75, "add")  # (not "we need the logo files too")
    return None


# Where in the piece at hand the added thing goes: "on page 2", "on the back cover".
_ON_A_PAGE = re.compile(r"^[^.;!?]{0,60}?\b(?:(?:on|in) (?:(?:page|slide|p\.?) ?\d{1,3}\b(?! of)|"
                        r"the (?:inside |back |front )?(?:cover|last page|first page|back page|"
                        r"closing page)\b(?! of))|"
                        # "a short welcome note at the top", "... in the footer", "top left"
                        r"at the (?:very )?(?:top|bottom)\b(?! of (?:the |our |my )?(?:hour|day|"
                        r"week|month|year|list|rankings?|search|results|agenda|meeting|call)\b)|"
                        r"in the (?:footer|header|top (?:left|right) corner|bottom (?:left|right) "
                        r"corner|corner|margin|sidebar)\b|(?:top|bottom) (?:left|right|corner)\b)")
_NEEDING = words("need needs want wants require requires")
# What is sent rather than made: "we need the logo files too" asks for them, adds no work
_SENT_NOT_MADE = words("file files asset assets pdf pdfs link links invoice invoices quote quotes "
                       "proof proofs")
_LANGUAGES = words("french spanish german english italian portuguese dutch chinese japanese "
                   "korean arabic polish bilingual hindi tamil telugu marathi bengali gujarati "
                   "urdu punjabi vietnamese russian turkish swedish danish norwegian finnish greek "
                   "hebrew thai indonesian malay tagalog mandarin cantonese")
# What a client wants more of in another language: "the creatives in Hindi", "all the ads in
# French" (``DELIVERABLES`` and the trade's words for the whole set)
_IN_A_LANGUAGE_PIECES = DELIVERABLES | words("creative creatives artwork artworks materials "
                                             "collateral assets designs")


def _in_a_language(v: View, k: int) -> int | None:
    """The last word of "<need> the creatives in Hindi" after the needing word at ``k``."""
    j = k + 1
    while v.at(j) in ("the", "our", "all", "these", "those", "same") and j < k + 4:
        j += 1
    for end in range(j, min(j + 3, v.last + 1)):
        if v.n[end] in _IN_A_LANGUAGE_PIECES and v.at(end + 1) == "in" \
                and v.at(end + 2) in _LANGUAGES:
            return end + 2
    return None


# A part left out of what the client said, added now: "we forgot to tell you the Instagram
# handle goes on the back too", "I forgot to include the QR code" (not "I forgot to attach
# the photos", "we forgot to tell you we're closed Monday": an errand, news)
_FORGOT_TO_SAY = re.compile(
    r"\b(?:we|i)\s+(?:totally\s+|completely\s+|also\s+)?forgot\s+to\s+(?:(?P<added>add|include)"
    r"|tell\s+you|mention|say)\b(?:\s+that)?\s+(?P<rest>[^.?!;]+)")
_PLACED = re.compile(r"\b(?:goes|go|should go|needs to go|has to go|belongs)\s+(?:on|in|at|"
                     r"under|above|next)\b|\b(?:too|as well)\b")


def forgot_to_say(v: View) -> Verdict:
    """A part the client forgot to ask for, asked now (see ``_FORGOT_TO_SAY``)."""
    found = _FORGOT_TO_SAY.search(v.lower)
    if found is None or v.status_question:
        return None
    if not found["added"] and not _PLACED.search(found["rest"]):
        return None
    if not found["added"] and EVERY & set(found["rest"].split()):
        return None  # "... that the logo goes on every page": a rule, see requirements
    k = v.word_at(found.start())
    return Hit(KIND, k, min(k + 3, v.last), 0.75, "add")


_CALLED_OFF = re.compile(r"\b(?:let'?s|let us)\s+not\s+(?:do|run|go ahead with|bother with|print|"
                         r"make|use|send)\b")


def no_longer_needed(v: View) -> Verdict:
    """"We no longer need the radio spot", "we don't need the banner anymore", "let's not do
    the radio spot after all" (not "let's not do a call today")."""
    off = _CALLED_OFF.search(v.lower)
    if off and (DELIVERABLES | WORK_PARTS) & set(v.n) and not MEETINGS & set(v.n):
        k = v.word_at(off.start())
        return Hit(KIND, k, min(k + 3, v.last), 0.75, "remove")
    for s, e in v.rel("NO_LONGER"):
        if v.n[s] == "no" or "anymore" in v.n or ("any" in v.n and "more" in v.n):
            return Hit(KIND, s, e - 1, 0.8, "remove")
    return None


def put_on_hold(v: View) -> Verdict:
    """"Please put the print run on hold", "hold off on the mailer" (not "it was on hold")."""
    for s, e in v.rel("ON_HOLD"):
        before = v.n[:s]
        placed = v.n[s] == "hold" or bool(set(before) & _PLACING)
        # "it was on hold", "is still on hold": a state; "I was wondering if you could put
        # it on hold", "is it possible to put it on hold": asked
        state = {v.at(s - 1), v.at(s - 2)} & {"was", "were", "been", "is", "are", "'s", "'re"}
        if placed and not v.past_only and not state:
            return Hit(KIND, s, e - 1, 0.85, "hold")
    return None


# A total cut to a sum: "we have to bring the total down to $18,500", "can you get it down
# to 12k?", "Can you get it closer to $12k?" (not "can you get closer to that?", no sum; not
# "we need to get our cost per lead down to $40": a goal; not "we brought the cost down last
# year": past)
_BROUGHT_DOWN = re.compile(
    r"\b(?:bring|get|take|knock|trim|pare)\s+(?:the|our|this|that|your)?\s*(?:whole\s+|overall\s+|"
    r"total\s+)?(?P<what>total|budget|cost|costs|spend|estimate|quote|price|fee|fees|it|everything|"
    r"this|that)\s+(?:back\s+)?(?:down\s+(?:to|under|below|by)|closer\s+to)\s+(?:about\s+|"
    r"around\s+|roughly\s+)?(?:[$€£¥]|\d|(?:usd|eur|gbp|cad|aud)\b)")


def total_brought_down(v: View) -> Verdict:
    """A total cut to a sum (see ``_BROUGHT_DOWN``)."""
    if v.status_question:
        return None
    return _asked_by_pattern(v, _BROUGHT_DOWN, 3, 0.75, "budget", now=True)


# More of a piece agreed: "extend the banner set to include the 300x600", "could we extend the
# radio flight by two weeks?" (not "we want to extend our reach to younger buyers": a goal)
_EXTENDED = re.compile(
    r"\bextend(?:ing)?\s+(?:the|our|this|that)\s+(?P<what>(?:[\w-]+\s+){0,3}?)(?:to\s+(?:include|"
    r"cover|add)|by\s+(?:a|an|one|two|three|four|another|\d+)|through|until|into|for\s+(?:a|an|"
    r"one|two|three|four|another|\d+)\s+(?:more\s+)?(?:days?|weeks?|months?))\b")
_EXTENDED_PIECES = DELIVERABLES | WORK_PARTS | words("set series run flight campaign schedule "
                                                      "deadline contract booking promo promotion")


def extended_to(v: View) -> Verdict:
    """More of a piece agreed (see ``_EXTENDED``)."""
    found = _EXTENDED.search(v.lower)
    if found is None or v.past_only or v.status_question \
            or not _EXTENDED_PIECES & set(found["what"].split()):
        return None
    k = v.word_at(found.start())
    return Hit(KIND, k, min(k + 3, v.last), 0.75, "add")


# A cut the client allows: "If it helps, we can skip the drone shots." (not "we can skip the
# call": a meeting; not "we could skip the ad last year")
_ALLOWED_CUT = re.compile(r"\b(?:we|you)\s+(?:can|could)\s+(?:always\s+|just\s+|also\s+)?"
                          r"(?:skip|drop|lose|cut|leave\s+out|do\s+without)\s+(?:the|those|that|"
                          r"this|our|these)\s+(?P<part>[\w-]+(?:\s+[\w-]+){0,3})")


def cut_allowed(v: View) -> Verdict:
    """A cut the client allows (see ``_ALLOWED_CUT``)."""
    if v.status_question or MEETINGS & set(v.n):
        return None
    return _asked_by_pattern(v, _ALLOWED_CUT, 3, 0.7, "remove", part=True, now=True)


# What the sentence before named, put on the piece: "The health department now requires
# calorie counts next to every item. Those need to go in." (not "It needs to go in the mail by
# Friday": sent)
_GOES_IN = re.compile(r"^\W*(?:so\s+|and\s+)?(?:those|these|they|that|it|this|both)\s+(?:will\s+)?"
                      r"(?:need|needs|has|have|must|should)\s+(?:to\s+)?go\s+(?:in|on)"
                      r"(?:\s+(?:too|as well|there|everywhere|now|then))?\s*[.!]*\s*$")


def goes_in(v: View) -> Verdict:
    """What the sentence before named, put on the piece (see ``_GOES_IN``)."""
    if _GOES_IN.match(v.lower) is None:
        return None
    return Hit(KIND, v.first, v.last, 0.7, "add")


# Where a form's or a link's traffic should go now: "It should go to info@okaforplumbing.com
# now.", "the button needs to point to www.fitloop.app/join" (not "It should go to print on
# Friday": no address)
_ROUTED = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:it|they|this|that|these|the\s+(?:form|button|link|links|emails?|"
    r"enquiries|submissions|leads|qr code))\s+(?:should|needs?\s+to|has\s+to|must)\s+(?:now\s+)?"
    r"(?:go|come|be\s+sent|be\s+routed|point|link|redirect|lead)\s+to\s+(?:\S+@\S+|https?://\S+|"
    r"www\.\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|co|app|uk|de|fr|es)\b)")


def routed(v: View) -> Verdict:
    """Where a form's or a link's traffic should go now (see ``_ROUTED``)."""
    if _ROUTED.match(v.lower) is None or v.past_only:
        return None
    return Hit(KIND, v.first, min(v.first + 4, v.last), 0.7, "edit")


# The changes of an earlier round asked again: "Same changes as last time please, plus the new
# address." (not "same as last time" alone: a piece like the last one, a brief)
_SAME_CHANGES = re.compile(r"\bsame\s+(?:changes|edits|fixes|corrections|tweaks|updates|"
                           r"amendments)\s+as\s+(?:last\s+time|before|the\s+last\s+\w+|on|for|"
                           r"in)\b")
# A proposal turned down and another thing named: "No - use the navy version." (not "No, go
# with whatever you think": nothing named)
_NO_USE_THAT = re.compile(r"^\W*no\b[\s,.!–—-]+(?:please\s+|pls\s+|let's\s+)?(?:use|go\s+with|"
                          r"do)\s+(?:the|a|an|our)\s+(?!plan\b|original\b|same\b|one\s+you\b)"
                          r"[\w-]+")


def asked_again(v: View) -> Verdict:
    """The changes of an earlier round asked again, or a proposal turned down for another
    (see ``_SAME_CHANGES``, ``_NO_USE_THAT``)."""
    if v.status_question:
        return None
    again = _SAME_CHANGES.search(v.lower)
    if again and PAST_WORDS.search(v.lower[: again.start()] + v.lower[again.end() :]):
        again = None  # "we made the same changes as last time": done, not asked
    if again or (_NO_USE_THAT.match(v.lower) and not v.past_only):
        return Hit(KIND, v.first, min(v.first + 3, v.last), 0.7, "edit")  # ("last time" is
    return None  # the round the changes come from, not a report of the past)


# A change asked as a question of why not, or of why so: "Why can't we just use photos
# instead of these drawings?", "Why is the phone number so small?" (not "why can't we meet on
# Friday?": a meeting; not "why is the printer so slow?": no piece of the work)
_WHY_NOT = re.compile(r"^\W*(?:so\s+|but\s+|and\s+)?why\s+(?:can't|cant|can\s+not|cannot|don't|"
                      r"dont|do\s+not)\s+(?:we|you)\s+(?:just\s+)?(?:use|make|try|put|go\s+with|"
                      r"swap|add|show|move|drop|lose|cut|change|shrink|enlarge|resize|remove|"
                      r"delete|replace|switch|crop|shorten|center|centre|rewrite|fix|include|"
                      r"keep|leave|lighten|darken|mention)\b(?!\s+your\b)")
_WHY_SO = re.compile(r"^\W*(?:so\s+|but\s+|and\s+)?why\s+(?:is|are|'s)\s+(?:the|our|this|that|"
                     r"these|those)\s+(?P<what>[\w' -]{1,30}?)\s+(?:so|that|this|soo+)\s+"
                     r"(?P<how>[\w-]+)\s*\?")
_THE_LOOK = FAULT_WORDS | SIZE_WORDS | COLOUR_NAMES | words("bright dark light bold busy")
# "My husband asked why our slogan isn't on there": a part of the work missed, asked about
_WHY_MISSING = re.compile(r"\bwhy (?:our|the|my) (?P<part>[\w' -]{1,30}?) (?:isn't|is not|"
                          r"aren't|are not|is missing|are missing)(?: (?:on|in) (?:there|it|"
                          r"here|the [\w-]+))?\b(?! (?:working|loading|open|ready|done)\b)")
# "I know the logo is light green, but just this once could it be red?": the piece just named,
# asked in another colour or size
_IT_BE = re.compile(r"\b(?:can|could|would)\s+(?:it|they|this|that)\s+be\s+(?:in\s+)?(?:a\s+)?"
                    r"(?:(?:bit|little|touch|lot)\s+)?(?P<how>[\w-]+)(?:\s+instead)?\s*\?")


def asked_why(v: View) -> Verdict:
    """A change asked as a question of why not or why so, or of whether the piece could be
    another colour or size (see ``_WHY_NOT``, ``_WHY_SO``, ``_IT_BE``)."""
    if v.past_only or MEETINGS & set(v.n) or BILLING & set(v.n):
        return None
    if _WHY_NOT.match(v.lower):
        return Hit(KIND, v.first, min(v.first + 4, v.last), 0.7, "swap")
    if (found := _WHY_MISSING.search(v.lower)) and WORK_PARTS & set(found["part"].split()):
        k = v.word_at(found.start())
        return Hit(KIND, k, min(k + 4, v.last), 0.7, "add")
    if (found := _WHY_SO.match(v.lower)) and found["how"] in _THE_LOOK \
            and WORK_PARTS & set(found["what"].split()):
        return Hit(KIND, v.first, min(v.first + 4, v.last), 0.7, "edit")
    if (found := _IT_BE.search(v.lower)) and (
            found["how"] in _THE_LOOK or found["how"] in _WANTED_COMPARATIVE):
        k = v.word_at(found.start())
        return Hit(KIND, k, min(k + 3, v.last), 0.7, "edit")
    return None


# An earlier version preferred: "I liked version 1 better.", "we preferred the first draft"
# (not "we liked version 1 better than the competitor's ad": a comparison with other work)
_LIKED_BETTER = re.compile(r"^\W*(?:honestly,?\s+|but\s+|and\s+)?(?:i|we)\s+(?:liked|preferred|"
                           r"like|prefer)\s+(?:the\s+)?(?:(?:version|option|draft|round|concept|"
                           r"layout|v)\s*(?:\d+|one|two|a|b)|first\s+(?:version|draft|layout|"
                           r"one|round)|original(?:\s+(?:version|one|layout))?|old\s+(?:version|"
                           r"one|layout))\s+(?:better|more)\s*[.!]*\s*$")


def liked_better(v: View) -> Verdict:
    """An earlier version preferred (see ``_LIKED_BETTER``)."""
    if _LIKED_BETTER.match(v.lower) is None:
        return None
    return Hit(KIND, v.first, v.last, 0.7, "swap")


# A page's fault noted after its marker: "p.2 - wrong price", "Slide 4: typo in the title"
# (not "p.2 - looks good", "page 3: approved")
_PAGE_MARKED = re.compile(r"^\W*(?:p\.?|pg\.?|page|slide|panel|frame|screen|spread)\s*\d{1,3}\s*"
                          r"(?:[-–—:]|\))\s*\S")


def page_fault(v: View) -> Verdict:
    """A page's fault noted after its marker (see ``_PAGE_MARKED``)."""
    if _PAGE_MARKED.match(v.lower) is None or v.past_only or not v.rel("CRITIQUE"):
        return None
    s, e = v.rel("CRITIQUE")[0]
    if v.negated_before(s) or (v.n[s] == "too" and v.at(s + 1) in ("", ".", "!")):
        return None
    return Hit(KIND, s, e - 1, 0.7, "edit")


# Asks put as a thought: "Would it be too much to ask for a darker blue?", "Thoughts on making
# the CTA orange?", "Can we play with the layout a bit?", "a photo of the team might be nice on
# the about page", "Would a warmer photo work better?" (not "thoughts on the meeting?", "it
# might be nice to catch up", "would Tuesday work better?": no piece of the work)
_THOUGHT_ASK = re.compile(
    r"\bwould\s+it\s+be\s+too\s+much\s+to\s+ask\s+(?:for|to)\s+(?P<a>[^.?!]{1,40})"
    r"|^\W*(?:any\s+)?(?:thoughts|views|opinions?)\s+on\s+(?:making|moving|changing|adding|"
    r"swapping|using|trying|dropping|removing|putting)\s+(?P<b>[^.?!]{1,40})"
    r"|\b(?:play|experiment|play\s+around)\s+with\s+(?:the|our)\s+(?P<c>[\w-]+(?:\s+[\w-]+)?)"
    r"|^\W*(?:just\s+a\s+thought\W+)?(?:a|an|some)\s+(?P<d>[\w-]+(?:\s+[\w-]+){0,4}?)\s+"
    r"(?:might|would|could)\s+be\s+(?:nice|good|great|lovely)\s+(?:on|in|at)\s+the\b"
    r"|^\W*would\s+(?:a|an|the)\s+(?P<e>[\w-]+\s+[\w-]+)\s+(?:work|look|read)\s+better\b")


def asked_as_a_thought(v: View) -> Verdict:
    """An ask put as a thought (see ``_THOUGHT_ASK``), of a piece of the work or a look."""
    found = _THOUGHT_ASK.search(v.lower)
    if found is None or v.past_only or (MEETINGS | BILLING) & set(v.n):
        return None
    said = next(g for g in found.groups() if g is not None).split()
    if not (_ANY_PIECE | _THE_LOOK) & set(said):
        return None
    k = v.word_at(found.start())
    return Hit(KIND, k, min(k + 3, v.last), 0.65, "edit")


# Where the work goes now, the old place named: "the delivery must now go to our warehouse in
# Kassel, not to the office" (not "all ads must now carry the number, not just print": a rule)
_SENT_ELSEWHERE = re.compile(
    r"\b(?:must|should|needs?\s+to|has\s+to|have\s+to|will)\s+now\s+(?:go|ship|be\s+(?:sent|"
    r"delivered|shipped|addressed|mailed|dropped\s+off))\s+to\b[^.;!?]{1,60}?,?\s+(?:and\s+)?"
    r"not\s+(?:to\s+)?(?:the|our|your|my)\b")


def sent_elsewhere(v: View) -> Verdict:
    """Where the work goes now, the old place named (see ``_SENT_ELSEWHERE``)."""
    if EVERY & set(v.n):
        return None
    return _asked_by_pattern(v, _SENT_ELSEWHERE, 3, 0.75, "edit", now=True)


# The order matters: the first rule that finds a change names its cue words and action.
_TAKEN_OUT = re.compile(r"\b(?:has|have|needs?|must|should)\s+(?:to\s+)?(?:come|go)\s+"
                        r"(?:out\s+of|off|out\s+from)\s+(?:the|our|this|that|each|every|all)\s+"
                        r"(?:[\w-]+\s+)?(?P<part>[\w-]+)")


# The same said of a thing just named: "The sofa on the left is an old model, we do not sell
# it anymore, so it must come out." (not "it has to go out Friday": sent)
_IT_COMES_OUT = re.compile(r"\b(?:it|this|that|they|these|those|this one|that one)\s+(?:has|have|"
                           r"needs?|must|should)\s+(?:to\s+)?come\s+(?:out|off)\s*(?:[.,;!]|$)")


def taken_out(v: View) -> Verdict:
    """'"guaranteed" has to come out of the headline', "the price needs to come off the
    banner": a word or a part removed from a piece (not "the flyers have to go out by Friday")."""
    if not v.past_only and (gone := _IT_COMES_OUT.search(v.lower)):
        k = v.word_at(gone.start())
        return Hit(KIND, k, min(k + 4, v.last), 0.75, "remove")
    found = _TAKEN_OUT.search(v.lower)
    if found is None or not _names_a_part(found) or v.past_only or v.status_question:
        return None
    return _hit_from(v, found, 4, 0.75, "remove")


_WHAT_IF_PAST = re.compile(r"\bwhat if (?:we|you)\s+(?:just\s+)?(?:tried|made|used|went with|"
                           r"swapped|moved|dropped|lost|put|changed|switched|removed|added|cut|"
                           r"gave)\b")


_BETTER_IF = re.compile(r"\b(?:it(?: would|'d) be (?:great|nice|good|better|ideal|lovely)|"
                        r"(?:(?:i|we)(?: would|'d)|would) love it|how would it look) if "
                        r"(?:the|our|this|that) (?P<part>[\w' -]{1,30}?) "
                        r"(?P<verb>were|was|could be|would be|looked|felt|read)\b"
                        r"(?P<how>[^.;!?]{0,30})")
_SAID_WHERE = re.compile(r"^\s*(?:on|at|in) the (?:left|right|top|bottom|front|back)\b")


def better_if(v: View) -> Verdict:
    """"It would be great if the gift guide button were gold instead of red": a piece wished
    otherwise (not "it would be great if you could call me", "... if the weather held"; not
    "... if the flyer was with us by Friday", "... if the video was ready for the board":
    what "was" says must be how the piece looks)."""
    found = _BETTER_IF.search(v.lower)
    if found is None or not (_names_a_part(found) or _SAID_WHERE.match(found.group("how"))):
        return None
    if found.group("verb") in ("were", "was", "could be", "would be") \
            and not _WISHED_STATE.match(found.group("how")):
        return None
    return _hit_from(v, found, 5, 0.7, "edit")


_COULD_GO = re.compile(r"^\W*(?:[a-z]+,\s+)?(?:(?:and|also|i think|honestly|maybe),?\s+)*"
                       r"(?:the|that|this) "
                       r"(?P<part>[\w' -]{1,30}?) (?:could|can|should|has to|have to|needs to|"
                       r"need to|must|will have to|'s got to|has got to|gotta) (?:just |probably )?"
                       r"go\b"
                       r"(?!\s+(?:on|in|at|to|up|down|out|back|ahead|live|before|after|under|over|"
                       r"into|onto|next|with|first|last|above|below|through|smaller|bigger|for|"
                       r"anywhere|wherever|where|somewhere|either))")


def could_go(v: View) -> Verdict:
    """"The second paragraph could go, it repeats the first": a part to remove (not "the
    logo could go on the left", a place; not "the flyers can go out Friday")."""
    return _asked_by_pattern(v, _COULD_GO, 4, 0.7, "remove", part=True, now=True) or \
        _asked_by_pattern(v, _COME_OUT, 4, 0.7, "remove", part=True, now=True)


# "..., so those words need to come out of both ads": a part to take out
_COME_OUT = re.compile(r"(?:^\W*|[,;]\s+(?:so\s+|and\s+)?)(?:the|those|these|that|this)\s+"
                       r"(?P<part>[\w' -]{1,30}?)\s+(?:needs? to|has to|have to|must|should)\s+"
                       r"come\s+(?:out|off)\b")


_PIECE_COULD = re.compile(r"\bany way (?:the|our|this) (?P<part>[\w' -]{1,30}?) (?:could|can) "
                          r"(?:fit|be|go|sit|get|look|read|move)\b")


def piece_could(v: View) -> Verdict:
    """"Any way the headline could fit on one line?": a piece asked to be otherwise."""
    return _asked_by_pattern(v, _PIECE_COULD, 5, 0.7, "edit", part=True)


def tried_as_a_what_if(v: View) -> Verdict:
    """"What if we tried the harvest label without the grapes?": a change offered in the
    past tense of a suggestion (not "what if we miss the deadline?")."""
    found = _WHAT_IF_PAST.search(v.lower)
    if found is None or MEETINGS & set(v.n):
        return None
    return _hit_from(v, found, 3, 0.7, "edit")


_OPTION = r"(?:concept|option|version|route|layout|design|direction|draft|mockup)"
_MIXED = re.compile(rf"\b(?:mix|combine|merge)\s+the\s+[\w' -]{{1,30}}?\s+(?:from|of)\s+"
                    rf"(?:{_OPTION}\s+)?(?:[a-z]|\d{{1,2}}|one|two|three)\s+(?:with|and)\s+the\s+"
                    # "Mix the headline from A with the photo from B."
                    rf"|\b{_OPTION}\s+(?:[a-z]|\d{{1,2}}|one|two|three)\b,?\s+(?:but\s+)?with\s+"
                    rf"(?:the\s+|its\s+)?[\w' -]{{1,30}}?\s+(?:from|of)\s+{_OPTION}\s+"
                    r"(?:[a-z]|\d{1,2}|one|two|three)\b"
                    # "the lavender version, but with the logo from the white one"
                    rf"|\b(?:version|one|{_OPTION}),?\s+but\s+with\s+(?:the\s+|its\s+)?"
                    rf"[\w' -]{{1,30}}?\s+from\s+the\s+[\w-]+\s+(?:one|{_OPTION})\b")


def options_mixed(v: View) -> Verdict:
    """"The consensus was concept B, but with the photography from concept A": one option
    chosen, made over with a part of another (not "the photos from option B were lovely")."""
    if not v.has("FROM_OPTION") or v.status_question:
        return None
    found = _MIXED.search(v.lower)
    if found is None:
        return None
    return _hit_from(v, found, 4, 0.7, "edit")


# "Could the vegan dishes go at the top of the menu?", "can the pumpkin pie be listed first?":
# things in a piece put in another order (not "can the bride go first?", "could the kids go
# to the front of the line?": people, no piece named)
_PUT_IN_ORDER = re.compile(
    r"^\W*(?:[a-z]+,\s+)?(?:and\s+|also\s+)?(?:can|could|would)\s+"
    r"(?:the|our|all the|these|those)\s+"
    r"(?P<part>[\w' -]{1,30}?)\s+(?:go|sit|come|appear|move|be (?:listed|placed|shown|put|moved))"
    r"\s+(?:(?:at|to|on)\s+(?:the\s+)?(?:very\s+)?(?:top|bottom|start|end|beginning)\s+of\s+"
    r"(?:the|our|this|each|every)\s+(?P<piece>[\w-]+)"
    r"|(?<=listed )(?:first|last|higher|lower)\b|(?<=placed )(?:first|last)\b"
    r"|(?<=shown )(?:first|last)\b)")


def put_in_order(v: View) -> Verdict:
    """Items of a piece asked to come first, last, at its top or its end."""
    found = _PUT_IN_ORDER.search(v.lower)
    if found is None or v.past_only:
        return None
    piece = found.group("piece")
    if piece is not None and piece not in _ANY_PIECE | _PAGE_PARTS | _LISTS:
        return None
    return _hit_from(v, found, 5, 0.7, "edit")


_LISTS = words("list lineup line-up programme program schedule agenda menu table page")

# "We'd love the copy to sound a bit less corporate", "I'd like the logo to look a touch
# bigger": a piece wished to come across otherwise (not "we'd love the launch to feel
# special", no piece; nor "we'd like the video to reach more people", no look)
_WISHED_TO_LOOK = re.compile(
    r"\b(?:we|i)(?:'d| would) (?:really )?(?:love|like|prefer|want) (?:the|our|this|that) "
    r"(?P<part>[\w' -]{1,30}?) to (?:sound|look|feel|read|seem|come across|be)\s+(?:a (?:bit|"
    r"little|touch|tad|lot)\s+|slightly\s+|much\s+|far\s+|way\s+)?(?:more|less|[a-z]{2,}er)\b")


# "I want it to feel more premium", "we'd like them to look a bit warmer": the work, named by
# a pronoun, wished to look or sound otherwise (not "be": "we want it to be bigger than last
# year" is said of an event as often)
_WANTED_IT_TO_LOOK = re.compile(
    r"\b(?:we|i)(?:(?:'d| would) (?:really )?(?:love|like|prefer|want)|(?: really)? want) "
    r"(?:it|them) to (?:sound|look|feel|read|seem|come across)\s+(?:a (?:bit|little|touch|tad|"
    r"lot)\s+|slightly\s+|much\s+|far\s+|way\s+)?(?:more|less|[a-z]{2,}er)\b"
    # "We'd love the wood to look warmer": whatever the work shows, wished to look otherwise
    r"|\b(?:we|i)(?:'d| would) (?:really )?(?:love|like|prefer|want) (?:the|our) "
    r"(?!weather|numbers|figures|results|sales|stats|forecast)[\w' -]{1,30}? "
    r"to (?:look|sound|read)\s+(?:a (?:bit|little|touch|tad|lot)\s+|slightly\s+|much\s+|"
    r"far\s+|way\s+)?(?:more|less|[a-z]{2,}er)\b")
# "I'd like to see more earthy tones, but not browns", "we'd love to see less text": more or
# less of a look (not "we'd like to see more visitors": a goal's numbers)
_SEE_MORE_OF = re.compile(
    r"\b(?:like|love|want|prefer) to see (?:a bit |a little |a lot |much |far |a few |some )?"
    r"(?:more|less|fewer)\s+(?:of (?:the|our|that|this) )?(?P<part>(?:[\w-]+ ){0,2}?"
    r"(?:tones?|colou?rs?|hues?|shades?|warmth|contrast|white space|whitespace|space|texture|"
    r"movement|personality|detail|details|imagery|variety|energy|"
    + "|".join(sorted(COLOUR_NAMES | WORK_PARTS - words("date name number"))) + r"))(?![\w-])")
# "We were wondering if the snowflakes could look a little more masculine": a look wondered
# about, said of whatever the work shows
_WONDER_LOOKS = re.compile(
    r"\b(?:wondering|wonder|wondered)\s+(?:if|whether)\s+(?:the|our|this|that|these|those|it|"
    r"they)\b[\w' -]{0,30}?\s+(?:could|can|might)\s+(?:look|sound|read)\s+(?:a (?:bit|little|"
    r"touch|tad|lot)\s+|slightly\s+|much\s+)?(?:more|less|[a-z]{2,}er)\b")
# "You should have used green rather than purple": what the agency should have done, said as a
# reproach, asks for it now (not "we should have used ...": the client's own regret)
_SHOULD_HAVE = re.compile(
    r"\b(?:you|u|they|the designers?|the agency) (?:should|could|ought to) (?:have|'ve|of) "
    r"(?:just |really |at least )?(?:used|put|gone with|made|included|added|left (?:out|off)|"
    r"kept|chosen|picked|shown|written|said|spelled|spelt|placed|cropped|taken out)\b")


def wished_to_look(v: View) -> Verdict:
    """A piece wished to come across otherwise (see _WISHED_TO_LOOK), or more or less of a
    look wished to be seen (``_SEE_MORE_OF``), or wondered about (``_WONDER_LOOKS``)."""
    return (_asked_by_pattern(v, _WISHED_TO_LOOK, 6, 0.7, "edit", part=True, now=True)
            or _asked_by_pattern(v, _WANTED_IT_TO_LOOK, 6, 0.7, "edit", now=True)
            or _asked_by_pattern(v, _SEE_MORE_OF, 6, 0.7, "edit", now=True)
            or _asked_by_pattern(v, _WONDER_LOOKS, 6, 0.65, "edit"))


# "can the sunflowers be the 1st pic", "could the team photo be the cover": what the work
# shows, asked to take another place in it
_ASKED_TO_LEAD = re.compile(
    r"\b(?:can|could|should|would)\s+(?:the|our|this|that|these|those)\s+[\w' -]{1,30}?\s+"
    r"(?:be|go|come)\s+(?:the|our)\s+(?:first|1st|second|2nd|main|lead|opening|last|top|hero|"
    r"cover|front)(?:\s+(?:pic|pics|photo|photos|image|images|shot|picture|slide|page|one|thing|"
    r"item|post))?\b(?!\s+(?:to|of|week|weekend|day|days|month|half|quarter|time)\b)")


# "Sam, the new number is 555-0142, please use that one everywhere": a detail of the work
# given anew (not "the new number was a mistake", "the new office is in Austin")
_NEW_DETAIL = re.compile(
    r"\b(?:the|our|my) new (?:phone number|phone|number|address|email address|email|e-mail|"
    r"url|website address|web address|website|hours|opening hours|toll-free number|"
    r"hotline)\s+(?:is|are|will be|'s)\s+(?=\S*\d|www\.|https?:|\S+@|\S+\.(?:com|org|net))")


_PUT_IT_IN = re.compile(r"\b(?:use|update|change|swap|put|replace|correct|fix)\b|\bnot\b|"
                        r"\binstead\b")


def new_detail(v: View) -> Verdict:
    """A detail of the work given anew (see ``_NEW_DETAIL``), with what to do with it or the
    old one it replaces ("please use that one", "not 555-0199"): said alone, in a brief, it is
    news ("Our new address is 12 Elm St.")."""
    found = _NEW_DETAIL.search(v.lower)
    if found is None or not _PUT_IT_IN.search(v.lower, found.end()):
        return None
    return _hit_from(v, found, 5, 0.7, "edit")


# "The financial summary on page 9 needs to match the audited figures": a part found on a
# page of the proof and what it must be; a fix asked, not a rule for all the work
_PAGED_PART_MUST = re.compile(
    r"\b(?:on|of)\s+(?:page|p\.?|pg\.?|slide|panel|frame)\s*\d{1,3}\s+(?:needs to|has to|must|"
    r"should)\s+(?:match|be|read|say|show|list|use)\b")


# "Sorry to do this after sign-off, but the date has to change to the 14th": a day that must
# move, said of the day itself
_DAY_MUST_MOVE = re.compile(
    r"\b(?:the|our)\s+(?:[\w-]+\s+)?(?:date|day|deadline|launch|go-live|drop|send|mail date|"
    r"print date|event)\s+(?:has to|needs to|must|should|will have to)\s+(?:change|move|shift|"
    r"slip|be moved|be pushed|be changed)\s+(?:to|back|up|forward)\b")
# "We need to go back to square one on the sales page": the piece started over
_STARTED_OVER = re.compile(
    r"\b(?:go|going|get|went)\s+back\s+to\s+(?:square one|the drawing board)\b"
    r"|\b(?:start|starting)\s+(?:over|again|from scratch)\s+(?:on|with)\s+(?:the|our|this)\b")
# "The marketing director wants a more conservative tone": another look wanted by someone
_WANTS_ANOTHER_LOOK = re.compile(
    r"\b(?:wants?|would like|'d like|prefers?|asked for|is asking for)\s+(?:a|an)\s+(?:much\s+|"
    r"bit\s+|little\s+)?(?:more|less)\s+[\w-]+\s+(?:tone|look|feel|vibe|style|colou?r|palette|"
    r"font|photo|image|headline|layout|design|treatment|voice)\b")


def day_must_move(v: View) -> Verdict:
    """A day of the work that must move (see ``_DAY_MUST_MOVE``); not a meeting's, not the
    past."""
    if MEETINGS & set(v.n):
        return None
    return _asked_by_pattern(v, _DAY_MUST_MOVE, 6, 0.7, "move_date", now=True)


def started_over(v: View) -> Verdict:
    """A piece of the work started over (see ``_STARTED_OVER``); not the past."""
    if not _ANY_PIECE & set(v.n):
        return None  # "back to square one for me, I lost my keys"
    return _asked_by_pattern(v, _STARTED_OVER, 5, 0.7, "edit", now=True)


def wants_another_look(v: View) -> Verdict:
    """Another look someone wants (see ``_WANTS_ANOTHER_LOOK``); not the past."""
    return _asked_by_pattern(v, _WANTS_ANOTHER_LOOK, 6, 0.7, "edit", now=True)


def paged_part_must(v: View) -> Verdict:
    """A part found on a page and what it must be (see ``_PAGED_PART_MUST``)."""
    found = _PAGED_PART_MUST.search(v.lower)
    if found is None or v.past_only or EVERY & set(v.n[: v.word_at(found.start())]):
        return None
    return Hit(KIND, v.first, min(v.word_at(found.end()), v.last), 0.7, "edit")


def asked_to_lead(v: View) -> Verdict:
    """What the work shows, asked to take another place in it (see ``_ASKED_TO_LEAD``)."""
    return _asked_by_pattern(v, _ASKED_TO_LEAD, 6, 0.7, "edit", now=True)


def should_have_done(v: View) -> Verdict:
    """What the agency should have done, said as a reproach (see ``_SHOULD_HAVE``)."""
    return _asked_by_pattern(v, _SHOULD_HAVE, 5, 0.7, "swap" if v.has("INSTEAD") else "edit")


# "He would like the TV spot to mention the 0% financing", "we'd like the ad to include the
# phone number": what a piece should carry, wished by the writer or the boss they write for
# (not "we'd like the team to mention it at the meeting": no piece of the work)
_WISHED_TO_CARRY = re.compile(
    r"\b(?:we|i|he|she|they)(?:'d| would) (?:really |also )?(?:love|like|prefer|want) "
    r"(?:the|our|this|that) (?P<part>[\w' -]{1,30}?) to (?:also )?(?:mention|include|show|"
    r"say|feature|have|carry|list|highlight|call out|state|promote|use)\b")


def wished_to_carry(v: View) -> Verdict:
    """What a piece is wished to carry (see _WISHED_TO_CARRY)."""
    return _asked_by_pattern(v, _WISHED_TO_CARRY, 6, 0.7, "edit", part=True, now=True)


# "Could you have another go at the intro paragraph?", "can we take another pass at the
# script": a part to be redone, asked (not "I'll have another go at the forms tomorrow")
_ANOTHER_GO = re.compile(
    r"\b(?:(?:can|could|would) (?:you|u|we|ya)(?: please)?|please|let's|lets|let us|mind)\s+"
    r"(?:having|taking|have|take|giving it|give it)\s+(?:another|one more|a second|a fresh|"
    r"a new)\s+(?:go|pass|stab|crack|shot|look|try|swing)\s+at\s+(?:the|our|this|that)\s+"
    r"(?P<part>[\w' -]{1,30})")


def another_go_at(v: View) -> Verdict:
    """A part asked to be redone: "have another go at the intro"."""
    return _asked_by_pattern(v, _ANOTHER_GO, 6, 0.7, "edit", part=True)


# "It misses the logo of our partner on the last page": a learner's "is missing" (not "she
# misses the old logo", "it misses the point")
_IT_MISSES = re.compile(r"(?:^|[,;:]\s*|\b(?:but|and|still)\s+)(?:it|there|this page|the page)\s+"
                        r"(?:still\s+)?misses\s+(?:the|a|an|our|one)\s+(?!point\b|mark\b|"
                        r"deadline\b|bus\b|train\b|flight\b|chance\b)")


def it_misses(v: View) -> Verdict:
    """A learner's "it misses the logo": a part the piece lacks."""
    return _asked_by_pattern(v, _IT_MISSES, 4, 0.7, "add", now=True)


# "We'd prefer 'customers' over 'clients' throughout": one word for another (not "we'd prefer
# Tuesday over Monday for the call": no quoted words)
_PREFER_WORD = re.compile(r"\bprefer\s+[\"“'‘][^\"“”'‘’]{1,40}[\"”'’]\s+(?:over|to|rather than|"
                          r"instead of)\s+[\"“'‘]")


def prefer_word(v: View) -> Verdict:
    """One quoted word preferred over another, throughout the work."""
    return _asked_by_pattern(v, _PREFER_WORD, 3, 0.7, "swap")


# "The kids in the hero shot look a bit staged; is there another take we could use?": another
# take of a piece asked for (not "is there another meeting this week?")
_ANOTHER_TAKE = re.compile(r"\b(?:is there|do you have|have you got|got)\s+(?:another|a different|"
                           r"a better|an alternative|a second|any other)\s+(?:take|shot|photo|"
                           r"image|picture|crop|angle|font|colour|color|headline|photo option)s?\b"
                           r"[^.?!]{0,40}\?")


def another_take(v: View) -> Verdict:
    """Another take, shot or font asked for in a question."""
    return _asked_by_pattern(v, _ANOTHER_TAKE, 4, 0.7, "swap", now=True)


# "'Submit' feels cold, maybe 'Send my request'?": a quoted word found wanting and another
# offered (not "we called it 'Spring Fling'", no verdict, no offer)
_QUOTED_OFFER = re.compile(
    r"[\"”'’]\s+(?:feels|sounds|reads|seems|looks|is|'s)\s+(?:a (?:bit|little) |too |quite |"
    r"very |kind of |rather )?[a-z]+[^.?!]{0,20}?[,;-]\s*(?:so\s+)?(?:maybe|perhaps|how about|"
    r"what about|or)\s+(?:something like\s+)?[\"“'‘][^\"“”'‘’]{2,60}[\"”'’]")


def quoted_offer(v: View) -> Verdict:
    """A quoted word found wanting and another offered in its place."""
    found = _QUOTED_OFFER.search(v.unit.text.lower())
    return None if found is None else Hit(KIND, 0, v.last, 0.7, "swap")


# "I'm wondering if the banner could run a week longer than planned": a piece asked, unsure,
# to run longer, come bigger, start sooner (not "I wonder if the event will be bigger")
_WONDER_LONGER = re.compile(
    r"\b(?:wondering|wonder|wondered)\s+(?:if|whether)\s+(?:the|our|this|that)\s+"
    r"(?P<part>[\w' -]{1,30}?)\s+(?:could|can|might)\s+(?:\w+\s+){1,2}?"
    r"(?:(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?|seconds?|sizes?|points?)\s+)?"
    r"(?:longer|shorter|bigger|smaller|larger|wider|narrower|earlier|later|sooner|higher|"
    r"lower)\b")


def wondered_longer(v: View) -> Verdict:
    """A piece asked, unsure, to run longer, come bigger or start sooner; or someone's
    question passed on ("He also asked whether the TV spot could end on the branch instead of
    the logo": ``_ASKED_WHETHER``)."""
    found = _asked_by_pattern(v, _WONDER_LONGER, 5, 0.65, "edit", part=True)
    if found is not None or MEETINGS & set(v.n) or v.past_only:
        return found
    asked = _ASKED_WHETHER.search(v.lower)
    if asked is None or (asked["part"] is not None and not _names_a_part(asked)):
        return None
    return _hit_from(v, asked, 5, 0.65, "add" if asked["say"] else "edit")


# Someone's question about a piece, passed on: "he asked whether the TV spot could end on the
# branch instead of the logo", "she asked if the poster could be in green" (not "asked if we
# could meet Tuesday", "asked whether the invoice was paid")
_ASKED_WHETHER = re.compile(
    r"\b(?:asked|asks|wondered|wonders|wanted to know)\s+(?:me\s+|us\s+)?(?:whether|if)\s+"
    r"(?:(?:the|our|this|that)\s+(?P<part>[\w' -]{1,30}?)\s+(?:could|can|might|would)\s+"
    r"(?!(?:be\s+)?(?:ready|done|finished|sent|paid|delivered)\b)[^.;?!]{0,60}?"
    r"\b(?:instead|rather than|bigger|smaller|larger|shorter|longer|brighter|darker|"
    r"different|in\s+(?:green|blue|red|black|white|colou?r))\b"
    # "Dr. Reid asked if we could mention the free frame adjustment for students": what the
    # work should also say, someone's ask passed on
    r"|(?:we|you)\s+(?:could|can|might)\s+(?:also\s+)?(?P<say>mention|add|include|feature|"
    r"list|show|highlight)\s+(?:the|our|a|an)\s+\w)")


# "Hmm, the headline is a bit of a mouthful", "the back page is a lot to take in": a piece
# found wanting in an idiom
_IDIOM_FAULT = re.compile(r"\b(?:is|'s|are|'re|feels|looks|reads)\s+(?:a bit of |quite |rather |"
                          r"such |a real )?(?:a mouthful|a lot to take in|a lot going on|"
                          r"a bit much|hard to (?:read|follow|make out|see)|all over the place|"
                          r"a bit of a mess|a bit flat|a bit lost)\b")


# "Too much going on at the bottom.", "way too much happening on the back": the place on the
# piece named after (not "too much going on at work this week")
_TOO_MUCH_ON = re.compile(r"^\W*(?:there's\s+|there\s+is\s+)?(?:way\s+|a\s+bit\s+)?too\s+much\s+"
                          r"(?:going\s+on|happening)\s+(?:at|in|on)\s+the\s+(?:bottom|top|left|"
                          r"right|front|back|cover|footer|header|banner|page|slide|flyer|poster|"
                          r"menu|ad|email|site|homepage|landing page|label)\b")


def idiom_fault(v: View) -> Verdict:
    """A piece found wanting in an idiom ("a bit of a mouthful", "too much going on at the
    bottom")."""
    if _TOO_MUCH_ON.search(v.lower) and not v.past_only:
        return Hit(KIND, 0, v.last, 0.7, "edit")
    found = _IDIOM_FAULT.search(v.lower)
    if found is None or v.past_only or not _part_before(v, v.lower, found.start()):
        return None
    return Hit(KIND, 0, v.last, 0.7, "edit")


# "Make sure to swap the hero photo": one change to the work, asked to be seen to; said of
# every piece or with a verb that keeps or follows something it is a rule (requirements).
_SURE_OPENERS = words("make be")
_SURE_AFTER = words("to you we u")
_RULE_VERBS = words("use keep include follow leave credit save stick check")
_ALWAYS_OR_NEVER = words("always never ever only")


def sure_of_a_change(v: View) -> Verdict:
    """"Make sure to swap the hero photo for the beach shot", "be sure to add the new phone
    number": a change asked for (not "make sure to use the new logo on every piece", a rule;
    not "make sure to send the invoice", no change to the work)."""
    n = v.n
    for k in range(len(n) - 2):
        if n[k] not in _SURE_OPENERS or n[k + 1] != "sure" or v.negated_before(k):
            continue
        i = k + 2
        while v.at(i) in _SURE_AFTER and i < k + 4:
            i += 1
        if v.at(i) in _RULE_VERBS or (EVERY | _ALWAYS_OR_NEVER) & set(n):
            return None
        for s, e in v.rel("CR_VERB"):
            if s == i and (action := verb_action(v, s)) is not None:
                return Hit(KIND, k, e - 1, 0.75, action)
        return None
    return None


# -- a piece wished some way: "it would be nice if the logo was bigger", "I'd like to see the
# logo centered", "can the button be orange?", a phone's "need the logo centered"
# (``benchmarks/wished.py``)

# How a piece looks or where it sits on the page, said after it: a size, a style, a colour, an
# alignment, a place on the piece ("on the left", "on two lines", "below the photo"); not where
# it goes or when ("on Facebook", "in the shared folder", "by Friday", "in person").
_COLOUR = (r"(?:red|blue|green|yellow|orange|purple|pink|black|white|gr[ae]y|gold|silver|navy|"
           r"teal|brown|beige|cream|maroon|turquoise)")
_WISHED_STATE = re.compile(
    r"\s*(?:(?:a (?:bit|little|touch|tad|lot)|slightly|much|way|even|far|really|very)\s+)?"
    r"(?:(?:" + "|".join(sorted(_PLAIN_COMPARATIVES)) + r")\b"
    r"|(?:more|less)\s+(?:[a-z]+(?:ed|ble|ful|ive|ic|ent|ant|al|ous|y|le)|bold|prominent|"
    r"central|modern|clean|simple|calm|subtle"
    # a learner's "more big", "more short"
    r"|big|small|short|long|dark|light|large|wide|thin|thick|bright|high|low)\b"
    r"|(?:centred|centered|underlined|bold|italic|italics|uppercase|lowercase|transparent|"
    r"square|rounded|vertical|horizontal|justified|animated|clickable|greyscale|grayscale|"
    r"bigger|larger|full[- ](?:width|bleed|page|screen)|(?:easier|harder) to (?:read|see|spot|"
    r"find|scan|click|tap))\b"
    r"|(?:left|right|center|centre)[- ]?(?:aligned|justified)\b"
    r"|" + _COLOUR + r"(?:\s+and\s+" + _COLOUR + r")?\s*(?=$|[.,!?;)]|\s+(?:please|pls|instead|"
    r"too|rather|not|and|on|with|like|to match|asap)\b)"
    r"|in (?:all |small )?(?:caps|capitals|upper ?case|lower ?case|title case|bold|italics?|"
    r"colou?r|black and white|b&w)\b"
    r"|in (?:(?:our|the|your) )?(?:(?:brand|same|darker|lighter|new|dark|light) )?"
    + _COLOUR + r"\b"
    r"|on (?:the )?(?:left|right|top|bottom|front|back|cover)\b"
    r"|at the (?:top|bottom|front|back|end|start|beginning)\b"
    r"|on (?:one|two|three|a single|its own|their own|a separate|separate) lines?\b"
    r"|(?:above|below|under|beneath|beside|next to) the (?:[a-z]+ ){0,2}?"
    r"(?:logo|headline|photo|image|picture|title|text|copy|price|map|button|address|tagline|"
    r"heading|subhead|footer|header)\b"
    r"|(?:higher|lower|further|a bit|slightly) (?:up|down)\b"
    r"|moved (?:up|down|left|right|over)\b|cropped (?:tighter|in|closer)\b"
    r"|without (?:the|a|its|any) (?:[a-z]+ )?(?:border|outline|shadow|frame|box|background|"
    r"gradient|stroke|line|underline)\b"
    r"|with (?:a|an) (?:[a-z]+ )?(?:border|outline|shadow|drop shadow|frame|box|background|"
    r"gradient|stroke)\b)")
_PIECE_LOCATOR = words("on in of")


def _wished_piece(v: View, i: int) -> int | None:
    """The last word of the piece of the work named from word ``i`` on ("the CTA button", "the
    photo on page 2", "our new logo"), or None: a determiner, at most two words before the
    piece's name, its name, and where it is ("on page 2", "on the back")."""
    if v.at(i) not in ("the", "our", "this", "that", "your"):
        return None
    k = next((j for j in range(i + 1, min(i + 4, len(v.n))) if v.n[j] in _MADE_PIECES), None)
    if k is None or any(w in CLAUSE_PUNCT for w in v.n[i + 1 : k]):
        return None
    while v.at(k + 1) in _MADE_PIECES:  # "the phone number", "the CTA button"
        k += 1
    if v.at(k + 1) in _PIECE_LOCATOR and (v.at(k + 2) in ("page", "slide", "p.", "p")
                                          and v.at(k + 3)[:1].isdigit()):
        k += 3  # "the photo on page 2"
    return k


def _said_so(v: View, k: int) -> bool:
    """Whether the text after word ``k`` opens with how a piece looks (:data:`_WISHED_STATE`)."""
    return v.match_after(_WISHED_STATE, k) is not None


# "it would be nice if the logo was bigger", "would be great if the map had a drop shadow"
_WISHED_IF = re.compile(r"\b(?:(?:it|that|this)(?: would|'d)|would) (?:be|look) (?:so |really |"
                        r"much |even )?(?:great|nice|good|better|ideal|lovely|cool|awesome|"
                        r"perfect|amazing|helpful|best) if\b"
                        # a learner's "Is better if the photo is more big.", "it will be nice if"
                        r"|^\W*(?:it\s+)?(?:is|will be)\s+(?:better|nicer|nice|good|best) if\b")
# What a piece does when it is wished otherwise, past tense: "had a border", "stood out more".
_WISHED_DOING = words("had stood showed matched used sat looked felt read said included "
                      "mentioned featured popped fit fitted linked pointed")
# After "if the video had": more of an audience, a goal ("had more views"), or a negation.
_NOT_A_LOOK_HAD = words("not n't never more less fewer lots many higher better over")
# "I'd like to see the logo bigger", "we'd love to see the price in bold"
_LIKE_TO_SEE = re.compile(r"\b(?:like|love|prefer|want|wanna|need|needs)(?: to)? see\b")


def wished_if(v: View) -> Verdict:
    """A piece wished otherwise: "it would be nice if the logo was bigger", "would be great if
    the map had a drop shadow" (not "... if the proofs were ready by Friday", "... if the
    website got more visits")."""
    if v.status_question:
        return None
    for found in _WISHED_IF.finditer(v.lower):
        i = v.word_at(found.end())
        k = _wished_piece(v, i)
        if k is None or v.negated_before(k + 1):
            continue
        verb = v.at(k + 1)
        if (verb in ("was", "were", "is", "are") and _said_so(v, k + 1)) or (
                verb in _WISHED_DOING and v.at(k + 2) not in _NOT_A_LOOK_HAD):
            return Hit(KIND, v.word_at(found.start()), min(k + 2, v.last), 0.7, "edit")
    return None


def wished_to_see(v: View) -> Verdict:
    """A piece as the client wants to see it: "I'd like to see the logo bigger", "would like to
    see the price on the left" (not "... to see the proofs before they go to print", "... the
    mockups on a phone")."""
    if v.past_only or v.status_question:
        return None
    for found in _LIKE_TO_SEE.finditer(v.lower):
        i = v.word_at(found.end())
        k = _wished_piece(v, i)
        if k is not None and _said_so(v, k) and not v.negated_before(i - 2):
            return Hit(KIND, v.word_at(found.start()), min(k + 1, v.last), 0.7, "edit")
    return None


# "Can the button be orange?", "is it possible for the logo to be centered?"
_CAN_IT_BE = re.compile(r"\b(?:can|could|would|will|may) (?=the |our |this |that )"
                        r"|\bpossible for (?=the |our |this |that )")


def piece_asked_so(v: View) -> Verdict:
    """A piece asked to be some way: "can the button be orange?", "could the photo on page 2 be
    full width?", "is it possible for the map to be on the left?" (not "can the proofs be
    ready by Friday?", "could the invoice be split in two?")."""
    if v.past_only or v.status_question:
        return None
    for found in _CAN_IT_BE.finditer(v.lower):
        i = v.word_at(found.end())
        k = _wished_piece(v, i)
        if k is None:
            continue
        be = k + 2 if v.at(k + 1) == "to" else k + 1
        if v.at(be) == "be" and _said_so(v, be) and not v.negated_before(be):
            return Hit(KIND, v.word_at(found.start()), min(be + 1, v.last), 0.7, "edit")
    return None


_NEED_OR_WANT = words("need needs want wants")


def needed_so(v: View) -> Verdict:
    """A phone's "Need the logo centered", "want the price in bold": what the sentence opens
    with is the piece and how it should be (not "need the files by Monday", "need the photos
    from the shoot", "we need the logo files in EPS")."""
    opening = v.first + (v.at(v.first) in ("we", "i", "really", "just", "still"))
    opening += v.at(opening) in ("really", "just", "still")
    # (or someone of the client's: "our director wants the new logo on the cover")
    i = opening if v.at(opening) in _NEED_OR_WANT else _someone_wants(v)
    if i is None or v.past_only or v.status_question:
        return None
    k = _wished_piece(v, i + 1)
    if k is None or not _said_so(v, k):
        return None
    return Hit(KIND, i, min(k + 1, v.last), 0.7, "edit")


def _someone_wants(v: View) -> int | None:
    """Where "wants" stands when the unit (or its part after a label's colon: "One more from
    our director: she wants ...") opens with someone of the client's who wants: "she wants",
    "our director wants"."""
    for k in [v.first, *(j + 1 for j, w in enumerate(v.n) if w == ":")]:
        k += v.at(k) in ("and", "also", "so")
        if v.at(k) in ("she", "he", "they") and v.at(k + 1) in ("wants", "want"):
            return k + 1
        if v.at(k) in ("our", "my", "the") and v.at(k + 1) in _WHO_WANTS \
                and v.at(k + 2) in ("wants", "want"):
            return k + 2
    return None


_WHO_WANTS = words("director boss ceo owner owners manager president team board partner partners "
                   "founder chair md vp cmo client marketing")


# -- a change suggested in passing (``benchmarks/suggested.py``) ---------------------------

# "How about a bigger logo?", "maybe a darker background?": the piece as it should be, offered.
_OFFERED = re.compile(r"^\W*(?:(?:and|or|so|but)\s+)?(?:how about|what about|maybe|perhaps|"
                      r"what do you think (?:about|of)|(?:how|what) about (?:maybe|trying|"
                      r"using)|maybe try|try|any chance of|could we (?:get|have|try)|"
                      r"can we (?:get|have|try))\s+(?:a|an|the)\s+")
_OFFERED_LOOKS = _PLAIN_COMPARATIVES | _STYLES - {"colour",
                                                                                 "color"}


def offered_piece(v: View) -> Verdict:
    """"How about a bigger logo?", "what about a warmer background?": a piece offered as it
    should be (not "how about a bigger venue?", "what about a shorter meeting?")."""
    found = _OFFERED.match(v.lower)
    if found is None or v.past_only:
        return None
    k = v.word_at(found.end())
    if v.at(k) in ("bit", "little", "slightly", "much"):
        k += 1
    if v.at(k) in ("more", "less") and v.at(k + 1).isalpha():
        k += 1  # "a more modern font"
    elif v.at(k) not in _OFFERED_LOOKS:
        return None
    piece = next((j for j in range(k + 1, min(k + 4, len(v.n))) if v.n[j] in _MADE_PIECES), None)
    if piece is None or any(w in CLAUSE_PUNCT for w in v.n[k + 1 : piece]):
        return None
    while v.at(piece + 1) in _MADE_PIECES:
        piece += 1
    if v.at(piece + 1) not in _OFFER_ENDS:
        return None  # "what about a bigger logo budget": another thing the piece names
    return Hit(KIND, v.word_at(found.start()), piece, 0.7, "edit")


_OFFER_ENDS = words("? . ! , instead then there on in for at please maybe perhaps too") | {""}


# A note on one line, a piece and what to do to it: "Logo - bigger.", "Headline: shorter",
# "Slide 5 – delete", "Photo on page 2: too dark" (not "Logo: approved", "Map: looks good").
_NOTED = re.compile(r"^\W*(?P<part>[a-z][\w' ]{0,30}?)\s*(?:-{1,2}>?|–|—|:|=>|→)\s*"
                    r"(?P<ask>[^.!?]{1,30}?)\s*[.!]*\s*$")
_NOTED_ASK = re.compile(
    r"(?:(?:a bit|a little|a touch|slightly|much|way|even)\s+)?"
    r"(?:(?:" + "|".join(sorted(_PLAIN_COMPARATIVES)) + r")"
    r"|too\s+[a-z]+|make\s+(?:it\s+|them\s+)?(?:a bit\s+)?[a-z]+er"
    # "Headline: make it two lines", "Logo - make it pop"
    r"|make\s+(?:it|them)\s+(?:one|two|three|\d)\s+(?:lines?|columns?|pages?|slides?)"
    r"|make\s+(?:it|them)\s+(?:pop|stand out|bold|smaller|bigger)"
    r"|(?:delete|remove|cut|drop|lose|swap|replace|change|move|bold|centre|center|shrink|"
    r"enlarge|ditch|kill|nix|axe|bin|scrap|crop|update|fix|correct|reword|rewrite|shorten|"
    r"lengthen|tweak|rework|redo|recolou?r|resize|flip|rotate|brighten|darken|lighten)"
    r"(?:\s+(?:it|this|that|them))?(?:\s+(?:up|down|left|right|out|over|off))?"
    r"|(?:bold|italics?|underlined|caps|centred|centered|" + _COLOUR + r"))"
    r"(?:\s+(?:please|pls|plz|thanks|thx|asap))?\s*$")


def noted(text: str) -> re.Match[str] | None:
    """The note a line is, a piece and what to do to it (see :data:`_NOTED`), or None; a
    heading's test asks it too ("Logo - bigger" heads nothing)."""
    found = _NOTED.match(text.lower())
    if found is None or not _NOTED_ASK.fullmatch(found.group("ask")):
        return None
    return found if _names_a_piece(found.group("part").split()) else None


def _names_a_piece(said: list[str]) -> bool:
    """Whether words that open a note or a sentence end in a piece of the work's name, where
    it is left aside ("the photo on page 2", "slide 5")."""
    if len(said) >= 2 and said[-1].isdigit():
        said = said[:-3] if len(said) >= 4 and said[-3] == "on" else said[:-1]
    return bool(said) and said[-1] in _MADE_PIECES


def noted_change(v: View) -> Verdict:
    """A note on one line, a piece and what to do to it: "Logo - bigger.", "Slide 5 –
    delete" (see :data:`_NOTED`)."""
    found = noted(v.lower)
    if found is None:
        return None
    ask = v.word_at(found.start("ask"))
    action = "remove" if found.group("ask").split()[0] in _NOTED_REMOVE else "edit"
    return Hit(KIND, 0, min(ask + 1, v.last), 0.7, action)


_NOTED_REMOVE = words("delete remove cut drop lose ditch kill nix axe bin scrap")


# "Can you show us some other options for the headline?", "any alternatives for the tagline?":
# other takes on a piece, asked for (not "any other options for payment?", no piece).
_OTHER_TAKES = words("options option ideas alternatives versions directions takes routes "
                     "concepts choices variations treatments")
_OTHER_WORDS = words("other alternative alternate different new fresh")
_ASKED_FOR_TAKES = words("see show send get have give share try any some do")


def other_takes(v: View) -> Verdict:
    """Other takes on a piece of the work, asked for (see :data:`_OTHER_TAKES`)."""
    if v.past_only or (v.status_question and v.at(v.first) not in ("do", "any")):
        return None
    for k, word in enumerate(v.n):
        if word not in _OTHER_TAKES or v.at(k + 1) not in ("for", "of", "on"):
            continue
        if not (word == "alternatives" or _OTHER_WORDS & set(v.n[max(0, k - 2) : k])):
            continue
        if _wished_piece(v, k + 2) is None:
            continue  # "other options for payment", "for the venue"
        asked = v.rel("FRAME") and v.rel("FRAME")[0][0] < k
        opener = v.at(v.first) in ("any", "other", "alternatives") or (
            _ASKED_FOR_TAKES & set(v.n[v.first : k]) and v.unit.text.rstrip().endswith("?"))
        if (asked or opener) and not v.negated_before(k - 1):
            return Hit(KIND, v.first, k, 0.7, "add")
    for k, word in enumerate(v.n):  # "could you show us two or three other typefaces?"
        if word in ("other", "alternative", "different") and v.at(k + 1) in _TAKEN_PIECES \
                and v.at(k - 1) not in ("the", "those", "these", "your", "our", "my") \
                and _ASKED_FOR_TAKES & set(v.n[v.first : k]) and v.rel("FRAME") \
                and v.rel("FRAME")[0][0] < k and not v.negated_before(k):
            return Hit(KIND, v.first, k + 1, 0.7, "add")
    return None


# Pieces a client asks to see others of: "other typefaces", "different photos".
_TAKEN_PIECES = words("typefaces fonts headlines photos images colours colors palettes layouts "
                      "taglines illustrations shots covers logos")


# "The only change I'd make is the headline", "one thing I'd change is to move the logo to the
# top": the one change, announced (not "... is the meeting time", "... is nothing").
_ONE_CHANGE = re.compile(r"^\W*(?:(?:the|my|our)\s+)?(?:one|only)\s+(?:thing|change|tweak|edit|"
                         r"note|request|fix)\b[^.;:]{0,30}?\s(?:is|would be|'d be|'s)\s+")
_ANNOUNCES_A_CHANGE = words("change changed make tweak edit fix ask suggest")
# A note that is a change by its name: "My only note is the date format."
_NOTES = words("note comment request tweak edit fix")


def one_change(v: View) -> Verdict:
    """The one change, announced (see :data:`_ONE_CHANGE`)."""
    found = _ONE_CHANGE.match(v.lower)
    if found is None:
        return None
    said = set(_WORDS_OF.findall(found.group()))
    if not (_ANNOUNCES_A_CHANGE | _NOTES) & said or "have" in said:
        return None  # (not "the only thing I'd have changed is the headline, but it's fine")
    k = v.word_at(found.end())
    if v.at(k) == "to" and v.at(k + 1) in CHANGE_VERBS:
        return Hit(KIND, 0, k + 1, 0.7, "edit")  # "... is to move the logo to the top"
    if v.at(k) == "to":
        return None  # "... is to the invoice address"
    piece = _wished_piece(v, k)
    if piece is None or (MEETINGS | BILLING) & set(v.n[k : _clause_end(v, k)]):
        return None  # ("... is the date of our review": a meeting's day)
    return Hit(KIND, 0, piece, 0.7, "edit")


_WORDS_OF = re.compile(r"[a-z]+")

# "I'd rather not have the prices on there", "we'd prefer not to show the map": a piece the
# client would rather leave out (not "I'd rather not have a call today").
_RATHER_NOT = re.compile(r"\b(?:'d|would)\s+(?:really\s+)?(?:rather|prefer)\s+not\s+(?:to\s+)?"
                         r"(?:have|show|use|include|put|keep|feature|run|mention|print)\s+"
                         r"(?=the |our |this |that )")


def _piece_after_match(v: View, pattern: re.Pattern[str]) -> tuple[re.Match[str], int] | None:
    """``pattern``'s first match in a unit that speaks of now, and the last word of the piece
    of the work named right after it (:func:`_wished_piece`); None without either."""
    found = pattern.search(v.lower)
    if found is None or v.past_only:
        return None
    piece = _wished_piece(v, v.word_at(found.end()))
    return None if piece is None else (found, piece)


def rather_not(v: View) -> Verdict:
    """A piece the client would rather leave out (see :data:`_RATHER_NOT`)."""
    said = _piece_after_match(v, _RATHER_NOT)
    if said is None:
        return None
    found, piece = said
    return Hit(KIND, v.word_at(found.start()), piece, 0.7, "remove")


# A learner's "we want that the text is more short", "we would like that the logo is bigger".
_WANT_THAT = re.compile(r"\b(?:want|wants|would like|'d like|prefer|wish)\s+that\s+"
                        r"(?=the |our |this |that )")
_THAT_IT_IS = words("is are be was were")


def wanted_that(v: View) -> Verdict:
    """A piece wished some way in a learner's "want that" (see :data:`_WANT_THAT`)."""
    said = _piece_after_match(v, _WANT_THAT)
    if said is None:
        return None
    found, piece = said
    be = piece + 1 + (v.at(piece + 1) in ("will", "would", "should"))
    if v.at(be) in _THAT_IT_IS and _said_so(v, be):
        return Hit(KIND, v.word_at(found.start()), min(be + 1, v.last), 0.7, "edit")
    return None


# "The flyer lacks our new address", "it lacks the logo of our partner": a part the piece
# lacks, as learners and formal writers say it (not "the team lacks time", "our website lacks
# traffic", "it lacks nothing").
_LACKS = re.compile(r"(?:^|[,;:]\s*|\b(?:but|and|still)\s+)(?P<who>it|this|(?:the|our|this|your) "
                    r"[\w' -]{1,30}?)\s+(?:still\s+)?(?:lacks|is lacking|is still lacking)\s+"
                    r"(?:the|a|an|our|any|one|its)\s+")


# "Legal says every email needs an unsubscribe link. This one doesn't have it.": the piece at
# hand lacks what the sentence before named (not "this one doesn't have a deadline yet")
_ONE_LACKS_IT = re.compile(r"^\W*(?:but\s+|and\s+)?(?:this|that|the new|the current)\s+one\s+"
                           r"(?:still\s+)?(?:doesn't|does not|doesn’t)\s+(?:have|show|include|"
                           r"carry)\s+(?:it|one|that|them|any)\s*[.!]*\s*$")


def lacks_part(v: View) -> Verdict:
    """A part the piece lacks (see :data:`_LACKS`, ``_ONE_LACKS_IT``)."""
    if _ONE_LACKS_IT.match(v.lower) and not v.past_only:
        return Hit(KIND, v.first, v.last, 0.7, "add")
    found = _LACKS.search(v.lower)
    if found is None or v.past_only:
        return None
    who = found.group("who").split()
    if who[0] not in ("it", "this") and not _names_a_piece(who):
        return None  # "the team lacks ...", "the invoice lacks ..."
    return _hit_from(v, found, 4, 0.7, "add")


def tracked_in_word(v: View) -> Verdict:
    """'Page 1, para 2 - Deleted: "thousands of families" Inserted: "over 2,300 families"':
    Word's tracked changes pasted as text."""
    if TRACKED.search(v.unit.text) and not v.status_question:
        return Hit(KIND, 0, v.last, 0.75, "edit")
    return None


# "I'll have the agency redo the flyer with the new kitchen photos": a client telling someone
# else (a forward's original) what they will ask of the agency
_HAD_REDONE = re.compile(
    r"(?:\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|i'm gonna|we're gonna)\s+"
    r"(?:have|get|ask)|"
    # "Please have the designer redo page 3", "can you get your team to lighten the sky?"
    r"^\W*(?:please|pls|can you|could you|would you)\s+(?:please\s+)?(?:have|get))\s+"
    r"(?:the agency|our agency|the designers?|the design team|brightlane|the ad agency|"
    r"your (?:designers?|team|design team|artist|retoucher|editor)|the (?:artist|retoucher|"
    r"editor|team))\s+(?:to\s+)?(?P<verb>[a-z-]+)\b")


def had_redone(v: View) -> Verdict:
    """"I'll have the agency redo the flyer with the new kitchen photos" (the agency's work
    asked for, said to someone else)."""
    found = _HAD_REDONE.search(v.lower)
    if found is None or v.status_question:
        return None
    k = v.word_at(found.start("verb"))
    if k >= len(v.n) or not v.has("CR_VERB") or not any(s == k for s, _ in v.rel("CR_VERB")):
        return None
    action = verb_action(v, k)
    return None if action is None else Hit(KIND, k, min(k + 2, v.last), 0.75, action)


# "we added two trucks, so we need 5 wraps not 3": a count put right (not "we need 5 days,
# not 3": a lead time)
_COUNT_PUT_RIGHT = re.compile(
    r"\b(?:need|needs|want|wants|order|ordering)\s+(?P<right>\d+)\s+(?!(?:more\s+)?(?:days?|"
    r"weeks?|hours?|months?|minutes?|mins?|years?|people|staff)\b)[\w-]+(?:\s+[\w-]+)?,?\s+"
    r"(?:not|instead of|rather than)\s+(?:the\s+)?(?P<wrong>\d+)\b")


# "Can it go out Thursday instead?": a send day asked for in place of the one planned (not
# "can we meet Thursday instead?": a meeting)
_DAY_INSTEAD = re.compile(
    r"\b(?:can|could|would)\s+(?:it|this|they|these|the\s+[\w-]+)\s+(?:go\s+out|go\s+live|run|"
    r"launch|drop|ship|be\s+sent|be\s+posted|post|start|print|be\s+printed|be\s+ready|"
    r"be\s+delivered)\s+(?:on\s+)?(?:the\s+)?(?:\d|" + MONTH_WORD + r"|" + WEEKDAY_WORD
    + r"|tomorrow)[^.;?]{0,20}?\s+instead\b")
# "Spin on Wednesday moved to 7am": a class or an opening hour the piece shows, moved (not "our
# call moved to 3pm")
_TIME_MOVED = re.compile(
    r"^\W*(?:(?:and|also)\s+)?(?:the\s+|our\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:on\s+" + WEEKDAY_WORD
    + r"s?\s+)?(?:has\s+|is\s+)?(?:moved|changed|shifted|now)\s+(?:to\s+)?\d{1,2}(?::\d\d)?\s?"
    r"(?:am|pm|a\.m\.|p\.m\.)")
_NOT_A_TIME_SHOWN = words("delivery pickup appointment appointments interview flight train")


# "My GM wants the rate on the banner to be the member rate": what someone wants a part of
# the piece to be
_WANTS_IT_TO_BE = re.compile(
    r"\b(?:my|our|the)\s+(?:boss|gm|ceo|owner|owners|director|manager|president|partner|"
    r"partners|board|husband|wife|chef|principal|pastor)\s+(?:wants|would like|'d like|prefers)\s+"
    r"(?:the|our|this|that)\s+(?P<part>[\w' -]{1,40}?)\s+to\s+(?:be|say|read|show|use|go)\b")


def wanted_by_someone(v: View) -> Verdict:
    """"My GM wants the rate on the banner to be the member rate": a part of the piece that
    someone on the client's side wants otherwise (not "my boss wants the report to be
    ready by Friday", a day)."""
    found = _WANTS_IT_TO_BE.search(v.lower)
    if found is None or v.past_only or v.status_question \
            or not (WORK_PARTS | _PARTS_ALSO_SAID) & set(found["part"].split()):
        return None
    if _READY_AFTER.match(v.lower, found.end()):
        return None
    return Hit(KIND, v.word_at(found.start()), v.word_at(found.end() - 1), 0.7, "edit")


_READY_AFTER = re.compile(r"\s+(?:ready|done|finished|live|sent|printed|delivered|approved)\b")


def day_or_time_moved(v: View) -> Verdict:
    """"Can it go out Thursday instead?", "Spin on Wednesday moved to 7am": a send day asked
    for in place of the planned one, an hour the piece shows put right."""
    if v.past_only or MEETINGS & set(v.n) or _NOT_A_TIME_SHOWN & set(v.n):
        return None
    found = _DAY_INSTEAD.search(v.lower)
    if found is not None:
        return Hit(KIND, v.word_at(found.start()), v.word_at(found.end() - 1), 0.7, "move_date")
    found = _TIME_MOVED.match(v.lower)
    if found is not None and not v.status_question:
        return Hit(KIND, 0, v.word_at(found.end() - 1), 0.7, "edit")
    return None


def count_put_right(v: View) -> Verdict:
    """"So we need 5 wraps not 3": how many of a piece, put right."""
    found = _COUNT_PUT_RIGHT.search(v.lower)
    if found is None or v.past_only or v.status_question or found["right"] == found["wrong"]:
        return None
    return Hit(KIND, v.word_at(found.start()), v.word_at(found.end() - 1), 0.7, "edit")


#: Word's tracked changes pasted as text: 'Deleted: "thousands of families" Inserted: "over
#: 2,300 families"' (also what :func:`.layout.arrowed` lets past the cue gate)
TRACKED = re.compile(r"\b(?:deleted|inserted)\s*:\s*[\"“'‘][^\"”'’]{1,200}[\"”'’]",
                     re.IGNORECASE)


CHANGE_RULES: tuple[Rule, ...] = (
    asked_why,  # "Why can't we just use photos?", "Why is the phone number so small?" (before
    # the status question: "why" asks for a change here)
    asked_as_a_thought,  # "Thoughts on making the CTA orange?" (a question, too)
    not_a_status_question,  # "did you swap it?": nothing to find
    not_needed_after_all,  # STOP: "we could add a second video, but it's not essential"
    nothing_needed,  # "Nothing needed from you on the flyer": nothing to find
    tracked_in_word,  # 'Deleted: "thousands of families" Inserted: "over 2,300 families"'
    had_redone,  # "I'll have the agency redo the flyer with the new kitchen photos"
    count_put_right,  # "so we need 5 wraps not 3"
    day_or_time_moved,  # "Can it go out Thursday instead?", "Spin on Wednesday moved to 7am"
    wanted_by_someone,  # "My GM wants the rate on the banner to be the member rate"
    requested_verb,  # imperatives and framed requests: the common case
    named_a_fix,  # "Small fix: the text must be right-aligned"
    corrected_detail,  # "the retreat is in Sedona, not Scottsdale"
    asked_where,  # "where is the QR code?"
    faults_listed,  # "Typos: 'accomodate' on p.2"
    says_but,  # 'the second line says "Open 7 days" but we're closed Mondays'
    approved_pending,  # "approved pending the disclaimer going up to 8pt"
    kept_as_was,  # "yes to all except #2 - keep the old photo there"
    options_mixed,  # "concept B, but with the photography from concept A"
    tried_as_a_what_if,  # "what if we tried the label without the grapes?"
    better_if,  # "it would be great if the gift guide button were gold instead of red"
    could_go,  # "the second paragraph could go"
    piece_could,  # "any way the headline could fit on one line?"
    taken_out,  # '"guaranteed" has to come out of the headline'
    named_changes,  # "please make the corrections marked in the PDF"
    modal_passive,  # "should be bigger"
    placed_first,  # "the pricing table should show annual prices first"
    part_should_carry,  # "the subject line should mention the artist talk"
    needs_the_new,  # "the booth staff uniforms need our new logo"
    appears_bigger,  # "the phone number must appear more big"
    shown_differently,  # "show the frames bigger"
    should_read,  # 'should read: "..."'
    says_instead,  # 'can the button say "Shop now" instead of ...'
    written_not,  # 'could you please write "from ¥198,000" and not "from ¥189,000"?'
    made_to_say,  # 'can you make the tagline say "Fresh every day"?'
    go_more_on,  # "go bigger on the logo"
    done_first,  # "good to go once the typo is fixed"
    can_go,  # "the second paragraph can go"
    rather_said,  # "I'd rather the button said 'Shop now'"
    another_version,  # "I'd like to see a version with ..."
    another_look,  # "what would it look like with ...?", "I wish the apple looked ..."
    lacks_a_part,  # "there's no price on page 4", 'can you write "..." under the logo?'
    wants_more_of_it,  # "+1 on swapping ...", "could use more white space", "needs to pop more"
    fronted_wish,  # "The chair photo we would like bigger"
    announced,  # "we are moving the launch"
    announced_tersely,  # "Pushing launch 1 wk"
    suggested_gerund,  # "would you mind swapping ..."
    wanted_done,  # "we'd like it swapped"
    prefers_different,  # "the client would prefer a warmer palette"
    instead,  # "... instead", with a request frame
    more_takes,  # "the CEO wants to see three more logo options"
    piece_does,  # "can the email mention the free trial in the first line?"
    needs_fixing,  # "is wrong", "needs fixing"
    criticised,  # "the logo is too small", "wrong logo on page 2"
    disliked,  # "I'm not loving the font", "the intro feels a bit long"
    put_in_order,  # "could the vegan dishes go at the top of the menu?"
    wished_to_look,  # "we'd love the copy to sound a bit less corporate"
    should_have_done,  # "you should have used green rather than purple"
    asked_to_lead,  # "can the sunflowers be the 1st pic"
    paged_part_must,  # "the financial summary on page 9 needs to match the audited figures"
    day_must_move,  # "the date has to change to the 14th"
    started_over,  # "back to square one on the sales page"
    wants_another_look,  # "the marketing director wants a more conservative tone"
    new_detail,  # "the new number is 555-0142"
    wished_to_carry,  # "he would like the TV spot to mention the 0% financing"
    another_go_at,  # "could you have another go at the intro paragraph?"
    it_misses,  # a learner's "it misses the logo of our partner"
    prefer_word,  # "we'd prefer 'customers' over 'clients'"
    another_take,  # "is there another take we could use?"
    quoted_offer,  # "'Submit' feels cold, maybe 'Send my request'?"
    wondered_longer,  # "I'm wondering if the banner could run a week longer"
    idiom_fault,  # "the headline is a bit of a mouthful"
    terse_asks,  # "Bigger logo please", "Less text on slide 3", "should be $49, not $59"
    can_slip,  # "can slip to May 3"
    needs_more,  # "200 more copies"
    part_needs_new,  # "slide 4 needs a new title"
    variant_or_revert,  # "same again but with ...", "keep it as it was"
    moves_from_to,  # "moves from A to B"
    comes_before,  # "the e-bike section needs to come before the road bikes"
    ready_earlier,  # "could the programs be ready a few days earlier"
    part_over_part,  # "the price tag graphic covers the product name", "... is actually ..."
    expected_otherwise,  # "we expected the new logo on these, not the old wordmark"
    set_right_not,  # "the noodles on the front must be the thick udon style, not ramen"
    new_date_without_verb,  # "is now May 15, not May 8"
    added_scope,  # "we also need a Spanish version"
    no_longer_needed,  # "no longer need"
    forgot_to_say,  # "we forgot to tell you the Instagram handle goes on the back too"
    put_on_hold,  # "put it on hold"
    total_brought_down,  # "we have to bring the total down to $18,500"
    extended_to,  # "extend the banner set to include the 300x600"
    cut_allowed,  # "If it helps, we can skip the drone shots."
    sent_elsewhere,  # "the delivery must now go to our warehouse, not to the office"
    goes_in,  # "Those need to go in."
    routed,  # "It should go to info@okaforplumbing.com now."
    asked_again,  # "Same changes as last time please", "No - use the navy version."
    liked_better,  # "I liked version 1 better."
    page_fault,  # "p.2 - wrong price"
    # last, so that what an earlier rule reads keeps its reading and confidence
    could_do_with,  # "the intro could do with a trim", "the headline wants tightening"
    have_it_so,  # "can we have the headline in bold?", "let's have the logo higher up"
    sure_of_a_change,  # "make sure to swap the hero photo" (its requirement is dropped)
    wished_if,  # "it would be nice if the logo was bigger"
    wished_to_see,  # "I'd like to see the logo centered"
    piece_asked_so,  # "can the button be orange?"
    needed_so,  # "need the logo centered"
    offered_piece,  # "how about a bigger logo?"
    noted_change,  # "Logo - bigger."
    other_takes,  # "can you show us some other options for the headline?"
    one_change,  # "the only change I'd make is the headline"
    rather_not,  # "I'd rather not have the prices on there"
    wanted_that,  # a learner's "we want that the text is more short"
    lacks_part,  # "the flyer lacks our new address"
)


def find_change(v: View) -> Hit | None:
    """The change a unit asks for, if any (see :data:`CHANGE_RULES`)."""
    return first_hit(CHANGE_RULES, v)


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
