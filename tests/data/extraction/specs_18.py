"""The thirteenth labelled set (520-539), written on 2026-12-05 (thirteenth session) after the
twelfth set's rules and before any more were written; scored blind first, then tuned on
(split ``tune13``; both scores in docs/performance.md).

Voices: a founder typing in lower case with arrows, a university office's long mail, an
Outlook HTML list under a bold deadline, an Australian's "COB Thurs", Indian English, a
German writer's "until 15.01.", a reply pushing one date of a quoted timeline, an estate
agent's open house, a complaint with one fix buried in it, Spanish and French mail, a printer's
offer forwarded with "thoughts?", a sum in words and a date counted back from an event, a
Canadian media split, a colleague's reply-all adding a legal line, brand rules, a school's
aim, an approval with one swap and a raised budget.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

RYAN = Person("Ryan Park", "ryan@shipfast.dev", "America/Los_Angeles")
MORGAN = Person("Morgan Ellis", "mellis@lakeviewu.edu", "America/Chicago")
PETRA = Person("Petra Novak", "petra.novak@greenleafclinics.com", "America/New_York")
BRONWYN = Person("Bronwyn Clarke", "bronwyn@coastalbrew.com.au", "Australia/Brisbane")
ANIL = Person("Anil Kapoor", "anil.kapoor@sunrisetravels.in", "Asia/Kolkata")
KATRIN = Person("Katrin Vogel", "k.vogel@vogel-optik.de", "Europe/Berlin")
TOMAS = Person("Tomás Quinn", "tomas@quinnfitness.com", "America/New_York")
GRACE = Person("Grace Wong", "grace@harbourviewrealty.com", "America/Los_Angeles")
PHIL = Person("Phil Dorsey", "phil@dorseyautogroup.com", "America/Detroit")
LUCIA = Person("Lucía Serrano", "lucia@serranoaceites.es", "Europe/Madrid")
JULIEN = Person("Julien Mercier", "julien.mercier@atelier-mercier.fr", "Europe/Paris")
BRENDA = Person("Brenda Hayes", "brenda@hayesgardencenter.com", "America/Chicago")
PRINTCO = Person("PrintCo Deals", "deals@printco-online.com", "America/Chicago")
WALT = Person("Walt Simmons", "walt@simmonsfuneral.com", "America/New_York")
MAUDE = Person("Maude Tremblay", "maude@tremblaysucrerie.ca", "America/Toronto")
JEN_K = Person("Jen Kowalski", "jen.k@northbaycu.org", "America/New_York")
DAVID_K = Person("David Kim", "david.kim@northbaycu.org", "America/New_York")
ELENA = Person("Elena Rossi", "elena@rossiwine.com", "America/New_York")
SISTER = Person("Anne Doyle", "adoyle@stbrigidacademy.org", "America/New_York")
HUGO = Person("Hugo Lam", "hugo@lamseafood.com", "America/Los_Angeles")
NINA_B = Person("Nina Brooks", "nina@brookspediatrics.com", "America/Denver")

IPHONE = "Sent from my iPhone"

ITEMS = [
    Mail(
        520, "devtool-founder-lowercase", RYAN, SAM, "2026-12-15 23:10", "Re: landing v2",
        """ok lets do v2.
kill the testimonial block
hero copy -> "Ship faster, sleep better"
launch is 1/12 so need it by 1/8 latest

r""",
        style="gmail",
        quote=Quote(SAM, "2026-12-15 14:00", """Ryan, v1 and v2 of the landing page attached.

Sam"""),
        labels=dict(due=["2027-01-08", "2027-01-12"],
                    cr=["kill the testimonial block", "hero copy"]),
    ),
    Mail(
        521, "university-long-brief", MORGAN, SAM, "2026-12-14 10:30",
        "Graduate open house campaign",
        """Hi Sam,

Thanks again for meeting with us last week. I've pulled together everything we discussed
for the graduate open house campaign so that you have it in one place.

The open house itself is on February 20. We'd like the campaign to run for four weeks
before it, so the first emails and social posts need to be ready no later than January 22.

We have $14,000 for the campaign, which includes paid social. The university's
accessibility office requires alt text on every image and captions on all video, and
every piece has to carry the new Lakeview wordmark.

Our aim is 350 registrations, up from 220 last year.

One more thing: could you drop the radio idea from the proposal? We don't think it fits
the audience.

Best,
Morgan Ellis
Office of Graduate Admissions""",
        style="outlook",
        # label corrected after the blind score: the four weeks before February 20 start on
        # January 23, the day the campaign goes live (as 943's "start on February 20, four
        # weeks before the opening"); the blind figure was scored without it
        labels=dict(due=["2027-01-22", "2027-01-23"], budgets=[("14000", "USD")],
                    cr=["drop the radio idea"],
                    req=["alt text on every image", "new Lakeview wordmark"],
                    obj=["350 registrations"]),
    ),
    Mail(
        522, "clinic-html-bold-deadline", PETRA, SAM, "2026-12-16 13:40", "Flu clinic poster edits",
        "",
        style="html",
        html="""<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Sam,</p>
