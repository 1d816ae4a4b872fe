"""The sixty-third labelled set (1380-1399), written on 2026-12-07 (twenty-fourth session)
before the session changed any rule: the split ``blind26``, scored once against the
session's starting code, never tuned on.

A week (15-19 November 2027) of mail as it comes, not written to exercise any rule: a
pizzeria's phone reply, a hospital foundation's numbered list of asks, an HTML-only Outlook
schedule table from a home builder, a German brewery in German, a Spanish client's English,
a forward of a forward, a venue's rules passed on, a concert program's print date among
event dates, an approval with an invoice question, a "stretch to" budget, an Indian client's
formal English, a credit union's brief, a terse carousel swap, a complaint that only wants
it right, a meeting beside a deadline, a deadline counted from the mail, a Canadian cap and
"before the 10th", a French client's English with a day-first date, a garden centre's
newsletter with its own dates, and a thank-you that closes a job.
"""

from build import Forward, Mail, Person, Quote
from cast import INTAKE, LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

TONY = Person("Tony Russo", "tony@russospizza.com", "America/Chicago")
RENEE = Person("Renée Holt", "rholt@lakeviewfoundation.org", "America/New_York")
KAYLA = Person("Kayla Brandt", "kbrandt@stonebridgehomes.com", "America/Chicago")
JONAS = Person("Jonas Weber", "j.weber@weber-braeu.de", "Europe/Berlin")
MARTA = Person("Marta Gil", "marta.gil@festivalmarea.es", "Europe/Madrid")
TOM = Person("Tom Okafor", "tom@okaforauto.com", "America/New_York")
KAREN = Person("Karen Okafor", "karen@okaforauto.com", "America/New_York")
LEAH = Person("Leah Sandoval", "leah@sandovalevents.com", "America/Denver")
OWEN = Person("Owen Park", "opark@cedarhallorchestra.org", "America/Chicago")
PAM = Person("Pam Whitley", "pam@whitleyinsurance.com", "America/New_York")
CHRIS = Person("Chris Dunn", "chris@dunnlandscaping.com", "America/Denver")
ANIL = Person("Anil Mehta", "anil.mehta@mehtatextiles.co.in", "Asia/Kolkata")
GLORIA = Person("Gloria Banks", "gbanks@firstharborcu.org", "America/New_York")
DEV = Person("Dev Patel", "dev@patelyoga.com", "America/Los_Angeles")
MARCUS = Person("Marcus Lee", "marcus@leeandsonsplumbing.com", "America/Chicago")
IRENE = Person("Irene Walsh", "irene@walshdental.com", "America/New_York")
BRYN = Person("Bryn Foster", "bryn@fosterbikes.com", "America/Los_Angeles")
CLAIRE = Person("Claire Tremblay", "claire@tremblaysucrerie.ca", "America/Toronto")
ELODIE = Person("Élodie Martin", "elodie.martin@maisonmartin.fr", "Europe/Paris")
HANNA = Person("Hanna Berg", "hanna@greenleafgarden.com", "America/Chicago")
ROSS = Person("Ross Keller", "ross@kellerhvac.com", "America/Chicago")

