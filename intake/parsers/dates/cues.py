"""Decide from the words around a date whether it is a due date, the past or a meeting.

Input: a sentence (``Span``) and the ``DateMatch`` values found in it.
Output: a ``Verdict`` per date, and the moves ("from A to B", "B instead of
A", "A is now B") that make one date replace another.

How a verdict is reached: cue phrases (``CUES``) are found in the sentence,
each with a kind (``due``, ``past``, ``meeting``), a weight and the side of
the date it must stand on ("by" only before it, "ago" only after it). A cue
scores its weight minus ``DISTANCE_COST`` per token between it and the date,
and ``OUTSIDE_CLAUSE_COST`` more when a clause boundary ("," ";" "and"
"but" "when" ...) lies between them. The best-scoring cue decides; with no cue
the date is ``neutral``. So "As we said on Tuesday, the deadline is Friday"
makes Tuesday past ("said") and Friday due ("deadline").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Span, Token

from intake.parsers.dates.normalise import WEEKDAYS
from intake.parsers.dates.patterns import DateMatch
from intake.parsers.header_labels import DATE_LABEL_WORDS
from intake.parsers.nlp import get_pipeline
from intake.parsers.prefilter import prefilter_patterns

__all__ = ["CUES", "Move", "Verdict", "find_moves", "judge", "subject_of"]

DISTANCE_COST = 0.08
#: Tokens around a date searched for cues (past this, no cue could still score).
REACH = 40
OUTSIDE_CLAUSE_COST = 0.35
MIN_SCORE = 0.2

BEFORE, AFTER, EITHER = "before", "after", "either"


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    weight: float
    side: str


#: An offer's or a contract's end (read as "past": a day the work may run to, not one it is
#: due by), as the cue table spells it.
OFFER_ENDS = ("valid until|valid till|valid through|valid thru|good until|good through|good thru|"
              "good till|valid to|redeemable until|redeemable through|expiring|expire|"
              "offer ends|offer valid|expires|expiry|contract runs|contract ends|"
              "contract expires|contract renews|agreement runs|agreement ends|lease runs|"
              "lease ends|lease expires|subscription ends|subscription renews|warranty|"
              "sale ends|sale end|promo ends|promotion ends|deal ends|discount ends")


#: A day accepted for the work: "Monday is fine for the proofs", "the 14th works for the files".
#: Also the things pointed at ("two weeks from today is fine for those").
_ACCEPTED_PHRASES = tuple(f"{verb} for {what}" for verb in (
    "is fine", "is ok", "is okay", "works", "would work", "would be fine")
    for what in ("the", "those", "these"))

#: Where the work is wanted by a day: "the printed proof on my desk Monday morning".
_WANTED_AT_PHRASES = ("on my desk", "on our desk", "in my inbox", "in our inbox", "in my hands",
                      "in our hands", "in hand")


def _cues() -> dict[tuple[str, ...], Cue]:
    table: list[tuple[str, float, str, str]] = [
        # Due: prepositions that govern the date, deadlines and launches.
        ("due", 1.0, BEFORE, "by|before|until|till|due|deadline|cob|eod|eob|eow|latest"),
        # the day's end typed after it: "Tomorrow EOD for the revised deck please"
        ("due", 0.9, AFTER, "eod|cob|eob"),
        # a learner's "by": "approved within end of February", "within 15 March"
        ("due", 1.0, BEFORE, "within"),
        ("due", 1.0, BEFORE, "no later than|not later than|on or before"),
        ("due", 1.0, BEFORE, "prior to|ahead of|in time for"),
        ("due", 1.0, BEFORE, "due on|due by|due date|latest by"),
        ("due", 1.0, BEFORE, "deadline is|deadline of|is due|are due"),
        ("due", 1.0, EITHER, "close of business|end of day|end of play"),
        ("due", 1.0, EITHER, "deadline|at the latest|latest|launch"),
        ("due", 1.0, EITHER, "launches|launching|go live|go-live"),
        ("due", 1.0, EITHER, "goes live|going live|live on|live by"),
        ("due", 1.0, EITHER, "needs to be live|be live|live|launch date"),
        ("due", 0.8, EITHER, "need|needs|need it|need them|needed by|required|require|requires"),
        ("due", 0.8, EITHER, "needing|are needing|am needing"),  # a learner's "we are needing"
        # "Round 1 on Dec 9, round 2 on Dec 14": the work's rounds, each on its day
        ("due", 0.9, EITHER, "round 1|round 2|round 3|round one|round two|round three|"
                             "first round|second round|final round|v1|v2|v3"),
        # "could we make it the 15th?": another day offered for the work
        ("due", 0.9, BEFORE, "make it|make that|make it for"),
        # a day accepted for the work: "end of next week is ok", "Monday is fine for the
        # proofs", "EOW works" (a meeting's words, "for the call", outweigh it)
        # (... but a day accepted for a meeting is the meeting's: see _find_cues)
        ("due", 0.7, AFTER, "|".join(_ACCEPTED_PHRASES)),
        # a day offered: "a few days earlier, say December 5", "say the 18th"
        ("due", 1.0, BEFORE, "say"),
        ("meeting", 1.0, EITHER, "can't make it|cannot make it|can not make it|won't make it|"
                                 "couldn't make it|make it to"),
        # "any chance of seeing a draft tomorrow?": a first look asked for, a deliverable's day
        ("due", 0.9, EITHER, "see a draft|see the draft|seeing a draft|seeing the draft|"
                             "see a first draft|see the first draft|see something|"
                             "seeing something|see a proof|see the proof|see proofs|"
                             "see a first cut|see the first cut|see first drafts|"
                             "see a first proof|see the first proof|see first proofs|"
                             "see a first version|see the first version"),
        # Due: requests and deliverables.
        ("due", 0.8, EITHER, "deliver|delivery|deliverable|ready"),
        # the work wanted for a day's meeting: "the deck ready for Thursday's board meeting"
        ("due", 1.1, BEFORE, "ready for|ready in time for"),
        # a send put on the calendar: "go ahead and schedule it for Tuesday"
        ("due", 0.9, BEFORE, "schedule it for|schedule them for|schedule this for|"
                             "schedule that for"),
        ("due", 0.8, EITHER, "submit|send|send over|ship|publish"),
        # a fix wanted by a day: "Please fix the typo in the headline today"
        ("due", 0.75, BEFORE, "fix|correct|update|redo|revise"),
        ("due", 0.8, EITHER, "print|printer|finalise|finalize"),
        ("due", 0.8, EITHER, "final|finals|sign off|sign-off|approve"),
        ("due", 0.8, EITHER, "approval|turnaround|turn around|target|targeting|aim|aiming|expect"),
        ("due", 0.8, EITHER, "must|should|has to|have to|asap"),
        ("due", 0.8, EITHER, "in market|on air|air|airs|airing|start|installed|in place"),
        # a European "per": "we need the files per 15.12." ("as per your mail of ..." is past)
        ("due", 0.9, BEFORE, "per"),
        ("past", 1.1, BEFORE, "as per|per your|per our"),
        # The day the work is for, said as a plain fact (issue 12: "the shoot is on ..."):
        # openings, starts, events the work serves, hand-overs. An "event" date is a due
        # date only in a mail that names no deadline of its own ("booth graphics by
        # January 8; the show opens January 13": January 8).
        ("event", 0.7, EITHER, "starts|begins|kicks off|kick off|kick-off|opens|opening"),
        ("event", 0.7, EITHER, "reopens|reopening|relaunches|relaunch|resets|reset|"
                               "goes on sale|opens its doors"),
        ("event", 0.7, EITHER, "doors open|on-sale date|on sale date|eta"),
        # ... and in Spanish, French and German: "las catas empiezan el viernes 12"
        ("event", 0.7, BEFORE, "empieza|empiezan|comienza|comienzan|arranca|arrancan|commence|"
                               "commencent|débute|débutent|beginnt|beginnen"),
        # the work's own run, its first day its launch: "The campaign runs Jan 4 through Feb
        # 28", "the radio spots run Nov 5 through Nov 25" (its last day: due._run_ends; not
        # "the sale runs ...", the client's own event)
        ("due", 0.9, BEFORE, "campaign runs|campaign will run|campaign is running|ads run|"
                             "ads will run|spots run|spots will run|promo runs|flight runs|"
                             "commercials run|campaign goes|campaign will go"),
        # a talk wanted before a day: "We need to talk before Friday" (a meeting, no deadline)
        ("meeting", 1.3, BEFORE, "to talk before|to meet before|to chat before|to speak before|"
                                 "to catch up before|to talk by|to meet by|to speak by"),
        # a press release's day out: "The announcement is on the wire Thursday"
        # (not "Embargo lifts on January 6": the set reads an embargo's end alone as none)
        ("due", 1.0, EITHER, "on the wire|hits the wire|crosses the wire"),
        # the work in the client's hands on their return: "Please have the revised deck in my
        # inbox when I'm back on the 5th"
        ("due", 1.3, BEFORE, "in my inbox when|in our inbox when|on my desk when|"
                             "ready for me when|waiting for me when"),
        # a print date (the set reads print dates as due): "We go to press Wednesday morning"
        ("due", 0.9, EITHER, "goes to press|go to press|going to press"),
        ("event", 0.6, EITHER, "shoot|event|conference|trade show|tradeshow|fair|expo|festival"),
        ("event", 0.6, EITHER, "gala|premiere|premieres|open house|exhibition|release"),
        # "The first performance is December 7", "We open November 9": the client's own day
        ("event", 0.6, EITHER, "performance|performances|opening night|first night"),
        ("event", 0.7, BEFORE, "we open|we're opening|we are opening|we reopen|we launch"),
        # a school's or a college's: "The open day is Saturday April 28"
        ("event", 0.6, EITHER, "open day|open evening|open morning"),
        # a community's: "The picnic is Saturday June 16 at Riverside Park"
        ("event", 0.6, EITHER, "picnic|cookout|carnival|block party|fun run|walkathon|"
                               "bake sale|tournament|tailgate|tasting|wine tasting"),
        # the client's days in French, German, Spanish: "le salon ouvre le 15 septembre", "die
        # Messe beginnt am 3. März", "la feria abre el 2 de octubre"
        ("event", 0.7, EITHER, "ouvre|ouvrira|salon|foire|inauguration|eröffnet|eröffnung|"
                               "beginnt|messe|abre|feria|inauguración|démarre|démarrera|"
                               "commence|commencera|débute|débutera|startet|empieza|comienza|"
                               "arranca"),
        # a gallery's or a launch's evening: "the private view is 1 October"
        ("event", 0.6, EITHER, "private view|vernissage|opening night|launch party|reception|"
                               "hosting|we host|book signing|author event|a reading"),
        ("event", 0.6, EITHER, "show|shows"),  # "the show is February 11-15"
        ("event", 0.7, EITHER, "press date|handover|hand-over|hand off|hand-off|set for"),
        # "the shoot is locked for Saturday the 11th", "booked for the 14th"
        ("event", 0.7, BEFORE, "locked for|locked in for"),
        ("event", 0.6, EITHER, "available from|available on"),
        # "we've set the date: Saturday June 12", "Save the date: May 3": a day announced
        # (not the label of a line, "Date: June 12", which stays a deadline's)
        ("event", 0.9, BEFORE, "set the date|save the date|date is set|date's set|"
                               "dates are set|dates set"),
        # "on 05/02 we have the opening of the new shop": the client's own day (not "can we
        # have", "we have to", which ask for the work)
        ("event", 0.7, EITHER, "we have the|we have a|we have our|we've got the|we've got a|"
                               "we've got our"),
        # the work's own start, a go-live even beside a deadline: "the spring campaign starts
        # 1 March, so we need everything ready the 15th" (a show or a shoot stays an event)
        ("due", 1.0, BEFORE, "campaign starts|campaign begins|campaign kicks off|campaign launches|"
                             "campaign goes live|promo starts|promotion starts|ads start|"
                             "campaña empieza|campaña comienza|campaña arranca|campagne démarre|"
                             "campagne commence|campagne débute|kampagne startet|"
                             "kampagne beginnt"),
        ("due", 1.0, EITHER, "go out|goes out|going out|mail out|mails out|drop|drops"),
        # a send said without "out": "promo emails go thursday am", "the newsletter goes Tue"
        ("due", 1.0, BEFORE, "emails go|email goes|newsletter goes|newsletters go|mailer goes|"
                             "mailers go|blast goes|e-blast goes|eblast goes|"
                             # "it sends tmrw 9am", "the email sends Thursday": a send
                             # scheduled (not "I'll send", "can you send": people sending)
                             "it sends|email sends|emails send|newsletter sends|blast sends|"
                             # Spanish and French sends: "El envío sale el jueves 26"
                             "envío sale|envío se hace|envío es|newsletter sale|"
                             "envoi part|envoi est prévu|envoi se fait|"
                             "versand ist|versand erfolgt|newsletter geht"),
        # Due: the day the work meets the public, said as a plain fact ("Cans hit shelves
        # Jan 8", "Boards go up November 23", "the letter mails December 10").
        ("due", 1.0, EITHER, "in-market|hit shelves|hits shelves|on shelves|in stores|on sale|"
                             "in the stores|in the shops|in our stores|in our shops"),
        # the trade's deadlines: "ad close is December 15", "space closes Jan 8", "the cutoff
        # for changes is Thursday", "the magazine hits newsstands on January 4"
        ("due", 1.0, EITHER, "ad close|ad closing|space close|space closes|space closing|"
                             "materials close|materials due|closing date|close date|cutoff|"
                             "magazine closes|issue closes|paper closes|magazine close|"
                             "cut-off|cut off date|hits newsstands|hit newsstands|on newsstands|"
                             "on stands|hits stands|"
                             # an entry's window: "Submission window closes Aug 31"
                             "submission window closes|submission window ends|submissions close|"
                             "submission closes|entries close|entry deadline"),
        ("due", 1.0, EITHER, "go up|goes up|posting date|post date|mail date|mail drop"),
        # a newspaper's insertion: "it goes into the paper on April 22"
        ("due", 1.0, EITHER, "goes into the paper|go into the paper|goes in the paper|"
                             "runs in the paper|in the paper on|publication date|pub date|"
                             "is published on|gets published on"),
        ("due", 1.0, EITHER, "in-home|in homes|release date|ship date|street date|print date|"
                             "press date"),
        # a post put up: "we post it Sunday", "we'll post the schedule on Monday"
        ("due", 1.0, EITHER, "we post|we'll post|we will post|we're posting|we are posting"),
        # the day the work is put up: "we install Thu 1/14", "installation is March 2"
        ("due", 1.0, EITHER, "install|installs|installing|installation|install date"),
        # a day the work must not miss: "If we miss the 10th we lose the slot" (not "I'll miss
        # the 10th", someone away)
        ("due", 1.0, BEFORE, "if we miss|if you miss|if they miss|we can't miss|we cannot miss|"
                             "we can not miss|can't miss the|cannot miss the|must not miss|"
                             "mustn't miss|don't want to miss"),
        # the day a shop has the work booked in: "the wrap shop has us booked for August 27"
        ("due", 1.0, BEFORE, "has us booked for|have us booked for|has us booked in for|"
                             "have us booked in for|has us scheduled for|have us scheduled for"),
        # the print run put in the printer's book: "Printing is booked for February 12"
        ("due", 1.0, EITHER, "printing is booked for|print is booked for|printing is scheduled "
                             "for|printing starts|printing begins|booked to print|"
                             "printer is booked for|printers are booked for|press is booked "
                             "for|print slot is"),
        # the work reaching people: "ships to stores Jan 6", "rolls out on January 4", "copy
        # lock is Friday", "goes to the App Store" (an embargo's end alone is no deadline)
        ("due", 1.0, EITHER, "ships to|ship to|ships on|rolls out|roll out|rolling out|rollout|"
                             "crosses the wire|copy lock|picture lock|lock date|app store|"
                             "play store"),
        # retail and software: "the circular breaks Dec 13", "the flyer hits homes Thursday",
        # "GA date is Feb 3"
        ("due", 1.0, EITHER, "circular breaks|ad breaks|insert breaks|hits homes|hit homes|"
                             "lands in homes|hits mailboxes|hit mailboxes|ga date|goes ga|"
                             "general availability"),
        # "we're in stores from Feb 1": not "we're in" (the writer's presence)
        ("due", 1.0, EITHER, "we're in stores|we are in stores|we'll be in stores|"
                             "we will be in stores|we're on shelves|we're in market|"
                             "we're in-market|we are in-market|we'll be in-market|"
                             "we will be in-market"),
        # the trade's deadline said as a noun: "Thurs is the cut off for the paper" (not "the
        # logo is cut off on the right", the verb)
        ("due", 1.0, EITHER, "is the cut off|the cut off for|the cut off is|our cut off|"
                             "their cut off|cut off for the|is the cutoff|the cutoff for"),
        # an email's send: "should hit inboxes at 7am PT on Monday", "the deploy date is ..."
        ("due", 1.0, EITHER, "hit inboxes|hits inboxes|land in inboxes|lands in inboxes|"
                             "send date|deploy date|deployment date"),
        ("due", 0.9, EITHER, "mails|prints|start running|starts running|begins running"),
        # a run's first day: "the ad runs from Jan 4 to Jan 31" (its last day is no deadline)
        # "The ad runs in the Law Journal on January 11": the day it is in market
        ("due", 0.9, BEFORE, "runs in|run in|appears in|appear in"),  # (not "runs on weekends")
        # "The ad runs July 9": a piece's day in market (not "the sale runs July 9-15")
        ("due", 0.9, BEFORE, "ad runs|ads run|ad will run|ads will run|spot runs|spots run|"
                             "insert runs|inserts run|ad is running|commercial runs"),
        ("due", 1.0, BEFORE, "runs from|run from|running from|airs from|runs starting|"
                             "running starting|live from"),
        ("due", 0.8, EITHER, "good for|still good for|stop|pause|halt|wrap up|finish|take down"),
        ("due", 0.75, BEFORE, ":"),
        ("due", 0.9, BEFORE, "needed|needed on|wanted on"),  # "Easter flyer: needed April 22"
        # the work needed for an occasion: "I need this for a presentation to the council on
        # the 28th", "we need the deck for the board meeting on Thursday"
        ("due", 1.0, BEFORE, "need this for|need it for|need them for|need these for|"
                             "need the deck for|need the slides for|need the deck|"
                             "needed for"),
        # "We would like the first designs on 13 August", "we are waiting the new version
        # for Tuesday" (a learner's "waiting for")
        ("due", 0.8, BEFORE, "would like|'d like|are waiting|waiting for|waiting the"),
        # "just checking we're still on track for May 14": the deadline, recalled
        ("due", 0.9, BEFORE, "on track for|on schedule for|still on for"),
        ("due", 0.9, BEFORE, "hit the|hitting the"),  # "we must hit the January 8 date"
        ("due", 0.8, BEFORE, "first thing"),  # "first thing Tues works for the files"
        # another day proposed: "neither date works, can we do Jan 26?"
        ("due", 0.8, BEFORE, "can we do|could we do|can we go for|could we go for"),
        ("due", 0.8, EITHER, "like to see|love to see|want to see|to see|hoping for|hope to"),
        # "ideally the banners would be done March 3"; "we need the press release by ..." (a
        # release of news, not a film's release). Not "expecting": "we're expecting rain on
        # Friday", "expecting 200 guests on March 3".
        ("due", 0.8, BEFORE, "would be done|would be ready|would be finished|would be live"),
        ("due", 1.0, EITHER, "press release|press releases|news release"),
        # "we are looking forward to receive the draft on next Monday"
        ("due", 0.9, EITHER, "looking forward to receive|looking forward to receiving|"
                             "look forward to receiving|look forward to receive|"
                             "expect to receive|hope to receive"),
        ("due", 0.6, EITHER, "please|could you|can you|would you|will|'ll|let's|let us|get|have"),
        # a phone's "please": "the yard signs tho, end of next week pls"
        ("due", 0.6, AFTER, "pls|plz|pleaseee|thx"),
        # where the work is wanted by a day: "the printed proof on my desk Monday morning"
        ("due", 1.0, BEFORE, "|".join(_WANTED_AT_PHRASES)),
        # Due, in French, German and Spanish: "pour le 9 décembre", "au plus tard le 2
        # janvier", "bis spätestens 7.12.", "beim Drucker", "para el 15 de enero".
        ("due", 1.0, BEFORE, "pour le|pour la|d'ici le|d'ici au|d'ici|au plus tard|avant le|"
                             "avant|sous|binnen"),
        ("due", 1.0, BEFORE, "bis|bis zum|bis zur|bis spätestens|spätestens|vor dem|vor der"),
        ("due", 1.0, BEFORE, "para el|para la|antes del|antes de|a más tardar|hasta el"),
        # ... and a Brazilian's "até 10 de dezembro", "para o dia 5"
        ("due", 1.0, BEFORE, "até|até o|até o dia|até dia|para o|para o dia|no máximo"),
        ("due", 1.0, EITHER, "date limite|échéance|délai|livraison|lancement|mise en ligne"),
        ("due", 1.0, EITHER, "frist|abgabe|abgabetermin|liefertermin|druckdaten|geschaltet"),
        ("due", 1.0, EITHER, "fecha límite|plazo|entrega|lanzamiento|publicación"),
        ("due", 0.8, EITHER, "livré|livrée|livrés|livrées|prêt|prête|prêts|prêtes|imprimeur"),
        ("due", 0.8, EITHER, "besoin|doit|doivent|il nous faut|sortie|parution|impression"),
        ("due", 0.8, EITHER, "brauchen|benötigen|muss|müssen|soll|sollen|fertig|drucker"),
        ("due", 0.8, EITHER, "erscheint|erscheinen|online|lieferung|liefern"),
        # the day it is out: "Erscheinungstermin ist der 26.01.", "la campaña sale al aire el 5
        # de marzo", "la campagne sera diffusée le 3 mars"
        ("due", 1.0, EITHER, "erscheinungstermin|erscheinungsdatum|veröffentlichungstermin|"
                             "starttermin|sendetermin"),
        ("due", 0.9, BEFORE, "sale al aire|salen al aire|saldrá al aire|se emite|se emitirá|"
                             "sera diffusée|sera diffusé|seront diffusés|en ligne le"),
        # the press and the wall: "Druck ist am 23.07.", "Aushang ab 1. Oktober", "Queremos
        # imprimir el 27 de agosto", "impression le 3 mars"
        ("due", 0.9, EITHER, "druck ist|druck am|drucktermin|in den druck|aushang|imprimir|"
                             "imprimimos|imprimiremos|impresión|imprimer|affichage|"
                             # "Der Flyer geht am 20. August in Druck", "La campaña se lanza
                             # el 1 de septiembre", "part à l'impression le 3"
                             "in druck|geht in druck|se lanza|se lanzará|sale a la venta|"
                             "part à l'impression|part en impression"),
        ("due", 0.8, EITHER, "necesitamos|necesitaríamos|listo|lista|listos|listas|imprenta"),
        ("due", 0.8, EITHER, "entregar|salida|debe|deben"),
        ("due", 1.0, EITHER, "au plus tard|spätestens|a más tardar|dernier délai"),
        ("due", 0.6, EITHER, "merci|bitte|por favor|d'envoyer|d'envoyez|de livrer"),
        ("due", 0.8, EITHER, "envoyer|envoyez|répondre|livrer|livrez|rendre|remettre|renvoyer|"
                             "renvoyez|retourner|retournez|faire parvenir|"
                             # the pronoun joined to the verb: "Merci de m'envoyer ... jeudi"
                             "m'envoyer|m’envoyer|nous envoyer|l'envoyer|l’envoyer|"
                             "m'envoyez|m’envoyez"),
        ("due", 0.8, EITHER, "schicken|senden|antworten|abgeben|zusenden|übermitteln"),
        ("due", 0.8, EITHER, "enviar|envíen|envíe|responder|respondan|entreguen|entregue"),
        # Past.
        ("past", 1.2, AFTER, "ago"),
        ("past", 1.1, BEFORE, "last|past|since|previous|previously|earlier|back in|dated"),
        ("past", 1.1, BEFORE, "seit|seit dem|seit der|depuis|depuis le|desde|desde el"),
        ("past", 1.2, EITHER, "was due|were due|was supposed to"),
        ("past", 1.2, BEFORE, "missed the|we missed|they missed|missed"),  # "missed the Feb 15
        # deadline for the Gazette": gone by
        ("past", 1.2, EITHER, "were supposed to|went live|went out"),
        ("past", 1.0, EITHER, "said|mentioned|discussed|launched|went|sent|received|got|met|spoke"),
        ("past", 1.0, EITHER, "talked|emailed|wrote|called"),
        ("past", 1.0, EITHER, "waited until|waited till|waited|had to wait"),
        ("past", 1.0, EITHER, "signed|delivered|finished|completed|ran"),
        ("past", 1.0, EITHER, "happened|started|began|submitted|shared|published|aired|shipped"),
        ("past", 1.0, EITHER, "landed|arrived|came in|showed up|turned up"),
        ("past", 1.0, EITHER, "posted|paid|approved|agreed on"),
        ("past", 1.0, EITHER, "wrapped|ended|concluded|took place|was held|were held"),
        # ... but work to have wrapped up by a day is due: "have this wrapped up within the
        # next 10 days"
        ("due", 1.2, BEFORE, "wrapped up within|wrapped up by|wrapped up before|wrapped by|"
                             "wrapped within"),
        ("past", 1.0, EITHER, "presented|shown|showed|pitched|reviewed|as presented"),
        ("past", 1.0, EITHER, "noted|promised on|asked on|told us on"),
        ("past", 1.5, BEFORE, "what happened to|what happened with|what happened on"),
        # a run's end, past or to come: "the ads ran until the 30th", "the sale runs until
        # Jan 3" (the last day it shows, not a day the work is due)
        ("past", 1.2, BEFORE, "ran until|ran till|ran through|was live until|were live until|"
                              "lasted until|run until|runs until|running until|run till|"
                              "runs till|runs through|run through|stays live until"),
        # "mortgage rates have dropped to 5.9% this month": a figure that moved, reported
        ("past", 1.1, EITHER, "have dropped|has dropped|have fallen|has fallen|have risen|"
                              "has risen|have gone up|has gone up|have gone down|has gone down|"
                              "have increased|has increased|have decreased|has decreased|"
                              "have doubled|has doubled|have grown|has grown"),
        ("past", 1.1, BEFORE, "email of|letter of|message of"),
        ("past", 1.1, BEFORE, "note of|mail of|thanks for|thank you for"),
        ("past", 0.7, EITHER, "was|were|had|did"),
        # a cause, not a deadline: "due to the holiday on Monday"
        ("past", 1.2, EITHER, "due to the holiday|due to the holidays|due to illness"),
        ("past", 1.2, EITHER, "due to the weather|due to a|due to an|due to our|due to some"),
        # An offer's or a contract's end: "prices valid until Dec 31", "the contract runs
        # until June 30" (a day the work may print, not one it is due by).
        ("past", 1.2, EITHER, OFFER_ENDS),
        # a thing that becomes available: "the recording will be available from the 10th"
        ("past", 1.1, BEFORE, "available from|available starting|on sale from|bookable from|"
                              "open for bookings from|valid from"),
        # A person's start or the books' year: dates, but not of the work.
        ("past", 1.0, EITHER, "fiscal year|financial year|tax year|new role|new job|new hire"),
        ("past", 1.0, EITHER, "joins|joining|joined|head of|our new"),
        # a person's first day: "The new manager starts on the 13th", "she starts Monday"
        ("past", 1.2, BEFORE, "manager starts|director starts|hire starts|designer starts|"
                              "intern starts|ceo starts|cmo starts|colleague starts|"
                              "employee starts|assistant starts|coordinator starts|"
                              "she starts|he starts|replacement starts"),
        ("past", 1.0, EITHER, "envoyé|envoyée|reçu|reçue|hier|dernier|dernière|passé|était"),
        ("past", 1.0, EITHER, "gesendet|geschickt|erhalten|gestern|letzten|letzte|war|waren"),
        ("past", 1.0, EITHER, "enviado|enviada|recibido|recibida|ayer|pasado|pasada|fue|era"),
        ("meeting", 1.0, EITHER, "réunion|rendez-vous|appel|visio|disponible|disponibles"),
        ("meeting", 1.0, EITHER, "besprechung|treffen|telefonat|anruf|termin vereinbaren"),
        ("meeting", 1.0, EITHER, "reunión|llamada|cita|videollamada|disponible"),
        # Meetings, calls and availability: a date, but not a deadline.
        ("meeting", 1.0, AFTER, "off|day off|days off"),  # "I need Friday off": an absence
        ("meeting", 1.0, EITHER, "call|calls|meeting|meetings|meets|mtg|mtgs"),
        # a meeting about a piece of work is still a meeting: "we met about the final files
        # on March 3", "can we have a call about the press release Friday?"
        ("meeting", 1.25, EITHER, "we met|met about|met with|call about|calls about|"
                                  "meeting about|chat about|a call on|a call about"),
        ("meeting", 1.0, EITHER, "meet|catch up|catch-up|catchup|lunch"),
        ("meeting", 1.0, EITHER, "check-in|check in|stand-up|standup|one-on-one|1:1|touchpoint|"
                                 "weekly sync|our sync|the sync"),
        ("meeting", 1.0, EITHER, "dinner|coffee|drinks|chat|natter|zoom|teams call|google meet|"
                                 "webinar"),
        ("meeting", 1.0, EITHER, "workshop|demo|visit|see you|available|availability|free|slot"),
        # the client's own attendance: "we'll be at the book fair on September 24"
        ("meeting", 1.0, BEFORE, "we'll be at|we will be at|i'll be at|i will be at"),
        # "I'm at a conference in Denver on the 9th": the writer's whereabouts
        ("meeting", 1.0, BEFORE, "i'm at|i am at|we're at|we are at"),
        ("meeting", 1.0, EITHER, "works for me|works for us|work for you|works for you|suit|suits"),
        ("meeting", 1.0, EITHER, "invite|calendar|diary|appointment|interview|kickoff|kick-off"),
        # an invitation sent as mail is a piece of the work: "push the webinar invite to Jan 27"
        ("due", 1.0, EITHER, "webinar invite|webinar invites|invite email|invite emails|"
                             "email invite|email invites|invitation email|event invite"),
        ("meeting", 1.0, EITHER, "dial in|dial-in|hop on|jump on|sync|stand-up|standup|briefing"),
        # a meeting invitation's label: "Time: Dec 18, 2026 03:00 PM Eastern Time" (Zoom)
        ("meeting", 1.0, BEFORE, "time :"),
        ("meeting", 1.2, EITHER, "out of office|out of the office|ooo"),
        ("meeting", 1.2, EITHER, "on leave|on holiday|on vacation|on holidays"),
        # how fast the writer answers until then: "I'll be slower to reply until the 25th"
        ("meeting", 1.2, BEFORE, "slower to reply|slow to reply|slower to respond|slow to respond|"
                                 "slower to answer|slow to answer|limited access to email|"
                                 "patchy email|spotty email"),
        ("meeting", 1.2, EITHER, "in holiday|in holidays|in vacation|in vacations"),
        ("meeting", 1.2, EITHER, "off until|off on|day off|days off|off from|off next|off this"),
        # "the RSVP date should be December 15": the guests' day, printed on the work
        ("meeting", 1.2, EITHER, "rsvp|rsvp date|rsvp by|r.s.v.p"),
        # a tender's window for questions: "Questions may be submitted until October 3" (the
        # proposal's own day is the work's)
        ("meeting", 1.2, BEFORE, "questions may be submitted|questions can be submitted|"
                                 "questions may be sent|questions can be sent|"
                                 "questions are due|questions due|questions should be submitted|"
                                 "questions must be submitted"),
        # "I'll be off the 4th to the 8th": the writer away
        ("meeting", 1.2, EITHER, "i'll be off|i will be off|i'm off|i am off|we'll be off|"
                                 "we're off|we are off"),
        ("meeting", 1.2, EITHER, "away until|away on|away from|away next|away this|out until"),
        ("meeting", 1.2, EITHER, "back on|back in the office|returning|return on"),
        ("meeting", 1.2, EITHER, "i'm out|i am out|we're out|i'll be out|i will be out|pto"),
        ("meeting", 1.2, EITHER, "i'm out of office|i'm out of the office|closed|close early|"
                                 "geschlossen|fermé|fermée|fermés|cerrado|cerrada|cerrados"),
        # the client's own place shutting: "The office closes Friday EOD" (not "space closes
        # Jan 8", a magazine's deadline)
        ("meeting", 1.2, EITHER, "office closes|store closes|shop closes|office is closing|"
                                 "store is closing|closes early"),
        # "files for the 04/02, the printer is closed after": the last day before a closing
        ("due", 0.6, BEFORE, "closed after|closed afterwards|closed after that|"
                             "closed from then on"),
        ("meeting", 1.2, EITHER, "bank holiday|public holiday|for the holiday"),

        ("meeting", 1.2, EITHER, "takes over|cover for|travelling|traveling|on the road"),
        ("meeting", 1.1, EITHER, "i'll be in|we'll be in|i will be in|i'm in|we're in"),
        # the writer's own day: "I have to leave early today", "I'm required to attend the
        # offsite on Thursday", "our CMO will join on the 10th"
        # ("I have to run", not "the ads have to run from the 22nd": the work's run)
        ("meeting", 1.2, EITHER, "leave early|leaving early|head out|heading out|i have to run|"
                                 "i'll have to run|have to leave|need to leave|off early|"
                                 "finish early"),
        ("meeting", 1.2, EITHER, "maternity leave|paternity leave|parental leave|annual leave|"
                                 "sick leave|medical leave|her leave|his leave|my leave|"
                                 "their leave|on sabbatical"),
        ("meeting", 1.0, EITHER, "attend|attending|offsite|off-site|away day|town hall|"
                                 "all-hands|all hands|join|join us"),
        # Negated requests: "please don't send anything on December 25".
        ("blocked", 1.2, EITHER, "don't|do not|never|avoid|can't|cannot|won't|will not"),
        ("blocked", 1.05, BEFORE, "after|not before|no earlier than|not until|earliest"),
        # a carrier's word on a parcel: "estimated delivery March 6" (not "must arrive by")
        ("blocked", 1.2, BEFORE, "estimated delivery|estimated arrival|expected delivery|"
                                 "delivery estimate|estimated ship date"),
        ("meeting", 1.0, EITHER, "find time|walk through|walk us through|go through|talk through"),
        # "let's talk options Thursday", "can we discuss on Monday?": a conversation's day
        ("meeting", 1.0, EITHER, "talk|talk about|discuss|discussing|go over"),
        # "the board has to vote on the budget next month": the client's own step
        ("meeting", 1.0, EITHER, "vote|votes|voting"),
        # a calendar's invitation: "Invitation: Concept review @ Thu Dec 10, 2026 2pm - 3pm"
        # (not "we need the invitation by March 3": a printed invitation is a piece of work)
        ("meeting", 1.2, EITHER, "invitation :|updated invitation|calendar invitation|"
                                 "meeting invitation|zoom invitation|has invited you|"
                                 "join zoom meeting|join with google meet|teams meeting"),
        # a visit: "I'll pop by the office on Friday", "can you swing by on Thursday?"
        ("meeting", 1.0, EITHER, "come by|stop by|pop by|drop by|swing by|pop in|pop round|"
                                 "pop over|come over|drop in|stop in|pop into"),
        # mail dropping, not a visit: "they'll drop in the mail on the 15th"
        ("due", 1.0, EITHER, "drop in the mail|drops in the mail|dropping in the mail|"
                             "drop in the post|drops in the post|drop in mailboxes"),
        # a note asked for, not the work: "drop me a line on the 15th"
        ("meeting", 1.0, EITHER, "drop me a line|drop us a line|drop me a note|drop us a note|"
                                 "drop me an email|drop us an email|drop me a message"),
        # a run's first day: "the ad runs on the 15th" (not "lands on": "my flight lands on
        # the 8th")
        ("due", 1.0, BEFORE, "runs on|run on|airs on|starts running on"),
    ]
    tokenizer = get_pipeline().tokenizer  # phrases split as text is: "don't" -> "do" "n't"
    cues: dict[tuple[str, ...], Cue] = {}
    for kind, weight, side, phrases in table:
        for phrase in phrases.split("|"):
            cues[tuple(t.lower_ for t in tokenizer(phrase))] = Cue(kind, weight, side)
    return cues


#: Cue phrases (lower-case token tuples) and what they say about a nearby date.
CUES = _cues()
_FIRST_WORDS: dict[str, list[tuple[str, ...]]] = {}
for _cue_words in sorted(CUES, key=len, reverse=True):
    _FIRST_WORDS.setdefault(_cue_words[0], []).append(_cue_words)

_CLAUSE_BREAKS = frozenset(
    str.split(
        ", ; ( ) — – and but while whereas although though because when so which then "
        "also plus however"
    )
)
#: Words that make a "due" sentence about paying money, not delivering work.
_PAYMENT = frozenset(
    ("invoice", "invoices", "payment", "payments", "pay", "paid", "remittance", "refund",
     "expenses", "expense", "timesheet", "timesheets", "tax", "taxes", "payroll",
     "payable", "payables")  # "our accounts payable runs on the 20th"
)
#: "the tax season mailer", "a payroll services ad": what the work is about, no money owed.
_TOPICS_TOO = frozenset(("tax", "taxes", "payroll", "expense"))
_TOPICS = frozenset(("season", "prep", "preparation", "services", "service", "tips", "guide",
                     "planning", "seminar", "webinar", "clinic", "software", "app"))
#: "paid social", "paid search": media bought, not money owed.
_PAID_MEDIA = frozenset(("social", "search", "media", "ads", "advertising", "placements",
                         "promotion", "posts", "channels", "campaign", "campaigns", "push"))
_LIST_JOINERS = frozenset((",", "and", "or", "&", ";", "/"))
_ARTICLES = frozenset(("the", "a", "an", "our", "your", "its"))
_TIME_SUFFIXES = frozenset(("am", "pm", "a.m.", "p.m.", "o'clock", "noon"))
MOVE_VERBS = frozenset(
    str.split(
        "move moves moved moving push pushes pushed shifts slips slides postpones delays "
        " pushing shift shifted shifting reschedule rescheduled "
        "rescheduling postpone postponed postponing delay delayed delaying bring brought "
        "change chg chng changed changing bump bumped slip slipped slide pull pulled adjust "
        "adjusted extend extended extending "
        # French, Spanish, German: "décaler la diffusion au 1er mars", "retrasar al 20"
        "décaler décalez décalé décalée repousser repoussez repoussé reporter reportez "
        "reporté déplacer déplacez avancer avancez mover muevan retrasar retrasen adelantar "
        "adelanten posponer pospongan verschieben verschoben"
    )
)
_TO_WORDS = frozenset(("to", "until", "till", "->", "→", "into", "au", "à", "al", "auf"))
#: "instead of" before the old date, in English, French, Spanish and German.
_INSTEAD_OF = (("instead", "of"), ("rather", "than"), ("au", "lieu"), ("lieu", "du"),
               ("lieu", "de"), ("en", "lugar"), ("lugar", "del"), ("en", "vez"), ("vez", "del"),
               ("statt",), ("anstatt",), ("anstelle",), ("statt", "auf"), ("statt", "am"),
               ("statt", "zum"), ("anstatt", "auf"), ("anstatt", "am"),
               # "Launch is now 8/27 (was 8/20)", "New deadline: August 24 (previously August 17)"
               ("(", "was"), ("(", "previously"), ("(", "formerly"), ("(", "originally"),
               # "We've moved the open house to the 22nd (it was the 15th)"
               ("(", "it", "was"), ("(", "it's", "was"), ("(", "was", "originally"))
_NOW_LINKS = frozenset(("is", "are", "'s", "has", "have", "been", "will", "be", "now", "moved"))


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the words say about one date.

    ``kind``: ``due``; ``event`` (the day of a show, a shoot or an opening the work
    serves: due when the mail names no deadline of its own); ``past``; ``meeting`` (calls,
    meetings, absences and
    closures); ``blocked`` (a negated request: "don't send anything on ...");
    ``payment`` (a due cue near words about invoices or paying); ``neutral``
    (no cue either way).
    """

    kind: str
    confidence: float
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class Move:
    """``new`` (an index into the sentence's dates) replaces ``old`` (an index, or None)."""

    new: int | None
    old: int | None


