"""The twentieth labelled set (660-679), written on 2026-12-06 (fourteenth session) before any
rule of that session; scored blind first, then tuned on (split ``tune19``; both scores in
docs/performance.md).

Shapes: a long mail of numbered asks after a walkthrough, a phone reply in shorthand, an
HTML-only Outlook schedule in a table, German and French clients in their own languages, a
Spanish and a Polish writer's English with day-first dates, a thank-you that asks nothing, a
CEO's note forwarded by the client, a competitor's spend beside a ticket price, a deadline
a week before a board meeting, a date move in a reply above its quoted schedule, a budget
range typed like a text message, objectives as KPIs, an approval with a counterfactual
("the only thing I'd have changed"), a compliance team's rules, Indian English with lakhs
and a festival, a status question, a Dutch writer's bluntness and a hotel's cap "all in".
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, PRIYA, SAM

EU = dict(day_first=True, default_currency="EUR")

TOM_B = Person("Tom Becker", "tbecker@ledgerline.com", "America/Chicago")
NOAH = Person("Noah Reyes", "noah@reyesfitness.com", "America/New_York")
CARLA = Person("Carla Mendes", "carla.mendes@coastalgrill.com", "America/Los_Angeles")
JONAS_W = Person("Jonas Weber", "j.weber@brenner-werkzeuge.de", "Europe/Berlin")
JAVIER = Person("Javier Ruiz", "javier@ruizceramica.es", "Europe/Madrid")
BETH = Person("Beth Cole", "beth@colegardens.com", "America/Chicago")
HOLLY_K = Person("Holly Kent", "holly.kent@riverbendbank.com", "America/New_York")
GREG = Person("Greg Dalton", "greg.dalton@riverbendbank.com", "America/New_York")
AGNIESZKA = Person("Agnieszka Nowak", "a.nowak@domeble.pl", "Europe/Warsaw")
MATT = Person("Matt Olsen", "matt@olsenbrewing.com", "America/Chicago")
ANGELA_B = Person("Angela Brooks", "abrooks@lakeshorecu.org", "America/Chicago")
JESS_R = Person("Jess Romero", "jromero@northwindoutfitters.com", "America/Denver")
CAMILLE_D = Person("Camille Durand", "camille.durand@maison-lumiere.fr", "Europe/Paris")
KAT = Person("Kat Nguyen", "kat@glowbarstudio.com", "America/Los_Angeles")
DEREK = Person("Derek Shaw", "derek@shawoutdoor.com", "America/Denver")
RENEE = Person("Renee Park", "renee@parkfamilydental.com", "America/New_York")
LINDA = Person("Linda Cho", "linda.cho@valleyhealth.org", "America/Los_Angeles")
VIKRAM = Person("Vikram Desai", "vikram@shreeganeshjewellers.in", "Asia/Kolkata")
PIETER_V = Person("Pieter de Vries", "pieter@devriesfietsen.nl", "Europe/Amsterdam")
HELENA = Person("Helena Strand", "helena@strandhotel.com", "America/New_York")

ITEMS = [
    Mail(
        660, "saas-numbered-asks-after-walkthrough", TOM_B, SAM, "2026-12-15 17:40",
        "Notes from the walkthrough",
        """Hi Sam,

Thanks for the walkthrough yesterday. Pulling together the notes from the team here, sorry
it's long.

1) Landing page: the hero copy is too generic. Can we lead with the integration story
instead of "all-in-one"?
2) The pricing table should show annual prices first, monthly as the secondary toggle.
3) Demo video - please cut the intro down to under 10 seconds.
4) Legal reminded me that every customer logo needs written permission on file before we
can show it, so hold the logo wall until I confirm which ones are cleared.

Timing: we're targeting a soft launch on January 19, and I'd need the page final by the
12th to give QA a week. On budget, we have $18k left in the Q1 web line for this.

Thanks!
Tom""",
        style="outlook",
        labels=dict(due=["2027-01-19", "2027-01-12"], budgets=[("18000", "USD")],
                    cr=["lead with the integration story", "annual prices first",
                        "cut the intro down"],
                    req=["needs written permission on file"]),
    ),
    Mail(
        661, "gym-phone-shorthand", NOAH, SAM, "2026-12-15 19:12", "Re: January promo v1/v2",
        """ok go w/ v2. cta should say book now not learn more. need by thu

Sent from my iPhone""",
        style="apple",
        quote=Quote(SAM, "2026-12-15 16:30", """Noah, two versions of the January promo are
attached. V1 leads with the price, V2 with the free class.

Sam"""),
        labels=dict(due=["2026-12-17"], cr=["book now not learn more"]),
    ),
    Mail(
        662, "grill-outlook-html-schedule-table", CARLA, PRIYA, "2026-12-16 10:20",
        "Media schedule Q1",
        "",
        style="html",
        html="""<html><body><div class="WordSection1">
