"""The forty-sixth labelled set (1060-1079), written on 2026-12-06 (nineteenth session)
before any tuning on it, scored blind, then tuned on: the split ``tune38``.

A week (14-18 June 2027) of voices the set had few of: mail dictated to a phone (no
punctuation, words misheard), the British office ("I should be grateful if", "close of
play", "whilst"), a chat thread pasted into a mail, an executive handing a job on, answers
typed under the agency's questions, money in words, conditions ("if legal says no, drop
..."), and mail that asks for nothing (a status, thanks, a complaint about the past) beside
mail that does.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, SAM

UK = dict(day_first=True, default_currency="GBP")

ABE = Person("Abe Lowry", "abe@lowryroofing.com", "America/Chicago")
BEA = Person("Beatrice Thorne", "b.thorne@thornegardens.co.uk", "Europe/London")
CAL = Person("Cal Rivers", "cal@riverscoffee.com", "America/Los_Angeles")
DEV = Person("Dev Kapoor", "dev@kapoorlabs.com", "America/New_York")
EDIE = Person("Edie Marsh", "edie@marshfloral.com", "America/New_York")
FERGUS = Person("Fergus Reid", "fergus.reid@reidandsons.co.uk", "Europe/London")
GWEN = Person("Gwen Hollis", "gwen@hollisfurniture.com", "America/Chicago")
HAL = Person("Hal Brennan", "hal.brennan@brennanmotors.com", "America/Denver")
IMOGEN = Person("Imogen Price", "imogen@pricepetfood.co.uk", "Europe/London")
JOE_K = Person("Joe Kowalski", "joe@kowalskideli.com", "America/Chicago")
KEMI = Person("Kemi Adeyemi", "kemi@adeyemifashion.com", "America/New_York")
LORNA = Person("Lorna Craig", "lorna.craig@craigdistillery.co.uk", "Europe/London")
MAX_B = Person("Max Berger", "max@bergerfitness.com", "America/Los_Angeles")
NORA_V = Person("Nora Voss", "nvoss@vossinsurance.com", "America/Chicago")
OWEN = Person("Owen Pryce", "owen@prycebakes.co.uk", "Europe/London")
PAULA = Person("Paula Greco", "paula@grecowines.com", "America/New_York")
MARCO = Person("Marco Bellini", "marco@bellini-import.it", "America/New_York")
QUINN_T = Person("Quinn Tate", "quinn@tatehotels.com", "America/New_York")
RITA = Person("Rita Okafor", "rita@okaforlegal.com", "America/New_York")
STU = Person("Stu Malone", "stu@malonehardware.com", "America/Denver")
TESS = Person("Tess Harper", "tess@harperyoga.com", "America/Los_Angeles")

ITEMS = [
    Mail(
        1060, "roofing-dictated", ABE, SAM, "2027-06-14 07:40", "Re: Truck wrap",
        """hey sam driving so talking to my phone sorry about typos. the truck wrap looks good but
the phone number is the old one it needs to be 312 555 0187. also can you make the logo
bigger on the back doors. we need it on the truck by the 25th thanks

Sent from my iPhone""",
        style="apple",
        quote=Quote(SAM, "2027-06-11 16:00", """Abe, the truck wrap proof is attached.

Sam"""),
        labels=dict(due=["2027-06-25"],
                    cr=["the phone number is the old one", "make the logo bigger"]),
    ),
    Mail(
        1061, "gardens-british-formal", BEA, LUCA, "2027-06-14 09:15",
        "Re: Summer open garden leaflet",
        """Dear Luca,

Thank you for the proofs, which we have looked at with great interest. I should be
grateful if you could replace the photograph of the rose arch with one of the lily pond,
as the roses will be over by July. I wonder also whether the opening hours might be set
a little larger; several of our older visitors found them hard to read last year.

We should like to have the leaflets by close of play on Friday 25 June, whilst the
printers can still fit us in.