def _hours_after(words: list[str], base: int, dates: list[DateMatch]) -> set[int]:
    """Token indices of a clock time said right after a date: ", 17:00 CET", " at 5 pm"."""
    found: set[int] = set()
    for match in dates:
        k = match.end - base
        if k < len(words) and words[k] == ",":
            k += 1
        start = k
        said_at = k < len(words) and words[k] in ("at", "@")
        k += said_at
        if k >= len(words) or not _CLOCK.fullmatch(words[k]):
            continue
        suffix = k + 1 < len(words) and words[k + 1] in _TIME_SUFFIXES
        if not (said_at or suffix or not words[k].isdigit()):
            continue  # "January 11, 12 banners": a count, not an hour
        k += 1 + suffix
        if k < len(words) and words[k] in _ZONES:
            k += 1
        found.update(range(base + start, base + k))
    return found


_DROP_BY = ("drop", "by")
#: "Ready for Thursday's board meeting": the day named right after, the work's deadline.
_READY_FOR = (("ready", "for"), ("ready", "in", "time", "for"))
_VISITORS = frozenset(("i", "you", "we", "he", "she", "they", "u", "someone", "somebody",
                       "anyone", "me", "us", "'ll", "team", "free", "happy"))
_BETWEEN_SUBJECT_AND_VERB = frozenset(("must", "will", "should", "to", "can", "could", "would",
                                       "'d", "need", "needs", "have", "has", "please", "just",
                                       "also", "might", "may", "not", "n't", "do", "does"))


