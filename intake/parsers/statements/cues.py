"""The cue words statement extraction looks for, as spaCy PhraseMatcher phrases over ``NORM``.

Input: nothing (tables). Output: ``matcher(vocab)``, a ``CueMatcher`` that
returns ``(label, start, end)`` for every cue in a Doc, and the sets the
shape rules consult.

Phrases are written compactly ("could|can you|we", "x?" optional). The first
words of each phrase are expanded into every spelling for a ``PhraseMatcher``:
one hash lookup per token, so the cost does not grow with the number of
phrases (a token ``Matcher`` with the same tables cost about 20 ms per 3 KB
message). The rest of a long phrase is checked word by word where its
beginning matched: expanding whole phrases made 5,100 pattern Docs and held
15 MB for the life of the process (issue 15's memory goal).

``NORM`` rather than ``LOWER``: the English tokenizer normalises
contractions ("n't" -> "not", "ca" -> "can", "'ll" -> "will", "let's" ->
"let us"), so one phrase covers both spellings. The blank pipeline has no
lemmatizer, so inflections are listed where they matter.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string, to keep long tables readable."""
    return frozenset(text.split())


# Change verbs (base form, as imperatives and after request frames) -> action.
CHANGE_VERBS: dict[str, str] = {
    **dict.fromkeys(
        _words(
            "change update tweak edit revise amend adjust modify fix correct rework redo rewrite "
            "reword rephrase resize recolor recolour shorten lengthen tighten enlarge crop rename "
            "refresh brighten darken lighten bold italicize italicise capitalize capitalise "
            "center centre align make move shift increase decrease reduce raise lower bump "
            "simplify soften trim tone spell flip rotate shrink widen sharpen retouch reshoot "
            "rearrange reorder relocate bolden underline emphasize emphasise mirror rescale "
            "reposition nudge retitle blur desaturate condense fade mute loosen localize "
            "localise merge combine knock beef jazz dial revisit punch amp liven pep sort "
            "translate zoom slow speed rectify adapt break split"
        ),
        "edit",
    ),
    **dict.fromkeys(_words("swap switch replace substitute use go try exchange revert sub"),
                    "swap"),
    **dict.fromkeys(_words("add insert append include do embed pop squeeze chuck whack slap stick "
                           "slot prepare create produce put fit mention tag"), "add"),
    **dict.fromkeys(_words("remove delete drop omit lose cut strip take get erase hide nix"),
                    "remove"),
    **dict.fromkeys(_words("pause hold halt suspend stop freeze"), "hold"),
    **dict.fromkeys(_words("cancel kill scrap axe ditch call pull scratch"), "cancel"),
    **dict.fromkeys(_words("postpone reschedule delay push bring prepone slide"), "move_date"),
}
PARTICIPLES = _words(
    "changed updated tweaked edited revised amended adjusted modified fixed corrected "
    "reworked redone rewritten reworded rephrased resized shortened lengthened moved "
    "shifted swapped switched replaced substituted added inserted removed deleted dropped "
    "cut omitted paused held halted suspended stopped cancelled canceled killed scrapped "
    "postponed rescheduled delayed pushed bumped increased reduced bigger smaller larger "
    "bolder brighter darker lighter shorter longer simpler cropped renamed preponed"
)
# Words that may stand between a request frame (or the start of a clause) and its verb;
# "" is a whitespace token (a hard-wrapped line break).
WORD_FILLERS = _words(
    "also and then just so ok okay please pls kindly oh btw finally lastly first second "
    "next maybe possibly quickly still actually now go ahead really perhaps but probably "
    "definitely personally honestly frankly tbh imo imho"
) | {""}
CLAUSE_PUNCT = _words(", : - – — ; (")
FILLERS = WORD_FILLERS | CLAUSE_PUNCT
SUBJECT_EXCLUDE = _words(
    "meeting call catch catch-up sync lunch coffee chat appointment session check-in zoom me us "
    "kickoff kick-off"
)
METRICS = _words(
    "sign-ups signups signup subscribers subscriptions traffic visits visitors sales "
    "revenue awareness consideration leads conversions conversion engagement followers "
    "downloads installs bookings registrations reservations footfall share orders members "
    "membership enrollment enrolment enrollments attendance retention loyalty recall "
    "impressions views clicks ctr roas roi cpa cac churn trials demos inquiries enquiries "
    "applications donations volunteers customers buyers shoppers users students patients "
    "audience buzz visibility presence recognition preference trust purchases basket aov "
    "ltv cpl open-rate opens rsvps attendees calls appointments foot listeners readers "
    "donors "
    "viewers fans installs memberships uptake adoption footprint accounts meetings press "
    "coverage mentions deposits pipeline aov nps walk-ins walkins database classes seats "
    "mqls sqls occupancy scans referrals redemptions consults consultations "
    "test-drives tours"
)
AUDIENCES = _words(
    "buyers customers families parents millennials gen students homeowners audience "
    "audiences people users shoppers readers listeners viewers drivers women men moms "
    "dads mums seniors professionals first-time demographic locals "
    "commuters fans teens travelers travellers renters owners businesses smbs doctors "
    "nurses gamers runners households homes consumers residents clients members prospects "
    "decision-makers buyers"
)
OBJECTIVE_VERBS = _words(
    "grow increase boost drive double triple lift raise improve generate get hit achieve "
    "gain attract win build acquire convert capture expand maximize maximise lower reduce "
    "cut decrease reach sell bring drum target engage re-engage reactivate position "
    "establish become see book fill reposition arrive clear recruit enrol enroll onboard sign "
    "beat exceed outperform surpass collect gather"
)
# "We're hoping this drives 500 sign-ups": the verb of what the work should do, said of it.
OBJECTIVE_VERBS_3RD = _words(
    "grows increases boosts drives doubles triples lifts raises improves generates gets "
    "brings attracts builds wins reaches sells collects gathers"
)
STATUS_OPENERS = _words(
    "did has have is are was were when what where how why who which do does will"
)
# "Is it possible to ...?", "What if we ...?", "Do you think you could ...?": a request
# asked as a question, though it opens like a status question.
# A question that opens like a status question but asks for something inside it: "Do you
# reckon you could swap ...?", "Are you able to add ...?", "Is it OK if we drop ...?", "Would
# it be a pain to move ...?" (benchmarks/frames.py, the twentieth session's frames). Not "did
# you get a chance to swap it?", which asks whether it was done.
ASKED_INSIDE = re.compile(
    r"\b(?:you|u|ya|y'all)\s+(?:could|can|would|'d|might)\s+(?!have\b|be\b)|"
    r"\b(?:able|ok|okay|alright|possible|feasible)\s+(?:for\s+(?:you|us)\s+)?to\b|"
    r"\b(?:mind|ok|okay|alright)\s+if\s+(?:we|i|you)\b|\bhow\s+about\s+(?:we|you)\b|"
    r"\ba\s+pain\s+to\b|\btoo\s+much\s+(?:trouble\s+)?to\b")