With kind regards,
Beatrice Thorne""",
        style="outlook",
        labels=dict(due=["2027-06-25"],
                    cr=["replace the photograph of the rose arch",
                        "opening hours might be set a little larger"], **UK),
    ),
    Mail(
        1062, "coffee-slack-paste", CAL, SAM, "2027-06-14 11:05",
        "FW: from our Slack re menu boards",
        """Sam - pasting our team thread so you have it. The asks are at the bottom.

[9:12 AM] Cal Rivers: menu boards look great overall
[9:14 AM] Jess Wu: agree. oat milk price is wrong tho, should be 75c not 50c
[9:15 AM] Jess Wu: and can we drop the pumpkin spice line, we're not doing it this year
[9:20 AM] Cal Rivers: yep. boards have to be up in all 6 stores by July 1

Cal""",
        style="gmail",
        labels=dict(due=["2027-07-01"],
                    cr=["oat milk price is wrong", "drop the pumpkin spice line"]),
    ),
    Mail(
        1063, "labs-exec-handoff", DEV, SAM, "2027-06-14 12:30", "Investor day materials",
        """Sam,

Looping in Priya, who will own this from our side going forward. Priya - Sam's team is
doing the investor day deck and the one-pager.

For both of you: the deck has to follow the new brand template. Every number in it needs
sign-off from finance before it goes anywhere. We need final files by Thursday
July 8. Budget is fifteen thousand dollars.

Dev""",
        style="gmail",
        labels=dict(due=["2027-07-08"], budgets=[("15000", "USD")],
                    req=["has to follow the new brand template",
                         "needs sign-off from finance"]),
    ),
    Mail(
        1064, "floral-inline-answers", EDIE, SAM, "2027-06-14 14:00", "Re: A few questions",
        """Answers below in caps!

> 1. When do you need the Mother's Day mailer in homes?
BY MAY 1 NEXT YEAR, BUT LET'S GET AHEAD OF IT

> 2. What can we spend on print and postage?
ABOUT $6,500

> 3. Anything we must or must not show?
NO CARNATIONS, THEY'RE NOT OURS. AND ALWAYS THE DELIVERY AREA MAP.

Edie""",
        style="gmail",
        labels=dict(due=["2028-05-01"], budgets=[("6500", "USD")],
                    req=["NO CARNATIONS", "ALWAYS THE DELIVERY AREA MAP"]),
    ),
    Mail(
        1065, "reid-fortnight-move", FERGUS, LUCA, "2027-06-14 15:30", "Re: Catalogue timings",
        """Luca,

Bad news I'm afraid - the warehouse move has pushed everything back. Could we shift the
catalogue print date from 2 July to 16 July? The price list will be a fortnight late as
well, so please hold the price pages until you hear from me.

Cheers,
Fergus""",
        style="gmail",
        labels=dict(due=["2027-07-16"], replaced=["2027-07-02"],
                    cr=["shift the catalogue print date", "hold the price pages"], **UK),
    ),
    Mail(
        1066, "furniture-status-no-asks", GWEN, SAM, "2027-06-15 08:45", "Quick update",
        """Hi Sam,

Just a quick update so you're in the loop. The showroom reopened on Saturday and the
new signage went down really well - a lot of people commented on the window graphics.
Our CEO was at the opening and was very happy. We'll send over the sales figures at the
end of the month.

Thanks again for pulling it off so quickly!

Gwen""",
        style="outlook",
        labels=dict(),
    ),
    Mail(
        1067, "motors-caps-complaint", HAL, SAM, "2027-06-15 10:10", "RE: Sales event radio spot",
        """Sam,

THE RADIO SPOT SAYS 0% FINANCING FOR 72 MONTHS. IT IS 60 MONTHS. This went out on two
stations yesterday and we have had customers asking. Fix the script and get the stations
the corrected spot today please. The event still ends June 30.

Hal""",
        style="outlook",
        labels=dict(due=["2027-06-15"],
                    cr=["Fix the script"]),
    ),
    Mail(
        1068, "petfood-conditional", IMOGEN, LUCA, "2027-06-15 11:30", "Re: Pack copy v3",
        """Hi Luca,