def _a_visitor(words: list[str], at: int) -> bool:
    """Whether "drop by" at ``at`` is a person's visit ("can you drop by Friday?", "I'll
    drop by on Monday") rather than mail dropping ("the letters must drop by March 2")."""
    if at + 2 < len(words) and words[at + 2] in ("the", "our", "your", "my", "his", "her",
                                                 "their", "and", "sometime", "anytime") and (
            at + 3 >= len(words) or not words[at + 3][:1].isdigit()):
        return True  # "drop by the office Thursday" (not "drop by the 15th")
    k = at - 1
    while k >= 0 and words[k] in _BETWEEN_SUBJECT_AND_VERB:
        k -= 1
    return k < 0 or words[k] in _VISITORS or not words[k].isalpha()


#: The places of ``_WANTED_AT_PHRASES``, and the verbs that tell the work got there instead
_WANTED_AT = frozenset(tuple(p.split()) for p in _WANTED_AT_PHRASES)
_GOT_THERE = frozenset(("landed", "arrived", "was", "were", "came", "sat", "been", "ended",
                        "got", "showed", "turned"))
#: Who a "since" clause is about: "since we launch on the 5th", "since the printer needs ..."
_SINCE_SUBJECTS = frozenset(("we", "i", "you", "they", "he", "she", "it", "our", "their",
                             "your", "this", "that", "these", "those", "there"))
