"""The hundred-and-eighth labelled set (2300-2319), written on 2026-12-07 (thirty-first session)
after tune83's rules and before any rule of its own: the split ``tune84``, scored blind first,
then tuned on.

Answers in and around the thread: inline answers under the agency's questions (after ">",
in capitals), "agree with all except #3 - keep the original headline", a bottom-posted reply
under "-----Original Message-----", "same changes as last time please", a colleague's asks
retracted ("please ignore Mark's email below"), an Outlook reply with German header fields, a
client adding to their own earlier mail, "following up on this - can we still get ...", a
reply-all that takes up a colleague's note, an option picked from two days offered, "hold off
on sending until legal reviews it", a French and a Spanish reply, a quoted day answered "That's
too late - we need them by the 6th", "everything sounds good, except ... a week earlier", a
bare "+1". The quoted history holds dates, sums and asks of its own that must not count.
Dates run in the week of 30 July 2029 (a Monday). Some mails are written out by hand, as in
``specs_103.py``.
"""

from specs_103 import _mail

from build import Mail, Person, Quote, Raw
from cast import SAM

AGREE = Person("Helen Park", "helen@parkbooks.com", "America/New_York")
SAME = Person("Gina Lowe", "gina@lowepets.com", "America/Chicago")
IGNORE = Person("Rob Tate", "rob@tatewinery.com", "America/Los_Angeles")
MARK = Person("Mark Tate", "mark@tatewinery.com", "America/Los_Angeles")
APPROVED = Person("Sue Kline", "sue@klinedental.com", "America/New_York")
FOLLOW = Person("Ian Ross", "ian@rossoutdoor.com", "America/Denver")
CTA = Person("Wes Cole", "wes@colehomes.com", "America/Chicago")
HOLD = Person("Nadia Vos", "nadia@vosfinance.com", "America/New_York")
FR = Person("Sophie Lambert", "sophie@lambert-deco.fr", "Europe/Paris")
LEA = Person("Léa Martin", "lea@lambert-deco.fr", "Europe/Paris")
ES = Person("Pablo Ruiz", "pablo@ruizcafe.es", "Europe/Madrid")
LATE = Person("Kara Dunn", "kara@dunnevents.com", "America/New_York")

EU = dict(day_first=True, default_currency="EUR")


