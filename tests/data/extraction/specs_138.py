"""The hundred-and-thirty-third labelled set (2800-2815), written on 2026-12-08 (thirty-fifth
session) after tune107's rules, before any rule of its own: the split ``tune108``, scored
blind first, then tuned on.

Mail with its history once more (tune102's and tune104's weakest shape): an approval with one
change, a sister's design notes forwarded with only one endorsed, answers typed under quoted
questions, a budget raised in a long thread, a venue's rules forwarded with the day asked,
a boss's added scope forwarded, a day agreed above a signature full of days, a colleague's
reply-all correction, an attached .eml of a supplier's price list with no ask, a reply that
only thanks above a quoted brief full of facts, a Gmail forward with the real ask in the
middle of the note, a top reply that says "same as last year" under a quoted plan, an
Outlook forward of a client's customer complaint with the ask on top, a one-word reply under
a quoted pair of dates, an Apple Mail reply that moves a quoted deadline, and a reply whose
quote holds its own question about the budget answered with a range. Dates run in the week
of 11 November 2030 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

CAL = Person("Holly Brooks", "holly@brookshardware.com", "America/Chicago")
SISTER_CLIENT = Person("Emma Stone", "emma@stonecandles.com", "America/New_York")
SISTER = Person("Lucy Stone", "lucy.stone.design@gmail.com", "America/New_York")
ANSWERS = Person("Raj Gupta", "raj@guptagrocers.com", "America/Chicago")
RAISED = Person("Dawn Pierce", "dawn@piercemuseum.org", "America/New_York")
VENUE_CLIENT = Person("Tom Reyes", "tom@reyesbrewing.com", "America/Denver")
VENUE = Person("Events Team", "events@milehighhall.com", "America/Denver")
SCOPE = Person("Julie Chan", "julie@chanoptical.com", "America/Los_Angeles")
BOSS = Person("Mark Chan", "mark@chanoptical.com", "America/Los_Angeles")
SIG = Person("Karen Wells", "karen@wellsdental.com", "America/New_York")
REPLYALL = Person("Dev Shah", "dev@shahfurniture.com", "America/Chicago")
PRICES = Person("Nate Cruz", "nate@cruzflowers.com", "America/Los_Angeles")
GROWER = Person("Valley Growers", "sales@valleygrowers.com", "America/Los_Angeles")
THANKS = Person("Ellen Ford", "ellen@fordacademy.org", "America/New_York")
MIDNOTE = Person("Paul Stein", "paul@steinbagels.com", "America/New_York")
SAME = Person("Gary Lowe", "gary@lowetrees.com", "America/Chicago")
COMPLAINT = Person("Anna Berg", "anna@berghotel.com", "America/New_York")
GUEST = Person("Robert Price", "rprice@mailbox.com", "America/New_York")
ONEWORD = Person("Jo Kent", "jo@kentbakery.com", "America/Chicago")
APPLEMOVE = Person("Lily Tran", "lily@tranboutique.com", "America/Los_Angeles")


def _quote(text: str, when: str = "2030-11-08 16:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2800, "hardware-approved-with-one-change", CAL, SAM, "2030-11-11 09:00", "Re: Calendar cover",
        """Approved with one change: the year on the cover should read 2031, not 2030.

Holly""",
        style="gmail",
        quote=_quote("Holly, attached is the calendar cover proof."),
        labels=dict(cr=["the year on the cover should read 2031, not 2030"]),
    ),
    Forward(
        2801, "candles-sisters-notes-one-endorsed", SISTER_CLIENT, SAM, "2030-11-11 09:45",
        "Sam, my sister (she's a designer) had a look, her notes below. I agree with the first one, not sure about the second.\n\nEmma",
        Mail(
            0, "candles-sister", SISTER, SISTER_CLIENT, "2030-11-10 20:30", "Re: label",
            """Em,

1. The logo is too close to the edge of the label.
2. I'd use a lighter grey for the ingredients.

