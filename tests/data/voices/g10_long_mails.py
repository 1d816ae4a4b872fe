# Written before scoring (session 7): long mails, several asks among news, thanks and
# questions; counts of each kind (one per sentence). Sent Wed 2 Dec 2026 (New York).
GRID = [
    ({"body": """Hi Sam,

Hope you had a good Thanksgiving! We finally got the numbers back from the fall push and they're better than expected, so the team is in a good mood.

On the spring brochure: the cover photo is great, but could you crop it a little tighter so the bike fills the frame? Also, the price on page 4 should read $1,299, not $1,199. And can we drop the testimonial from Mark, he left the company.

The printer told us they need files by Dec 16 for delivery before the holidays.

Talk soon,
Kim
"""}, {"cr": 3, "due": ["2026-12-16"]}),
    ({"body": """Sam - quick brain dump after the exec meeting:

- budget for Q1 is confirmed at $120k, media included
- the CEO wants every ad to carry the new tagline "Ride further"
- we'd like to reach 10,000 newsletter subscribers by June
- please move the launch from Feb 2 to Feb 9, the stores aren't ready
- the landing page needs a Spanish version too

Let me know if any of this is a problem.
K.
"""}, {"budget": ["USD 120000"], "req": 1, "obj": 1, "cr": 2, "due": ["2027-02-09"]}),
    ({"body": """Hello Sam,

Thank you for sending round 2 so quickly. I shared it with Maria and Tom yesterday. Overall we like the direction a lot, especially the illustration style.

Tom had a question about the fonts: are they licensed for web use as well? If not, we may need to find alternatives.

Maria asked whether we could see one more option for the headline, something less formal.

We are also wondering how long a print run of 5,000 copies usually takes, so we can plan the event.

Best regards,
Kim
"""}, {"cr": 1}),
    ({"body": """Hi team,

Following up on my voicemail. We have a problem: legal flagged that the claim "best in class" can't be used without a source. Please remove it from all the assets. Also the disclaimer has to be at least 8pt on the print ads.

Everything else is approved. Can you send final files by Friday?

Thanks,
Kim
"""}, {"cr": 1, "req": 2, "due": ["2026-12-04"]}),
    ({"body": """Hi Sam, sorry for the slow reply, crazy week here with the store opening.

The photos from the shoot look great. We picked 12 for the website, list attached. Could you retouch the ones with the reflection in the window? And the team photo needs the new hire added, I'll send you her headshot tomorrow.

For the social posts we want to stay in the same look, but with more color. Budget for the social part is 8k on top.

Kim
"""}, {"cr": 3, "budget": ["USD 8000"]}),
]