REQUEST_QUESTION = re.compile(
    r"^\W*(?:is (?:it )?(?:at all )?possible to|is there (?:any|a) (?:way|chance) to|"
    r"will (?:you|u) |"
    r"is there (?:any|a) (?:way|chance) (?:you|we) (?:can|could) |"
    r"is there (?:any )?(?:room|space) to|what would it look like (?:with|without|if)|"
    r"is there (?:any|a) chance of (?:a|an|another|one)|"  # "... of a version with the logo"
    r"is there (?:any|a) (?:chance|possibility) of [a-z]+ing\b|"  # "... of moving the logo up"
    r"have you (?:considered|thought about) |"
    # "what would it take to add a Spanish subtitle track?": a change whose cost is asked
    r"what would it take to |how (?:hard|difficult|much work) would it be to |"
    r"what if (?:we|you|the|our)|how about|what about|what do you think (?:about|of) |why not|"
    r"why don'?t "
    r"(?:we|you)|why do not|do you think (?:you|we) "
    r"(?:could|can)|would it be possible|will it be possible|is it too late to|"
    r"how would it look (?:with|without|if)|mind (?:swapping|moving|making|changing|adding|"
    r"dropping|removing|switching))\b", re.IGNORECASE)
PLEASANTRY_OPENERS = _words(
    "hi hello hey dear thanks thank cheers best regards hope appreciate great love enjoy "
    "congrats congratulations"
)


def _spellings(phrase: str) -> list[list[str]]:
    """ "could|can you|we x?" -> every word sequence it stands for."""
    return _combine(_slots(phrase))


FRAMES = (
    "please|pls|kindly",
    "please|kindly to",  # "Please to remove the photo": a learner's "please"
    "please|kindly|pls help to?",  # "Please help to change the title to red": Chinese English
    "please|kindly|pls help us to?",
    "could|can|would|will you|we|u|someone|somebody|they",
    # the addressee as Americans, Southerners and teams say it: "can you guys swap ...",
    # "could y'all", "can you both", "could you folks"
    "could|can|would|will you|y'all|ya guys|all|folks|both|two|lot",
    "could|can|would|will the|your agency|team|designer|designers|studio",  # "can the agency"
    "let us",
    "shall we|i",  # "Shall we move the shoot to the 15th?": British English
    "should we",  # "Should we drop the testimonial?": a change put as a question
    "any way to",  # "Any way to squeeze the QR code onto the back?"
    # "Is there any way you can swap ...", "is there a way to", "any way we could"
    "is there any|a way you|we|to",
    "is there any|a way you|we can|could",
    "is there room|space to",  # "Is there room to add our 24/7 line on the front?"
    "what would it take to",  # "What would it take to add a Spanish subtitle track?"
    "how hard|difficult would it be to",
    "any room|space to",
    "any way you|we can|could",
    "'d|would also|really|quite|just? like|love|prefer to|you|if?",
    "we|i need|want you? to",
    "we|i need|want|wish that you|u",  # a learner's "I need that you change the colors"
    "need you to",
    "we have|must|should|could|might|may",
    "we have to",
    "we will|'d|would need|have to",
    "we are going to",
    "we have decided to",
    "we decided to",
    "we 've decided to",
    # a decision passed on: "the team decided to drop the radio spot", "our board has decided
    # to ..." (benchmarks/suggested.py; the verb checks keep meetings and offices out)
    "has|have|'s|'ve? decided to",
    "you need|will|should|must|could|can",
    # an instruction to the agency: "you need to redo the tree", "you'll have to swap it"
    "you|u need|have to",
    "you 'll|will need|have to",
    "u will need|have to",
    "is it possible to",
    "would|will it be possible to",
    "would|will it be at all possible to",  # a British hedge
    "is it at all possible to",
    "'d|would like|love you|u to",
    # another party's request: "the client wants us to", "legal asked that we"
    "wants|want|asked|asks|asking|requested us|you to",
    "wants|asked|asks to",
    "wants|asked|asks|requested that we|you",
    "feel free to",
    # hedged asks (benchmarks/frames.py, twentieth session): "are you able to", "would it be
    # OK to", "is it OK if we", "would you mind if we", "how about we", "would it be a pain
    # to", "happy for you to", "might be worth trying to" (not "we're hoping to", a goal's
    # frame as often: "we're hoping to reposition the brand as premium")
    "able to",
    "ok|okay|alright to",
    "ok|okay|alright if we|i",
    "mind if we|i",
    "how about we|i",
    "a pain to",
    "too much trouble? to",
    "happy|fine for you|u to",
    "worth trying to",
    # a hope in the past tense asks now, politely: "we were hoping to swap the hero photo",
    # "I was hoping to move the shoot" (benchmarks/frames.py, twenty-second session; the
    # present "we're hoping to" stays out, above)
    "was|were also|really|quite|just? hoping to",
    # "OK to print once you fix the typo": an approval that waits for a change
    "once|after you|u",
    "as soon as you|u",
    "'d|would rather you|we?",
    "it 'd|would|might|may|could be nice|great|better|good|best to",
    # "it would be great if the button were gold", "is it too late to swap the cover?"
    "it 'd|would be nice|great|better|good|ideal|lovely if",
    "is it too late to",
    "it is|'s better|best to",
    "better to",
    "can|could|may i ask you|u to",
    "is there any|a way to",
    "is there any|a chance to",
    "lets",
    "we|i ask|request that you|we",
    "request|requesting you to",
    "we|i kindly? ask you|u to",  # a learner's "I ask you to change the colour"
    "we|i would ask you|u to",
    "'d|would request you to",
    "i|we 'd|would? suggest that? we|you",
    "i|we 'd|would? suggest to",
    "suggest we",
    "my|our suggestion|recommendation is to",
    "my|our preference is|would be to",  # "Our preference would be to lead with the data"
    "would|could|will|can you|u be able to",
    "do you think you|we could|can",
    "any chance",
    "any chance we|you|u can|could|might",  # "any chance we can pull the ads forward?"
    "time to",
    "how|what about",  # "what about a warmer background?" (benchmarks/suggested.py)
    "what if we|you|u?",
    "if|whether you|we could|can",
    # "I was wondering whether it would be possible to add a fourth email": a British hedge
    "if|whether it would|could|might be possible to",
    "if|whether it is|'s possible to",
    "why not",
    "why do not we|you",
)
NEGATIONS = ("not", "never", "no need to", "no")
ON_HOLD = ("on hold", "hold off")
INSTEAD = ("instead", "rather than")
NO_LONGER = ("no longer need|want|require", "not need|want|require")
SCOPE_ADD = ("need|needs|want|wants|require|requires|like a|an|another|additional|extra|one|two|"
             "three|more|some",
             # a learner's word order: "we want also a version in Dutch"
             "need|needs|want|wants also a|an|another|additional|extra|one|two|three|more|some",
             # an answer that adds: "Yes, plus a 320x50 for mobile" (read by added_scope)
             "plus a|an|another|one")