L""",
            style="gmail",
        ),
        style="gmail",
        labels=dict(cr=["The logo is too close to the edge of the label"]),
    ),
    Mail(
        2802, "grocers-answers-under-questions", ANSWERS, SAM, "2030-11-11 10:30", "Re: Thanksgiving ad questions",
        """> Headline option 1 or 2?

2

> Photo: store front or the team?

team, but please use the new team photo from October

> Deadline still Nov 22?

yes

Raj
""",
        style="plain",
        labels=dict(due=["2030-11-22"],
                    cr=["team, but please use the new team photo from October"]),
    ),
    Mail(
        2803, "museum-budget-raised-in-thread", RAISED, SAM, "2030-11-11 11:00", "Re: Re: Re: Winter exhibition campaign",
        """Update: finance approved an extra $2,000, so the total is now $12,000. That should cover the bus shelter posters.

Dawn

On Fri, Nov 8, 2030 at 4:00 PM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
> Dawn, with $10,000 we can do print and social but not the bus shelters.
>
> On Thu, Nov 7, 2030 at 9:12 AM Dawn Pierce <dawn@piercemuseum.org> wrote:
>> Sam, the budget is $10,000 and the exhibition opens December 6.
""",
        style="plain",
        labels=dict(budgets=[("12000", "USD")], non_budget=[("2000", "USD")],
                    cr=["finance approved an extra $2,000, so the total is now $12,000"]),
    ),
    Forward(
        2804, "brewing-venue-rules-forwarded", VENUE_CLIENT, SAM, "2030-11-11 11:40",
        "Sam, see below from the venue - can we get the banners to them by the 20th?\n\nTom",
        Mail(
            0, "brewing-venue", VENUE, VENUE_CLIENT, "2030-11-08 14:00", "Beer festival exhibitor info",
            """Hi Tom,

Banners must be freestanding; nothing can be attached to the walls. Load-in is November 21 from 8am.

Events Team""",
            style="outlook",
        ),
        style="outlook",
        labels=dict(due=["2030-11-20"], req=["Banners must be freestanding"]),
    ),
    Forward(
        2805, "optical-boss-added-scope", SCOPE, SAM, "2030-11-11 12:20",
        "Sam, FYI - see Mark's note. Can you work this in?\n\nJulie",
        Mail(
            0, "optical-boss", BOSS, SCOPE, "2030-11-11 08:00", "Holiday plan",
            """Julie,

Let's add a radio spot to the holiday plan, budget up to $5k for it.

Mark""",
            style="apple",
        ),
        style="gmail",
        labels=dict(cr=["Let's add a radio spot to the holiday plan"],
                    budgets=[("5000", "USD", "cap")]),
    ),
    Mail(
        2806, "dental-day-agreed-signature-days", SIG, SAM, "2030-11-11 13:00", "Re: Proof delivery",
        """Thanks, the 3rd works.

Karen Wells
Office Manager | Wells Family Dental
Office hours: Mon-Fri 9-5 | Closed Nov 28-29 for Thanksgiving""",
        style="gmail",
        quote=_quote("Karen, can we deliver the newsletter proofs on Dec 3?"),
        labels=dict(due=["2030-12-03"]),
    ),
    Mail(
        2807, "furniture-reply-all-correction", REPLYALL, SAM, "2030-11-11 13:45", "Re: Holiday flyer",
        """Adding to Jane's note: the store hours on the flyer are wrong, we close at 8 not 9.

Dev""",
        style="gmail",
        quote=Quote(Person("Jane Shah", "jane@shahfurniture.com", "America/Chicago"), "2030-11-11 10:00",
                    "Sam, the flyer looks great, just make the sale dates bigger.\n\nJane"),
        labels=dict(cr=["the store hours on the flyer are wrong, we close at 8 not 9"]),
    ),
    Forward(
        2808, "flowers-attached-price-list", PRICES, SAM, "2030-11-11 14:30",
        "FYI, the grower's holiday price list. Nothing to do for now.",
        Mail(
            0, "flowers-grower", GROWER, PRICES, "2030-11-10 09:00", "Holiday price list",
            """Dear customer,

