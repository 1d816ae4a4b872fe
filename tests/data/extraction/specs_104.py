"""The ninety-ninth labelled set (2120-2139), written on 2026-12-07 (thirtieth session) after
tune75's rules and before any rule of its own: the split ``tune76``, scored blind first, then
tuned on.

What clients paste into mail and how threads pile up: a WhatsApp chat and a Teams chat pasted
in, Word's tracked changes pasted as text, a bottom-posted Outlook reply under
"-----Original Message-----", answers after ">>" inside a quote, a reply-all whose quoted
colleague asked things of their own, a client quoting their own earlier mail, a calendar
acceptance with a note, an "[EXTERNAL]" banner and a German legal footer, a CRM's signature
with a booking link, a long thread's latest reply that only says "see below", a text message
forwarded by mail. Written out by hand, as in ``specs_103.py``. Dates run in the week of 16
April 2029 (a Monday).
"""

from specs_103 import _mail

from build import Raw

EU = dict(day_first=True, default_currency="EUR")

ITEMS = [
    Raw(
        2120, "florist-whatsapp-paste",
        _mail("Rosa Jimenez <rosa@jimenezflowers.com>", "Mother's Day ad - from the chat",
              "Mon, 16 Apr 2029 09:12:30 -0500", """Hi Sam, pasting what my partner and I said on WhatsApp so you have it:

[4/15/29, 8:02:11 PM] Luis Jimenez: the ad needs the delivery area map, people keep asking
[4/15/29, 8:03:40 PM] Rosa Jimenez: yes and take out the roses at $49, we can't do that price anymore
[4/15/29, 8:05:02 PM] Luis Jimenez: ok. it has to run before May 13
[4/15/29, 8:05:30 PM] Rosa Jimenez: 👍

So: map in, $49 roses out. The paper needs it by Friday.

Rosa
""", mid="CAF7+rosa-wa1@mail.gmail.com", extra="In-Reply-To: <CA+mday-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/Chicago", due=["2029-04-20", "2029-05-12"],
                    cr=["the ad needs the delivery area map",
                        "take out the roses at $49",
                        "map in, $49 roses out"]),
    ),
    Raw(
        2121, "saas-teams-chat-paste",
        _mail("Ken Adams <ken.adams@brightpathhr.com>", "RE: Webinar landing page",
              "Mon, 16 Apr 2029 14:40:02 +0000", """Sam,

From our Teams chat this morning, for the record:

Ken Adams 9:14 AM
Can we move the webinar to May 9? The 2nd clashes with the sales kickoff.
Priya Shah 9:16 AM
Fine by me. Speaker bio should say VP of People, not HR Director.

Both of those need to go on the landing page.

Ken

From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Friday, April 13, 2029 3:30 PM
To: Ken Adams <ken.adams@brightpathhr.com>
Subject: Webinar landing page

Hi Ken, the landing page for the May 2 webinar is ready to review. The ad spend is $3,000.

Sam
""", mid="MN2PR11MB4444A9B8C7D6@MN2PR11MB4444.namprd11.prod.outlook.com",
              extra="In-Reply-To: <CA+webinar-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-05-09"], replaced=["2029-05-02"],
                    cr=["move the webinar to May 9",
                        "Speaker bio should say VP of People, not HR Director"]),
    ),
    Raw(
        2122, "charity-word-tracked-changes",
        _mail("Alice Brennan <alice@hopewellfoundation.org>", "Re: Appeal letter",
              "Mon, 16 Apr 2029 11:05:44 -0400", """Hi Sam,

Our director's edits from the Word file, copied here in case the attachment doesn't open:

Page 1, para 2 - Deleted: "thousands of families" Inserted: "over 2,300 families"
Page 2, sign-off - Deleted: "Warm regards" Inserted: "With gratitude"

The letter must be in homes before the gala on May 3.

Alice
""", mid="CAG1+alice-appeal@mail.gmail.com", extra="In-Reply-To: <CA+appeal-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-05-02"],
                    cr=['Deleted: "thousands of families" Inserted: "over 2,300 families"',
                        'Deleted: "Warm regards" Inserted: "With gratitude"']),
    ),
    Raw(
        2123, "plant-outlook-bottom-posted",
        _mail("Henrik Olsen <h.olsen@olsenmachining.com>", "RE: Trade show booth",
              "Mon, 16 Apr 2029 10:22:15 -0500", """-----Original Message-----
From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Monday, April 16, 2029 8:40 AM
To: Henrik Olsen <h.olsen@olsenmachining.com>
Subject: Trade show booth

Henrik, the booth back wall is attached. Printing is $2,800 and the show opens May 14. Can you confirm the headline?

Sam

-----

Headline is fine. But the machine photo is our old lathe - please use the new 5-axis one from the product page. And the booth files have to be at the printer by April 30.

Henrik
""", mid="SJ0PR19MB5555B1C2D3E4@SJ0PR19MB5555.namprd19.prod.outlook.com",
              extra="In-Reply-To: <CA+booth-s3@mail.gmail.com>\n"),
        labels=dict(timezone="America/Chicago", due=["2029-04-30"],
                    cr=["please use the new 5-axis one from the product page"]),
    ),
    Raw(
        2124, "hotel-double-chevron-answers",
        _mail("Sofia Lindgren <sofia@harborviewhotel.com>", "RE: Summer packages email",
              "Mon, 16 Apr 2029 13:48:09 -0400", """Hi Sam, answers below with >>.

Sofia

From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Monday, April 16, 2029 11:30 AM
To: Sofia Lindgren <sofia@harborviewhotel.com>
Subject: Summer packages email

Hi Sofia, a few questions before we build the summer email:

1. Should the email lead with the spa package or the family package?
>> Family package, the spa one is almost sold out.

2. The headline reads "Summer at the Harbor". OK?
>> Please change it to "Your Summer, Our Harbor".

3. When should it go out?
>> It has to go out no later than May 1.

Thanks,
Sam
""", mid="DM6PR08MB7777E1F2A3B4@DM6PR08MB7777.namprd08.prod.outlook.com",
              extra="In-Reply-To: <CA+summer-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-05-01"],
                    cr=['Please change it to "Your Summer, Our Harbor"']),
    ),
    Raw(
        2125, "clinic-reply-all-colleague-quoted",
        _mail("Dr. Omar Farid <ofarid@faridortho.com>", "Re: New patient brochure",
              "Mon, 16 Apr 2029 16:10:33 -0400", """Sam, I agree with Jenna on the photo. Also, please add our Saturday hours (9-1) to the back.

Omar

On Mon, Apr 16, 2029 at 2:02 PM Jenna Cole <jcole@faridortho.com> wrote:

> Sam, the smiling kid photo on the cover looks like stock. Can we use one of our own patients (we have releases)? Printer needs the files by April 25.
>
> Jenna
>
> On Mon, Apr 16, 2029 at 9:15 AM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
>
>> Hi Omar and Jenna, the new patient brochure is attached for review. 1,000 copies are $860.
>>
>> Sam
""", mid="CAH3+omar-brochure@mail.gmail.com",
              extra="Cc: Jenna Cole <jcole@faridortho.com>\n"
                    "In-Reply-To: <CAJ2+jenna-brochure@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York",
                    cr=["I agree with Jenna on the photo", "please add our Saturday hours"]),
    ),
    Raw(
        2126, "winery-quotes-own-mail",
        _mail("Paolo Greco <paolo@grecovineyards.com>", "Re: Harvest festival poster",
              "Mon, 16 Apr 2029 12:00:41 -0700", """Sam, just checking you saw this. Still need it.

Paolo

On Fri, Apr 13, 2029 at 4:15 PM Paolo Greco <paolo@grecovineyards.com> wrote:

> Hi Sam, for the harvest festival poster please change the date line to September 22-23 and add the food truck logos. We need the poster by May 4.
>
> Paolo
""", mid="CAK9+paolo-poster2@mail.gmail.com",
              extra="In-Reply-To: <CAK8+paolo-poster1@mail.gmail.com>\n"),
        labels=dict(timezone="America/Los_Angeles"),
    ),
    Raw(
        2127, "museum-calendar-accept-note",
        _mail("Grace Liu <gliu@valleyartmuseum.org>", "Accepted: Exhibition campaign review @ Thu Apr 19, 2029 10am - 11am (EDT)",
              "Mon, 16 Apr 2029 09:30:00 -0400", """Grace Liu has accepted this invitation.

Note from Grace: See you Thursday. Please bring the banner mockups in the new teal, not the navy, and the budget breakdown for the $12,000.

Exhibition campaign review
Thursday Apr 19, 2029 ⋅ 10am – 11am (Eastern Time - New York)
Google Meet joining info: meet.google.com/abc-defg-hij

Invitation from Google Calendar
""", mid="calendar-4f2a9b-accept@google.com"),
        labels=dict(timezone="America/New_York",
                    budgets=[("12000", "USD")],
                    cr=["bring the banner mockups in the new teal, not the navy"]),
    ),
    Raw(
        2128, "bank-external-banner-german-footer",
        _mail("Markus Brandt <m.brandt@rheintal-bank.de>", "[EXTERNAL] AW: Plakatkampagne",
              "Mon, 16 Apr 2029 15:12:08 +0200", """CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.

Hi Sam,

please replace the interest rate on poster 2 with "ab 3,9 % p.a." and add the representative example underneath. Our compliance department requires it on every poster with a rate.

The posters need to be delivered to the branches by 27.04.

Best regards
Markus Brandt

Rheintal Bank AG | Sitz: Koblenz | Amtsgericht Koblenz HRB 1234
Vorstand: Dr. Klaus Weber (Vorsitzender), Anna Schmitt
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Gültig ab 01.01.2029.
""", mid="FR2P281MB9999A1B2C3D4@FR2P281MB9999.DEUP281.PROD.OUTLOOK.COM",
              extra="In-Reply-To: <CA+plakat-s1@mail.gmail.com>\n"),
        labels=dict(timezone="Europe/Berlin", due=["2029-04-27"],
                    cr=['replace the interest rate on poster 2 with "ab 3,9 % p.a."'],
                    req=["our compliance department requires it on every poster with a rate"],
                    **EU),
    ),
    Raw(
        2129, "software-hubspot-signature",
        _mail("Jordan Blake <jordan@fieldnoteapp.com>", "Re: Product video script",
              "Mon, 16 Apr 2029 11:47:20 -0700", """Hey Sam,

Script v2 is close. Cut the line about "AI-powered" - legal won't let us say that until the patent clears. We'd like the video live by May 15 for the user conference.

Jordan

--
Jordan Blake | Head of Marketing | Fieldnote
Book a meeting with me: https://meetings.hubspot.com/jordan-blake
Join us at Fieldnote Live, May 15-16, 2029 - Register by April 30 for early-bird pricing ($199)!
""", mid="CAB4+jordan-script@mail.gmail.com",
              extra="In-Reply-To: <CA+script-s2@mail.gmail.com>\n"),
        labels=dict(timezone="America/Los_Angeles", due=["2029-05-15"],
                    cr=['Cut the line about "AI-powered"']),
    ),
    Raw(
        2130, "retail-see-below-thread",
        _mail("Tanya Price <tprice@pricehomegoods.com>", "RE: Spring sale flyer",
              "Mon, 16 Apr 2029 17:20:10 -0400", """See below from Mike - go with his changes.

From: Mike Dunn <mdunn@pricehomegoods.com>
Sent: Monday, April 16, 2029 4:55 PM
To: Tanya Price <tprice@pricehomegoods.com>
Subject: RE: Spring sale flyer

Tanya - two things for the agency: the patio set should be $399 not $449, and drop the grill page, we're out of stock. Flyer still has to hit mailboxes April 26.

From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Monday, April 16, 2029 10:05 AM
To: Tanya Price <tprice@pricehomegoods.com>
Subject: Spring sale flyer

Tanya, the spring sale flyer is attached. Postage and print for 20,000 homes is $7,400.

Sam
""", mid="CH0PR15MB8888C1D2E3F4@CH0PR15MB8888.namprd15.prod.outlook.com",
              extra="In-Reply-To: <CH0PR15MB8888A1A2A3A4@CH0PR15MB8888.namprd15.prod.outlook.com>\n"),
        # (labelled at first with "go with his changes" alone, against the set's rule that a
        # colleague's mail quoted in a reply to the agency, which no one at the agency was
        # sent, reads as a forward; put right after the blind score, disclosed)
        labels=dict(timezone="America/New_York", due=["2029-04-26"],
                    cr=["the patio set should be $399 not $449"]),
    ),
    Raw(
        2131, "contractor-sms-forwarded",
        _mail("Bill Harper <bill@harperroofing.com>", "Fwd: Text from Bill",
              "Mon, 16 Apr 2029 07:45:00 -0500", """

-------- Forwarded message --------
From: +1 (512) 555-0188
Date: 4/16/29 7:41 AM
Subject: Text from Bill

Sam its Bill. yard signs look good but make the phone number twice as big. need 200 by thursday for the home show
""", mid="sms-fwd-0416@harperroofing.com", extra="X-Mailer: Verizon Message+\n"),
        labels=dict(timezone="America/Chicago", due=["2029-04-19"],
                    cr=["make the phone number twice as big"]),
    ),
    Raw(
        2132, "cafe-gmail-long-thread-latest",
        _mail("Nadia Karim <nadia@karimcafe.com>", "Re: Menu boards",
              "Mon, 16 Apr 2029 15:30:22 -0400", """Perfect, thank you! That's everything from me. Can't wait to see them up.

Nadia

On Mon, Apr 16, 2029 at 2:10 PM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:

> Done: the oat milk price is now $0.75 and the seasonal board has the new lavender latte. They go to the printer tomorrow.
>
> On Mon, Apr 16, 2029 at 11:00 AM Nadia Karim <nadia@karimcafe.com> wrote:
>
>> Hi Sam, the oat milk upcharge should be $0.75 not $0.50, and please add the lavender latte to the seasonal board. We need them up by April 23.
""", mid="CAD2+nadia-boards3@mail.gmail.com",
              extra="In-Reply-To: <CA+boards-s2@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York"),
    ),
    Raw(
        2133, "tourism-outlook-inline-caps-brackets",
        _mail("Ewan Fraser <ewan.fraser@visitlochside.co.uk>", "RE: Summer campaign plan",
              "Mon, 16 Apr 2029 12:05:00 +0100", """Sam, my answers are in [square brackets] below.

Ewan

From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: 16 April 2029 09:40
To: Ewan Fraser <ewan.fraser@visitlochside.co.uk>
Subject: Summer campaign plan

Hi Ewan,

- We planned the campaign to start on 1 June. [Please bring that forward to 25 May, the half-term holiday starts then.]
- Budget is £18,000 as agreed. [Correct.]
- We'd use the castle photo for the hero. [Fine.]

Sam
""", mid="LO2P265MB6666D5E6F7A8@LO2P265MB6666.GBRP265.PROD.OUTLOOK.COM",
              extra="In-Reply-To: <CA+summer-uk1@mail.gmail.com>\n"),
        labels=dict(timezone="Europe/London", due=["2029-05-25"],
                    cr=["Please bring that forward to 25 May"],
                    day_first=True, default_currency="GBP"),
    ),
    Raw(
        2134, "salon-iphone-top-and-bottom",
        _mail("Chloe Martin <chloe@studiochloe.com>", "Re: Instagram posts",
              "Mon, 16 Apr 2029 19:02:44 -0700", """Love them!! Only thing - can the last post say "book online" instead of "call us"

Sent from my iPhone

> On Apr 16, 2029, at 4:10 PM, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
>
> Hi Chloe, the five posts for May are attached. We'd schedule them from May 1. Boosting is $300.

Oh and we're closed May 27, don't schedule anything that day
""", mid="7E6D5C4B-3A29-4180-9F8E-7D6C5B4A3928@studiochloe.com",
              extra="In-Reply-To: <CA+insta-s1@mail.gmail.com>\nX-Mailer: iPhone Mail (21E236)\n"),
        labels=dict(timezone="America/Los_Angeles",
                    cr=['can the last post say "book online" instead of "call us"'],
                    req=["don't schedule anything that day"]),
    ),
    Raw(
        2135, "school-district-ooo-human",
        _mail("Maria Torres <mtorres@eastlakeschools.org>", "Re: Enrollment mailer",
              "Mon, 16 Apr 2029 08:15:09 -0500", """Hi Sam, I'm out until Wednesday with spotty signal, so quick answers:

- yes to the Spanish version, it has to be on the back of every mailer
- the enrollment deadline on the front is wrong, it's May 18 not May 11

Mailers must hit homes by May 1.

Maria
""", mid="CAL5+maria-mailer@mail.gmail.com", extra="In-Reply-To: <CA+mailer-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/Chicago", due=["2029-05-01"],
                    req=["it has to be on the back of every mailer"],
                    cr=["the enrollment deadline on the front is wrong, it's May 18 not May 11"]),
    ),
    Raw(
        2136, "gym-outlook-html-red-inline",
        _mail("Derek Stone <derek@stonefitness.com>", "RE: Grand opening flyer",
              "Mon, 16 Apr 2029 10:10:10 -0400", """<html><body><div class="WordSection1">
<p class="MsoNormal">Sam – my comments in blue in your list below. Thanks, Derek</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Sam Ortiz &lt;sam.ortiz@brightlane.agency&gt;<br><b>Sent:</b> Monday, April 16, 2029 9:00 AM<br><b>To:</b> Derek Stone &lt;derek@stonefitness.com&gt;<br><b>Subject:</b> Grand opening flyer</p></div>
<p class="MsoNormal">Hi Derek, before we print the grand opening flyer:</p>
<p class="MsoNormal">1. Is the opening still Saturday May 5? <span style="color:#0070C0">No, it moved to Saturday May 12.</span></p>
<p class="MsoNormal">2. Should we list the class schedule? <span style="color:#0070C0">Yes, please add the full schedule on the back.</span></p>
<p class="MsoNormal">3. Printing 2,000 flyers is $540. <span style="color:#0070C0">OK.</span></p>
<p class="MsoNormal">Sam</p>
</div></body></html>
""", mid="BL1PR13MB2222F1E2D3C4@BL1PR13MB2222.namprd13.prod.outlook.com",
              ctype="text/html; charset=utf-8",
              extra="In-Reply-To: <CA+opening-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-05-12"],
                    cr=["it moved to Saturday May 12", "please add the full schedule on the back"]),
    ),
    Raw(
        2137, "dentist-outlook-signature-dates",
        _mail("Dr. Lena Hoffman <lena@hoffmanfamilydental.com>", "RE: Website refresh",
              "Mon, 16 Apr 2029 13:13:13 -0400", """Sam,

Please swap the team photo on the About page for the new one I sent on Friday. The site should be live before our 20th anniversary on June 1.

Thank you,
Dr. Lena Hoffman
Hoffman Family Dental
Mon-Thu 8am-5pm | Fri 8am-1pm
Closed Memorial Day (May 28) and July 4
Now accepting new patients through June 30!
""", mid="BY5PR17MB3333A4B5C6D7@BY5PR17MB3333.namprd17.prod.outlook.com",
              extra="In-Reply-To: <CA+web-s1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-05-31"],
                    cr=["swap the team photo on the About page"]),
    ),
    Raw(
        2138, "brewery-apple-mail-bottom-post",
        _mail("Sean Walsh <sean@walshbrewing.ie>", "Re: Can labels",
              "Mon, 16 Apr 2029 18:20:00 +0100", """On 16 Apr 2029, at 15:02, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
>
> Hi Sean, the new can labels are attached. The printer can run them on 30 April for EUR 2,100.
>
> Sam

Grand, but the ABV on the stout is 4.2% not 4.5% - please fix before it goes to the printer. And the Irish text has to be the same size as the English, that's the law here.

Sean
""", mid="A1B2C3D4-E5F6-4789-ABCD-EF0123456789@walshbrewing.ie",
              extra="In-Reply-To: <CA+cans-s1@mail.gmail.com>\nX-Mailer: Apple Mail (2.3774.500.171.1.1)\n"),
        labels=dict(timezone="Europe/Dublin",
                    cr=["the ABV on the stout is 4.2% not 4.5%"],
                    req=["the Irish text has to be the same size as the English"], **EU),
    ),
    Raw(
        2139, "realtor-gmail-forward-own-note",
        _mail("Kim Nguyen <kim@nguyenrealty.com>", "Fwd: Open house flyer",
              "Mon, 16 Apr 2029 20:05:40 -0700", """Sam - forwarding my note to the seller so you see what we agreed. Budget for the flyers and the signs is $650 all in.

---------- Forwarded message ---------
From: Kim Nguyen <kim@nguyenrealty.com>
Date: Mon, Apr 16, 2029 at 6:30 PM
Subject: Open house flyer
To: Dan Whitaker <dan.whitaker@gmail.com>

Dan, the open house is Sunday April 29, 1-4pm. I'll have the agency redo the flyer with the new kitchen photos and the price drop to $725,000.

Kim
""", mid="CAM7+kim-fwd@mail.gmail.com"),
        labels=dict(timezone="America/Los_Angeles", original_sender="kim@nguyenrealty.com",
                    due=["2029-04-29"], budgets=[("650", "USD")],
                    cr=["redo the flyer with the new kitchen photos"]),
    ),
]
