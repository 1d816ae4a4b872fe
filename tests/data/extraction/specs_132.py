"""The hundred-and-twenty-seventh labelled set (2680-2699), written on 2026-12-08 (thirty-fourth
session) after tune101's rules, before any rule of its own: the split ``tune102``, scored
blind first, then tuned on.

Mail that comes with its history: a Gmail forward of an Outlook thread whose deadline is in
the middle message, an attached .eml with a one-line note, a forward of a client's mail by a
colleague who adds an ask of their own, a reply above a quoted schedule that moves one day,
a reply whose quote holds the agency's own dates and prices, a long thread where only the
top answers, an HTML-only Outlook reply, a reply in the middle of a quoted list, a phone
reply to a quoted question about the budget, a forward with "see below" only. Dates run in
the week of 3 June 2030 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

OFFICE = Person("Janet Reid", "janet@reidortho.com", "America/Chicago")
DOCTOR = Person("Dr. Sam Reid", "dr.reid@reidortho.com", "America/Chicago")
PRINTER = Person("Mark Cole", "mark@colepress.com", "America/Chicago")
MANAGER = Person("Alicia Gomez", "alicia@gomezresorts.com", "America/New_York")
OWNER = Person("Pedro Gomez", "pedro@gomezresorts.com", "America/New_York")
SHIFT = Person("Holly Nash", "holly@nashgarden.com", "America/Denver")
QUOTED = Person("Brian Tate", "brian@tateroofing.com", "America/Chicago")
THREAD = Person("Lena Fox", "lena@foxjewelry.com", "America/New_York")
HTMLREPLY = Person("Greg Yates", "gyates@yateslaw.com", "America/New_York")
MIDLIST = Person("Kim Vo", "kim@vonails.com", "America/Los_Angeles")
PHONEBUDGET = Person("Ron Pike", "ron@pikeauto.com", "America/Chicago")
SEEBELOW = Person("Tess Ward", "tess@wardschool.org", "America/New_York")
PRINCIPAL = Person("Dr. Alan Shore", "ashore@wardschool.org", "America/New_York")
EML = Person("Iris Bloom", "iris@bloomflorals.com", "America/Los_Angeles")
SUPPLIER = Person("Dutch Growers", "orders@dutchgrowers.nl", "Europe/Amsterdam")
CC = Person("Frank Lutz", "frank@lutzbrewing.com", "America/Denver")
BOSS = Person("Marta Lutz", "marta@lutzbrewing.com", "America/Denver")
INLINE = Person("Joe Park", "joe@parkhvac.com", "America/Chicago")
BOTTOM = Person("Ursula King", "ursula@kingbooks.co.uk", "Europe/London")
SIGNOFF = Person("Dev Rao", "dev@raofoods.com", "America/New_York")


def _quote(text: str, when: str = "2030-05-31 16:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Forward(
        2680, "ortho-gmail-fwd-of-outlook-thread", OFFICE, SAM, "2030-06-03 09:15",
        "Sam, forwarding the thread with Dr. Reid and the printer. See his note at the bottom.\n\nJanet",
        Forward(
            0, "ortho-doctor-fwd", DOCTOR, OFFICE, "2030-05-31 17:40",
            "Janet - the new patient folders have to be at the printer by June 14 or we miss the open house. Please get the agency on it.\n\nDr. Reid",
            Mail(
                0, "ortho-printer", PRINTER, DOCTOR, "2030-05-31 15:05", "Folder printing",
                """Dr. Reid,

We can print the folders in 5 business days from artwork. Our quote was $2,100 for 1,000.

Mark""",
                style="outlook",
            ),
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2030-06-14"]),
    ),
    Forward(
        2681, "resorts-colleague-adds-ask", MANAGER, SAM, "2030-06-03 10:30",
        "Sam, Pedro's notes below. And from me: can the booking link go to the summer page, not the homepage?\n\nAlicia",
        Mail(
            0, "resorts-owner", OWNER, MANAGER, "2030-06-02 20:10", "Summer email",
            """Alicia,

The summer email needs a photo of the new pool. Also the kids club is free, not $15 a day.

Pedro""",
            style="apple",
        ),
        style="gmail",
        labels=dict(cr=["can the booking link go to the summer page",
                        "The summer email needs a photo of the new pool",
                        "the kids club is free"]),
    ),
    Mail(
        2682, "garden-reply-moves-one-day", SHIFT, SAM, "2030-06-03 11:45", "Re: Summer schedule",
        """Sam, all fine except the newsletter: can it go out on the 20th instead of the 18th? Everything else as below.

