"""The hundred-and-twenty-fourth labelled set (2620-2639), written on 2026-12-08 (thirty-fourth
session) after tune98's rules, before any rule of its own: the split ``tune99``, scored blind
first, then tuned on.

Rules for the work said every way a client says them: a size floor ("can't be smaller than
25 mm"), an approval ("legal has to see everything before it goes out"), a faith's rule ("no
pork or shellfish in any imagery"), "make sure ... on every piece", "don't forget the FDIC
logo", "it's important that ...", a franchise agreement, a colour count, a colour avoided,
a reading level, screenshot sizes, royalty-free music, "non-negotiable"; and beside them
what only sounds like a rule: last time's printer, a question about a file, lunch, "I have
to run", a CEO's tiredness, "make sure you enjoy the holidays". Also a forward of a
colleague's forward and an Outlook table of comments. Dates run in the week of 4 March
2030 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

SIZE = Person("Helga Berg", "helga@bergoutdoor.no", "Europe/Oslo")
LEGAL = Person("Sandra Kim", "skim@kimlawgroup.com", "America/New_York")
KOSHER = Person("Avi Levin", "avi@levinfoods.com", "America/New_York")
SURE = Person("Pat Moreno", "pat@morenoauto.com", "America/Phoenix")
FDIC = Person("Gary Walsh", "gwalsh@walshbank.com", "America/Chicago")
DIVERSE = Person("Monique Baptiste", "monique@baptistelearning.org", "America/New_York")
FRANCHISE = Person("Kevin O'Neil", "kevin@oneilsubs.com", "America/Chicago")
COLORS = Person("Ines Vidal", "ines@vidalprint.com", "America/Los_Angeles")
READING = Person("Dr. Amara Obi", "aobi@obiclinic.org", "America/New_York")
SCREENS = Person("Yuki Tanaka", "yuki@tanakaapps.com", "America/Los_Angeles")
MUSIC = Person("Leo Grant", "leo@grantfitness.com", "America/Denver")
FOUNDER = Person("Ruth Adler", "ruth@adlerjewelry.com", "America/New_York")
LASTTIME = Person("Ben Fox", "ben@foxhardware.com", "America/Chicago")
QUESTION = Person("Mia Russo", "mia@russodeli.com", "America/New_York")
SOCIAL = Person("Tony Reyes", "tony@reyeslandscaping.com", "America/Los_Angeles")
COLLEAGUE = Person("Jill Archer", "jill@archerhotels.com", "America/New_York")
GM = Person("Rob Hale", "rob.hale@archerhotels.com", "America/New_York")
OWNER = Person("Linda Archer", "linda@archerhotels.com", "America/New_York")
TABLE = Person("Victor Lang", "vlang@langmedical.com", "America/Chicago")
HOLIDAY = Person("Nadia Farouk", "nadia@faroukrugs.com", "America/New_York")
NONNATIVE = Person("Chen Jing", "chen.jing@jingtea.cn", "Asia/Shanghai")


def _quote(text: str, when: str = "2030-03-01 16:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2620, "outdoor-size-floor", SIZE, SAM, "2030-03-04 09:00", "Catalogue 2030",
        """Hi Sam,

Some rules from our brand book for the new catalogue. The logo can't be smaller than 25 mm wide, and it never sits on a photo without the white box.

Deadline for print files is 22 March.

Helga""",
        style="outlook",
        labels=dict(due=["2030-03-22"],
                    req=["The logo can't be smaller than 25 mm wide"],
                    day_first=True, default_currency="NOK"),
    ),
    Mail(
        2621, "law-legal-sees-everything", LEGAL, SAM, "2030-03-04 10:15", "New website",
        """Sam,

Before we start: our ethics counsel has to see everything before it goes out, including social posts. Nothing can promise results, and every page needs the "Attorney Advertising" line.

Sandra""",
        style="gmail",
        labels=dict(req=["our ethics counsel has to see everything before it goes out",
                         "Nothing can promise results"]),
    ),
    Mail(
        2622, "foods-kosher-imagery", KOSHER, SAM, "2030-03-04 11:20", "Passover campaign",
        """Hi Sam,

We're a kosher brand, so no pork or shellfish in any imagery, and no bread on the Passover pieces. The campaign goes live March 25.