# "We need more foot traffic", "we want more people to know": more of a measure.
OBJ_WANT_MORE = ("need|needs|want|wants|like|love to? see|get|have|bring|drive? "
                 "more|higher|greater|stronger",)
# "The client wants the logo moved", "I'd like the headline changed".
WANT_DONE = (
    "want|wants|prefer|need|needs",
    "'d|would really|quite|just|also? like",
    "'d|would love to see",  # "would love to see the logo a touch bigger"
    # "we prefer to have the date in bold", "we would like that the logo is bigger" (a
    # learner's "we'd like the logo bigger"), "it would be better if the map is on the right"
    "'d|would like|prefer|love to have",
    "want|wants|prefer to have",
    "'d|would like|prefer that",  # "we would prefer that the vintage is more big"
    "asked for",  # "head office has asked for the old logo to be replaced"
    "want|wants|need|needs|prefer|prefers that",
    "'d|would be better|nicer if",
    # "our director has asked that the photo on page 3 be replaced": a request passed on
    "asked|asks|requested|requests|insists|insisted|suggested|suggests that",
)
SHOULD_READ = (
    "should|must|to|will|can read|say|be|state",
    "should|must now|just|only|simply read|say",
)
PASSIVE = ("be|get",)
REQ_MODAL = (
    "must",
    # a contract's or a tender's rule: "The contractor shall provide editable source files"
    "contractor|vendor|agency|consultant|supplier|deliverables|proposals shall",
    "have|has|got to",
    "need|needs to",
    "required|require|requires|mandatory|essential|non-negotiable|compulsory|obligatory",
    # a ban said in the passive: "showing the product with children is prohibited"
    "is|are|'s prohibited|forbidden|banned",
    # "be sure every page has the page number" ("be sure to" is an errand's as often)
    "be sure every|each|all|that|the|our",
    "make sure",
    "ensure|ensuring",
    "do not forget",
    "remember to",
    "please|kindly|pls remember the|our",  # "please remember the charity number in the footer"
    "be sure to",
    "is a must",
    "insist|insists|insisting on|that",
    # what a third party lets through: "the venue only allows", "Meta doesn't allow"
    "only allow|allows|permit|permits|accept|accepts",
    "not allow|allows|permit|permits",
    "prohibit|prohibits|ban|bans|forbid|forbids",
    # the house's few: "stick to the two brand fonts", "stick with our approved photos" (not
    # "let's stick to the plan", "stick with the blue version")
    "stick to|with the|our? two|three|four|brand|approved|house|official|corporate|company",
    "critical|important|vital that",
    # "it is important for us that the colours match our CI" (German "wichtig für uns, dass")
    "critical|important|vital|essential for|to us|me that",
    # "please pay attention that the logo always has room around it" ("achten Sie darauf")
    "pay attention that",
    "can not|cannot use|show|mention|say|claim|promise|include|feature|run|appear|be|quote|"
    "imply|reference|state|use|make|exceed|contain|have|cover|link|associate|target|"
    # "we can't name competitors or compare prices in any ad"
    "name|compare|depict|display|advertise|describe|disclose|reveal",
    "must not",
    # a house rule's "may not": "prices may not appear on window posters" (not "the files
    # may not be ready", a hedge)
    "may not appear|show|use|include|feature|mention|exceed|contain|carry|display|depict|"
    "imply|reference|quote|block|obscure",
    "may not cover more|over than?",  # "signage may not cover more than 25% of any window"
    # "our logo may not be placed on coloured background": the passive of a house rule (not
    # "the files may not be finished in time", a hedge)
    "may not be used|placed|put|positioned|shown|displayed|altered|modified|stretched|"
    "distorted|recoloured|recolored|cropped|reproduced|combined|printed|mentioned|published",
    "not allowed|permitted",
    "only use",
    "avoid|avoiding",
    "off limits",  # 'off limits: the word "educational"', "red is off limits"
    "stay|steer|keep away|clear from|of",  # "stay away from stock photography"
    "never use|show|mention|make|let|depict|imply|suggest|portray|call|describe|put|feature|"
    "include|say|print|write",
    "do not use|show|mention|include|change|alter|touch|move|modify|edit",
    # a learner's "please to not use", "kindly not mention"
    "please|kindly to? not use|show|mention|include|change|alter|touch|move|modify|edit|put",
    "should",
    "has|have|needs|need to be",
    "need the|all|every|our|your|both|each",
)
# Who approves: counts only with an obligation or an approval word ("legal has to", "CEO sign-off").
REQ_ACTOR = (
    "legal|lawyers|lawyer|compliance|ceo|cfo|coo|cmo|board|counsel|regulatory|regulator|"
    "regulators|owner|owners|founder|founders|president|chairman|risk|department|organiser|"
    "rules|guidelines|policy|policies|standards|code|sponsor|sponsors|partner|partners|"
    "organizer|organisers|organizers|venue|insurer|insurers|authority|authorities|council|"
    "ministry|landlord|franchisor|headquarters|hq|fda|ftc|regulations|law|printer|printers|"
    "publisher|publishers|magazine|newspaper|station|stations|broadcaster|retailer|retailers|"
    "merchandising|distributor|distributors|wholesaler|wholesalers|"
    # marketplaces and platforms set rules for what they carry: "Amazon wants white
    # backgrounds on the main image"
    "amazon|walmart|costco|etsy|shopify|tiktok|youtube",
    "head office",
)
# Approval words (present or future): count on their own ("our owners want to approve").
REQ_APPROVAL = (
    "approval|signoff|approve|approves|pre-approval|pre-approve|permission|permissions|"
    "clearance|consent",
    "sign|signs -? off",
    "subject to",
    # "Our compliance officer reviews every script before filming": someone's check of each
    # piece (third person only: not "I review every draft with my wife")
    "reviews|checks|vets|screens every|each",
)
# Constraints named by a noun: count on their own unless the sentence only tells the past.
REQ_TOPIC_STRONG = (
    "brand|style guidelines|guide|book|standards",
    "guidelines",
    "release|consent forms|form",
    "model|talent|photo release|releases",
    "certificate|certificates|certified|certification|certifications|license|licence|"
    "licenses|licensing|permit|permits|insurance|nda",
    "accessibility|accessible|wcag|ada|captions|captioned|subtitles|subtitled|transcript|"
    "transcripts",
    "alt text",
    "screen -? reader|readers",
    "disclaimer|disclaimers|trademark|trademarks|fda|ftc|regulation|regulations|"
    "substantiation|substantiated",
    "fine print",
    "member fdic",  # the legal lines a bank's ads carry: "Member FDIC and Equal Housing ..."
    "equal housing lender|opportunity",
    "nmls",
    "legal line|lines",
    "usage rights",
)
REQ_TOPIC_SPEC = (
    "pdf|pdfs|pdf/x-1a|cmyk|rgb|pantone|dpi|ppi|bleed|specs|spec|format|formats|resolution|"
    # (not "high-res": "could you send me the high-res files" asks for files, sets no rule)
    "dimensions|px|mp4|mov|eps|svg|jpeg|jpg|png|tiff|print-ready|vector|"
    "1080p|16:9|9:16|1:1|4:5|res",
    "file size|sizes|type|types",
    "print -? ready",
    "clear space",
    "clearspace",
    # clearances a piece must carry: "photos of children need signed releases"
    "release|releases|consent|clearance|clearances|captions|subtitles",
    "alt text",
    # what a site must be: "the site should be responsive", "... mobile friendly"
    "responsive|mobile-friendly|ada-compliant|wcag",
    "mobile|ada friendly|compliant",
    "exclusion|safe zone|area",
    "crop|trim marks",
    "bilingual|english|french|spanish|german|italian|portuguese|chinese|mandarin|cantonese|"
    "japanese|korean|arabic|hindi|dutch|polish|quebec|québécois|languages|language|"
    "translation|translated|translations",
)
OBJ_NOUN = (
    "goal|goals|objective|objectives|kpi|kpis|okr|okrs|benchmark",
    "north star",
    "target of",
    "our|the|main|primary|key|big|overall aim|target|targets|ambition|mission|purpose",
    "our|the hope is to",  # "Our hope is to get 50 new volunteers signed up"
    "success looks|means|would|will|is|metric|metrics|measure|measures|criteria",
    "success for us|me|them means|is|looks|would|will",
    "is|are the|our priority|focus",  # "brand awareness among under-30s is the priority"
    "is|are the|our top|main|first|key|biggest|real priority|focus",
    "success =|:",  # "Success = 300 RSVPs"
    "point|idea|purpose of this|it is to",  # "the point of this is to get families in"
    "what we really|truly|most want|need is",
    "get|spread the word out|about",  # "need to get the word out about the new location"
    "measure|measured|judge|judged success|it by?",
    "aim|aiming|hope|hoping|looking|trying|want|wants|plan|planning to",
    "'d|would also|really? like|love to",
    "aim|aiming|hoping|shooting|looking|hope|gunning for",
    "point|idea|purpose|plan|ambition is to",
    "what we want|need|expect|hope to? get? out? of|from",
    "what we 're|are after",
    "what we want|need is",
    "main|big|biggest|key|top|real thing|priority|focus is|here|:",
    "top|front of mind",  # "we want to be top of mind when people think about HVAC"
    "top-of-mind",
    "point|purpose|aim|goal|idea of the|this|our campaign|ads|push|project|work|effort|mailer|"
    "promo|promotion|video|spot|series is",
    "want|wants|aim|hope|hoping|aiming to be the go-to|go|number|leading|top|best|most",
    "'d|would like to be the go-to|go|number|leading|top|best|most",
    "want|wants|need people|customers|families|everyone|locals|parents|students|shoppers|"
    "buyers|visitors|guests to think|know|see|remember|choose|pick|try|come|visit|associate|"
    "recognize|recognise|walk|feel|understand|believe|trust|discover|realise|realize|stop",
    "'d|would like people|customers|families|everyone|locals|parents|students|shoppers|"
    "buyers|visitors|guests to think|know|see|remember|choose|pick|try|come|visit|associate|"
    "recognize|recognise|walk|feel|understand|believe|trust|discover|realise|realize|stop",
    # "we'd love to fill the hotel midweek", "sign up 1,000 new members": places and people
    "fill|filling the? hotel|restaurant|venue|rooms|tables|seats|classes|house|dining",
    # "we want to let more young people know our brand"
    "want|wants|'d|would like? to let|help more? young? people|customers|families|parents|"
    "students|locals know|discover|find|see|try",
    # "this is about getting donors to give monthly": people moved to act
    "about getting|get more? people|customers|families|donors|parents|students|shoppers|"
    "buyers|visitors|guests|members|users|fans|locals to",
)
PERCENT = ("%", "percent|pct", "per cent")  # one phrase per spelling: slots are per word
# "We want 40 target accounts to book a meeting": a wanted number of something.
OBJ_WANT_NUM = ("want|wants|like|love|expect|need|hope|hopes|hoping to? see|get|hit|reach|have?",)
# "Ideally we'd get 500 new members", "we're after 200 booked demos", "the campaign needs to
# deliver 50 leads", "hoping this gets us 1,000 downloads": a measure the work should reach.
GOAL_FRAME = (
    "'d|would get|reach|hit",
    "fingers crossed for",  # "fingers crossed for a sold-out night"
    "'re|are after",
    "thrilled|happy|delighted with",
    "over the moon with",
    "deliver|generate|drive",
    "bring in",
    "gets|get|bring|win us",
    "ideally",
    # "it's all about getting more test drives booked", "this is really about repositioning"
    "it|this 's|is all|really? about",
    "would be a win",
    # "if we can get 10,000 views on the launch video, we'll be happy": the measure first
    "will|'ll|would|'d be happy|thrilled|delighted|pleased",
)
# "we're pausing the podcast ads": a change announced in the present progressive.
GERUNDS: dict[str, str] = {
    **dict.fromkeys(_words("pausing halting suspending stopping freezing holding"), "hold"),
    **dict.fromkeys(_words("cancelling canceling killing scrapping axing ditching"), "cancel"),
    **dict.fromkeys(_words("dropping removing cutting pulling deleting"), "remove"),
    **dict.fromkeys(_words("postponing delaying pushing rescheduling"), "move_date"),
    **dict.fromkeys(_words("moving shifting reallocating changing updating reworking"), "edit"),
    **dict.fromkeys(_words("swapping switching replacing"), "swap"),
    **dict.fromkeys(_words("adding"), "add"),
}
ANNOUNCE = ("we are|have|has",)
# "Would you mind swapping the photo?", "How about making the logo bigger?": a change asked
# for with a gerund. Its own gerund table: "we are making good progress" announces nothing.
SUGGESTED_GERUNDS: dict[str, str] = {
    **GERUNDS,
    **dict.fromkeys(_words("making shortening tightening enlarging cropping resizing rewording "
                           "rewriting toning lightening darkening brightening simplifying "
                           "trimming fixing correcting editing tweaking adjusting giving "
                           "increasing decreasing reducing translating bumping "
                           "modifying shrinking centering centring bolding nudging recolouring "
                           "recoloring widening narrowing flipping rotating rearranging "
                           "reordering repositioning relocating renaming retouching revising "
                           "rephrasing softening sharpening lengthening condensing "
                           "underlining"),
                    "edit"),
    **dict.fromkeys(_words("using trying"), "swap"),
    **dict.fromkeys(_words("including inserting"), "add"),
    **dict.fromkeys(_words("losing"), "remove"),
}
SUGGEST = ("would you|u mind", "mind", "how|what about", "what do you think about|of",
           "it might|may|could|would be? worth", "might|may|could be worth", "worth", "consider",
           "i|we 'd|would? suggest|recommend",
           "suggest|recommend", "have you considered", "have you thought about",
           # someone else's suggestion passed on: "my manager suggested swapping ..."
           "suggested|suggests|proposed|proposes|recommended|recommends|mentioned|floated",
           # what the client is thinking of: "we were thinking of dropping the radio spot"
           "thinking of|about", "considering", "toying with the idea of",
           "leaning towards|toward",
           # a long shot: "any chance of moving the logo up?" (benchmarks/suggested.py)
           "any chance|possibility of")
