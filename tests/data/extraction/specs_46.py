"""The forty-first labelled set (460-479, numbers blind4 left free), written on 2026-12-06
(eighteenth session) after tune32's fixes and before any tuning on it, scored blind, then
tuned on: the split ``tune33``.

A week of mail (10-14 May 2027), changes again, in the voices of corporate marketing teams,
small shops and non-native writers: feedback given as "we feel", "our preference would be",
"consider", "it might be worth", "we're missing", "there's no", "needs a second look",
comments pasted from a PDF, an approval chain's notes, "same but", feedback by timecode,
and lookalikes that ask nothing (a compliment with "change", a change the client made
themselves, a question about cost).
"""

from build import Mail, Person, Quote
from cast import LUCA, SAM

EU = dict(day_first=True, default_currency="EUR")

ALINA = Person("Alina Popescu", "alina.popescu@corvexpharma.com", "America/New_York")
BRAD = Person("Brad Keller", "bkeller@kellerinsurance.com", "America/Chicago")
CORA = Person("Cora Lee", "cora@leeboutique.com", "America/Los_Angeles")
DMITRI = Person("Dmitri Ivanov", "dmitri@ivanovtech.com", "America/New_York")
ELISE = Person("Elise Martin", "elise@martinchocolat.fr", "Europe/Paris")
FRANK_O = Person("Frank Obi", "frank@obiconstruction.com", "America/Chicago")
GRETA = Person("Greta Lind", "greta@lindhotels.se", "Europe/Stockholm")
HAL = Person("Hal Burns", "hal@burnsautobody.com", "America/Denver")
INES = Person("Ines Costa", "ines@costawines.pt", "Europe/Lisbon")
JON = Person("Jon Wade", "jwade@wadeuniversity.edu", "America/New_York")
KIRA = Person("Kira Nash", "kira@nashpets.com", "America/Los_Angeles")
LEO = Person("Leo Grant", "leo@grantcafe.com", "America/New_York")
MINA = Person("Mina Yoon", "mina@yoonbeauty.com", "America/Los_Angeles")
NATE = Person("Nate Shaw", "nate@shawsports.com", "America/Chicago")
OLGA = Person("Olga Berg", "olga@bergdental.com", "America/New_York")
PAUL = Person("Paul Ng", "paul@ngarchitects.com", "America/Los_Angeles")
RENEE = Person("Renée Dubois", "renee@duboisbakery.ca", "America/Toronto")
SAMIR = Person("Samir Aziz", "samir@azizrugs.com", "America/Chicago")
TOVE = Person("Tove Berg", "tove@bergdesign.dk", "Europe/Copenhagen")
VAL = Person("Val Ortiz", "val@ortizfloral.com", "America/Denver")

