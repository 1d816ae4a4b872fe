"""The twenty-seventh labelled set (840-859), written on 2026-12-06 (fourteenth session) after
blind13 and before any further rule; scored blind first, then tuned on (split ``tune25``;
both scores in docs/performance.md).

Usual American voices asking for things that are no change to the work, beside a few that
are: final files wanted, an invoice sent to accounts, a receipt confirmed, proofs resent, a
colleague copied in, an update on timing, assets handed over, an idea for next year, a
compliment with "maybe next time", a hypothetical, a question about process, a print quote
asked for, a logo's new version handed over with a request, the client's own team's work,
and a few real changes said plainly among them.
"""

from build import Mail, Person, Quote
from cast import SAM

KAYLA = Person("Kayla Ross", "kayla@rossorthodontics.com", "America/Chicago")
BRAD = Person("Brad Young", "brad@youngroofing.com", "America/Denver")
MEGAN = Person("Megan Hale", "megan@halepets.com", "America/New_York")
TROY = Person("Troy Dunn", "troy@dunnfitness.com", "America/Los_Angeles")
LAURA = Person("Laura Kim", "laura@kimdental.com", "America/New_York")
STEVE_B = Person("Steve Boyd", "steve@boydhvac.com", "America/Chicago")
ERIN = Person("Erin Walsh", "erin@walshbakery.com", "America/New_York")
JASON = Person("Jason Lee", "jason@leemotors.com", "America/Los_Angeles")
DANA_R = Person("Dana Reid", "dana@reidlaw.com", "America/New_York")
CODY = Person("Cody Price", "cody@pricebrewing.com", "America/Denver")
ANNA = Person("Anna Wolfe", "anna@wolfeflorals.com", "America/Chicago")
MIKE_T = Person("Mike Torres", "mike@torreslandscape.com", "America/Denver")
JULIE = Person("Julie Grant", "julie@grantboutique.com", "America/New_York")
RYAN = Person("Ryan Cole", "ryan@colecoffee.com", "America/Los_Angeles")
BETH_A = Person("Beth Adams", "beth@adamsvet.com", "America/Chicago")
GREG_H = Person("Greg Hill", "greg@hillhardware.com", "America/Chicago")
AMBER = Person("Amber Fox", "amber@foxyoga.com", "America/New_York")
LUKE = Person("Luke Stone", "luke@stonecabinets.com", "America/Chicago")
RACHEL = Person("Rachel Moore", "rachel@mooreinsurance.com", "America/New_York")
TINA_W = Person("Tina Webb", "tina@webbrealty.com", "America/Denver")