<p>Edits from our medical director below.</p>
<p><b>Deadline: Friday 1/15</b></p>
<ul>
<li>Replace the stock photo with the one of Dr. Alvarez</li>
<li>Add the Spanish phone line under the main number</li>
<li>The walk-in hours are 8&ndash;6, not 9&ndash;5</li>
</ul>
<p>Thank you!<br>Petra</p>
</div></body></html>
""",
        labels=dict(due=["2027-01-15"],
                    cr=["Replace the stock photo", "Add the Spanish phone line",
                        "walk-in hours are 8"]),
    ),
    Mail(
        523, "brewery-australian-cob", BRONWYN, LUCA, "2026-12-15 09:15", "Summer EDM",
        """Hi Luca,

Can you pls have the summer EDM ready by COB Thurs? Budget's $4.5k AUD ex GST for design
and build. Needs to go out to the list on the 21st.

Cheers,
Bron""",
        style="apple",
        labels=dict(due=["2026-12-17", "2026-12-21"], budgets=[("4500", "AUD")],
                    day_first=True, default_currency="AUD"),
    ),
    Mail(
        524, "travel-indian-english", ANIL, SAM, "2026-12-16 11:00", "RE: Goa package creatives",
        """Dear Sam,

Kindly do the needful and share the revised creatives by EOD tomorrow. Also the CTA should
be "Book Now" and not "Learn More". The price mentioned must be inclusive of taxes.

Thanks and regards,
Anil Kapoor""",
        style="outlook",
        labels=dict(due=["2026-12-17"], cr=["CTA should be"],
                    req=["inclusive of taxes"], day_first=True, default_currency="INR"),
    ),
    Mail(
        525, "optics-german-until", KATRIN, LUCA, "2026-12-14 16:20", "Print data for catalogue",
        """Dear Luca,

thank you for the nice layout. We need the print data until 15.01. because the printer
has holidays after. Our budget is around 8.000 € for the whole catalogue. Please put the
prices in bold, in the last version they were not good readable.

Best regards
Katrin Vogel""",
        style="outlook",
        labels=dict(due=["2027-01-15"], budgets=[("8000", "EUR")],
                    cr=["put the prices in bold"], **EU),
    ),
    Mail(
        526, "fitness-push-one-date", TOMAS, SAM, "2026-12-14 12:45", "Re: January timeline",
        """All good except the print date - can we push it to the 22nd? Our new pricing isn't
final until the 21st.

T""",
        style="gmail",
        quote=Quote(SAM, "2026-12-14 09:00", """Tomás,

Timeline for the January promo:
- Copy approval: Dec 16
- Print: Dec 18
- In gyms: Dec 28

Sam"""),
        labels=dict(due=["2026-12-22"], cr=["push it to the 22nd"]),
    ),
    Mail(
        527, "realty-open-house", GRACE, SAM, "2026-12-16 08:05", "Listing brochure - 14 Bay Rd",
        """Hi Sam,

New listing! We're holding an open house at 14 Bay Rd on Saturday January 16 and want at
least 30 people through the door. The brochures need to be printed by Thursday January 14.

Please make sure the floor plan is on the back page, the sellers insist on it.

Grace""",
        style="gmail",
        labels=dict(due=["2027-01-14"], req=["floor plan is on the back page"],
                    obj=["30 people through the door"]),
    ),
    Mail(
        528, "auto-complaint-one-fix", PHIL, SAM, "2026-12-15 17:55", "Re: New Year sales event ad",
        """Sam,

Honestly the last round felt rushed and I had to catch three mistakes myself. I know the
holidays are busy for everyone but we pay for careful work.

That said, the layout is fine now. Please fix the typo in the second paragraph
("recieve") and we can sign off.

Phil Dorsey
General Manager, Dorsey Auto Group""",
        style="outlook",
        labels=dict(cr=["fix the typo"]),
    ),
    Mail(
        529, "olive-oil-spanish-changes", LUCIA, LUCA, "2026-12-14 10:00", "RE: Etiqueta nueva",
        """Hola Luca,

¿Podrías poner el logo más grande y quitar el fondo azul? Necesitamos la versión final el
viernes, porque la imprenta cierra por vacaciones.

Gracias,
Lucía""",
        style="outlook",
        # labelled one, then two after the blind score (to follow 502), and one again on
        # 2026-12-06: the README's rule is one change per sentence in every language
        labels=dict(due=["2026-12-18"], cr=["poner el logo más grande"], **EU),
    ),
    Mail(
        530, "atelier-french-cap", JULIEN, LUCA, "2026-12-15 15:30", "Brochure printemps",
        """Bonjour Luca,

