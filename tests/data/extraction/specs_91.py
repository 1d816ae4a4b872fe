"""The eighty-sixth labelled set (1840-1859), written on 2026-12-07 (twenty-eighth session)
after tune64's rules and before any rule of its own: the split ``tune65``, scored blind first,
then tuned on.

Rules among everything else, the field the blind splits read at 0.846 with as many wrong as
missed: rules asked as a question ("can you make sure every photo has alt text?"), said with
"avoid", "stay away from", "only ever", "under no circumstances", "off limits", a sign-off
rule of the client's own ("anything over $5k goes past finance"), a supplier's or a
platform's specs, a tone to keep; beside modals that set none: an email footer's "must not be
forwarded", a person's errand, a guess, a meeting, a bill's PO number, a kind wish, a rule
quoted from the agency's own mail. Voices: a long brief, a phone, an Outlook HTML list, a
Scottish, a Singaporean and a Brazilian client, a reply above quoted history. Dates run in the
week of 20 November 2028 (a Monday; Thanksgiving is the 23rd).
"""

from build import Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

TEA = Person("Fiona MacLeod", "fiona@glenteahouse.co.uk", "Europe/London")
CLINIC = Person("Dr. Rachel Adams", "radams@harborvet.com", "America/New_York")
TECH = Person("Wei Ling Tan", "weiling@kopitiamtech.sg", "Asia/Singapore")
BRAZIL = Person("Lucas Oliveira", "lucas@cafebrasa.com.br", "America/Sao_Paulo")
FURN = Person("Grant Holloway", "grant@hollowayfurniture.com", "America/Chicago")
KIDS = Person("Tasha Green", "tasha@littlesproutsdaycare.com", "America/Denver")
ESTATE = Person("Paul Whitman", "pwhitman@whitmanrealty.com", "America/New_York")
CRAFT = Person("Noah Becker", "noah@tallpinebrewing.com", "America/Los_Angeles")
GOLF = Person("Sandra Lowe", "slowe@oakmontgolfclub.com", "America/New_York")
PHARM = Person("Dr. Imran Qureshi", "iqureshi@carewellpharmacy.com", "America/Chicago")
YOGA = Person("Chloe Martin", "chloe@sunriseyoga.com", "America/Los_Angeles")
ARTS = Person("Diane Foster", "dfoster@riverbendarts.org", "America/New_York")
SOLAR = Person("Marco Ruiz", "marco@brightsunsolar.com", "America/Phoenix")
TOYS = Person("Emma Clarke", "emma@woodlandtoys.com", "America/New_York")

