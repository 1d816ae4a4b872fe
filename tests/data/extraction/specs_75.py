"""The seventieth labelled set (1520-1539), written on 2026-12-07 (twenty-fifth session)
before any rule of its own: the split ``tune54``, scored blind first, then tuned on.

Voices of regulated and busy trades the set has few of: a brewery's and a car dealer's
phone mails (one dictated without full stops), a credit union's long mail of several asks
with its compliance rules, a pharma client's HTML-only MLR table, a French winery, a Dutch
café and a Korean-American clinic writing English, German and Spanish clients in their own
language, a realtor forwarding the broker's rule, a spa's numbered notes, a trade-show
organiser's rules, answers typed in capitals under the AE's quoted questions, a SaaS
marketer's chat voice, a first brief with goals and a range, and a client's status update
that asks for nothing. Dates run in the week of 7 February 2028 (a Monday).
"""

from build import Forward, Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

BREWER = Person("Cody Hart", "cody@hartbrewing.com", "America/Denver")
DANA = Person("Dana Price", "dprice@lakeshorecu.org", "America/Chicago")
MEI = Person("Mei Tanaka", "mei.tanaka@solvexpharma.com", "America/New_York")
AGNES = Person("Agnès Lavergne", "agnes@chateau-lavergne.fr", "Europe/Paris")
KAYLA = Person("Kayla Ross", "kayla@pulsefitness.com", "America/Los_Angeles")
NED = Person("Ned Fox", "ned@foxprinting.com", "America/New_York")
RITA = Person("Rita Gomez", "rita@gomezrealty.com", "America/Phoenix")
BILL = Person("Bill Arnett", "bill@gomezrealty.com", "America/Phoenix")
LILA = Person("Lila Grant", "lila@grantspa.com", "America/Phoenix")
KLAUS = Person("Klaus Becker", "k.becker@becker-werkzeug.de", "Europe/Berlin")
CAROLINA = Person("Carolina Ruiz", "carolina@ruizviajes.es", "Europe/Madrid")
ROY = Person("Roy Adams", "roy@adamsinsurance.com", "America/Chicago")
JADE = Person("Jade Wilson", "jade@wilsonyoga.com", "America/Los_Angeles")
IDA = Person("Ida Cruz", "ida@cruzclinic.org", "America/Chicago")
HANK = Person("Hank Miller", "hank@millerboats.com", "America/Denver")
TESS = Person("Tess Nolan", "tess@nolanbistro.com", "America/New_York")
TREY = Person("Trey Banks", "trey@quillhq.io", "America/New_York")
BRAM = Person("Bram de Vries", "bram@koffiehuis.nl", "Europe/Amsterdam")
PIA = Person("Pia Lund", "pia@lundjewelry.com", "America/Chicago")
OWEN = Person("Owen Burke", "owen@burkemotors.com", "America/Chicago")