Nearly there. Two things:

If our vet panel won't sign off "clinically proven", please drop it and just say
"vet approved". And the feeding guide has to be in grams as well as cups - that's a
retailer requirement, not a nice-to-have.

Files to the printer by 2 July, please.

Imogen""",
        style="gmail",
        labels=dict(due=["2027-07-02"],
                    cr=["please drop it and just say"],
                    req=["feeding guide has to be in grams as well as cups"], **UK),
    ),
    Mail(
        1069, "deli-money-in-words", JOE_K, SAM, "2027-06-15 13:00", "catering flyer",
        """Sam

for the catering flyer we've got maybe two grand, tops. we need it before the graduation
parties start, say by the 28th. keep it simple, one page, our menu and the phone number.

Joe""",
        style="plain",
        labels=dict(due=["2027-06-28"], budgets=[("2000", "USD", "cap")],
                    req=["one page"]),
    ),
    Mail(
        1070, "fashion-long-several-asks", KEMI, SAM, "2027-06-15 16:20", "Re: Lookbook draft",
        """Hi Sam,

Thanks for the lookbook draft, the team loved the cover. We went through it page by page
this afternoon and have a few notes.

On the spread with the orange kaftan, the model's name is spelled Ayomide, not Ayomida.
The price for the linen set is missing on page 7. We'd also like the closing page to
carry the new store address in Brooklyn rather than the old one in Harlem.

One more thing: our founder would like a short letter from her on page 2. She will send
the text by Friday.

Could we get the revised version by next Wednesday, June 23? The printer needs it the
week after.

Best,
Kemi""",
        style="gmail",
        labels=dict(due=["2027-06-23"],
                    cr=["spelled Ayomide, not Ayomida", "price for the linen set is missing",
                        "carry the new store address", "a short letter from her on page 2"]),
    ),
    Mail(
        1071, "distillery-uk-rules", LORNA, LUCA, "2027-06-16 09:00", "Christmas gift campaign",
        """Morning Luca,

Right, the Christmas gift campaign. As ever, the Portman Group code applies: nothing that
links our whisky to social success. No one in the ads who is or looks under 25. Every
ad carries the drinkaware.co.uk line. We'd like it live from 1 November and the pot is
£40k all in.

Lorna""",
        style="gmail",
        labels=dict(due=["2027-11-01"], budgets=[("40000", "GBP")],
                    req=["nothing that links our whisky to social success",
                         "No one in the ads who is or looks under 25",
                         "Every ad carries the drinkaware.co.uk line"], **UK),
    ),
    Mail(
        1072, "fitness-thanks-only", MAX_B, SAM, "2027-06-16 10:30", "Re: Final files",
        """Got them, thanks Sam! All good on our end. Talk next week.

Max""",
        style="apple",
        quote=Quote(SAM, "2027-06-15 18:00", """Max, final files for the summer challenge are
attached; the posters go to print on Friday, June 18.

Sam"""),
        labels=dict(),
    ),
    Mail(
        1073, "insurance-html-table", NORA_V, SAM, "2027-06-16 12:00", "Q3 deliverables",
        """Hi Sam, here is what we need for Q3.

Item | Due | Budget
Agent recruitment ad | July 12 | $4,000
Renewal reminder email | July 26 | $1,500
Hurricane prep mailer | August 9 | $7,500

All pieces need the state license number in the footer.

Nora""",
        style="html",
        html="""<html><body><div>Hi Sam, here is what we need for Q3.</div>