ITEMS = [
    Mail(
        1380, "pizza-phone-number", TONY, SAM, "2027-11-15 07:10", "Re: New menus",
        # (one unwrapped line, as a phone sends it)
        "Looks good. Just change the phone # to 555-0142, old one is disconnected. "
        "Need the menus by thurs\n\nSent from my iPhone",
        style="plain",
        quote=Quote(SAM, "2027-11-12 16:40", """Tony, attached is the final proof of the
takeout menu. Let me know if anything needs to change before we send it to print.

Sam"""),
        labels=dict(due=["2027-11-18"], cr=["change the phone #"]),
    ),
    Mail(
        1381, "foundation-numbered-asks", RENEE, SAM, "2027-11-15 09:30",
        "Re: Winter gala pieces",
        """Hi Sam,

I finally had a chance to go through everything with Diane after the board meeting. Sorry
for the wall of text!

1. Invitations: we'd like them in the mail by December 3. The printer says they need files
a week before that, so can we plan on final art by the 26th?

2. The board asked that every printed piece list our presenting sponsor, Lakeview Health,
above the other sponsors.

3. On the save-the-date, the ballroom photo feels a bit dated - is there something from
last year's gala we could use instead?

4. Budget-wise we have $6,500 for printing and postage combined.

Our goal this year is to raise $400,000 for the new pediatric wing, up from $310,000 last
year, so we really want these to shine.

Let me know if you need anything from us.

Best,
Renée""",
        style="gmail",
        labels=dict(due=["2027-12-03", "2027-11-26"], budgets=[("6500", "USD")],
                    req=["every printed piece list our presenting sponsor"],
                    cr=["the ballroom photo feels a bit dated"],
                    non_budget=[("400000", "USD", "target"), ("310000", "USD", "other")],
                    obj=["raise $400,000"]),
    ),
    Mail(
        1382, "builder-outlook-table", KAYLA, SAM, "2027-11-15 11:00",
        "Parade of Homes - schedule",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here is the schedule for the Parade of Homes pieces we talked about on
Friday. Please confirm you can hit these dates.</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Piece</b></p></td>
<td><p class="MsoNormal"><b>Due to us</b></p></td>
<td><p class="MsoNormal"><b>Budget</b></p></td></tr>
<tr><td><p class="MsoNormal">Yard signs (12)</p></td>
<td><p class="MsoNormal">Nov 29</p></td>
<td><p class="MsoNormal">$1,800</p></td></tr>
<tr><td><p class="MsoNormal">Magazine ad, full page</p></td>
<td><p class="MsoNormal">Dec 6</p></td>
<td><p class="MsoNormal">$2,400</p></td></tr>
<tr><td><p class="MsoNormal">Open house flyers</p></td>
<td><p class="MsoNormal">Dec 8</p></td>
<td><p class="MsoNormal">$650</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">All pieces need the Equal Housing Opportunity logo, per our
broker.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,</p>
<p class="MsoNormal">Kayla Brandt<br>Marketing Coordinator | Stonebridge Homes</p>
</div></body></html>
""",
        labels=dict(due=["2027-11-29", "2027-12-06", "2027-12-08"],
                    budgets=[("1800", "USD"), ("2400", "USD"), ("650", "USD")],
                    req=["need the Equal Housing Opportunity logo"]),
    ),
    Mail(
        1383, "brewery-german-slogan", JONAS, LUCA, "2027-11-15 14:20", "Re: Plakat Winterbock",
        """Hallo Luca,

danke für die Entwürfe, die sind schon sehr nah dran. Könnten Sie bitte den Slogan auf dem
Plakat von „Frisch aus dem Fass“ in „Seit 1887 gebraut“ ändern?

Die Druckdaten brauchen wir bis spätestens 3.12., das Budget für den Druck liegt bei
4.500 €.

Viele Grüße
Jonas Weber""",
        style="apple",
        labels=dict(due=["2027-12-03"], budgets=[("4500", "EUR")],
                    cr=["den Slogan auf dem\nPlakat"], **EU),
    ),
    Mail(
        1384, "festival-spanish-english", MARTA, LUCA, "2027-11-16 09:10", "Re: Video Marea",
        """Hi Luca,

We have seen the video and in general we like it. But we need that the video is more short,
maximum 30 seconds, because is for Instagram. Also is very important that the logo of the
sponsor appears at the end, the contract with them says this.

We need the final version for the 1 of December.

Regards,
Marta""",
        style="gmail",
        labels=dict(due=["2027-12-01"], cr=["need that the video is more short"],
                    req=["very important that the logo of the\nsponsor appears"], **EU),
    ),
    Forward(
        1385, "auto-forward-of-forward", SAM, INTAKE, "2027-11-16 10:40",
        "FYI for the file.\n\nSam",
        Forward(
            0, "auto-client-fwd", TOM, SAM, "2027-11-16 10:05",
            "Sam, see Karen's note below. Can you handle?\n\nTom",
            Mail(
                0, "auto-owner-orig", KAREN, TOM, "2027-11-15 18:30", "Year end sale mailer",
                """Tom,

The mailer has last year's financing offer on it, it should be 1.9% APR for 60 months,
not 2.9%. And it has to land in mailboxes before December 1, the sale starts that day.

Karen""",
                style="outlook",
            ),
            style="gmail",
        ),
        labels=dict(due=["2027-11-30"],
                    cr=["it should be 1.9% APR for 60 months"]),
    ),
    Mail(
        1386, "events-venue-rules", LEAH, SAM, "2027-11-16 11:25", "Signage for the expo",
        """Hi Sam,

Just heard back from the convention center. The venue requires all signage to be mounted on
foam core - nothing can be taped or nailed to the walls. They also don't allow anything
taller than 8 feet in the lobby.

Signs need to be delivered to the loading dock by noon on December 7.

Thanks!
Leah""",
        style="gmail",
        labels=dict(due=["2027-12-07"],
                    req=["venue requires all signage to be mounted on\nfoam core",
                         "don't allow anything\ntaller than 8 feet"]),
    ),
    Mail(
        1387, "orchestra-program-print", OWEN, SAM, "2027-11-16 13:00", "Holiday concerts",
        """Sam,

Quick update on the holiday concerts. Performances are December 10, 11 and 12 at Cedar
Hall, with a family matinee on the 12th. The program book goes to the printer on December
1, so ads and the season insert have to be final by then.

Owen Park
Marketing Manager, Cedar Hall Orchestra""",
        style="outlook",
        labels=dict(due=["2027-12-01"]),
    ),
    Mail(
        1388, "insurance-approval-invoice", PAM, SAM, "2027-11-16 15:45", "Re: Renewal postcard",
        """Approved! Please go ahead with the print run. Could you send the invoice to
accounts@whitleyinsurance.com this time instead of to me?

Thanks,
Pam""",
        style="apple",
        labels=dict(),
    ),
    Mail(
        1389, "landscaping-stretch", CHRIS, SAM, "2027-11-17 08:05", "Spring video",
        """Sam,

Talked it over with my partner. We'd planned on $5,000 for the spring video, but we can
stretch to $6,500 if you can get the drone footage of the big Lakewood job in there.

Chris""",
        style="gmail",
        labels=dict(budgets=[("6500", "USD")], non_budget=[("5000", "USD", "other")]),
    ),
    Mail(
        1390, "textiles-indian-formal", ANIL, LUCA, "2027-11-17 09:40",
        "Re: Diwali catalogue revision",
        """Dear Luca,

Greetings from Surat. Kindly find our comments on the catalogue as below.

The fabric swatches on page 4 and 5 are appearing very dull in colour, kindly correct the
same. Also please ensure the price list is in INR only, our distributors are getting confused
with the USD prices.

Request you to share the revised catalogue positively by 22nd November.

Thanks and regards,
Anil Mehta""",
        style="outlook",
        labels=dict(due=["2027-11-22"],
                    cr=["appearing very dull in colour", "price list is in INR only"],
                    day_first=True, default_currency="INR"),
    ),
    Mail(
        1391, "credit-union-brief", GLORIA, SAM, "2027-11-17 11:00", "Q1 checking campaign",
        """Hi Sam,

Thanks for meeting with us last week. Here's the brief for the Q1 checking campaign, as
promised.

What we want: 400 new checking accounts opened by the end of March, mostly from people
under 35.

We've set aside $35,000 for media and $8,000 for production. Every ad has to carry the NCUA
insurance line, and we can't show any rates without the APY disclosure next to them.

Could you have first concepts to us by December 6?

Gloria Banks
VP Marketing, First Harbor Credit Union""",
        style="gmail",
        labels=dict(due=["2027-12-06"], budgets=[("35000", "USD"), ("8000", "USD")],
                    obj=["400 new checking accounts"],
                    req=["Every ad has to carry the NCUA\ninsurance line"]),
    ),
    Mail(
        1392, "yoga-terse-carousel", DEV, SAM, "2027-11-17 12:15", "Re: IG carousel",
        """pls swap slides 2 and 3 on the carousel. thx""",
        style="plain",
        quote=Quote(SAM, "2027-11-16 17:00", """Dev, the carousel for the December workshop is
ready for your review.

Sam"""),
        labels=dict(cr=["swap slides 2 and 3"]),
    ),
    Mail(
        1393, "plumbing-complaint", MARCUS, SAM, "2027-11-17 14:30", "Re: Van wrap proof",
        """Sam,

Honestly I'm a little frustrated. The photos of the crew are way too dark again, you can't
even see their faces, and my son's name is spelled wrong (it's Jaylen, not Jalen). It has to
be right this time, it's going on six vans.

Marcus""",
        style="gmail",
        labels=dict(cr=["photos of the crew are way too dark"]),
    ),
    Mail(
        1394, "dental-meeting-and-deadline", IRENE, SAM, "2027-11-17 16:00", "January mailer",
        """Hi Sam,

Can we meet Thursday, December 2 at 10 to go over the mailer concepts? I'd like the concepts
in my inbox by the Tuesday before so I have time to look at them.

Irene""",
        style="apple",
        labels=dict(due=["2027-11-30"]),
    ),
    Mail(
        1395, "bikes-relative-deadline", BRYN, SAM, "2027-11-18 10:20", "Winter tune-up promo",
        """Hey Sam,

Could we get the winter tune-up promo live on the site in two weeks? Slow season is coming
and we want the service bays full. Let's keep it under $1,200.

Bryn""",
        style="gmail",
        labels=dict(due=["2027-12-02"], budgets=[("1200", "USD", "cap")],
                    obj=["want the service bays full"]),
    ),
    Mail(
        1396, "maple-canadian-cap", CLAIRE, SAM, "2027-11-18 13:00", "Holiday gift box ad",
        """Hi Sam,

For the gift box ad in the Gazette, we need the final artwork before the 10th, that's their
deadline for the December 18 issue. Please keep it at CAD 3,000 maximum for design and the
placement together.

Also, the French version has to be as big as the English one, it's the law here.

Merci!
Claire""",
        style="outlook",
        labels=dict(due=["2027-12-09"], budgets=[("3000", "CAD", "cap")],
                    req=["French version has to be as big as the English one"],
                    default_currency="CAD"),
    ),
    Mail(
        1397, "maison-french-english", ELODIE, LUCA, "2027-11-18 15:30", "Re: Leaflet Noël",
        """Hello Luca,

Thank you for the leaflet. Can you put the price more big on the first page? It is the most
important information. And we need the final files for the 03/12 at the latest, the printer
is very busy in December.

Best regards,
Élodie""",
        style="gmail",
        labels=dict(due=["2027-12-03"], cr=["put the price more big"], **EU),
    ),
    Mail(
        1398, "garden-newsletter-banner", HANNA, SAM, "2027-11-19 09:00", "Holiday open house",
        """Hi Sam,

Below is what's going in our newsletter this week, so you have the details. Could you make
a web banner for the open house? We'd want it up on the site by Monday the 29th.

---
Greenleaf Holiday Open House - Saturday, December 4, 9am to 4pm
Fresh wreaths from $24.99, poinsettias 3 for $15, and free cider all day.
Our wreath-making workshop on December 11 is already half full - sign up at the register!
---

Hanna""",
        style="gmail",
        labels=dict(due=["2027-11-29"],
                    non_budget=[("24.99", "USD", "price"), ("15", "USD", "price")]),
    ),
    Mail(
        1399, "hvac-thanks-done", ROSS, SAM, "2027-11-19 11:30", "Re: Furnace special",
        """Sam, the furnace special went out Tuesday and the phones have been ringing all week.
Great work. Nothing else needed for now, we'll talk after the holidays about spring.

Ross""",
        style="gmail",
        labels=dict(),
    ),
]
