"""The twenty-first labelled set (680-699), written on 2026-12-06 (fourteenth session) after
tune19's rules and before any other; scored blind first, then tuned on (split ``tune20``;
both scores in docs/performance.md).

Shapes: an Australian's slang with a holiday in brackets, a procurement office's "shall",
an ask in a P.S., errands that say "update" and "resend", an ask that is the subject line, a
Chinese, a Brazilian, a French, a German and a Korean writer's English, an HTML-only recap
of a call with a bold deadline, a charity's fundraising target beside its print budget, a
deadline moved "instead of", a printer's deadline forwarded twice, a brand's religious
rules, a status question with thanks, a car dealer's shorthand with a range, answers typed
as a list above the AE's questions, pharma review rules, and a call moved.
"""

from build import Forward, Mail, Person, Quote
from cast import LUCA, PRIYA, SAM

EU = dict(day_first=True, default_currency="EUR")

BEC = Person("Bec Walsh", "bec@sunnycoastsurf.com.au", "Australia/Sydney")
KAREN = Person("Dr. Karen Liu", "kliu@procurement.statecollege.edu", "America/Chicago")
MIKE = Person("Mike Ross", "mike@rossplumbing.com", "America/New_York")
DANA_C = Person("Dana Cole", "dana@colebakery.com", "America/Chicago")
TARA = Person("Tara Quinn", "tara@quinnoptical.com", "America/New_York")
WEI = Person("Wei Zhang", "wei.zhang@springteaco.cn", "Asia/Shanghai")
RAFAEL = Person("Rafael Souza", "rafael@souzacalcados.com.br", "America/Sao_Paulo")
JORDAN = Person("Jordan Blake", "jordan@peakenergydrinks.com", "America/Los_Angeles")
RUTH_H = Person("Ruth Hale", "ruth@harborhopefoundation.org", "America/New_York")
OMAR = Person("Omar Haddad", "omar@haddadlaw.com", "America/New_York")
KEN_P = Person("Ken Price", "ken@pricehardware.com", "America/Chicago")
LARRY = Person("Larry Price", "larry@pricehardware.com", "America/Chicago")
PRINTER = Person("Prairie Print", "jobs@prairieprint.com", "America/Chicago")
MIRIAM = Person("Miriam Katz", "miriam@katzfoods.com", "America/New_York")
NORA = Person("Nora Fitz", "nora@fitzcafe.com", "America/New_York")
TONY = Person("Tony Russo", "tony@russomotors.com", "America/New_York")
HELENE = Person("Hélène Girard", "h.girard@girard-parfums.fr", "Europe/Paris")
MARKUS = Person("Markus Braun", "m.braun@braun-optik.de", "Europe/Berlin")
CAROL = Person("Carol Diaz", "carol@diazrealty.com", "America/Denver")
ANNE = Person("Dr. Anne Roy", "anne.roy@corvalpharma.com", "America/New_York")
MINJUN = Person("Min-jun Kim", "minjun.kim@hanriverhotel.kr", "Asia/Seoul")

