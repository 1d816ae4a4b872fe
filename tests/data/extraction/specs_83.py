"""The seventy-eighth labelled set (1680-1699), written on 2026-12-07 (twenty-sixth session)
after tune58's rules and before any rule of its own: the split ``tune59``, scored blind first,
then tuned on.

Deadlines and rules, the two fields furthest from their goals on the blind splits, in voices
of the trade: deadlines said relative to the mail ("EOD tomorrow", "a week from Friday",
"end of next week", "in two weeks"), by a holiday, day-first from British and Irish
clients, beside days that are none (a call, an invoice's date, a closure, a launch past);
rules said by corporate, a franchise agreement, a bank's regulator, a hospital's patients'
needs, and sentences with "must" and "have to" that set none (a visitor's errand, a guess,
a deadline). Dates run in the week of 5 June 2028 (a Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

UK = dict(day_first=True, default_currency="GBP")

BANK = Person("Grace Lin", "glin@harborbank.com", "America/New_York")
FRANCHISE = Person("Tony Russo", "tony@russosubs.com", "America/Chicago")
HOSPITAL = Person("Dr. Amal Haddad", "ahaddad@stmaryshospital.org", "America/Chicago")
PUB = Person("Niall Byrne", "niall@byrnesbar.ie", "Europe/Dublin")
SHOP = Person("Hattie Cole", "hattie@colehomewares.co.uk", "Europe/London")
AGENT = Person("Dee Patel", "dee@patelrealty.com", "America/Los_Angeles")
GYM = Person("Marco Diaz", "marco@peakfitness.com", "America/Denver")
BREW = Person("Sven Olsen", "sven@fjordbrewing.com", "America/Chicago")
DENT = Person("Dr. Kate Moore", "kate@mooredental.com", "America/New_York")
TOY = Person("Ali Reza", "ali@rezatoys.com", "America/New_York")
NURSERY = Person("Beth Green", "beth@greenthumbnursery.com", "America/Chicago")

ITEMS = [
    Mail(
        1680, "bank-eod-tomorrow", BANK, SAM, "2028-06-05 11:00", "Re: CD rate ad",
        """Sam, compliance signed off. Can we have the final files EOD tomorrow? Also corporate insists every piece carries the "Member FDIC" line, please double check the web banner.

Grace""",
        style="outlook",
        quote=Quote(SAM, "2028-06-02 15:00", """Grace, the revised CD rate ad is attached.

Sam"""),
        labels=dict(due=["2028-06-06"],
                    req=["corporate insists every piece carries the \"Member FDIC\" line"]),
    ),
    Mail(
        1681, "franchise-no-prices", FRANCHISE, SAM, "2028-06-05 13:30", "Summer window posters",
        """Hi Sam,

We need posters for the summer sub promo in all 12 stores. Per our franchise agreement, no prices on window posters, the prices go on the menu boards only. Posters need to be up by June 19, so the printer should have files a week before.

Tony""",
        style="gmail",
        labels=dict(req=["no prices on window posters"],
                    due=["2028-06-12", "2028-06-19"]),
    ),
    Mail(
        1682, "hospital-font-size", HOSPITAL, SAM, "2028-06-05 16:45", "Re: Cardiac rehab brochure",
        """Dear Sam,

Most of our patients in the program are over 70, so the text has to be 12 pt at least and never white on a light background. I'll be on call all week, but you can reach me by email.

We would like to have the brochures for the open day, a week from Friday.

Dr. Haddad""",
        style="outlook",
        quote=Quote(SAM, "2028-06-02 10:00", """Dear Dr. Haddad, the first draft of the brochure is attached.

Sam"""),
        labels=dict(req=["the text has to be 12 pt at least"],
                    due=["2028-06-16"]),
    ),
    Mail(
        1683, "pub-irish-dayfirst", PUB, SAM, "2028-06-06 10:10", "Summer trad sessions",
        """Hi Sam,

Grand, the poster looks great. We'll need the printed copies no later than 16/06 as the first session is on the 17th. Invoice dated 01/06 is paid by the way.

