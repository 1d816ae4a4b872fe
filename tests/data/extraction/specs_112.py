"""The hundred-and-seventh labelled set (2280-2299), written on 2026-12-07 (thirty-first session)
after tune82's rules and before any rule of its own: the split ``tune83``, scored blind first,
then tuned on.

Feedback on websites, email templates, apps and video cuts, in the words of people who test
on their phones: a staging site's notes, a button that "doesn't do anything on iPhone", a link
that "goes to the old promo page", a preheader cut off, a colour grade "too warm for a bank",
"hold on the app screen a beat longer", a form that "sends everything to my old email", an
A/B test asked for, a platform's new rule (Apple's privacy link), an SEO consultant's rules,
page-by-page corrections, a QA table in an HTML-only Outlook mail, a Brazilian's, a Dutch,
a Korean, a German, a French and a Spanish client's notes; beside mail that changes nothing
(staging approved "push to production", the client's own release notes, a long mail of good
news). Dates run in the week of 23 July 2029 (a Monday).

2294's labels were put right after the blind score: "Außerdem fehlt das Impressum im Footer,
das ist gesetzlich vorgeschrieben." was labelled a change and a requirement; the set reads a
rule given as the reason beside the change it asks ("remove the price, we're not allowed to
show prices online") as the change alone, so it is a change only.
"""

from build import Mail, Person, Quote
from cast import SAM

STAGING = Person("Holly Grant", "holly@grantdentalgroup.com", "America/New_York")
WEBBRIEF = Person("Marco Silva", "msilva@harborlogistics.com", "America/Chicago")
TERSE = Person("Jo Park", "jo@parkandpine.com", "America/Los_Angeles")
EMAIL = Person("Lena Ross", "lena@rosskitchen.com", "America/New_York")
BANK = Person("Derek Shaw", "dshaw@summitcu.org", "America/Denver")
BR = Person("Ana Souza", "ana.souza@souzacafe.com.br", "America/Sao_Paulo")
NL = Person("Pieter de Vries", "pieter@devriesbikes.nl", "Europe/Amsterdam")
PUSH = Person("Carla Mendez", "carla@mendezlaw.com", "America/Los_Angeles")
FORM = Person("Ray Okafor", "ray@okaforplumbing.com", "America/Chicago")
ABTEST = Person("Tess Young", "tess@younggardens.com", "America/New_York")
APPLE = Person("Sunil Rao", "sunil@fitloop.app", "America/Los_Angeles")
PAGES = Person("Beth Carver", "beth@carverroofing.com", "America/Chicago")
NOTES = Person("Glen Hart", "glen@hartoutdoor.com", "America/Denver")
SEO = Person("Nora Quinn", "nora@quinnvet.com", "America/New_York")
DE = Person("Tobias Berg", "t.berg@berg-reisen.de", "Europe/Berlin")
FR = Person("Juliette Roux", "j.roux@roux-immobilier.fr", "Europe/Paris")
ES = Person("Diego Martín", "diego@martinmoda.es", "Europe/Madrid")
KR = Person("Min-ji Kim", "minji.kim@hanabeauty.kr", "Asia/Seoul")
QA = Person("Patricia Lowe", "plowe@lowefinancial.com", "America/New_York")
LONG = Person("Amy Chen", "amy@chenyogastudios.com", "America/New_York")


def _quote(text: str, when: str = "2029-07-23 09:00") -> Quote:
    return Quote(SAM, when, text + "\n\nSam")


