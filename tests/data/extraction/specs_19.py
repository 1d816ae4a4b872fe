"""The fourteenth labelled set (540-559), written on 2026-12-05 (thirteenth session) after the
thirteenth set's rules and before any more were written; scored blind first, then tuned on
(split ``tune14``; both scores in docs/performance.md).

Voices and shapes: the ask in the subject line only, inline answers to the agency's
questions, a writer in capitals, "ASAP"/"urgent", English and French in one mail, purchase
order and invoice numbers beside dates, vague spans ("mid-Feb", "the week of", "Monday
week", "a fortnight"), sums spelled the trade's way ("10 grand", "5-6k", "7,5k€", "£3k +
VAT", "USD 12K"), changes said as taste ("not loving the font", "I'd rather the logo was
on the left", "feels off, maybe something punchier?"), technical rules (file size, ADA),
and goals said as the trade says them ("move 5,000 units", "awareness among Gen Z").
"""

from build import Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

CHLOE = Person("Chloe Martin", "chloe@martinbakes.com", "America/Chicago")
DEAN = Person("Dean Foster", "dean@fosterhardware.com", "America/New_York")
RITA_S = Person("Rita Santos", "rita@santosdental.com", "America/Los_Angeles")
BARRY = Person("Barry Cole", "barry@colemotors.com", "America/Chicago")
ISABELLE = Person("Isabelle Roy", "isabelle.roy@royimmobilier.ca", "America/Toronto")
PAM = Person("Pam Whitaker", "pam.whitaker@whitakerlogistics.com", "America/Chicago")
TARA = Person("Tara Singh", "tara@singhskincare.com", "America/New_York")
ROSS = Person("Ross McKay", "ross@mckaydistillery.co.uk", "Europe/London")
JADE = Person("Jade Turner", "jade@turnerfitness.co.uk", "Europe/London")
KEN = Person("Ken Ito", "ken@itobikes.com", "America/Los_Angeles")
FRANZ = Person("Franz Huber", "f.huber@huber-holz.at", "Europe/Vienna")
MEGAN = Person("Megan Price", "megan@pricepetcare.com", "America/Denver")
OMAR = Person("Omar Haddad", "omar@haddadrugs.com", "America/New_York")
LIZ = Person("Liz Carter", "liz@carterstudio.com", "America/New_York")
ZOE = Person("Zoe Adams", "zoe@adamsapparel.com", "America/Los_Angeles")
HENRIK = Person("Henrik Dahl", "henrik@dahlsko.no", "Europe/Oslo")
GLORIA = Person("Gloria Mendez", "gloria@mendezfoods.com", "America/Chicago")
NOAH = Person("Noah Green", "noah@greenroofsolar.com", "America/Denver")
ABBY_R = Person("Abby Reid", "abby@reidjewelers.com", "America/New_York")
SIMON = Person("Simon Blake", "simon@blakeandco.co.uk", "Europe/London")

IPHONE = "Sent from my iPhone"