# Names of the work's pieces and parts a house rule is said of ("headlines are always in
# sentence case", "prices are always shown without VAT"): read by requirements.
PIECES_NAMED = _words(
    "logo logos headline headlines tagline taglines photo photos photography image images "
    "picture pictures video videos copy text font fonts colour colours color colors palette "
    "tone voice prices price menus menu labels label packaging posts post emails email "
    "newsletter newsletters ads ad flyers flyer posters poster banners banner signage "
    "disclaimer disclaimers mascot hashtag captions caption titles subtitles typeface "
    "tagline strapline slogan wordmark icons icon illustrations brochures brochure")
# Words that judge a piece wanting (read by changes.disliked): faults in themselves, and
# sizes, weights and tones that a verb of seeming or a word of degree makes a judgment.
FAULT_WORDS = _words(
    "busy cluttered boring generic cheesy stiff cramped harsh dull flat bland dated tired cheap "
    "messy clunky awkward confusing muddy muddled blurry grainy washed-out faded garish gaudy "
    "tacky amateurish amateur old-fashioned outdated lifeless sterile clinical corporate cliche "
    "cliché clichéd clichéed wordy long-winded repetitive robotic overwhelming overpowering "
    "distracting jarring ugly unreadable illegible pixelated crooked lopsided squashed "
    "stretched noisy crowded preachy salesy pushy aggressive shouty dreary gloomy drab murky "
    "dingy sloppy rushed unfinished unpolished inconsistent cartoonish childish juvenile twee "
    "kitschy forced fussy heavy-handed underwhelming uninspiring flimsy weak fake artificial "
    "crammed jammed squished squeezed tight")
