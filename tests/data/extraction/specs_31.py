"""The twenty-sixth labelled set (820-839), written on 2026-12-06 (fourteenth session) after
all of that session's rules, and scored once: the blind split ``blind13``, never tuned on.

Voices the session had not written: a realtor's run-on phone mail, a museum's formal British
English, a restaurant owner without punctuation, a founder's messaging swap, a charity's gala
invitation to the agency, a German's calendar week, a Japanese client's revision request, a
quote approved, a supplier's promotion forwarded, a booth that doubled, a budget raised, an
accessibility rule, a goal about weekday mornings, an approval forwarded, a review moved
beside a deliverable, a Spanish client's "for the 15", an Irish "Monday week", a bare
acknowledgement, a Québec client's French and a legal line changed above quoted history.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")
UK = dict(day_first=True, default_currency="GBP")

TINA = Person("Tina Brooks", "tina@brooksrealty.com", "America/New_York")
ELEANOR = Person("Dr Eleanor Finch", "e.finch@harbourmuseum.org.uk", "Europe/London")
RICO = Person("Rico Alvarez", "rico@ricostacos.com", "America/Los_Angeles")
PRIYA_F = Person("Priya Raman", "priya@ledgerly.io", "America/New_York")
HOPE = Person("Hope Foundation", "events@hopefoundation.org", "America/New_York")
KLAUS = Person("Klaus Becker", "k.becker@becker-pumpen.de", "Europe/Berlin")
HARUTO = Person("Haruto Sato", "h.sato@sato-kitchen.jp", "Asia/Tokyo")
GLEN = Person("Glen Moss", "glen@mossplumbing.com", "America/Chicago")
AMY_D = Person("Amy Dale", "amy@dalegarden.com", "America/Chicago")
SUPPLIER = Person("GreenGrow Supplies", "news@greengrow.example", "America/Chicago")
NICK = Person("Nick Rowe", "nick@roweoutdoor.com", "America/Denver")
TARA_B = Person("Tara Boyd", "tara@boydvideo.com", "America/New_York")
ALI = Person("Ali Khan", "ali@khanlearning.com", "America/New_York")
JEN_B = Person("Jen Bell", "jen@bellbooks.com", "America/New_York")
FIONA = Person("Fiona Walsh", "fiona@walshcycles.com", "America/Chicago")
WES = Person("Wes Hunt", "wes@walshcycles.com", "America/Chicago")
OSCAR = Person("Oscar Vidal", "oscar@vidalmuebles.es", "Europe/Madrid")
SIOBHAN = Person("Siobhán Kelly", "siobhan@kellysbakery.ie", "Europe/Dublin")
DEREK_M = Person("Derek Moore", "derek@mooreauto.com", "America/New_York")
GENEVIEVE = Person("Geneviève Tremblay", "genevieve@tremblay-sports.ca", "America/Toronto")
BARB = Person("Barb Lowe", "barb@lowebank.com", "America/Chicago")

ITEMS = [
    Mail(
        820, "realty-run-on-phone", TINA, SAM, "2027-01-11 13:40", "42 oak",
        """hey sam so the listing for 42 oak went live today finally, can u redo the flyer with
the new price its 649k now not 675. open house sun the 17th 1-4 so need flyers by fri latest.
thx""",
        style="gmail",
        labels=dict(due=["2027-01-15"], cr=["redo the flyer with the new price"]),
    ),
    Mail(
        821, "museum-formal-british", ELEANOR, LUCA, "2027-01-11 10:00",
        "Exhibition catalogue",
        """Dear Luca,

Further to our conversation, I write to confirm that the exhibition catalogue must be
delivered to the museum no later than Friday 5 March. The Trustees have approved a budget of
£14,500 (exclusive of VAT). Please ensure that all image credits follow the format "Artist,
Title, Year".

With kind regards,
Dr Eleanor Finch""",
        style="outlook",
        labels=dict(due=["2027-03-05"], budgets=[("14500", "GBP")],
                    req=["image credits follow the format"], **UK),
    ),
    Mail(
        822, "tacos-no-punctuation", RICO, SAM, "2027-01-12 22:15", "Re: menu",
        """menu looks good but the prices on the back r wrong fish tacos r 14 not 12 and add the
vegan bowl at 13 pls""",
        style="gmail",
        quote=Quote(SAM, "2027-01-12 16:00", """Rico, the new menu is attached.

Sam"""),
        labels=dict(cr=["prices on the back r wrong"]),
    ),
    Mail(
        823, "fintech-messaging-swap", PRIYA_F, SAM, "2027-01-12 09:20", "messaging",
        """Quick one: can you swap "AI-powered" for "built for accountants" on the homepage hero
and the three ads? Launch is still Feb 2.

Priya""",
        style="gmail",
        labels=dict(due=["2027-02-02"], cr=["swap \"AI-powered\" for \"built for accountants\""]),
    ),
    Mail(
        824, "charity-gala-invitation", HOPE, SAM, "2027-01-11 12:00",
        "You're invited: Hope Gala 2027",
        "",
        style="html",
        html="""<html><body>
<p>Dear Sam,</p>
<p>You're invited to the Hope Gala on Saturday, March 6 at the Grand Hall. Join us for an
evening of music and giving.</p>
<p>Please RSVP by February 20.</p>
<p>The Hope Foundation events team</p>
</body></html>
""",
        labels=dict(),
    ),
    Mail(
        825, "pumps-german-calendar-week", KLAUS, LUCA, "2027-01-12 08:30", "Trade fair flyer",
        """Hello Luca,

for the trade fair flyer: delivery in KW 6 is fine for us. Budget is 15.000 EUR net. Please
use only our CI colours.

