"""How many of the ways a client suggests a change in passing intake reads as a change.

"Can you make the logo bigger?" is read; a suggestion often is not: "How about a bigger
logo?", "Any chance of moving the logo up?", a phone's list "Logo - bigger.", "Personally I'd
lose the gradient." Each frame is filled with each piece (``benchmarks/made.py``'s) and each
state or action; the figure is how many read as a change request. Each family has look-alikes
said of a meeting, a payment, the weather or a piece approved (twenty, or ten for the last)
that must read as no change.

Written before the first run (2026-12-06, twenty-third session), from a probe of fifty change
requests in clients' voices written that day, of which fifteen were missed: these four shapes
held six of them. The second lists are held out (counted, never printed, never tuned on).
Two more shapes (other takes asked for, a piece taken back to an earlier round) were written
after the first four were read; one of their look-alikes, "can you change the delivery back
to Friday?", was replaced before any rule for them: a delivery's day moved is a change
request by the labelling rules (tests/data/extraction/README.md).

Run: .venv/bin/python benchmarks/suggested.py [-v]   (-v prints the tuned sentences' misses)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from made import family

# "How about a bigger logo?": the piece as it should be, offered as a noun phrase.
ABOUT_STATES = ("bigger", "lighter", "smaller", "bolder", "darker", "simpler", "shorter",
                "warmer", "red", "white")
ABOUT_FRAMES = ("How about a {s} {p}?", "What about a {s} {p}?", "Maybe a {s} {p}?")
ABOUT_HELD_STATES = ("larger", "brighter", "cleaner", "softer", "navy", "black", "thinner",
                     "punchier")
ABOUT_HELD_FRAMES = ("How about maybe a {s} {p}?", "What do you think about a {s} {p}?",
                     "What about trying a {s} {p}?")
ABOUT_OTHERS = ("How about a call on Tuesday?", "What about a quick meeting tomorrow?",
                "How about lunch next week?", "How about a coffee?",
                "What about a 10% discount on the invoice?",
                "How about a bigger team for the launch?", "What about the invoice from March?",
                "What about a longer contract?", "How about a bigger venue?",
                "What about a shorter meeting?", "How about a walk-through at the store?",
                "What about the samples?", "How about a drink after?",
                "What about a bigger order next month?", "How about a new printer?",
                "What about a quicker turnaround next time?", "What about a cheaper supplier?",
                "How about a longer lunch?", "Maybe a quick call later?",
                "Maybe a bigger room for the workshop?")

# "Any chance of moving the logo up?": a change asked as a long shot.
CHANCE_ACTIONS = ("moving the {p} up", "making the {p} bigger", "swapping the {p}",
                  "removing the {p}", "shrinking the {p} a bit", "tweaking the {p}",
                  "changing the {p} to blue", "cropping the {p}", "centering the {p}",
                  "bolding the {p}")
CHANCE_FRAMES = ("Any chance of {s}?", "Is there any chance of {s}?",
                 "Any chance of {s} before Friday?")
CHANCE_HELD_ACTIONS = ("shifting the {p} left", "enlarging the {p}", "dropping the {p}",
                       "recolouring the {p}", "nudging the {p} down", "updating the {p}")
CHANCE_HELD_FRAMES = ("Any possibility of {s}?", "Would there be any chance of {s}?")
CHANCE_OTHERS = ("Any chance of moving the call to Tuesday?",
                 "Any chance of getting the invoice today?",
                 "Is there any chance of rain on Saturday?", "Any chance of meeting before Friday?",
                 "Any chance of a discount?", "Any chance of seeing you at the launch?",
                 "Any chance of getting the files by Friday?",
                 "Is there any chance of moving the meeting?",
                 "Any chance of an update on the invoice?", "Any chance of splitting the invoice?",
                 "Any chance of catching up this week?", "Any chance of a quick call?",
                 "Any chance of getting a parking pass?",
                 "Any chance of sending the contract again?",
                 "Is there any chance of an extension on payment?",
                 "Any chance of the team joining us for dinner?",
                 "Any chance of changing the meeting room?",
                 "Any chance of swapping our call to 3pm?", "Any chance of reaching Dana today?",
                 "Any chance of tickets for the game?")

# A phone's list of notes: "Logo - bigger.", "Headline: shorter."
LABEL_STATES = ("bigger", "smaller", "delete", "remove", "too small", "make bigger", "swap",
                "move up", "bold", "cut")
LABEL_FRAMES = ("{p} - {s}.", "{p}: {s}.", "{p} – {s}")
LABEL_HELD_STATES = ("larger", "lose it", "drop", "shorter", "centre it", "too big", "red",
                     "move left")
LABEL_HELD_FRAMES = ("- {p}: {s}", "{p} -> {s}", "{p} -- {s}.")
LABEL_OTHERS = ("Budget - $5,000.", "Deadline: Friday.", "Meeting - Tuesday at 3.",
                "Invoice: paid.", "Status - approved.", "Logo: approved.", "Headline: love it.",
                "Photos: great.", "Price: $49.", "Contact - Dana Lee.", "Map: looks good.",
                "Background - perfect.", "CTA button: fine as is.", "Location: Denver.",
                "Date: March 3.", "Logo - see attached.", "Headline - no changes.",
                "Print run: 500.", "Sizes: A4 and A5.", "Photo on page 2 - yes, that one.")

# "Personally I'd lose the gradient": the client's own choice, said after a filler.
FILLER_ACTIONS = ("lose", "cut", "drop", "remove", "shrink", "swap")
FILLER_FRAMES = ("Personally I'd {s} the {p}.", "Honestly I'd {s} the {p}.",
                 "To be honest I'd {s} the {p}.")
FILLER_HELD_ACTIONS = ("ditch", "shorten", "enlarge", "tweak")
FILLER_HELD_FRAMES = ("Frankly I'd {s} the {p}.", "If it were me I'd {s} the {p}.",
                      "Tbh I'd {s} the {p}.")
FILLER_OTHERS = ("Personally I'd love to meet the team.", "Honestly I'd be happy with either.",
                 "Personally I'd rather wait for the numbers.",
                 "To be honest I'd need to check with Dana.",
                 "Frankly I'd like to get this done.", "Honestly I'd pay the invoice today.",
                 "Personally I'd go to the launch.", "If it were me I'd call the printer.",
                 "Honestly I'd cut the meeting short.", "Personally I'd drop the call.")


# Second batch, written before its rules (same session, after the first four were read):
# "can you show us some other options for the headline?": other takes on a piece, asked.
OTHER_STATES = ("other options", "alternatives", "different options", "other ideas",
                "alternative versions", "new options")
OTHER_FRAMES = ("Can you show us some {s} for the {p}?",
                "Could we see a couple of {s} for the {p}?", "Any {s} for the {p}?")
OTHER_HELD_STATES = ("other versions", "other takes", "alternate options", "different ideas",
                     "fresh options")
OTHER_HELD_FRAMES = ("Would you be able to send over some {s} for the {p}?",
                     "We'd love to see {s} for the {p}.", "Do you have any {s} for the {p}?")
OTHER_OTHERS = ("Can you show us some other options for the venue?",
                "Could we see a couple of alternatives for the dinner?",
                "Any other options for payment?", "Do you have any other options for shipping?",
                "What other options do we have for the budget?",
                "We looked at other options last year.", "Any alternatives for the meeting time?",
                "Could we see some other options for the hotel?",
                "Please send alternatives for the printer quote.",
                "Any other ideas for the team offsite?",
                "Can you show us some different options for the catering?",
                "Could we see a couple of options for the contract terms?",
                "We'd love to see other options for the office space.",
                "Any new options for the parking?", "Are there other options for the delivery?",
                "We chose the other option for the flights.", "Other options for the kickoff?",
                "Any alternatives for lunch?", "Do you have any other dates for the workshop?",
                "Could we see some other options for the insurance?")

# "Please revert the logo to the previous version": a piece taken back to an earlier round.
BACK_STATES = ("the previous version", "the original", "the first draft", "how it was",
               "the old one", "the last round", "v1")
BACK_FRAMES = ("Please revert the {p} to {s}.", "Can we revert the {p} back to {s}?",
               "Could you change the {p} back to {s}?")
BACK_HELD_STATES = ("the earlier version", "round one", "the version from Monday",
                    "what we had before")
BACK_HELD_FRAMES = ("Let's revert the {p} to {s}.", "Can you please take the {p} back to {s}?",
                    "Pls revert the {p} to {s}")
BACK_OTHERS = ("Please revert by EOD.", "Kindly revert to me with the quote.",
               "Please revert with your comments.",
               "Can you revert the invoice to the old address?",
               "We'll revert to the old schedule after the holidays.",
               "Please revert the payment.", "Revert to me once done.",
               "Could you change the meeting back to Tuesday?",
               "Can we revert the contract to the previous terms?",
               "Let's go back to the office after lunch.",
               "Please revert the booking to the original dates.",
               "Can you change the caterer back to the old one?",
               "Kindly revert the signed copy to us.", "Revert with the revised quote please.",
               "We reverted the website to the old theme last year.",
               "Please undo my unsubscribe.", "Can you undo the calendar invite?",
               "Undo the order for the extra chairs please.",
               "Please revert to Dana on the pricing.", "Can we change the call back to 3pm?")


# Third batch, written before its rules (same session): a flaw named in a piece ("Spelling
# mistake in the headline", "there's a typo on the back of the flyer") and a piece that
# lacks a part, as learners say it ("It lacks the address of our new shop").
FLAW_STATES = ("spelling mistake in the {p}", "there's a typo in the {p}",
               "small typo in the {p}", "grammar mistake in the {p}",
               "there's an error in the {p}", "missing apostrophe in the {p}")
FLAW_FRAMES = ("{s}.", "{s} - \"recieve\".", "Also, {s}.")
FLAW_HELD_STATES = ("spelling error in the {p}", "I spotted a typo in the {p}",
                    "there's a spelling mistake in the {p}", "missing comma in the {p}")
FLAW_HELD_FRAMES = ("Oh and {s}.", "{s}, sorry!")
FLAW_OTHERS = ("There's a typo in your email signature.", "Spelling mistake in my last email, "
               "sorry!", "There's an error in the invoice.", "Small typo in the contract.",
               "Grammar mistake in my message - I meant Tuesday.",
               "There's a mistake in the meeting invite.", "I made a mistake in the PO number.",
               "There's an error on our website we need to fix ourselves.",
               "Missing apostrophe in my text, ignore it.", "Typo in the calendar invite.",
               "There was a typo in the headline but you fixed it already.",
               "Sorry for the typos, I'm on my phone.", "There's an error in the quote total.",
               "My mistake on the dates, the call is Thursday.",
               "There's a typo in the spreadsheet I sent.", "Spelling mistake in the subject "
               "line of my email.", "Small error in the payment terms.",
               "There's an error in the shipping label.", "Grammar mistake in the brief I sent, "
               "no worries.", "Typo in my address above - it's 42 not 24.")
LACK_STATES = ("our new address", "the logo of our partner", "the phone number",
               "the opening hours", "our Instagram handle", "the legal line")
LACK_FRAMES = ("The {p} lacks {s}.", "It lacks {s}.", "The {p} is lacking {s}.")
LACK_HELD_STATES = ("the QR code", "our website address", "the price")
LACK_HELD_FRAMES = ("In the {p} lacks {s}.", "I think the {p} lacks {s}.")
LACK_OTHERS = ("The team lacks time this week.", "It lacks nothing, it's perfect.",
               "Our store lacks parking.", "The venue lacks space for the booth.",
               "The proposal lacks a budget breakdown.", "Our website lacks traffic.",
               "The campaign last year lacked focus.", "The invoice lacks the PO number.",
               "The contract lacks a signature.", "The meeting lacked an agenda.",
               "Our office lacks light.", "The printer lacks paper.",
               "The report lacked detail.", "Our team lacks a designer.",
               "The room lacks chairs.", "The quote lacks the tax.",
               "The market lacks good options.", "Our brand lacks awareness.",
               "The schedule lacks buffer time.", "Our sales team lacks leads.")

# Fourth batch, written before its rule (same session): a change someone else decided,
# passed on ("The team decided to drop the radio spot").
DECIDED_ACTIONS = ("drop", "remove", "swap", "change", "cut", "move", "shorten", "replace")
DECIDED_FRAMES = ("The team decided to {s} the {p}.", "Our board has decided to {s} the {p}.",
                  "The client decided to {s} the {p}.", "Management decided to {s} the {p}.")
DECIDED_HELD_ACTIONS = ("update", "delete", "simplify", "rework")
DECIDED_HELD_FRAMES = ("My boss decided to {s} the {p}.", "Legal has decided to {s} the {p}.")
DECIDED_OTHERS = ("The team decided to meet on Friday.", "Our board decided to cut costs this "
                  "year.", "They decided to go with another agency.", "The client decided to "
                  "pay the invoice early.", "Management decided to move offices.",
                  "The team decided to drop the Friday call.", "Our board decided to change "
                  "the meeting time.", "The owner decided to close the store early on "
                  "Sundays.", "The committee decided to postpone the vote.", "My boss decided "
                  "to take Friday off.", "The team decided to swap desks.", "Legal decided to "
                  "review all contracts.", "The board decided to raise prices in May.",
                  "The client decided to cancel the dinner.", "Our CEO decided to remove "
                  "herself from the thread.", "They decided to shorten the meeting.",
                  "The team decided to change suppliers.", "Management decided to replace "
                  "the old printer.", "The team decided last year to drop the radio spot, "
                  "and it worked.", "HR decided to move the holiday party to the 18th.")

def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    family("how about, ", ABOUT_FRAMES, ABOUT_STATES, ABOUT_HELD_FRAMES, ABOUT_HELD_STATES,
           ABOUT_OTHERS, verbose)
    family("any chance, ", CHANCE_FRAMES, CHANCE_ACTIONS, CHANCE_HELD_FRAMES,
           CHANCE_HELD_ACTIONS, CHANCE_OTHERS, verbose)
    family("noted, ", LABEL_FRAMES, LABEL_STATES, LABEL_HELD_FRAMES, LABEL_HELD_STATES,
           LABEL_OTHERS, verbose)
    family("personally, ", FILLER_FRAMES, FILLER_ACTIONS, FILLER_HELD_FRAMES,
           FILLER_HELD_ACTIONS, FILLER_OTHERS, verbose)
    family("other takes, ", OTHER_FRAMES, OTHER_STATES, OTHER_HELD_FRAMES, OTHER_HELD_STATES,
           OTHER_OTHERS, verbose)
    family("taken back, ", BACK_FRAMES, BACK_STATES, BACK_HELD_FRAMES, BACK_HELD_STATES,
           BACK_OTHERS, verbose)
    family("flaw named, ", FLAW_FRAMES, FLAW_STATES, FLAW_HELD_FRAMES, FLAW_HELD_STATES,
           FLAW_OTHERS, verbose)
    family("lacks, ", LACK_FRAMES, LACK_STATES, LACK_HELD_FRAMES, LACK_HELD_STATES,
           LACK_OTHERS, verbose)
    family("decided, ", DECIDED_FRAMES, DECIDED_ACTIONS, DECIDED_HELD_FRAMES,
           DECIDED_HELD_ACTIONS, DECIDED_OTHERS, verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