_SINCE_VERBS = frozenset(("needs", "need", "is", "are", "has", "have", "was", "were", "will",
                          "can", "can't", "must", "wants", "want", "closes", "opens", "starts",
                          "goes", "runs", "takes", "'s", "won't", "doesn't", "does", "would"))


def _since_because(words: list[str], after: int, base: int, inside: set[int]) -> bool:
    """Whether the "since" before ``after`` opens a reason ("since the printer needs the file
    on the 15th") rather than a day gone by ("since the 15th", "since last week")."""
    if after >= len(words) or base + after in inside:
        return False
    if words[after] in _SINCE_SUBJECTS:
        return True
    # "the printer needs", "the shop is": a subject and its verb (not "since the launch")
    return words[after] == "the" and after + 2 < len(words) \
        and base + after + 1 not in inside and words[after + 2] in _SINCE_VERBS


#: A day accepted "for the ..." (a due cue), and what makes it a meeting's
#: day instead.
_ACCEPTED_FOR = frozenset(tuple(p.split()) for p in _ACCEPTED_PHRASES)
_MET_FOR = frozenset(word + plural for word in (
    "review", "walkthrough", "presentation", "call", "meeting", "chat", "catch-up", "visit",
    "demo", "kickoff", "workshop") for plural in ("", "s"))


