"""The seventy-seventh labelled set (1660-1679), written on 2026-12-07 (twenty-sixth session)
after the second opinion began reading changes in replies and before any rule of this
session: the split ``tune58``, scored blind first, then tuned on.

Replies in voices the set has few of: Indian, Nigerian, Singaporean, Filipino and Kenyan
clients' English, SMS-short phones, an Outlook reply of bullets in HTML, a dictated reply, a
reply that mixes a new deadline, a rule from legal and faults; replies that ask nothing
(thanks, a question about an invoice, a past event, an answer); a first brief and a forward
beside them. Dates run in the week of 8 May 2028 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

SPICE = Person("Rohan Mehta", "rohan@mehtaspices.in", "Asia/Kolkata")
SCHOOLNG = Person("Funke Adeyemi", "funke@brightstarschools.ng", "Africa/Lagos")
HAWKER = Person("Wei Ling Tan", "weiling@tanfoods.sg", "Asia/Singapore")
RESORT = Person("Marites Cruz", "marites@bluecoveresort.ph", "Asia/Manila")
SAFARI = Person("Otieno Kamau", "otieno@savannahtrails.co.ke", "Africa/Nairobi")
GARAGE = Person("Bo Jensen", "bo@jensenauto.com", "America/Chicago")
OPTICS = Person("Meg Ford", "meg@fordoptical.com", "America/New_York")
LEGAL = Person("Carl Moss", "cmoss@fordoptical.com", "America/New_York")
BAKERY = Person("Lena Park", "lena@parkbakery.com", "America/Los_Angeles")
CREDIT = Person("Hugh Dale", "hdale@riverbendcu.org", "America/Chicago")
TEAHOUSE = Person("Mei Chen", "mei@jadeteahouse.com", "America/Los_Angeles")
GOLF = Person("Rick Olsen", "rick@pinevalleygolf.com", "America/Denver")
CHARITY = Person("Sue Grant", "sue@harborfoodbank.org", "America/New_York")

ITEMS = [
    Mail(
        1660, "spice-indian-kindly", SPICE, SAM, "2028-05-08 10:15", "Re: Diwali hamper box",
        """Dear Sam,

Thank you for sharing the design. Kindly change the saffron colour to a deeper shade, presently it is looking yellow. Also the weight is mentioned as 500 gm, it should be 250 gm for the small box.

Please revert with the updated design at the earliest.

Regards,
Rohan Mehta""",
        style="gmail",
        quote=Quote(SAM, "2028-05-05 16:00", """Dear Rohan, the hamper box design is attached.

Sam"""),
        labels=dict(cr=["Kindly change the saffron colour to a deeper shade",
                        "the weight is mentioned as 500 gm, it should be 250 gm"]),
    ),
    Mail(
        1661, "school-nigerian-reply", SCHOOLNG, SAM, "2028-05-08 11:40", "RE: Admission flyer",
        """Good morning Sam,

Well done on the flyer. Please the school bus is yellow not orange, kindly correct it. The admission form deadline written there is not the right one, it is now 30th June.

Thank you and God bless.
Funke""",
        style="outlook",
        quote=Quote(SAM, "2028-05-05 09:00", """Hi Funke, please find the admission flyer attached.

Sam"""),
        labels=dict(cr=["the school bus is yellow not orange",
                        "The admission form deadline written there is not the right one"]),
    ),
    Mail(
        1662, "hawker-singlish-terse", HAWKER, SAM, "2028-05-08 14:05", "Re: Menu board",
        """Hi Sam, the chicken rice photo too small lah, can make bigger? Also the price for set B wrong, should be $6.50.

Thanks!""",
        style="gmail",
        quote=Quote(SAM, "2028-05-08 09:30", """Wei Ling, here's the new menu board.

Sam"""),
        labels=dict(cr=["the chicken rice photo too small", "the price for set B wrong"],
                    non_budget=[("6.50", "SGD", "price")]),
    ),
    Mail(
        1663, "resort-filipino-reply", RESORT, SAM, "2028-05-08 16:20", "Re: Summer promo banner",
        """Hi Sam!

Thank you so much po, the banner is very nice. Just one concern, the promo is only until August 31 but the banner says until September. And our pool is not like that, it is an infinity pool facing the sea.

Salamat,
Marites""",
        style="gmail",
        quote=Quote(SAM, "2028-05-07 18:00", """Hi Marites, the summer promo banner for your review.

