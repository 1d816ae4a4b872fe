"""The seventy-third labelled set (1580-1599), written on 2026-12-07 (twenty-fifth session)
after blind28 and before any rule of its own: the split ``tune56``, scored blind first, then
tuned on.

Voices: South African, Singaporean, Filipino, Polish and Greek clients writing English, a
Canadian client mixing French and English, a city's parks department, a museum's curator, a
school district's rules, a restaurant group's three locations in one mail, a wine shop
writing in lower case, a plumber's emoji reply, an Outlook chain answered at the top, a
client approving one item of a numbered list and changing two, and a credit card's
compliance notes. Dates run in the week of 28 February 2028 (a Monday; 2028 is a leap year).
"""

from build import Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

THABO = Person("Thabo Nkosi", "thabo@nkosicoffee.co.za", "Africa/Johannesburg")
WEILING = Person("Wei Ling Tan", "weiling@tanhawker.sg", "Asia/Singapore")
JOY = Person("Joy Santos", "joy@santosbakeshop.ph", "Asia/Manila")
MAREK = Person("Marek Nowak", "marek@nowakmeble.pl", "Europe/Warsaw")
ELENI = Person("Eleni Papadopoulou", "eleni@papadopouloufoods.gr", "Europe/Athens")
GENEVIEVE = Person("Geneviève Roy", "gen@roysucrerie.ca", "America/Montreal")
PARKS = Person("Dana Fields", "dfields@cityofmaple.gov", "America/Chicago")
CURATOR = Person("Ines Wolfe", "iwolfe@harbormuseum.org", "America/New_York")
DISTRICT = Person("Paul Grant", "pgrant@oakvalleyschools.org", "America/Denver")
RESTO = Person("Leo Marchetti", "leo@marchettigroup.com", "America/New_York")
WINE = Person("Sadie Ford", "sadie@fordwines.com", "America/Los_Angeles")
PLUMB = Person("Gus Kane", "gus@kaneplumbing.com", "America/Chicago")
BANKER = Person("Helen Ward", "hward@crestcard.com", "America/New_York")
CHAIN = Person("Tom Reyes", "tom@reyesauto.com", "America/Phoenix")
SPA = Person("Mina Park", "mina@minaspa.com", "America/Los_Angeles")
BOOKS = Person("Arlo Finch", "arlo@finchbooks.com", "America/Chicago")
GYM = Person("Tasha Bell", "tasha@bellfit.com", "America/New_York")
FARM = Person("Hank Rowe", "hank@rowefarms.com", "America/Chicago")
PET = Person("Lena Cruz", "lena@cruzpets.com", "America/Los_Angeles")
ICE = Person("Bo Meyer", "bo@meyericecream.com", "America/Chicago")