def _find_cues(words: list[str], base: int, inside: set[int]) -> list[tuple[int, int, Cue, str]]:
    """(start, end, cue, text) of every cue phrase outside date expressions, longest first."""
    found = []
    i, n = 0, len(words)
    while i < n:
        phrases = _FIRST_WORDS.get(words[i])
        hit = None
        if phrases and base + i not in inside:
            for phrase in phrases:
                if tuple(words[i : i + len(phrase)]) == phrase:
                    hit = phrase
                    break
        if hit is None:
            i += 1
            continue
        if hit in _WANTED_AT and i > 0 and words[i - 1] in _GOT_THERE:
            i += len(hit)  # "the files landed on my desk on Monday": news, no deadline
            continue
        if hit == ("since",) and _since_because(words, i + 1, base, inside):
            i += 1  # "since the printer needs the file on the 15th": a reason, no past day
            continue
        if hit == _DROP_BY and not _a_visitor(words, i):
            hit = ("drop",)  # "the letters must drop by March 2": a mailing's day, not a visit
        elif hit in _READY_FOR and base + i + len(hit) not in inside:
            hit = ("ready",)  # "ready for the open house on January 30": the event's day
        elif hit in _ACCEPTED_FOR and i + len(hit) < n and words[i + len(hit)] in _MET_FOR:
            hit = ("call",)  # "Tuesday at 2 works for the review": a meeting's day
        elif hit[:2] == ("closed", "after") and i + len(hit) < n and words[i + len(hit)] not in (
                ".", "!", ";", ",", ")", "\n", "\n\n"):
            hit = ("closed",)  # "closed after 5pm on 23/12": the closing's own day
        found.append((base + i, base + i + len(hit), CUES[hit], " ".join(hit)))
        i += len(hit)
    return found


_AT_TIME = Cue("meeting", 0.8, EITHER)
#: The cue text of a clock time: a verdict carrying it was decided by the hour alone.
AT_TIME = "at <time>"
#: The cue text of a day followed by a span of hours (a meeting's slot).
_SLOT = "a span of hours"


#: Cues that name a deadline outright: with one of them (and no meeting) in the sentence,
#: "at noon" is the hour of that deadline ("The deadline for the ad is Dec 14 at noon").
#: Spelled as the cue tables hold them: hyphens are tokens of their own ("go - live").
_DEADLINE_WORDS = frozenset((
    "deadline", "deadline is", "deadline of", "due", "is due", "are due", "due by", "due on",
    "due date", "materials due", "latest", "at the latest", "latest by", "no later than",
    "not later than", "on or before", "cutoff", "cut - off", "cut off date", "ad close",
    "ad closing", "space close", "space closes", "space closing", "materials close",
    "closing date", "close date", "lock date", "copy lock", "picture lock",
    "end of day", "eod", "cob", "close of business", "eob", "end of play",
    "date limite", "dernier délai", "échéance", "au plus tard", "fecha límite",
    "a más tardar", "abgabetermin", "liefertermin", "frist", "spätestens", "bis spätestens",
    # the moment the work goes public: "we go live at 6am on Dec 15", "posting date is
    # November 30 at 5pm" (the hour of that moment, not a meeting)
    "go live", "goes live", "going live", "go - live", "live on", "live by", "be live",
    "needs to be live", "in - market", "hit inboxes", "hits inboxes", "send date",
    "deploy date", "deployment date", "print date", "release date", "launch date",
    "posting date", "post date", "mail date", "ship date", "street date", "ga date",
    "mise en ligne"))


#: Labels of a mail's header block: "Date: Mon, Dec 14, 2026 at 9:00 AM" left in a body by
#: a forward is the time a mail was sent, not the hour of a deadline (and a receipt's
#: "Received:", Turkish "Tarih:", "Enviada:" as some clients write them).
_HEADER_LABELS = DATE_LABEL_WORDS | {"received", "tarih", "enviada"}


def _names_a_deadline(cues: list[tuple[int, int, Cue, str]]) -> bool:
    return any(text in _DEADLINE_WORDS for *_, text in cues)


_DASHES = frozenset(("-", "–", "—"))
_DASH_LABEL = Cue("due", 0.75, BEFORE)


def _dash_labels(tokens: list[Token], base: int, dates: list[DateMatch],
                 inside: set[int]) -> list[tuple[int, int, Cue, str]]:
    """"1) New Year teaser - 1/2": a line naming a piece, a dash and the day that ends the
    line, read like "New Year teaser: 1/2" (not "Jan 11 - Mar 28", a span)."""
    found = []
    for m in dates:
        k = m.start - base
        if k < 2 or tokens[k - 1].text not in _DASHES or not tokens[k - 2].is_alpha \
                or (base + k - 2) in inside:
            continue
        after = m.end - base
        if after < len(tokens) and not ("\n" in tokens[after].text or (
                tokens[after].is_punct and (after + 1 == len(tokens)
                                            or "\n" in tokens[after + 1].text))):
            continue
        found.append((base + k - 1, base + k, _DASH_LABEL, "-"))
    return found


def _a_span_of_days(tokens: list[Token], base: int, target: DateMatch) -> bool:
    """Whether the day opens a span ("May 17-19", "May 17 to 19")."""
    k = target.end - base
    return k + 1 < len(tokens) and tokens[k].text in ("-", "–", "—", "to") \
        and tokens[k + 1].text[:1].isdigit()


_ENTRY_DUE = Cue("due", 1.0, EITHER)
#: Words of a deadline in an agenda's entry ("Friday April 16: printed programs due at our
#: office"), wherever they stand in it
_DUE_IN_ENTRY = frozenset(("due", "deadline", "delivered", "delivery", "ready", "live",
                           "launch", "launches", "final", "finals"))
_ENTRY_MARKS = frozenset(("-", "–", "—", "•", "*", "·"))


def _entry_cues(tokens: list[Token], words: list[str], base: int,
                dates: list[DateMatch]) -> list[tuple[int, int, Cue, str]]:
    """An agenda's entry, a day opening a line before a colon ("- Friday April 16: printed
    programs and table cards due at our office"): its own words say what the day is, a
    deadline's word after the colon as near as one before the day."""
    found = []
    for m in dates:
        k, end = m.start - base, m.end - base
        if end >= len(tokens) or tokens[end].text != ":":
            continue
        j = k - 1
        while j >= 0 and tokens[j].text in _ENTRY_MARKS:
            j -= 1
        if j >= 0 and "\n" not in tokens[j].text:
            continue  # the day does not open its line
        line_end = next((n for n in range(end + 1, len(tokens)) if "\n" in tokens[n].text),
                        len(tokens))
        said = next((n for n in range(end + 1, line_end) if words[n] in _DUE_IN_ENTRY), None)
        if said is not None and not _NEGATIONS.intersection(words[end + 1 : said]):
            # (at the word itself: a cue of its own; not "April 16: we are not ready yet")
            found.append((base + said, base + said + 1, _ENTRY_DUE, words[said]))
    return found


#: Verbs of the client putting the work to use: from that day on it must be there.
_PUT_TO_USE = frozenset(("put", "hang", "hand", "display", "show", "use", "give", "place",
                         "distribute", "post", "stick", "mount", "play", "screen"))
_USE_FROM = Cue("due", 0.9, BEFORE)


def _in_use_from(words: list[str], base: int,
                 dates: list[DateMatch]) -> list[tuple[int, int, Cue, str]]:
    """The day the client starts using the work, "from" it: "we want to put the poster in the
    lobby from 14 Feb", "we'd like to hand them out at the front desk from Monday the 17th"
    (a use verb at most eight words before, in the clause: not "volunteers will hand out
    flyers at the market on Saturday", a day of their own; not "I'm away from Monday")."""
    found = []
    for m in dates:
        k = m.start - base
        if k > 2 and words[k - 1] == "the" and words[k - 2] == "from":
            k -= 1  # "from the Monday after"
        if k < 2 or words[k - 1] != "from":
            continue
        for j in range(k - 2, max(-1, k - 10), -1):
            if words[j] in _CLAUSE_BREAKS or words[j] in (".", ";", ":"):
                break
            if words[j] in _PUT_TO_USE:
                found.append((base + k - 1, base + k, _USE_FROM, "from"))
                break
    return found


def _labels_a_day(cues: list[tuple[int, int, Cue, str]], words: list[str], base: int,
                  dates: list[DateMatch]) -> bool:
    """"Concepts: January 15 at 5pm": a label's colon right before a day (not a header's)."""
    starts = {m.start for m in dates}
    return any(text == ":" and end in starts and start > base
               and words[start - base - 1] not in _HEADER_LABELS
               for start, end, _, text in cues)


