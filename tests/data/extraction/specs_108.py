"""The hundred-and-third labelled set (2200-2219), written on 2026-12-07 (thirtieth session)
after blind35 and before any rule of its own: the split ``tune79``, scored blind first, then
tuned on.

Asks that lean on the thread: a client who agrees with a colleague's comment ("I agree with
Jenna on the photo", "+1 to what Mark said about the headline"), picks the agency's option and
changes it ("option 2, but in the navy"), answers a proposed date with another ("can it go
out Thursday instead?"), says what a piece needs ("the ad needs the delivery map"), or refers
to the proof in a word ("lose the second paragraph", "that photo has to go"); beside replies
that only agree, only pick, or only thank. Dates run in the week of 11 June 2029 (a Monday).
"""

from build import Mail, Person, Quote
from cast import SAM

JEN = Person("Jenna Cole", "jcole@faridortho.com", "America/New_York")
OMAR = Person("Dr. Omar Farid", "ofarid@faridortho.com", "America/New_York")
MARK_T = Person("Tara Lee", "tara@leebooks.com", "America/Chicago")
PICK = Person("Gus Moran", "gus@moranplumbing.com", "America/Denver")
DAYS = Person("Ivy Chen", "ivy@chenteahouse.com", "America/Los_Angeles")
NEEDS = Person("Rob Diaz", "rob@diazmotors.com", "America/Phoenix")
LOSE = Person("Nell Park", "nell@parkyoga.com", "America/New_York")
GOES = Person("Ade Bello", "ade@bellofoods.com", "America/Chicago")
SAME = Person("Kim Voss", "kim@vossdental.com", "America/New_York")
ONLY = Person("Lars Berg", "lars@bergbikes.com", "America/Denver")
THANK = Person("Mia Russo", "mia@russobakery.com", "America/New_York")
VERS = Person("Tom Hart", "tom@hartinsurance.com", "America/Chicago")
DAYOK = Person("Zoe Grant", "zoe@grantgallery.com", "America/New_York")
MERGE = Person("Eli Stone", "eli@stonefitness.com", "America/Los_Angeles")
HALF = Person("Rita Shah", "rita@shahtextiles.com", "America/New_York")
SWAPD = Person("Noah Fox", "noah@foxwinery.com", "America/Los_Angeles")
BOSS = Person("Ana Cruz", "ana@cruzhotels.com", "America/New_York")
TRIM = Person("Ben Adler", "ben@adlerlaw.com", "America/New_York")
COPY = Person("Lily Ng", "lily@ngflorist.com", "America/Los_Angeles")
REV = Person("Sam Reid", "sreid@reidhvac.com", "America/Chicago")


