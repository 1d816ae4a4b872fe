"""The words people wrap around an ask that say nothing of their own.

Real mail rarely asks in a clean sentence: "Sam, could the voiceover be a woman?", "Thanks
again - swap the hero photo", "When you get a chance, can we move the logo bar?", "P.S.
remove the QR code", "Per our call, all packaging shots must show the label", "..., if
that's ok". The rules read the sentence from its first word, so a greeting, a thank-you, a
courtesy or a reference to a call in front of the ask made it a pleasantry, a condition or
a meeting (``benchmarks/wrappers.py`` counted 4,318 of 83,500 wrapped statements lost).

:func:`own_words` finds where a unit's own words begin and end once such a wrapper is set
aside: a lead-in of a few words closed by a comma, a colon or a dash (not a condition such
as "if the client agrees," or a time such as "last year,"), a discourse word with no comma
("Plus", "P.S."), a courtesy after the last comma ("thanks!", "if that's ok", "does
that work?"), the tag of a tag question ("You couldn't swap the photo, could you?" asks
to swap the photo) and a thought it is said as ("I'm thinking we drop the intro"). The
extractor judges these words only when the whole unit read as nothing:
a wrapper can give a statement back, never take one away.
"""

from __future__ import annotations

import re

from intake.parsers.prefilter import prefilter_patterns

# A lead-in's end: a comma, a colon, a semicolon or a dash between spaces.
_LEAD_END = re.compile(r"\s*(?:[,:;]|\s[-–—]+)\s+|\s*[–—]\s*(?=\w)")
# Discourse words that open a sentence without a comma ("Plus swap ...", "P.S. remove ...").
_OPENER = re.compile(r"^\W*(?:p\.?\s?s\.?|pps|plus|btw|oh and|and also|also|anyway|ok so|okay so|"
                     r"so|and|but|oh)\s+(?=[a-z])", re.IGNORECASE)
# Lead-ins that carry nothing of the ask: a greeting or a name, a discourse word, a thank-you,
# an apology or praise before the point, a reference to a call or a mail, who said it, and
# where in the work it is ("On page 2,", "For the banner,", "Re the flyer:"). A lead-in said as
# a clause of its own ("The sale starts on April 17, so all the ads ...") is not one of them.
_WRAPPER_LEAD = re.compile(
    r"^\W*(?:(?:hi|hey|hello|morning|good morning|afternoon|evening|dear)\b.*|also|plus|oh|ok|okay|"
    r"so|hm+|ah|ugh|well|right|actually|honestly|frankly|ideally|btw|"
    # an apology for asking, not "Sorry, we are missing the photos" (our own inbox)
    r"sorry (?:to|for)\b.*|apologies (?:to|for)\b.*|"
    r"by the way|anyway|again|finally|lastly|"
    r"(?:last|one more|another|one|quick|small|tiny|minor|final|other|second|first|little) "
    r"(?:thing|one|note|point|request|ask|comment|tweak|change|question|issue|detail)s?\b.*|"
    r"nits?|notes?|updates?|heads[- ]up\b.*|just a heads[- ]up|fyi|p\.?\s?s\.?|thanks?\b.*|"
    r"thank you\b.*|great (?:work|job|stuff)\b.*|love (?:it|this|them)\b.*|"
    r"(?:looks?|looking) (?:great|good|lovely|fab|amazing|nice)\b.*|(?:nearly|almost) (?:perfect|"
    r"there)|as (?:discussed|agreed|mentioned|promised|requested|per)\b.*|"
    r"per (?:our|the|your|my)\b.*|"
    r"following (?:up|our|on|the|your)\b.*|further to\b.*|like i (?:said|mentioned)|"
    r"on second thoughts?|(?:thinking|having thought) about it\b.*|to (?:confirm|be clear|clarify)|"
    r"(?:i )?forgot to (?:mention|say|add)|after (?:chatting|talking|speaking|checking)\b.*|"
    r"(?:feedback|comments?|notes?|thoughts) from\b.*|from (?:the|our)\b.*|"
    r"[a-z]+(?:'s)? (?:says|said|comments?|notes?|adds|asks|writes)|re\b.*|regarding\b.*|"
    r"on (?:page|p\.?|slide|the)\b.*|for (?:the|our|this|that)\b.*|in (?:the|our|this|that)\b.*|"
    r"going back to\b.*|\[.*\].*)\W*$", re.IGNORECASE)