<p class="MsoNormal">Hi Priya,</p>
<p class="MsoNormal">Below is the schedule we agreed with our media buyer. Please confirm
you can hit these dates.</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><b>Deliverable</b></td><td><b>Materials due</b></td><td><b>Budget</b></td></tr>
<tr><td>Print ad (Coastal Living)</td><td>Jan 8</td><td>$4,500</td></tr>
<tr><td>Radio :30</td><td>Jan 15</td><td>$6,000</td></tr>
<tr><td>Bus shelters</td><td>Feb 1</td><td>$3,200</td></tr>
</table>
<p class="MsoNormal">Thanks,<br>Carla Mendes<br>Marketing Director, Coastal Grill</p>
</div></body></html>
""",
        labels=dict(due=["2027-01-08", "2027-01-15", "2027-02-01"],
                    budgets=[("4500", "USD"), ("6000", "USD"), ("3200", "USD")]),
    ),
    Mail(
        663, "tools-german-in-german", JONAS_W, LUCA, "2026-12-16 09:30", "AW: Flyer Entwurf",
        """Hallo Luca,

anbei unsere Anmerkungen zum Flyer: Bitte das Foto auf der Rückseite austauschen, das
wirkt zu dunkel. Die Hotline-Nummer muss unbedingt auf jeder Seite stehen.

Die Druckfreigabe brauchen wir spätestens bis 14.01., das Budget liegt bei 3.500 Euro.

Viele Grüße
Jonas Weber""",
        style="outlook",
        labels=dict(due=["2027-01-14"], budgets=[("3500", "EUR")],
                    cr=["das Foto auf der Rückseite austauschen"],
                    req=["muss unbedingt auf jeder Seite stehen"], **EU),
    ),
    Mail(
        664, "ceramics-spanish-english", JAVIER, LUCA, "2026-12-15 12:05", "Re: brochure",
        """Hello Luca,

We are agree with the new design. Only one thing, the phone number must appear more big
in the footer. The brochures we need them printed for 15/01 because the fair is on 20/01.

Regards,
Javier Ruiz""",
        style="gmail",
        labels=dict(due=["2027-01-15"], cr=["phone number must appear more big"], **EU),
    ),
    Mail(
        665, "garden-thanks-nothing-asked", BETH, SAM, "2026-12-16 13:00", "Re: spring mailer",
        """Got it, thanks Sam! I'll share with the team and come back to you Monday with
consolidated feedback.

Beth""",
        style="gmail",
        quote=Quote(SAM, "2026-12-16 11:00", """Beth, the spring mailer draft is attached.

Sam"""),
        labels=dict(),
    ),
    Forward(
        666, "bank-ceo-note-forwarded", HOLLY_K, SAM, "2026-12-14 10:05",
        "Sam - see below from our CEO. Can you turn this around by Wednesday?\n\nHolly",
        Mail(
            0, "bank-ceo", GREG, HOLLY_K, "2026-12-14 09:00", "Tagline",
            """Holly - I'm not sold on the tagline. "Built for what's next" sounds like every
other bank. Let's try something warmer, more about the neighborhood.

Greg""",
            style="outlook",
        ),
        labels=dict(due=["2026-12-16"], cr=["try something warmer"]),
    ),
    Mail(
        667, "furniture-polish-english", AGNIESZKA, LUCA, "2026-12-16 08:40",
        "corrections catalogue",
        """Hello Luca,

I send you the corrections for catalogue. On page 4 please to change the price of sofa
Bergen from 2 999 zł to 2 499 zł. Also the photo of kitchen is not good quality, we send
new one tomorrow. Catalogue must be in print house until 22 January.

Best regards,
Agnieszka Nowak""",
        style="outlook",
        labels=dict(due=["2027-01-22"], cr=["change the price of sofa"], day_first=True,
                    default_currency="PLN"),
    ),
    Mail(
        668, "brewery-competitor-and-ticket-price", MATT, SAM, "2026-12-14 15:25",
        "Winter fest push",
        """Sam,

Saw that Harbor Brewing dropped about $50k on their billboard run this fall. We can't match
that, but we can do $15,000 for the winter fest push. Tickets are $35 at the door, so make
sure that's on the poster. Posters need to be up by Jan 20.

Matt""",
        style="gmail",
        labels=dict(due=["2027-01-20"], budgets=[("15000", "USD")],
                    req=["make sure that's on the poster"]),
    ),
    Mail(
        669, "credit-union-week-before-board", ANGELA_B, SAM, "2026-12-16 11:10",
        "Annual report timing",
        """Hi Sam,

The board meets January 12, so the annual report needs to be in their hands a week before
that, and the printed copies by end of January. The CEO letter must be signed by both the
chair and the CEO this year (new bylaws). The print run is capped at $6,500.

Angela""",
        style="outlook",
        labels=dict(due=["2027-01-05", "2027-01-31"], budgets=[("6500", "USD", "cap")],
                    req=["signed by both the chair and the CEO"]),
    ),
    Mail(
        670, "outfitters-move-above-quoted-schedule", JESS_R, SAM, "2026-12-17 09:50",
        "Re: radio schedule",
        """Sam, small change of plans. The radio flight moved from Feb 6 to Feb 20, so the final
spots can wait until the 15th.