<table border="1" cellpadding="4">
<tr><th>Item</th><th>Due</th><th>Budget</th></tr>
<tr><td>Agent recruitment ad</td><td>July 12</td><td>$4,000</td></tr>
<tr><td>Renewal reminder email</td><td>July 26</td><td>$1,500</td></tr>
<tr><td>Hurricane prep mailer</td><td>August 9</td><td>$7,500</td></tr>
</table>
<div><br></div>
<div>All pieces need the state license number in the footer.</div>
<div><br></div>
<div>Nora</div></body></html>""",
        labels=dict(due=["2027-07-12", "2027-07-26", "2027-08-09"],
                    budgets=[("4000", "USD"), ("1500", "USD"), ("7500", "USD")],
                    req=["All pieces need the state license number"]),
    ),
    Mail(
        1074, "bakes-past-not-asks", OWEN, LUCA, "2027-06-16 14:30", "Re: Shop window",
        """Hi Luca,

Honestly the last window was a bit of a mess - the vinyl went up crooked and we had to
redo it ourselves on 3 June. I don't want a repeat of that. This time could you send
someone to fit it on the 29th, and could the lettering be cut in our dark green rather
than black?

Owen""",
        style="gmail",
        labels=dict(due=["2027-06-29"],
                    cr=["lettering be cut in our dark green rather than black"], **UK),
    ),
    Forward(
        1075, "wines-forward-with-note", PAULA, SAM, "2027-06-17 09:30",
        "Sam, see below from our importer. Can you make the change they ask for and send me the "
        "new label by Monday?",
        Mail(
            0, "wines-importer", MARCO, PAULA, "2027-06-16 17:10", "Label approval",
            """Dear Paula,

the back label must show the alcohol content as 13,5% vol and the lot number. Also the
importer address must be ours in New Jersey, not the winery in Italy. Thank you.

Marco""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(due=["2027-06-21"],
                    cr=["make the change they ask for",
                        "importer address must be ours in New Jersey"],
                    req=["must show the alcohol content as 13,5% vol"]),
    ),
    Mail(
        1076, "hotels-wondering", QUINN_T, SAM, "2027-06-17 11:45", "Re: Fall getaway emails",
        """Hi Sam,

I was wondering whether it would be possible to add a fourth email to the series, aimed
at people who opened the first one but didn't book. Nothing fancy - the same layout
with a 15% discount code. Our goal is to fill 400 room nights in October.

We'd need it to go out October 4.

Thanks so much,
Quinn""",
        style="outlook",
        labels=dict(due=["2027-10-04"],
                    cr=["add a fourth email to the series"],
                    obj=["fill 400 room nights"]),
    ),
    Mail(
        1077, "legal-revise-to-read", RITA, SAM, "2027-06-17 14:00", "Re: Website disclaimer",
        """Sam,

Please revise the disclaimer to read: "Past results do not guarantee a similar outcome."
The current wording overstates it. Also, attorney advertising rules in New York mean
the words "Attorney Advertising" must appear on the home page. We can't have testimonials
without that line.

Rita Okafor
Managing Partner""",
        style="gmail",
        labels=dict(cr=["revise the disclaimer to read"],
                    req=["\"Attorney Advertising\" must appear on the home page",
                         "can't have testimonials without that line"]),
    ),
    Mail(
        1078, "hardware-terse-phone", STU, SAM, "2027-06-18 07:05", "Re: Father's Day ad",
        """fine. run it. but $19.99 on the drill not $24.99

Sent from my phone""",
        style="gmail",
        quote=Quote(SAM, "2027-06-17 17:00", """Stu, here's the Father's Day ad for Sunday's
paper.

Sam"""),
        labels=dict(cr=["$19.99 on the drill not $24.99"]),
    ),
    Mail(
        1079, "yoga-non-native-budget", TESS, SAM, "2027-06-18 10:00", "new studio opening",
        """Hello Sam,

We open second studio in Santa Monica 2nd of August. For this we want flyers and
instagram posts, please. Is important the posts are in english and spanish both. Our
budget for all is around 3500 dollars. We hope to have 200 new members in first month.

Flyers I need latest 20th July for to give them in the farmers market.

Tess""",
        style="gmail",
        labels=dict(due=["2027-07-20"], budgets=[("3500", "USD")],
                    req=["posts are in english and spanish both"],
                    obj=["200 new members"]),
    ),
]
