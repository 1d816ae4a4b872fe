"""Long client mails (3-5 KB of new text): briefs, consolidated feedback, plans (034-045)."""

from build import Forward, Mail, Quote
from cast import (
    ANGELA,
    CAMILLE,
    CLAIRE,
    DANA,
    ERIK,
    INTAKE,
    JONAS,
    KENJI,
    LUCA,
    MARCUS,
    NINA,
    OLIVER,
    PRIYA,
    ROBERT,
    SAM,
    TOM,
)

ITEMS = [
    Mail(
        34, "long-mealkit-fall-rebrief", MARCUS, PRIYA, "2026-08-10 09:20", "Fall rebrief",
        """Hi Priya,

Hope you had a good weekend. I promised a proper write-up after Thursday's
session, so here it is. Sorry it's long; I'd rather over-share now than have us
go back and forth for two weeks.

Where we are
Summer went well overall. We added about 4,100 net new subscribers between
June 1 and August 1, which is a bit under the 20% growth we were hoping for,
but retention on the summer cohort is the best we've seen since 2023. The
influencer seeding did better than the paid social, which surprised everyone
here. The cost per acquisition on TikTok came in around $38, against $61 on
Meta. Our CFO has taken notice, which is mostly good news.

Customer service also sent over the summer survey results. 1,870 people
answered, and the top three complaints were the same as in spring: too much
packaging, recipes that take longer than the card says, and delivery windows
that are too wide. The packaging one is being fixed in October when we move to
the new liners. The recipe timing is on our culinary team. None of this needs
anything from you right now, but it explains why we're cautious about
promising "20-minute dinners" in the fall copy.

What changes for fall
The big change is that we're moving away from the "busy parents" positioning.
Our research team ran 14 interviews in July, and the people who stay with us
longest are couples without kids who like to cook together on weeknights. So
the fall work should speak to them.

Because of that, we need to make a few changes to the plan we agreed in June:
- Please drop the back-to-school flight entirely. It was planned for late
  August and it no longer fits.
- Swap the "Family Night" recipe series for a "Date Night In" series, same
  number of episodes.
- We'd also need a short recipe video for each of the six fall menus, which
  wasn't in the original scope.
- Move the fall menu launch from September 14 to September 21, since the new
  recipes need another week of testing.

Goals
Our main goal for the fall is to grow subscriptions among couples aged 28-40 by
15%. We'd also like to get the average box rating back above 4.6 stars, but
that is more on us than on you.

Budget
Finance signed off on $120,000 for fall media. For the recipe videos, we can
spend no more than $18,000 in total. The influencer line stays at $20k.

Must-haves
Every recipe shown on screen has to be one that is actually on the fall menu,
no mock-ups. Any nutrition or calorie claim still needs sign-off from our
dietitian, same as before. And please make sure all talent has signed release
forms that cover paid usage for 12 months, we had a problem with that in July.

Timing
We'd like to see the revised plan by August 19, and the first recipe video
rough cuts by September 4. Everything for the launch needs to be final by
September 16.

Other bits
Our warehouse in Fontana moves to the new building over Labor Day weekend, so
the ops team will be hard to reach that week. If you need recipe cards or
product for shoots, ask in the next couple of weeks. The new box price for the
couples plan will be $69.99 per week; please don't promote it before the
launch, it's still being finalised.

I'm out on Friday but Jordan can answer questions. Let's plan a call for
Wednesday at 11 to go through this together.

Thanks again for all the work this summer.

Marcus""",
        style="apple",
        labels=dict(due=["2026-08-19", "2026-09-04", "2026-09-16", "2026-09-21"],
                    replaced=["2026-09-14"],
                    budgets=[("120000", "USD"), ("18000", "USD", "cap"), ("20000", "USD")],
                    non_budget=[("38", "USD", "other"), ("61", "USD", "other"),
                                ("69.99", "USD", "price")],
                    cr=["drop the back-to-school flight", "Date Night In", "short recipe video",
                        "Move the fall menu launch"],
                    obj=["couples aged 28-40", "average box rating"],
                    req=["actually on the fall menu", "dietitian", "release forms"]),
    ),
    Mail(
        35, "long-bank-brand-platform", ROBERT, SAM, "2026-12-04 16:05",
        "Spring 2027 brand platform - kickoff summary",
        """Sam,

Thanks to you and the team for the time on Tuesday. I wanted to get a summary
out before the weekend so nobody starts the holidays with open questions.

Background
As you know, 2026 was a year of consolidation for us. We closed the
acquisition of Hudson Valley Savings in April, retired the HVS brand in
September, and moved 61,000 customers onto our platform without losing many of
them. Awareness in the Hudson Valley counties is still well below where it is
in the city: our October tracker had aided awareness at 34% there, against 71%
in the five boroughs.

The tracker also told us something we didn't expect. Among former HVS
customers, 62% still think of themselves as HVS customers, and a third of them
could not name Meridian when asked who holds their account. Our branch teams in
Poughkeepsie and Kingston hear the same thing every day: people like their
branch and their tellers, and they are suspicious of a big city bank. On the
other side, our city customers see us as solid but a little cold. The research
agency summarised it as "trusted, not loved". We think there is one idea that
can speak to both groups, about being a bank that stays close to the
communities it serves, but we are open to other directions.

What we're asking for
We want a refreshed brand platform that works for both audiences, launched in
spring. The new platform has to hold up for at least three years, so please
don't anchor it on a rate or a promotion.

Objectives
The primary objective is to raise aided awareness in the Hudson Valley counties
to 50% within a year of launch. Secondary, we want to grow deposits from
households earning $150k+ in Westchester and Rockland. We will measure the
second one through the quarterly deposit report, not through the tracker.

Budget
The board approved $3.2M for working media in the first half of 2027 and
$450,000 for production. Research is separate: we have up to $60,000 for two
rounds of concept testing.

Dates
- Strategy and three territories: January 15
- Concept testing done by February 12
- Final platform and launch creative: March 19
- In market: April 5

Please note the bank is closed on January 18 for Martin Luther King Jr. Day, so
don't plan a review that day.

Requirements
Everything that goes out has to be reviewed by Helen's compliance team, and
they need 10 business days for TV. All work must meet the new accessibility
standard we adopted in October: captions on every video and minimum AA
contrast. Our Chief Risk Officer wants to see the platform before the board
does, so please plan a session with her in the second half of February.

The HVS customers are sensitive about the merger, so we can't use any imagery
that shows the old HVS branches.

Practical bits
Invoices for the 2026 work should go to accounts payable with PO 7700043518 as
before; the December invoice ($186,400) is approved. For the new work we will
issue a new PO in January.

I'm out from December 21 to January 4. Helen is the contact for anything
urgent while I'm away.

Happy to talk through any of this on Monday at 9:30.

Best,
Robert""",
        style="outlook",
        signature="""Robert Kim
SVP, Brand & Marketing
Meridian Bank | 250 Park Avenue South, New York, NY 10003
Tel +1 212 555 0134""",
        labels=dict(due=["2027-01-15", "2027-02-12", "2027-03-19", "2027-04-05"],
                    budgets=[("3200000", "USD"), ("450000", "USD"), ("60000", "USD", "cap")],
                    non_budget=[("186400", "USD", "invoice"), ("150000", "USD", "other")],
                    obj=["aided awareness in the Hudson Valley", "grow deposits"],
                    req=["rate or a promotion", "compliance team", "accessibility standard",
                         "Chief Risk Officer", "old HVS branches"]),
    ),
    Mail(
        36, "long-candles-christmas-feedback-fr", CAMILLE, SAM, "2026-10-21 18:40",
        "Feedback Christmas campaign",
        """Hello Sam,

Sorry for the long email, I wanted to put all the feedback of the team in one
place after the presentation of Monday. In general everybody liked the
direction, and Sophie in particular was very happy with the copy. There are
still some important points.

Before the details, some context for the team. This Christmas is important for
us because the boutiques had a difficult first half of the year: the traffic
in Paris is down 8% compared to 2025, mostly because of fewer tourists, but the
online shop is up 14%. So online matters more for us than the boutiques this
year. We also have a new range, the three diffusers with the wooden caps, and
Sophie is happy that they get more space than last year, when everybody only
remembered the big candle. The candle with three wicks stays the hero of the
collection, of course.

1. Film
The film is a bit too long for social. We would like a 20 seconds version in
addition to the 30 seconds, which was not planned in the quote of September.
Please also replace the music: the piano track is too sad for Christmas, we
prefer something warmer, maybe with strings. The last shot with the candle on
the window is beautiful, please keep it.

2. Print
For the print ads in Elle Déco and Marie Claire Maison, the bottle of the
diffuser is too small compared to the candle. Please make the diffuser bigger
in both layouts. The headline « La lumière des fêtes » stays, but please change
the baseline to « Maison Lumière, depuis 1927 ».

3. Retail
For the shop windows in the 9 boutiques, we need the files in two formats:
120 x 180 cm and 80 x 120 cm. The windows will be installed on 16/11, so the
printer needs the files by 06/11 at the latest.

4. Legal and brand
As you know, every claim about the fragrance must be validated by our legal
team before printing, and the French and English versions must be exactly the
same in meaning. All images must respect the new brand book of October (the one
with the gold #C9A227, not the old yellow).

5. Objectives
For memory, our objective for this Christmas is to increase the sales of gift
sets by 25% compared to 2025, and to recruit new clients under 35 through
Instagram.

6. Budget
The 20 seconds version and the new music are additional costs. We can accept
up to 9 500 € HT for both together. The rest of the budget does not change.

For the planning, could you send us the new version of the film by 30/10? And
please move the delivery of the retail files from 28/10 to 02/11, because I am
in Lyon the whole last week of October.

Our invoice address changed: Maison Lumière SAS, 12 rue de Turenne, 75004
Paris, SIRET 812 345 678 00021.

Thank you again, it's a beautiful campaign.

One more thing about the boutiques: the team in the Marais store was very happy
with the window last year, with the candles lit in the evening. They said many
people took photos of the window and posted them, and some came in the day
after with the photo on their phone. The store manager of Saint-Germain also
remembers that the old window was too dark during the day, so the lighting of
the new design is important for them.

Camille""",
        cte="quoted-printable",
        labels=dict(due=["2026-11-16", "2026-11-06", "2026-10-30", "2026-11-02"],
                    replaced=["2026-10-28"], budgets=[("9500", "EUR", "cap")],
                    cr=["20 seconds version", "replace the music", "diffuser bigger",
                        "change the baseline", "move the delivery of the retail files"],
                    req=["two formats", "validated by our legal", "new brand book"],
                    obj=["gift sets by 25%"], day_first=True, default_currency="EUR"),
    ),
    Mail(
        37, "long-tools-website-relaunch-de", JONAS, SAM, "2026-11-17 10:30",
        "Website relaunch - requirements",
        """Dear Sam,

as promised in our call, here is the summary of our requirements for the
relaunch of brenner-werkzeuge.de. Our management board approved the project
last Thursday, so we can start now.

Current situation
The current website is from 2019 and is not responsive. About 58 % of our
visitors come from mobile devices, most of them craftsmen on the construction
site. The product catalogue with 2.400 articles is maintained manually, which
costs our team about 2 days per week. The dealer search does not work
correctly for Austria and Switzerland.

Our sales team also did a small survey with 35 dealers in September. The
dealers told us that they mostly use the website to check technical data and
availability, and that they often call our hotline because they cannot find the
spare parts lists. About 40 % of the calls to the hotline are questions that
the website could answer. The craftsmen, on the other side, mostly look for the
nearest dealer and for videos that show how the tools work.

Goals
We want to double the number of dealer enquiries through the website within
the first year after the relaunch. We also want to reduce the manual work for
the catalogue to less than half a day per week.

Requirements
- The new website must be available in German, English, French and Polish.
- Product data must come automatically from our PIM system (Akeneo); we do not
  want to maintain two systems.
- Hosting must be in Germany, and the website must comply with the GDPR and the
  new Barrierefreiheitsstärkungsgesetz (accessibility law).
- Our data protection officer has to approve the cookie banner and all tracking
  before go-live.

Design
The design should feel modern but not like a start-up. Our customers are
professionals who work with our tools every day. We like the websites of
Festool and Hilti, but of course we do not want to copy them. You can use our
existing photo archive; we have about 3.000 product photos from the shooting in
2025.

Budget
For design and development we have a budget of 85.000 EUR net. For hosting and
maintenance in the first year, maximum 12.000 EUR net.

Timeline
We would like to receive your concept and a first design for the home page
until 15.01.2027. The go-live should be on 01.04.2027 at the latest, before the
spring season of our dealers. Please also plan the training of our marketing
team (4 persons) in the second half of March.

Please note that our office is closed from 23.12.2026 until 06.01.2027.
Questions in this time can go to my colleague Mrs. Hofmann, but she is also
only partly available.

Payment terms are as usual 30 days net. Please send the offer to me and in copy
to our purchasing department (einkauf@brenner-werkzeuge.de), with reference to
our request number ANF-2026-0412.

Last point: some of our dealers have their own web shops and use our product
photos and texts there. They have asked many times for a download area where
they can find the current photos, data sheets and manuals in one place. This
is not in the scope of the first phase, but please keep it in mind for the
structure, because the management board mentioned it in the meeting as a
possible second phase.

Many thanks and best regards
Jonas Weber""",
        style="outlook", cte="quoted-printable",
        labels=dict(due=["2027-01-15", "2027-04-01"],
                    budgets=[("85000", "EUR"), ("12000", "EUR", "cap")],
                    obj=["double the number of dealer enquiries", "reduce the manual work"],
                    req=["German, English, French and Polish", "PIM system",
                         "Hosting must be in Germany", "data protection officer"],
                    day_first=True, default_currency="EUR"),
    ),
    Mail(
        38, "long-saas-homepage-feedback", NINA, PRIYA, "2026-03-19 15:10",
        "Re: Homepage copy v3 - consolidated feedback",
        """Hi Priya,

Consolidated feedback on v3 from me, Raj (product) and Elena (sales). Overall
this is much closer. The structure works and the hero finally sounds like us.
Raj still has a few accuracy concerns, and Elena wants the enterprise story to
be louder. Sorry in advance for the long list.

Some context on where the feedback comes from: Raj ran the copy past two of our
solution engineers, who flagged that the rollout section still overstates what
the free tier can do. Elena sat in on four enterprise calls this month and says
the prospects always ask the same three questions: who else like us uses it,
is it secure, and how long does it take to roll out. The current page answers
the second one well and the other two barely. We also looked at the heatmaps
from the old homepage: almost nobody scrolls past the third section on mobile,
so the order matters more than the length.

Hero
- Change the headline to "Ship on Friday. Sleep on Friday." We tested both
  versions with 12 customers last week and this one won easily.
- Swap the hero illustration for the product screenshot from the 3.0 release;
  the illustration reads as too playful for enterprise buyers.

Features section
- Remove the "AI-powered rollouts" card. We don't ship that until next year
  and we can't mention it publicly.
- Please add a fourth card about audit logs; that's the feature enterprise
  prospects ask about the most.
- In the integrations row, replace the Bitbucket logo with GitLab.

Social proof
- The Acme Robotics quote is approved, but the one from Northfield Bank is
  not, so take it out for now.
- Can we move the logo bar above the fold? Elena thinks it matters more than
  the illustration.

Pricing teaser
- Please change "from $29 per seat" to "from $25 per seat"; we lowered the
  Team plan price on March 1.

A few things that aren't edits but that everyone should know:

Every customer logo on the page needs written permission on file; legal keeps
the list, so please check with them before adding any new ones. The page must
also load in under 2 seconds on a mid-range Android phone, because that's one
of our SLAs with the web team.

What we're trying to do with this page: lift the homepage-to-demo conversion
rate from 1.8% to 3%, and get more of the demo requests from companies with
1,000+ employees.

Timing: we'd like v4 by Wednesday, March 25 and the page live on April 6,
which is the Monday after our board meeting. The dev team needs final copy at
least five working days before go-live.

Budget stays where it was ($36,500 for the whole site refresh), and the extra
card shouldn't change that.

One last thought, not an edit: the team keeps coming back to how much clearer v3
is than v1 and v2. The sections finally flow in the order a buyer thinks, and
the copy doesn't try to be clever where it needs to be precise. Whatever you
did differently this round, keep doing it for the pricing page next quarter.

Thanks for hanging in there with us. We're almost there, and the team is
genuinely excited about how this is coming together.

Nina""",
        quote=Quote(PRIYA, "2026-03-16 11:00", """Hi Nina,

v3 of the homepage copy is attached. Live date is April 6 as planned, and
we're at $30,100 of the budget.

Priya"""),
        labels=dict(due=["2026-03-25", "2026-04-06"], budgets=[("36500", "USD")],
                    non_budget=[("29", "USD", "price"), ("25", "USD", "price")],
                    cr=["Ship on Friday", "Swap the hero illustration", "AI-powered rollouts",
                        "fourth card about audit logs", "replace the Bitbucket logo",
                        "Northfield Bank", "move the logo bar", "from $25 per seat"],
                    req=["written permission", "under 2 seconds", "five working days"],
                    obj=["homepage-to-demo conversion rate"]),
    ),
    Mail(
        39, "long-resort-summer-brief", ERIK, SAM, "2026-03-10 08:30", "Summer season brief",
        """Hi Sam,

Here is the summer brief we talked about. I've tried to include everything the
team asked for, so it's long.

The situation
Winter was strong: we sold out most weekends between Christmas and the end of
February, and the new gondola got a lot of press. Summer is a different story.
Occupancy last summer averaged 46%, and midweek in June was under 30%. Most
summer guests are from the Front Range and book late, often less than a week
out. We think there's an opportunity with families from Texas and Oklahoma who
drive up for a week in July, but we've never marketed to them.

We also looked at who stayed with us last summer. Two thirds of summer guests
were couples, and most of them came for hiking and the lake, not for the
resort activities. The families who came stayed longer, three nights on
average against 1.6 for couples, and spent more in the restaurants. The lake
beach was the highest-rated part of the stay on every survey. The mountain
bike park opened in 2024 and is still underused; it only had about 3,000 rides
last summer, mostly from locals.

What we want
The objective is to increase summer occupancy to 60% across June, July and
August. A second objective is to sell 800 summer activity passes online in the
pre-season, which would help us plan staffing.

Audience
Families with kids 6-14 in Dallas-Fort Worth, Houston and Oklahoma City, and
couples 30-55 along the Front Range for midweek stays.

Deliverables
- A summer campaign idea that works for both audiences
- Paid social and YouTube for the drive markets
- A refreshed summer page on the website
- Two emails to the past-guest list

Budget
We have $140,000 for summer media and up to $35,000 for production.
Photography is not in that: we'll run a summer shoot ourselves in late June.

Timeline
We'd like to see two campaign ideas by March 27. The campaign should be live by
April 20, because families in Texas plan their July trips in late April and
May. Final assets for the website are due April 13.

Requirements
Anything mentioning the activity passes needs to show the price including
taxes and the resort fee, that's a Colorado requirement. All trail and lake
imagery has to come from our own property; the Forest Service has been strict
about using National Forest imagery in ads. Our owners also want to approve the
campaign idea personally before we go into production.

What to avoid
Please don't use snow in any summer creative, even in the background. And no
mention of the gondola price, it's changing in May.

The past-guest list has about 42,000 addresses; the email platform is the same
as last year. Our summer rates start at $189 per night, with kids under 12
staying free.

A note on the tone, since it came up in the team discussion: our guests like
that we are a family-owned resort and not part of a big group. The staff know
the returning families by name, and many of our summer guests have come for
ten years or more. The old summer brochure was too glossy and a bit generic;
the feedback we got was that it could have been any mountain resort.

We can meet on March 18 at 1pm to go through your questions if that works.

Thanks,
Erik""",
        style="apple",
        labels=dict(due=["2026-03-27", "2026-04-20", "2026-04-13"],
                    budgets=[("140000", "USD"), ("35000", "USD", "cap")],
                    non_budget=[("189", "USD", "price")],
                    obj=["summer occupancy to 60%", "800 summer activity passes"],
                    req=["price including taxes", "from our own property",
                         "approve the campaign idea personally", "don't use snow",
                         "gondola price"]),
    ),
    Mail(
        40, "long-creditunion-checking-html", ANGELA, SAM, "2026-06-18 11:40",
        "Checking campaign - feedback and changes",
        """Hi Sam,

Thank you for the presentation on Tuesday. The committee met yesterday
afternoon and I've pulled their feedback together. Overall they liked the
"Neighbors first" idea a lot, and our CEO said it is the first campaign in
years that sounds like us. There are some changes though, and a few compliance
points that Gary raised.

Some background on the committee's thinking, since it shapes the changes. Our
membership is getting older: the average age of a new member was 41 in 2022
and 46 this year. Most of the growth in the last two years came from members
who joined for an auto loan and never opened a checking account (about 9,400
of them at the last count, most in the western suburbs), so the board
sees checking as the way to turn them into members who actually bank with us.
Three of the seven committee members grew up on the south side, and they liked
that the concepts looked like Milwaukee, not like a stock library.

Changes to the creative
- Please replace the photo of the couple at the lake with one of our actual
  members; we have three members who volunteered for the shoot.
- The radio script mentions "free checking for life". Change it to "free
  checking with no minimum balance", since "for life" is a promise we can't
  legally make.
- Drop the billboard on I-94. The committee would rather put that money into
  the community sponsorships.
- We would also need a Spanish version of the radio spot and the two print ads
  for our south side branches.

Compliance
Gary's points, in his words: every print and digital ad must carry the NCUA
insurance statement and logo; the radio spots need the NCUA tag read at the
end; and no ad may mention a dividend rate without the APY and the date it was
set. He also needs five business days to review anything new, so please factor
that into the timeline. The Spanish versions must be reviewed by a certified
translator, not a staff member.

Timeline
Because of the Spanish versions, the launch moves from August 3 to August 17.
The revised creative is due to me by July 10, and we need the final radio
spots at the stations by August 10.

Budget
The Spanish versions can cost up to $6,500 on top of the current budget, so
the total for the campaign is now $86,000.

Goals
Just so it's written down: the goal is 2,500 new checking accounts from members
who don't have one with us yet, and a 10% increase in direct deposit sign-ups.

Some more background: the "Neighbors first" line tested well with our
member panel in May, especially with members under 40, who told us the
current advertising feels like every other bank. The panel also liked the
idea of showing staff from the branches, and a few of them recognized the
tellers in the test photos right away.

Other
Our branches close early on July 3 for the holiday, and on July 2 we have our
annual meeting, so please don't schedule anything on those two days. The last
invoice (#LCU-2026-118, $7,450) has been paid. Thanks for getting it in so quickly.

Thanks,
Angela""",
        style="html",
        signature="""Angela Brooks, CCUFC
VP Marketing | Lakeshore Credit Union
600 E Wisconsin Ave, Milwaukee, WI 53202
P: 414.555.0166""",
        labels=dict(due=["2026-08-17", "2026-07-10", "2026-08-10"], replaced=["2026-08-03"],
                    budgets=[("6500", "USD", "cap"), ("86000", "USD")],
                    non_budget=[("7450", "USD", "invoice")],
                    cr=["replace the photo of the couple", "no minimum balance",
                        "Drop the billboard", "Spanish version of the radio spot",
                        "launch moves"],
                    req=["NCUA insurance statement", "five business days",
                         "certified translator"],
                    obj=["2,500 new checking accounts"]),
    ),
    Mail(
        41, "long-homeware-aw-plan-uk", OLIVER, LUCA, "2026-07-06 09:05",
        "AW plan - the full picture",
        """Morning Luca,

As promised, the full picture for autumn/winter, including the bits finance
only confirmed on Friday. Shout if anything's unclear.

Where we've landed after spring and summer
The spring sale beat its target (we did £463k against £400k), but the summer
"Garden Room" push was disappointing. Traffic was fine; conversion wasn't. We
think the product was right and the message was wrong: too much lifestyle, not
enough reasons to buy. For AW we want to be more direct.

A few numbers from the summer post-mortem: sessions were up 22% on last year
but conversion dropped from 2.4% to 1.9%, and average order value fell by about
£6. The best-performing emails were the plain ones with a product grid and a
clear price; the worst were the long editorial ones. The customer panel said
the same thing in their own words: lovely pictures, but I didn't know what I
was meant to buy. We also had a spike in returns for the outdoor furniture,
mostly for delivery damage, which the ops team is sorting out with the courier.

Objectives for AW
1. Grow online revenue by 18% year on year from September to December.
2. Get the repeat purchase rate among first-time spring customers up to 30%.
3. Grow the email list to 250,000 subscribers before Black Friday.

Budget
Total AW media is £310k. Production for the hero film is capped at £45k, and
stills are between £12k and £15k depending on how many sets we need. The Black
Friday activity is funded separately by trading and isn't part of this.

Changes to what we agreed in May
- The October "Cosy Season" email series goes from six emails to four.
- Please drop the outdoor posters in Manchester; the landlord has pulled the
  site.
- Bring the hero film shoot forward from 14 August to 7 August so we can use
  the studio while it's free.
- We'd like to add a gift-guide microsite for November, which wasn't in the May
  plan.

Dates
Scripts for the hero film need to be with me by 24 July. The first cut is due
28 August, and the film has to be finished by 11 September because the media
booking starts the week after. The gift guide microsite should be live by
2 November.

Rules of the road
All prices used in creative must be checked against the trading file on the
day of sign-off, no exceptions. Anything that makes a sustainability claim
(e.g. "responsibly sourced") needs our compliance manager's sign-off and
evidence on file. And as ever, everything must follow the 2026 brand book,
including the new tone-of-voice section.

A word on the team: Andrea and I will share the approvals for the AW
campaign, and Marcus from trading will join the weekly calls from September.
Finance liked the short monthly report on spend versus plan that you did for
the spring sale; it made their month-end much easier.

Bits and bobs
The studio is at 14 Hartley Road, London SE15 3NW. Our office is closed for
the August bank holiday on 31 August. Andrea takes over from me for two weeks
from 20 July, so copy her on anything that needs a decision.

Cheers,
Oliver""",
        style="apple",
        labels=dict(due=["2026-07-24", "2026-08-28", "2026-09-11", "2026-11-02",
                         "2026-08-07"],
                    replaced=["2026-08-14"],
                    budgets=[("310000", "GBP"), ("45000", "GBP", "cap"),
                             ("15000", "GBP", "range", "12000")],
                    non_budget=[("463000", "GBP", "other"), ("400000", "GBP", "other")],
                    obj=["online revenue by 18%", "repeat purchase rate",
                         "250,000 subscribers"],
                    cr=["six emails to four", "drop the outdoor posters",
                        "Bring the hero film shoot forward", "gift-guide microsite"],
                    req=["trading file", "compliance manager", "2026 brand book"],
                    day_first=True, default_currency="GBP"),
    ),
    Forward(
        42, "long-fintech-q1-plan-fw", SAM, INTAKE, "2026-12-14 15:00",
        "Tom's Q1 plan, for the record. Kickoff is on the calendar for Jan 5.\n\nSam",
        Mail(
            0, "long-fintech-q1-orig", TOM, SAM, "2026-12-14 13:00", "Q1 demand gen plan",
            """Sam,

Notes from our planning session, plus a few decisions I made afterwards. I've
split it into sections so it's easier to hand out to the team.

1. Context
2026 closed better than expected on pipeline: we'll end the year at roughly
118% of the marketing-sourced pipeline target, mostly thanks to the AFP booth
and the controller webinar series. Conversion from demo to closed-won dropped
though, from 22% to 17%, and sales thinks too many demos came from companies
under 200 employees, which are not a fit for Ledgerline Enterprise.

A bit more colour on the demo quality problem. Sales reviewed the 310 demos
from Q4: 41% were from companies under 200 employees, and of those only 6
turned into opportunities. The best demos came from the controller webinars and
from the AFP booth, where people had already seen the product. The paid search
demos were the worst; most of them were students or consultants looking for
free templates. That's why I want to shift effort from broad paid search to the
named-account program, even if the total number of demos goes down for a
quarter.

2. Goals for Q1
Our goal for Q1 is to generate 400 sales-qualified demos from companies with
500 or more employees. We also want to increase the share of pipeline from the
healthcare vertical to 25%, because that's where the new compliance module
sells best.

3. Programs
- The controller webinar series continues, one per month (the dates and the
  speakers are confirmed).
- A new ABM program for 150 named healthcare accounts.
- A refresh of the product tour video for the compliance module.

4. Budget
The Q1 program budget is $210,000. Within that, ABM can use up to $80k and the
video no more than $25,000. Event sponsorships are a separate budget owned by
the field team.

5. Changes to the current work
- Please stop the display retargeting campaign at the end of December; the
  leads are poor.
- Replace the "Close your books faster" headline on all paid search ads with
  "Close in 3 days, not 10".
- We need to add a healthcare landing page to the ABM scope.

6. Deadlines
The ABM account list and messaging need to be ready by January 8. The landing
page for the January webinar must be live two weeks before the webinar. The new
product tour video is due February 26.

7. Requirements
All healthcare content must be reviewed by our HIPAA compliance officer before
it's published. We can only name customers that appear on the approved
reference list. Every asset needs to use the updated product names from the
January release (e.g. "Ledgerline Close" instead of "Close Manager").

For what it's worth, the sales team is much more engaged with marketing than a
year ago. They read the webinar recaps now, and two of the regional directors
volunteered to record short videos for the healthcare accounts. I'll connect
you with them in January.

8. Logistics
I'm on PTO from December 23 through January 2. Our fiscal year starts
February 1. Invoices for December should reference PO 55-1987 and are due
within 30 days.

Thanks,
Tom""",
            style="outlook",
            signature="""Tom Becker | Director of Demand Generation
Ledgerline, Inc.
500 W 2nd St, Suite 1900, Austin, TX 78701
Office: 512-555-0148""",
        ),
        style="outlook",
        labels=dict(due=["2026-12-31", "2027-01-08", "2027-02-26"],
                    budgets=[("210000", "USD"), ("80000", "USD", "cap"),
                             ("25000", "USD", "cap")],
                    obj=["400 sales-qualified demos", "healthcare vertical to 25%"],
                    cr=["stop the display retargeting", "Close in 3 days",
                        "healthcare landing page"],
                    req=["two weeks before the webinar", "HIPAA compliance officer",
                         "approved reference list", "updated product names"]),
    ),
    Mail(
        43, "long-dairy-holiday-changes", CLAIRE, SAM, "2026-11-24 09:50", "RE: Holiday plan",
        """Hi Sam,

Thanks for sending the holiday plan last week. I finally had a chance to go
through it with the board and the sales team, so here is everything in one go.

First, the good news: the board loved the "Made in Ontario since 1932" idea,
and they want to keep using it into the new year. The fall campaign also did
well. Cheese sales in the three test chains were up 11% in October, and
Loblaws asked whether we can do a similar program in the spring.

A bit more on the sales side, because it affects January. The chains have been
asking for more shelf support: Metro wants wobblers and shelf talkers for the
cheese case, and Sobeys asked about a recipe card program. Our sales team
thinks the recipe cards worked well in the fall, and the store managers liked
them because they didn't need any setup. The lactose-free yogurt is already in
260 stores, mostly in Ontario; the listings in Quebec and the Maritimes only
came through last week, and the first deliveries go out in the new year.

Changes
- Please swap the holiday recipe (cheddar and apple tart) for the baked brie,
  which is our best seller in December.
- Drop the Toronto transit ads; the rates went up and we'd rather spend the
  money on in-store sampling.
- Add a French version of the recipe video for Quebec. It wasn't in the
  original plan.
- Push the January "Fresh Start" email back from January 4 to January 11 so it
  doesn't land during the holidays.

New work for January
The board has approved a separate small campaign in January to introduce the
new lactose-free line. The goal is to get the lactose-free yogurt into 400 more
stores by spring, and to reach people who stopped buying dairy for digestive
reasons.

Budget
The holiday budget stays at CA$64,000. For the January lactose-free campaign we
have between $20,000 and $25,000, media included. Sampling can use up to
CA$8,000 of the holiday budget.

Dates
We need the final holiday assets by December 4 because the chains lock their
flyers early. The brie recipe video should be ready by December 10. For
January, please send a first idea by December 18, since most of our team is
off from the 23rd.

Requirements
The lactose-free line has to be described exactly as "lactose-free" and never
as "dairy-free"; Health Canada is very strict on that. Bilingual packaging must
be visible in every product shot, as before. Our dietitian has to approve any
health benefit statement.

Also, a quick note on the results from the fall: the store sampling was the
most effective part, by far. The sampling staff handed out about 14,000
samples in six weekends, and the stores with sampling sold almost twice as
much cheese as the stores without it. The sales team would like to keep the
same agency for sampling in the holidays.

Other things
The annual general meeting is on January 28, so I'll be busy that week. Our new
head of sales, Priya Shah, starts on January 5 and may join our calls. Please
make sure the invoice for November references PO 2026-4471.

Thanks so much,
Claire""",
        style="outlook",
        signature="""Claire Boucher
Marketing Director, Maple Ridge Dairy Co-operative
410 Queen St W, Toronto ON M5V 2A8
T 416-555-0199""",
        quote=Quote(SAM, "2026-11-17 14:30", """Hi Claire,

The holiday plan is attached. Final assets are due December 4, the January
email goes out January 4, and the budget is CA$64,000.

Sam"""),
        labels=dict(due=["2026-12-04", "2026-12-10", "2026-12-18", "2027-01-11"],
                    replaced=["2027-01-04"],
                    budgets=[("64000", "CAD"), ("25000", "CAD", "range", "20000"),
                             ("8000", "CAD", "cap")],
                    cr=["swap the holiday recipe", "Drop the Toronto transit ads",
                        "French version of the recipe video", "Push the January"],
                    obj=["400 more stores"],
                    req=["dairy-free", "Bilingual packaging", "dietitian"],
                    default_currency="CAD"),
    ),
    Mail(
        44, "long-bakery-anniversary-html", DANA, SAM, "2026-05-21 08:00",
        "25th anniversary - the big brief",
        """Hi Sam,

This fall Crumb & Co turns 25, and we want to make a real thing of it. I've
been collecting ideas from the team for weeks, so this is a long one - grab a
coffee (or a croissant).

A bit of history for the copywriters: my parents opened the first shop on
Clark Street on October 3, 2001, with one oven and a borrowed mixer. We now
have six stores, a wholesale business that supplies 40 restaurants, and about
180 employees. Most of the original recipes are still in use, including the
rye bread my dad still bakes himself on Saturdays.

Some things the team said when we talked about it: the staff are proud of the
history, but they don't want a campaign that feels like a museum. The younger
customers, the ones who come for the cardamom buns and the coffee, mostly don't
know that we started in one small shop. Our best-known product is still the
rye, but the best-selling one is now the morning bun, which didn't exist until
2018. Several regulars sent us old photos when we asked on Instagram last year,
and some of them are wonderful. My mom still has the first price list,
handwritten on a piece of cardboard, with rye at 95 cents a loaf. It hangs in
the office behind the Clark Street shop.

What we want to achieve
We want the anniversary to bring lapsed customers back, and to grow our
loyalty app to 30,000 active members (we're at 21,400 today). We'd also like to
get some press outside Chicago, ideally in one national food publication.

What we have in mind
- An anniversary week with a different "throwback" item each day
- A short documentary-style film about the original shop
- Limited-edition packaging for the rye bread
- A party at the Clark Street store for loyalty members

Budget
Overall we can spend $95k. The film alone should be no more than $30k.
Packaging is a separate budget with our supplier, and the party is paid for by
our events budget, so please leave those out of your estimate.

Timing
Anniversary week is the first full week of October. We'd like a campaign
concept by June 19 and the film finished by September 11. Packaging artwork
has to be with the supplier by August 14, since they need eight weeks.

Must-haves
My parents need to approve anything that tells the family story; it's their
story. We can only use photos from the family archive with their permission,
and every employee in the film must sign a release. All packaging has to carry
the compostable certification mark.

A few things we learned from the 20th anniversary: people loved the throwback
prices (we sold croissants at 2001 prices, $1.25) but the lines were out the
door, so this time we'd like a reservation or pre-order system for the
throwback items.

My dad also asked me to mention that the Clark Street shop still has the
original tiles and the old oven door, which he kept when we renovated. He
still tells everyone about them. And the team has a list of twenty or so
long-time customers who would probably be happy to talk on camera.

Looking forward to this one! It's going to be a fun fall.

Dana""",
        style="html",
        labels=dict(due=["2026-06-19", "2026-09-11", "2026-08-14"],
                    budgets=[("95000", "USD"), ("30000", "USD", "cap")],
                    non_budget=[("1.25", "USD", "price")],
                    obj=["lapsed customers back", "press outside Chicago"],
                    req=["approve anything that tells the family story", "family archive",
                         "compostable certification mark", "pre-order system"]),
    ),
    Mail(
        45, "long-eyewear-media-plan", KENJI, SAM, "2026-08-24 10:30",
        "Re: Back-to-school media plan",
        """Sam,

I've gone through the media plan line by line with our finance team and our
head of stores. Some questions, some changes, and a few things we need you to
know.

General
The plan is solid and the split between social and in-store makes sense. Our
concern is that we're spending too much in the first two weeks and not enough
in the week before school starts, which is when people actually come into the
stores for kids' glasses.

Some background from the stores. The back-to-school period is our
second-biggest season after the holidays, and it's the one where the kids'
frames sell almost half of their yearly volume. Last year, about 60% of the
kids' frame sales happened in the ten days before Labor Day. The store managers
say parents usually come in on the weekend, with the kids, after an eye exam at
the pediatrician, and that they compare us with two or three other stores
before they buy. The ones who buy with us mostly mention the fit and the
warranty, not the price. We've also noticed that the Boston and Philadelphia
stores get more walk-ins from the radio than from social; that's where the
radio request below comes from. Our finance team also pointed out that Meta
costs in the first two weeks of August were very high last year because of the
competition from the big retailers.

Changes
- Please shift $15,000 from the first two weeks of Meta into the last week of
  August.
- Cut the Pinterest line completely; it has never worked for us.
- Can we swap the podcast sponsorship for a local radio flight in Boston and
  Philadelphia?
- Add the three new stores (Hoboken, Stamford and Bethesda) to the
  geo-targeting.

Things you should know
Our kids' frames are $79 including lenses, and the "second pair 50% off" offer
runs through September 30. The stores have 3,200 units of the new kids'
collection, which is the main reason we want the push. Last year the same
campaign had a cost per store visit of $4.10.

Budget
The overall budget remains $180,000. Please keep production under $12,000,
since we're reusing most of the spring shoot. The spring shoot produced more
than 300 usable images, and the kids in it are the children of our staff, so we
know the families well.

Requirements
Every ad that shows children needs the parents' signed consent on file, and
the consent has to cover paid social. Offer terms must appear in full on every
ad that mentions the 50% offer, per our legal team. All creative must use the
new Lumena logo lockup.

Objectives
What we want: 9,000 store visits attributed to the campaign, and a 20% lift in
kids' frame sales versus last year.

Store operations also told me that the new stores will have their grand
openings in the first weeks of the campaign, with their own local flyers and
events. Those are organised by the store managers and don't need anything from
you, but you may see them on social and wonder where they came from.

Timing
Revised plan by Wednesday please, and the new radio spots need to be ready by
September 3.

Thanks,
Kenji""",
        style="apple",
        quote=Quote(SAM, "2026-08-20 17:10", """Hi Kenji,

The back-to-school media plan is attached: $180,000 in total, live August 31,
with $8,000 on Pinterest.

Sam"""),
        labels=dict(due=["2026-08-26", "2026-09-03"],
                    budgets=[("180000", "USD"), ("12000", "USD", "cap"), ("15000", "USD")],
                    non_budget=[("79", "USD", "price"), ("4.10", "USD", "other")],
                    cr=["shift $15,000", "Cut the Pinterest line", "swap the podcast sponsorship",
                        "Add the three new stores"],
                    req=["signed consent", "Offer terms must appear", "Lumena logo lockup"],
                    obj=["9,000 store visits"]),
    ),
]