SIZE_WORDS = _words(
    "small tiny big large huge long short dark pale faint thin thick heavy slow fast busy loud "
    "quiet plain empty sparse dense narrow wide cold formal serious old")
# What "less" or "more" asks for in a terse change ("Less text", "more white space").
LESS_MORE_OF = _words(
    "text copy words logo logos photo photos image images picture pictures white space "
    "contrast energy colour color branding spacing padding emphasis "
    "movement music voiceover headline headlines talking talk footage product people faces "
    # "less red", "more blue": a colour's share of the piece
    "red blue green orange yellow pink purple black white grey gray gold teal navy")
# Critique of a piece of the work: "the logo is too small", "wrong logo on page 2", "the CTA
# isn't visible enough", "typo in the headline" (the rule checks that a piece is named).
CRITIQUE = (
    "too",
    "wrong|incorrect|outdated|misspelled|misspelt|misspelling|blurry|pixelated|pixelly|"
    "illegible|unreadable|cramped|cluttered|crooked|typo|typos|misaligned|cut-off|missing|"
    "stretched|squashed|squished|distorted|grainy|jagged|off-centre|off-center|lopsided|"
    "broken|tiny|minuscule|mirrored|sideways|inverted|inconsistent|uneven|off-brand",
    "upside down|upside-down",  # "the photo on page 15 is mirrored", "... is upside down"
    "spelling -|:",  # 'spelling - "accommodate"': read by changes.faults_listed
    "we|i miss the|our|a|an",  # a learner's "we miss the designer's name under each product"
    "is|'s|are not|n't ours",  # "the slope in the photo is not ours": someone else's picture
    "out of date",
    "out of sync",  # "the subtitles are out of sync"
    # "spelling mistake in the headline", "there's an error in the footer" (the rule checks
    # that a piece of the work is named; benchmarks/suggested.py)
    "spelling|grammar|grammatical|typing|typographical mistake|mistakes|error|errors",
    "an|a error|mistake in|on",
    # "the Korean translation has some mistakes": faults counted, not named
    "has|have some|several|many mistakes|errors|typos|inaccuracies",
    "has|have a few|couple mistakes|errors|typos|inaccuracies",
    "not up to date",  # "the map on page 6 is not up to date"
    # a learner's faults: "the logo is not coming properly in the mobile view", "photo is not
    # matching with our brand", "the address is wrongly mentioned", "text is overlapping on
    # image"
    "not coming properly|correctly|right|well",
    "not matching",
    "wrongly mentioned|spelled|spelt|written|placed|printed|shown|given",
    "overlapping on|with",
    "is|are not the correct|right",  # a learner's "the colour of the logo is not the correct"
    # "the title is not centered", a learner's "Title is not center."
    "is|are|'s not|n't centered|centred|center|centre|aligned|straight|legible|readable|"
    "visible|sharp|clear",
    "can barely|hardly see|read",  # "the spice photos are tiny, you can barely see them"
    "drags|dragging",  # "the intro drags a bit"
    "the old one|ones",  # "the phone number on the back is the old one"
    "is|are old one|ones",  # without its article: "the speaker photo is old one"
    "is|are false",  # a learner's "the date on the flyer is false" (German "falsch")
    "is|'s|are the old",  # "the bottle in ad 2 is the old 30 ml one"
    # "FYI the address on the back is our old one" (not "attached is our previous brochure")
    "is|'s|are our old|previous|former one|ones",
    # "the floor plans on page 4 are for the old building", "the photo is of the old store"
    "is|'s|are for|from|of the|our old|previous",
    # "the green of the band is different from our brand green": not what it should match
    "is|'s|are different from|than|to our|the brand|rest",
    "is|are last year|season 's",  # "the spa prices are last year's" (one slot a word)
    "is|are last month|week 's",  # "the rate in the subject line is last month's"
    "still says|shows|reads|has|say|show|read|have|lists|list",  # "the headline still says
    # 2025", "the Saturday hours still say 9-1"
    "does|do not|n't scan|work|load|open|show|list|include|mention",  # "the QR code doesn't scan"
    "does|do not|n't blend|fit in",  # "it doesn't blend in with the colours of the rest"
    "goes|go|points|point|links|link to the old",
    "goes|go|points|point|links|link to a 404|dead|broken|blank",  # "URL goes to 404"
    "goes|go|points|point|links|link to 404",
    # "the QR code on the menu goes to a dead page"
    "goes|go|points|point|links|link|leads|lead to a|the dead|broken|wrong|blank|missing|404",
    # "the voiceover mispronounces our name"
    "mispronounces|mispronounced|mispronouncing|misspells|misnames|misquotes",
    # "the store hours on the flyer are from before the summer"
    "is|are from before",
    # "nobody will read the small print at that size", "the colours are nothing like our brand"
    "nobody will|would read|see|notice|understand|find",
    "no one will|would read|see|notice|understand|find",
    "is|are|'s|'re nothing like",
    "is|are|gets|get cut off",  # "the button text is cut off on my phone"
    # "we don't offer it anymore, it's still on the landing page" (a piece still carries it)
    "it|they 's|is|are|'re still on|in",
    # "the end card is on screen for barely a second"
    "for barely|hardly a|one",
    "is|are going|pointing|linking to the old",  # "the schedule link is going to the old page"
    "enough",
    "hard|difficult to read|see|spot",
    # "the kids on the flyer are all holding the clubs left-handed, looks odd"
    "looks|look|seems|seem odd|weird|strange",
    # "our new lodge at Naivasha is not mentioned at all": what the piece leaves out
    "is|are|'s not|n't mentioned",
    "not correct|right|accurate|legible|readable|sharp|aligned",  # "the number is not correct"
    "not quite right|correct",  # "the green on the tin label isn't quite right"
    "is|are|looks|look|seems|seem|feels|feel|reads|read|sounds|sound completely|totally|way|"
    "slightly|quite|really|all|still|kinda? off",
    "is|are|looks|look|seems|seem|feels|feel|reads|read|sounds|sound a bit|little off",
    # "the logo's a bit lost in the corner", "the offer gets buried under the photo"
    "is|'s|are|looks|look|seems|seem|feels|feel|gets|get lost|buried",
    "is|'s|are getting lost|buried",  # "the phone number is getting lost against the sky"
    # "the blue on the cover looks purple on my screen": a colour that comes out wrong
    "looks|look|comes|come|prints|print out? purple|pink|green|grey|gray|brown|orange|olive|"
    "muddy|washed|faded|dull|off",
    "is|'s|are|looks|look|seems|seem|feels|feel|gets|get a bit|little lost|buried",
)
NEEDS_FIX = (
    "need|needs a|an|some fix|update|tweak|change|changes|edit|edits|correction|corrections|"
    "refresh|rework|revision|revisions",
    "need|needs fixing|updating|changing|tweaking|correcting|redoing|reworking|adjusting|"
    "rewording|rewriting|rephrasing|shortening|tightening|resizing|replacing|cropping|"
    "brightening|simplifying|work",
)
# "the launch moves from August 3 to August 17", "goes from six emails to four".
# "The emails can slip to May 26": a date that may move.
CAN_SLIP = ("can|could|may|might|will|should slip|slide|move|shift|wait",)
# "we need 500 more copies": a number, then more/extra (checked after the number).
NEED_NUM = ("need|needs|want|wants|require|order|print",)
MOVES_FROM = ("moves|moved|goes|slips|slides|shifts|changes|drops|jumps|increases|decreases from",)
LEAD_DAYS = ("business|working|calendar days|day",)