Poinsettias $4.50 each until December 10. Wreaths $18. Orders over $500 ship free.

Valley Growers""",
            style="plain",
        ),
        style="rfc822",
        labels=dict(non_budget=[("4.50", "USD"), ("18", "USD"), ("500", "USD")]),
    ),
    Mail(
        2809, "academy-thanks-over-quoted-brief", THANKS, SAM, "2030-11-11 15:10", "Re: Open house brief",
        """Thank you Sam, that's a great summary!

Ellen""",
        style="gmail",
        quote=_quote("""Ellen, to recap the open house brief: the event is January 18, we need the invitations out by December 13, the budget is $6,500 and the goal is 120 families registered."""),
        labels=dict(),
    ),
    Forward(
        2810, "bagels-ask-in-middle-of-note", MIDNOTE, SAM, "2030-11-12 09:00",
        "Sam, forwarding the landlord's email about the new sign. Could you mock up the sign in our colours by Friday? He says the frame is 6 ft wide. Thanks, Paul",
        Mail(
            0, "bagels-landlord", Person("Al Gordon", "al@gordonproperties.com", "America/New_York"), MIDNOTE,
            "2030-11-11 17:00", "Sign",
            """Paul, the new sign frame is up. Let me know when you have the artwork.

Al""",
            style="plain",
        ),
        style="gmail",
        labels=dict(due=["2030-11-15"]),
    ),
    Mail(
        2811, "trees-same-as-last-year", SAME, SAM, "2030-11-12 10:00", "Re: Christmas tree lot ads",
        """Same as last year works for us. Go ahead.

Gary""",
        style="gmail",
        quote=_quote("Gary, for the tree lot, shall we run the same radio and newspaper mix as last year ($3,800)?"),
        labels=dict(),
    ),
    Forward(
        2812, "hotel-guest-complaint-ask-on-top", COMPLAINT, SAM, "2030-11-12 11:00",
        "Sam, see this guest's complaint below. Please take the \"free parking\" line off the website and the brochure, it's no longer true.\n\nAnna",
        Mail(
            0, "hotel-guest", GUEST, COMPLAINT, "2030-11-11 19:00", "Parking charge",
            """Hello,

Your website says free parking but I was charged $25 a night. I would like a refund.

Robert Price""",
            style="plain",
        ),
        style="outlook",
        labels=dict(cr=["Please take the \"free parking\" line off the website and the brochure"],
                    non_budget=[("25", "USD")]),
    ),
    Mail(
        2813, "bakery-one-word-under-two-dates", ONEWORD, SAM, "2030-11-12 12:00", "Re: Cookie box labels",
        """Thursday.

Jo""",
        style="plain",
        quote=_quote("Jo, do you want the cookie box labels Wednesday or Thursday?"),
        labels=dict(due=["2030-11-14"]),
    ),
    Mail(
        2814, "boutique-apple-moves-quoted-deadline", APPLEMOVE, SAM, "2030-11-12 13:00", "Re: Gift guide",
        """Can we make it the 25th instead? I need the weekend to get the product shots.

Lily

Sent from my iPad""",
        style="apple",
        quote=_quote("Lily, we need the product list for the gift guide by the 21st."),
        labels=dict(due=["2030-11-25"], replaced=["2030-11-21"],
                    cr=["Can we make it the 25th instead?"]),
    ),
    Mail(
        2815, "range-answer-under-budget-question", Person("Vic Ramos", "vic@ramosgym.com", "America/Chicago"), SAM,
        "2030-11-12 14:00", "Re: January campaign",
        """somewhere between 8 and 10k

Vic""",
        style="plain",
        quote=_quote("Vic, what budget do you have in mind for the January campaign?"),
        labels=dict(budgets=[("10000", "USD", "range", "8000")]),
    ),
]
