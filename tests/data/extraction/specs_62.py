"""The fifty-seventh labelled set (1260-1279), written on 2026-12-06 (nineteenth session) after
tune46 and before any tuning on it, scored blind, then tuned on: the split ``tune47``.

A week (30 August - 3 September 2027) of plain English said casually about every field: a
date pushed or pulled in passing ("can we push it a week", "let's bump the launch to the
following Monday", "slide the deadline"), money in passing ("we can go up to 8", "keep it
under 10 grand", "about five grand left"), rules in passing ("just a heads up, everything
has to go past Jen", "remember we can't show the price", "keep it on brand"), goals in
passing ("hoping to get 50 sign-ups", "fingers crossed for a sold-out night"), beside a
casual mail that has none of them.
"""

from build import Mail, Person, Quote
from cast import SAM

ABBY = Person("Abby Cross", "abby@crossflowers.com", "America/New_York")
BILL = Person("Bill Hardy", "bill@hardyroofing.com", "America/Chicago")
CLEO = Person("Cleo Dunn", "cleo@dunnstudio.com", "America/Los_Angeles")
DREW = Person("Drew Finch", "drew@finchbrewing.com", "America/Denver")
EDDIE = Person("Eddie Lam", "eddie@lamnoodles.com", "America/Los_Angeles")
FERN = Person("Fern Wu", "fern@wutea.com", "America/New_York")
GABE = Person("Gabe Ortiz", "gabe@ortizgym.com", "America/Chicago")
HOLLY_T = Person("Holly Tran", "holly@tranbakery.com", "America/New_York")
IKE = Person("Ike Moss", "ike@mossauto.com", "America/Denver")
JUDE = Person("Jude Fry", "jude@fryjewels.com", "America/New_York")
KAY = Person("Kay Lin", "kay@linyoga.com", "America/Los_Angeles")
LOU_P = Person("Lou Park", "lou@parkpizza.com", "America/Chicago")
MEG_S = Person("Meg Shaw", "meg@shawhome.com", "America/Denver")
NAT = Person("Nat Cole", "nat@colecafe.com", "America/New_York")
OZ = Person("Oz Reed", "oz@reedbikes.com", "America/Los_Angeles")
PEG = Person("Peg Hale", "peg@halecandles.com", "America/Chicago")
ROY = Person("Roy Webb", "roy@webbhvac.com", "America/Chicago")
SKY = Person("Sky Lowe", "sky@lowesurf.com", "America/Los_Angeles")
TESSA = Person("Tessa Vance", "tessa@vancedental.com", "America/New_York")
WILL = Person("Will Frost", "will@frostbooks.com", "America/New_York")