#: One word of a phrase: its spellings, None among them when the word may be left out.
Slot = tuple[str | None, ...]
#: Spellings of a phrase's opening expanded for the PhraseMatcher; beyond this many, the
#: phrase's further words are checked where the opening matched.
_OPENING_SPELLINGS = 256


class CueMatcher:
    """Finds every cue of every table in a Doc: ``[(label, start, end), ...]`` by position."""

    def __init__(self, vocab: Vocab, tables: dict[str, list[list[Slot]]]):
        self._matcher = PhraseMatcher(vocab, attr="NORM")
        self._rest: dict[str, tuple[str, list[Slot]]] = {}  # key -> (label, words after)
        for label, phrases in tables.items():
            for number, slots in enumerate(phrases):
                opening, rest = _split(slots)
                key = f"{label}#{number}" if rest else label
                if rest:
                    self._rest[key] = (label, rest)
                spellings = [w for w in _combine(opening) if w]
                self._matcher.add(key, [Doc(vocab, words=w) for w in spellings])
        self._strings = vocab.strings

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        found: set[tuple[str, int, int]] = set()
        for match_id, start, end in self._matcher(doc):
            key = self._strings[match_id]
            label, rest = self._rest.get(key, (key, []))
            for stop in _ends(doc, end, rest):
                if label in ("OBJ_WANT_NUM", "NEED_NUM"):  # the phrase must be followed by a number
                    stop = _past_a_hedge(doc, stop)  # "want at least 30 people"
                    if stop >= len(doc) or not doc[stop].like_num:
                        continue
                    stop += 1
                found.add((label, start, stop))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))


_NUMBER_HEDGES = frozenset(("at least", "more than", "over", "around", "about", "roughly",
                            "nearly", "almost", "some", "approximately"))


def _past_a_hedge(doc: Doc, k: int) -> int:
    """Where the number after ``doc[k]`` begins: past "at least", "over", "around" ..."""
    if k + 1 < len(doc) and f"{doc[k].lower_} {doc[k + 1].lower_}" in _NUMBER_HEDGES:
        return k + 2
    return k + 1 if k < len(doc) and doc[k].lower_ in _NUMBER_HEDGES else k


def _split(slots: list[Slot]) -> tuple[list[Slot], list[Slot]]:
    """A phrase's opening (expanded for the PhraseMatcher: at least one word that must be
    there, at most :data:`_OPENING_SPELLINGS` spellings) and the words after it."""
    count, k = 1, 0
    while k < len(slots):
        required = any(None not in slot for slot in slots[:k])
        if required and count * len(slots[k]) > _OPENING_SPELLINGS:
            break
        count *= len(slots[k])
        k += 1
    return slots[:k], slots[k:]


def _combine(slots: list[Slot]) -> list[list[str]]:
    return [[w for w in combo if w is not None] for combo in product(*slots)]


def _ends(doc: Doc, at: int, rest: list[Slot]) -> set[int]:
    """Every token index where the words ``rest`` can end when they start at ``at``."""
    ends = {at}
    for slot in rest:
        after = {e for e in ends if None in slot}
        after |= {e + 1 for e in ends if e < len(doc) and doc[e].norm_ in slot}
        ends = after
        if not ends:
            break
    return ends


def _slots(phrase: str) -> list[Slot]:
    """ "could|can you|we x?" -> one slot per word. A space always opens a new slot: an
    alternative of two words ("no one", "last season 's") cannot share a slot with one-word
    ones; write it as a phrase of its own ("nobody|no one will read" reads "nobody one will
    read"; it happened twice)."""
    slots: list[Slot] = []
    for word in phrase.split():
        optional = word.endswith("?") and len(word) > 1
        options: list[str | None] = list(word.rstrip("?").split("|") if optional
                                          else word.split("|"))
        if optional:
            options.append(None)
        slots.append(tuple(options))
    return slots


def _expand(*phrases: str) -> list[list[Slot]]:
    return [_slots(phrase) for phrase in phrases]


def _single(words: frozenset[str] | dict[str, str]) -> list[list[Slot]]:
    return [[tuple(sorted(words))]]


@lru_cache(maxsize=4)
def matcher(vocab: Vocab) -> CueMatcher:
    """One matcher for every cue table; built once per vocabulary."""
    return CueMatcher(vocab, {label: [variant for slots in phrases for variant in _respelled(slots)]
                              for label, phrases in cue_tables().items()})