ITEMS = [
    Mail(
        1580, "south-african-coffee", THABO, SAM, "2028-02-28 08:30", "Re: Winter menu boards",
        """Howzit Sam,

Boards look lekker. Two things though: the rooibos latte is R42 now, not R38. And please chuck our Instagram handle at the bottom of each board.

We open the winter menu on 1 April, so boards must be up by the 28th of March.

Cheers
Thabo""",
        style="gmail",
        labels=dict(cr=["the rooibos latte is R42 now, not R38",
                        "please chuck our Instagram handle at the bottom of each board"],
                    due=["2028-03-28"], day_first=True, default_currency="ZAR"),
    ),
    Mail(
        1581, "singapore-hawker", WEILING, SAM, "2028-02-28 10:00", "Re: CNY promo poster",
        """Hi Sam,

Poster ok already. But can change the chilli crab photo to the one with the family? The one now a bit too dark leh.

Also must put halal logo, very important for our customers.

Need to print by this Friday can?

Thanks
Wei Ling""",
        style="gmail",
        labels=dict(cr=["can change the chilli crab photo to the one with the family?"],
                    req=["must put halal logo"], due=["2028-03-03"],
                    day_first=True, default_currency="SGD"),
    ),
    Mail(
        1582, "filipino-bakeshop", JOY, SAM, "2028-02-28 12:15", "Summer menu",
        """Good day Sam!

Thank you po for the summer menu. Kindly change the price of ube cheese pandesal to ₱85. Also kindly remove the mango float, it is out of season already.

We will be needing the final file on or before March 7.

God bless,
Joy""",
        style="gmail",
        labels=dict(cr=["Kindly change the price of ube cheese pandesal",
                        "kindly remove the mango float"],
                    due=["2028-03-07"], day_first=False, default_currency="PHP"),
    ),
    Mail(
        1583, "polish-furniture", MAREK, SAM, "2028-02-28 14:40", "Catalogue 2028 - remarks",
        """Hello Sam,

I send our remarks to the catalogue.

On page 12 the dimensions of table Oslo are not correct, it should be 180 x 90 cm.
The photo on page 15 is mirrored, please turn it back.
Prices must be with VAT, this is required in Poland.

We plan to send the catalogue to our dealers until 20 March.

Regards
Marek Nowak""",
        style="outlook",
        labels=dict(cr=["the dimensions of table Oslo are not correct",
                        "The photo on page 15 is mirrored"],
                    req=["Prices must be with VAT"], due=["2028-03-20"],
                    day_first=True, default_currency="PLN"),
    ),
    Mail(
        1584, "greek-foods", ELENI, SAM, "2028-02-28 16:00", "Olive tin design",
        """Dear Sam,

We are very happy with the tin. Only, the Greek letters in the name are not correct, it must be "Ελαιόλαδο" with the accent on the ó. Our export partner in Germany also asks for the German translation on the back side.

Please the budget does not go over 3.000 euro for this.

Best,
Eleni""",
        style="apple",
        labels=dict(cr=["the Greek letters in the name are not correct",
                        "Our export partner in Germany also asks for the German translation on the back side"],
                    budgets=[("3000", "EUR", "cap")], **EU),
    ),
    Mail(
        1585, "quebec-franglais", GENEVIEVE, SAM, "2028-02-29 09:20", "Re: Cabane à sucre ads",
        """Salut Sam,

Les ads sont super! Juste une chose: can we change "maple taffy" to "tire d'érable" in the French version? C'est plus authentique.

Et n'oublie pas, tout doit être bilingue avec le français en premier.

Merci!
Gen""",
        style="gmail",
        labels=dict(cr=["can we change \"maple taffy\" to \"tire d'érable\" in the French version?"],
                    req=["tout doit être bilingue avec le français en premier"],
                    day_first=True, default_currency="CAD"),
    ),
    Mail(
        1586, "city-parks", PARKS, SAM, "2028-02-29 10:30", "Summer programs guide",
        """Sam,

Comments on the summer programs guide from our team:

The pool hours on page 3 are last year's. Correct hours: 11am - 7pm daily.
Please add the accessibility line ("Reasonable accommodations are available upon request") to the inside cover.
The City seal may only be used on the front cover, per the Clerk's office.

Guides need to be delivered to the rec centers by April 15. Registration opens May 1.

Dana Fields
Parks & Recreation""",
        style="outlook",
        labels=dict(cr=["The pool hours on page 3 are last year's",
                        "Please add the accessibility line"],
                    req=["The City seal may only be used on the front cover"],
                    due=["2028-04-15"]),
    ),
    Mail(
        1587, "museum-curator", CURATOR, SAM, "2028-02-29 13:00", "Exhibition banners",
        """Dear Sam,

The banners are handsome. A few curatorial notes:

The painting is by Winslow Homer, not Homer Winslow - please correct the credit line.
The dates of the exhibition should read "April 8 - September 4, 2028".
Image credits must always appear in full as supplied by the lender; please don't shorten them.

The banners go up on the façade on April 1.

Ines Wolfe
Curator""",
        style="gmail",
        labels=dict(cr=["please correct the credit line",
                        "The dates of the exhibition should read"],
                    req=["Image credits must always appear in full as supplied by the lender"],
                    due=["2028-04-01"]),
    ),
    Mail(
        1588, "school-district-rules", DISTRICT, SAM, "2028-03-01 08:00", "Enrollment campaign brief",
        """Hi Sam,

Attached is the brief for the fall enrollment campaign. Some district rules you'll need to follow:

No student can be identified by full name in any material.
Only students with a signed media release may appear in photos.
All materials need to be available in English and Spanish.

Our target is 300 new kindergarten enrollments. The campaign should launch by April 1. Budget is $25,000.

Paul Grant
Communications Director""",
        style="outlook",
        labels=dict(req=["No student can be identified by full name in any material",
                         "Only students with a signed media release may appear in photos",
                         "All materials need to be available in English and Spanish"],
                    obj=["Our target is 300 new kindergarten enrollments"],
                    due=["2028-04-01"], budgets=[("25000", "USD")]),
    ),
    Mail(
        1589, "restaurant-three-locations", RESTO, SAM, "2028-03-01 11:30", "Menus for all three",
        """Sam,

Notes on the three spring menus:

Brooklyn: take the duck off, the chef is replacing it with quail.
Hoboken: all good.
Stamford: the address in the footer is wrong, it's 14 Main St, not 41.

Same print run as always, 500 of each. Need them by March 17.

Leo""",
        style="gmail",
        labels=dict(cr=["take the duck off", "the address in the footer is wrong"],
                    due=["2028-03-17"]),
    ),
    Mail(
        1590, "wine-lowercase", WINE, SAM, "2028-03-01 17:10", "re: tasting night flyer",
        """hey sam flyer looks great but the date says friday the 11th and it's saturday the 11th. also can we make the ticket price bigger, people always miss it. thx!""",
        style="plain",
        labels=dict(cr=["the date says friday the 11th and it's saturday the 11th",
                        "can we make the ticket price bigger"]),
    ),
    Mail(
        1591, "plumber-emoji", PLUMB, SAM, "2028-03-01 07:30", "Re: Van wrap",
        """👍👍 looks sharp. phone # is wrong tho 😬 its 555-0180 not 555-0108""",
        style="plain",
        quote=Quote(SAM, "2028-02-29 16:00", """Gus, the van wrap proof is attached.

Sam"""),
        labels=dict(cr=["phone # is wrong tho"]),
    ),
    Mail(
        1592, "card-compliance", BANKER, SAM, "2028-03-02 10:00", "Compliance review: balance transfer mailer",
        """Sam,

Compliance comments on the balance transfer mailer:

1. The intro APR must be followed immediately by the go-to APR. Currently it's three lines below.
2. "No fees" is not accurate; there is a 3% transfer fee. Remove "No fees" from the headline.
3. The Schumer box must be on the same page as the offer.

Please send a revised proof to compliance@crestcard.com. Drop date is still March 20.

Helen Ward
Marketing Compliance""",
        style="outlook",
        labels=dict(req=["The intro APR must be followed immediately by the go-to APR",
                         "The Schumer box must be on the same page as the offer"],
                    cr=["Remove \"No fees\" from the headline"],
                    due=["2028-03-20"]),
    ),
    Mail(
        1593, "auto-chain-answer-top", CHAIN, SAM, "2028-03-02 12:00", "RE: Spring service specials",
        """Yes on the oil change special. No on the tire rotation one - we're not running it this spring, please pull it from the flyer.

Tom

From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Wednesday, March 1, 2028 4:00 PM
To: Tom Reyes <tom@reyesauto.com>
Subject: Spring service specials

Tom, two specials on the spring flyer - the $39.99 oil change and the $19.99 tire rotation. Both still good?

Sam""",
        style="plain",
        labels=dict(cr=["please pull it from the flyer"],
                    non_budget=[("39.99", "USD", "price"), ("19.99", "USD", "price")]),
    ),
    Mail(
        1594, "spa-numbered-approval", SPA, SAM, "2028-03-02 14:30", "Re: Three social posts",
        """Hi Sam,

1 - approved
2 - can the text be white instead of gold? hard to read
3 - swap the model photo for a product shot please

Thanks!
Mina""",
        style="gmail",
        labels=dict(cr=["can the text be white instead of gold?",
                        "swap the model photo for a product shot please"]),
    ),
    Mail(
        1595, "bookshop-events-no-asks", BOOKS, SAM, "2028-03-02 16:00", "Author visit",
        """Hi Sam,

FYI - we've confirmed the author visit for April 22 at 7pm. Nothing needed from you yet; I'll send details for the poster once the publisher sends the book cover.

Arlo""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1596, "gym-brief-goal", GYM, SAM, "2028-03-03 09:00", "Summer membership push",
        """Hi Sam,

We want to run a summer membership push: 150 new members between June 1 and July 31. Social ads plus a flyer for the neighborhood.

Must-have: the "no contract" message front and center. We can spend about $4,000.

Could we see first ideas by March 17?

Tasha""",
        style="gmail",
        labels=dict(obj=["150 new members between June 1 and July 31"],
                    req=["the \"no contract\" message front and center"],
                    budgets=[("4000", "USD")], due=["2028-03-17"]),
    ),
    Mail(
        1597, "farm-phone-two-lines", FARM, SAM, "2028-03-03 06:45", "Re: Farm stand sign",
        """sign is good. make the strawberries bigger they sell the place
and put "since 1952" under the name""",
        style="plain",
        quote=Quote(SAM, "2028-03-02 15:00", """Hank, the new farm stand sign proof.

Sam"""),
        labels=dict(cr=["make the strawberries bigger", "put \"since 1952\" under the name"]),
    ),
    Mail(
        1598, "pet-store-legal", PET, SAM, "2028-03-03 11:00", "Flea treatment ad",
        """Hi Sam,

Our vendor says we can't call the flea drops "vet recommended" unless we cite the study, so let's change it to "trusted by pet parents". Also their logo has to be at least as big as ours on the ad.

Thanks,
Lena""",
        style="gmail",
        labels=dict(cr=["let's change it to \"trusted by pet parents\""],
                    req=["their logo has to be at least as big as ours on the ad"]),
    ),
    Mail(
        1599, "ice-cream-season", ICE, SAM, "2028-03-03 13:20", "Opening day",
        """Hey Sam,

We're opening for the season on April 8! Can we get the "We're back" posters and the social posts ready a week before that? Same look as last year is fine, just update the year and add our new waffle cone flavor.

Bo""",
        style="gmail",
        labels=dict(cr=["just update the year and add our new waffle cone flavor"],
                    due=["2028-04-01", "2028-04-08"]),
    ),
]