Cheers,
Niall""",
        style="gmail",
        quote=Quote(SAM, "2028-06-05 14:00", """Niall, final poster attached.

Sam"""),
        labels=dict(due=["2028-06-16"], **UK),
    ),
    Mail(
        1684, "shop-uk-end-of-next-week", SHOP, SAM, "2028-06-05 09:20", "Autumn lookbook",
        """Morning Sam,

Could we have the first layouts by end of next week? The shoot was last Thursday and the photos are on the drive. Everything we print has to be on FSC paper, that's non-negotiable for us.

Best,
Hattie""",
        style="apple",
        labels=dict(due=["2028-06-16"],
                    req=["Everything we print has to be on FSC paper"], **UK),
    ),
    Mail(
        1685, "realtor-call-not-due", AGENT, SAM, "2028-06-06 12:00", "Re: Open house mailers",
        """Sam - can we do a quick call Thursday at 2 about the mailers? I have to leave early on Friday for my daughter's graduation.

Dee""",
        style="gmail",
        quote=Quote(SAM, "2028-06-05 17:00", """Dee, here are the open house mailers.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1686, "gym-two-weeks", GYM, SAM, "2028-06-05 18:30", "Back to school promo",
        """Hey Sam,

We want to run a back to school promo for students. Can you get us concepts in two weeks? We can't use any photos of people lifting without spotters, our insurance doesn't allow it.

Marco""",
        style="gmail",
        labels=dict(due=["2028-06-19"],
                    req=["We can't use any photos of people lifting without spotters"]),
    ),
    Mail(
        1687, "brewery-fathers-day", BREW, SAM, "2028-06-06 09:00", "Father's Day six-pack sleeve",
        """Sam, we'd like a limited sleeve for the six-packs, on shelves by Father's Day. All alcohol ads in our state must include "Please drink responsibly" and no one under 25 can appear in the photos.

Sven""",
        style="gmail",
        labels=dict(due=["2028-06-18"],
                    req=["All alcohol ads in our state must include \"Please drink responsibly\""]),
    ),
    Mail(
        1688, "dentist-guess-must", DENT, SAM, "2028-06-06 14:15", "Re: New patient postcard",
        """Hi Sam, you must be swamped this week! No rush on the postcard, but I'd love it by the 20th latest. We launched the new website on May 2, by the way.

Kate""",
        style="gmail",
        quote=Quote(SAM, "2028-06-05 16:00", """Kate, sorry for the delay on the postcard, it's coming this week.

Sam"""),
        labels=dict(due=["2028-06-20"]),
    ),
    Mail(
        1689, "toys-first-thing-monday", TOY, SAM, "2028-06-07 17:50", "Re: Holiday catalog",
        """Sam, the buyers meet Tuesday morning, so we need the catalog PDF first thing Monday. Please note Amazon doesn't let us show the price in the main image.

Ali""",
        style="outlook",
        quote=Quote(SAM, "2028-06-07 11:00", """Ali, the catalog is nearly done.

Sam"""),
        labels=dict(due=["2028-06-12"],
                    req=["Amazon doesn't let us show the price in the main image"]),
    ),
    Mail(
        1690, "nursery-closed-juneteenth", NURSERY, SAM, "2028-06-07 10:30", "Plant sale flyer",
        """Hi Sam,

Our plant sale runs June 24 to July 2. We're closed June 19 for Juneteenth. Could you send the flyer proof by Wednesday the 14th?

Thanks,
Beth""",
        style="gmail",
        labels=dict(due=["2028-06-14"]),
    ),
    Mail(
        1691, "bank-rules-as-facts", BANK, SAM, "2028-06-07 15:00", "Savings campaign",
        """Sam,

A few things from compliance for the savings campaign: rates are always shown with the APY and the date they were last updated. The word "guaranteed" can't appear anywhere. Disclosures go at the bottom in at least 8 pt.

We'd like to launch July 10.

Grace""",
        style="outlook",
        labels=dict(req=["rates are always shown with the APY",
                         "The word \"guaranteed\" can't appear anywhere",
                         "Disclosures go at the bottom in at least 8 pt"],
                    due=["2028-07-10"]),
    ),
    Mail(
        1692, "pub-thanks-past", PUB, SAM, "2028-06-08 22:40", "Re: Summer trad sessions",
        """Sam, the posters went up on Monday and the first night was packed. Had to turn people away! Thanks a million.

Niall""",
        style="gmail",
        quote=Quote(SAM, "2028-06-05 14:00", """Niall, final poster attached.

Sam"""),
        labels=dict(**UK),
    ),
    Mail(
        1693, "franchise-cob-thursday", FRANCHISE, SAM, "2028-06-06 08:15", "Re: Summer window posters",
        """Sam, printer says they need files COB Thursday.

Tony""",
        style="gmail",
        quote=Quote(SAM, "2028-06-05 16:00", """Tony, got it, we'll start on the posters.

Sam"""),
        labels=dict(due=["2028-06-08"]),
    ),
    Mail(
        1694, "shop-rule-in-reply", SHOP, SAM, "2028-06-08 11:00", "Re: Autumn lookbook",
        """Hi Sam,

One more thing I forgot: our models are never retouched, it's a big part of our brand. Please tell the studio.

Hattie""",
        style="apple",
        quote=Quote(SAM, "2028-06-05 12:00", """Hattie, noted, first layouts by the 16th.

Sam"""),
        labels=dict(req=["our models are never retouched"], **UK),
    ),
    Mail(
        1695, "gym-deadline-said-as-need", GYM, SAM, "2028-06-08 13:00", "Re: Back to school promo",
        """Sam, small change of plan, the schools start earlier this year so we need the concepts by this Friday instead.

Marco""",
        style="gmail",
        quote=Quote(SAM, "2028-06-05 19:00", """Marco, concepts by the 19th then.

Sam"""),
        labels=dict(due=["2028-06-09"], replaced=["2028-06-19"]),
    ),
    Mail(
        1696, "hospital-visitor-errand", HOSPITAL, SAM, "2028-06-08 08:00", "Photo shoot logistics",
        """Dear Sam,

For the shoot on Tuesday, parking is free in lot C. Patients who appear in photos need to sign the consent form first.

Dr. Haddad""",
        style="outlook",
        labels=dict(req=["Patients who appear in photos need to sign the consent form first"],
                    due=["2028-06-13"]),
    ),
    Mail(
        1697, "brew-html-schedule", BREW, SAM, "2028-06-08 16:00", "Fall schedule",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here is what we need for the fall:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Piece</b></p></td><td><p class="MsoNormal"><b>Needed by</b></p></td></tr>
<tr><td><p class="MsoNormal">Oktoberfest tap handles</p></td><td><p class="MsoNormal">Aug 14</p></td></tr>
<tr><td><p class="MsoNormal">Pumpkin ale labels</p></td><td><p class="MsoNormal">Aug 28</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Sven</p>
</div></body></html>""",
        labels=dict(due=["2028-08-14", "2028-08-28"]),
    ),
    Mail(
        1698, "toys-phone-deadline", TOY, SAM, "2028-06-09 07:30", "Re: Holiday catalog",
        """need the gift guide page too, by wed pls

Sent from my iPhone""",
        style="apple",
        quote=Quote(SAM, "2028-06-08 18:00", """Ali, catalog PDF will be with you Monday morning.

Sam"""),
        labels=dict(due=["2028-06-14"], cr=["need the gift guide page too"]),
    ),
    Mail(
        1699, "dentist-rule-from-board", DENT, SAM, "2028-06-09 10:00", "Re: New patient postcard",
        """Sam, the state dental board says we can't offer free cleanings in ads anymore, so the $0 cleaning offer has to come off the postcard.

Kate""",
        style="gmail",
        quote=Quote(SAM, "2028-06-08 12:00", """Kate, the postcard proof is attached.

Sam"""),
        labels=dict(req=["the state dental board says we can't offer free cleanings in ads anymore"],
                    cr=["the $0 cleaning offer has to come off the postcard"]),
    ),
]