ITEMS = [
    Mail(
        540, "bakery-ask-in-subject", CHLOE, SAM, "2026-12-14 08:10",
        "Please resize the holiday banner to 300x600 for the sidebar",
        """Thanks!!

Chloe""",
        style="gmail",
        labels=dict(cr=["resize the holiday banner"]),
    ),
    Mail(
        541, "hardware-inline-answers", DEAN, SAM, "2026-12-15 10:20", "Re: spring flyer questions",
        """Answers below in caps.

> 1. When do you need the printed flyers in store?
BY MARCH 1

> 2. What's the budget for printing?
ABOUT $2,500

> 3. Any must-haves?
THE STORE HOURS AND THE NEW LOCATION MAP HAVE TO BE ON THE BACK

Dean""",
        style="plain",
        labels=dict(due=["2027-03-01"], budgets=[("2500", "USD")],
                    req=["STORE HOURS AND THE NEW LOCATION MAP"]),
    ),
    Mail(
        542, "dental-asap-urgent", RITA_S, SAM, "2026-12-16 07:45", "URGENT - wrong phone number",
        """Sam, the phone number on the mailer is wrong!! Please change it to (415) 555-0199
ASAP, the mailer goes to print tomorrow morning.

Rita""",
        style="gmail",
        labels=dict(due=["2026-12-17"], cr=["change it to (415) 555-0199"]),
    ),
    Mail(
        543, "motors-po-and-invoice-numbers", BARRY, SAM, "2026-12-14 15:30",
        "PO 4501234 / January sale",
        """Hi Sam,

Our PO 4501234 dated 12/14 covers the January sale campaign, $9,800 total. Invoice 2231
from November is still open on our side, accounting will pay it by 12/31.

Radio needs to start airing 1/4, so the final spots are due 12/28.

Barry""",
        style="outlook",
        labels=dict(due=["2027-01-04", "2026-12-28"], budgets=[("9800", "USD")]),
    ),
    Mail(
        544, "realty-english-french", ISABELLE, SAM, "2026-12-15 11:00", "Brochure / brochure",
        """Hi Sam,

The new brochure should be bilingual, English and French. Il faut absolument que le
français soit relu par notre traductrice avant l'impression. We need the files by
January 20.

Merci,
Isabelle""",
        style="outlook",
        labels=dict(due=["2027-01-20"],
                    req=["bilingual, English and French", "relu par notre traductrice"]),
    ),
    Mail(
        545, "logistics-vague-spans", PAM, SAM, "2026-12-15 09:00", "Trade show booth",
        """Hi Sam,

The trade show is mid-February. We'd like to see booth concepts the week of January 11
and final files by Monday week at the latest, so we have a buffer.

Pam""",
        style="gmail",
        labels=dict(due=["2026-12-28"]),
    ),
    Mail(
        546, "skincare-ten-grand", TARA, SAM, "2026-12-16 14:15", "Influencer push",
        """Sam, we've got 10 grand for the influencer push in January, maybe a bit more if the
first wave works. Main thing is awareness among Gen Z, we barely register with them.

Tara""",
        style="gmail",
        labels=dict(budgets=[("10000", "USD")], obj=["awareness among Gen Z"]),
    ),
    Mail(
        547, "distillery-pounds-plus-vat", ROSS, LUCA, "2026-12-14 16:00", "Burns Night",
        """Luca,

For Burns Night we've set aside £3k + VAT for the social posts and a small print run.
Everything needs to be live by 18 January, and please don't use the old thistle logo.

Ross""",
        style="outlook",
        labels=dict(due=["2027-01-18"], budgets=[("3000", "GBP")],
                    req=["don't use the old thistle logo"], **UK),
    ),
    Mail(
        548, "gym-range-k", JADE, LUCA, "2026-12-15 12:30", "New year campaign",
        """Hi Luca,

Budget for the new year campaign is 5-6k. We want to sign up 300 new members by the end of
January. Could we see a first draft within a fortnight?

Jade""",
        style="gmail",
        labels=dict(due=["2026-12-29"], budgets=[("6000", "GBP", "range", "5000")],
                    obj=["300 new members"], **UK),
    ),
    Mail(
        549, "bikes-taste-changes", KEN, SAM, "2026-12-16 17:40", "Re: spring catalog cover",
        """Hey Sam,

Not loving the font on the cover, it feels a bit corporate for us. I'd rather the logo
was on the left too. The headline feels off, maybe something punchier?

Ken""",
        style="gmail",
        quote=Quote(SAM, "2026-12-16 10:00", """Ken, first cover draft attached.

Sam"""),
        labels=dict(cr=["Not loving the font", "rather the logo was on the left",
                        "headline feels off"]),
    ),
    Mail(
        550, "wood-austrian-euro-k", FRANZ, LUCA, "2026-12-14 09:30", "Messestand",
        """Dear Luca,

for the fair stand we have up to 7,5k€ for the graphics. The stand must be ready on the
2nd of March. Please use only FSC-certified materials.

Best regards
Franz Huber""",
        style="outlook",
        labels=dict(due=["2027-03-02"], budgets=[("7500", "EUR", "cap")],
                    req=["only FSC-certified materials"], **EU),
    ),
    Mail(
        551, "petcare-file-size-rules", MEGAN, SAM, "2026-12-15 13:10", "Email banners",
        """Hi Sam,

For the email banners: each file has to be under 150 KB and the emails must be ADA
compliant (alt text, contrast). They go out January 6.

Megan""",
        style="gmail",
        labels=dict(due=["2027-01-06"], req=["under 150 KB"]),
    ),
    Mail(
        552, "rugs-move-units", OMAR, SAM, "2026-12-16 10:10", "Clearance",
        """Sam,

We need to move 5,000 units of the old collection before the new one lands in March.
USD 12K for the clearance campaign. Can you have a plan to me by Friday?

Omar""",
        style="outlook",
        labels=dict(due=["2026-12-18"], budgets=[("12000", "USD")],
                    obj=["move 5,000 units"]),
    ),
    Mail(
        553, "studio-cents-budget", LIZ, SAM, "2026-12-14 11:45", "Re: revised estimate",
        """Sam,

The revised estimate of $12,000.00 works for us, please go ahead. The photos from the shoot
must not be used for anything other than this campaign.

Liz""",
        style="gmail",
        quote=Quote(SAM, "2026-12-11 15:00", """Liz, revised estimate attached.

Sam"""),
        labels=dict(budgets=[("12000", "USD")],
                    req=["must not be used for anything other than this campaign"]),
    ),
    Mail(
        554, "apparel-try-a-version", ZOE, SAM, "2026-12-15 16:30", "Re: lookbook",
        """Looks great! Can we try a version with the models on a white background? And pls
lose the border around the product shots.

Zoe""",
        style="apple",
        quote=Quote(SAM, "2026-12-15 09:30", """Zoe, the lookbook layout is attached.

Sam"""),
        labels=dict(cr=["try a version with the models", "lose the border"]),
    ),
    Mail(
        555, "shoes-norwegian-english", HENRIK, LUCA, "2026-12-16 08:00", "Winter sale",
        """Hello Luca,

We will have winter sale from 2. January. Can you make the banners ready until 28.12.?
Budget is NOK 40 000. The text on all banners must be in Norwegian.

Best regards
Henrik Dahl""",
        style="outlook",
        labels=dict(due=["2026-12-28"], budgets=[("40000", "NOK")],
                    req=["must be in Norwegian"], day_first=True, default_currency="NOK"),
    ),
    Mail(
        556, "foods-recap-no-new-ask", GLORIA, SAM, "2026-12-14 17:00", "Recap of today",
        """Hi Sam,

Thanks for today. Quick recap so we're on the same page: we'll get our feedback on the
storyboard to you by Friday, and we shoot on January 12 as planned. The budget stays at
$40,000.

Gloria""",
        style="gmail",
        labels=dict(due=["2027-01-12"], budgets=[("40000", "USD")]),
    ),
    Mail(
        557, "solar-html-outlook-table-two-rows", NOAH, SAM, "2026-12-15 15:45",
        "Q1 deliverables",
        "",
        style="html",
        html="""<html><body><div class="WordSection1">
<p class="MsoNormal">Sam,</p>
<p class="MsoNormal">Here is what we need in Q1:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Item</b></p></td><td><p class="MsoNormal"><b>Needed by</b></p></td>
<td><p class="MsoNormal"><b>Cost</b></p></td></tr>
<tr><td><p class="MsoNormal">Yard signs (200)</p></td><td><p class="MsoNormal">Feb 1</p></td>
<td><p class="MsoNormal">$1,400</p></td></tr>
<tr><td><p class="MsoNormal">Door hangers</p></td><td><p class="MsoNormal">Feb 15</p></td>
<td><p class="MsoNormal">$900</p></td></tr>
</table>
<p class="MsoNormal">Noah</p>
</div></body></html>
""",
        labels=dict(due=["2027-02-01", "2027-02-15"],
                    budgets=[("1400", "USD"), ("900", "USD")]),
    ),
    Mail(
        558, "jeweler-valentines-eom", ABBY_R, SAM, "2026-12-16 12:00", "Valentine's",
        f"""Valentine's emails need to be scheduled by EOM so we're not scrambling in Jan. Same
look as last year is fine but swap in the new ring photos.

{IPHONE}""",
        style="apple",
        labels=dict(due=["2026-12-31"], cr=["swap in the new ring photos"]),
    ),
    Mail(
        559, "uk-agency-client-early-march", SIMON, LUCA, "2026-12-15 10:40", "Spring push",
        """Luca,

We're aiming to launch the spring push in early March. Ideally we'd double our newsletter
sign-ups off the back of it. Drafts of the key visual before Christmas would be ace.

Simon""",
        style="gmail",
        labels=dict(due=["2026-12-24"], obj=["double our newsletter sign-ups"], **UK),
    ),
]
