"""The ninety-fifth labelled set (2040-2059), written on 2026-12-07 (twenty-ninth session)
after tune71's rules and before any rule of its own: the split ``tune72``, scored blind first,
then tuned on.

Objectives, whose blind recall is the lowest of the fields read well (0.89): a goal said as
what people should know or stop thinking, "success for us would be", a KPI table in an HTML
mail, "we'd like to beat that" after last year's figure, French, German and Spanish goals, "the
point of the video is", a learner's "we hope with this campaign to reach", a terse "goal =",
"KPI: cost per lead under $40", a goal asked as a question; beside figures that are no goal (a
competitor's followers, last quarter's revenue, a hope for the weekend). Dates run in the week
of 5 March 2029 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

DENTAL3 = Person("Rita Gomez", "rita@gomezfamilydental.com", "America/Chicago")
LAWYER = Person("Ian Brooks", "ian@brookslegal.com", "America/New_York")
COOP2 = Person("Fay Turner", "fay@harvestcoop.org", "America/Denver")
GYM3 = Person("Sean Walsh", "sean@walshgym.com", "America/New_York")
HOTEL_FR = Person("Aline Petit", "aline@hotel-petit.fr", "Europe/Paris")
VERLAG = Person("Mara Lenz", "m.lenz@lenz-verlag.de", "Europe/Berlin")
TIENDA = Person("Jorge Sanz", "jorge@sanzmoda.es", "Europe/Madrid")
SHOWROOM = Person("Nick Kemp", "nick@kempkitchens.com", "America/Chicago")
BAKERY3 = Person("Ella Ross", "ella@rossbakes.com", "America/New_York")
SCHOOL3 = Person("Anh Nguyen", "anh@saigonlanguage.com", "America/Los_Angeles")
CHARITY2 = Person("Paul Green", "pgreen@cleanwater.org", "America/New_York")
RETAIL3 = Person("Zoe Clark", "zoe@clarkgoods.com", "America/New_York")
GADGET2 = Person("Max Stein", "max@steinaudio.com", "America/Los_Angeles")
CU3 = Person("Grace Hill", "ghill@pioneercu.org", "America/Chicago")
LEADS = Person("Omar Aziz", "omar@azizsolar.com", "America/Phoenix")
PHARMA2 = Person("Beth Young", "beth@youngpharmacy.com", "America/New_York")
CAFE3 = Person("Joe Park", "joe@parkcafe.com", "America/Los_Angeles")
FRIEND = Person("Liz Ward", "liz@wardflorist.com", "America/New_York")
CAMP = Person("Dan Cole", "dan@pinecamp.org", "America/Chicago")
MESSE2 = Person("Katrin Vogel", "k.vogel@vogel-technik.de", "Europe/Berlin")

ITEMS = [
    Mail(
        2040, "dental-weekend-hours", DENTAL3, SAM, "2029-03-05 09:00", "Spring ads",
        """Hi Sam,

For the spring ads, we want more families to know we do weekend hours. Right now most people think we're closed on Saturdays.

Rita""",
        style="gmail",
        labels=dict(obj=["we want more families to know we do weekend hours"]),
    ),
    Mail(
        2041, "lawyer-success-would-be", LAWYER, SAM, "2029-03-05 10:30", "Estate planning push",
        """Sam,

Success for us would be 50 booked consultations in April. We can put $4,000 toward it.