def _quote(text: str, when: str = "2029-06-11 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2200, "ortho-agree-colleague", OMAR, SAM, "2029-06-11 16:10", "Re: New patient brochure",
        """Sam, I agree with Jenna on the cover photo. Let's use one of our own patients.

Omar""",
        style="gmail",
        quote=Quote(JEN, "2029-06-11 14:02", "Sam, the smiling kid on the cover looks like stock, can we use one of our own patients instead? We have signed releases.\n\nJenna"),
        labels=dict(cr=["Let's use one of our own patients"]),
    ),
    Mail(
        2201, "bookshop-plus-one", MARK_T, SAM, "2029-06-11 11:30", "Re: Summer reading poster",
        """+1 to what Mark said about the headline, it should be "Read All Summer". Otherwise good to go.

Tara""",
        style="gmail",
        quote=_quote("Tara and Mark, the summer reading poster is attached. Print run of 200 is $260."),
        labels=dict(cr=['it should be "Read All Summer"']),
    ),
    Mail(
        2202, "plumber-option-but", PICK, SAM, "2029-06-11 08:15", "Re: Van wrap options",
        """Option 2 but in the navy, not the red. Need it at the wrap shop by the 22nd.

Gus""",
        style="plain",
        quote=_quote("Gus, three van wrap options attached. Option 2 is the bold red one."),
        labels=dict(due=["2029-06-22"], cr=["Option 2 but in the navy, not the red"]),
    ),
    Mail(
        2203, "teahouse-date-instead", DAYS, SAM, "2029-06-11 13:45", "Re: Matcha launch email",
        """Looks lovely! Can it go out Thursday instead? We want it before the weekend.

Ivy""",
        style="apple",
        quote=_quote("Ivy, the matcha launch email is ready. We planned to send it Monday June 18."),
        labels=dict(due=["2029-06-14"], cr=["Can it go out Thursday instead"]),
    ),
    Mail(
        2204, "dealer-ad-needs", NEEDS, SAM, "2029-06-11 10:05", "Re: Sales event ad",
        """The ad needs our new address, we moved to 4100 E Camelback. Rest is fine.

Rob""",
        style="outlook",
        quote=_quote("Rob, the sales event ad for the Republic is attached. It runs Sunday June 17."),
        labels=dict(cr=["The ad needs our new address"]),
    ),
    Mail(
        2205, "yoga-lose-paragraph", LOSE, SAM, "2029-06-11 19:20", "Re: Newsletter draft",
        """Lose the second paragraph, it repeats the first. And the class times are wrong - Tuesday is 6pm now.

Nell""",
        style="gmail",
        quote=_quote("Nell, the June newsletter draft is attached. We'd send it Friday."),
        labels=dict(cr=["Lose the second paragraph", "Tuesday is 6pm now"]),
    ),
    Mail(
        2206, "foods-photo-has-to-go", GOES, SAM, "2029-06-11 14:30", "Re: Catering flyer",
        """That photo of the buffet has to go, it's from a competitor's event. Use any of ours from the shared folder.

Ade""",
        style="outlook",
        quote=_quote("Ade, the catering flyer proof is attached."),
        labels=dict(cr=["That photo of the buffet has to go"]),
    ),
    Mail(
        2207, "dental-same-but", SAME, SAM, "2029-06-11 12:00", "Re: Fall postcard",
        """Same as the spring one but with the fall colors and our new hygienist, Dr. Patel. We need it mailed by September 4.

Kim""",
        style="gmail",
        quote=_quote("Kim, should the fall postcard follow the spring design?"),
        labels=dict(due=["2029-09-04"]),
    ),
    Mail(
        2208, "bikes-only-pick", ONLY, SAM, "2029-06-11 09:40", "Re: Banner options",
        """Option B. Thanks!

Lars""",
        style="plain",
        quote=_quote("Lars, two banner options attached, A and B. We print Wednesday."),
        labels=dict(),
    ),
    Mail(
        2209, "bakery-only-thanks", THANK, SAM, "2029-06-11 17:00", "Re: Final files",
        """Got them, thank you so much! The printer has everything now.

Mia""",
        style="apple",
        quote=_quote("Mia, the final files for the bakery menus are attached."),
        labels=dict(),
    ),
    Mail(
        2210, "insurance-version-wanted", VERS, SAM, "2029-06-11 15:15", "Re: Radio spot script",
        """I like the script. Could we get a 15-second version too for the morning drive slots? Same voice.

Tom""",
        style="outlook",
        quote=_quote("Tom, the 30-second radio script is attached for approval."),
        labels=dict(cr=["Could we get a 15-second version too"]),
    ),
    Mail(
        2211, "gallery-date-ok", DAYOK, SAM, "2029-06-11 10:30", "Re: Opening invitation",
        """June 28 works for the send. Please make the artist's name bigger than the gallery's, she's the draw.

Zoe""",
        style="gmail",
        quote=_quote("Zoe, the opening invitation is attached. We could send it June 28 for the July 12 opening."),
        labels=dict(due=["2029-06-28"], cr=["Please make the artist's name bigger than the gallery's"]),
    ),
    Mail(
        2212, "gym-merge-asks", MERGE, SAM, "2029-06-11 18:05", "Re: Class schedule poster",
        """Two things. Spin on Wednesday moved to 7am. And can we fit the kids' classes on the same poster instead of a second one?

Eli""",
        style="plain",
        quote=_quote("Eli, the summer class schedule poster is attached."),
        labels=dict(cr=["Spin on Wednesday moved to 7am",
                        "can we fit the kids' classes on the same poster"]),
    ),
    Mail(
        2213, "textiles-half-yes", HALF, SAM, "2029-06-11 11:50", "Re: Trade show booth",
        """Back wall is approved. The counter graphic we're not sure about, can you show us one with the fabric close-up instead?

The show is July 9, so we'd need it all by June 29.

Rita""",
        style="outlook",
        quote=_quote("Rita, the booth back wall and counter graphic are attached."),
        labels=dict(due=["2029-06-29"],
                    cr=["can you show us one with the fabric close-up instead"]),
    ),
    Mail(
        2214, "winery-swap-days", SWAPD, SAM, "2029-06-11 16:40", "Re: Release weekend posts",
        """Can we swap the Saturday and Sunday posts? The tasting is on Sunday now.

Noah""",
        style="apple",
        quote=_quote("Noah, the posts for the release weekend are scheduled for Saturday June 16 and Sunday June 17."),
        labels=dict(due=["2029-06-17"], cr=["Can we swap the Saturday and Sunday posts"]),
    ),
    Mail(
        2215, "hotel-boss-wants", BOSS, SAM, "2029-06-11 13:00", "Re: Summer rates banner",
        """My GM wants the rate on the banner to be the member rate, $149, with "members save 15%" under it. Can you update?

Ana""",
        style="outlook",
        quote=_quote("Ana, the summer rates banner is ready. It shows $175 a night."),
        labels=dict(cr=["My GM wants the rate on the banner to be the member rate"]),
    ),
    Mail(
        2216, "law-trim-bios", TRIM, SAM, "2029-06-11 09:20", "Re: Attorney bios",
        """The bios are too long for the print directory. Can you trim each one to 75 words? Web versions can stay as they are.

Ben""",
        style="gmail",
        quote=_quote("Ben, the attorney bios for the directory and the website are attached."),
        labels=dict(cr=["Can you trim each one to 75 words"]),
    ),
    Mail(
        2217, "florist-copy-line", COPY, SAM, "2029-06-11 20:15", "Re: Wedding brochure",
        """Page 3: "We do it all" -> "From first bouquet to last petal". Page 5 is perfect.

Lily""",
        style="gmail",
        quote=_quote("Lily, the wedding brochure draft is attached."),
        labels=dict(cr=['"We do it all" -> "From first bouquet to last petal"']),
    ),
    Mail(
        2218, "hvac-reverts", REV, SAM, "2029-06-11 14:10", "Re: Truck magnet v3",
        """Actually can we go back to the v1 headline? The boss liked it better. Keep the new phone number though.

Sam R.""",
        style="outlook",
        quote=_quote("Sam, v3 of the truck magnet is attached with the new headline and phone number."),
        labels=dict(cr=["can we go back to the v1 headline"]),
    ),
    Mail(
        2219, "ortho-colleague-only-agrees", JEN, SAM, "2029-06-11 17:30", "Re: New patient brochure",
        """Agreed, thanks Omar. Sam, let us know when the new version is ready.

Jenna""",
        style="gmail",
        quote=_quote("Jenna and Omar, noted: we'll use one of your patients on the cover."),
        labels=dict(),
    ),
]
