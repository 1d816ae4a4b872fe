"""The hundred-and-twelfth labelled set (2380-2399), written on 2026-12-07 (thirty-third
session) after tune86's rules and before any rule of its own: the split ``tune87``, scored
blind first, then tuned on.

Voices and shapes the earlier batches had little of: an Italian client's English with
day-first dates, a Polish client writing "until" for "by", an Indian client's office English
("kindly revert", "PFA"), a Korean client's English, a two-line phone reply moving a send date,
a university officer's long mail of asks and rules, an HTML-only Outlook mail with a bulleted
list, a restaurant owner's dictated mail with little punctuation, an Apple Mail forward of a
vice-president's notes, a client telling the approved sum and a past agency's fee, a German,
a French and a Spanish mail in their own language, a reply on top of long quoted history
asking for the file "for the open house", a client's mail of logistics only (closures, leave,
a fiscal year, a call moved), an approval with one tweak and a go-ahead, rules passed on from
a mall's management with a vague install week, a nonprofit's brief with two sums and a goal,
a terse typo report, and answers typed under numbered questions. Dates run in the week of 10
September 2029 (a Monday).
"""

from specs_103 import _mail

from build import Forward, Mail, Person, Quote, Raw
from cast import INTAKE, SAM

IT = Person("Giulia Conti", "giulia@enotecaconti.it", "Europe/Rome")
PL = Person("Marek Nowak", "marek.nowak@nowakmeble.pl", "Europe/Warsaw")
IN = Person("Rahul Mehta", "rahul.mehta@mehtasoft.in", "Asia/Kolkata")
KR = Person("Ji-woo Park", "jiwoo.park@glowlab.kr", "Asia/Seoul")
PHONE = Person("Kyle Brandt", "kyle@brandtfitness.com", "America/Chicago")
UNI = Person("Dr. Aisha Bello", "abello@lakeshore.edu", "America/Chicago")
HTML = Person("Nora Fields", "nfields@fieldsinsurance.com", "America/New_York")
DICTATE = Person("Tony Marino", "tony@marinosgrill.com", "America/New_York")
VP = Person("Carla Diaz", "cdiaz@summitbank.com", "America/Denver")
MGR = Person("Ben Ross", "bross@summitbank.com", "America/Denver")
APPROVED = Person("Megan Hart", "megan@hartvet.com", "America/Los_Angeles")
DE = Person("Jonas Weber", "j.weber@weber-optik.de", "Europe/Berlin")
FR = Person("Claire Dubois", "c.dubois@dubois-fromages.fr", "Europe/Paris")
ES = Person("Lucía Romero", "lucia@romerocalzado.es", "Europe/Madrid")
HISTORY = Person("Pam Keller", "pam@kellerrealty.com", "America/New_York")
LOGISTICS = Person("Greg Olsen", "golsen@olsenmarine.com", "America/Chicago")
TWEAK = Person("Diane Fox", "diane@foxdental.com", "America/New_York")
MALL = Person("Sara Lin", "sara@linboutique.com", "America/Los_Angeles")
CHARITY = Person("Rev. Paul Adams", "padams@hopehouse.org", "America/New_York")
TYPO = Person("Jake Moss", "jake@mossbrewing.com", "America/Denver")
ANSWERS = Person("Helen Wu", "helen@wuacupuncture.com", "America/Los_Angeles")

EU = dict(day_first=True, default_currency="EUR")


