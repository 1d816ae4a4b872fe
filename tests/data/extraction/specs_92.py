"""The eighty-seventh labelled set (1860-1879), written on 2026-12-07 (twenty-eighth session)
after tune65's rules and before any rule of its own: the split ``tune66``, scored blind first,
then tuned on.

Feedback that arrives as a new mail, where the blind splits read change requests at recall
0.78 (against 0.87 in replies): no "Re:", no quote, the work named by what the agency sent
("the banners you sent yesterday"), by where the client saw it ("saw the ad in the Herald
today"), by what arrived ("the flyers came this morning"), by who showed it ("Dana showed me
the mockups"), on a phone, in a long mail with background; beside new mails whose faults are
the old work's, someone else's or a brief's background ("our old brochure was too cluttered",
"the competitor's site is too busy"), and thanks for work that stays as it is. Dates run in
the week of 4 December 2028 (a Monday).
"""

from build import Mail, Person
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

FLOR = Person("Ivy Chen", "ivy@bloomandstem.com", "America/Los_Angeles")
DELI = Person("Sal Romano", "sal@romanosdeli.com", "America/New_York")
HOA = Person("Barbara Nguyen", "bnguyen@lakeviewhoa.org", "America/Chicago")
GYM2 = Person("Derek Hall", "derek@corefitstudio.com", "America/Denver")
LAWN = Person("Travis Cole", "travis@greenedgelawn.com", "America/Chicago")
MUSEUM = Person("Ellen Park", "epark@harbormaritime.org", "America/New_York")
SKI = Person("Anna Berger", "anna.berger@alpenhof-tirol.at", "Europe/Vienna")
CPA = Person("Greg Wilson", "gwilson@wilsoncpa.com", "America/Chicago")
BOOK = Person("Nora Quinn", "nora@quinnsbooks.ie", "Europe/Dublin")
CHURCH = Person("Pastor James Reed", "jreed@gracecommunity.org", "America/New_York")
PIZZA = Person("Vito Esposito", "vito@vitospizza.com", "America/New_York")
SALON = Person("Keisha Brown", "keisha@crownandglory.com", "America/New_York")
VET2 = Person("Dr. Omar Haddad", "ohaddad@citypaws.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        1860, "florist-banners-you-sent", FLOR, SAM, "2028-12-04 08:30", "Valentine's banners",
        """Hi Sam,

Thanks for the banners you sent yesterday. The pink is a bit too bubblegum for us, could it be more of a dusty rose? And the roses in the second banner look fake, can we use one of our own photos?

Ivy""",
        style="gmail",
        labels=dict(cr=["could it be more of a dusty rose?", "can we use one of our own photos?"]),
    ),
    Mail(
        1861, "deli-saw-ad-in-paper", DELI, SAM, "2028-12-04 10:15", "ad in the Herald",
        """Sam I saw our ad in the Herald today and the phone number is wrong, it says 555-0132 and ours is 555-0123. Can you get that fixed before it runs again Thursday??

Sal""",
        style="apple",
        labels=dict(due=["2028-12-06"], cr=["the phone number is wrong"]),  # before Thursday
    ),
    Mail(
        1862, "hoa-flyers-arrived", HOA, SAM, "2028-12-04 13:40", "Holiday party flyers",
        """Hello Sam,

The flyers came this morning, thank you. Unfortunately there are two problems: the party is in the clubhouse, not the pool house, and the RSVP date should be December 15, not December 16. We will need new ones before we can put them in the mailboxes.

Barbara Nguyen
Lakeview HOA Social Committee""",
        style="outlook",
        labels=dict(cr=["the party is in the clubhouse, not the pool house"]),  # one sentence
        # (the RSVP day is printed on the work, the guests' day: no deadline)
    ),
    Mail(
        1863, "gym-coworker-showed", GYM2, SAM, "2028-12-04 16:00", "January challenge posters",
        """Hey Sam,

Jenna showed me the mockups for the January challenge posters. Looking good! Only thing, I'd like our coaches in the photos instead of the stock models. I can get you pics of the team this week.

Derek""",
        style="gmail",
        labels=dict(cr=["I'd like our coaches in the photos instead of the stock models"]),
    ),
    Mail(
        1864, "lawn-old-brochure-brief", LAWN, SAM, "2028-12-05 09:00", "New spring brochure",
        """Hi Sam,

We need a new brochure for the spring season. Our old one was way too cluttered and nobody read it, and the photos were from 2015. This time keep it to one page, front and back, with the three service packages and prices.

We'd like to hand it out at the home show on March 4. Budget around $1,800 for design and 2,000 copies.

Travis""",
        style="gmail",
        labels=dict(due=["2029-03-04"], budgets=[("1800", "USD")],
                    req=["keep it to one page, front and back"]),
    ),
    Mail(
        1865, "museum-printed-proof", MUSEUM, SAM, "2028-12-05 11:30", "Lighthouse exhibit panels",
        """Dear Sam,

I printed the proof of the lighthouse panels at full size this morning and walked the gallery with it. The body text is too small to read from three feet away, and the timeline on panel 4 skips 1903, when the second lamp was installed. Could you add that year?

We open the exhibit on January 19.

Best,
Ellen Park
Curator, Harbor Maritime Museum""",
        style="outlook",
        labels=dict(due=["2029-01-19"],
                    cr=["The body text is too small to read from three feet away",
                        "Could you add that year?"]),
    ),
    Mail(
        1866, "ski-german-english-new", SKI, SAM, "2028-12-05 14:00", "Winterprospekt",
        """Dear Sam,

I have received the winter brochure from the printer. It is very nice, but on page 3 the prices for the ski pass are still from last season. For the next print run please use the new prices from the attached list.

We print again on 15.12.

Kind regards
Anna Berger""",
        style="gmail",
        labels=dict(due=["2028-12-15"],
                    cr=["use the new prices from the attached list"],  # the fault's fix
                    **EU),
    ),
    Mail(
        1867, "cpa-competitor-background", CPA, SAM, "2028-12-05 16:20", "Tax season ads",
        """Sam,

Tax season is coming. I looked at what H&R Block is running and honestly their ads are too busy, too many numbers. I want ours to feel calm and trustworthy. Three Facebook ads and a postcard to our client list.

Postcards should land by January 20. We can spend $3,500.

Greg Wilson, CPA""",
        style="outlook",
        labels=dict(due=["2029-01-20"], budgets=[("3500", "USD")]),
    ),
    Mail(
        1868, "bookshop-irish-thanks-only", BOOK, SAM, "2028-12-06 09:45", "Christmas window",
        """Hi Sam,

Just to say the Christmas window decals went up yesterday and they look gorgeous. Loads of people stopped to take photos. Don't change a thing for next year!

Nora""",
        style="apple",
        labels=dict(),  # praise for work that stays
    ),
    Mail(
        1869, "church-phone-new", CHURCH, SAM, "2028-12-06 11:00", "Christmas eve service",
        """Sam, the Christmas eve bulletin you sent has the 11pm service listed, we cancelled that one this year. Please take it out. Thanks

Sent from my phone""",
        style="plain",
        labels=dict(cr=["Please take it out"]),
    ),
    Mail(
        1870, "pizza-menu-on-site", PIZZA, SAM, "2028-12-06 13:30", "website menu",
        """Hey Sam, checked the new website on my phone, the menu page is missing the gluten free crust and the calzones. Also the order button is hard to find on mobile, make it bigger or put it at the top.

Vito""",
        style="gmail",
        labels=dict(cr=["the menu page is missing the gluten free crust",
                        "make it bigger or put it at the top"]),
    ),
    Mail(
        1871, "salon-ideas-background", SALON, SAM, "2028-12-06 15:10", "New year social posts",
        """Hi Sam,

Happy December! For January I'd love a set of social posts about our new braiding services. Last year's posts were too plain honestly, I want more color and real clients this time.

Can we see ideas by the 15th?

Keisha""",
        style="gmail",
        labels=dict(due=["2028-12-15"]),  # last year's posts: background for new work
    ),
    Mail(
        1872, "vet-video-feedback", VET2, SAM, "2028-12-07 09:20", "Puppy class video",
        """Hi Sam,

Watched the puppy class video last night with the team. The music is too loud over the trainer's voice and we'd like subtitles for people watching without sound. The ending is great.

Dr. Haddad""",
        style="gmail",
        labels=dict(cr=["The music is too loud over the trainer's voice"]),  # one sentence
    ),
    Mail(
        1873, "deli-new-not-change", DELI, SAM, "2028-12-07 11:00", "catering menu",
        """Sam we're doing catering now!! Need a one page catering menu for the website and a flyer for the counter. Trays of subs, pasta, salads. Can you have something by next Friday?

Sal""",
        style="apple",
        labels=dict(due=["2028-12-15"]),
    ),
    Mail(
        1874, "hoa-new-feedback-list", HOA, SAM, "2028-12-07 14:30", "Newsletter draft",
        """Hello Sam,

The committee looked over the January newsletter draft you emailed on Monday. Our notes:

1. Please move the pool closing notice to the front page.
2. The board member list is missing Frank Ortiz.
3. The recycling article is fine.

Barbara""",
        style="outlook",
        labels=dict(cr=["move the pool closing notice to the front page",
                        "The board member list is missing Frank Ortiz"]),
    ),
    Mail(
        1875, "florist-forwarded-supplier-not-ours", FLOR, SAM, "2028-12-07 16:00", "Wholesaler catalog",
        """Sam, the wholesaler's new catalog came today and honestly their layout is a mess and the photos are way too dark. Anyway, I'd like our Mother's Day flyer to use their new peony photos if we can license them.

Ivy""",
        style="gmail",
        labels=dict(),  # the wholesaler's catalog, not our work; a wish for new work
    ),
    Mail(
        1876, "ski-event-not-feedback", SKI, SAM, "2028-12-08 09:00", "Silvester party",
        """Dear Sam,

We will have a New Year's Eve party at the hotel and need a small poster for the lobby and a post for Instagram. The party starts at 20:00 on 31.12. The posters should hang from 20.12.

Anna""",
        style="gmail",
        labels=dict(due=["2028-12-20"], **EU),
    ),
    Mail(
        1877, "museum-colleague-wants", MUSEUM, SAM, "2028-12-08 11:15", "Lighthouse exhibit panels",
        """Sam,

One more from our director after she saw the panels you sent on Tuesday: she wants the museum's new logo on every panel, bottom right, not the old ship wheel.

Ellen""",
        style="outlook",
        labels=dict(cr=["she wants the museum's new logo on every panel"]),
    ),
    Mail(
        1878, "cpa-price-question", CPA, SAM, "2028-12-08 13:00", "Tax season ads",
        """Sam, how much would it be to add a radio spot to the tax season plan? Just curious, not committing yet.

Greg""",
        style="outlook",
        labels=dict(),  # a price asked, nothing changed yet
    ),
    Mail(
        1879, "salon-saw-post-live", SALON, SAM, "2028-12-08 15:30", "Instagram",
        """Sam! The braiding post went live and someone commented that our address is wrong on it, it's 214 Elm not 241 Elm. Can you fix the caption asap?

Keisha""",
        style="apple",
        labels=dict(cr=["our address is wrong on it"]),  # the fault, its fix after it
    ),
]
