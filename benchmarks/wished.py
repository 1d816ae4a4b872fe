"""How many of the ways a client wishes a piece were otherwise intake reads as a change.

"Can you make the logo bigger?" is read; the same ask said as a wish or a question about the
piece often is not: "It would be great if the logo was bigger", "I'd like to see the logo
bigger", "Can the button be orange?", a phone's "Need the logo centered". Each frame is
filled with each piece (``benchmarks/made.py``'s) and each state; the figure is how many
read as a change request. Each family has twenty look-alikes said of something that is not
the work (proofs by a day, an invoice, a meeting, the weather, a goal) that must read as no
change.

Written before the first run (2026-12-06, twenty-third session), from a probe of fifty
change requests in clients' voices written that day, of which nine were missed: these four
shapes held five of them. The second lists of pieces, states and frames are held out
(counted, never printed, never tuned on).

Run: .venv/bin/python benchmarks/wished.py [-v]   (-v prints the tuned sentences' misses)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from made import family

# "It would be great if the logo was bigger": a wish in the past subjunctive.
IF_STATES = ("was bigger", "was in bold", "were a bit smaller", "was centered",
             "had a drop shadow", "had a link to the booking page", "stood out more",
             "showed the pool instead of the lobby", "matched the website", "was on the left",
             "used our brand blue", "was easier to read")
IF_FRAMES = ("It would be great if the {p} {s}.", "Would be nice if the {p} {s}.",
             "It would be better if the {p} {s}.")
IF_HELD_STATES = ("was a touch larger", "was in navy", "had a thin white border",
                  "sat lower on the page", "was less busy", "was right aligned",
                  "looked more modern", "were on one line")
IF_HELD_FRAMES = ("It'd be good if the {p} {s}.", "I think it would look better if the {p} {s}.",
                  "Would be ideal if the {p} {s}.")
IF_OTHERS = ("It would be great if the proofs were ready by Friday.",
             "It would be great if the invoice was sent to accounts.",
             "Would be nice if the weather held for the shoot.",
             "It would be great if the campaign brought in 500 new members.",
             "It would be better if the meeting was on Tuesday.",
             "It would be great if the team could join the call.",
             "Would be nice if the printer was faster.",
             "It would be great if the launch went smoothly.",
             "It would be great if sales picked up in March.",
             "It would be nice if the files were in the shared folder.",
             "It would be great if the photographer was free on the 12th.",
             "Would be great if the new store was open by then.",
             "It would be ideal if the kickoff was in person.",
             "It would be helpful if the invoice had the PO number on it.",
             "It would be good if the delivery came before noon.",
             "It would be great if you were at the launch party.",
             "Would be nice if the review was short.",
             "It would be great if the website got more visits.",
             "It'd be lovely if the whole team came to dinner.",
             "It would be great if the logo files were in the shared drive.")

# "I'd like to see the logo bigger": the piece as the client wants to see it.
SEE_STATES = ("bigger", "in bold", "centered", "a bit smaller", "in our brand blue",
              "more prominent", "on the left", "on two lines", "without the border",
              "in all caps")
SEE_FRAMES = ("I'd like to see the {p} {s}.", "Would like to see the {p} {s}.",
              "We'd like to see the {p} {s}.")
SEE_HELD_STATES = ("a touch larger", "in navy", "further down", "less crowded",
                   "right aligned", "in italics", "higher up", "on one line")
SEE_HELD_FRAMES = ("I would love to see the {p} {s}.", "I'd prefer to see the {p} {s}.",
                   "Id like to see the {p} {s} please.")
SEE_OTHERS = ("I'd like to see the proofs before they go to print.",
              "We'd like to see the numbers from last month.",
              "I'd like to see the final version by Friday.",
              "I would like to see more traffic to the site.",
              "We'd like to see the team at the launch.",
              "I'd like to see the invoice itemised.",
              "I'd like to see the photos from the shoot.",
              "Would like to see the draft in person.",
              "We'd like to see the site live before the holidays.",
              "I'd like to see the report on Monday.",
              "I'd like to see the store busier in January.",
              "We'd like to see the new office.",
              "I'd love to see the campaign do well.",
              "I'd like to see the contract first.",
              "I would like to see the budget breakdown.",
              "We'd like to see the samples in person.",
              "I'd like to see the logo options again.",
              "I'd like to see the mockups on a phone.",
              "I'd like to see the proof printed before we sign off.",
              "We'd like to see the ads in context.")

# "Can the button be orange?": the piece asked to be some way.
BE_STATES = ("orange", "left aligned", "centered", "in bold", "on the front", "full width",
             "in all caps", "white", "underlined", "on its own line")
BE_FRAMES = ("Can the {p} be {s}?", "Could the {p} be {s}?", "Can the {p} be {s} please?")
BE_HELD_STATES = ("navy", "right aligned", "in italics", "on the back", "square",
                  "below the photo", "full bleed", "in French")
BE_HELD_FRAMES = ("Could the {p} be {s} instead?", "Is it possible for the {p} to be {s}?",
                  "Would it be possible for the {p} to be {s}?")
BE_OTHERS = ("Can the proofs be ready by Friday?", "Could the invoice be split in two?",
             "Can the meeting be at 3?", "Could the call be on Tuesday instead?",
             "Can the files be sent to Dana?", "Can the delivery be on Monday?",
             "Could the payment be in euros?", "Can the kickoff be in person?",
             "Can the review be short?", "Can the samples be couriered to our office?",
             "Can the boxes be left at reception?",
             "Could the contract be signed electronically?",
             "Can the invoice be in our company name?", "Can the team be there by 9?",
             "Could the photos be shared on Dropbox?", "Can the report be emailed to me?",
             "Could the deposit be paid next month?", "Can the order be picked up on Friday?",
             "Could the lunch be vegetarian?", "Can the logo files be in EPS?")

# A phone's "Need the logo centered": the piece and how it should be, nothing else.
NEED_STATES = ("centered", "bigger", "in bold", "on the left", "on two lines", "in red",
               "a bit smaller", "underlined", "moved up", "in all caps")
NEED_FRAMES = ("Need the {p} {s}.", "Want the {p} {s}.", "We need the {p} {s}.")
NEED_HELD_STATES = ("right aligned", "in navy", "higher up", "on one line", "in italics",
                    "further down", "a touch larger", "cropped tighter")
NEED_HELD_FRAMES = ("Really need the {p} {s}.", "I want the {p} {s} please.",
                    "Need the {p} {s} asap.")
NEED_OTHERS = ("Need the files by Monday.", "Need the invoice sent to accounts.",
               "Want the proofs on my desk by noon.", "We need the logo files in EPS.",
               "Need the samples in the office tomorrow.",
               "We need the contract signed before we start.",
               "Need the report in my inbox by Friday.", "Want the team at the launch.",
               "Need the boxes delivered to the back door.",
               "We need the deposit paid this week.", "Need the photos from the shoot.",
               "I want the campaign live by June.", "Need the keys back on Friday.",
               "We need the invoice in euros.", "Want the figures in a spreadsheet.",
               "Need the order confirmed.", "We need the store busier in January.",
               "Need the proofs printed for the board meeting.", "Need the venue booked.",
               "Want the signage up before the opening.")


# Second batch, written before its rules (same session, from a probe of thirty-five sentences
# in learners' and native voices of which twenty-three were missed).
# "The only change I'd make is the headline": the one change, announced.
ONE_STATES = ("the {p}", "the colour of the {p}", "the size of the {p}",
              "to move the {p} to the top", "to cut the {p}", "to swap the {p}",
              "the font of the {p}", "the {p} on the back")
ONE_FRAMES = ("One thing I'd change is {s}.", "The only change I'd make is {s}.",
              "The one thing I would change is {s}.")
ONE_HELD_STATES = ("the position of the {p}", "to drop the {p}", "to make the {p} bigger",
                   "the wording of the {p}", "the {p} itself")
ONE_HELD_FRAMES = ("My only change would be {s}.", "The only thing I'd tweak is {s}.",
                   "If I changed one thing it would be {s}.")
ONE_OTHERS = ("One thing I'd change is the meeting time.",
              "The only change I'd make is to the invoice address.",
              "The one thing I would change is nothing, it's perfect!",
              "One thing I'd change is our office coffee.",
              "The only change I'd make is to the payment schedule.",
              "One thing I'd change about last year's event is the venue.",
              "The only change I'd make is who comes to the call.",
              "One thing I would change is my own schedule, honestly.",
              "The only change I'd make is to the delivery day.",
              "One thing I'd change is how we book the shoots.",
              "The only change on our side is the billing contact.",
              "One thing I'd change is the parking at the venue.",
              "The only change I'd make is to the contract term.",
              "One thing I would change is the order quantity.",
              "The one thing I'd change is the time of the kickoff.",
              "The only change I'd make to the schedule is Friday.",
              "One thing I'd change is the hotel for the team.",
              "The only change I'd make is the catering menu.",
              "One thing I would change is the date of our review.",
              "The only change in the team is that Dana leaves in May.")

# "I'd rather not have the prices on there": a piece the client would rather leave out.
NOT_STATES = ("have the {p} on there", "show the {p}", "use the {p}", "include the {p}",
              "have the {p} at all")
NOT_FRAMES = ("I'd rather not {s}.", "We'd prefer not to {s}.", "I would rather not {s}.")
NOT_HELD_STATES = ("keep the {p}", "put the {p} on the cover", "feature the {p}")
NOT_HELD_FRAMES = ("Honestly we'd rather not {s}.", "I'd really prefer not to {s}.")
NOT_OTHERS = ("I'd rather not have a call today.", "I'd prefer not to meet on Friday.",
              "We'd rather not pay the deposit upfront.", "I'd rather not have the kids at the "
              "shoot.", "We'd prefer not to use the courier again.", "I would rather not "
              "include Dana on the thread.", "I'd rather not show the proofs to the board yet.",
              "We'd prefer not to share the invoice with the team.", "I'd rather not have "
              "lunch there again.", "I would rather not use Zoom for this.", "We'd rather not "
              "sign the contract until March.", "I'd prefer not to have the meeting at 8am.",
              "I'd rather not keep the old printer.", "We'd prefer not to feature in the "
              "newsletter this month.", "I'd rather not put the order in yet.",
              "I would rather not have the review on a Monday.", "We'd rather not travel for "
              "the kickoff.", "I'd prefer not to use my personal phone.", "I'd rather not "
              "show the samples before they're ready.", "We'd prefer not to include the "
              "interns in the call.")

# A learner's "We want that the text is more short", "we would like that the logo is bigger".
THAT_STATES = ("is bigger", "is more big", "is in bold", "is centered", "is more short",
               "is on the left", "is in red", "is smaller")
THAT_FRAMES = ("We want that the {p} {s}.", "We would like that the {p} {s}.",
               "I prefer that the {p} {s}.")
THAT_HELD_STATES = ("is more visible", "is in blue", "is right aligned", "is more small")
THAT_HELD_FRAMES = ("We wish that the {p} {s}.", "Our director wants that the {p} {s}.")
THAT_OTHERS = ("We want that the invoice is paid by Friday.",
               "We would like that the meeting is on Monday.",
               "I prefer that the files are sent by email.",
               "We want that the team is at the launch.",
               "We would like that the delivery is before noon.",
               "I prefer that the call is short.", "We want that the shoot is indoors.",
               "We would like that the payment is in euros.",
               "I prefer that the proofs are printed.", "We want that the budget is respected.",
               "We would like that the contract is signed this week.",
               "I prefer that the samples are in the office.",
               "We want that the launch is a success.",
               "We would like that the campaign brings more clients.",
               "I prefer that the review is on Tuesday.",
               "We want that the boxes are delivered to the back door.",
               "We would like that the order is confirmed.",
               "I prefer that the kickoff is in person.",
               "We want that the numbers are better than last year.",
               "We would like that the report is in English.")

def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    family("would be great if, ", IF_FRAMES, IF_STATES, IF_HELD_FRAMES, IF_HELD_STATES,
           IF_OTHERS, verbose)
    family("like to see, ", SEE_FRAMES, SEE_STATES, SEE_HELD_FRAMES, SEE_HELD_STATES,
           SEE_OTHERS, verbose)
    family("can it be, ", BE_FRAMES, BE_STATES, BE_HELD_FRAMES, BE_HELD_STATES, BE_OTHERS,
           verbose)
    family("need it so, ", NEED_FRAMES, NEED_STATES, NEED_HELD_FRAMES, NEED_HELD_STATES,
           NEED_OTHERS, verbose)
    family("one change, ", ONE_FRAMES, ONE_STATES, ONE_HELD_FRAMES, ONE_HELD_STATES, ONE_OTHERS,
           verbose)
    family("rather not, ", NOT_FRAMES, NOT_STATES, NOT_HELD_FRAMES, NOT_HELD_STATES, NOT_OTHERS,
           verbose)
    family("want that, ", THAT_FRAMES, THAT_STATES, THAT_HELD_FRAMES, THAT_HELD_STATES,
           THAT_OTHERS, verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
