"""The ninety-seventh labelled set (2080-2099), written on 2026-12-07 (twenty-ninth session)
after tune73's rules and before any rule of its own: the split ``tune74``, scored blind first,
then tuned on.

Rules of the job from the places the work runs and the people who sign it off: an ad
platform's policy ("Meta won't approve ads that ..."), contrast for accessibility, a franchise
brand book, a union's bug, a pharmacy board, a school district's photo policy, a print spec
said in a sentence, a landlord's sign rules, a translator's sign-off; beside sentences that
only look like rules: a preference, last year's rule that no longer holds, a hypothetical, a
question whether a rule applies, the writer's own errand. Dates run in the week of 19 March
2029 (a Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

META = Person("Ava Ross", "ava@rossboutique.com", "America/New_York")
ACCESS = Person("Ben Ortiz", "bortiz@cityofriverton.gov", "America/Chicago")
FRANCH = Person("Carla Diaz", "carla@sunnysidesubs.com", "America/Phoenix")
UNION = Person("Dave Kowalski", "dave@local214.org", "America/Chicago")
PHARM3 = Person("Erin Shaw", "erin@shawrx.com", "America/New_York")
DISTRICT = Person("Fiona Grant", "fgrant@maplewoodschools.org", "America/New_York")
PRINTSPEC = Person("Gus Lee", "gus@leeprinting.com", "America/Los_Angeles")
LANDLORD = Person("Hana Sato", "hana@satonoodles.com", "America/Los_Angeles")
TRANSL = Person("Ines Costa", "ines@costawines.pt", "Europe/Lisbon")
PREF = Person("Jack Hill", "jack@hillhardware.com", "America/Chicago")
OLDRULE = Person("Kara Webb", "kara@webbdental.com", "America/New_York")
HYPO = Person("Liam Park", "liam@parkmotors.com", "America/Denver")
ASKRULE = Person("Maya Brooks", "maya@brooksbakery.com", "America/New_York")
ERRAND = Person("Noah Kim", "noah@kimtaxes.com", "America/Los_Angeles")
GOOGLE = Person("Olga Petrova", "olga@petrovaclinic.com", "America/New_York")
TV = Person("Pat Quinn", "pat@quinnfurniture.com", "America/Chicago")
ALC = Person("Rita Moss", "rita@mossbrewery.com", "America/Denver")
KIDS = Person("Sara Lind", "sara@lindtoys.com", "America/New_York")
FIN = Person("Tom Ray", "tray@raywealth.com", "America/New_York")
HOSP2 = Person("Uma Das", "udas@riverbendhealth.org", "America/Chicago")


def _quote(text: str, when: str = "2029-03-19 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2080, "boutique-meta-policy", META, SAM, "2029-03-19 10:00", "Instagram ads",
        """Hi Sam,

Heads up for the spring ads: Meta won't approve ads that show before-and-after photos, so none of those please.

Ava""",
        style="gmail",
        labels=dict(req=["Meta won't approve ads that show before-and-after photos"]),
    ),
    Mail(
        2081, "city-contrast-wcag", ACCESS, SAM, "2029-03-19 11:30", "Recycling campaign",
        """Sam,

Everything we publish has to meet WCAG AA contrast, and every video needs captions. Our accessibility officer will check before anything goes live.

Ben Ortiz
Communications, City of Riverton""",
        style="outlook",
        labels=dict(req=["Everything we publish has to meet WCAG AA contrast"]),
    ),
    Mail(
        2082, "subs-brand-book", FRANCH, SAM, "2029-03-19 13:00", "Local store mailer",
        """Hi Sam, corporate's brand book says the sun logo can only appear in yellow or white, never on a photo. Can you work within that for the new store mailer?

Carla""",
        style="gmail",
        labels=dict(req=["the sun logo can only appear in yellow or white"]),
    ),
    Mail(
        2083, "union-bug", UNION, SAM, "2029-03-19 15:00", "Rally flyers",
        """Sam, all printed pieces must carry the union bug and be printed in a union shop. No exceptions.

Dave""",
        style="plain",
        labels=dict(req=["all printed pieces must carry the union bug"]),
    ),
    Mail(
        2084, "pharmacy-board-rule", PHARM3, SAM, "2029-03-20 09:20", "Vaccine ads",
        """Hi Sam,

The state pharmacy board doesn't allow us to advertise prices for prescription drugs, so leave the price out of the vaccine ads.

Erin""",
        style="outlook",
        labels=dict(req=["The state pharmacy board doesn't allow us to advertise prices"]),
    ),
    Mail(
        2085, "district-photo-policy", DISTRICT, SAM, "2029-03-20 11:00", "Enrollment campaign",
        """Dear Sam,

Per district policy, we can only use photos of students whose families have signed the media release, and no last names anywhere.

Fiona Grant""",
        style="outlook",
        labels=dict(req=["we can only use photos of students whose families have signed the media release"]),
    ),
    Mail(
        2086, "printer-spec-sentence", PRINTSPEC, SAM, "2029-03-20 13:40", "Files for the menus",
        """Sam, for the menus send press-ready PDFs with an eighth inch of bleed and all fonts outlined, otherwise the files bounce.