def _times(tokens: list[Token], words: list[str], base: int, *,
           deadline: bool = False) -> list[tuple[int, int, Cue, str]]:
    """ "at 3pm" / "@ 10:30"-style times: a meeting cue, unless "by" is nearer the date or
    the sentence names a deadline and no meeting (``deadline``)."""
    if deadline:
        return []
    found = []
    for k in range(len(words) - 1):
        if words[k] not in ("at", "@"):
            continue
        following = tokens[k + 1]
        after = words[k + 2] if k + 2 < len(words) else ""
        digit_first = following.text[:1].isdigit()
        if (
            (digit_first and ":" in following.text)
            or (following.like_num and after in _TIME_SUFFIXES)
            or (digit_first and words[k + 1][-2:] in ("am", "pm"))
            or words[k + 1] == "noon"
            or _bare_hour(words, k)
        ):
            found.append((base + k, base + k + 2, _AT_TIME, AT_TIME))
    return found


_WEEKDAY_WORDS = frozenset(WEEKDAYS) | {"today", "tomorrow", "tmrw"}

#: A span of hours right after a day: "Friday, December 18, 2026 3:00 PM-4:00 PM", "Dec 18 ⋅
#: 3pm – 4pm", "18 Dec, 15:00-16:00": the slot of a meeting (an invitation's "When:"), not a
#: deadline. "Dec 18-20" (days) is no span of hours: one side needs am/pm or minutes.
_HOURS = r"\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\.?)"
_SLOT_AFTER = re.compile(
    rf"[\s,⋅·|@(]*(?:at\s+|from\s+)?(?:(?:\d{{1,2}}(?::\d\d)?\s?(?:[ap]\.?m\.?)?|noon)\s?"
    rf"(?:-|–|—|to|until)\s?{_HOURS}|\d{{1,2}}:\d\d\s?(?:-|–|—|to|until)\s?\d{{1,2}}:\d\d)",
    re.IGNORECASE)


def _slots(sent: Span, dates: list[DateMatch], cues: list[tuple[int, int, Cue, str]],
           names_a_deadline: bool) -> set[int]:
    """The dates followed by a span of hours (an invitation's slot, "Can we do Dec 18,
    15:00-16:00?"): meetings, unless the sentence names a deadline or is about an event,
    whose hours these are ("the open house is Dec 18, 4-7pm")."""
    if names_a_deadline or any(cue.kind == "event" for _, _, cue, _ in cues):
        return set()
    doc, found = sent.doc, set()
    text = sent.text  # (``doc.text`` is built anew on every read: a long mail's whole text)
    for i, match in enumerate(dates):
        if match.end >= sent.end:
            continue
        after = doc[match.end - 1].idx + len(doc[match.end - 1].text) - sent.start_char
        if _SLOT_AFTER.match(text, after, min(len(text), after + 40)):
            found.add(i)
    return found


def _bare_hour(words: list[str], k: int) -> bool:
    """"on Tuesday at 10.", "Dec 8 at 2": an hour without am/pm right after a day, the
    sentence ending or going on ("at 10 and ..."): not "at 10 pages" nor "at 10%"."""
    hour = words[k + 1]
    if not (hour.isdigit() and 1 <= int(hour) <= 12) or k == 0:
        return False
    after = words[k + 2] if k + 2 < len(words) else ""
    before = words[k - 1]
    after_a_day = before in _WEEKDAY_WORDS or before[:1].isdigit()
    return after_a_day and after in ("", ".", ",", "!", "?", ";", "-", "–", "—", "and", "or", "to",
                                     "for", "with", "if", "so", "then", "sharp", "ish")


#: Nouns of work product: a meeting word before one of them names the work ("the webinar
#: landing page", "the demo video"), not a meeting.
_DELIVERABLES = frozenset(str.split(
    "page pages landing deck slides invite invites invitation email emails promo banner "
    "banners ad ads video videos recording series campaign flyer flyers poster posters "
    "post posts graphics creative assets copy script kit "
    # "the final files for the holiday packaging by Aug 16": the work, not a day off
    "packaging package packages pack packs label labels card cards mailer mailers catalog "
    "catalogue brochure brochures signage display displays window windows"))


#: What "our new" may name that opens or launches, not a person who starts ("our new store
#: opening at Pune on 15th January"; "our new hire starts March 15" keeps its cue).
_NEW_PLACES = frozenset(str.split(
    "store stores shop shops location locations branch branches showroom restaurant cafe café "
    "clinic studio gym salon hotel venue flagship outlet outlets website site app product "
    "products menu collection range line season plant factory warehouse facility campus "
    "building taproom bakery boutique market"))


def _a_new_place(cue: tuple[int, int, Cue, str], words: list[str], base: int) -> bool:
    _start, end, _found, text = cue
    return text == "our new" and end - base < len(words) and words[end - base] in _NEW_PLACES


def _names_a_deliverable(cue: tuple[int, int, Cue, str], words: list[str], base: int) -> bool:
    _start, end, found, text = cue
    if found.kind != "meeting" or end - base >= len(words):
        return False
    after = words[end - base]
    # "the final files for the holiday packaging", "ready for the holiday party": "holiday"
    # names which work or which event, not a day off
    return after in _DELIVERABLES or (text == "for the holiday" and after in _HOLIDAY_THINGS)


_HOLIDAY_THINGS = frozenset(str.split(
    "party parties season sale sales campaign rush menu event events market fair edition "
    "issue weekend"))


def _what_the_work_comes_before(cue: tuple[int, int, Cue, str], words: list[str],
                                base: int) -> bool:
    """A meeting the work must reach first ("send the proofs over ahead of our board meeting
    on the 15th", "before the review call on the 9th"): its day is where a deadline counts
    back from, not a meeting to keep."""
    start, _end, found, text = cue
    if found.kind != "meeting" or text not in _MET_AT:
        return False
    before = words[max(0, start - base - 4) : start - base]
    if not ("before" in before or "prior" in before or ("ahead" in before and "of" in before)):
        return False
    # ... when work is handed over first (not "coffee is a must before our call tomorrow")
    return bool(_HANDED_FIRST.intersection(words[: start - base]))


_HANDED_FIRST = frozenset(str.split(
    "send sent get have share deliver submit circulate need needs ready proofs proof files "
    "deck draft drafts copy slides"))


_MET_AT = frozenset(("meeting", "meetings", "call", "review", "presentation", "pitch"))


# The writer promising their own part: "I'll send the logo files on Monday", "you'll have
# our feedback by Friday". Not "we'll need the files by Friday", "we will launch on ...",
# nor "you'll get the files to the printer by Friday" (the agency's part).
# A colleague of the writer's, named before ("our founder would like a letter on page 2. She
# will send the text by Friday"), promises a part too.
_PROMISERS = frozenset(("i'll", "we'll", "i", "we", "you'll", "you", "she", "he", "she'll",
                        "he'll"))
# Replying is the writer's own part whoever is named: "(I) will come back to you tomorrow".
_REPLYING = frozenset(("come", "get", "revert", "reply", "respond", "circle"))
_PROMISED = frozenset(str.split(
    "send sending get have share deliver forward confirm provide approve review supply "
    "return upload pass circulate update finish prepare sign collect gather write come "
    "revert reply respond circle mail post pick bring"))


#: What "I" hands over in a learner's present tense ("I send it tomorrow"); not "we send",
#: which is as often the client's mailing going out ("we send the newsletter Thursday").
_SENT_BY_HAND = frozenset(("send", "forward", "share", "mail", "upload", "give", "deliver"))


# The writer's own part in French, German and Spanish: "je vous confirme d'ici lundi", "dann
# kann ich Ihnen bis Montag Bescheid geben", "le confirmo el lunes".
_ABROAD_PROMISES = (
    ("je", "vous", "confirme"), ("je", "vous", "confirmerai"), ("je", "vous", "enverrai"),
    ("je", "vous", "envoie"), ("je", "vous", "dirai"), ("nous", "vous", "enverrons"),
    ("nous", "vous", "confirmerons"), ("ich", "ihnen"), ("wir", "ihnen"), ("ich", "dir"),
    ("le", "confirmo"), ("le", "confirmaré"), ("le", "enviaré"), ("les", "enviaremos"),
    ("les", "confirmaremos"), ("te", "confirmo"), ("te", "envío"),
)
_GERMAN_PROMISED = frozenset(("bescheid", "melde", "melden", "schicke", "schicken", "sende",
                              "senden", "geben", "zukommen"))


def _promised_abroad(words: list[str], clauses: list[int], clause: int) -> bool:
    """Whether the date's clause is the writer promising their own part, in French, German or
    Spanish (the English forms are :func:`_promised`'s)."""
    own = [w for w, c in zip(words, clauses, strict=False) if c == clause]
    for k in range(len(own) - 1):
        pair, three = tuple(own[k : k + 2]), tuple(own[k : k + 3])
        if pair in _ABROAD_PROMISES or three in _ABROAD_PROMISES:
            return pair[0] not in ("ich", "wir") or bool(_GERMAN_PROMISED & set(own[k:]))
    return False


def _promised(words: list[str], at: int, clauses: list[int], clause: int) -> bool:
    """Whether the date at word ``at`` is when the writer promises their own part."""
    for k in range(at - 2, max(-1, at - 10), -1):  # "our aim is to have the files to you by"
        if clauses[k] != clause:
            break
        if words[k] in ("to", "with") and words[k + 1] == "you" and (
                _PROMISED | {"be"}) & set(words[max(0, k - 6) : k]):
            return True
    for k in range(at - 1, -1, -1):
        if clauses[k] != clause:
            return False
        if words[k] == "go" and words[k + 1 : k + 4] == ["back", "to", "you"]:
            return True  # "I'll go back to you tomorrow": an answer, the writer's
        if words[k] == "expect" and k + 1 < len(words) and words[k + 1] in ("our", "my"):
            return True  # "expect our comments by end of day tomorrow"
        if words[k] not in _PROMISED or (k + 1 < len(words) and words[k + 1] == "-"):
            continue  # (not a noun's first half: "the landlord's sign-off by Wednesday")
        before = words[max(0, k - 3) : k]
        if words[k] in _REPLYING and ("will" in before or "'ll" in before) and (
                k + 1 < len(words) and words[k + 1] in ("back", "to")):
            return True  # "will come back to you tomorrow", "will revert to you by Friday"
        if before[-1:] in (["will"], ["'ll"]) and "our" in words[max(0, k - 5) : k]:
            return True  # "our legal team will review it by the 10th": the client's side
        subject = next((w for w in reversed(before) if w in _PROMISERS), None)
        if subject is None and before[-1:] == ["will"] and (
                k < 2 or words[k - 2] in (",", ".", ";", "and")):
            return True  # "..., will confirm next week": the writer's, subject dropped
        if subject is None or any(w in ("n't", "not", "never") for w in before):
            return False
        if subject in ("you'll", "you"):  # "you'll have our feedback", not "you'll send us"
            ours = k + 1 < len(words) and words[k + 1] in ("our", "my")
            return words[k] in ("have", "get") and ours and (
                "will" in before or "'ll" in before or subject == "you'll")
        if before[-1:] == ["i"] and words[k] in _SENT_BY_HAND:
            return True  # a learner's present for the future: "I send it tomorrow"
        # "I'll send", "we will share"; "I wanted to get a summary out before the weekend"
        return subject in ("i'll", "we'll") or "will" in before or "'ll" in before or (
            subject in ("i", "we") and ("wanted" in before or "meant" in before))
    return False