# A name said to the reader: "Sam,", "Jess Wu:" (as written, in capitals), not a word that
# answers, sets a time or offers another way ("Yes,", "Otherwise,", "Originally,").
_NAME = re.compile(r"^\W*(?!(?:Yes|No|Yeah|Yep|Nope|Otherwise|Instead|Previously|Originally|"
                   r"Initially|Alternatively|Unless|If|When|Then|Later|Earlier|Before|After|"
                   r"Already|Once|Now|Today|Tomorrow|Yesterday|Meanwhile|Sorry|Apologies|"
                   r"Unfortunately|Sadly|Attached|Enclosed|Note|Approved|Agreed|Confirmed|Done|"
                   r"Great|Perfect|Fine|Good|Right|Okay|Ok|Cool|Sure|Absolutely|Definitely|"
                   r"Understood|Noted|Correct|Lovely|Brilliant)\b)"
                   r"[A-Z][a-z]+(?: [A-Z][a-z]+)?\W*$")
# A lead-in naming a day or a time is part of the statement ("On the 18th, ...").
_WHEN = re.compile(r"(?<!page )(?<!p\.)(?<!p\. )(?<!slide )(?<!ad )(?<!spot )\b\d|"
                   r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
                   r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tomorrow|tonight|"
                   r"week|month|year|deadline|launch|due)\b", re.IGNORECASE)
# Courtesies said as conditions or times: "If possible,", "When you get a chance,".
_COURTESY = re.compile(
    r"^\W*(?:if (?:possible|you can|you could|you have (?:a )?(?:sec|second|minute|moment|time)|"
    r"it'?s not too (?:much trouble|late)|that'?s ok(?:ay)?|not too late)|"
    r"when(?:ever)? you (?:get|have|find) (?:a )?(?:chance|sec|second|minute|moment|time)|"
    r"whenever you can|before you (?:send|sign off|finalise|finalize|go to print)\b[^,]*|"
    r"no (?:rush|hurry)(?:,? but)?|not urgent(?:,? but)?)\W*$", re.IGNORECASE)
# What a lead-in must not hold: an ask or a rule of its own ("Please note: ...") is read whole.
_LEAD_WITH_CONTENT = re.compile(r"\b(?:please|pls|must|should|need|needs|can|could|would|will|"
                                r"don't|do not|never)\b", re.IGNORECASE)
# A courtesy after the last comma or dash ("..., thanks!", "..., if that's ok", "... asap").
_TRAILER = re.compile(
    r"(?:[,;]|\s[-–—])\s*(?:(?:thanks|thank you|thx|ta|cheers)(?: (?:so|very) much| again| "
    r"in advance| a lot| a million)?|much appreciated|please and thank you|"
    r"if (?:possible|you can|that'?s (?:ok|okay|alright|fine)|it'?s not too late|that makes sense)|"
    r"(?:hope|hopefully) that'?s (?:ok|okay|fine|alright)|does that work|would that work|"
    r"is that (?:ok|okay|possible|doable)|no rush|sorry|"
    r"let me know if (?:that'?s|this is|it'?s) (?:a problem|an issue|not possible)|"
    r"shout if (?:any|you have any) questions?|when(?:ever)? you (?:get|have) (?:a )?(?:chance|"
    r"sec|second|minute|moment))[\s!.?:)(]*$", re.IGNORECASE)