Ian""",
        style="outlook",
        labels=dict(obj=["Success for us would be 50 booked consultations"],
                    budgets=[("4000", "USD")]),
    ),
    Mail(
        2042, "coop-html-kpi-table", COOP2, SAM, "2029-03-05 13:00", "Spring goals",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Here are our goals for the spring member drive.</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Goal</b></p></td><td><p class="MsoNormal"><b>Target</b></p></td></tr>
<tr><td><p class="MsoNormal">Newsletter sign-ups</p></td><td><p class="MsoNormal">1,000</p></td></tr>
<tr><td><p class="MsoNormal">Store visits</p></td><td><p class="MsoNormal">+15%</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Fay Turner</p><p class="MsoNormal">Harvest Co-op</p>
</div></body></html>
""",
        labels=dict(obj=["Newsletter sign-ups", "Store visits"]),
    ),
    Mail(
        2043, "gym-beat-last-year", GYM3, SAM, "2029-03-05 15:20", "Spring membership",
        """Hey Sam,

Last spring's campaign got us 320 new members, which was great. This year we'd like to beat that.

Sean""",
        style="gmail",
        labels=dict(obj=["we'd like to beat that"]),  # last year's figure is the past
    ),
    Mail(
        2044, "hotel-fr-objectif", HOTEL_FR, SAM, "2029-03-06 09:10", "Campagne été",
        """Bonjour Sam,

Notre objectif est de doubler les réservations en ligne d'ici l'été. Le budget est de 6 000 €.

Cordialement,
Aline Petit""",
        style="gmail",
        labels=dict(obj=["Notre objectif est de doubler les réservations en ligne"],
                    budgets=[("6000", "EUR")], **EU),
    ),
    Mail(
        2045, "verlag-de-ziel", VERLAG, SAM, "2029-03-06 10:45", "Kampagne Magazin",
        """Hallo Sam,

Ziel ist es, 200 neue Abonnenten im ersten Monat zu gewinnen.

Viele Grüße
Mara Lenz""",
        style="outlook",
        labels=dict(obj=["Ziel ist es, 200 neue Abonnenten"], **EU),
    ),
    Mail(
        2046, "moda-es-aumentar", TIENDA, SAM, "2029-03-06 12:00", "Campaña primavera",
        """Hola Sam,

Queremos aumentar las ventas en tienda un 10% durante la campaña.

Saludos,
Jorge""",
        style="gmail",
        labels=dict(obj=["Queremos aumentar las ventas en tienda un 10%"], **EU),
    ),
    Mail(
        2047, "kitchens-point-of-video", SHOWROOM, SAM, "2029-03-06 14:30", "Showroom video",
        """Sam,

The point of the video is to get people to visit the new showroom, not to sell online. Keep it under 60 seconds.

Nick""",
        style="outlook",
        labels=dict(obj=["The point of the video is to get people to visit the new showroom"],
                    req=["Keep it under 60 seconds"]),
    ),
    Mail(
        2048, "bakery-competitor-followers", BAKERY3, SAM, "2029-03-06 16:00", "Instagram",
        """Our competitor down the street says they have 5,000 followers, we have 1,200. Not sure that matters, just thought I'd mention it.

Ella""",
        style="apple",
        labels=dict(),  # someone else's figure, no goal of ours
    ),
    Mail(
        2049, "language-school-hope-reach", SCHOOL3, SAM, "2029-03-07 09:30", "Summer courses",
        """Dear Sam,

We hope with this campaign to reach more young people, specially students who want to study abroad.

Thank you,
Anh""",
        style="gmail",
        labels=dict(obj=["We hope with this campaign to reach more young people"]),
    ),
    Mail(
        2050, "water-goal-then-ask", CHARITY2, SAM, "2029-03-07 11:00", "Re: Spring appeal concepts",
        """Thanks for the concepts. Remember the main goal is donations. The donate button should be much bigger on all three.

Paul""",
        style="gmail",
        quote=Quote(SAM, "2029-03-06 17:00", """Paul, three concepts for the spring appeal landing page attached.

Sam"""),
        labels=dict(obj=["the main goal is donations"],
                    cr=["The donate button should be much bigger on all three"]),
    ),
    Forward(
        2051, "goods-fw-q4-numbers", RETAIL3, SAM, "2029-03-07 13:15",
        "FYI, our Q4 numbers below, in case they're useful for the planning.\n\nZoe",
        Mail(
            0, "goods-q4-orig", Person("Finance Team", "finance@clarkgoods.com",
                                       "America/New_York"),
            RETAIL3, "2029-03-06 08:00", "Q4 results",
            """Team,

Q4 revenue was up 12% on last year, and online orders were up 30%.

Finance""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(),  # last quarter's results, no goal
    ),
    Mail(
        2052, "audio-terse-goal", GADGET2, SAM, "2029-03-07 15:40", "launch",
        """goal = 100 preorders by launch. you guys pick the channels""",
        style="plain",
        labels=dict(obj=["goal = 100 preorders by launch"]),
    ),
    Mail(
        2053, "cu-homebuyer-brief", CU3, SAM, "2029-03-08 09:00", "First-time homebuyer program",
        """Hi Sam,

We're launching a first-time homebuyer program and would like 75 applications in the first 90 days. Budget is $18,000.

Everything must include our NMLS number and the Equal Housing Lender logo. The program launches April 16, so we need final creative by April 6.

Thanks,
Grace""",
        style="outlook",
        labels=dict(obj=["would like 75 applications in the first 90 days"],
                    budgets=[("18000", "USD")],
                    req=["Everything must include our NMLS number"],
                    due=["2029-04-16", "2029-04-06"]),
    ),
    Mail(
        2054, "solar-kpi-cpl", LEADS, SAM, "2029-03-08 11:30", "Lead gen",
        """Sam, KPI for this one: cost per lead under $40. Anything above that and we pause.

Omar""",
        style="gmail",
        labels=dict(obj=["cost per lead under $40"]),  # a target, not a budget
    ),
    Mail(
        2055, "pharmacy-not-just", PHARMA2, SAM, "2029-03-08 14:00", "Brand refresh",
        """Hi Sam,

With the refresh we want people to stop thinking of us as just a pharmacy. We do vaccines, health screenings and nutrition advice now.

Beth""",
        style="gmail",
        labels=dict(obj=["we want people to stop thinking of us as just a pharmacy"]),
    ),
    Mail(
        2056, "cafe-know-we-exist", CAFE3, SAM, "2029-03-08 16:10", "help",
        """Honestly we just need more people to know we exist. We're tucked behind the library and nobody finds us.

Joe""",
        style="apple",
        labels=dict(obj=["we just need more people to know we exist"]),
    ),
    Mail(
        2057, "florist-hope-weekend", FRIEND, SAM, "2029-03-09 08:30", "Monday",
        """Hi Sam! I hope you had a nice weekend, hope the kids are well. Talk Monday about the Mother's Day plans?

Liz""",
        style="gmail",
        labels=dict(),  # pleasantries and a call
    ),
    Mail(
        2058, "camp-fill-spots-question", CAMP, SAM, "2029-03-09 10:00", "Summer camp",
        """Sam, could a campaign help us fill the 40 empty spots in our summer camp? Registration closes May 15.

Dan""",
        style="outlook",
        labels=dict(obj=["fill the 40 empty spots in our summer camp"]),  # their own deadline
    ),
    Mail(
        2059, "technik-target-leads", MESSE2, SAM, "2029-03-09 12:20", "Trade fair",
        """Dear Sam,

Our target is to generate 300 leads at the trade fair. All material must be bilingual German/English.

Best regards
Katrin Vogel""",
        style="outlook",
        labels=dict(obj=["Our target is to generate 300 leads"],
                    req=["All material must be bilingual"], **EU),
    ),
]