def _spaced_dash(tokens: list[Token], k: int) -> bool:
    """A hyphen typed as a dash, with a space on each side ("by Feb 28 - the show opens")."""
    return tokens[k].text == "-" and k > 0 and bool(tokens[k - 1].whitespace_) \
        and bool(tokens[k].whitespace_)


def judge(sent: Span, dates: list[DateMatch]) -> list[Verdict]:
    """One verdict per date in ``dates`` (all in ``sent``), from the cues in the sentence."""
    tokens = list(sent)
    words = [t.lower_ for t in tokens]
    base = sent.start
    inside = {i for m in dates for i in range(m.start, m.end)}
    hours = _hours_after(words, base, dates)
    # prefix[k]: tokens before sent[k] that count for distance (not punctuation, not a date
    # nor the hour said right after it: "January 11, 17:00 CET" is as near as "January 11")
    prefix = [0]
    clauses, clause = [], 0
    reasons = set()  # clauses that give a reason: "... because the bottling is on 1st March"
    clause_start = 0
    for k, token in enumerate(tokens):
        in_date = base + k in inside
        prefix.append(prefix[-1] + (0 if in_date or token.is_punct or base + k in hours
                                    else 1))
        # a dash typed as a spaced hyphen after a clause: "... by February 28 - the show opens
        # March 2" (not a label's: "Webinar - Feb 9")
        dash = _spaced_dash(tokens, k) and k - clause_start > 4
        if not in_date and (words[k] in _CLAUSE_BREAKS or dash or _as_a_reason(words, k)):
            clause += 1
            clause_start = k
            if words[k] in ("because", "as"):
                reasons.add(clause)
        clauses.append(clause)
    cues = [c for c in _find_cues(words, base, inside) if not _names_a_deliverable(c, words, base)
            and not _to_be_done(c, words, base) and not _a_new_place(c, words, base)
            and not _what_the_work_comes_before(c, words, base)
            and not (c[3] == "say" and words[c[0] - base - 1 : c[0] - base] != [","])]
    # ("say" offers a day only after a comma: "a few days earlier, say December 5"; not "they
    # say Monday is fine for the call")
    cues += _dash_labels(tokens, base, dates, inside)
    cues += _entry_cues(tokens, words, base, dates)
    cues += _in_use_from(words, base, dates)
    # A sentence that names a deadline or labels a day, and no meeting: its clock times are
    # the hours of its days.
    worded = _names_a_deadline(cues)
    hours_of_days = not any(cue.kind == "meeting" for _, _, cue, _ in cues) and (
        worded or _labels_a_day(cues, words, base, dates))
    candidates = sorted(cues + _times(tokens, words, base, deadline=hours_of_days),
                        key=lambda c: (c[0], c[1], c[3]))  # (two cues may share a word)
    starts = [c[0] for c in candidates]
    payments = [base + k for k, w in enumerate(words) if w in _PAYMENT
                and not (w == "paid" and k + 1 < len(words) and words[k + 1] in _PAID_MEDIA)
                and not (w in _TOPICS_TOO and k + 1 < len(words) and words[k + 1] in _TOPICS)]
    verdicts = []
    dated = {clauses[m.start - base] for m in dates}  # clauses that name a day of their own
    for target in dates:
        own_clause = clauses[target.start - base]
        best: tuple[float, str, str, int] | None = None
        # Only cues within REACH tokens can score: the work stays linear in a long sentence.
        low = bisect_left(starts, target.start - REACH)
        high = bisect_right(starts, target.end + REACH)
        spanned = _a_span_of_days(tokens, base, target)
        for start, end, cue, text in candidates[low:high]:
            if spanned and text == ":":
                continue  # "Planogram reset: May 17-19": a label's span of days, no deadline
            if end <= target.start:
                if cue.side == AFTER:
                    continue
                distance = prefix[target.start - base] - prefix[end - base]
                edge = end - 1
            elif start >= target.end:
                if cue.side == BEFORE:
                    continue
                distance = prefix[start - base] - prefix[target.end - base]
                edge = start
            else:
                continue
            score = cue.weight - DISTANCE_COST * distance
            if clauses[edge - base] != own_clause:
                if own_clause in reasons:
                    continue  # the reason's day is not the deadline the sentence names
                if start >= target.end and clauses[edge - base] in dated:
                    continue  # "we're doing one on October 14, and we'll need the invitations
                    # mailed by September 22": a later clause's cue speaks for its own day
                    # (an earlier one carries on down a list: "the banners by December 7, the
                    # video December 14")
                score -= OUTSIDE_CLAUSE_COST
            if best is None or score > best[0] + 1e-9:
                best = (score, cue.kind, text, start)
        if best is None or best[0] < MIN_SCORE:
            verdicts.append(Verdict("neutral", 0.5))
        else:
            score, kind, text, at = best
            near = bisect_right(payments, target.end + REACH) - bisect_left(
                payments, target.start - REACH
            )
            if kind == "due" and near:  # "invoices are due within 30 days"
                kind = "payment"
            elif kind == "due" and (_promised(words, target.start - base, clauses, own_clause)
                                    or _promised_abroad(words, clauses, own_clause)):
                kind = "owed"  # "I'll send the logo files on Monday": the client's to do
            elif kind == "due" and (_THEIR_OWN.intersection(words)
                                    or _THEIR_PEOPLES_TASK.search(" ".join(words))):
                kind = "owed"  # "our office manager is redoing the price sheet herself", "all
                # our staff have to complete the brand training by August 31"
            elif kind == "due" and _they_learn(words, at - base):
                kind = "owed"  # "(we) should know by Thursday": the client's own answer
            elif kind == "due" and text in ("until", "till") and _NEGATIONS.intersection(
                    words[max(0, at - base - 5) : at - base]):
                kind = "blocked"  # "our pricing isn't final until the 21st": not before then
            elif kind == "due" and text in ("until", "till") and _RUNS_UNTIL.intersection(
                    words[max(0, at - base - 8) : at - base]):
                kind = "past"  # "a donor will match every gift until April 30": an offer's end
            elif kind == "due" and text in _RUN_CUES and _the_clients_own_run(
                    words[max(0, at - base - 6) : at - base]):
                kind = "event"  # "the Oktoberfest in our shop runs from 23 September": their
                # days (due only in a mail that names no deadline), not the ads' run
            verdicts.append(Verdict(kind, round(min(0.97, 0.6 + 0.35 * score), 2), text))
    for i in _slots(sent, dates, cues, worded):  # (a label's colon names no deadline)
        verdicts[i] = Verdict("meeting", 0.9, _SLOT)
    return _listed(dates, verdicts, words, base)


_NEGATIONS = frozenset(("not", "n't", "never", "nicht", "pas"))
#: What opens a reason after "as": "... no later than 16/06 as the first session is on the 17th"
_REASON_SUBJECTS = frozenset(("the", "our", "my", "it", "it's", "we", "we're", "they", "that",
                              "this", "there", "he", "she"))
_NOT_A_REASON_BEFORE = frozenset(("as", "such", "same", "soon", "just", "so", "much", "many",
                                  "well", "long", "far", "known", "seen", "used"))


def _as_a_reason(words: list[str], k: int) -> bool:
    """Whether "as" at ``k`` opens a reason ("as the first session is on the 17th"), not a
    comparison or a time ("as soon as", "the same as the", "as of")."""
    return (words[k] == "as" and 0 < k < len(words) - 1 and words[k + 1] in _REASON_SUBJECTS
            and words[k - 1] not in _NOT_A_REASON_BEFORE)
#: The client learning or deciding something by a day: their step, no deadline of the work
_THEY_LEARN = frozenset(("know", "decide", "hear", "learn"))
def _they_learn(words: list[str], cue_at: int) -> bool:
    """"Should know by Thursday", "we'll decide by Friday" (not "let me know by Friday", which
    asks the agency)."""
    for k in range(max(0, cue_at - 3), cue_at):
        if words[k] in _THEY_LEARN:
            return k == 0 or "let" not in words[max(0, k - 2) : k]
    return False


#: What runs until a day and then stops: an offer or a match, no deadline of the work ("the
#: promo is only until August 31")
_RUNS_UNTIL = frozenset(("match", "matches", "matching", "matched", "runs", "lasts", "valid",
                         "promo", "promotion", "discount"))  # not "offer": a learner's quote
#: Words of the client doing the work themselves: their day, not the agency's deadline (not
#: "themselves": "the concepts themselves are due Jan 14").
_THEIR_OWN = frozenset(("herself", "himself", "ourselves", "myself", "in-house"))
#: A run's first day: due for the work's run ("the ad runs from Jan 4"), an event for the
#: client's own ("the sale runs from July 20", "the Oktoberfest in our shop runs from ...").
_RUN_CUES = frozenset(("runs from", "run from", "running from", "runs starting",
                       "running starting"))
_WORK_THAT_RUNS = frozenset(("ads", "ad", "spots", "spot", "posts", "socials", "banners",
                             "campaign", "emails", "promos", "radio", "tv", "billboards",
                             "creative", "flight", "placements"))
_CLIENTS_RUNS = frozenset(("sale", "sales", "offer", "deal", "deals", "fair", "expo", "show",
                           "exhibition", "conference", "festival", "season", "market",
                           "tournament", "event", "events", "exhibit", "clearance"))


def _the_clients_own_run(before: list[str]) -> bool:
    """Whether the words before a run's cue name the client's event or offer, not the work
    ("the fall sale", "the Oktoberfest in our shop", "our festival"), in their clause (not
    "the summer sale socials run from ...": the work named last)."""
    if before and before[-1] in _WORK_THAT_RUNS:
        return False
    clause = before
    for k in range(len(before) - 1, -1, -1):
        if before[k] in _CLAUSE_BREAKS or before[k] in (".", ";", ":"):
            clause = before[k + 1 :]
            break
    return any(w in _CLIENTS_RUNS or (w.endswith("fest") and len(w) > 4) for w in clause)