Best regards
Klaus Becker""",
        style="outlook",
        labels=dict(budgets=[("15000", "EUR")], req=["use only our CI colours"], **EU),
    ),
    Mail(
        826, "kitchen-japanese-revision", HARUTO, SAM, "2027-01-12 10:10", "Banner revision",
        """Dear Sam,

We would like to request a revision of the banner. Please make the product image larger and
change the background to white. We need the revised version by the 20th of January (Wed).

Best regards,
Haruto Sato""",
        style="outlook",
        labels=dict(due=["2027-01-20"], cr=["make the product image larger"]),
    ),
    Mail(
        827, "plumbing-quote-approved", GLEN, SAM, "2027-01-11 15:00", "Re: quote",
        """Your quote of $8,750 is approved. Please proceed.

Glen""",
        style="gmail",
        labels=dict(budgets=[("8750", "USD")]),
    ),
    Forward(
        828, "garden-supplier-promo-forwarded", AMY_D, SAM, "2027-01-12 11:00",
        "FYI see below, thought it was interesting.\n\nAmy",
        Mail(
            0, "supplier-promo", SUPPLIER, AMY_D, "2027-01-12 06:00", "Winter sale ends soon!",
            """Winter Sale ends Jan 31! Save 20% on all seed trays and grow lights.

Shop now at greengrow.example""",
            style="html",
        ),
        labels=dict(),
    ),
    Mail(
        829, "outdoor-booth-doubled", NICK, SAM, "2027-01-12 14:30", "Booth",
        """Sam - the trade show booth changed from 10x10 to 10x20, so the backdrop needs to be
twice as wide. Show is Feb 24 in Vegas, need it shipped by Feb 15.

Nick""",
        style="gmail",
        labels=dict(due=["2027-02-15"], cr=["backdrop needs to be twice as wide"]),
    ),
    Mail(
        830, "video-budget-raised", TARA_B, SAM, "2027-01-13 09:00", "video budget",
        """Good news, finance approved more money for the video: the budget is now $20,000.

Tara""",
        style="gmail",
        labels=dict(budgets=[("20000", "USD")]),
    ),
    Mail(
        831, "learning-accessibility-rule", ALI, SAM, "2027-01-11 16:00", "Course site",
        """Hi Sam,

All videos need closed captions and the site has to pass WCAG AA. Go-live March 15.

Ali""",
        style="gmail",
        labels=dict(due=["2027-03-15"], req=["closed captions"]),
    ),
    Mail(
        832, "books-weekday-mornings", JEN_B, SAM, "2027-01-12 12:45", "Story time promo",
        """Hi Sam,

We're trying to get more young families into the store on weekday mornings. Budget around
3k.

Jen""",
        style="gmail",
        labels=dict(budgets=[("3000", "USD")], obj=["more young families"]),
    ),
    Forward(
        833, "cycles-approval-forwarded", FIONA, SAM, "2027-01-12 17:00",
        "Sam, green light below!\n\nFiona",
        Mail(
            0, "cycles-owner", WES, FIONA, "2027-01-12 16:30", "Re: spring campaign",
            """Approved. Let's launch on the 1st of March.

Wes""",
            style="outlook",
        ),
        labels=dict(due=["2027-03-01"]),
    ),
    Mail(
        834, "bank-review-moved-and-deliverable", BARB, SAM, "2027-01-12 08:10", "Thursday",
        """Can we push Thursday's review to Friday? And please send the revised storyboard by
Thursday.

Barb""",
        style="outlook",
        labels=dict(due=["2027-01-14"]),
    ),
    Mail(
        835, "furniture-spanish-for-the-15", OSCAR, SAM, "2027-01-12 11:30", "Catalogue",
        """Hi Sam,

the catalogue we need it for the 15 of February, and please the prices with IVA included.

Oscar""",
        style="gmail",
        labels=dict(due=["2027-02-15"], req=["prices with IVA included"], **EU),
    ),
    Mail(
        836, "bakery-irish-monday-week", SIOBHAN, LUCA, "2027-01-12 10:20", "Re: posters",
        """Grand job on the posters. Could ye make the dates a bit bigger though? They're going up
in the shops Monday week.

Siobhán""",
        style="gmail",
        quote=Quote(LUCA, "2027-01-11 17:00", """Siobhán, the spring posters are attached.

Luca"""),
        labels=dict(due=["2027-01-25"], cr=["make the dates a bit bigger"], **EU),
    ),
    Mail(
        837, "auto-received-will-revert", DEREK_M, SAM, "2027-01-13 08:00", "Re: concepts",
        """Received, thanks. Will review with the team tomorrow and revert.

Derek""",
        style="gmail",
        quote=Quote(SAM, "2027-01-12 17:00", """Derek, three concepts attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        838, "sports-quebec-french", GENEVIEVE, SAM, "2027-01-12 13:15", "Affiches Québec",
        """Bonjour Sam,

Pouvez-vous traduire les trois affiches en français pour le Québec? Il faut respecter la loi
96 : le français doit être prédominant. Nous aimerions les recevoir d'ici le 22 janvier.

Merci,
Geneviève""",
        style="gmail",
        labels=dict(due=["2027-01-22"], cr=["traduire les trois affiches"],
                    req=["le français doit être prédominant"], day_first=True,
                    default_currency="CAD"),
    ),
    Mail(
        839, "bank-legal-line-changed", BARB, SAM, "2027-01-13 10:30", "Re: branch posters",
        """Sam, sounds good on all points. One thing: the legal line must now say "Terms apply.
See branch for details."

Barb""",
        style="outlook",
        quote=Quote(SAM, "2027-01-12 15:00", """Barb, summary of the call: posters due January 22,
budget $6,000, legal line "Terms apply."

Sam"""),
        labels=dict(cr=["legal line must now say"]),
    ),
]