Avi""",
        style="gmail",
        labels=dict(due=["2030-03-25"],
                    req=["no pork or shellfish in any imagery"]),
    ),
    Mail(
        2623, "auto-make-sure", SURE, SAM, "2030-03-04 13:40", "Spring sales event",
        """Sam,

Make sure the phone number and the address are on every piece. Dealer license number too, state law.

Budget for the event is $12k.

Pat""",
        style="gmail",
        labels=dict(budgets=[("12000", "USD")],
                    req=["Make sure the phone number and the address are on every piece",
                         "Dealer license number too"]),
    ),
    Mail(
        2624, "bank-dont-forget", FDIC, SAM, "2030-03-04 15:10", "Re: CD rate ad",
        """Looks good. Don't forget the Member FDIC logo, and the APY needs the "as of" date next to it.

Gary""",
        style="outlook",
        quote=_quote("Gary, the CD rate ad is attached."),
        labels=dict(cr=["Don't forget the Member FDIC logo"]),
    ),
    Mail(
        2625, "learning-important-that", DIVERSE, SAM, "2030-03-05 09:30", "Summer camp brochure",
        """Hello Sam,

It's important that the kids in the photos reflect the families we serve, so please use our own photos rather than stock. We want 200 sign-ups by May.

Monique""",
        style="gmail",
        labels=dict(req=["It's important that the kids in the photos reflect the families we serve"],
                    obj=["We want 200 sign-ups by May"]),
    ),
    Mail(
        2626, "subs-franchise-agreement", FRANCHISE, SAM, "2030-03-05 10:45", "Local radio",
        """Sam,

Our franchise agreement says we can't name competitors or compare prices in any ad. Corporate also needs to approve the script.

The spot starts airing March 18.

Kevin""",
        style="outlook",
        labels=dict(due=["2030-03-18"],
                    req=["we can't name competitors or compare prices in any ad",
                         "Corporate also needs to approve the script"]),
    ),
    Mail(
        2627, "print-colour-count", COLORS, SAM, "2030-03-05 12:00", "Tote bags",
        """Hi Sam, for the tote bags: no more than 3 colors, the printer charges per color. And please avoid red, that's our competitor's color.

Ines""",
        style="gmail",
        labels=dict(req=["no more than 3 colors", "please avoid red"]),
    ),
    Mail(
        2628, "clinic-reading-level", READING, SAM, "2030-03-05 14:20", "Patient leaflets",
        """Dear Sam,

All copy needs to be at a 6th grade reading level, and every leaflet should be available in Spanish as well as English.

We would like the first drafts by March 15.

Dr. Obi""",
        style="outlook",
        labels=dict(due=["2030-03-15"],
                    req=["All copy needs to be at a 6th grade reading level",
                         "every leaflet should be available in Spanish as well as English"]),
    ),
    Mail(
        2629, "apps-screenshot-sizes", SCREENS, SAM, "2030-03-05 16:30", "App store assets",
        """Sam,

The App Store screenshots have to be 1290 x 2796 px, and Google Play wants 1080 x 1920. No device frames, Apple rejected those last time.

Yuki""",
        style="gmail",
        labels=dict(req=["The App Store screenshots have to be 1290 x 2796 px",
                         "No device frames"]),
    ),
    Mail(
        2630, "fitness-royalty-free", MUSIC, SAM, "2030-03-06 08:45", "Promo video",
        """Sam, music must be royalty free, we got a copyright strike last year. Keep it under 60 seconds for Instagram.

Leo""",
        style="gmail",
        labels=dict(req=["music must be royalty free", "Keep it under 60 seconds for Instagram"]),
    ),
    Mail(
        2631, "jewelry-non-negotiable", FOUNDER, SAM, "2030-03-06 10:30", "Re: Website redesign",
        """Sam,

Mostly happy with the direction. One thing that's non-negotiable: my father's photo stays on the About page. He founded the business in 1962.

Also the gold in the header should be warmer.

Ruth""",
        style="gmail",
        quote=_quote("Ruth, the website redesign concepts are attached."),
        labels=dict(req=["my father's photo stays on the About page"],
                    cr=["the gold in the header should be warmer"]),
    ),
    Mail(
        2632, "hardware-last-time", LASTTIME, SAM, "2030-03-06 12:15", "Spring flyer",
        """Sam,