#: The client's own people's task, or the writer's own day: "all our staff have to complete
#: the brand training by August 31", "everyone must register by the 25th", "my goal for today
#: is to finish the board deck" (not "our staff need the new badges by the 31st": the work).
_THEIR_PEOPLES_TASK = re.compile(
    r"\b(?:staff|employees|everyone|everybody|volunteers|team members|students|parents|"
    r"attendees|guests|members)\s+(?:all\s+)?(?:have|has|must|need|needs|should|will)\s+(?:to\s+)?"
    r"(?:complete|finish|register|attend|submit|sign up|take|enroll|enrol|book|rsvp|do|"
    r"be trained)\b"
    r"|\bmy (?:goal|plan|priority|focus|aim) for (?:today|tonight|tomorrow|this (?:morning|"
    r"afternoon|week))\b")


def _to_be_done(cue: tuple[int, int, Cue, str], words: list[str], base: int) -> bool:
    """A past cue after "be" ("needs to be signed off a week before", "must be approved by
    Friday", "will be sent Monday") tells what is still to happen ("has been sent" is past)."""
    start, end, found, _ = cue
    k = start - base
    # one word, a participle ("be available from the 10th" keeps its cue: a day things open)
    return found.kind == "past" and end - start == 1 and k > 0 and words[k - 1] == "be"


def _listed(dates: list[DateMatch], verdicts: list[Verdict], words: list[str],
            base: int) -> list[Verdict]:
    """A date listed right after a due date shares its verdict ("assets 12/4, radio 12/18")."""
    for i in range(1, len(dates)):
        previous = verdicts[i - 1]
        if verdicts[i].kind != "neutral" or previous.kind != "due":
            continue
        gap = words[dates[i - 1].end - base : dates[i].start - base]
        listed = (len(gap) <= 4 and not _LIST_JOINERS.isdisjoint(gap)
                  and not any(w in _FIRST_WORDS for w in gap))
        after = words[dates[i].end - base] if dates[i].end - base < len(words) else "."
        gapped = _gapped(gap, after)
        if listed or gapped:
            verdicts[i] = Verdict(
                "due", round(previous.confidence - 0.05, 2), "listed with a due date"
            )
    return verdicts


_SAID_LATEST = (["at", "the", "latest"], ["at", "latest"], ["latest"])


def _gapped(gap: list[str], after: str) -> bool:
    """The verb gapped between two days: "the teaser goes out on the 7th and the full
    campaign on the 14th", "the flyers for the 02/04 at the latest, and the roll-up for the
    07/04" ("for" only when the day ends the clause: not "and the banners for the April 7
    event")."""
    for said in _SAID_LATEST:
        if gap[: len(said)] == said:
            gap = gap[len(said):]
            break
    if gap[:1] == [","]:
        gap = gap[1:]
    if gap[-1:] == ["the"] and len(gap) > 1 and gap[-2] == "for":
        gap = gap[:-1]
    if gap[-1:] == ["for"] and after not in (".", ",", ";", "!", "?", "", "and"):
        return False
    middle = gap[1:-1]
    return (gap[:1] == ["and"] and gap[-1:] in (["on"], ["by"], ["for"]) and 3 <= len(gap) <= 7
            and not any(tuple(middle[k : k + len(cue)]) == cue for k, w in enumerate(middle)
                        if w not in _ARTICLES for cue in _FIRST_WORDS.get(w, ())))


def _word_before(sent: Span, position: int, *, skip_the: bool = True) -> str:
    doc = sent.doc
    i = position - 1
    while i >= sent.start and (doc[i].is_space or (skip_the and doc[i].lower_ == "the")):
        i -= 1
    return doc[i].lower_ if i >= sent.start else ""


#: Time zones written after a clock time ("noon ET on May 26", "17:00 CET on ...").
_ZONES = frozenset(str.split("et est edt pt pst pdt ct cst cdt mt mst mdt gmt bst cet cest utc"))
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d\d)?(?:am|pm|h)?|noon|midday|midnight")


def _word_before_the_day(sent: Span, position: int) -> str:
    """The word before a date, past an hour said first: "slip to 5pm on May 26" and "to
    noon ET May 26" -> "to", so a move to a day and hour is read like a move to the day."""
    doc = sent.doc
    word = _word_before(sent, position, skip_the=False)
    i = position - 1
    while i >= sent.start and doc[i].is_space:
        i -= 1
    if word == "on":
        i -= 1
    clock = _clock_before(sent, i)
    if clock is None:
        return word
    before = _word_before(sent, clock, skip_the=False)
    j = clock - 1
    while j >= sent.start and doc[j].is_space:
        j -= 1
    if before in _TO_WORDS and _clock_before(sent, j - 1) is not None:
        return word  # "from 2pm to 4pm on Friday": the hour moves, the day stays
    return before


def _clock_before(sent: Span, i: int) -> int | None:
    """Where a clock time ending at token ``i`` starts ("5 pm", "noon ET", "17:00 CET")."""
    doc = sent.doc
    if i >= sent.start and doc[i].lower_ in _ZONES:
        i -= 1
    if i >= sent.start and doc[i].lower_ in _TIME_SUFFIXES and doc[i].lower_ != "noon":
        i -= 1
    return i if i >= sent.start and _CLOCK.fullmatch(doc[i].lower_) else None


def _words_before(sent: Span, position: int, count: int) -> tuple[str, ...]:
    start = max(sent.start, position - count)
    return tuple(t.lower_ for t in sent.doc[start:position])


def find_moves(sent: Span, dates: list[DateMatch]) -> list[Move]:
    """Date moves in one sentence: which date (by index) replaces which."""
    doc = sent.doc
    verbs = [t.i for t in sent if t.lower_ in MOVE_VERBS]

    def moved(match: DateMatch) -> bool:  # a move verb shortly before the date
        return bisect_right(verbs, match.start) > bisect_left(verbs, match.start - MOVE_REACH)

    old: set[int] = set()
    moves: list[Move] = []
    for i, match in enumerate(dates):
        before = _words_before(sent, match.start, 3)
        if (
            before[-2:] in _INSTEAD_OF or before[-1:] in _INSTEAD_OF
            or before[-3:] in _INSTEAD_OF
            or (before[-1:] in (("not",), ("non",), ("nicht",)) and len(dates) > 1)
            or (_word_before(sent, match.start) == "from" and moved(match))
        ):
            old.add(i)
    for i in sorted(old):
        new = _new_for(sent, dates, i, old)
        moves.append(Move(new, i))
    # "March 3 is now March 10", "March 3 -> March 10"
    for i in range(len(dates) - 1):
        if i in old or i + 1 in old:
            continue
        gap = doc[dates[i].end : dates[i + 1].start]
        words = {t.lower_ for t in gap if not t.is_space}
        if _TOO_LATE.search(gap.text) and _word_before(sent, dates[i + 1].start) in (
                "by", "before"):
            old.add(i)  # "October 12 for first drafts is too late, we need them by the 9th"
            moves.append(Move(i + 1, i))
            continue
        if (
            len(gap) <= 5
            and ("now" in words or words & {"->", "→"})
            and words <= (_NOW_LINKS | _TO_WORDS | {"deadline", "date", "launch", "the", "->", "→"})
        ):
            old.add(i)
            moves.append(Move(i + 1, i))
    # "push the launch to March 10" (no old date given)
    claimed = {m.new for m in moves} | old
    for i, match in enumerate(dates):
        if (
            i not in claimed
            and _word_before_the_day(sent, match.start) in _TO_WORDS
            and moved(match)
        ):
            moves.append(Move(i, None))
    return moves


_TOO_LATE = re.compile(r"\b(?:is|'s|are|would be)\s+(?:way\s+|much\s+|a\s+bit\s+|a\s+little\s+)?"
                       r"too\s+late\b(?!\s+to\b)")


def _new_for(sent: Span, dates: list[DateMatch], old_index: int, old: set[int]) -> int | None:
    """The date that replaces ``dates[old_index]``: "to B" first, else the nearest other date."""
    for j in range(old_index + 1, min(len(dates), old_index + 4)):
        if j not in old and _word_before_the_day(sent, dates[j].start) in _TO_WORDS:
            return j
    near = range(max(0, old_index - 3), min(len(dates), old_index + 4))
    others = [j for j in near if j not in old]
    if not others:
        return None
    return min(others, key=lambda j: abs(j - old_index))


SUBJECT_REACH = 16
#: A move verb counts for dates at most this many tokens after it ("push the launch to ...").
MOVE_REACH = 16
_SUBJECT_ENDS = frozenset(("from", "to", "by", "before", "until", "for", "on"))
_SUBJECT_STOP = frozenset(("please", "we", "i", "you", "can", "could", "would", "will", "'ll"))


def subject_of(sent: Span, dates: list[DateMatch], index: int) -> str | None:
    """What is due, when the sentence says it plainly ("move the launch", "the banners are due")."""
    doc = sent.doc
    target = dates[index]
    first = max(sent.start, target.start - SUBJECT_REACH)
    words = [t.lower_ for t in doc[first : target.start]]
    earlier = [m.start - first for m in dates[:index] if m.start >= first]
    for verb_at in range(len(words) - 1, -1, -1):
        word = words[verb_at]
        if word in MOVE_VERBS or word in ("need", "needs", "send", "deliver", "get"):
            stops = [k for k in range(verb_at + 1, len(words)) if words[k] in _SUBJECT_ENDS]
            if not stops and target.shape.kind == "lead":  # "send the banners | a week before"
                stops = [len(words)]
            if not stops or any(
                start > verb_at and words[start - 1] != "from" for start in earlier
            ):
                return None  # the verb's object belongs to another date ("by May 1, the video ...")
            return _phrase(doc[first + verb_at + 1 : first + stops[0]])
        if word == "due" and verb_at > 0:
            end = verb_at - 1 if words[verb_at - 1] in ("is", "are") else verb_at
            begin = end
            while begin > 0 and words[begin - 1] not in _CLAUSE_BREAKS and end - begin < 5:
                begin -= 1
            return _phrase(doc[first + begin : first + end])
    return None


def _phrase(span: Span) -> str | None:
    tokens = [t for t in span if not t.is_space]
    while tokens and tokens[0].lower_ in _SUBJECT_STOP | {"us", "me", "it", "them"}:
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in ("forward", "back", "up", "out", "over", "in"):
        tokens = tokens[:-1]
    if not tokens or len(tokens) > 6 or any(t.is_punct for t in tokens):
        return None
    if len(tokens) == 1 and tokens[0].lower_ in ("it", "them", "this", "that", "the"):
        return None
    return " ".join(t.text for t in tokens)


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