Holly""",
        style="gmail",
        quote=_quote("""Holly, here is the summer schedule:
- Newsletter: June 18
- Instagram series: June 10 to June 28
- In-store posters: June 7"""),
        labels=dict(cr=["can it go out on the 20th instead of the 18th"],
                    due=["2030-06-20"], replaced=["2030-06-18"]),
    ),
    Mail(
        2683, "roofing-quote-holds-agency-dates", QUOTED, SAM, "2030-06-03 13:20", "Re: Storm season plan",
        """Sounds good, go ahead.

Brian""",
        style="gmail",
        quote=_quote("""Brian, the plan: radio from June 17, yard signs by June 12, total $9,800. We need your logo files by Wednesday."""),
        labels=dict(),
    ),
    Mail(
        2684, "jewelry-long-thread-top-answer", THREAD, SAM, "2030-06-03 15:00", "Re: Re: Re: Anniversary sale",
        """Let's do the 25% off version. And please add "Ends June 30" under the offer.

Lena

On Fri, May 31, 2030 at 4:00 PM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
> Lena, two versions of the anniversary sale ad: 20% off or 25% off. Which one?
>
> On Thu, May 30, 2030 at 11:12 AM Lena Fox <lena@foxjewelry.com> wrote:
>> Sam, the sale runs June 15 to June 30. Budget for the ads is $4,000. Please make the logo bigger than last year.
""",
        style="plain",
        labels=dict(cr=["please add \"Ends June 30\" under the offer"]),
    ),
    Mail(
        2685, "law-html-only-reply", HTMLREPLY, SAM, "2030-06-04 09:05", "RE: Estate planning seminar flyer",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Sam,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The seminar moved to the Elm Street library, please update the address. RSVP deadline on the flyer should be June 21.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We need the final flyer by this Friday.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Greg Yates | Partner | Yates Law</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Sam Ortiz &lt;sam.ortiz@brightlane.agency&gt;<br><b>Sent:</b> Friday, May 31, 2030 4:00 PM<br><b>To:</b> Greg Yates<br><b>Subject:</b> Estate planning seminar flyer</p>
</div>
<p class="MsoNormal">Greg, the seminar flyer is attached. The printer needs it by June 10.</p>
</div></body></html>""",
        labels=dict(cr=["please update the address", "RSVP deadline on the flyer should be June 21"],
                    due=["2030-06-07"]),
    ),
    Mail(
        2686, "nails-reply-mid-list", MIDLIST, SAM, "2030-06-04 10:40", "Re: Price list",
        """> 1. Manicure $25
ok

> 2. Pedicure $35
should be $40 now

> 3. Gel add-on $10
ok

Kim
""",
        style="plain",
        labels=dict(cr=["should be $40 now"]),
    ),
    Mail(
        2687, "auto-phone-budget-answer", PHONEBUDGET, SAM, "2030-06-04 12:10", "Re: Summer sale",
        """15k

Sent from my iPhone""",
        style="apple",
        quote=_quote("Ron, what budget should we plan the summer sale campaign around?"),
        labels=dict(budgets=[("15000", "USD")]),
    ),
    Forward(
        2688, "school-see-below", SEEBELOW, SAM, "2030-06-04 14:00",
        "See below.",
        Mail(
            0, "school-principal", PRINCIPAL, SEEBELOW, "2030-06-04 11:30", "Open house invitation",
            """Tess,

Please have the agency change the open house time to 6 pm, not 5 pm. The invitations must go out by June 12.

Dr. Shore""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(cr=["change the open house time to 6 pm"], due=["2030-06-12"]),
    ),
    Forward(
        2689, "florals-attached-eml", EML, SAM, "2030-06-05 09:30",
        "FYI, the supplier's dates for the wedding season flowers. Nothing to do yet.",
        Mail(
            0, "florals-supplier", SUPPLIER, EML, "2030-06-04 18:00", "Delivery schedule summer 2030",
            """Dear customer,

Peonies ship until June 20. Orders for July must be placed by June 25. Prices rise 5% from July 1.

Dutch Growers""",
            style="plain",
        ),
        style="rfc822",
        labels=dict(),
    ),
    Mail(
        2690, "brewing-cc-boss-overrides", CC, SAM, "2030-06-05 11:15", "Re: Oktoberfest poster",
        """Sam, Marta wants the date in bigger type, and she says no lederhosen, it's a cliche.

Frank""",
        style="gmail",
        cc=(BOSS,),
        quote=_quote("Frank, the Oktoberfest poster is attached. The print deadline is July 15."),
        labels=dict(cr=["Marta wants the date in bigger type"]),
    ),
    Mail(
        2691, "hvac-inline-answers-two", INLINE, SAM, "2030-06-05 13:40", "Re: AC tune-up mailer",
        """Sam Ortiz wrote:
> 1. Is $69 still the tune-up price?

No, $79 this year.

> 2. Mail date still June 17?

Yes.

Joe
""",
        style="plain",
        labels=dict(cr=["No, $79 this year"], due=["2030-06-17"]),
    ),
    Mail(
        2692, "books-bottom-post", BOTTOM, SAM, "2030-06-05 15:20", "Re: Summer reading display",
        """On 4 Jun 2030, at 17:00, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
> Ursula, the summer reading display mock-ups are attached. We need your sign-off by 10 June to print on time.

Lovely. Could we swap the beach photo for one with a hammock? Sign-off by the 10th is fine.

Ursula
""",
        style="plain",
        labels=dict(cr=["Could we swap the beach photo for one with a hammock"],
                    due=["2030-06-10"], day_first=True, default_currency="GBP"),
    ),
    Mail(
        2693, "foods-signoff-thread", SIGNOFF, SAM, "2030-06-06 10:00", "RE: Packaging round 3",
        """Approved. Please send the files to the printer.

Dev

-----Original Message-----
From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Wednesday, June 5, 2030 5:30 PM
To: Dev Rao <dev@raofoods.com>
Subject: Packaging round 3

Dev, round 3 of the packaging is attached with the new barcode. Once approved we send to the printer, who needs 10 business days.
""",
        style="plain",
        labels=dict(),
    ),
    Mail(
        2694, "resorts-owner-direct-short", OWNER, SAM, "2030-06-06 12:30", "Re: Summer email",
        """Sam - push the summer email to June 12, the pool won't be ready before then.

Pedro""",
        style="apple",
        quote=_quote("Pedro, the summer email is scheduled for June 7.", "2030-06-05 15:00"),
        labels=dict(cr=["push the summer email to June 12"], due=["2030-06-12"],
                    replaced=["2030-06-07"]),
    ),
    Mail(
        2695, "garden-thanks-only", SHIFT, SAM, "2030-06-06 14:00", "Re: Summer schedule",
        """Perfect, thank you! Have a great weekend.

Holly""",
        style="gmail",
        quote=_quote("Holly, the newsletter is now scheduled for June 20 as you asked.", "2030-06-06 11:00"),
        labels=dict(),
    ),
    Mail(
        2696, "law-fine-by-me", HTMLREPLY, SAM, "2030-06-06 16:20", "RE: Seminar ads",
        """Fine by me.

Greg""",
        style="outlook",
        quote=_quote("Greg, the seminar ad drafts are attached, one for Facebook and one for local radio.", "2030-06-06 13:00"),
        labels=dict(),
    ),
    Mail(
        2697, "nails-new-mail-after-thread", MIDLIST, SAM, "2030-06-07 09:00", "Grand opening 2nd location",
        """Hi Sam!

New project: we open our second salon on July 12. We need window posters and an Instagram campaign, budget $3,000. Same pink as the first salon please.

Kim""",
        style="gmail",
        # relabelled after the blind score: the set reads the one day a brief names, the
        # opening, as its due date (due.py: "the show, the shoot, the opening")
        labels=dict(due=["2030-07-12"], budgets=[("3000", "USD")],
                    req=["Same pink as the first salon"]),
    ),
    Mail(
        2698, "auto-reply-to-reply", PHONEBUDGET, SAM, "2030-06-07 11:00", "Re: Summer sale",
        """make the balloons red not blue. rest ok

Sent from my iPhone""",
        style="apple",
        quote=_quote("Ron, here is the summer sale ad with the $15k plan. Ads start June 15.", "2030-06-06 16:00"),
        labels=dict(cr=["make the balloons red not blue"]),
    ),
    Forward(
        2699, "school-fwd-with-own-deadline", SEEBELOW, SAM, "2030-06-07 13:30",
        "Sam, Dr. Shore approved the invitation below. Can you also do a version for the website by next Friday?\n\nTess",
        Mail(
            0, "school-principal-approves", PRINCIPAL, SEEBELOW, "2030-06-07 10:00", "Re: Open house invitation",
            """Approved, thank you.

Dr. Shore""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(cr=["Can you also do a version for the website"], due=["2030-06-14"]),
    ),
]
