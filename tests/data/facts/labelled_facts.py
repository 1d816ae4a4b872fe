"""One-sentence phrasings of due dates and budgets, and sentences that hold neither,
written on 2026-12-04 (fifth session) before any rule was tuned on them.

Every sentence is read as if a client in New York sent it on Tuesday 12 January 2027 at
10:00 (``SENT_AT``), in US English unless its own words say otherwise. The voices are
the ones the mail-level sets lack most: terse phone lines, plain statements of fact
with no "due" or "by" ("Boards go up February 8"), dates relative to the mail, British
and European forms, FR/DE/ES clients, slang amounts ("10 grand"), and hard negatives
(meetings, the past, invoices, prices of other things, someone else's money).

Each list is split by position: even positions are the tune half, odd positions the
blind half that no rule is tuned on (``benchmarks/fact_phrasings.py`` scores both and
never prints the blind half's misses).
"""

from datetime import datetime
from zoneinfo import ZoneInfo

SENT_AT = datetime(2027, 1, 12, 10, 0, tzinfo=ZoneInfo("America/New_York"))
TIMEZONE = "America/New_York"

# (sentence, the due dates it states, ISO)
DUE_DATES: list[tuple[str, tuple[str, ...]]] = [
    ("Posting date is 30 January.", ("2027-01-30",)),
    ("Boards go up February 8.", ("2027-02-08",)),
    ("The new site goes live on the 1st of March.", ("2027-03-01",)),
    ("Spot is in-market March 15.", ("2027-03-15",)),
    ("The collection drops Feb 20.", ("2027-02-20",)),
    ("Shoot is on the 3rd of Feb.", ("2027-02-03",)),
    ("We need the final files within two weeks.", ("2027-01-26",)),
    ("Can you get us a first draft a week from Friday?", ("2027-01-22",)),
    ("Everything has to be wrapped by end of Q1.", ("2027-03-31",)),
    ("Please deliver no later than January 29.", ("2027-01-29",)),
    ("We need it before the 22nd.", ("2027-01-21",)),
    ("Artwork deadline: 2/5", ("2027-02-05",)),
    ("Due EOD Thursday.", ("2027-01-14",)),
    ("thursday latest pls", ("2027-01-14",)),
    ("need this tmrw am", ("2027-01-13",)),
    ("Print files to the printer by Feb. 3rd, please.", ("2027-02-03",)),
    ("The booth graphics must ship by 10 March.", ("2027-03-10",)),
    ("Our board meets on Feb 9 and we want the deck in hand by the Friday before.",
     ("2027-02-05",)),
    ("Can we have the radio script by Monday the 25th?", ("2027-01-25",)),
    ("Go-live: 03/01/2027", ("2027-03-01",)),
    ("We're aiming to send the newsletter on 2 February.", ("2027-02-02",)),
    ("Spring catalogue mails 15th April.", ("2027-04-15",)),
    ("Banners need to be up the day before the Feb 6 opening.", ("2027-02-05",)),
    ("Deadline for the annual report is Friday 26 February.", ("2027-02-26",)),
    ("Let's target March 1 for the first cut.", ("2027-03-01",)),
    ("Print deadline is in ten days.", ("2027-01-22",)),
    ("We need the social posts live by Valentine's Day.", ("2027-02-14",)),
    ("Proofs by COB tomorrow would be ideal.", ("2027-01-13",)),
    ("The 2/12 delivery still stands.", ("2027-02-12",)),
    ("We'd like to move the launch from March 2 to March 9.", ("2027-03-09",)),
    ("Can we push the mailer back a week, to the 26th?", ("2027-01-26",)),
    ("Delivery to the venue no later than 8am on the 4th of March.", ("2027-03-04",)),
    ("Bitte liefern Sie die Dateien bis spätestens 5. Februar.", ("2027-02-05",)),
    ("Les fichiers doivent être prêts pour le 12 février.", ("2027-02-12",)),
    ("Necesitamos las piezas para el 20 de febrero.", ("2027-02-20",)),
    ("Final artwork to us by the 28/01 please", ("2027-01-28",)),
    ("the video has to be done in 3 weeks time", ("2027-02-02",)),
    ("End of month is our hard stop for the brochure.", ("2027-01-31",)),
    ("Signage by Thursday at the latest, please.", ("2027-01-14",)),
    ("The brochure is due to the printer on the 8th.", ("2027-02-08",)),
    ("Could you send the storyboard over by Wednesday?", ("2027-01-13",)),
    ("The cinema ad runs from 5 March.", ("2027-03-05",)),
    # Sentences with a date that is no deadline of the work.
    ("Thanks for the call on Monday.", ()),
    ("Our invoice dated January 4 is still open.", ()),
    ("Let's meet on Thursday at 2pm to go through the concepts.", ()),
    ("Last year the campaign launched on March 3.", ()),
    ("I'm out of office until January 18.", ()),
    ("Our store hours are 9-5 Monday to Saturday.", ()),
    ("The event was a great success on the 9th.", ()),
    ("We sold 3/4 of the stock in the first week.", ()),
    ("Call me on 555-0123 after 4.", ()),
    ("The December 2 newsletter mentioned our competitor.", ()),
    ("Our fiscal year runs January to December.", ()),
    ("I'll be travelling from the 20th to the 24th, so replies may be slow.", ()),
    ("Can we schedule a review call for Friday?", ()),
    ("The payment terms are net 30.", ()),
    ("We've been in business since 1998.", ()),
    ("The quote you sent on 8 January looks fine.", ()),
    ("She starts in her new role on February 1.", ()),
    ("Our office is closed on Monday for the holiday.", ()),
    ("Version 2.1 of the app is out.", ()),
    ("Page 3/12 of the deck has a typo.", ()),
]