Pourriez-vous nous envoyer une proposition pour la brochure de printemps ? Notre budget ne
doit pas dépasser 5 000 € HT. Les fichiers doivent partir chez l'imprimeur le 29 janvier.

Merci d'utiliser uniquement les photos de notre photographe.

Cordialement,
Julien Mercier""",
        style="gmail",
        labels=dict(due=["2027-01-29"], budgets=[("5000", "EUR", "cap")],
                    req=["uniquement les photos de notre photographe"], **EU),
    ),
    Forward(
        531, "garden-printer-offer-thoughts", BRENDA, SAM, "2026-12-16 10:20",
        "Thoughts? Could be good for the spring mailer.\n\nBrenda",
        Mail(
            0, "printco-offer", PRINTCO, BRENDA, "2026-12-15 06:00",
            "Last chance: 40% off postcards",
            """Hi Brenda,

Our year-end sale ends December 31! Full-color postcards from $0.45 each, free shipping on
orders over $250. Upload your files by 11:59 pm on the 31st to lock in the price.

The PrintCo Team""",
            style="html",
        ),
        labels=dict(),
    ),
    Mail(
        532, "funeral-home-words-and-countback", WALT, SAM, "2026-12-15 14:40",
        "Remembrance evening",
        """Sam,

We've got about fifteen thousand dollars for the remembrance evening this year, all in.
The evening is on the 3rd of February and the programs should be printed a week before.

Walt""",
        style="outlook",
        labels=dict(due=["2027-01-27"], budgets=[("15000", "USD")]),
    ),
    Mail(
        533, "sugar-shack-canadian-split", MAUDE, SAM, "2026-12-16 09:30", "Spring season media",
        """Hi Sam,

For the sugaring season we're putting CAD 20,000 into media and another CAD 8,000 into
production. Everything has to be bilingual, French first. The first ads should run
March 1.

Merci!
Maude""",
        style="gmail",
        labels=dict(due=["2027-03-01"], budgets=[("20000", "CAD"), ("8000", "CAD")],
                    req=["bilingual, French first"], default_currency="CAD"),
    ),
    Mail(
        534, "credit-union-reply-all-legal", DAVID_K, SAM, "2026-12-16 15:10",
        "Re: Holiday loan mailer",
        """Adding to Jen's note: legal also needs the "terms apply" line right under the rate,
same size as the rate footnote.

David Kim
Compliance, North Bay Credit Union""",
        style="outlook",
        cc=(JEN_K,),
        quote=Quote(JEN_K, "2026-12-16 13:00", """Sam, a few edits on the mailer: please make
the rate bigger and change the photo to the winter one. We need it back by Friday.

Jen"""),
        labels=dict(req=["terms apply"]),
    ),
    Mail(
        535, "winery-brand-rules", ELENA, SAM, "2026-12-14 11:25", "Wine club packaging",
        """Hi Sam,

Per our brand guidelines, the logo needs at least 10 mm of clear space on all sides, and
the estate name is never abbreviated. Dielines for the wine club box are attached; the
printer needs final art by January 12.

Elena""",
        style="gmail",
        labels=dict(due=["2027-01-12"], req=["10 mm of clear space", "never abbreviated"]),
    ),
    Mail(
        536, "academy-aim", SISTER, SAM, "2026-12-15 10:45", "Spring enrollment",
        """Dear Sam,

We are hoping this campaign helps us fill the 40 open seats in our ninth grade class for
next fall. The open house brochure should be in families' hands by January 25.

Kind regards,
Sister Anne Doyle""",
        style="outlook",
        labels=dict(due=["2027-01-25"], obj=["fill the 40 open seats"]),
    ),
    Mail(
        537, "seafood-approval-one-swap", HUGO, SAM, "2026-12-16 18:20", "Re: menu board",
        f"""Approved, just swap "Sale" for "Event" in the headline. Thx

{IPHONE}""",
        style="apple",
        quote=Quote(SAM, "2026-12-16 12:00", """Hugo, final menu board attached for approval.

Sam"""),
        labels=dict(cr=["swap \"Sale\" for \"Event\""]),
    ),
    Mail(
        538, "pediatrics-budget-raised", NINA_B, SAM, "2026-12-15 13:00", "Good news",
        """Hi Sam,

Good news: the partners approved an increase, so the budget for the back-to-school
campaign is now $12,500 instead of $9,000. Same timeline as before.

Nina""",
        style="gmail",
        labels=dict(budgets=[("12500", "USD")]),
    ),
    Mail(
        539, "travel-indian-english-followup", ANIL, SAM, "2026-12-17 09:40",
        "RE: Goa package creatives",
        """Dear Sam,

Further to my below mail, the client has asked to also prepare one vertical version for
Instagram stories. Please revert with the timeline at the earliest.

Regards,
Anil""",
        style="outlook",
        labels=dict(cr=["vertical version for Instagram stories"], day_first=True,
                    default_currency="INR"),
    ),
]