ITEMS = [
    Mail(
        840, "ortho-final-files-wanted", KAYLA, SAM, "2027-01-12 09:00", "Re: final postcard",
        """Looks perfect! Can you send me the final files so I can forward them to the printer?

Kayla""",
        style="gmail",
        quote=Quote(SAM, "2027-01-11 16:00", """Kayla, the final postcard is attached for
approval.

Sam"""),
        labels=dict(),
    ),
    Mail(
        841, "roofing-invoice-to-accounts", BRAD, SAM, "2027-01-12 10:15", "invoice",
        """Sam, please send the December invoice to accounts@youngroofing.com instead of me.
Thanks.

Brad""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        842, "pets-confirm-receipt-and-resend", MEGAN, SAM, "2027-01-12 11:20", "proofs",
        """Hi Sam, could you confirm you got our photos? And can you resend the proofs link, it
says it expired.

Megan""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        843, "fitness-cc-colleague", TROY, SAM, "2027-01-12 13:00", "Re: spring campaign",
        """Please cc Jamie on everything going forward, she's taking over marketing from me next
month.

Troy""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        844, "dental-update-on-timing", LAURA, SAM, "2027-01-13 08:45", "timing?",
        """Hi Sam, can we get an update on timing for the website? Our board is asking.

Laura""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        845, "hvac-assets-handed-over", STEVE_B, SAM, "2027-01-12 15:30", "photos",
        """Attached are the truck photos you asked for. Use whichever ones work best.

Steve""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        846, "bakery-idea-for-next-year", ERIN, SAM, "2027-01-13 10:00", "Re: holiday recap",
        """The holiday campaign did great, thank you! For next year we might want to try video,
but no rush on that.

Erin""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        847, "motors-maybe-next-time", JASON, SAM, "2027-01-12 17:10", "Re: sale ad",
        """Ad looks great, approved. Maybe next time we could use more of the lot in the photo,
but this one is good to go.

Jason""",
        style="gmail",
        quote=Quote(SAM, "2027-01-12 14:00", """Jason, the final sale ad is attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        848, "law-process-question", DANA_R, SAM, "2027-01-12 09:30", "Question",
        """Quick question: if we want to change the headline after approval, how long does that
usually take on your end?

Dana""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        849, "brewing-print-quote", CODY, SAM, "2027-01-13 12:00", "Coasters",
        """Can you get us a quote for 5,000 coasters? Two-sided, full color. We'd want them by
March 1 for the spring release.

Cody""",
        style="gmail",
        labels=dict(due=["2027-03-01"]),
    ),
    Mail(
        850, "florals-new-logo-with-request", ANNA, SAM, "2027-01-12 14:20", "New logo",
        """Hi Sam,

Here's our new logo (attached). Please swap it into the website header and the email
template.

Anna""",
        style="gmail",
        labels=dict(cr=["swap it into the website header"]),
    ),
    Mail(
        851, "landscape-own-team-work", MIKE_T, SAM, "2027-01-12 16:00", "FYI",
        """FYI our office manager is redoing the price sheet herself this week, so no need for you
to touch it.

Mike""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        852, "boutique-plain-changes", JULIE, SAM, "2027-01-13 09:10", "Re: lookbook",
        """Sam, two things on the lookbook: remove the page with the scarves, and make the cover
photo the one with the red coat. Need the final by Jan 22.

Julie""",
        style="gmail",
        quote=Quote(SAM, "2027-01-12 15:00", """Julie, the lookbook draft is attached.

Sam"""),
        labels=dict(due=["2027-01-22"], cr=["remove the page with the scarves"]),
    ),
    Mail(
        853, "coffee-menu-price-change", RYAN, SAM, "2027-01-12 07:40", "menu board",
        """Prices are going up on Feb 1. Can you update the menu board? Latte is $5.25 now, cold
brew $4.75.

Ryan""",
        style="gmail",
        labels=dict(cr=["update the menu board"]),
    ),
    Mail(
        854, "vet-hypothetical", BETH_A, SAM, "2027-01-12 12:30", "thinking ahead",
        """If we open the second clinic in the fall, would we need a whole new brand or just a
new sign? Just thinking out loud.

Beth""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        855, "hardware-please-let-me-know", GREG_H, SAM, "2027-01-12 15:50", "Re: flyer",
        """Got it, looks good. Let me know if you need anything else from us.

Greg""",
        style="gmail",
        quote=Quote(SAM, "2027-01-12 11:00", """Greg, the flyer is at the printer.

Sam"""),
        labels=dict(),
    ),
    Mail(
        856, "yoga-change-with-please", AMBER, SAM, "2027-01-13 11:00", "Re: class schedule",
        """Please change the Saturday class to 9am on the schedule graphic, and add the new
instructor's name (Mia). We post it Sunday.

Amber""",
        style="gmail",
        quote=Quote(SAM, "2027-01-12 16:00", """Amber, the schedule graphic is attached.

Sam"""),
        labels=dict(due=["2027-01-17"], cr=["change the Saturday class to 9am"]),
    ),
    Mail(
        857, "cabinets-sample-request", LUKE, SAM, "2027-01-12 10:40", "samples",
        """Could you mail us two printed samples of the brochure? We want to feel the paper
before we sign off.

Luke""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        858, "insurance-meeting-prep", RACHEL, SAM, "2027-01-12 13:30", "Tuesday",
        """For Tuesday's meeting, can you bring printouts of the three concepts? See you at 10.

Rachel""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        859, "realty-sign-rider-change", TINA_W, SAM, "2027-01-13 14:00", "sign riders",
        """The sign riders need to say "Under Contract" instead of "Coming Soon" now. Can you have
new ones by Friday?

Tina""",
        style="gmail",
        labels=dict(due=["2027-01-15"], cr=["\"Under Contract\" instead of \"Coming Soon\""]),
    ),
]