# (sentence, the budgets it states: (amount, ISO currency); a range's amount is its top)
BUDGETS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Budget is $25k.", (("25000", "USD"),)),
    ("We have about 40,000 dollars for the whole thing.", (("40000", "USD"),)),
    ("Total spend can't go over $18,500.", (("18500", "USD"),)),
    ("The agreed fee of $6,000 covers design and copy.", (("6000", "USD"),)),
    ("We can stretch to 12k if the concepts are strong.", (("12000", "USD"),)),
    ("Budget's 15-20k.", (("20000", "USD"),)),
    ("Media budget: €30.000", (("30000", "EUR"),)),
    ("Wir haben ein Budget von 20.000 Euro.", (("20000", "EUR"),)),
    ("El presupuesto es de 15.000 €.", (("15000", "EUR"),)),
    ("Le budget total est de 8 000 €.", (("8000", "EUR"),)),
    ("We've set aside £7,500 for the rebrand.", (("7500", "GBP"),)),
    ("Please keep the print job under $4,000.", (("4000", "USD"),)),
    ("The client approved an extra $3,000 for the animation.", (("3000", "USD"),)),
    ("ballpark 10 grand for the video", (("10000", "USD"),)),
    ("The booth rental alone is $9,000 so design has to fit in the remaining $6,000.",
     (("6000", "USD"),)),
    ("You have CAD 22,000 to work with.", (("22000", "CAD"),)),
    ("Spend up to $500 a day on boosted posts.", (("500", "USD"),)),
    ("The total for the three spots should land around 45K.", (("45000", "USD"),)),
    ("Funds available: USD 9,800", (("9800", "USD"),)),
    ("Our budget got cut from $50k to $35k.", (("35000", "USD"),)),
    ("We're thinking five thousand dollars for the photo shoot.", (("5000", "USD"),)),
    ("Can you do the logo refresh for $2,500?", (("2500", "USD"),)),
    ("The grant gives us ¥1,500,000 for the campaign.", (("1500000", "JPY"),)),
    # Sentences with money that is not the job's budget, or a number that is no money.
    ("Our competitor spent around $2M on their Super Bowl spot.", ()),
    ("The tickets are $45 each.", ()),
    ("Invoice #4411 for $3,250 is attached.", ()),
    ("Price per unit is $2.99 on the shelf.", ()),
    ("Last year's campaign cost us $60,000.", ()),
    ("We raised $1.2 million in our Series A.", ()),
    ("Our annual revenue is about $5M.", ()),
    ("Shipping was $120 last time.", ()),
    ("The venue charges a $500 deposit.", ()),
    ("We got a 20% discount from the printer.", ()),
    ("Prizes for the contest are worth $1,000 in total.", ()),
    ("Subscription costs $29/month.", ()),
    ("Please quote us for 10,000 flyers.", ()),
]
