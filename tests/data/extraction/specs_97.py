"""The ninety-second labelled set (1960-1979), written on 2026-12-07 (twenty-ninth session)
after tune69's rules and before any rule of its own: the split ``tune70``, scored blind first,
then tuned on.

Change requests where a reader must look for them: answers typed into an Outlook quote (in
capitals, behind the writer's initials and a colon, in red in an HTML mail), asks buried in a
long mail of news, a feedback mail that is not a reply, a European's or a Japanese writer's
English, a colleague's notes forwarded; beside mails that ask nothing new (a chaser, an option
picked, praise and "go ahead", "don't touch the headline"). Dates run in the week of 22
January 2029 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

DENT = Person("Karen Moss", "karen@mossdental.com", "America/Chicago")
JEWEL = Person("Jay Thompson", "jay@thompsonjewelers.com", "America/New_York")
CLINIC2 = Person("Ana Souza", "ana@brightsmileclinic.com", "America/New_York")
BANK4 = Person("Linda Park", "lpark@firstharborbank.com", "America/New_York")
OLIVE = Person("Giulia Conti", "giulia@oliveto-conti.it", "Europe/Rome")
FLOORS = Person("Pete Larson", "pete@larsonfloors.com", "America/Chicago")
SURF = Person("Kai Nakoa", "kai@nakoasurf.com", "Pacific/Honolulu")
PRINTS2 = Person("Rachel Green", "rachel@greenpaperco.com", "America/New_York")
DEALER = Person("Greg Hanson", "greg@hansonmarine.com", "America/Chicago")
MACH = Person("Klaus Weber", "k.weber@weber-antriebe.de", "Europe/Berlin")
EVENTS2 = Person("Carmen Ruiz", "carmen@fiestaevents.com", "America/Los_Angeles")
BOOKS2 = Person("Oliver Grant", "oliver@grantbooks.com", "America/New_York")
FILM = Person("Dana Cole", "dana@colefitness.com", "America/Denver")
SAAS2 = Person("Erin Walsh", "erin@tallyhr.com", "America/New_York")
MUSEUM2 = Person("Robert Hayes", "rhayes@cityartmuseum.org", "America/Chicago")
SHOES = Person("Mike Dunn", "mike@dunnshoes.com", "America/New_York")
GADGET = Person("Alice Wong", "alice@voltgear.com", "America/Los_Angeles")
GADGET_PM = Person("Tom Briggs", "tom@voltgear.com", "America/Los_Angeles")
JP = Person("Kenji Sato", "kenji.sato@hikari-tea.jp", "Asia/Tokyo")
WINE2 = Person("Paula Reyes", "paula@reyescellars.com", "America/Los_Angeles")
CHURCH2 = Person("Martha Bell", "mbell@stpaulschurch.org", "America/New_York")

ITEMS = [
    Mail(
        1960, "dental-caps-in-quote", DENT, SAM, "2029-01-22 09:10",
        "RE: Spring brochure - questions",
        """Hi Sam, see my comments below in caps.

Thanks,
Karen""",
        style="outlook",
        quote=Quote(SAM, "2029-01-19 15:00", """Hi Karen,

A few questions before we start the spring brochure:

1. Should we keep the same cover photo as last year? NO, USE THE NEW OFFICE PHOTO.
2. Is the price list still current? PRICES GO UP 5% IN MARCH, PLEASE UPDATE.
3. Any change to the opening hours? NO CHANGE.

Thanks,
Sam"""),
        labels=dict(cr=["USE THE NEW OFFICE PHOTO", "PRICES GO UP 5% IN MARCH, PLEASE UPDATE"]),
    ),
    Mail(
        1961, "jeweler-initials-colon", JEWEL, SAM, "2029-01-22 10:30",
        "RE: Valentine's plan",
        """Sam - answers below with my initials.

Jay""",
        style="outlook",
        quote=Quote(SAM, "2029-01-19 11:00", """Jay,

Can the email still go out on February 2?
JT: No, please move it to February 9, the new collection isn't in until then.

Do you want the same discount code as last year?
JT: Yes, same code.