Sam"""),
        labels=dict(cr=["the banner says until September",
                        "our pool is not like that, it is an infinity pool facing the sea"]),
    ),
    Mail(
        1664, "safari-kenyan-long", SAFARI, SAM, "2028-05-09 08:30", "Re: Brochure 2029",
        """Hello Sam,

I hope this finds you well. I went through the brochure with our guides yesterday evening.

Page 3: the lion photo was taken in Serengeti, which is Tanzania, we only operate in the Maasai Mara. Page 5: the price per person sharing is missing, only the single price is there. Page 8: our new lodge at Naivasha is not mentioned at all.

We need the final version by 25th May because the tourism fair in Berlin is on the 30th.

Asante sana,
Otieno""",
        style="gmail",
        quote=Quote(SAM, "2028-05-04 15:00", """Hello Otieno, the 2029 brochure draft is attached.

Sam"""),
        labels=dict(cr=["the lion photo was taken in Serengeti",
                        "the price per person sharing is missing",
                        "our new lodge at Naivasha is not mentioned at all"],
                    due=["2028-05-25"], day_first=True),
    ),
    Mail(
        1665, "garage-sms", GARAGE, SAM, "2028-05-09 09:02", "Re: Oil change coupon",
        """wrong address on it. we're 412 not 214

Bo""",
        style="gmail",
        quote=Quote(SAM, "2028-05-08 17:00", """Bo, the coupon is attached.