ITEMS = [
    Mail(
        2280, "dental-staging-notes", STAGING, SAM, "2029-07-23 12:40", "Re: Staging link for the new site",
        """Sam, went through the staging site on my phone. Notes:

- The "Book now" button doesn't do anything on iPhone
- Footer still has the old Elm St address
- Can the hero video be muted by default?
- Careers link is missing from the menu

Otherwise looks great. We still want to go live August 1.

Holly""",
        style="gmail",
        quote=_quote("Holly, the new site is on staging: https://staging.grantdentalgroup.com. Launch planned for August 1."),
        labels=dict(due=["2029-08-01"],
                    cr=["button doesn't do anything on iPhone",
                        "Footer still has the old Elm St address",
                        "hero video be muted by default",
                        "Careers link is missing from the menu"]),
    ),
    Mail(
        2281, "logistics-web-brief", WEBBRIEF, SAM, "2029-07-23 10:15", "New website - requirements",
        """Hi Sam,

As discussed, here is what the new site has to do. It must meet WCAG 2.1 AA. Pages need to load in under 3 seconds on 4G. We need a cookie consent banner for our EU visitors. All forms must connect to HubSpot.

Launch target is September 15. Budget is $38,000.

Marco Silva
Harbor Logistics""",
        style="outlook",
        labels=dict(due=["2029-09-15"], budgets=[("38000", "USD")],
                    req=["It must meet WCAG 2.1 AA", "Pages need to load in under 3 seconds",
                         "We need a cookie consent banner",
                         "All forms must connect to HubSpot"]),
    ),
    Mail(
        2282, "pine-terse-link", TERSE, SAM, "2029-07-23 16:55", "Re: July 24 promo email",
        """link in the email goes to the old promo page 😬 pls fix, it sends tmrw 9am""",
        style="plain",
        quote=_quote("Jo, the promo email is scheduled for tomorrow at 9am; test send attached."),
        labels=dict(due=["2029-07-24"], cr=["link in the email goes to the old promo page"]),
    ),
    Mail(
        2283, "kitchen-email-template", EMAIL, SAM, "2029-07-23 11:30", "Re: Summer newsletter template",
        """Subject line: can we try "Your summer table is ready" instead? The preheader is cut off in Gmail, please shorten it.

Also, legal says every email needs an unsubscribe link in the footer. This one doesn't have it.

Lena""",
        style="apple",
        quote=_quote("Lena, the summer newsletter template and test send are attached. Subject line: \"Summer at Ross Kitchen\"."),
        labels=dict(cr=["can we try \"Your summer table is ready\" instead",
                        "The preheader is cut off in Gmail", "This one doesn't have it"],
                    req=["every email needs an unsubscribe link in the footer"]),
    ),
    Mail(
        2284, "cu-animatic", BANK, SAM, "2029-07-23 15:05", "RE: App launch animatic",
        """Sam, notes on the animatic from our team:

The colour grade feels too warm for a bank, can it be cooler? Hold on the app screen a beat longer, people need to read it. The end card needs the NCUA line. Music is fine.

Derek""",
        style="outlook",
        quote=_quote("Derek, the animatic for the app launch spot is in the shared folder."),
        labels=dict(cr=["colour grade feels too warm for a bank",
                        "Hold on the app screen a beat longer",
                        "The end card needs the NCUA line"]),
    ),
    Mail(
        2285, "cafe-brazilian-english", BR, SAM, "2029-07-23 09:50", "Re: Landing page",
        """Hi Sam, how are you?

About the landing page, I think is better if the form stays in the top of the page, not in the end. Also please to change the photo of the team, this one is from 2019.

We need to publish until 30 of July.

Thanks!
Ana""",
        style="gmail",
        quote=_quote("Ana, the landing page for the new menu is ready for your review."),
        labels=dict(due=["2029-07-30"],
                    cr=["is better if the form stays in the top of the page",
                        "please to change the photo of the team"], day_first=True,
                    default_currency="BRL"),
    ),
    Mail(
        2286, "bikes-dutch-direct", NL, SAM, "2029-07-23 14:10", "RE: Banner",
        """Hello Sam,

Two remarks on the banner: the text is too small, and the logo is not centered. We need the final version before Thursday.

Regards,
Pieter""",
        style="outlook",
        quote=_quote("Pieter, the summer banner is attached."),
        labels=dict(due=["2029-07-25"],
                    cr=["the text is too small, and the logo is not centered"],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        2287, "law-staging-approved", PUSH, SAM, "2029-07-23 17:20", "Re: Site on staging",
        """Staging looks good to me, go ahead and push to production whenever you're ready. Nice work on the speed, it's way faster than the old site.

Carla""",
        style="gmail",
        quote=_quote("Carla, all your changes are on staging now."),
        labels=dict(),
    ),
    Mail(
        2288, "plumbing-form-email", FORM, SAM, "2029-07-23 08:30", "Contact form",
        """Sam, the contact form on the new site sends everything to my old email address. It should go to info@okaforplumbing.com now.

Ray""",
        style="plain",
        labels=dict(cr=["It should go to info@okaforplumbing.com now"]),
    ),
    Mail(
        2289, "gardens-ab-test", ABTEST, SAM, "2029-07-23 13:00", "Re: September newsletter",
        """Looks good! For this one, can we A/B test two subject lines and send the winner to the rest of the list after 4 hours?

Tess""",
        style="gmail",
        quote=_quote("Tess, the September newsletter draft is attached, subject line \"Fall planting starts now\"."),
        labels=dict(cr=["A/B test two subject lines"]),
    ),
    Mail(
        2290, "fitloop-apple-rule", APPLE, SAM, "2029-07-23 18:40", "App Store listing",
        """Sam, heads up: Apple now requires a privacy policy link in the app description, and the screenshots must be 1290 x 2796.

Can you update the App Store listing by Thursday so we can resubmit Friday?

Sunil""",
        style="outlook",
        quote=_quote("Sunil, the App Store listing copy and screenshots are live."),
        labels=dict(due=["2029-07-26"],
                    req=["Apple now requires a privacy policy link"],
                    cr=["update the App Store listing"]),
    ),
    Mail(
        2291, "roofing-page-by-page", PAGES, SAM, "2029-07-23 10:45", "Re: Website copy",
        """Hi Sam,

Went through all the pages.

Home: the second headline says "since 1998", it's 1989.
About: please add Maria Lopez to the team page, she started Monday.
Services: take out "commercial roofing", we stopped doing that in the spring.
Contact: the map pin is on the wrong side of the street.

Thanks!
Beth""",
        style="apple",
        quote=_quote("Beth, the website copy for all five pages is in the attached doc."),
        labels=dict(cr=["the second headline says \"since 1998\"",
                        "please add Maria Lopez to the team page",
                        "take out \"commercial roofing\"",
                        "the map pin is on the wrong side of the street"]),
    ),
    Mail(
        2292, "outdoor-release-notes", NOTES, SAM, "2029-07-23 11:10", "FYI - site update",
        """Sam, FYI: our web team's release last week moved the booking widget to the sidebar and changed the button colour to green. Nothing for you to do, just so you know why the screenshots in your deck look different.

Glen""",
        style="gmail",
        labels=dict(),
    ),
    Mail(
        2293, "vet-seo-rules", SEO, SAM, "2029-07-23 14:45", "SEO",
        """Sam, our SEO consultant says every page needs a unique meta description, and the blog posts need alt text on all images. Can your team add those? We'd like it done by end of month.

Nora""",
        style="gmail",
        quote=_quote("Nora, the site has been live a week; first traffic report attached."),
        labels=dict(due=["2029-07-31"],
                    req=["every page needs a unique meta description"],
                    cr=["Can your team add those"]),
    ),
    Mail(
        2294, "reisen-german-web", DE, SAM, "2029-07-23 09:30", "AW: Neue Website",
        """Hallo Sam,

auf der mobilen Version überlappt das Menü das Logo. Bitte korrigieren Sie das bis Mittwoch.

Außerdem fehlt das Impressum im Footer, das ist gesetzlich vorgeschrieben.

Viele Grüße
Tobias Berg""",
        style="outlook",
        quote=_quote("Hallo Tobias, die neue Website ist auf dem Testserver."),
        labels=dict(due=["2029-07-25"],
                    cr=["Bitte korrigieren Sie das", "fehlt das Impressum im Footer"],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        2295, "immobilier-french-web", FR, SAM, "2029-07-23 15:30", "RE: Page d'accueil",
        """Bonjour Sam,

Sur la page d'accueil, pourriez-vous remplacer la vidéo par une image fixe ? Elle ralentit trop le site.

La mise en ligne est prévue le 1er août.

Cordialement,
Juliette Roux""",
        style="outlook",
        quote=_quote("Bonjour Juliette, voici la nouvelle page d'accueil avec la vidéo."),
        labels=dict(due=["2029-08-01"], cr=["remplacer la vidéo par une image fixe"],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        2296, "moda-spanish-email", ES, SAM, "2029-07-23 12:20", "RE: Newsletter rebajas",
        """Hola Sam:

El botón de "Comprar" no funciona en Android, por favor cambiad el enlace. El envío sale el jueves 26.

Gracias,
Diego""",
        style="outlook",
        quote=_quote("Hola Diego, te adjunto la prueba de la newsletter de rebajas."),
        labels=dict(due=["2029-07-26"],
                    cr=["no funciona en Android"], day_first=True, default_currency="EUR"),
    ),
    Mail(
        2297, "beauty-korean-english", KR, SAM, "2029-07-23 19:00", "Re: Korean website",
        """Dear Sam,

I checked the website. The Korean translation on the product page has some mistakes, I marked them in the attached file. Please revise and let me know the schedule.

Best regards,
Min-ji Kim""",
        style="gmail",
        quote=_quote("Min-ji, the Korean version of the website is ready for your check."),
        labels=dict(cr=["The Korean translation on the product page has some mistakes"],
                    default_currency="KRW"),
    ),
    Mail(
        2298, "financial-html-qa-table", QA, SAM, "2029-07-23 16:15", "RE: Site QA",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Our QA list from this morning:</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Page</b></p></td><td><p class="MsoNormal"><b>Issue</b></p></td><td><p class="MsoNormal"><b>Priority</b></p></td></tr>
<tr><td><p class="MsoNormal">Home</p></td><td><p class="MsoNormal">Hero text overlaps the image on tablets</p></td><td><p class="MsoNormal">High</p></td></tr>
<tr><td><p class="MsoNormal">Pricing</p></td><td><p class="MsoNormal">Annual plan shows $99, should be $89</p></td><td><p class="MsoNormal">High</p></td></tr>
<tr><td><p class="MsoNormal">FAQ</p></td><td><p class="MsoNormal">Typo: &quot;recieve&quot;</p></td><td><p class="MsoNormal">Low</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Launch is Aug 6.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Patricia Lowe</p>
<p class="MsoNormal">Digital Marketing | Lowe Financial</p>
</div></body></html>
""",
        labels=dict(due=["2029-08-06"],
                    cr=["Hero text overlaps the image on tablets",
                        "Annual plan shows $99, should be $89", "recieve"]),
    ),
    Mail(
        2299, "yoga-long-good-news", LONG, SAM, "2029-07-23 10:00", "Board review + one thing",
        """Hi Sam,

Hope you had a good weekend. We had our quarterly review on Friday and the board was really happy with the new site - traffic is up 40% since launch and bookings are up 25%. Jim wants to present the results at the franchise conference in October, so we'll need a short case study deck by September 20.

One small thing on the site: the Locations page still lists the Dayton studio, which closed in June. Can you take it off?

Thanks,
Amy""",
        style="gmail",
        labels=dict(due=["2029-09-20"], cr=["Can you take it off"]),
    ),
]
