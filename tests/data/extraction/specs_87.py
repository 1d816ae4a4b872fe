"""The eighty-second labelled set (1760-1779), written on 2026-12-07 (twenty-seventh session)
after tune61's rules and before any rule of its own: the split ``tune62``, scored blind first,
then tuned on.

Rules, the field furthest from its goal on the blind splits (0.847), said the ways people
slip them in: a heads-up, a reminder, "FYI legal is strict on", "bear in mind", "don't forget",
"per our guidelines", "it's important that", accessibility and file specs, rules of a
platform, a landlord, a school board, a union; beside the same words setting none ("make sure
you have a great weekend", "don't forget the team lunch", "it's important that we meet",
"note that I'll be out", "heads up, our office moves"). Voices: a phone, a long mail of
several rules, HTML-only Outlook bullets, an Australian, an Indian, a Dutch and a French
client, a reply above a quoted draft. Dates run in the week of 5 September 2028 (a Tuesday).
"""

from build import Mail, Person, Quote
from cast import SAM

EU = dict(day_first=True, default_currency="EUR")

APP = Person("Maya Cohen", "maya@brightpathapp.com", "America/Los_Angeles")
PUB = Person("Jack Wilson", "jack@theoldoakpub.com.au", "Australia/Melbourne")
MALL = Person("Diane Fox", "dfox@riversidemall.com", "America/Chicago")
SCHOOL = Person("Rob Greene", "rgreene@pinecrestschools.org", "America/New_York")
BANK = Person("Nisha Rao", "nisha.rao@sunrisefinance.in", "Asia/Kolkata")
UNION = Person("Pat Murphy", "pmurphy@local447.org", "America/Chicago")
DUTCH = Person("Pieter de Vries", "p.devries@tulpbloemen.nl", "Europe/Amsterdam")
WINE = Person("Anne Laurent", "a.laurent@caves-laurent.fr", "Europe/Paris")
GYM = Person("Chris Young", "chris@ironworksgym.com", "America/Denver")
MUSEUM = Person("Helen Shaw", "hshaw@harbormuseum.org", "America/New_York")
PHARMA = Person("Dr. Leo Park", "lpark@novacare.com", "America/New_York")
TOYS = Person("Sara Lind", "sara@lindtoys.com", "America/Chicago")
HOTEL = Person("Marco Rossi", "mrossi@bayviewhotel.com", "America/Los_Angeles")
CITY = Person("Janet Cole", "jcole@springfieldcity.gov", "America/Chicago")
FOOD = Person("Ken Ito", "ken@itofoods.com", "America/Los_Angeles")
REALTY = Person("Laura Diaz", "laura@diazrealty.com", "America/Phoenix")