def cue_tables() -> dict[str, list[list[Slot]]]:
    """Every cue table by label, each phrase one slot per word as written."""
    # NEG, LEAD_DAYS, PARTICIPLE and OVER are read by no rule by name: a unit holding one is
    # judged at all (the lead-time and new-date rules read the unit's text itself).
    tables: dict[str, list[list[Slot]]] = {
        "FRAME": _expand(*FRAMES),
        "NEG": _expand(*NEGATIONS),
        "ON_HOLD": _expand(*ON_HOLD),
        "INSTEAD": _expand(*INSTEAD),
        # a detail put right after a fix's lead-in: "one small thing - the retreat is in
        # Sedona, not Scottsdale" (changes.corrected_detail), "..., it's actually Feb 3-9"
        # (changes.says_but); not every ", not": it would send many a unit through every rule
        "NOT_THAT": _expand("one|a small|little|tiny|quick|more? thing|fix|correction|note",
                            "it|they 's|is|are|'re actually",
                            # 'it's "Dr. Patel", not "Mr. Patel"': both words quoted
                            '" , not "', "” , not “"),
        "NO_LONGER": _expand(*NO_LONGER),
        # read by no rule by name (changes.part_over_part reads the text): "the price tag
        # graphic covers the product name", "the photo of Dr. Lee is actually Dr. Park"
        "OVER": _expand("covers|hides|overlaps|blocks|obscures|covering|hiding|overlapping|"
                        "blocking the|our|part", "cuts|crops off the|her|his|their|its|part",
                        "runs into the",
                        "is|are|'s actually", "expected|expecting", "ca|can not"),
        "SCOPE_ADD": _expand(*SCOPE_ADD),
        # a cut the client allows, read by changes.cut_allowed: "we can skip the drone shots"
        "ALLOWED_CUT": _expand("we|you can|could skip", "do without"),
        # an ask put as a thought, read by changes.asked_as_a_thought: "Thoughts on making the
        # CTA orange?", "Would it be too much to ask for a darker blue?"
        "THOUGHT_ASK": _expand("thoughts|views on making|moving|changing|adding|swapping|using|"
                               "trying|dropping|removing|putting", "too much to ask"),
        # the one part left out of a verdict, read by changes.criticised: "Everything good
        # except the footer.", "All good apart from the price."
        "EXCEPT_PART": _expand("except|but the|our|for", "apart|aside from the|our",
                               "other than the|our"),
        # a change asked as a question of why, read by changes.asked_why: "Why is the phone
        # number so small?", "Why can't we just use photos?"; a part looked for, read by
        # changes.asked_where: "Where's the name of our company?"
        "WHY_ASKED": _expand("why is|are|'s the|our|this|that|these|those",
                             "why can|do not we|you", "where is|are|'s the|our|my"),
        "SHOULD_READ": _expand(*SHOULD_READ),
        "PASSIVE": _expand(*PASSIVE),
        "REQ_MODAL": _expand(*REQ_MODAL),
        "REQ_STRONG": _expand(*REQ_TOPIC_STRONG),
        "REQ_ACTOR": _expand(*REQ_ACTOR),
        "REQ_APPROVAL": _expand(*REQ_APPROVAL),
        "REQ_SPEC": _expand(*REQ_TOPIC_SPEC),
        # rules said as facts: "signage is limited to the windows", "everything goes through
        # compliance", "our brand font is Gotham", "our logo is always on white"
        "REQ_FACT": _expand("limited|restricted|confined to", "goes|go through",
                            "font|fonts|typeface|typefaces|palette|tagline|strapline|slogan",
                            "always", "only ever", "no circumstances", "no account",
                            "max|maximum|min|minimum",
                            "no|not more than", "at most",  # "No more than two typefaces"
                            "our brand? colors|colours|tone|voice is|are",  # "Our tone is ..."
                            "keep it|everything|things",  # "Keep it family friendly"
                            "on brand", "on-brand",  # "please keep it on brand"
                            # "Every ad carries the drinkaware.co.uk line"
                            "every|each ad|piece|post|frame|email|poster|spot|label|pack|video|"
                            "banner|flyer",
                            # "the hospital's policy is no patient faces in marketing"
                            "policy|rule|guideline is|says no|never|only|always",
                            # read by requirements.third_party_accepts and insists
                            "only takes|accepts|allows|prints|supports",
                            "strict|adamant|insistent that|about",
                            # a ban over all of the work, read by requirements.scoped_ban
                            "anywhere", "throughout", "across the|our|all|every", "pass on",
                            "none of", "zero", "won't|will|can't|cannot have|not have",
                            # house rules said as facts, read by requirements.house_rule_as_fact
                            "we only|never|always", "on|for|in everything",
                            # read by requirements.always_done_to_it: "it goes on white only"
                            "on white|black|dark|light|plain only", "only goes|sits|appears on",
                            "on a? white|black|plain|neutral|grey|gray background|backgrounds "
                            "only",
                            "and|or nothing else", "next to|under|beside|on|in|for each|every"),
        "OBJ_NOUN": _expand(*OBJ_NOUN),
        "PERCENT": _expand(*PERCENT),
        "NEEDS_FIX": _expand(*NEEDS_FIX),
        "CRITIQUE": _expand(*CRITIQUE),
        # "Less text on slide 3", "needs more contrast": only before a piece of the work
        "LESS_MORE": _expand("less|more|fewer " + "|".join(sorted(LESS_MORE_OF))),
        "OBJ_WANT_MORE": _expand(*OBJ_WANT_MORE),
        "WANT_DONE": _expand(*WANT_DONE),
        "MOVES_FROM": _expand(*MOVES_FROM),
        # "the shoot has moved to the 9th", "the launch is now January 20": read by
        # changes.new_date_without_verb
        "MOVED": _expand("is now", "has|have moved|slipped|shifted", "slips|shifts|moves",
                         "has|have been moved|pushed|shifted", "is moving|slipping",
                         "new date|deadline",  # "New date for the mailer: Feb 22"
                         # "the print date slipped from Aug 14 to Aug 16", "the deadline be
                         # extended to Monday"
                         "date|deadline|launch|go-live moved|slipped|shifted|extended",
                         "be|been|was|get|got extended to|until|till"),
        "CAN_SLIP": _expand(*CAN_SLIP),
        "NEED_NUM": _expand(*NEED_NUM),
        # "keep the video under 30 seconds": read by requirements.kept_within
        "KEEP": _expand("keep|keeps|keeping"),
        "LEAD_DAYS": _expand(*LEAD_DAYS),
        "CR_VERB": _single(CHANGE_VERBS),
        "GERUND": _single(GERUNDS),  # "Pushing launch 1 wk": read by announced_tersely
        # "the intro feels a bit long", "I'm not loving the font": read by changes.disliked
        "DOUBT": _expand("feels|looks|seems|sounds|reads|comes",
                         "is|are|'s a bit|little|touch",  # "the photo is a bit dark"
                         "keen|loving|fan|sold|crazy|convinced|thrilled|wild|lands|landing|"
                         "maybe|perhaps",
                         "hate|hates|dislike|dislikes|struggling",
                         "work|look|read|sit|fit|flow|sound better", "do with", "stand out",
                         # "would benefit from more contrast", "is crying out for a rewrite":
                         # read by changes.could_do_with
                         "benefit|benefits from", "crying|begging out? for", "in need of",
                         "pop more",
                         # read by changes.idiom_fault, it_misses, wondered_longer, another_take
                         "mouthful", "hard to read|follow", "all over the place",
                         "a lot going on", "misses", "wondering|wonder|wondered if|whether",
                         "another|a different|a better|an alternative take|shot|photo|image|"
                         "picture|crop|angle|font",
                         # read by changes.disliked: "the music is so loud", "I find the font
                         # stiff", "the copy comes across as generic"
                         "is|are|'s|'re so|really|quite|rather|very|pretty|super|way|slightly|"
                         "somewhat " + "|".join(sorted(FAULT_WORDS | SIZE_WORDS)),
                         "i find|found the|our|this|that", "across as",
                         # a learner's "Logo is looking very small."
                         "looking so|really|quite|very|pretty|too " + "|".join(
                             sorted(FAULT_WORDS | SIZE_WORDS)),
                         # read by changes.disliked and changes.liked_better: "Headline is meh.",
                         # "I liked version 1 better."
                         "meh", "liked|preferred version|option|draft|concept|layout|v1|v2",
                         "liked|preferred the first|original|old"),
        "PARTICIPLE": _single(PARTICIPLES),
        # "I wish the apple looked ...", "what would it look like with ...?", "it would be
        # good with more snow", "the chair photo we would like bigger": read by
        # changes.another_look and changes.fronted_wish
        "LOOK_WISH": _expand("wish", "look like", "be good|nice|better|great with",
                             "we|i would|'d like|prefer|want",
                             # a learner's "Is better if the photo is more big." (wished_if)
                             "is|'s better|nicer|nice|good if",
                             # "same as before but in green": read by changes.variant_or_revert
                             "same again|thing|layout|design but", "same as before but",
                             "same but",
                             "will be better|nicer|nice|good if"),
        # "Can the email mention ...": read by changes.piece_does
        "PIECE_ASK": _expand("can|could the|our|this|that|each|every|all"),
        # 'the name is "Tasca da Graça", with the accent', "$129 (was $149)": a detail put
        # right, read by changes.terse_asks
        "PUT_RIGHT": _expand("with the|an|a accent|capital|hyphen|cedilla|umlaut|tilde|"
                             "apostrophe",
                             "needs|need|lacks the|an|a accent|capital|hyphen|cedilla|umlaut|"
                             "tilde|apostrophe",
                             "( was|previously", "says|reads|shows",
                             # "the price of the panettone is $28 not $26": read by terse_asks
                             "not $|€|£",
                             "spelled|spelt with",
                             # "pool hours are 6am-10pm now": read by changes.terse_asks
                             "hours|price|prices|number|capacity are|is",
                             # "Dr. Kim's title is Medical Director now"
                             "title|role|position is",
                             # "our new website is www...": read by changes.new_detail
                             "new website|address|email|url|phone|hotline is|'s"),
        # "the second paragraph could go", "any way the headline could fit on one line", "the
        # photo feels dated": read by changes.could_go, changes.piece_could and disliked
        "PIECE_MAY": _expand("could|can|should|must|gotta go", "has|have|needs|need to go",
                             "any way the|our|this", "how would it look",
                             "love it if",
                             "feels|looks|seems dated|tired|cheap|amateurish|stiff|generic|"
                             "old-fashioned"),
        # "the flyer lacks our new address": read by changes.lacks_part
        "LACKS": _expand("lacks|lacking",
                         # "This one doesn't have it.": the piece lacks what a rule named
                         "one does not have|show|include|carry it|one|that|them|any"),
        # "any other options for the headline?", "alternatives for the tagline": read by
        # changes.other_takes
        "OTHER_TAKE": _expand("other|alternative|alternate|different|new|fresh options|option|"
                              "ideas|versions|directions|takes|routes|concepts|choices|"
                              "variations|treatments", "alternatives for|of|on"),
        # "concept B, but with the photography from concept A": read by changes.options_mixed
        "FROM_OPTION": _expand("from concept|option|version|route|layout|design|direction|"
                               "draft|mockup", "but with the|its"),
        "METRIC": _single(METRICS)
        + _expand(
            "sign -? ups|up",
            "foot traffic",
            "open|win|conversion|click|repeat -? purchase? rate|rates",
            "market share",
            "email|mailing|subscriber|customer|newsletter list|lists|base",
            "walk -? ins",
            "order value|values",
            "sold|sell out",
            "signing up",
            "test drives",
            "through|in the|our door|doors",  # "get the neighbourhood through the door"
            "winter|summer|spring|fall|autumn|seasonal|old|excess|surplus|holiday stock|"
            "inventory",  # "clear 40% of the winter stock"
            "inventory",
        ),
        "OBJ_VERB": _single(OBJECTIVE_VERBS | OBJECTIVE_VERBS_3RD),
        "AUDIENCE": _single(AUDIENCES),
        "OBJ_WANT_NUM": _expand(*OBJ_WANT_NUM),
        "GOAL_FRAME": _expand(*GOAL_FRAME),
        "SUGGEST_GERUND": [[*prefix, tuple(sorted(SUGGESTED_GERUNDS))]
                           for prefix in _expand(*SUGGEST)],
        "ANNOUNCE": [[*prefix, tuple(sorted(GERUNDS))]
                     for prefix in _expand(ANNOUNCE[0], "we are|will be")],
    }
    return tables