ITEMS = [
    Mail(
        1260, "flowers-push-a-week", ABBY, SAM, "2027-08-30 09:00", "Re: Fall mailer",
        """Sam, can we push the mailer a week? Our new arrangements won't be photographed until
the 10th. So drop date September 17 instead of the 10th.

Abby""",
        style="apple",
        labels=dict(due=["2027-09-17"], replaced=["2027-09-10"],
                    cr=["can we push the mailer a week", "drop date September 17 instead of"]),
    ),
    Mail(
        1261, "roofing-go-up-to", BILL, SAM, "2027-08-30 11:00", "Re: Storm season ads",
        """Sam, I talked to my partner, we can go up to 8k on the storm season push. Need the ads
running by September 15.

Bill""",
        style="gmail",
        labels=dict(due=["2027-09-15"], budgets=[("8000", "USD", "cap")]),
    ),
    Mail(
        1262, "studio-heads-up", CLEO, SAM, "2027-08-30 13:30", "Re: Class schedule poster",
        """Hi Sam, just a heads up, everything has to go past Jen before it's printed, she's our
new brand lead. Otherwise we're good to go.

Cleo""",
        style="gmail",
        labels=dict(req=["everything has to go past Jen before it's printed"]),
    ),
    Mail(
        1263, "brewing-bump-following-monday", DREW, SAM, "2027-08-31 09:00", "Launch",
        """Sam - let's bump the launch to the following Monday, September 13. The cans are
running late. Same budget.

Drew""",
        style="gmail",
        labels=dict(due=["2027-09-13"], cr=["let's bump the launch to the following Monday"]),
    ),
    Mail(
        1264, "noodles-under-10-grand", EDDIE, SAM, "2027-08-31 11:30", "Grand opening",
        """Hey Sam, for the grand opening let's keep it under 10 grand all in. We're hoping to
get 500 people through the door on the first weekend. Opening is October 2.

Eddie""",
        style="gmail",
        labels=dict(due=["2027-10-02"], budgets=[("10000", "USD", "cap")],
                    obj=["get 500 people through the door"]),
    ),
    Mail(
        1265, "tea-remember-price", FERN, SAM, "2027-08-31 14:00", "Re: Holiday tins",
        """Sam, remember we can't show the price on the tins, the stores set their own. And
please keep it on brand, last year's looked a bit off.

Fern""",
        style="gmail",
        labels=dict(req=["we can't show the price on the tins", "please keep it on brand"]),
    ),
    Mail(
        1266, "gym-five-grand-left", GABE, SAM, "2027-09-01 09:00", "Re: Fall challenge",
        """Sam, we've got about five grand left for the fall challenge. Could we add a couple of
Instagram stories with that? Hoping to get 50 sign-ups out of it.

Gabe""",
        style="gmail",
        labels=dict(budgets=[("5000", "USD")],
                    cr=["Could we add a couple of Instagram stories"],
                    obj=["Hoping to get 50 sign-ups"]),
    ),
    Mail(
        1267, "bakery-casual-none", HOLLY_T, SAM, "2027-09-01 10:30", "hi!",
        """Hi Sam! Just saying hi, hope you had a good weekend. The muffins were a hit at the
farmers market, people loved the new signs. Talk soon!

Holly""",
        style="apple",
        labels=dict(),
    ),
    Mail(
        1268, "auto-slide-deadline", IKE, SAM, "2027-09-01 12:00", "Re: Service coupons",
        """Sam, we need to slide the coupon deadline to September 24, the printer is backed up.
Also the oil change price went up to $54.99, please update that.

Ike""",
        style="outlook",
        labels=dict(due=["2027-09-24"],
                    cr=["we need to slide the coupon deadline", "please update that"]),
    ),
    Mail(
        1269, "jewels-sold-out", JUDE, SAM, "2027-09-01 14:30", "Trunk show",
        """Sam, fingers crossed for a sold-out night at the trunk show on October 7. Invites
need to go out two weeks before. Budget around $2,500.

Jude""",
        style="gmail",
        labels=dict(due=["2027-09-23"], budgets=[("2500", "USD")],
                    obj=["fingers crossed for a sold-out night"]),
    ),
    Mail(
        1270, "yoga-pull-in", KAY, SAM, "2027-09-02 09:00", "Re: Retreat ads",
        """Sam, any chance we can pull the retreat ads forward to Monday? Early bird ends sooner
than we thought.

Kay""",
        style="apple",
        labels=dict(due=["2027-09-06"], cr=["any chance we can pull the retreat ads forward"]),
    ),
    Mail(
        1271, "pizza-no-more-than", LOU_P, SAM, "2027-09-02 11:00", "Football season",
        """Sam, football season promo: no more than $1,500 total. Need the flyers by the 10th.
Oh and no team logos, we don't have the rights.

Lou""",
        style="gmail",
        labels=dict(due=["2027-09-10"], budgets=[("1500", "USD", "cap")],
                    req=["no team logos"]),
    ),
    Mail(
        1272, "home-moved-up", MEG_S, SAM, "2027-09-02 13:00", "Re: Open house",
        """Heads up Sam, the open house got moved up to September 11 from the 18th, so we'll need
the signs by the 9th.

Meg""",
        style="gmail",
        labels=dict(due=["2027-09-09"]),
    ),
    Mail(
        1273, "cafe-hoping-followers", NAT, SAM, "2027-09-02 15:00", "Instagram",
        """Hi Sam, for the fall menu we're hoping to hit 5,000 followers by Thanksgiving. Can you
plan a few posts? We've set aside $1,200.

Nat""",
        style="gmail",
        labels=dict(budgets=[("1200", "USD")], obj=["hoping to hit 5,000 followers"]),
    ),
    Mail(
        1274, "bikes-scrap-that", OZ, SAM, "2027-09-03 08:30", "Re: Banner",
        """scrap the tagline, just the logo and the sale dates please

Oz""",
        style="gmail",
        quote=Quote(SAM, "2027-09-02 16:00", """Oz, the sale banner with the new tagline.

Sam"""),
        labels=dict(cr=["scrap the tagline"]),
    ),
    Mail(
        1275, "candles-make-sure", PEG, SAM, "2027-09-03 10:00", "Holiday catalog",
        """Sam, for the holiday catalog, make sure every candle shows its burn time. We're
thinking early November for the drop, I'll confirm the date next week.

Peg""",
        style="gmail",
        labels=dict(req=["make sure every candle shows its burn time"]),
    ),
    Mail(
        1276, "hvac-two-things-casual", ROY, SAM, "2027-09-03 11:30", "Re: Door hangers",
        """Sam, couple things - the 24/7 line should be bigger, and can we lose the cartoon
thermostat? Feels a bit goofy.

Roy""",
        style="gmail",
        labels=dict(cr=["the 24/7 line should be bigger"]),  # one sentence, two asks
    ),
    Mail(
        1277, "surf-by-eow", SKY, SAM, "2027-09-03 13:00", "Re: Swell season video",
        """cut looks rad. can we get the final by end of next week? gonna post it the Monday after

Sky""",
        style="gmail",
        labels=dict(due=["2027-09-10"]),
    ),
    Mail(
        1278, "dental-cap-and-rule", TESSA, SAM, "2027-09-03 14:30", "Whitening promo",
        """Sam, whitening promo for October. Please don't go over $3,000. All before/after photos
need signed patient consent. Live by October 1.

Tessa""",
        style="outlook",
        labels=dict(due=["2027-10-01"], budgets=[("3000", "USD", "cap")],
                    req=["All before/after photos need signed patient consent"]),
    ),
    Mail(
        1279, "books-thanks-next-year", WILL, SAM, "2027-09-03 16:00", "Re: Summer reading",
        """Thanks Sam, summer reading went really well - 120 kids signed up. Let's do it again
next year, maybe a bit earlier.

Will""",
        style="apple",
        labels=dict(),
    ),
]