Sam"""),
        labels=dict(due=["2029-02-09"], cr=["please move it to February 9"]),
    ),
    Mail(
        1962, "clinic-red-comments-html", CLINIC2, SAM, "2029-01-22 13:00",
        "RE: New patient mailer copy",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam, my comments are in red below.</p>
<p class="MsoNormal">Ana</p><p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Sam Ortiz &lt;sam.ortiz@brightlane.agency&gt;<br>
<b>Sent:</b> Friday, January 19, 2029 4:10 PM<br><b>To:</b> Ana Souza &lt;ana@brightsmileclinic.com&gt;<br>
<b>Subject:</b> New patient mailer copy</p></div>
<p class="MsoNormal">Ana, here is the copy for the new patient mailer:</p>
<p class="MsoNormal">Headline: Fresh start, fresh smile <span style="color:red">Love it, keep.</span></p>
<p class="MsoNormal">Hero photo: family on the beach <span style="color:red">Please use the clinic exterior instead.</span></p>
<p class="MsoNormal">Offer: $49 cleaning <span style="color:red">Should be $59, the $49 offer ended.</span></p>
<p class="MsoNormal">Sam</p>
</div></body></html>
""",
        labels=dict(cr=["Please use the clinic exterior instead", "Should be $59"]),
    ),
    Mail(
        1963, "bank-long-narrative-asks", BANK4, SAM, "2029-01-22 15:20", "Spring campaign thoughts",
        """Hi Sam,

I hope you had a good weekend. I've been thinking about the spring campaign and talked it through with our president on Friday.

He feels the radio script is a little too jokey for a bank, so we'd like it to be more straightforward. He also asked whether the TV spot could end on the branch instead of the logo.

On the print side everything looks good, though I noticed the rate in the newspaper ad is last month's, it should be 4.25%, not 4.10%. Finally, can we add the Spanish version of the flyer we talked about in December?

Thanks so much,
Linda""",
        style="outlook",
        labels=dict(cr=["we'd like it to be more straightforward",
                        "whether the TV spot could end on the branch instead of the logo",
                        "it should be 4.25%, not 4.10%",
                        "can we add the Spanish version of the flyer"]),
    ),
    Mail(
        1964, "olive-italian-english", OLIVE, SAM, "2029-01-23 09:00", "Video",
        """Dear Sam,

we have seen the video. It is very nice but the music is too much strong, please to put it more low. Also the final frame must to show our web site and not the phone number.

Thank you
Giulia""",
        style="gmail",
        labels=dict(cr=["the music is too much strong",
                        "the final frame must to show our web site and not the phone number"],
                    **EU),
    ),
    Mail(
        1965, "floors-chaser", FLOORS, SAM, "2029-01-23 10:45", "Re: Showroom flyer changes",
        """Hi Sam, just following up on the changes below, any update? Thanks

Pete""",
        style="gmail",
        quote=Quote(FLOORS, "2029-01-18 14:00", """Sam, can you make the showroom address bigger and add our Saturday hours?

Pete"""),
        labels=dict(),  # a chaser: the changes were asked before
    ),
    Mail(
        1966, "surf-terse-one-more", SURF, SAM, "2029-01-23 12:15", "Re: board bags",
        """one more thing - can the logo on the back be white instead of navy""",
        style="gmail",
        quote=Quote(SAM, "2029-01-22 17:00", """Kai, proofs for the board bag print attached.

Sam"""),
        labels=dict(cr=["can the logo on the back be white instead of navy"]),
    ),
    Mail(
        1967, "paper-approved-except", PRINTS2, SAM, "2029-01-23 14:00", "RE: Stationery proofs",
        """All approved except the postcard - the map is upside down, lol. Fix that and we're good to print.

Rachel""",
        style="outlook",
        quote=Quote(SAM, "2029-01-23 09:30", """Rachel, final proofs for the stationery set attached.

Sam"""),
        labels=dict(cr=["the map is upside down"]),  # its fix next: one change
    ),
    Mail(
        1968, "marine-trade-show-news", DEALER, SAM, "2029-01-23 16:30", "Back from Vegas",
        """Hi Sam,

Just back from the boat show in Vegas, it was a madhouse but we met a lot of new dealers. Our booth got a lot of compliments on the banners you did.

One of the dealers pointed out that the website address on the brochure still has the old .net ending, which we should fix before the next print run. Otherwise everything was perfect.

Talk soon,
Greg""",
        style="gmail",
        labels=dict(cr=["the website address on the brochure still has the old .net ending"]),
    ),
    Mail(
        1969, "machines-german-english", MACH, SAM, "2029-01-24 08:20", "Layouts image brochure",
        """Dear Mr. Ortiz,

thank you for the layouts. We kindly ask you to exchange the picture on page 3 against a picture of our new production hall. Furthermore the headline on page 5 should be in our corporate blue.

Best regards
Klaus Weber""",
        style="outlook",
        labels=dict(cr=["exchange the picture on page 3 against a picture of our new production hall",
                        "the headline on page 5 should be in our corporate blue"], **EU),
    ),
    Mail(
        1970, "fiesta-date-wrong", EVENTS2, SAM, "2029-01-24 10:00", "flyer",
        """Hi Sam! The flyer is beautiful. Only one thing, the date of the event is wrong, is the 16 not the 15. Can you change please? Gracias!!

Carmen""",
        style="apple",
        labels=dict(cr=["the date of the event is wrong"]),  # its fix next; the event's day is printed
    ),
    Mail(
        1971, "books-option-two", BOOKS2, SAM, "2029-01-24 11:30", "Re: Headline options",
        """Option 2 please.

Oliver""",
        style="gmail",
        quote=Quote(SAM, "2029-01-24 09:00", """Oliver, which headline do you prefer for the reading club poster, 1 or 2?

1. Read more, together
2. Your next favourite book is here

Sam"""),
        labels=dict(),  # an option picked from the agency's question
    ),
    Mail(
        1972, "fitness-move-shoot", FILM, SAM, "2029-01-24 13:45", "Shoot",
        """Sam, our CEO can't make the shoot on the 30th anymore. Can we move it to Feb 1?

Dana""",
        style="gmail",
        labels=dict(due=["2029-02-01"], replaced=["2029-01-30"], cr=["Can we move it to Feb 1?"]),
    ),
    Mail(
        1973, "hr-html-homepage-changes", SAAS2, SAM, "2029-01-24 16:10", "Homepage changes",
        """Hi Sam,

Following today's review with our team, a few changes to the homepage:

- Move the testimonials above the pricing.
- Replace "Get started" with "Book a demo".
- Remove the partner logos for now.

Thanks,
Erin""",
        style="html",
        labels=dict(cr=["Move the testimonials above the pricing",
                        "Replace \"Get started\" with \"Book a demo\"",
                        "Remove the partner logos for now"]),
    ),
    Mail(
        1974, "museum-board-loved-it", MUSEUM2, SAM, "2029-01-25 09:15", "Board",
        """Hi Sam,

I showed the campaign to our board last night and they loved it. One member asked if we could do something similar for the fall fundraiser, but that's a conversation for later.

For now, please go ahead as planned.

Robert""",
        style="outlook",
        labels=dict(),  # praise, a later job, a go-ahead
    ),
    Mail(
        1975, "shoes-swap-photos", SHOES, SAM, "2029-01-25 11:00", "Re: catalog proof",
        """Saw the proof. Pls swap photos 2 and 4 and we're done""",
        style="apple",
        quote=Quote(SAM, "2029-01-24 18:00", """Mike, the spring catalog proof is attached.

Sam"""),
        labels=dict(cr=["Pls swap photos 2 and 4"]),
    ),
    Forward(
        1976, "gadget-fw-product-team", GADGET, SAM, "2029-01-25 13:30",
        "Sam, feedback from our product team below. Can you make these changes?\n\nAlice",
        Mail(
            0, "gadget-orig-tom", GADGET_PM, GADGET, "2029-01-25 12:40", "spec sheet",
            """Alice, on the spec sheet the battery life should say 12 hours, not 10. And the weight is 1.2 kg now, not 1.4.

Tom""",
            style="gmail",
        ),
        style="gmail",
        labels=dict(cr=["the battery life should say 12 hours, not 10",
                        "the weight is 1.2 kg now, not 1.4"]),
    ),
    Mail(
        1977, "tea-japanese-english", JP, SAM, "2029-01-25 15:00", "About banner",
        """Dear Sam-san,

Thank you for your hard work. We checked the banner.

If possible, could you make the red color little more soft? Also we want to change the copy to "Spring Sale Now On".

Best regards,
Kenji Sato""",
        style="outlook",
        labels=dict(cr=["could you make the red color little more soft?",
                        "we want to change the copy to \"Spring Sale Now On\""]),
    ),
    Mail(
        1978, "cellar-dont-touch-but", WINE2, SAM, "2029-01-26 10:20", "Re: tasting room poster",
        """Sam, don't touch the headline, it's perfect. But the subhead is too long, cut it in half.

Paula""",
        style="gmail",
        quote=Quote(SAM, "2029-01-25 16:00", """Paula, the tasting room poster is attached.

Sam"""),
        labels=dict(cr=["the subhead is too long, cut it in half"]),
    ),
    Mail(
        1979, "church-numbered-answers", CHURCH2, SAM, "2029-01-26 13:00",
        "RE: Easter mailer - three questions",
        """1 - ok
2 - can we lose the second paragraph? it's too long
3 - ok

Martha""",
        style="outlook",
        quote=Quote(SAM, "2029-01-26 09:00", """Martha, three questions on the Easter mailer:

1. Is the service schedule on the back correct?
2. Are you happy with the welcome letter?
3. Can we use the photo of the choir from Christmas?

Sam"""),
        labels=dict(cr=["can we lose the second paragraph?"]),
    ),
]