Jess""",
        style="gmail",
        quote=Quote(SAM, "2026-12-16 15:00", """Jess, the schedule: final radio spots due Feb 1,
flight starts Feb 6.

Sam"""),
        labels=dict(due=["2027-02-20", "2027-02-15"], replaced=["2027-02-06"],
                    cr=["moved from Feb 6 to Feb 20"]),
    ),
    Mail(
        671, "lighting-french-in-french", CAMILLE_D, LUCA, "2026-12-15 14:30",
        "RE: maquettes soldes",
        """Bonjour Luca,

Merci pour les maquettes. Pourriez-vous mettre le logo en blanc sur la version sombre ?
Les mentions légales doivent figurer en bas de chaque visuel.

Nous avons besoin des fichiers définitifs avant le 8 janvier. Le budget reste de 12 000 €
HT.

Bien cordialement,
Camille""",
        style="outlook",
        labels=dict(due=["2027-01-07"], budgets=[("12000", "EUR")],
                    cr=["mettre le logo en blanc"], req=["mentions légales doivent figurer"],
                    **EU),
    ),
    Mail(
        672, "salon-text-message-range", KAT, SAM, "2026-12-16 20:45", "spring promo",
        """hey sam, for the spring promo we r thinking 8-10k total, prob more on social than
print. launch wk of march 1. lmk

kat""",
        style="gmail",
        labels=dict(budgets=[("10000", "USD", "range", "8000")]),
    ),
    Mail(
        673, "outdoor-kpi-objectives", DEREK, SAM, "2026-12-15 10:00", "Q1 objectives",
        """Hi Sam,

Objectives for Q1: drive 20% more foot traffic to the three new stores and grow the
loyalty app to 50k users. We'll measure it on redemptions of the in-store coupon. Creative
is due Jan 22.

Derek""",
        style="gmail",
        labels=dict(due=["2027-01-22"], obj=["20% more foot traffic"]),
    ),
    Mail(
        674, "dental-approval-counterfactual", RENEE, SAM, "2026-12-16 16:20",
        "Re: new patient postcard",
        """Looks great, approved! Go ahead and send it to print. The only thing I'd have
changed is the headline, but it's fine as is. Thanks for turning it around so fast.

Renee""",
        style="gmail",
        quote=Quote(SAM, "2026-12-16 12:00", """Renee, final postcard attached for approval.

Sam"""),
        labels=dict(),
    ),
    Mail(
        675, "health-compliance-rules", LINDA, PRIYA, "2026-12-15 13:45", "Flu shot ads",
        """Hi Priya,

Compliance came back on the flu shot ads: they require the "results may vary" line
wherever we cite the 94% figure, and the pharmacist in the photo has to be a real employee,
not stock. Otherwise we're good. Ads start running January 11.

Linda""",
        style="outlook",
        labels=dict(due=["2027-01-11"], req=["results may vary"]),
    ),
    Mail(
        676, "jewellers-indian-english-festival", VIKRAM, SAM, "2026-12-16 12:15",
        "Hoardings - revised",
        """Dear Sam,

As discussed telephonically, kindly revert with the revised quotation for the 3 hoardings.
Our budget for this activity is Rs 4.5 lakhs only. Also the client name spelling is wrong in
hoarding 2, it should be "Shree Ganesh Jewellers". Hoardings to be put up before Makar
Sankranti (14th Jan).

Regards,
Vikram Desai""",
        style="outlook",
        labels=dict(due=["2027-01-13"], budgets=[("450000", "INR")],
                    cr=["it should be \"Shree Ganesh Jewellers\""], day_first=True,
                    default_currency="INR"),
    ),
    Mail(
        677, "dental-status-question", RENEE, SAM, "2026-12-17 09:05", "brochure?",
        """Hi Sam, any update on the brochure? We were hoping to see something this week.

Renee""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        678, "bikes-dutch-bluntness", PIETER_V, LUCA, "2026-12-16 10:40", "Re: video",
        """Hi Luca,

The video is too long, make it 30 seconds max and remove the part with the windmill, it is
cliché. We need it by Friday because we show it to the board on Monday 21 December.

Greetings,
Pieter""",
        style="gmail",
        quote=Quote(LUCA, "2026-12-15 17:00", """Pieter, first cut of the video attached.

Luca"""),
        labels=dict(due=["2026-12-18"], cr=["30 seconds max"], **EU),
    ),
    Mail(
        679, "hotel-cap-all-in", HELENA, SAM, "2026-12-14 11:30", "Spring getaway package",
        """Dear Sam,

For the spring getaway package please quote us for 2 print ads and a landing page. We don't
want to spend more than $9,000 all in. The landing page must be live no later than February
26 as the offer opens March 1. Our goal is 150 room-nights booked from the campaign. Please
also make sure all rates are shown per night, including taxes.

Kind regards,
Helena Strand""",
        style="outlook",
        labels=dict(due=["2027-02-26"], budgets=[("9000", "USD", "cap")],
                    obj=["150 room-nights"], req=["shown per night, including taxes"]),
    ),
]