Gus""",
        style="gmail",
        labels=dict(req=["send press-ready PDFs with an eighth inch of bleed"]),
    ),
    Mail(
        2087, "noodles-landlord-sign", LANDLORD, SAM, "2029-03-20 16:00", "Window signs",
        """Hi Sam, our landlord only lets us cover a third of the window with signs, and nothing can hang from the ceiling. Please keep that in mind for the grand opening signs.

Hana""",
        style="apple",
        labels=dict(req=["our landlord only lets us cover a third of the window"]),
    ),
    Mail(
        2088, "wines-translator-sign-off", TRANSL, SAM, "2029-03-21 09:00", "US labels",
        """Hello Sam,

All English text on the US labels must be checked by our importer before printing, they are responsible for the legal wording.

Best,
Ines""",
        style="outlook",
        labels=dict(req=["All English text on the US labels must be checked by our importer"]),
    ),
    Mail(
        2089, "hardware-preference", PREF, SAM, "2029-03-21 10:30", "Spring flyer",
        """Sam, I like it when the flyers use our red, but it's not a rule, use what works.

Jack""",
        style="gmail",
        labels=dict(),  # a liking, said to be no rule
    ),
    Mail(
        2090, "dental-old-rule-gone", OLDRULE, SAM, "2029-03-21 12:00", "Ad rules",
        """Hi Sam, last year we had to put the insurance disclaimer on everything, but that's no longer required, so you can leave it off.

Kara""",
        style="gmail",
        labels=dict(),  # a rule that no longer holds
    ),
    Mail(
        2091, "motors-hypothetical", HYPO, SAM, "2029-03-21 14:15", "Financing ad",
        """If we end up advertising the 0% financing, the fine print would have to list the APR terms. We'll decide next week.

Liam""",
        style="gmail",
        labels=dict(),  # a rule for an ad not decided yet
    ),
    Mail(
        2092, "bakery-ask-rule", ASKRULE, SAM, "2029-03-22 09:00", "Allergens",
        """Quick question: do we have to list allergens on the menu board, or is that only for packaged goods?

Maya""",
        style="apple",
        labels=dict(),  # asks whether a rule applies
    ),
    Mail(
        2093, "taxes-own-errand", ERRAND, SAM, "2029-03-22 10:45", "Tax season",
        """Sam, I have to renew our business license before the campaign starts, so I may be slow to reply this week.

Noah""",
        style="gmail",
        labels=dict(),  # the writer's own errand
    ),
    Mail(
        2094, "clinic-google-ads", GOOGLE, SAM, "2029-03-22 13:00", "Search ads",
        """Hello Sam,

Google requires healthcare advertisers to be certified, and we are, but the ads cannot mention specific prescription drug names. Please write around that.

Dr. Petrova""",
        style="outlook",
        labels=dict(req=["the ads cannot mention specific prescription drug names"]),
    ),
    Mail(
        2095, "furniture-tv-station", TV, SAM, "2029-03-22 15:20", "TV spot",
        """Sam, the station needs the spot delivered as a 1080i ProRes file, exactly 30 seconds, with 2 seconds of black at the head.

Pat""",
        style="gmail",
        labels=dict(req=["the station needs the spot delivered as a 1080i ProRes file"]),
    ),
    Mail(
        2096, "brewery-alcohol-rules", ALC, SAM, "2029-03-23 09:30", "Summer cans",
        """Hi Sam,

State rules: no one in the photos can look under 25, and every ad has to say "Please enjoy responsibly." Thanks!

Rita""",
        style="gmail",
        labels=dict(req=["no one in the photos can look under 25"]),
    ),
    Mail(
        2097, "toys-safety-warning", KIDS, SAM, "2029-03-23 11:00", "Re: Toy catalog",
        """Looks great! One thing, by law the choking hazard warning has to appear next to every toy with small parts. Can you add it on pages 4 and 9?

Sara""",
        style="gmail",
        quote=_quote("Sara, the toy catalog proof is attached.", "2029-03-22 16:00"),
        labels=dict(req=["the choking hazard warning has to appear next to every toy with small parts"],
                    cr=["Can you add it on pages 4 and 9?"]),
    ),
    Mail(
        2098, "wealth-compliance-review", FIN, SAM, "2029-03-23 13:30", "Newsletter",
        """Sam,

Compliance needs to review every piece 10 business days before it goes out, and performance figures must show the period they cover.

Tom Ray""",
        style="outlook",
        labels=dict(req=["Compliance needs to review every piece 10 business days before it goes out"]),
    ),
    Mail(
        2099, "hospital-hipaa", HOSP2, SAM, "2029-03-23 15:00", "Patient stories",
        """Hi Sam,

For the patient story videos, we need a signed HIPAA authorization from every patient before filming, and we can't show any screens with patient data.

Uma""",
        style="outlook",
        labels=dict(req=["we need a signed HIPAA authorization from every patient before filming"]),
    ),
]