MAX_LEAD_WORDS = 8

# An ask put as a British tag question: "You couldn't swap the photo, could you?", "You
# wouldn't be able to resend the files, would you?", "I don't suppose you could call Tom?"
# (that last one asks alone; "You can't use the old logo." without its tag is a rule).
_TAG_ASK = re.compile(
    r"^\W*(?:(?P<you>you (?:couldn'?t|could not|can'?t|cannot|wouldn'?t be able to|won'?t be able "
    r"to))|(?P<suppose>i don'?t suppose you could))(?: possibly| just| quickly)?\s+(?=[a-z])",
    re.IGNORECASE)
_TAG_CLOSE = re.compile(r",\s*(?:could|can|would|will) you\s*\?+\s*$", re.IGNORECASE)
# An ask said as what the client is thinking: "I'm thinking we drop the second paragraph",
# "My thought is to swap the hero photo" (the ask is the words after it).
_THOUGHT_LEAD = re.compile(
    r"^\W*(?:(?:(?:i'?m|i am|we'?re|we are|i was|we were|i'?ve been|we'?ve been|just)\s+)?"
    r"thinking\s+(?:that\s+)?(?:maybe\s+)?(?:we|you)\s+(?:could\s+|should\s+|might\s+|can\s+)?"
    r"|(?:my|our|the)\s+(?:thought|thinking|idea|suggestion|proposal)\s+(?:is|would be)\s+"
    r"(?:to\s+|that\s+(?:we|you)\s+(?:could\s+|should\s+)?))(?=[a-z])", re.IGNORECASE)


def own_words(text: str) -> tuple[int, int] | None:
    """(start, end) of ``text``'s own words inside a wrapper, or None when it has none."""
    start, end = 0, len(text)
    for _ in range(3):  # "No rush, but for the TV spot, could ...", "Oh, and every page ..."
        step = _lead_end(text[start:])
        if not step:
            break
        start += step
    if (tagged := _tagged_ask(text[start:])) is not None:
        return start + tagged[0], start + tagged[1]
    # (matched on the slice: "^" holds only at a string's real start)
    if (thought := _THOUGHT_LEAD.match(text[start:])) is not None and \
            len(text[start + thought.end():].split()) >= 2:
        start += thought.end()
    trailer = _TRAILER.search(text, start)
    if trailer is not None and len(text[start : trailer.start()].split()) >= 3:
        end = trailer.start()
    if (start, end) == (0, len(text)) or len(text[start:end].split()) < 2:
        return None
    return start, end


def _tagged_ask(text: str) -> tuple[int, int] | None:
    """The ask inside a tag question ("swap the photo" in "You couldn't swap the photo, could
    you?"), or None."""
    lead = _TAG_ASK.match(text)
    if lead is None:
        return None
    close = _TAG_CLOSE.search(text, lead.end())
    if close is None and lead["you"]:
        return None
    end = close.start() if close is not None else len(text.rstrip().rstrip("?"))
    return (lead.end(), end) if len(text[lead.end() : end].split()) >= 2 else None


def _lead_end(text: str) -> int:
    """Where a lead-in that carries nothing of the ask ends in ``text``; 0 without one."""
    opener = _OPENER.match(text)
    if opener is not None:
        return opener.end()
    found = _LEAD_END.search(text)
    if found is None:
        return 0
    lead = text[: found.start()]
    words = lead.split()
    if not words or len(words) > MAX_LEAD_WORDS or "|" in lead or '"' in lead:
        return 0
    if _COURTESY.match(lead):
        return found.end()
    if _LEAD_WITH_CONTENT.search(lead) or _WHEN.search(lead.split("]")[-1]):
        return 0
    if (_NAME.match(lead) and ":" not in found.group()) or _WRAPPER_LEAD.match(lead):
        return found.end()  # (a word before a colon is a label: "Attached: logo files")
    return 0


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