ITEMS = [
    Mail(
        1760, "app-heads-up-store", APP, SAM, "2028-09-05 09:10", "App store screenshots",
        """Hi Sam,

Heads up, our office moves to the new building on Monday, so I'll be slow on email. For the App Store screenshots: Apple doesn't allow prices or the word "free" in the screenshots, so please keep both out. They're 1290 x 2796 px, all six of them.

Could we have them by September 15?

Maya""",
        style="gmail",
        labels=dict(req=["Apple doesn't allow prices or the word \"free\" in the screenshots",
                         "They're 1290 x 2796 px"],
                    due=["2028-09-15"]),
    ),
    Mail(
        1761, "pub-australian-rsa", PUB, SAM, "2028-09-05 11:30", "Footy finals posters",
        """G'day Sam,

Footy finals posters, same as last year mate. Just remember under the liquor laws here we can't show anyone drinking who looks under 25, and every poster needs the "Drink responsibly" line.

Need em up on the walls by the 22nd.

Cheers,
Jack""",
        style="apple",
        labels=dict(req=["we can't show anyone drinking who looks under 25"],  # one sentence
                    due=["2028-09-22"], day_first=True, default_currency="AUD"),
    ),
    Mail(
        1762, "mall-landlord-rules", MALL, SAM, "2028-09-05 13:00", "Holiday window graphics",
        """Sam,

For the holiday window graphics at the mall store: the landlord only allows vinyl on the inside of the glass, and nothing can cover more than 30% of any window. Please also bear in mind the install crew needs the files as print-ready PDFs.

Diane""",
        style="outlook",
        labels=dict(req=["the landlord only allows vinyl on the inside of the glass",  # one sentence
                         "the install crew needs the files as print-ready PDFs"]),
    ),
    Mail(
        1763, "school-board-photos", SCHOOL, SAM, "2028-09-05 15:20", "Re: Enrollment brochure",
        """Sam, one thing I forgot when we talked. Per board policy, students can only appear in photos if we have a signed release on file, and we never show their full names. Make sure you have a great weekend!

Rob""",
        style="gmail",
        quote=Quote(SAM, "2028-09-05 10:00", """Rob, the first draft of the enrollment brochure is attached.

Sam"""),
        labels=dict(req=["students can only appear in photos if we have a signed release on file"]),
    ),
    Mail(
        1764, "bank-indian-rbi", BANK, SAM, "2028-09-06 10:45", "Gold loan campaign",
        """Dear Sam,

Please note as per RBI guidelines all our loan ads should mention the interest rate as annual percentage, no monthly rates. Also kindly ensure the disclaimer font is minimum 8 point.

We are planning to release the campaign in October.

Regards,
Nisha Rao""",
        style="outlook",
        labels=dict(req=["all our loan ads should mention the interest rate as annual percentage",
                         "the disclaimer font is minimum 8 point"],
                    default_currency="INR"),
    ),
    Mail(
        1765, "union-bug", UNION, SAM, "2028-09-06 12:00", "Labor Day thank-you ad",
        """Sam, don't forget the team lunch on Friday! Also for the thank-you ad: everything we print has to carry the union bug, no exceptions, and it has to be printed at a union shop.

Pat""",
        style="gmail",
        labels=dict(req=["everything we print has to carry the union bug"]),
    ),
    Mail(
        1766, "dutch-english-rules", DUTCH, SAM, "2028-09-06 14:30", "Autumn bulb campaign",
        """Hello Sam,

Some points for the autumn campaign. It is important for us that all flowers in the pictures are real tulips from our fields, no stock. The texts must be in Dutch and German both. It is important that we meet once before the shoot, can you come to Lisse?

Greetings,
Pieter""",
        style="outlook",
        labels=dict(req=["all flowers in the pictures are real tulips from our fields",
                         "The texts must be in Dutch and German both"], **EU),
    ),
    Mail(
        1767, "wine-french-loi-evin", WINE, SAM, "2028-09-06 16:00", "Affiches vendanges",
        """Bonjour Sam,

Pour les affiches des vendanges, attention à la loi Evin : pas de personnes en train de boire, et la mention « L'abus d'alcool est dangereux pour la santé » est obligatoire sur chaque affiche.

Merci de nous envoyer une première version pour le 20 septembre.

Anne""",
        style="apple",
        labels=dict(req=["pas de personnes en train de boire"],
                    due=["2028-09-20"], **EU),
    ),
    Mail(
        1768, "gym-phone-note", GYM, SAM, "2028-09-07 07:40", "Re: Jan promo",
        """note that I'll be out thurs. and pls no before/after pics in any of the ads, we got burned on that last year""",
        style="plain",
        quote=Quote(SAM, "2028-09-06 17:00", """Chris, ideas for the January promo attached.

Sam"""),
        labels=dict(req=["no before/after pics in any of the ads"]),
    ),
    Mail(
        1769, "museum-accessibility", MUSEUM, SAM, "2028-09-07 10:15", "Exhibition website",
        """Hi Sam,

For the new exhibition pages, the site has to meet WCAG 2.1 AA, the city funds us and checks it every year. That means alt text on every image and captions on the videos.

We'd also love a countdown to the opening on the home page.

Helen""",
        style="gmail",
        labels=dict(req=["the site has to meet WCAG 2.1 AA",
                         "alt text on every image and captions on the videos"]),
    ),
    Mail(
        1770, "pharma-fair-balance", PHARMA, SAM, "2028-09-07 12:40", "Patient brochure",
        """Sam,

As you know, every claim in the brochure must be referenced to the label, and the safety information has to get the same prominence as the benefits. Our medical review committee meets on the 14th; they need the draft two days before.

Leo""",
        style="outlook",
        labels=dict(req=["every claim in the brochure must be referenced to the label"],
                    due=["2028-09-12"]),
    ),
    Mail(
        1771, "toys-safety-not-rules", TOYS, SAM, "2028-09-07 15:00", "Holiday catalog",
        """Hi Sam,

It's important that we get the catalog right this year, it's our biggest season. Don't forget to send me the invoice for August. Small parts warnings have to be on every page that shows a toy for under-3s, that's federal law.

Sara""",
        style="gmail",
        labels=dict(req=["Small parts warnings have to be on every page"]),
    ),
    Mail(
        1772, "hotel-html-brand", HOTEL, SAM, "2028-09-08 09:30", "Brand notes for the new site",
        "",
        style="html",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Sam,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Brand notes from corporate for the new site:</p>
<ul>
<li class="MsoNormal">Our name is always written Bayview Hotel, never "the Bayview"</li>
<li class="MsoNormal">Room photos must be shot in daylight</li>
<li class="MsoNormal">No photos of the old lobby, it was renovated in May</li>
</ul>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Marco</p>
</div></body></html>""",
        labels=dict(req=["Our name is always written Bayview Hotel",
                         "Room photos must be shot in daylight",
                         "No photos of the old lobby"]),
    ),
    Mail(
        1773, "city-procurement", CITY, SAM, "2028-09-08 11:00", "Recycling campaign",
        """Ms. Cole here from the city. For the recycling campaign, all materials must be available in English and Spanish, and the city seal can only be used on pieces the mayor's office has approved. Our budget is $18,000 for the whole campaign.

We'd like to launch on October 2.

Janet Cole""",
        style="outlook",
        labels=dict(req=["all materials must be available in English and Spanish"],
                    budgets=[("18000", "USD")], due=["2028-10-02"]),
    ),
    Mail(
        1774, "food-reply-change-not-rule", FOOD, SAM, "2028-09-08 13:20", "Re: Ramen packaging v2",
        """Sam, the noodles on the front must be the thick udon style, not ramen, we changed the product. And the spice level icons need to be bigger.

Ken""",
        style="gmail",
        quote=Quote(SAM, "2028-09-07 16:00", """Ken, version 2 of the ramen packaging is attached.

Sam"""),
        labels=dict(cr=["the noodles on the front must be the thick udon style, not ramen",
                        "the spice level icons need to be bigger"]),
    ),
    Mail(
        1775, "realty-fair-housing", REALTY, SAM, "2028-09-08 15:45", "Listing ads",
        """Laura here. Fair housing rules: we can't say "perfect for families" or "walking distance to churches" in any listing ad. Please go through the six ads you have and take those phrases out.

Thanks!""",
        style="gmail",
        labels=dict(req=["we can't say \"perfect for families\" or \"walking distance to churches\""],
                    cr=["take those phrases out"]),
    ),
    Mail(
        1776, "app-reply-lookalikes", APP, SAM, "2028-09-11 09:00", "Re: App store screenshots",
        """These look great! You must be exhausted after that week. No need to change anything, just make sure the files are named 1 to 6 in order when you upload them.

Maya""",
        style="gmail",
        quote=Quote(SAM, "2028-09-08 18:00", """Maya, the six screenshots are attached for review.

Sam"""),
        labels=dict(req=["make sure the files are named 1 to 6 in order"]),
    ),
    Mail(
        1777, "mall-thanks-lookalike", MALL, SAM, "2028-09-11 11:30", "Re: Holiday window graphics",
        """Got them, thanks. Please bear with me, I'll have the landlord's sign-off by Wednesday. It's important to them that we don't start the install before that.

Diane""",
        style="outlook",
        quote=Quote(SAM, "2028-09-08 17:00", """Diane, the final window graphics are attached.

Sam"""),
        labels=dict(req=["we don't start the install before that"]),
    ),
    Mail(
        1778, "school-terse-rule", SCHOOL, SAM, "2028-09-11 14:00", "Sports banners",
        """Sam - sports banners for the gym. District colors only (navy and gold), no mascot, the mascot is being retired. Need them before the first home game Sept 29.

Rob""",
        style="plain",
        labels=dict(req=["District colors only (navy and gold), no mascot"],
                    due=["2028-09-28"]),
    ),
    Mail(
        1779, "bank-indian-thanks", BANK, SAM, "2028-09-11 16:30", "Re: Gold loan campaign",
        """Dear Sam, thank you for the quick turnaround. Kindly note Mr. Mehta must approve all creatives before they go live, he is the head of compliance. We are aiming to go live on 2nd October.

Regards,
Nisha""",
        style="outlook",
        quote=Quote(SAM, "2028-09-11 09:00", """Nisha, the first creatives for the gold loan campaign are attached.

Sam"""),
        labels=dict(req=["Mr. Mehta must approve all creatives before they go live"],
                    due=["2028-10-02"], default_currency="INR"),
    ),
]