@lru_cache(maxsize=2048)
def _norms_of(word: str) -> tuple[str, ...]:
    """The NORMs the mail tokenizer reads ``word`` as: "first-time" is "first", "-", "time",
    "can't" is "can", "not", "'re" (after a word) is "are". A contraction's tail is read after
    a word, as it is written."""
    from intake.parsers.nlp import get_pipeline  # (the tables are built once, on first use)

    tokenizer = get_pipeline().tokenizer
    if word.startswith("'"):
        return tuple(t.norm_ for t in tokenizer("we" + word))[1:]
    if word.startswith("n'"):
        return tuple(t.norm_ for t in tokenizer("do" + word))[1:]
    return tuple(t.norm_ for t in tokenizer(word))


def _respelled(slots: list[Slot]) -> list[list[Slot]]:
    """``slots`` as the tokenizer reads them: a spelling it splits ("first-time", "can't") or
    reads as another word ("'re") becomes its own variant of the phrase with one slot per
    token, so every spelling a table writes can match (a table is written as people type)."""
    variants: list[list[Slot]] = [[]]
    for slot in slots:
        kept = tuple(w for w in slot if w is None or _norms_of(w) == (w,))
        split = {_norms_of(w) for w in slot if w is not None and _norms_of(w) != (w,)}
        split = {tokens for tokens in split if not (len(tokens) == 1 and tokens[0] in kept)}
        grown: list[list[Slot]] = []
        for head in variants:
            if any(w is not None for w in kept) or None in slot:
                grown.append([*head, kept or (None,)])
            grown += [[*head, *((t,) for t in tokens)] for tokens in sorted(split) if tokens]
        variants = grown
    return [v for v in variants if any(None not in slot for slot in v)]