def _quote(text: str, when: str = "2029-07-30 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Raw(
        2300, "bakery-inline-gt-answers",
        _mail("Tina Wells <tina@wellsbakery.com>", "Re: Fall postcard - 4 questions",
              "Mon, 30 Jul 2029 11:20:00 -0400", """Hi Sam, answers below.

On Mon, Jul 30, 2029 at 9:05 AM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
> 1. Is the orange version the one to go with?

No - use the navy version.

> 2. How many postcards? We quoted 300 at $420.

Make it 500 instead of 300.

> 3. Is the address block right?

Yes.

> 4. When do you need them in hand? We could do August 20.

Need them by Aug 10, the open house is the 11th.

Thanks!
Tina
""", mid="CA+wells-7@mail.gmail.com", extra="In-Reply-To: <CA+sam-pc4@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-08-10"],
                    non_budget=[("420", "USD", "other")],
                    cr=["use the navy version", "Make it 500 instead of 300"]),
    ),
    Mail(
        2301, "books-agree-except", AGREE, SAM, "2029-07-30 14:30", "Re: Author event poster - suggestions",
        """Agree with all of your suggestions except #3 - keep the original headline.

Helen""",
        style="gmail",
        quote=_quote("Helen, four suggestions for the poster:\n1. A bigger author photo\n2. The date in bold\n3. A new headline: \"An Evening with Maya Lin\"\n4. The store logo at the bottom"),
        labels=dict(cr=["except #3 - keep the original headline"]),
    ),
    Raw(
        2302, "gala-bottom-posted-outlook",
        _mail("Fran Miller <fmiller@riverarts.org>", "RE: Gala invitation proof",
              "Mon, 30 Jul 2029 15:40:00 -0400", """-----Original Message-----
From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Monday, July 30, 2029 10:12 AM
To: Fran Miller <fmiller@riverarts.org>
Subject: Gala invitation proof

Fran, the gala invitation proof is attached. It goes to the printer August 6 and mails August 13. The print run of 1,200 comes to $2,150.

Sam

Sam, looks good but please change the date on the invite to September 6, the venue moved us.

Thanks,
Fran
""", mid="BN8PR-miller-3@riverarts.org", extra="In-Reply-To: <CA+sam-gala1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York",
                    cr=["please change the date on the invite to September 6"]),
    ),
    Raw(
        2303, "deli-caps-inline",
        _mail("Lou Ferri <lou@ferrideli.com>", "Re: August ad", "Mon, 30 Jul 2029 12:10:00 -0400",
              """COMMENTS INLINE IN CAPS

On Mon, Jul 30, 2029 at 8:30 AM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
> Lou, here is the plan for the August ad:
> Headline: "Fresh every morning"

LOVE IT

> Photo: the deli counter

CAN WE USE THE ONE WITH THE BREAD BASKETS?

> Run dates: Aug 6-19 in the Gazette, $640.

PUSH START TO AUG 13 PLEASE

> Sam
""", mid="CA+ferri-2@mail.gmail.com", extra="In-Reply-To: <CA+sam-aug1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-08-13"],
                    cr=["CAN WE USE THE ONE WITH THE BREAD BASKETS",
                        "PUSH START TO AUG 13 PLEASE"]),
    ),
    Mail(
        2304, "pets-same-changes", SAME, SAM, "2029-07-30 10:20", "Re: Fall flyer v1",
        """Same changes as last time please, plus the new address.

Gina""",
        style="apple",
        quote=_quote("Gina, v1 of the fall flyer is attached, built from the spring one."),
        labels=dict(cr=["Same changes as last time please"]),
    ),
    Mail(
        2305, "winery-ignore-colleague", IGNORE, SAM, "2029-07-30 16:05", "Re: Harvest label",
        """Sam, please ignore Mark's email below, we're keeping the blue.

Rob""",
        style="outlook",
        quote=Quote(MARK, "2029-07-30 11:00", "Sam, can we change the label background from blue to burgundy? And make the vintage bigger.\n\nMark"),
        labels=dict(),
    ),
    Raw(
        2306, "hotel-outlook-german-fields",
        _mail("Petra Wolf <p.wolf@hotel-seeblick.at>", "AW: Herbstprospekt",
              "Mon, 30 Jul 2029 09:15:00 +0200", """Hi Sam,

the price on page 3 should be €1.290, not €1.190. Rest ok.

Petra

Von: Sam Ortiz <sam.ortiz@brightlane.agency>
Gesendet: Montag, 30. Juli 2029 08:02
An: Petra Wolf <p.wolf@hotel-seeblick.at>
Betreff: Herbstprospekt

Hi Petra, the autumn brochure is attached. Print is booked for 14.08., 5.000 copies at €3.400.

Sam
""", mid="VI1PR-wolf-5@hotel-seeblick.at", extra="In-Reply-To: <CA+sam-hp1@mail.gmail.com>\n"),
        labels=dict(timezone="Europe/Vienna", cr=["the price on page 3 should be €1.290"],
                    non_budget=[("1290", "EUR", "other")], **EU),
    ),
    Mail(
        2307, "dental-approved-long-quote", APPROVED, SAM, "2029-07-30 13:00", "Re: Back to school campaign - final",
        """Approved. Go ahead.

Sue""",
        style="gmail",
        quote=_quote("Sue, the final back to school campaign: postcards mail August 9, the ads run August 12-26, total $6,800. The offer is a free whitening kit with every cleaning; can you confirm the offer end date of September 30?"),
        labels=dict(),
    ),
    Raw(
        2308, "florist-own-earlier-mail",
        _mail("Iris Lam <iris@lamflowers.com>", "Re: Wedding brochure edits",
              "Mon, 30 Jul 2029 17:30:00 -0700", """One more thing I forgot: the disclaimer needs to be bigger.

Iris

On Mon, Jul 30, 2029 at 2:10 PM Iris Lam <iris@lamflowers.com> wrote:
> Sam, edits for the wedding brochure:
> - swap the cover to the peony photo
> - fix the spelling of "bouquet" on page 2
> We need the final by August 15.
>
> Iris
""", mid="CA+lam-9@mail.gmail.com", extra="In-Reply-To: <CA+lam-8@mail.gmail.com>\n"),
        labels=dict(timezone="America/Los_Angeles", cr=["the disclaimer needs to be bigger"]),
    ),
    Mail(
        2309, "outdoor-following-up", FOLLOW, SAM, "2029-07-30 08:45", "Re: Re: Re: Fall catalog",
        """Following up on this - can we still get the cover changed to the lake photo? The printer deadline is Friday.

Ian""",
        style="outlook",
        quote=_quote("Ian, noted. I'll check with the designer about the cover.", when="2029-07-26 15:00"),
        labels=dict(due=["2029-08-03"], cr=["get the cover changed to the lake photo"]),
    ),
    Raw(
        2310, "school-reply-all-colleague-note",
        _mail("Dana Fox <dfox@oakridgeschool.org>", "Re: Open house flyer",
              "Mon, 30 Jul 2029 12:50:00 -0500", """Sam - to your question, yes, 2,000 copies. And per Lisa's note below, we do need the Spanish version too.

Dana

On Mon, Jul 30, 2029 at 11:02 AM Lisa Gray <lgray@oakridgeschool.org> wrote:
> Sam, Dana - we also need a Spanish version, a lot of our families read Spanish first.
> And can the open house time be in bold?
>
> Lisa
>
> On Mon, Jul 30, 2029 at 9:30 AM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
>> Dana, the open house flyer is attached. Should we print 2,000 as last year?
>>
>> Sam
""", mid="CA+fox-3@mail.gmail.com",
              extra="In-Reply-To: <CA+gray-2@mail.gmail.com>\nCc: Lisa Gray <lgray@oakridgeschool.org>\n"),
        labels=dict(timezone="America/Chicago", cr=["we do need the Spanish version too"]),
    ),
    Mail(
        2311, "homes-cta-instead", CTA, SAM, "2029-07-30 11:55", "Re: Model home landing page",
        """Thanks! Just one thing: can the call to action say "Book a tour" instead of "Learn more"?

Wes""",
        style="gmail",
        quote=_quote("Wes, the model home landing page is on staging."),
        labels=dict(cr=["can the call to action say \"Book a tour\" instead of \"Learn more\""]),
    ),
    Raw(
        2312, "gallery-apple-picks-day",
        _mail("Omar Haddad <omar@haddadgallery.com>", "Re: Catalog print date",
              "Mon, 30 Jul 2029 10:40:00 -0400", """Let's do the 12th then.

Omar

> On Jul 30, 2029, at 9:14 AM, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
>
> Omar, the printer can deliver the catalogs either August 10 or August 12. Which do you prefer?
>
> Sam
""", mid="A1B2C3D4-haddad@haddadgallery.com",
              extra="In-Reply-To: <CA+sam-cat1@mail.gmail.com>\nX-Mailer: iPhone Mail (21A329)\n"),
        labels=dict(timezone="America/New_York", due=["2029-08-12"]),
    ),
    Mail(
        2313, "finance-hold-for-legal", HOLD, SAM, "2029-07-30 15:15", "RE: August newsletter",
        """Sam,

Please hold off on sending the newsletter until our legal team reviews it. They should be done by Wednesday.

Nadia Vos
Vos Financial Advisors
This email and any attachments are confidential and intended solely for the addressee.""",
        style="outlook",
        quote=_quote("Nadia, the August newsletter is scheduled for Tuesday at 10am."),
        labels=dict(cr=["hold off on sending the newsletter"]),
    ),
    Raw(
        2314, "bakery-outlook-mac-hours",
        _mail("Rosa Díaz <rosa@diazbakery.com>", "Re: Grand opening flyer",
              "Mon, 30 Jul 2029 09:50:00 -0700", """Sam, the new hours are Mon-Sat 7-9, Sunday 8-6. Can you update the flyer and the Google listing? Thx

From: Sam Ortiz <sam.ortiz@brightlane.agency>
Date: Monday, July 30, 2029 at 8:02 AM
To: Rosa Díaz <rosa@diazbakery.com>
Subject: Grand opening flyer

Rosa, the grand opening flyer is attached with the hours you sent in June. It prints Thursday.

Sam
""", mid="BY5PR-diaz-2@diazbakery.com",
              extra="In-Reply-To: <CA+sam-go1@mail.gmail.com>\nX-Mailer: Microsoft Outlook 16.0\n"),
        labels=dict(timezone="America/Los_Angeles",
                    cr=["Can you update the flyer and the Google listing"]),
    ),
    Mail(
        2315, "deco-french-sauf", FR, SAM, "2029-07-30 16:30", "RE: Catalogue automne",
        """Bonjour Sam,

Je suis d'accord avec les propositions de Léa ci-dessous, sauf pour la couleur : on garde le vert. Merci de m'envoyer la version finale jeudi.

Sophie""",
        style="outlook",
        quote=Quote(LEA, "2029-07-30 10:00", "Sam, trois propositions : une photo plus grande en couverture, le prix en gras, et le fond en bleu au lieu du vert.\n\nLéa"),
        labels=dict(due=["2029-08-02"], cr=["on garde le vert"], **EU),
    ),
    Mail(
        2316, "cafe-spanish-one-change", ES, SAM, "2029-07-30 13:20", "RE: Carta de verano",
        """Hola Sam:

Respondo en el correo de abajo. Solo un cambio: el precio del menú es 45 €, no 54 €.

Saludos,
Pablo""",
        style="outlook",
        quote=_quote("Hola Pablo, adjunto la carta de verano. ¿Está todo correcto?"),
        labels=dict(cr=["el precio del menú es 45 €, no 54 €"],
                    non_budget=[("45", "EUR", "other")], **EU),
    ),
    Raw(
        2317, "events-too-late",
        _mail("Kara Dunn <kara@dunnevents.com>", "Re: Festival program schedule",
              "Mon, 30 Jul 2029 14:05:00 -0400", """On Mon, Jul 30, 2029 at 1:15 PM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
> Kara, we'll send the final program files on August 8.

That's too late - we need them by the 6th, the printer closes for a week after that.

Kara
""", mid="CA+dunn-4@mail.gmail.com", extra="In-Reply-To: <CA+sam-fp1@mail.gmail.com>\n"),
        labels=dict(timezone="America/New_York", due=["2029-08-06"],
                    cr=["we need them by the 6th"]),
    ),
    Mail(
        2318, "events-sorry-except-earlier", LATE, SAM, "2029-07-30 18:10", "Re: Fall festival plan",
        """Sorry for the delay! I've been out sick. Everything in your last email sounds good, except we'll need the banners a week earlier, by August 13.

Kara""",
        style="gmail",
        quote=_quote("Kara, the fall festival plan: banners up August 20, programs August 24, budget $4,200.", when="2029-07-24 10:00"),
        labels=dict(due=["2029-08-13"], cr=["we'll need the banners a week earlier"]),
    ),
    Raw(
        2319, "winery-bare-plus-one",
        _mail("Mark Tate <mark@tatewinery.com>", "Re: Harvest label",
              "Mon, 30 Jul 2029 16:20:00 -0700", """+1, thanks Sam

On Mon, Jul 30, 2029 at 4:05 PM Rob Tate <rob@tatewinery.com> wrote:
> Sam, please ignore Mark's email below, we're keeping the blue. But can the vintage be a little bigger?
>
> Rob
""", mid="CA+tate-m4@mail.gmail.com", extra="In-Reply-To: <CA+tate-r3@mail.gmail.com>\n"),
        labels=dict(timezone="America/Los_Angeles"),
    ),
]