Last time the printer needed CMYK files and it took two rounds to get it right. Hopefully smoother this year.

The flyer should be in stores by April 1.

Ben""",
        style="gmail",
        labels=dict(due=["2030-04-01"]),
    ),
    Mail(
        2633, "deli-question-not-rule", QUESTION, SAM, "2030-03-06 14:00", "Menu boards",
        """Hi Sam,

Does the logo need to be a vector file for the menu boards? I only have a JPG. Also, do the boards have to be the same size as the old ones?

Mia""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        2634, "landscaping-social", SOCIAL, SAM, "2030-03-06 16:20", "Re: Spring postcards",
        """Sam, postcards look great, thanks! We must grab lunch sometime. I have to run to a job site now, talk soon.

Our CEO must be exhausted after the trade show, so I'll get his sign-off next week.

Tony""",
        style="gmail",
        quote=_quote("Tony, the spring postcards are attached."),
        labels=dict(),
    ),
    Forward(
        2635, "hotels-forward-of-forward", COLLEAGUE, SAM, "2030-03-07 09:15",
        "Sam, see below from Rob and Linda. Can we talk about it tomorrow?\n\nJill",
        Forward(
            0, "hotels-gm-forward", GM, COLLEAGUE, "2030-03-06 18:40",
            "Jill, Linda's notes on the spring ad. Passing on.\n\nRob",
            Mail(
                0, "hotels-owner-notes", OWNER, GM, "2030-03-06 17:05", "Spring ad",
                """Rob,

The spring ad needs the new pool photo, the old one shows the blue tiles we replaced. And the rate has to say "from $189" not "$189".

It must run in the April issue, the magazine's deadline is March 20.

Linda""",
                style="outlook",
            ),
            style="outlook",
        ),
        style="gmail",
        labels=dict(cr=["The spring ad needs the new pool photo", "the rate has to say \"from $189\""],
                    due=["2030-03-20"]),
    ),
    Mail(
        2636, "medical-outlook-comments-table", TABLE, SAM, "2030-03-07 11:00", "RE: Brochure proof",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Our comments on the proof are below.</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Page</b></p></td><td><p class="MsoNormal"><b>Comment</b></p></td></tr>
<tr><td><p class="MsoNormal">2</p></td><td><p class="MsoNormal">Dr. Patel's title is Chief of Cardiology, not Head of Cardiology</p></td></tr>
<tr><td><p class="MsoNormal">5</p></td><td><p class="MsoNormal">Remove the photo of the old building</p></td></tr>
<tr><td><p class="MsoNormal">6</p></td><td><p class="MsoNormal">Looks good</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Victor</p>
</div></body></html>""",
        labels=dict(cr=["Dr. Patel's title is Chief of Cardiology", "Remove the photo of the old building"]),
    ),
    Mail(
        2637, "rugs-enjoy-holidays", HOLIDAY, SAM, "2030-03-07 13:30", "Thanks",
        """Sam,

Thanks for all the help with the Nowruz sale. Make sure you enjoy the long weekend, you've earned it!

Nadia""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        2638, "tea-nonnative-rules", NONNATIVE, SAM, "2030-03-07 15:00", "Tea packaging for US market",
        """Dear Sam,

For US market the packaging must have English and Chinese both. The weight must show in ounces and grams. Please not use the dragon picture, our partner think it is too old style.

We hope to receive first design until 25th March.

Best regards
Chen Jing""",
        style="outlook",
        labels=dict(due=["2030-03-25"],
                    req=["the packaging must have English and Chinese both",
                         "The weight must show in ounces and grams",
                         "Please not use the dragon picture"],
                    day_first=True),
    ),
    Mail(
        2639, "outdoor-forwarded-printer-rules", SIZE, SAM, "2030-03-07 16:10", "Fwd: file requirements",
        """Sam, FYI from the printer, please follow this for the catalogue:

All files as PDF/X-4 with 3 mm bleed. Images at 300 dpi minimum. Files must be with them by 20 March at 12:00.

Helga""",
        style="outlook",
        labels=dict(due=["2030-03-20"],
                    req=["All files as PDF/X-4 with 3 mm bleed", "Images at 300 dpi minimum"],
                    day_first=True, default_currency="NOK"),
    ),
]