ITEMS = [
    Mail(
        1520, "brewery-phone-rule", BREWER, SAM, "2028-02-07 07:40", "Re: Spring IPA ads",
        """can we swap the can photo for the one with the new IPA label. also every ad needs the 'please drink responsibly' line, legal was clear on that

Sent from my iPhone""",
        style="plain",
        labels=dict(cr=["swap the can photo for the one with the new IPA label"],
                    req=["every ad needs the 'please drink responsibly' line"]),
    ),
    Mail(
        1521, "credit-union-several-asks", DANA, SAM, "2028-02-07 09:15",
        "Spring auto loan campaign - our notes",
        """Hi Sam,

Thanks for the first round on the spring auto loan campaign. A few things from our side.

The rate in the headline is wrong: it should be 5.49% APR, not 5.5%. Compliance also reminded me that every piece that shows a rate needs the "APR = Annual Percentage Rate" footnote and the NCUA logo.

On the radio spot, I'd cut the line about "no credit checks". That isn't true and we can't say it.

Timing: the branch posters need to be in branches by Monday, March 6, and the digital ads go live March 13.

Budget-wise we're fine with the $18,000 we agreed.

Thanks,
Dana""",
        style="gmail",
        labels=dict(cr=["The rate in the headline is wrong",
                        "I'd cut the line about \"no credit checks\""],
                    req=["every piece that shows a rate needs the \"APR = Annual Percentage Rate\" footnote"],
                    due=["2028-03-06", "2028-03-13"], budgets=[("18000", "USD")]),
    ),
    Mail(
        1522, "pharma-mlr-table-html", MEI, SAM, "2028-02-07 10:30", "MLR comments - round 2",
        "",
        style="html",
        html="""<html><body><div class="WordSection1">
<p class="MsoNormal">Hello Sam,</p>
<p class="MsoNormal">Please see the MLR review comments below.</p>
<table border="1" cellpadding="4">
<tr><td><b>Piece</b></td><td><b>Comment</b></td></tr>
<tr><td>Detail aid p.2</td><td>Replace "proven" with "shown"</td></tr>
<tr><td>Banner 300x250</td><td>ISI must be visible without scrolling</td></tr>
<tr><td>Patient leaflet</td><td>Font size too small for older readers</td></tr>
</table>
<p class="MsoNormal">Reminder: all claims must be referenced to the PI.</p>
<p class="MsoNormal">Final files are due to MLR by 2/18.</p>
<p class="MsoNormal">Best,<br>Mei</p>
</div></body></html>
""",
        labels=dict(cr=["Replace \"proven\" with \"shown\"", "Font size too small for older readers"],
                    req=["ISI must be visible without scrolling",
                         "all claims must be referenced to the PI"],
                    due=["2028-02-18"]),
    ),
    Mail(
        1523, "winery-french-english", AGNES, SAM, "2028-02-07 11:05", "Labels proposal",
        """Dear Sam,

Thank you for the labels proposal. We have some remarks.

The name of the domaine must be written "Château Lavergne" with the accent, on the proof it is without.
Also we would prefer that the vintage is more big, it is difficult to read.
For the export version we need the mention "Contains sulfites" in English, it is obligatory for USA.

We must send the files to the printer before 15/02 because the bottling is on 1st March.

Best regards,
Agnès""",
        style="apple",
        labels=dict(cr=["The name of the domaine must be written \"Château Lavergne\" with the accent",
                        "we would prefer that the vintage is more big"],
                    req=["we need the mention \"Contains sulfites\" in English"],
                    due=["2028-02-14"], **EU),
    ),
    Mail(
        1524, "gym-terse-two-asks", KAYLA, SAM, "2028-02-07 12:10", "Re: Class schedule flyer",
        """Looks good!! only thing - the class times are wrong on the back, spin is 6:30 not 6. and pls add the new app logo somewhere 🙏""",
        style="plain",
        quote=Quote(SAM, "2028-02-04 17:00", """Kayla, here's the class schedule flyer for review.

Sam"""),
        labels=dict(cr=["the class times are wrong on the back", "pls add the new app logo somewhere"]),
    ),
    Mail(
        1525, "printer-approved-fee", NED, SAM, "2028-02-07 13:00", "Re: Catalog print quote",
        """Hi Sam,

All approved from our end - please go ahead and send to print. The 5,000 run at $1,240 is fine.

Can you confirm delivery for the 21st?

Thanks,
Ned""",
        style="gmail",
        labels=dict(budgets=[("1240", "USD")], due=["2028-02-21"]),
    ),
    Forward(
        1526, "realtor-forwards-broker", RITA, SAM, "2028-02-07 14:00",
        "Sam - see below from Bill. Can we get the license number added to all the listing flyers by Friday? The open house is Saturday.\n\nRita",
        Mail(
            0, "realtor-broker-orig", BILL, RITA, "2028-02-04 08:30", "Marketing reminder",
            """Team - reminder that the Equal Housing Opportunity logo and your license number must appear on all printed marketing.

Bill""",
            style="outlook",
        ),
        style="gmail",
        labels=dict(cr=["get the license number added to all the listing flyers"],
                    req=["the Equal Housing Opportunity logo and your license number must appear on all printed marketing"],
                    due=["2028-02-11"]),
    ),
    Mail(
        1527, "spa-numbered-notes", LILA, SAM, "2028-02-07 15:30", "Spa menu draft",
        """Hi Sam,

Thanks for the draft of the spa menu. Some notes:

1. Can the prices sit right-aligned, like on our restaurant menu?
2. The Hot Stone treatment is now 75 minutes, not 60.
3. We're dropping the Couples Package, please remove it.
4. Our GM would like a short welcome note at the top, I'll send the text tomorrow.

Also, the menu has to be printed on the same recycled stock as the room folders, that's a hotel-wide policy.

We'd like the printed menus in the spa by the 24th.

Kind regards,
Lila""",
        style="outlook",
        labels=dict(cr=["Can the prices sit right-aligned", "The Hot Stone treatment is now 75 minutes",
                        "please remove it", "Our GM would like a short welcome note at the top"],
                    req=["the menu has to be printed on the same recycled stock as the room folders"],
                    due=["2028-02-24"]),
    ),
    Mail(
        1528, "tools-german", KLAUS, SAM, "2028-02-07 16:00", "Broschüre Entwurf",
        """Hallo Herr Ortiz,

vielen Dank für den Entwurf der Broschüre. Bitte tauschen Sie das Titelbild gegen das Foto vom Werk in Ulm aus. Auf Seite 3 ist die Telefonnummer falsch, richtig ist 0731 555 120.

Das Logo darf nicht verzerrt werden, bitte nur die Originaldateien verwenden.

Die Broschüre muss bis spätestens 25.02. beim Drucker sein. Unser Budget liegt bei 6.500 Euro.

Mit freundlichen Grüßen
Klaus Becker""",
        style="gmail",
        labels=dict(cr=["Bitte tauschen Sie das Titelbild gegen das Foto", "Auf Seite 3 ist die Telefonnummer falsch"],
                    req=["Das Logo darf nicht verzerrt werden"],
                    due=["2028-02-25"], budgets=[("6500", "EUR")], **EU),
    ),
    Mail(
        1529, "travel-spanish", CAROLINA, SAM, "2028-02-08 09:00", "Diseños campaña primavera",
        """Hola Sam,

Gracias por los diseños. Nos gustan mucho, pero el color del fondo es demasiado oscuro, ¿podrían aclararlo un poco?

También necesitamos que el aviso legal aparezca en todas las piezas.

La campaña empieza el 1 de marzo, así que necesitaríamos los archivos finales para el 22 de febrero.

Saludos,
Carolina""",
        style="apple",
        labels=dict(cr=["el color del fondo es demasiado oscuro"],
                    req=["necesitamos que el aviso legal aparezca en todas las piezas"],
                    due=["2028-02-22", "2028-03-01"], **EU),
    ),
    Mail(
        1530, "insurer-status-no-asks", ROY, SAM, "2028-02-08 10:00", "Quick update",
        """Hi Sam,

Quick update: our board met yesterday and signed off the annual plan. We're also moving offices on March 20, new address to follow.

No action needed on the current jobs.

Talk soon,
Roy""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        1531, "yoga-caps-answers", JADE, SAM, "2028-02-08 11:20", "Re: Spring banners - 3 questions",
        """Answers below in caps.

> 1. Do you want the same sizes as last year's banners?

YES, PLUS A 320X50 FOR MOBILE

> 2. Is the March 3 launch still firm?

NO, MOVED TO MARCH 10

> 3. Any change to the budget?

SAME AS LAST YEAR, $3,500

Jade""",
        style="plain",
        labels=dict(cr=["PLUS A 320X50 FOR MOBILE", "MOVED TO MARCH 10"],
                    due=["2028-03-10"], replaced=["2028-03-03"], budgets=[("3500", "USD")]),
    ),
    Mail(
        1532, "clinic-korean-english", IDA, SAM, "2028-02-08 12:00", "poster draft check",
        """Dear Mr. Sam,

I am Ida from Cruz Clinic marketing team. I check the poster draft. Overall is very good.
But please kindly check below.

- Doctor name spelling is "Dr. Hyun-woo Park" (not Hyunwoo).
- Phone number need to be bigger because elderly patient cannot see well.
- Please change the red title to dark blue, our director do not like red.

We want to put poster in the lobby from 14 Feb, so final file until 10 Feb is possible?

Thank you very much.
Ida""",
        style="gmail",
        labels=dict(cr=["Doctor name spelling is \"Dr. Hyun-woo Park\"", "Phone number need to be bigger",
                        "Please change the red title to dark blue"],
                    due=["2028-02-10", "2028-02-14"]),
    ),
    Mail(
        1533, "boats-show-rules", HANK, SAM, "2028-02-08 13:40", "ExpoWest booth",
        """Sam,

The booth graphics for ExpoWest need to be delivered to the venue no later than February 28 - the show opens March 2.

Two things the organiser requires: all hanging signs must be fire-rated, and nothing can be taller than 8 feet on the perimeter.

We'd like to add a backlit counter front this year too. Can you get a quote? We can stretch to $12k for the whole booth if needed.

Hank""",
        style="gmail",
        labels=dict(due=["2028-02-28"], req=["all hanging signs must be fire-rated"],
                    cr=["We'd like to add a backlit counter front this year too"],
                    budgets=[("12000", "USD")]),
    ),
    Mail(
        1534, "bistro-go-back-paper", TESS, SAM, "2028-02-08 15:00", "Spring menu cards",
        """Hi Sam, the Valentine's promo did great, we sold 30% more tasting menus than last year. For the spring menu cards, can we go back to the cream paper we used in 2026? The white felt a bit cold. Thanks! Tess""",
        style="apple",
        labels=dict(cr=["can we go back to the cream paper we used in 2026"]),
    ),
    Mail(
        1535, "insurer-agrees-friday", ROY, SAM, "2028-02-08 16:30", "Re: Renewal mailer proofs",
        """Friday works. And yes, keep the disclaimer at 8pt - legal won't go smaller than that.

Roy""",
        style="gmail",
        quote=Quote(SAM, "2028-02-08 14:00", """Roy, we can have the final proofs to you by Friday the 11th - does that work? Also, is the disclaimer OK at 8pt, or do you want it smaller to save space?

Sam"""),
        labels=dict(due=["2028-02-11"], req=["keep the disclaimer at 8pt"]),
    ),
    Mail(
        1536, "saas-chat-voice", TREY, SAM, "2028-02-07 16:20", "webinar LP",
        """hey sam - couple nits on the webinar landing page: hero copy is too long (can we get it under 12 words?), and the speaker headshots are different sizes.

also the CTA should say "Save my seat" not "Register".

need this live by wed EOD since promo emails go thursday am""",
        style="plain",
        labels=dict(cr=["hero copy is too long", "the CTA should say \"Save my seat\""],
                    due=["2028-02-09", "2028-02-10"]),
    ),
    Mail(
        1537, "cafe-dutch-english", BRAM, SAM, "2028-02-07 10:10", "Flyer koffiehuis",
        """Hi Sam,

Thanks for sending. Some small points from our side:

The claim "best coffee of Amsterdam" we may not use, this is not allowed by the advertising code. Please make it "our favourite coffee in Amsterdam".
The opening hours are on Sunday from 10 till 17, not 9 till 17.

Can you send the final files before Thursday 10 February? Then the printer can start.

Greetings,
Bram""",
        style="gmail",
        labels=dict(req=["The claim \"best coffee of Amsterdam\" we may not use"],
                    cr=["Please make it \"our favourite coffee in Amsterdam\"",
                        "The opening hours are on Sunday from 10 till 17"],
                    due=["2028-02-09"], **EU),
    ),
    Mail(
        1538, "jewelry-brief-goals", PIA, SAM, "2028-02-08 09:30", "Mother's Day brief",
        """Hi Sam,

As discussed, here's the brief for the Mother's Day campaign.

What we want: get 1,500 email sign-ups and sell out the new pearl collection by May 14.

Must-haves: the Lund logo top left, and every price shown incl. tax.

Budget is between $8,000 and $10,000.

First concepts by February 21 please.

Pia""",
        style="outlook",
        labels=dict(obj=["get 1,500 email sign-ups"], req=["the Lund logo top left"],
                    budgets=[("10000", "USD", "range", "8000")], due=["2028-02-21"]),
    ),
    Mail(
        1539, "dealer-dictated", OWEN, SAM, "2028-02-08 17:45", "radio spot",
        """Sam this is Owen dictating so sorry for typos the radio spot needs to mention the Presidents Day sale ends Monday the 21st and please take out the part about free oil changes we stopped doing that. also legal says the APR fine print has to be read at the end not skipped""",
        style="plain",
        labels=dict(cr=["please take out the part about free oil changes"],
                    req=["legal says the APR fine print has to be read at the end"]),
    ),
]