def _quote(text: str, when: str = "2029-09-10 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2380, "wine-italian-english", IT, SAM, "2029-09-10 15:20", "Re: Etichetta Riserva",
        """Hi Sam,

thank you for the label proposal, is very elegant. Only few things.

The name of the wine must be more in evidence, now it is too small respect to the logo. And the vintage is 2028, not 2027, please correct.

For the back label the text of the importer is missing, I send it again in attachment.

The labels must arrive to the printer for the 25/09 because the bottling is on 27/09, after we cannot change nothing.

Grazie mille,
Giulia""",
        style="gmail",
        quote=_quote("Ciao Giulia, here is the first proposal for the Riserva label."),
        labels=dict(due=["2029-09-25"],
                    cr=["The name of the wine must be more in evidence",
                        "the vintage is 2028, not 2027",
                        "the text of the importer is missing"],
                    **EU),
    ),
    Mail(
        2381, "furniture-polish-until", PL, SAM, "2029-09-10 10:05", "Catalogue 2030 - corrections",
        """Hello Sam,

We have checked the catalogue with our sales team. Please find our corrections:

- on the cover we prefer the sofa in green colour instead of the grey one
- page 14: dimensions of the table ORBIT are 180 x 90 cm, not 160 x 90 cm
- please delete the page with the outdoor collection, it will not be produced next year

We would need the final files until 28.09, the printing house has reserved the machine for the first week of October.

For the printing our budget is maximum 4 000 EUR, so please ask for the offer with this in mind.

Best regards,
Marek Nowak
Marketing Manager""",
        style="outlook",
        labels=dict(due=["2029-09-28"],
                    budgets=[("4000", "EUR", "cap")],
                    cr=["we prefer the sofa in green colour instead of the grey one",
                        "dimensions of the table ORBIT are 180 x 90 cm",
                        "please delete the page with the outdoor collection"],
                    **EU),
    ),
    Mail(
        2382, "software-indian-english", IN, SAM, "2029-09-10 19:40", "RE: Product launch deck",
        """Dear Sam,

Greetings from Mehta Soft!

PFA the updated logo as discussed in today's call. Kindly incorporate the same in all the creatives and the deck.

Also our CEO has suggested that the slide on pricing may be removed for the time being, as the pricing is yet to be finalised.

Kindly revert with the revised deck by EOD Thursday as we have the investor meet on Monday.

Thanks and regards,
Rahul Mehta
Manager - Marketing""",
        style="outlook",
        labels=dict(due=["2029-09-13"],
                    cr=["Kindly incorporate the same in all the creatives",
                        "the slide on pricing may be removed"]),
    ),
    Mail(
        2383, "cosmetics-korean-english", KR, SAM, "2029-09-10 22:10", "Re: Glow Lab US website",
        """Hello Sam,

Thank you for sending the website design. Our team reviewed it together.

First, the main model photo is feeling too strong. Please change to more natural and soft feeling photo.
Second, all product name must be written both English and Korean, this is our brand rule.
Third, we want to add one more menu for "Ingredients".

For the US launching, the website must be open on 1st October. Please finish all test before this date.

Our goal is 10,000 member sign-up in first 3 months.

Best regards,
Ji-woo Park""",
        style="gmail",
        quote=_quote("Dear Ji-woo, please find the homepage and product page designs attached."),
        labels=dict(due=["2029-10-01"],
                    cr=["Please change to more natural and soft feeling photo",
                        "we want to add one more menu"],
                    req=["all product name must be written both English and Korean"],
                    obj=["Our goal is 10,000 member sign-up"]),
    ),
    Raw(
        2384, "fitness-phone-push",
        _mail("Kyle Brandt <kyle@brandtfitness.com>", "Re: October promo email",
              "Mon, 10 Sep 2029 12:02:00 -0500", """cant do the 18th, we're closed for the floor install. push to the 21st?

Sent from my iPhone

> On Sep 10, 2029, at 11:40 AM, Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
>
> Kyle, the October promo email is ready. We have it scheduled to send on Tuesday the 18th at 6 am. OK to go?
""", mid="C3D4-brandt-0910@brandtfitness.com"),
        labels=dict(timezone="America/Chicago", due=["2029-09-21"], replaced=["2029-09-18"],
                    cr=["push to the 21st"]),
    ),
    Mail(
        2385, "university-long-asks", UNI, SAM, "2029-09-10 16:45",
        "Orientation microsite - feedback and a few requirements",
        """Hi Sam,

Thank you and the team for the first build of the orientation microsite. I walked through it with our Dean of Students this morning and we have a number of comments, so bear with me.

Overall we like the structure. The photography is where we struggled: the hero image of the library is a stock photo and students will know it is not our library. Please use one from our own photo archive instead; I have shared the folder with you.

The dean's title on the welcome page should read "Dean of Students", not "Student Dean".

As a public university we have to meet accessibility rules: every image needs alt text and every video needs captions. Our web office will not publish anything without this.

The schedule page is hard to read on a phone. Could you break it into one card per day?

On timing: orientation starts September 24 and the site has to be live two days before, so that students can plan their week.

What we want from all of this, in the end, is for at least 60% of new students to sign up for a club during their first week.

Many thanks,
Aisha

Dr. Aisha Bello
Director of Student Life
Lakeshore University""",
        style="outlook",
        labels=dict(due=["2029-09-22"],
                    cr=["Please use one from our own photo archive instead",
                        "should read \"Dean of Students\"",
                        "Could you break it into one card per day"],
                    req=["every image needs alt text and every video needs captions"],
                    obj=["at least 60% of new students to sign up for a club"]),
    ),
    Mail(
        2386, "insurance-html-bullets", HTML, SAM, "2029-09-10 11:30", "RE: Renewal mailer proof",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">A few edits from our compliance review:</p>
<ul style="margin-top:0in" type="disc">
<li class="MsoListParagraph">Replace &#8220;guaranteed savings&#8221; with &#8220;potential savings&#8221;</li>
<li class="MsoListParagraph">The agent license number has to appear under every agent photo</li>
<li class="MsoListParagraph">Move the QR code to the front panel</li>
</ul>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The mail house needs the print-ready PDF no later than Wednesday the 19th.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,<br>Nora Fields<br>Marketing Coordinator | Fields Insurance Group</p>
</div></body></html>""",
        labels=dict(due=["2029-09-19"],
                    cr=["Replace \"guaranteed savings\" with \"potential savings\"",
                        "Move the QR code to the front panel"],
                    req=["The agent license number has to appear under every agent photo"]),
    ),
    Mail(
        2387, "grill-dictated", DICTATE, SAM, "2029-09-10 14:05", "menu",
        """hey sam so the fall menu looks great but we need to take the lobster roll off we dont do it anymore

also the brunch hours are 10 to 2 now not 11 to 3

can we get the printed ones by friday the 21st we start the new menu that weekend

thanks tony

Sent from my iPhone""",
        style="plain",
        labels=dict(due=["2029-09-21"],
                    cr=["we need to take the lobster roll off",
                        "the brunch hours are 10 to 2 now"]),
    ),
    Forward(
        2388, "bank-apple-forward-vp", SAM, INTAKE, "2029-09-10 17:20",
        "Carla's notes on the branch posters, passed on by Ben.",
        Forward(
            0, "bank-manager-forward", MGR, SAM, "2029-09-10 16:55",
            "Sam - Carla's comments below. Ben",
            Mail(
                0, "bank-vp-notes", VP, MGR, "2029-09-10 15:30", "Branch posters",
                """Ben,

I looked at the posters. The rate has to be shown as APY everywhere, that's a regulator thing, not a preference. The family photo is fine but I'd like to see one with an older couple as well.

Legal also wants the FDIC line at the bottom of every poster, 8 pt minimum.

These need to go to the printer no later than October 3 so they're up before the promo starts.

Carla""",
                style="outlook",
            ),
            style="apple",
        ),
        style="gmail",
        labels=dict(due=["2029-10-03"],
                    cr=["I'd like to see one with an older couple as well"],
                    req=["The rate has to be shown as APY everywhere",
                         "Legal also wants the FDIC line at the bottom of every poster"]),
    ),
    Mail(
        2389, "vet-approved-sum", APPROVED, SAM, "2029-09-10 09:50", "Rebrand - we got the green light",
        """Hi Sam!

Good news - the partners approved $18k for the whole rebrand, and that includes the new signage. For what it's worth, the last agency charged us $25,000 for a logo we never used, so everyone is watching this one closely.

We're opening the second clinic on November 5, so the signage has to be installed by then.

Could we see first logo concepts the week after next?

Megan""",
        style="gmail",
        labels=dict(due=["2029-11-05"],
                    budgets=[("18000", "USD")],
                    non_budget=[("25000", "USD", "other")]),
    ),
    Mail(
        2390, "optician-german", DE, SAM, "2029-09-10 13:40", "AW: Herbstkampagne Entwurf",
        """Hallo Sam,

vielen Dank für den Entwurf. Bitte ändern Sie die Überschrift in "Klar sehen im Herbst". Das Foto mit der Brille auf dem Tisch gefällt uns nicht, bitte nehmen Sie stattdessen das Porträt.

Die fertigen Dateien benötigen wir spätestens am 21.09., die Anzeige erscheint am 28.09. in der Lokalzeitung.

Das Budget für die Schaltung liegt bei maximal 6.500 €.

Viele Grüße
Jonas Weber""",
        style="outlook",
        labels=dict(due=["2029-09-21", "2029-09-28"],
                    budgets=[("6500", "EUR", "cap")],
                    cr=["Bitte ändern Sie die Überschrift",
                        "bitte nehmen Sie stattdessen das Porträt"],
                    **EU),
    ),
    Mail(
        2391, "cheese-french", FR, SAM, "2029-09-10 11:15", "RE: Salon du fromage - stand",
        """Bonjour Sam,

Merci pour les visuels du stand. Pourriez-vous remplacer la photo de la boutique par celle de l'équipe ? Et le logo doit être plus grand sur le comptoir.

Le salon ouvre le 2 octobre ; les kakémonos doivent être livrés sur place le 28 septembre au plus tard.

Nous disposons d'une enveloppe de 8 000 € HT pour l'impression et la pose.

Bien cordialement,
Claire Dubois""",
        style="outlook",
        labels=dict(due=["2029-09-28"],
                    budgets=[("8000", "EUR")],
                    cr=["Pourriez-vous remplacer la photo de la boutique",
                        "le logo doit être plus grand sur le comptoir"],
                    **EU),
    ),
    Mail(
        2392, "shoes-spanish", ES, SAM, "2029-09-10 12:30", "RE: Catálogo otoño",
        """Hola Sam:

Gracias por el catálogo. ¿Podéis cambiar el color del fondo a azul marino? El beige no queda bien con los zapatos marrones.

Necesitamos los archivos finales antes del 20 de septiembre, porque la imprenta cierra la semana siguiente.

El presupuesto máximo para la impresión es de 3.000 euros.

Un saludo,
Lucía""",
        style="gmail",
        quote=_quote("Hola Lucía, te envío el catálogo de otoño."),
        labels=dict(due=["2029-09-19"],
                    budgets=[("3000", "EUR", "cap")],
                    cr=["Podéis cambiar el color del fondo a azul marino"],
                    **EU),
    ),
    Mail(
        2393, "realty-reply-on-history", HISTORY, SAM, "2029-09-10 18:25", "Re: Maple Court brochure",
        """Looks good except the map - our new office is 22 Elm St, Suite 4, not the Main St one.

And I'll need the printed brochures for the open house on the 29th.

Pam""",
        style="gmail",
        quote=Quote(SAM, "2029-09-07 10:00", """Hi Pam,

Attached is the Maple Court brochure, revised per our call on September 4. As discussed, we moved the floor plans to page 2 and added the HOA fees. The photographer's invoice of $450 is in your inbox.

We can have the print run ready within 5 business days of your OK.

Sam

On Tue, Sep 4, 2029 at 3:10 PM Pam Keller <pam@kellerrealty.com> wrote:
> Sam, can we get this done by the 14th? Also move the floor plans up front.
> Pam"""),
        labels=dict(due=["2029-09-29"],
                    cr=["Looks good except the map"]),
    ),
    Mail(
        2394, "marine-logistics-only", LOGISTICS, SAM, "2029-09-10 08:40", "A few scheduling things",
        """Morning Sam,

Just so you have it: our office is closed on September 17 for the company picnic, and I'm out from the 20th through the 27th - Mark Dunn will cover for me while I'm gone.

Our fiscal year ends September 30, so any invoices need to reach us before then. Q3 sales came in at $1.2 million, up 8%, which the owners are thrilled about.

Also, can we move Thursday's call to 2 pm?

Greg""",
        style="outlook",
        labels=dict(non_budget=[("1200000", "USD", "other")]),
    ),
    Mail(
        2395, "dental-approval-tweak", TWEAK, SAM, "2029-09-10 15:55", "Re: New patient postcard",
        """Approved! Just one tiny thing - can the phone number be bold?

Go ahead and print 5,000 once that's fixed. We'd like them in mailboxes by the first week of October.

Diane""",
        style="gmail",
        quote=_quote("Hi Diane, here is the final proof of the new patient postcard."),
        labels=dict(cr=["can the phone number be bold"]),
    ),
    Mail(
        2396, "boutique-mall-rules", MALL, SAM, "2029-09-10 10:20", "Window graphics for the mall store",
        """Hi Sam,

I talked to the mall's management office about the holiday window. Their rules: all window graphics have to be removable vinyl, nothing painted, and nothing can cover more than 50% of the glass.

They need the artwork for approval by October 5, and install would be sometime the week of the 15th.

Our spend for the windows is around $3,500.

Thanks!
Sara""",
        style="gmail",
        labels=dict(due=["2029-10-05"],
                    budgets=[("3500", "USD")],
                    req=["all window graphics have to be removable vinyl"]),
    ),
    Mail(
        2397, "charity-brief-two-sums", CHARITY, SAM, "2029-09-10 13:00", "Monthly giving campaign",
        """Dear Sam,

Thank you for meeting with our committee last week. As promised, here is a short brief.

Our goal is to double our monthly donors, from 400 to 800, by the end of June. The campaign should feel hopeful, never guilt-driven; our donors have told us they are tired of sad pictures.

We have $12,500 for the creative work and another $30,000 for paid social over the year.

We would like to launch on Giving Tuesday.

Blessings,
Rev. Paul Adams
Executive Director, Hope House""",
        style="outlook",
        labels=dict(due=["2029-11-27"],
                    budgets=[("12500", "USD"), ("30000", "USD")],
                    req=["The campaign should feel hopeful, never guilt-driven"],
                    obj=["Our goal is to double our monthly donors"]),
    ),
    Raw(
        2398, "brewery-terse-typo",
        _mail("Jake Moss <jake@mossbrewing.com>", "Re: Oktoberfest can label",
              "Mon, 10 Sep 2029 13:14:00 -0600", """typo in the headline, "recieve". otherwise good

need them wed

Sent from my Galaxy

-------- Original message --------
From: Sam Ortiz <sam.ortiz@brightlane.agency>
Date: 9/10/29 12:50 PM (GMT-05:00)
To: Jake Moss <jake@mossbrewing.com>
Subject: Oktoberfest can label

Jake, final label attached for your sign-off. The can printer needs it by the 14th.
""", mid="D5E6-moss-0910@mossbrewing.com"),
        labels=dict(timezone="America/Denver", due=["2029-09-12"],
                    cr=["typo in the headline"]),
    ),
    Raw(
        2399, "acupuncture-numbered-answers",
        _mail("Helen Wu <helen@wuacupuncture.com>", "Re: Website refresh - a few questions",
              "Mon, 10 Sep 2029 17:35:00 -0700", """Hi Sam, answers below.

On Mon, Sep 10, 2029 at 2:00 PM Sam Ortiz <sam.ortiz@brightlane.agency> wrote:
> Hi Helen, before we start, a few questions:
>
> 1. What budget should we plan around?

Let's say 5k. I could stretch to 6k if the booking tool needs it.

> 2. Any date it has to be live by?

Before Oct 15 please, that's when the new insurance plans start.

> 3. Anything that must stay as it is?

The logo stays. And all the testimonials need the patient's written consent, we can't use any without it.

> 4. What should the site do for you?

Mostly get more people to book online instead of calling.

Thanks!
Helen
""", mid="E7F8-wu-0910@wuacupuncture.com"),
        labels=dict(timezone="America/Los_Angeles", due=["2029-10-14"],
                    budgets=[("5000", "USD"), ("6000", "USD")],
                    req=["The logo stays",
                         "all the testimonials need the patient's written consent"],
                    obj=["get more people to book online"]),
    ),
]