ITEMS = [
    Mail(
        680, "surf-australian-slang", BEC, SAM, "2026-12-15 08:30", "Summer EDM",
        """G'day Sam,

Reckon the hero shot's a bit flat, can we punch up the colours heaps? Also keen to get the
EDM out before Australia Day (26 Jan), so files by the 20th would be ace.

Cheers,
Bec""",
        style="gmail",
        labels=dict(due=["2027-01-25", "2027-01-20"], cr=["punch up the colours"],
                    day_first=True, default_currency="AUD"),
    ),
    Mail(
        681, "college-procurement-shall", KAREN, SAM, "2026-12-14 10:00",
        "RFP 2026-114 - award and requirements",
        """Dear Mr. Ortiz,

Per section 4.2 of the RFP, all deliverables shall be provided in accessible formats (WCAG
2.1 AA). The draft report is due no later than January 29, 2027. Invoices shall reference
PO 88123.

Regards,
Dr. Karen Liu
Procurement Office""",
        style="outlook",
        labels=dict(due=["2027-01-29"], req=["accessible formats"]),
    ),
    Mail(
        682, "plumbing-ask-in-ps", MIKE, SAM, "2026-12-16 15:10", "Re: website update",
        """Hi Sam,

Thanks for the update, all good on our end. Talk soon.

Mike

PS - can you swap the stock photo on the about page for the one of our team? Attached.""",
        style="gmail",
        quote=Quote(SAM, "2026-12-16 11:00", """Mike, the new service pages are live.

Sam"""),
        labels=dict(cr=["swap the stock photo"]),
    ),
    Mail(
        683, "bakery-update-me-resend", DANA_C, SAM, "2026-12-15 09:20", "print quote?",
        """Sam, please update me on where we are with the print quote, and can you resend the
link to the proofs? The old one expired.

Thanks,
Dana""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        684, "optical-ask-is-subject", TARA, SAM, "2026-12-16 18:40", "Change CTA to Shop Now",
        """as per subject pls, thx

Sent from my iPhone""",
        style="apple",
        labels=dict(cr=["Change CTA to Shop Now"]),
    ),
    Mail(
        685, "tea-chinese-english", WEI, SAM, "2026-12-15 16:00", "Poster modify",
        """Dear Sam,

Please help to modify the title of poster to "Spring Tea Festival". And the QR code please
kindly make it bigger, customer cannot scan. We need to print on 5th January, so please send
us final file before 4th January.

Thanks and best regards,
Wei Zhang""",
        style="outlook",
        labels=dict(due=["2027-01-05", "2027-01-03"],
                    cr=["modify the title of poster", "make it bigger"],
                    day_first=True, default_currency="CNY"),
    ),
    Mail(
        686, "shoes-brazilian-english", RAFAEL, LUCA, "2026-12-16 11:30", "banner feira",
        """Hi Luca,

I need that you change the colors of the banner to our new palette (I send the PDF). The
event is 12/03 in São Paulo, the banner need to arrive there one week before.

Abraços,
Rafael""",
        style="gmail",
        labels=dict(due=["2027-03-05"], cr=["change the colors of the banner"],
                    day_first=True, default_currency="BRL"),
    ),
    Mail(
        687, "energy-html-recap-bold-deadline", JORDAN, PRIYA, "2026-12-15 17:30",
        "Recap - cutdown",
        "",
        style="html",
        html="""<html><body><div>
<p>Hi Priya,</p>
<p>Quick recap of what we agreed on the call:</p>
<ul>
<li>Shorten the :30 to a :15 for pre-roll</li>
<li>Add the legal super at the end</li>
<li>Keep the music</li>
</ul>
<p><b>Final cut due Friday 12/18.</b> Budget for the cutdown is <b>$4,200</b>.</p>
<p>Thanks!<br>Jordan</p>
</div></body></html>
""",
        labels=dict(due=["2026-12-18"], budgets=[("4200", "USD")],
                    cr=["Shorten the :30", "Add the legal super"]),
    ),
    Mail(
        688, "charity-target-and-print-budget", RUTH_H, SAM, "2026-12-14 13:00",
        "Spring appeal",
        """Hi Sam,

For the spring appeal our goal is to raise $80,000 from 600 donors, up from 450 last year.
Printing budget is $5,500. Letters must drop by March 2. Every letter has to include our
charity number.

Warmly,
Ruth""",
        style="gmail",
        labels=dict(due=["2027-03-02"], budgets=[("5500", "USD")], obj=["raise $80,000"],
                    req=["include our charity number"]),
    ),
    Mail(
        689, "law-deadline-instead-of", OMAR, SAM, "2026-12-16 12:40", "Brochure deadline",
        """Sam, can we make the deadline Jan 15 instead of Jan 8? Legal review takes longer
over the holidays.

Thx,
Omar""",
        style="gmail",
        labels=dict(due=["2027-01-15"], replaced=["2027-01-08"],
                    cr=["deadline Jan 15 instead of Jan 8"]),
    ),
    Forward(
        690, "hardware-printer-forwarded-twice", KEN_P, SAM, "2026-12-16 14:00",
        "Sam, see below, the printer needs the catalogue files by Jan 7. Can you make it?\n\nKen",
        Forward(
            0, "hardware-boss-forward", LARRY, KEN_P, "2026-12-16 13:10",
            "Ken - pls handle with the agency.\n\nLarry",
            Mail(
                0, "printer-slot", PRINTER, LARRY, "2026-12-16 12:00", "Catalogue press slot",
                """Hello Larry,

To keep your slot we need print-ready files no later than Thursday 7 January.

Regards,
Prairie Print Scheduling""",
                style="outlook",
            ),
            style="outlook",
        ),
        labels=dict(due=["2027-01-07"]),
    ),
    Mail(
        691, "foods-passover-rules", MIRIAM, SAM, "2026-12-15 10:10", "Passover campaign",
        """Hi Sam,

A few must-haves for the Passover campaign: no bread or leavened products anywhere in the
imagery, and the hechsher symbol on every pack shot. Launch is March 22. We're working with
about $12k.

Thanks,
Miriam""",
        style="gmail",
        labels=dict(due=["2027-03-22"], budgets=[("12000", "USD")],
                    req=["no bread or leavened products"]),
    ),
    Mail(
        692, "cafe-status-and-thanks", NORA, SAM, "2026-12-17 08:15", "Re: menu boards",
        """Morning Sam! Did the printer confirm the delivery date? Also thanks for the quick fix
on the menu, looks perfect now.

Nora""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        693, "motors-terse-range", TONY, SAM, "2026-12-14 07:50", "jan sales event",
        """sam - january sales event. 3 radio spots + social. budget 10 to 12k. need spots on
air jan 2. call me

Tony""",
        style="gmail",
        labels=dict(due=["2027-01-02"], budgets=[("12000", "USD", "range", "10000")]),
    ),
    Mail(
        694, "perfume-french-english", HELENE, LUCA, "2026-12-16 09:45", "RE: catalogue",
        """Hello Luca,

I would like that the logo is more big on the first page and that you remove the paragraph
about the history. Also the text must be validated by our lawyer before printing. We need
the final version for the 15 of January.

Cordialement,
Hélène Girard""",
        style="outlook",
        labels=dict(due=["2027-01-15"], cr=["logo is more big"],
                    req=["validated by our lawyer"], **EU),
    ),
    Mail(
        695, "optics-german-english", MARKUS, LUCA, "2026-12-15 14:20", "Flyer",
        """Hi Luca,

please make the headline more short and the font of the body text bigger. The flyers must be
delivered to our shop until Friday, 15th January latest.

Kind regards,
Markus""",
        style="outlook",
        labels=dict(due=["2027-01-15"], cr=["make the headline more short"], **EU),
    ),
    Mail(
        696, "realty-answers-above-questions", CAROL, SAM, "2026-12-16 16:30",
        "Re: open house signs",
        """Sam, answers below:

- Open house is Sat Jan 9, so the signs need to be up by Thursday the 7th.
- Yes to the drone shot.
- Budget stays at $3,500.
- Please make sure the new brokerage logo is used on everything, the old one is retired.

Thanks,
Carol""",
        style="gmail",
        quote=Quote(SAM, "2026-12-16 10:00", """Carol, a few questions before we start:
1. When is the open house?
2. Do you want the drone shot?
3. Is the budget still $3,500?

Sam"""),
        labels=dict(due=["2027-01-07"], budgets=[("3500", "USD")],
                    req=["new brokerage logo is used on everything"]),
    ),
    Mail(
        697, "pharma-review-rules", ANNE, PRIYA, "2026-12-15 11:00", "HCP email - MLR notes",
        """Hi Priya,

Medical/legal review notes on the HCP email. The ISI must appear in full, not just linked.
Fair balance needs to be the same font size as the efficacy claims. We're targeting MLR
resubmission Jan 6.

Thanks,
Anne""",
        style="outlook",
        labels=dict(due=["2027-01-06"],
                    req=["ISI must appear in full", "same font size as the efficacy claims"]),
    ),
    Mail(
        698, "bakery-call-moved", DANA_C, SAM, "2026-12-16 07:05", "call",
        """can we move our call to thurs 2pm? something came up

Dana""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        699, "hotel-korean-english", MINJUN, SAM, "2026-12-16 10:00", "Brochure request",
        """Dear Sam,

Thank you for your effort. We checked the brochure and we have some request. Please change
the room photo to more bright one, and please delete the price in page 5 because price can
be changed. We hope the brochure is finished until 10th January.

Best regards,
Min-jun Kim""",
        style="outlook",
        labels=dict(due=["2027-01-10"], cr=["change the room photo"], day_first=True,
                    default_currency="KRW"),
    ),
]