ITEMS = [
    Mail(
        460, "pharma-we-feel", ALINA, SAM, "2027-05-10 09:00", "RE: HCP email round 2",
        """Hi Sam,

Thank you for round 2. The team reviewed it this morning. We feel the opening paragraph
is still too promotional for an HCP audience. Our preference would be to lead with the
clinical data instead.

Best regards,
Alina""",
        style="outlook",
        quote=Quote(SAM, "2027-05-07 16:00", """Alina, round 2 of the HCP email is attached.

Sam"""),
        labels=dict(cr=["lead with the clinical data instead"]),
    ),
    Mail(
        461, "insurance-consider", BRAD, SAM, "2027-05-10 10:30", "RE: Agent flyer",
        """Sam,

Please consider moving the agent photo to the top so people see a real face first. It
might also be worth adding a QR code that goes straight to the quote form.

Brad""",
        style="outlook",
        quote=Quote(SAM, "2027-05-07 14:00", """Brad, the agent flyer draft is attached.

Sam"""),
        labels=dict(cr=["consider moving the agent photo to the top",
                        "worth adding a QR code"]),
    ),
    Mail(
        462, "boutique-missing", CORA, SAM, "2027-05-10 12:00", "Re: Summer lookbook",
        """So pretty!! We're missing the linen dress though, it's our bestseller. And there's
no price on page 4.

Cora""",
        style="gmail",
        quote=Quote(SAM, "2027-05-09 18:00", """Cora, the summer lookbook is attached.

Sam"""),
        labels=dict(cr=["missing the linen dress", "no price on page 4"]),
    ),
    Mail(
        463, "tech-second-look", DMITRI, SAM, "2027-05-10 14:15", "Re: Product page",
        """Sam, the spec table needs a second look, a few numbers don't match our datasheet.
I've marked them in the attached PDF.

Dmitri""",
        style="gmail",
        quote=Quote(SAM, "2027-05-10 09:00", """Dmitri, the product page draft is live on
staging.

Sam"""),
        labels=dict(cr=["the spec table needs a second look"]),
    ),
    Mail(
        464, "chocolat-french-english", ELISE, LUCA, "2027-05-10 16:00", "Re: Easter box",
        """Dear Luca,

It is very nice. Only, the gold is a little too yellow for us, we would prefer a more
champagne gold. And can you write "Chocolatier depuis 1952" under the logo?

Elise""",
        style="gmail",
        quote=Quote(LUCA, "2027-05-10 10:00", """Elise, the Easter box design is attached.

Luca"""),
        labels=dict(cr=["champagne gold",
                        "write \"Chocolatier depuis 1952\" under the logo"], **EU),
    ),
    Mail(
        465, "construction-pdf-comments", FRANK_O, SAM, "2027-05-11 08:30",
        "Comments on capabilities brochure",
        """Sam, comments from the PDF below:

p.2 - "over 30 years" -> "over 35 years"
p.3 - replace the crane photo, it's from a competitor's site
p.5 - safety record paragraph OK
p.7 - add our new Denver office address

Frank""",
        style="gmail",
        labels=dict(cr=["\"over 30 years\" -> \"over 35 years\"", "replace the crane photo",
                        "add our new Denver office address"]),
    ),
    Mail(
        466, "hotels-approval-chain", GRETA, LUCA, "2027-05-11 10:00", "Re: Spa brochure",
        """Hi Luca,

Our GM has looked at it and has two wishes: the spa menu should be on its own page, and
the prices need to be in SEK only.

Greta""",
        style="gmail",
        quote=Quote(LUCA, "2027-05-10 15:00", """Greta, the spa brochure draft is attached.

Luca"""),
        labels=dict(cr=["spa menu should be on its own page"], **EU),
    ),
    Mail(
        467, "autobody-same-but", HAL, SAM, "2027-05-11 12:30", "Re: Billboard",
        """Same as the last one but with the new phone number and the 10% off. Thx

Hal""",
        style="gmail",
        quote=Quote(SAM, "2027-05-10 16:00", """Hal, want the new billboard to follow last
quarter's design?

Sam"""),
        labels=dict(cr=["Same as the last one but with the new phone number"]),
    ),
    Mail(
        468, "wines-portuguese-english", INES, LUCA, "2027-05-11 14:00", "Re: Label",
        """Hello Luca,

We like it. Only one thing, the name of the wine must be more big and in the center. Is
the most important.

Ines""",
        style="gmail",
        quote=Quote(LUCA, "2027-05-11 09:00", """Ines, the new label is attached.

Luca"""),
        labels=dict(cr=["the name of the wine must be more big"], **EU),
    ),
    Mail(
        469, "university-timecodes", JON, SAM, "2027-05-11 16:00", "Re: Admissions video v2",
        """Sam,

Notes on v2:
0:12 - the drone shot is too long, trim by 3 seconds
0:40 - wrong name on the lower third, it's Dr. Amara Osei
1:05 - music swells too early

Jon""",
        style="gmail",
        quote=Quote(SAM, "2027-05-11 10:00", """Jon, v2 of the admissions video:
https://vimeo.com/brightlane/wade-admissions-v2

Sam"""),
        labels=dict(cr=["the drone shot is too long", "wrong name on the lower third",
                        "music swells too early"]),
    ),
    Mail(
        470, "pets-compliment-change", KIRA, SAM, "2027-05-12 09:00", "Re: Adoption day poster",
        """What a change from the first version, I love it! The team does too. Ready to print
as far as I'm concerned.

Kira""",
        style="gmail",
        quote=Quote(SAM, "2027-05-11 17:00", """Kira, the revised adoption day poster is
attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        471, "cafe-made-it-themselves", LEO, SAM, "2027-05-12 10:20", "Re: Menu",
        """Hey Sam, I already swapped the soup of the day myself in the Canva file, so no need
to change anything on your end.

Leo""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        472, "beauty-cost-question", MINA, SAM, "2027-05-12 11:40", "Re: Campaign",
        """How much would it cost to add a TikTok version of the video? Just want to know
before we decide.

Mina""",
        style="gmail",
        quote=Quote(SAM, "2027-05-11 15:00", """Mina, the final campaign video is attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        473, "sports-go-with-and-tweak", NATE, SAM, "2027-05-12 14:00", "Re: Jersey ad options",
        """Let's go with B. Can you tone down the orange a bit and bring the sale dates up top?

Nate""",
        style="gmail",
        quote=Quote(SAM, "2027-05-11 16:00", """Nate, options A and B for the jersey ad are
attached.

Sam"""),
        labels=dict(cr=["tone down the orange"]),
    ),
    Mail(
        474, "dental-hedged-ask", OLGA, SAM, "2027-05-12 16:30", "Re: New patient postcard",
        """Hi Sam, not sure if this is possible, but could the map be a bit bigger? Patients
always get lost finding us.

Olga""",
        style="gmail",
        quote=Quote(SAM, "2027-05-12 10:00", """Olga, the new patient postcard is attached.

Sam"""),
        labels=dict(cr=["could the map be a bit bigger"]),
    ),
    Mail(
        475, "architects-longer-notes", PAUL, SAM, "2027-05-13 09:00",
        "Re: Portfolio site v1",
        """Sam,

Overall this is heading in the right direction. Some thoughts:

The home page feels static, we'd love to have the project images rotate, or at least
fade between two or three hero shots.

The project pages are too text heavy; the drawings should be the focus, with the text
as captions.

The contact page doesn't show our Oakland studio at all, only San Francisco.

Paul""",
        style="gmail",
        quote=Quote(SAM, "2027-05-12 15:00", """Paul, v1 of the portfolio site is live on
staging.

Sam"""),
        labels=dict(cr=["have the project images rotate",
                        "project pages are too text heavy",
                        "doesn't show our Oakland studio"]),
    ),
    Mail(
        476, "bakery-quebec-english", RENEE, SAM, "2027-05-13 11:00", "Re: Window decal",
        """Bonjour Sam, the decal is beautiful. Just put the French first and the English
under, it's the law here for signs.

Renée""",
        style="gmail",
        quote=Quote(SAM, "2027-05-12 16:00", """Renée, the window decal proof is attached.

Sam"""),
        labels=dict(cr=["put the French first"]),
    ),
    Mail(
        477, "rugs-numbers-wrong", SAMIR, SAM, "2027-05-13 13:30", "Re: Sale flyer",
        """Sam the sale prices are wrong on three rugs, I circled them in the photo I attached.
Also the sale ends May 31 not May 30.

Samir""",
        style="gmail",
        quote=Quote(SAM, "2027-05-13 09:00", """Samir, the sale flyer proof is attached.

Sam"""),
        labels=dict(cr=["sale prices are wrong on three rugs", "the sale ends May 31 not May 30"]),
    ),
    Mail(
        478, "design-danish-could-you", TOVE, LUCA, "2027-05-14 09:30", "Re: Exhibition poster",
        """Hi Luca,

Could you make it more airy? Now it is very full. Maybe remove the second quote.

Tove""",
        style="gmail",
        quote=Quote(LUCA, "2027-05-13 14:00", """Tove, the exhibition poster draft is attached.

Luca"""),
        labels=dict(cr=["make it more airy", "remove the second quote"], **EU),
    ),
    Mail(
        479, "floral-reply-inline-changes", VAL, SAM, "2027-05-14 11:00", "Re: Wedding page",
        """> 1. Should the gallery show all 40 photos or a selection?
A selection please, 12 max.

> 2. Keep the pink buttons?
No, make them sage green to match the logo.

Val""",
        style="gmail",
        labels=dict(cr=["make them sage green"]),
    ),
]