Sam"""),
        labels=dict(cr=["wrong address on it"]),
    ),
    Mail(
        1666, "optics-html-bullets", OPTICS, SAM, "2028-05-09 11:00", "RE: Back to school ad",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Feedback from the team:</p>
<ul>
<li class="MsoListParagraph">The girl's frames look like sunglasses, too dark</li>
<li class="MsoListParagraph">"Free eye exam" needs a star, it is only with a purchase</li>
<li class="MsoListParagraph">Our hours are missing</li>
</ul>
<p class="MsoNormal">Also, legal says the insurance logos must never be bigger than ours.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We need it back by Friday.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Meg</p>
</div></body></html>""",
        labels=dict(cr=["The girl's frames look like sunglasses",
                        "needs a star",
                        "Our hours are missing"],
                    req=["the insurance logos must never be bigger than ours"],
                    due=["2028-05-12"]),
    ),
    Forward(
        1667, "optics-legal-forward", OPTICS, SAM, "2028-05-09 13:30",
        "Sam, FYI from Carl in legal, for all our ads going forward.\n\nMeg",
        Mail(
            0, "optics-legal-orig", LEGAL, OPTICS, "2028-05-09 12:10", "Ad disclaimers",
            """Meg,

From now on every ad that mentions a price has to carry "Offer valid at participating locations". Photos of children need a signed release on file before they run.

Carl""",
            style="outlook",
        ),
        style="outlook",
        labels=dict(req=["every ad that mentions a price has to carry",
                         "Photos of children need a signed release on file"]),
    ),
    Mail(
        1668, "bakery-dictated", BAKERY, SAM, "2028-05-09 15:45", "Re: Mother's Day postcard",
        """Hi Sam this is Lena dictating from the car sorry. The croissants in the picture look burnt on the bottom and the tagline sounds like a bank. The rest is great talk soon

Sent from my iPhone""",
        style="apple",
        quote=Quote(SAM, "2028-05-09 10:00", """Lena, the postcard is attached.

Sam"""),
        labels=dict(cr=["The croissants in the picture look burnt on the bottom",
                        "the tagline sounds like a bank"]),
    ),
    Mail(
        1669, "credit-union-thanks-invoice", CREDIT, SAM, "2028-05-10 09:15", "Re: Auto loan campaign",
        """Thanks Sam, the files are with our print shop. Quick question unrelated: did the April invoice already go out? Our accounting can't find it.

Hugh""",
        style="outlook",
        quote=Quote(SAM, "2028-05-09 16:00", """Hugh, final files for the auto loan campaign attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1670, "teahouse-reply-rule-and-fault", TEAHOUSE, SAM, "2028-05-10 11:50", "Re: Menu",
        """Hi Sam,

The tea descriptions are lovely. The oolong is from Taiwan, not Japan. Our owner also reminded me that we never use the word "cheap" anywhere, not even in "cheaper than coffee".

Mei""",
        style="gmail",
        quote=Quote(SAM, "2028-05-09 14:00", """Mei, the new menu is attached.

Sam"""),
        labels=dict(cr=["The oolong is from Taiwan, not Japan"],
                    req=["we never use the word \"cheap\" anywhere"]),
    ),
    Mail(
        1671, "golf-past-event", GOLF, SAM, "2028-05-10 14:30", "Re: Member tournament recap",
        """Sam, the tournament was a hit, 96 players and perfect weather. The members loved the banners at the first tee. I'll send you some photos from the day for the newsletter.

Rick""",
        style="gmail",
        quote=Quote(SAM, "2028-05-08 10:00", """Rick, good luck with the tournament this weekend!

Sam"""),
        labels=dict(),
    ),
    Mail(
        1672, "charity-first-brief", CHARITY, SAM, "2028-05-10 16:00", "Summer food drive",
        """Hi Sam,

Every summer our shelves run empty because school meals stop. This year we want to collect 20,000 pounds of food between June 15 and August 15.

We need posters for 40 grocery stores and a short video for social. All materials must list the drop-off hours and must not show the faces of the families we serve.

Budget is $5,000. Can we see concepts by May 24?

Sue Grant
Harbor Food Bank""",
        style="gmail",
        labels=dict(obj=["collect 20,000 pounds of food between June 15 and August 15"],
                    req=["All materials must list the drop-off hours"],
                    budgets=[("5000", "USD")], due=["2028-05-24"]),
    ),
    Mail(
        1673, "spice-answer-no-change", SPICE, SAM, "2028-05-11 10:00", "Re: Diwali hamper box",
        """Dear Sam,

Yes, the same printer as last year is fine. No, we don't need the Hindi version this time.

Regards,
Rohan""",
        style="gmail",
        quote=Quote(SAM, "2028-05-10 17:00", """Dear Rohan, two questions: same printer as last year? And do you need the Hindi version again?

Sam"""),
        labels=dict(),
    ),
    Mail(
        1674, "hawker-second-round", HAWKER, SAM, "2028-05-11 13:20", "Re: Menu board",
        """Sam the new one ok already. Only the chilli logo still the old one leh. Can print by next Tues?""",
        style="gmail",
        quote=Quote(SAM, "2028-05-11 09:00", """Wei Ling, round 2 of the menu board attached.

Sam"""),
        labels=dict(cr=["the chilli logo still the old one"], due=["2028-05-16"]),
    ),
    Mail(
        1675, "safari-followup-date", SAFARI, SAM, "2028-05-11 15:00", "Re: Brochure 2029",
        """Hello Sam,

Sorry, one more thing. The fair has moved, it is now on 27th May, so we need the printed brochures by 22nd May please.

Otieno""",
        style="gmail",
        quote=Quote(SAM, "2028-05-09 12:00", """Thanks Otieno, we'll have the final by the 25th.

Sam"""),
        labels=dict(due=["2028-05-22"], replaced=["2028-05-25"], day_first=True),
    ),
    Mail(
        1676, "resort-approval-only", RESORT, SAM, "2028-05-11 17:40", "Re: Summer promo banner",
        """Hi Sam, perfect na! Approved, you can go ahead with the printing. Thank you po!

Marites""",
        style="gmail",
        quote=Quote(SAM, "2028-05-11 11:00", """Hi Marites, the corrected banner is attached.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1677, "bakery-photos-coming", BAKERY, SAM, "2028-05-12 08:10", "Re: Mother's Day postcard",
        """Morning Sam! I'm baking a fresh batch this morning and will send you new croissant photos by noon.

Lena""",
        style="apple",
        quote=Quote(SAM, "2028-05-11 16:00", """Lena, any chance you have better croissant photos? Otherwise we'll reshoot.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1678, "school-second-look", SCHOOLNG, SAM, "2028-05-12 10:30", "RE: Admission flyer",
        """Dear Sam,

The bus is now fine. But the phone number at the bottom has one digit missing, please check it is 0803 555 0192.

Funke""",
        style="outlook",
        quote=Quote(SAM, "2028-05-11 15:00", """Hi Funke, the corrected flyer is attached.

Sam"""),
        labels=dict(cr=["the phone number at the bottom has one digit missing"]),
    ),
    Mail(
        1679, "golf-ask-with-reason", GOLF, SAM, "2028-05-12 13:00", "Re: Junior camp flyer",
        """Sam, the kids on the flyer are all holding the clubs left-handed, looks odd. And the camp is for ages 8-14, the flyer says 6-14.

Rick""",
        style="gmail",
        quote=Quote(SAM, "2028-05-11 09:00", """Rick, junior camp flyer attached.

Sam"""),
        labels=dict(cr=["the kids on the flyer are all holding the clubs left-handed",
                        "the flyer says 6-14"]),
    ),
]