ITEMS = [
    Mail(
        1840, "tea-scottish-long-brief", TEA, SAM, "2028-11-20 09:15", "Christmas hampers",
        """Hi Sam,

Right, here's the brief for the Christmas hamper push. We want to sell 300 hampers before the 20th of December, mostly to local businesses buying for staff.

We'd need an A5 flyer for the shop and a couple of Facebook ads. The hampers are all packed by hand in Inverness, so please make a point of that. Stay away from tartan and bagpipes, we're sick of the shortbread-tin look. Every price has to include VAT, that's the law for consumer ads over here.

Could we see first ideas by Friday? Budget is about £2,500.

Cheers,
Fiona""",
        style="gmail",
        labels=dict(due=["2028-11-24"], budgets=[("2500", "GBP")],
                    obj=["sell 300 hampers"],
                    req=["Stay away from tartan and bagpipes", "Every price has to include VAT"],
                    day_first=True, default_currency="GBP"),
    ),
    Mail(
        1841, "vet-question-rule", CLINIC, SAM, "2028-11-20 11:00", "Re: Website refresh",
        """Sam, can you make sure every photo on the new site has alt text? A few of our clients use screen readers. Thanks!

Rachel""",
        style="apple",
        quote=Quote(SAM, "2028-11-17 15:00", """Rachel, we start on the website refresh on Monday.

Sam"""),
        labels=dict(req=["every photo on the new site has alt text"]),
    ),
    Mail(
        1842, "singapore-platform-specs", TECH, SAM, "2028-11-20 16:30", "App store screenshots",
        """Hi Sam,

For the App Store screenshots, please note Apple only accepts 1290 x 2796 px for the 6.7 inch size, and the text can't cover more than a third of the screen. Also our legal team say cannot show any bank logos, ok?

We submit the update on 1 Dec.

Thanks lah,
Wei Ling""",
        style="gmail",
        labels=dict(due=["2028-12-01"],
                    req=["Apple only accepts 1290 x 2796 px",
                         "cannot show any bank logos"],
                    day_first=True, default_currency="SGD"),
    ),
    Mail(
        1843, "brazil-english-rules", BRAZIL, SAM, "2028-11-21 08:40", "Menu and posters Brasa",
        """Hello Sam,

Some points for the new menu and the posters. The menu must be in Portuguese and English, always Portuguese first. Please never use photos of raw meat, our customers don't like this. The logo is green and yellow only, don't change the colors.

We want to open the new terrace on 8 December with everything ready.

Abraço,
Lucas""",
        style="gmail",
        labels=dict(due=["2028-12-08"],
                    req=["The menu must be in Portuguese and English",
                         "never use photos of raw meat",
                         "The logo is green and yellow only"],
                    day_first=True, default_currency="BRL"),
    ),
    Mail(
        1844, "furniture-footer-not-rule", FURN, SAM, "2028-11-21 10:20", "Showroom sale ad",
        """Sam,

Need a quarter page ad for the Tribune for our showroom sale, 30% off all dining sets. Ad deadline at the paper is Tuesday the 28th.

Grant Holloway
Holloway Furniture | 1200 W Lake St, Chicago

CONFIDENTIALITY NOTICE: This email and any attachments are for the sole use of the intended recipient and must not be forwarded, copied or disclosed without permission. If you have received it in error, you must delete it immediately.""",
        style="outlook",
        labels=dict(due=["2028-11-28"]),  # the footer's musts are no rule for the work
    ),
    Mail(
        1845, "daycare-errands-not-rules", KIDS, SAM, "2028-11-21 13:00", "Holiday newsletter",
        """Hi Sam!

Quick one, I have to leave early today to pick up my son, so if you need anything call my cell. For the holiday newsletter, we must not show any child's face unless the parents signed the photo form, I'll send you the list of kids who did.

You must be so busy this time of year, thanks for fitting us in!

Tasha""",
        style="gmail",
        labels=dict(req=["we must not show any child's face unless the parents signed the photo form"]),
    ),
    Mail(
        1846, "realty-signoff-rule", ESTATE, SAM, "2028-11-21 15:45", "Listing brochures",
        """Paul here. Going forward anything that mentions a price needs to go past our broker of record before it's printed, that's a state requirement. Also please use the new headshots only, the old ones are from 2019.

Can I get the Elm Street brochure by Thanksgiving?""",
        style="plain",
        labels=dict(due=["2028-11-23"],
                    req=["anything that mentions a price needs to go past our broker of record",
                         "use the new headshots only"]),
    ),
    Mail(
        1847, "brewery-tone", CRAFT, SAM, "2028-11-22 09:30", "Winter ale launch",
        """Hey Sam,

For the winter ale, keep the tone fun but never make drinking look like the point of the party. TTB rules: the ABV has to be on every label and ad. Under no circumstances put anyone who looks under 25 in the photos.

Launch is December 2 at the taproom, we'd want the social posts scheduled from the 27th.

Noah""",
        style="gmail",
        labels=dict(due=["2028-11-27"],
                    req=["never make drinking look like the point of the party",
                         "the ABV has to be on every label and ad",
                         "Under no circumstances put anyone who looks under 25"]),
    ),
    Mail(
        1848, "golf-html-list", GOLF, SAM, "2028-11-22 11:10", "2029 membership brochure",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The board's requirements for the 2029 membership brochure:</p>
<ul>
<li class="MsoNormal">Use the club crest, not the old script logo</li>
<li class="MsoNormal">Dress code photos only: collared shirts, no denim</li>
<li class="MsoNormal">Membership fees are not to be printed, members ask at the office</li>
</ul>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We would like it printed by January 15. Our budget is $6,000.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Sandra Lowe<br>Membership Director</p>
</div></body></html>""",
        labels=dict(due=["2029-01-15"], budgets=[("6000", "USD")],
                    req=["Use the club crest, not the old script logo",
                         "collared shirts, no denim",
                         "Membership fees are not to be printed"]),
    ),
    Mail(
        1849, "pharmacy-billing-not-rule", PHARM, SAM, "2028-11-22 14:00", "Flu shot mailer",
        """Hi Sam,

Two things. Your invoice has to reference our PO number 4471 or accounts payable will send it back. And for the flu shot mailer, we have to avoid any wording that promises the shot prevents the flu, pharmacy board rules.

Dr. Qureshi""",
        style="outlook",
        labels=dict(req=["avoid any wording that promises the shot prevents the flu"]),
    ),
    Mail(
        1850, "yoga-phone-terse-rule", YOGA, SAM, "2028-11-22 18:05", "Re: New year promo",
        """no before/after body shots pls, studio policy. rest looks good""",
        style="apple",
        quote=Quote(SAM, "2028-11-22 12:00", """Chloe, here is the plan for the new year promo.

Sam"""),
        labels=dict(req=["no before/after body shots"]),
    ),
    Mail(
        1851, "arts-quoted-rule-not-new", ARTS, SAM, "2028-11-24 10:00", "Re: Gala invitation",
        """Thanks Sam, yes that works. Let's go with the cream paper.

Diane""",
        style="gmail",
        quote=Quote(SAM, "2028-11-23 16:00", """Diane, as a reminder, the sponsor logos have to be the same size on the invitation. Cream or white paper?

Sam"""),
        labels=dict(),  # the agency's own reminder, quoted
    ),
    Mail(
        1852, "solar-meeting-not-rules", SOLAR, SAM, "2028-11-24 12:30", "Spring campaign kickoff",
        """Hi Sam,

We have to move Tuesday's kickoff, our CEO is traveling. All of us need to be there so maybe Thursday the 30th at 10? Also I need to check with finance on the budget before we commit to TV.

The only rule from our side: every ad has to show our ROC license number, Arizona requires it.

Marco""",
        style="gmail",
        labels=dict(req=["every ad has to show our ROC license number"]),
    ),
    Mail(
        1853, "toys-safety-rules", TOYS, SAM, "2028-11-24 15:20", "Toy catalog 2029",
        """Hi Sam,

Catalog notes from our safety officer: any toy with small parts must carry the choking hazard warning right next to the photo, not on a separate page. Kids under 3 can't be shown playing with those toys. Also, off limits: the word "educational", we can't back it up.

We're aiming to have the catalog at the printer by January 12.

Emma""",
        style="outlook",
        labels=dict(due=["2029-01-12"],
                    req=["must carry the choking hazard warning right next to the photo",
                         "Kids under 3 can't be shown playing with those toys",
                         "off limits: the word \"educational\""]),
    ),
    Mail(
        1854, "tea-reply-not-rule", TEA, SAM, "2028-11-27 09:00", "Re: Christmas hampers",
        """Morning Sam,

Love the first ideas. I should warn you I'll be off the 4th to the 8th, so if we could get the flyer to the printer by Friday the 1st that would be grand. Hope you had a good Thanksgiving!

Fiona""",
        style="gmail",
        quote=Quote(SAM, "2028-11-24 15:00", """Fiona, first ideas for the hampers attached.

Sam"""),
        labels=dict(due=["2028-12-01"], day_first=True, default_currency="GBP"),
    ),
    Mail(
        1855, "vet-rule-approval", CLINIC, SAM, "2028-11-27 11:30", "Pet dental month",
        """Hi Sam,

For pet dental month in February, Dr. Patel has to sign off on every medical claim before anything goes out. We'd also like to avoid showing any blood or instruments, it scares people.

The goal is 120 dental cleanings booked in February. Materials need to be ready by January 20.

Rachel Adams, DVM""",
        style="gmail",
        labels=dict(due=["2029-01-20"], obj=["120 dental cleanings booked in February"],
                    req=["Dr. Patel has to sign off on every medical claim",
                         "avoid showing any blood or instruments"]),
    ),
    Mail(
        1856, "brazil-portuguese", BRAZIL, SAM, "2028-11-27 14:00", "Cardápio de Natal",
        """Oi Sam,

Para o cardápio de Natal, os preços devem aparecer sempre com R$ e sem centavos. Não podemos usar a palavra "grátis" nas promoções.

Precisamos do arquivo final até 10 de dezembro.

Abraço,
Lucas""",
        style="gmail",
        labels=dict(due=["2028-12-10"],
                    req=["os preços devem aparecer sempre com R$",
                         "Não podemos usar a palavra"],
                    day_first=True, default_currency="BRL"),
    ),
    Mail(
        1857, "furniture-kind-wishes", FURN, SAM, "2028-11-28 09:00", "Re: Showroom sale ad",
        """Sam, ad looks great, it ran today. You should come by the showroom sometime, I'll give you the friends discount. Make sure you take some time off over the holidays!

Grant""",
        style="outlook",
        quote=Quote(SAM, "2028-11-27 10:00", """Grant, the final ad went to the Tribune this morning.

Sam"""),
        labels=dict(),  # kind wishes and an invitation
    ),
    Mail(
        1858, "realty-file-specs", ESTATE, SAM, "2028-11-28 13:15", "Yard signs",
        """Sam, the sign shop says files need to be vector, CMYK, with 0.5 inch bleed, and no text within an inch of the edge. They print Tuesdays, so send by Monday the 4th at noon.

Paul""",
        style="plain",
        labels=dict(due=["2028-12-04"],
                    req=["files need to be vector, CMYK, with 0.5 inch bleed"]),  # one sentence
    ),
    Mail(
        1859, "arts-grant-rules", ARTS, SAM, "2028-11-28 16:40", "Spring season poster",
        """Hi Sam,

The spring season is partly funded by the state arts council, so their logo and the line "This program is supported in part by the State Council on the Arts" have to appear on the poster and every ad. They also ask that the logo is never smaller than one inch wide.

The season opens March 3, so posters should be up by mid-February.

Diane""",
        style="gmail",
        labels=dict(due=["2029-02-15"],
                    req=["have to appear on the poster and every ad",
                         "the logo is never smaller than one inch wide"]),
    ),
]
