"""The fifty-sixth labelled set (1240-1259), written on 2026-12-06 (nineteenth session) after
tune45 and before any tuning on it, scored blind, then tuned on: the split ``tune46``.

A second week (23-27 August 2027) of everyday English asks said indirectly, beside mail that
sounds like an ask and is none: "I wonder if we could try", "would you mind moving", "let's
see how it looks with", "how would it look if", "can I ask that we", "we're thinking the blue
might work better", "mind swapping", "would love it if", "any way the headline could", "the
second paragraph could go", "feels dated"; and "could you send the invoice to accounts?",
"mind if we push our call?", "let's see how the first week goes before we change anything",
"would love to hear your thoughts".
"""

from build import Mail, Person, Quote
from cast import SAM

AMY = Person("Amy Bishop", "amy@bishopflorals.com", "America/New_York")
BRAD = Person("Brad Lowe", "brad@lowehvac.com", "America/Chicago")
CARA = Person("Cara Nolan", "cara@nolanpets.com", "America/Denver")
DEAN_W = Person("Dean Walsh", "dean@walshcider.com", "America/New_York")
ERIN = Person("Erin Todd", "erin@toddclinic.com", "America/Chicago")
FAY = Person("Fay Burns", "fay@burnsbooks.com", "America/Los_Angeles")
GUS_H = Person("Gus Hart", "gus@hartbikes.com", "America/Denver")
HOPE = Person("Hope Ellis", "hope@ellisyoga.com", "America/Los_Angeles")
IAN_R = Person("Ian Ryan", "ian@ryanlaw.com", "America/New_York")
JO = Person("Jo Price", "jo@pricebakery.com", "America/Chicago")
KIT = Person("Kit Monroe", "kit@monroehotel.com", "America/New_York")
LEO = Person("Leo Grant", "leo@grantmotors.com", "America/Denver")
MIA_W = Person("Mia Wells", "mia@wellsdental.com", "America/New_York")
NED_P = Person("Ned Park", "ned@parkgolf.com", "America/Phoenix")
ORLA = Person("Orla Quinn", "orla@quinnwool.com", "America/Chicago")
PAM = Person("Pam Reid", "pam@reidrealty.com", "America/Los_Angeles")
ROB = Person("Rob Dale", "rob@dalebrewing.com", "America/Denver")
SUE_M = Person("Sue Marsh", "sue@marshsalon.com", "America/New_York")
TED = Person("Ted Quill", "ted@quillpens.com", "America/Chicago")
VAL = Person("Val Stone", "val@stonecafe.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        1240, "florals-wonder-try", AMY, SAM, "2027-08-23 09:00", "Re: Wedding brochure",
        """Hi Sam, I wonder if we could try the cover photo in black and white? Might feel more
elegant. Love the rest.

Amy""",
        style="apple",
        quote=Quote(SAM, "2027-08-20 15:00", """Amy, the wedding brochure draft is attached.

Sam"""),
        labels=dict(cr=["I wonder if we could try the cover photo in black and white"]),
    ),
    Mail(
        1241, "hvac-mind-moving", BRAD, SAM, "2027-08-23 10:30", "Re: Service postcard",
        """Sam, would you mind moving the coupon to the front? Nobody flips the card over. Also
could you send the invoice for the last run to accounts@lowehvac.com?

Brad""",
        style="gmail",
        labels=dict(cr=["would you mind moving the coupon to the front"]),
    ),
    Mail(
        1242, "pets-see-how-looks", CARA, SAM, "2027-08-23 13:00", "Re: Adoption poster",
        """Hi Sam! Let's see how it looks with a white background instead of the beige. And the
dog in the corner is cut off at the ears, can we zoom out a little?

Cara""",
        style="gmail",
        labels=dict(cr=["Let's see how it looks with a white background",
                        "can we zoom out a little"]),
    ),
    Mail(
        1243, "cider-how-would-it-look", DEAN_W, SAM, "2027-08-24 09:15", "Re: Label",
        """Sam, how would it look if the apple were on the left and the name on the right?
Curious, no pressure.

Dean""",
        style="gmail",
        labels=dict(cr=["how would it look if the apple were on the left"]),
    ),
    Mail(
        1244, "clinic-can-i-ask", ERIN, SAM, "2027-08-24 11:00", "Re: Flu shot ads",
        """Sam, can I ask that we remove the stock photo of the nurse? Our patients know our
staff and it feels fake. We'll send a photo of Dr. Ames by Thursday.

Erin""",
        style="outlook",
        labels=dict(cr=["can I ask that we remove the stock photo"]),
    ),
    Mail(
        1245, "books-thinking-blue", FAY, SAM, "2027-08-24 14:30", "Re: Book club flyer",
        """Hi Sam, we're thinking the blue might work better than the green for the title. What
do you think?

Fay""",
        style="gmail",
        labels=dict(cr=["the blue might work better than the green"]),
    ),
    Mail(
        1246, "bikes-mind-swapping", GUS_H, SAM, "2027-08-25 08:30", "Re: Sale email",
        """mind swapping the order of the two bikes? the e-bike should lead. thx

Gus""",
        style="gmail",
        quote=Quote(SAM, "2027-08-24 17:00", """Gus, the sale email is ready for a look.

Sam"""),
        labels=dict(cr=["mind swapping the order of the two bikes"]),
    ),
    Mail(
        1247, "yoga-love-it-if", HOPE, SAM, "2027-08-25 10:00", "Re: Retreat page",
        """Sam, would love it if the map were bigger, people keep getting lost on the way. Would
also love to hear your thoughts on adding a short video.

Hope""",
        style="apple",
        labels=dict(cr=["would love it if the map were bigger"]),
    ),
    Mail(
        1248, "law-any-way-one-line", IAN_R, SAM, "2027-08-25 12:30", "Re: Newspaper ad",
        """Sam, any way the headline could fit on one line? It wraps awkwardly right now. The
paper needs the final by Friday noon.

Ian""",
        style="outlook",
        labels=dict(due=["2027-08-27"], cr=["any way the headline could fit on one line"]),
    ),
    Mail(
        1249, "bakery-could-go", JO, SAM, "2027-08-25 15:00", "Re: Menu insert",
        """Sam, the second paragraph could go, it repeats what the first one says. Otherwise
ready.

Jo""",
        style="gmail",
        labels=dict(cr=["the second paragraph could go"]),
    ),
    Mail(
        1250, "hotel-feels-dated", KIT, SAM, "2027-08-26 09:00", "Re: Lobby poster",
        """Sam, the photo of the lobby feels dated, the furniture has changed since. We'll
arrange a new shoot. Can you hold the poster until then?

Kit""",
        style="outlook",
        labels=dict(cr=["the photo of the lobby feels dated", "Can you hold the poster"]),
    ),
    Mail(
        1251, "motors-push-call", LEO, SAM, "2027-08-26 10:30", "Thursday",
        """Sam, mind if we push our call to Friday? Something came up. Nothing to change on the
ads.

Leo""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1252, "dental-wait-and-see", MIA_W, SAM, "2027-08-26 12:00", "Re: New patient ads",
        """Thanks Sam. Let's see how the first week goes before we change anything. I'll send
you the numbers next Friday.

Mia""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1253, "golf-tone-down", NED_P, SAM, "2027-08-26 14:00", "Re: Tournament banner",
        """Sam, we need to tone down the red on the banner, it's a bit loud for the club. The
tournament is September 18 and the banner has to be up the day before.

Ned""",
        style="gmail",
        labels=dict(due=["2027-09-17"], cr=["we need to tone down the red"]),
    ),
    Mail(
        1254, "wool-double-check", ORLA, SAM, "2027-08-26 16:00", "Re: Pattern booklet",
        """Hi Sam, Siobhán's name is missing the accent on page 4 (it's Siobhán, not Siobhan).
Could you also make the yarn weights a little bolder?

Orla""",
        style="gmail",
        labels=dict(cr=["Siobhán's name is missing the accent",
                        "make the yarn weights a little bolder"]),
    ),
    Mail(
        1255, "realty-make-sure-link", PAM, SAM, "2027-08-27 09:00", "Re: Listing page",
        """Sam, the phone number on the listing page isn't clickable on my phone, can you make
it a tap-to-call link? The open house is September 4, so by the 2nd please.

Pam""",
        style="gmail",
        labels=dict(due=["2027-09-02"], cr=["can you make it a tap-to-call link"]),
    ),
    Mail(
        1256, "brewing-breathing-room", ROB, SAM, "2027-08-27 11:00", "Re: Can design",
        """Sam, could do with a bit more breathing room around the logo. Not a fan of the
yellow either, to be honest.

Rob""",
        style="gmail",
        labels=dict(cr=["could do with a bit more breathing room", "Not a fan of the yellow"]),
    ),
    Mail(
        1257, "salon-status-question", SUE_M, SAM, "2027-08-27 13:00", "Fall promo",
        """Hi Sam, I wonder if you've had a chance to look at the fall promo brief I sent? No
rush, just checking.

Sue""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1258, "pens-bring-up", TED, SAM, "2027-08-27 14:30", "Re: Catalog timing",
        """Sam, is there any way to bring the catalog date up to September 10? The trade show
moved earlier.

Ted""",
        style="outlook",
        labels=dict(due=["2027-09-10"], cr=["is there any way to bring the catalog date up"]),
    ),
    Mail(
        1259, "cafe-small-tweaks", VAL, SAM, "2027-08-27 16:00", "Re: Window decal",
        """Sam, two small tweaks: the hours should say 7-3 on weekends, and can the coffee cup be
brown rather than black? Thanks!

Val""",
        style="apple",
        labels=dict(cr=["the hours should say 7-3 on weekends"]),
    ),
]
