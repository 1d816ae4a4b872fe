"""Find amounts of money in a client's words and say what each one is.

Input: an analysed message (spaCy ``Doc``; only its text and sentence
boundaries are read). Output: ``Money`` mentions in text order, each with an
exact ``Decimal`` amount, an ISO 4217 currency, a kind (``budget``, ``cap``,
``range``, ``invoice``, ``price``, ``fee``, ``other``) and its evidence.

Amounts are found with one linear regular expression over the text (spaCy's
tokens split "$2.5M" and keep "CA$12,000" whole, so tokens are no help here),
then normalised by ``parse_number``. Only amounts with a currency mark or a
money word ("grand") count; a bare "20k" counts only right after a budget word
("budget of 20k"). Quantities, page counts, paper weights (100 lb, 80#,
120 gsm), phone, PO and invoice numbers, percentages, dates and times carry
no currency mark, so they are never money.

The kind comes from cue words: first those touching the amount ("up to",
"each", "/mo", "max"), then the nearest cue in the same clause, then any cue
in the sentence, then whether the sentence talks about the work at all.
Context is at most ``_WINDOW`` characters either side of an amount, so a
body of any length costs time in proportion to its length.

``Evidence.sentence`` is the sentence with its whitespace collapsed (mail is
hard-wrapped); ``words``/``start``/``end`` are exact offsets into the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from spacy.tokens import Doc

from intake.parsers.mentions import Evidence, Money
from intake.parsers.nlp import analyse
from intake.parsers.prefilter import prefilter_patterns
from intake.parsers.statements.units import Unit, analysed, unit_at

__all__ = ["CURRENCY_CODES", "DOLLAR_CURRENCIES", "extract_money", "parse_number"]

# Currencies a bare "$" or "dollars" can mean. ``default_currency`` is used for
# those only when it is one of them: a French client's "$" is still US dollars.
DOLLAR_CURRENCIES = frozenset(
    {"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN", "TWD", "JMD", "TTD", "BSD", "BBD"}
)


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string, to keep long tables readable."""
    return frozenset(text.split())


_SYMBOL_PREFIX = {
    "US$": "USD", "U.S.$": "USD", "C$": "CAD", "CA$": "CAD", "CAD$": "CAD", "CDN$": "CAD",
    "A$": "AUD", "AU$": "AUD", "AUD$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD",
    "SG$": "SGD", "MX$": "MXN", "R$": "BRL", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR",
    "Rs": "INR", "Rs.": "INR",
}  # fmt: skip
#: Signs and names written after the amount: "5000 zł", "12 000 Kč", "750 ₺", "5000 zloty"
_SIGNS_AFTER = {
    "zł": "PLN", "Kč": "CZK", "₺": "TRY", "₪": "ILS", "₩": "KRW", "฿": "THB", "₫": "VND",
    "₦": "NGN",
}  # fmt: skip
_NAMES_AFTER = {
    "zloty": "PLN", "złoty": "PLN", "zlotys": "PLN", "złotych": "PLN", "zlotych": "PLN",
    "korun": "CZK", "koruna": "CZK", "forint": "HUF", "lira": "TRY", "shekel": "ILS",
    "shekels": "ILS", "baht": "THB",
}  # fmt: skip
_CODES = CURRENCY_CODES = _words(
    "USD CAD AUD NZD HKD SGD EUR GBP JPY CHF CNY RMB SEK NOK DKK MXN INR ZAR BRL PLN CZK "
    # the Gulf, Asia, Africa, Latin America and the rest of Europe (upper case only, as
    # written before or after an amount; not PHP, which is more often the language)
    "AED SAR QAR KWD BHD OMR ILS TRY EGP NGN KES HUF RON ISK KRW THB MYR IDR VND TWD CLP COP "
    "ARS PEN"
)
_WORDS = {
    "dollar": "$", "dollars": "$", "bucks": "$", "euro": "EUR", "euros": "EUR",
    "pounds": "GBP", "quid": "GBP", "sterling": "GBP", "yen": "JPY", "francs": "CHF",
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "canadian dollars": "CAD", "australian dollars": "AUD", "aussie dollars": "AUD",
    "nz dollars": "NZD", "new zealand dollars": "NZD", "hong kong dollars": "HKD",
    "singapore dollars": "SGD", "swiss francs": "CHF", "rupees": "INR",
    "dólar": "$", "dólares": "$", "dolar": "$", "dolares": "$", "dollari": "$",
    "pesos": "MXN", "reais": "BRL", **_NAMES_AFTER,
}  # fmt: skip
_MULTIPLIERS = {
    "k": 1_000, "thousand": 1_000, "grand": 1_000, "m": 1_000_000, "mm": 1_000_000,
    "mil": 1_000_000, "mio": 1_000_000, "mln": 1_000_000, "mn": 1_000_000,
    "million": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000,
    "mio.": 1_000_000, "tsd": 1_000, "tsd.": 1_000, "mrd": 1_000_000_000,
    "mrd.": 1_000_000_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000,
    "crores": 10_000_000,
}  # fmt: skip

_SP = "[ \u00a0\u202f\u2009]"  # normal, no-break, narrow no-break and thin spaces


def _number(tag: str) -> str:
    """A number with an optional thousands separator used consistently, then decimals."""
    sep = f"sep{tag}"
    return (
        # "5,00,000": lakh grouping (Indian English), before the three-digit groups
        rf"(?P<num{tag}>\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?![\d,])|"
        rf"\d{{1,3}}(?P<{sep}>[,.'’\u00a0\u202f\u2009 ])\d{{3}}"
        rf"(?:(?P={sep})\d{{3}})*(?:[.,]\d{{1,2}})?(?!\d)|\d+(?:[.,]\d+)?)"
    )


_MULT = (rf"(?:{_SP}?(?:(?i:million|mil|mio|mln|mn|billion|bn|thousand|lakhs?|crores?)\b"
         rf"|Mio\.|Mrd\.?|Tsd\.?)|(?:k|K|m|M|MM|mm|B|bn)(?!\w)"
         # "30 k€", "1,2 M€": a French writer's multiplier, apart, before the sign
         rf"|{_SP}(?:k|K|M)(?=[€$£]))")
# Codes typed in lower case that are no word of their own ("cad 12,000", "nok 85.000" from a
# writer who types everything in lower case; not "try", "ils", "cup").
_LOWER_CODES = str.split("usd eur gbp chf cad aud nzd hkd sgd sek nok dkk jpy inr zar brl "
                         "mxn pln czk huf aed")
#: Dollar signs of other countries as typed in lower case (not "a$": "a$5 gift card").
_LOWER_DOLLARS = str.split("us ca cad cdn au aud nz hk sg mx r c s")
_PREFIX = (
    r"(?<![A-Za-z0-9$])(?P<pre>(?:US|U\.S\.|CA|CAD|CDN|C|AU|AUD|A|NZ|HK|SG|S|MX|R)\$|"
    r"(?:" + "|".join(_LOWER_DOLLARS) + r")\$|\$|£|€|¥|₹|"
    r"Rs\.?(?=\s?\d)|"
    + "|".join(_CODES)
    + r"|(?:" + "|".join(c for c in _LOWER_CODES if c != "cad") + r")(?=\s?\d)"
    + r"|cad(?=\s?\d{1,3}(?:[,.]\d{3})+|\s?\d+\s?k\b|\s?\d{4})"  # not "cad 2 files"
    + r"(?![A-Za-z]))"
)
_SUFFIX = (
    # "30k eur", "5,000 usd": codes typed in lower case after an amount are no English word
    r"(?P<suf>(?:" + "|".join(_CODES) + r")(?![A-Za-z])|(?:" + "|".join(_LOWER_CODES)
    + r")(?![A-Za-z])|€|£|\$|"
    r"(?:(?:US|U\.S\.|American|Canadian|Australian|Aussie|NZ|New Zealand|Hong Kong|Singapore)"
    r"\s)?(?i:dollars?)\b|bucks\b|(?i:euros?)\b|(?i:d[oó]lar(?:es)?|dollari)\b|"
    r"(?i:pounds)(?:\ssterling)?\b|quid\b|yen\b|"
    r"(?i:rupees)\b|(?i:pesos|reais)\b|"
    # "4.000 kr.": a Scandinavian crown (which one: the writer's country, see _currency)
    r"kr\.?(?![A-Za-z])|(?i:kroner|kronor|krone|kronur)\b|"
    + "|".join(map(re.escape, _SIGNS_AFTER)) + r"|(?i:"
    + "|".join(sorted(_NAMES_AFTER, key=len, reverse=True)) + r")\b|"
    r"(?:Swiss\s)?(?i:francs)\b)"
)
_RANGE_SUFFIX = _SUFFIX.replace("(?P<suf>", "(?P<rsuf>", 1)
_CODE_AFTER = r"(?:" + _SP + r"?(?P<post>" + "|".join(_CODES) + r")(?![A-Za-z]))?"
_NOT_AFTER_NUMBER = r"(?<![\w.,$£€¥'’/#-])"
_INDIAN_UNIT = re.compile(r"lakh|crore", re.IGNORECASE)

_AMOUNT = re.compile(
    rf"{_PREFIX}{_SP}?{_number('a')}(?P<mula>{_MULT})?{_CODE_AFTER}"
    rf"|{_NOT_AFTER_NUMBER}{_number('b')}(?P<mulb>{_MULT})?(?:[,.][-–])?{_SP}?{_SUFFIX}"
    rf"(?:{_SP}(?:HT|TTC|HTVA|excl\.? VAT|incl\.? VAT|\+ ?VAT|\+ ?HST|\+ ?GST|\+ ?tax))?"
    rf"|{_NOT_AFTER_NUMBER}(?P<numc>\d+(?:[.,]\d+)?){_SP}?(?P<grand>grand)\b"
    # a bare range with the multiplier on its high end (or both): "15-20k", "60 - 80K",
    # "12K-15K", and its currency perhaps after it ("12-15K EUR")
    rf"|{_NOT_AFTER_NUMBER}(?P<rlo>\d+(?:[.,]\d+)?)(?:k|K|M)?{_SP}?[-–]{_SP}?"
    rf"(?P<rhi>\d+(?:[.,]\d+)?)(?P<rmul>k|K|M|MM|mm)\b(?:{_SP}?{_RANGE_SUFFIX})?"
    rf"|{_NOT_AFTER_NUMBER}(?P<numd>\d+(?:[.,]\d+)?)"
    rf"(?P<muld>k|K|M|MM|mm|{_SP}(?:million|thousand|lakhs?|crores?))\b"
)
# The second end of a range whose first end already has the currency: "$10-12k", "$10k to $12k",
# perhaps hedged ("cut from $60k to ~$45k", "from $5k to about $7k").
_RANGE_TAIL = re.compile(
    rf"{_SP}*(?P<conn>-|–|—|to|and){_SP}*(?:(?:~|about|around|roughly|approx\.?|ca\.){_SP}*)?"
    rf"(?:{_PREFIX}{_SP}?)?{_number('r')}(?P<mulr>{_MULT})?"
    rf"(?:{_SP}?{_SUFFIX})?"
)
# The first end of a range written bare before the amount that carries the currency or the
# multiplier: "budget is 15-20k", "60-80k", "between 10.000 and 12.000 euro".
_BARE_HEAD = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=:))(?:between\s+|entre\s+|zwischen\s+)?"
    r"(?P<num>\d{1,3}(?:[.,'\u00a0 ]\d{3})*(?:[.,]\d+)?)"
    r"(?:\s*[-–]\s*|\s+(?:and|to|et|und|y|à|bis)\s+)$"
)
# An amount in words: "five thousand dollars", "ten grand", "half a million euros". It needs
# a money word after it ("grand" is one), so "two thousand flyers" is no money.
_SMALL_NUMBERS = {
    w: i for i, w in enumerate(str.split(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen"))
} | {"a": 1, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
     "seventy": 70, "eighty": 80, "ninety": 90}
_SPELLED = re.compile(
    r"(?<![\w-])(?P<words>(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|a|half a)(?:\s+hundred)?)\s+(?P<mult>thousand|grand|million)"
    r"(?:\s+(?P<cur>(?:us\s|canadian\s|australian\s)?dollars|bucks|euros|pounds|quid))?\b",
    re.IGNORECASE,
)
# "100 lb text", "80 pounds of paper", "20,000 pounds of food": a weight (not "5,000 pounds of
# funding", "2,000 pounds of our budget": money said of what it is or whose)
_WEIGHT_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:paper|stock|card|cardstock|text|cover|bond|weight)\b"
    r"|\s+of\s+(?!(?:budget|funding|funds|spend|spending|savings|revenue|sales|investment|"
    r"donations?|sponsorship|ad spend|media|our|the|your|their|this|that|it)\b)[a-z]")
# After a bare "20k": only these words let it be money (not "20k impressions").
_MIL_IS_THOUSAND = frozenset(("BRL", "EUR", "MXN", "ARS", "COP", "CLP", "PEN", "UYU"))
_NOT_THAT = re.compile(r"\s*,?\s*(?:not|rather than|instead of)\s+(?:the\s+)?")
_BARE_NEXT_OK = _words(
    "for on in to and or but max maximum tops total all budget including incl plus which "
    "that this is was we so if at with from of depending only instead per not range "
    # words of time and manner, no counted thing ("45k now", "60k overall"; "45k views" is)
    "now then overall altogether combined net gross ish approx approximately roughly"
)

#: What a fee or a price can be for that makes it the job's budget ("fee for the campaign").
_JOBS = ("campaign|project|work|job|launch|shoot|production|redesign|rebrand|rebranding|"
         "branding|strategy|programme|program|activation|event")

# Cue tables: (kind, pattern). Searched in lower-cased sentence text.
# Cue tables: (kind, pattern), searched in lower-cased sentence text. Earlier rows win
# where two cues overlap ("fee for the campaign" is a budget cue, "cost per lead" a metric).
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("budget", re.compile(
        r"\b(?:(?:fee|price|cost|quote|rate|estimate)s?\s+for\s+(?:the|this|our|that)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{_JOBS}|flight)s?)\b")),
    # "ok w/ 7.5k": a sum the client says yes to, typed in a hurry
    ("budget", re.compile(r"\b(?:ok|okay|fine|happy|good)\s+(?:with|w/)\s*(?=[$€£¥]?\s?\d)")),
    ("other", re.compile(
        r"\bcost (?:cent(?:er|re)s?|codes?)\b|\b(?:cost|price)\s+per\s+\w+(?:\s+visit)?|"
        r"\b(?:cpa|cpc|cpm|cpl|cac|ltv|aov|roas|cpi|cpv|cpcv|cpe|cpo|cps|"
        r"(?:average\s+)?order value|(?:online\s+|in-store\s+)?sales|revenue|turnover|gmv|"
        r"salary|salaries|prize|giveaway|gift card|bonus|rebate|cashback|cash back|"
        r"raised|donations?|competitors?|rivals?|spent|overspent|underspent|overspend|lost|earned|"
        # "last year's campaign cost $60,000": what an earlier job cost, not this one's budget
        r"(?:last|previous|past)\s+(?:year|season|spring|summer|fall|autumn|winter|time)(?:'s|’s)?"
        r"\s+(?:[\w-]+\s+){0,2}?(?:cost|came to|ran)|"
        # "a donor will match every gift up to $25,000": money given, not spent on the work
        r"match(?:es|ed|ing)?\s+(?:every|each|all|any)\s+(?:gift|gifts|donation|donations|dollar)|"
        r"matching\s+(?:gift|gifts|grant|funds?|donations?)(?!\s+(?:campaign|appeal|drive|"
        r"e-?mails?|mailing|page|ads?|day|event))|"
        # "we got another quote for $18,500": a rival agency's price, not our budget
        r"(?:another|other|competing|cheaper|rival|second|different)\s+(?:agency's\s+)?"
        r"(?:quotes?|bids?|estimates?|offers?|proposals?)|"
        r"(?:quotes?|bids?)\s+from\s+(?:another|other|a different|a cheaper)|"
        # "Harbor Brewing dropped about $50k on their billboards": money gone, someone's
        r"(?:dropped|blew|splashed out|shelled out|forked out|poured)\s+(?:(?:about|around|"
        r"roughly|over|almost|nearly|close to|like)\s+)?\S{0,3}\d[\d,.]*\s?(?:k|m|mm|million|"
        r"grand)?\s+(?:on|into)|"
        r"dépensé|ausgegeben|gastamos|"
        r"gastado|gastó)\b")),
    ("budget", re.compile(
        r"\b(?:budget\w*|spend(?:ing)?|allocat\w*|re-?allocat\w*|earmark\w*|set aside|approv\w*|"
        r"green[- ]?l[iy]\w*|signed off|cost(?:s|ing)?|invest\w*|funding|funds|"
        # (not "we can't do that price anymore": a price refused)
        # "I've been given $9,000 for design and print": money allotted to the writer
        r"been\s+(?:given|allotted|allocated|granted)|"
        r"we\s+(?:have|do have|can(?!'t do that|’t do that|not do that)|could|'ve got|"
        r"are looking at|can afford)|we've got|we've|we're looking at|can do|can go|stretch to|"
        r"total(?:s|ling|ing)?|all[- ]in|quote[ds]?|estimate[ds]?|media buy|ballpark|"
        r"in the region of|working with|afford|line item|fits?\s+(?:in|into|within)|how much|"
        # (not "your retainer stays at $4,000/month": the fee's own level)
        r"(?<!retainer )(?<!rate )(?:stays?|remains?|holds?) at|remains|"
        r"shift|move|transfer|redirect|divert|"
        # "the pot for this is $5,000", "$4k in the kitty", "money-wise we're at $12k", "I can
        # find another $2k" (not "the pot roast is $18": a dish's price)
        r"pot(?!\s+roast)|kitty|money[- ]?wise|budget[- ]?wise|cost[- ]?wise|"
        r"(?:find|scrape together|dig up|free up)\s+(?:another|an extra|an additional)|"
        # "let's put $5k into Facebook": money placed; "stay around $15,000": a size to keep to
        r"(?<!\bwe )(?<!\bthey )(?<!\bi )put(?:ting)?\s+(?:another\s+|an extra\s+|"
        r"an additional\s+)?\S{0,3}\d[\d,.]*\s?(?:k|m|grand|thousand)?"
        # (a sum a month: "put $2,500/month into paid social")
        r"(?:\s?/\s?(?:mo|month|wk|week)|\s+(?:a|per)\s+(?:month|week))?\s+"
        r"(?:into|in|on|towards?|behind)|"
        # "Put that money ($4,000) into Facebook instead": the sum named beside the money moved
        r"\bput(?:ting)?\s+(?:all\s+)?(?:that|the|this|the same)\s+money(?=\s+\()|"
        # (not "keep the price at €49 on all the ads": a price the piece shows)
        r"(?:(?:to|'ll|will|should|must|we|let's|let us|please)\s+stay|"
        r"keep(?:ing)?\s+(?:it|this|that|things|us|(?:the|our)\s+(?:budget|spend|total|costs?)))"
        r"\s+(?:around|at|"
        r"about|near|close to|roughly|in the region of)|"
        # French, German, Spanish: "presupuesto", "Budget beträgt", "eingeplant", "enveloppe"
        r"presupuest\w*|enveloppe|budgétaire|eingeplant|beträgt|etat|coût(?:e|s)?|kosten|"
        r"orçamento|verba|investimento|"  # Portuguese
        r"nous avons|nous disposons|nous pouvons|nous prévoyons|prévu|prévoyons|alloué\w*|"
        r"comptez|wir haben|wir können|zur verfügung|planen|ausgeben|investieren|"
        r"tenemos|disponemos|contamos con|podemos|reservado|asignado|gastar|invertir|"
        r"kostenrahmen|finanzrahmen|budgetrahmen|kostenvoranschlag|kostendach|kostendeckel|"
        r"importe|montant|honorar\w*|honoraires)\b")),
    # a figure floated, not settled: a budget to check ("we are thinking around $12,000")
    ("tentative", re.compile(
        # "somewhere in the 10-15k range": a sum's size (thousands), not a price's
        r"\b(?:in|within) the\s+[^.;]{0,20}?(?:k|,000|\.000)\s+range\b|"
        r"\b(?:(?:were |was |'re |are )?thinking(?: of| about)?|plan (?:for|on)|assum(?:e|ing)|"
        r"do (?:it|this|that|it all|the (?:whole\s+)?(?:job|work|project|campaign|thing|lot))"
        r"\s+for)\b")),
    ("invoice", re.compile(
        r"\b(?:invoic\w*|bill(?:s|ed|ing)?|paid(?!\s+(?:social|search|media|ads?|channels?|"
        r"placements?|posts?|promotion|campaigns?|advertising|digital|tiktok|meta))|"
        r"payments?|pay(?:able)?\s+(?:the|this|that|it)|"
        r"owe[ds]?|owing|outstanding|overdue|past due|balance|p\.?o\.?|purchase order|remit\w*|"
        r"receipts?|refund\w*|reimburs\w*|deposit|credit note|net[ -]?\d\d)\b")),
    ("price", re.compile(
        r"\b(?:list(?:ed|ing)?\s+(?:[\w'-]+\s+){0,5}?at|retail(?:s|ed|ing)?(?!ers)|"
        r"pric(?:e|ed|es|ing)|msrp|rrp|stückpreis|einzelpreis|prix unitaire|precio unitario|"
        r"precio por unidad|"
        r"sells?\s+for|sold\s+(?:for|at)|selling\s+(?:for|at)|on sale|sale price|discount\w*|"
        r"coupon|starting at|starts at|start at|from just|tickets?|subscriptions?|apiece|each)\b|"
        # a price to show: "we want to advertise ours at $39", "offer the kit at $29.99"
        r"\b(?:advertis\w*|offer(?:s|ed|ing)?|sell|promot\w*|feature|featuring)\s+"
        r"(?:[\w'-]+\s+){0,4}?at(?=\s*[$€£¥]?\s?\d)|\bundercut\w*|"
        r"/mo\b")),
    ("fee", re.compile(
        r"\b(?:fees?|retainer|commission|hourly|per hour|an hour|"
        r"(?:day|hourly|daily|agency|flat|blended|our|your|the) rates?|rate card|mark-?up|"
        r"surcharge|charges?|charged|charging)\b|/h(?:ou)?r\b")),
)  # fmt: skip
# "up to" as a ceiling ("we can go up to 8k"), not a sum risen to ("Budget goes up to $11,000")
_UP_TO = (r"(?<!goes )(?<!going )(?<!went )(?<!gone )(?<!comes )(?<!came )(?<!moves )"
          r"(?<!moved )(?<!bumped )(?<!bump it )(?<!is going )up to")
_CAP_BEFORE = re.compile(
    r"(?:no more than|not more than|no higher than|not (?:to )?exceed(?:ing)?|" + _UP_TO + r"|upto|"
    r"max(?:imum)?|cap(?:ped)?|ceiling|at most|under|below|less than|within|limit(?:ed)?|"
    r"no more|tops|(?:n't|not|never)\s+(?:[\w']+\s+){0,3}?(?:more than|exceed|go over|go above|top|"
    r"be over|be above|above|over)|"
    # French, German, Spanish: "max. 11.000 Euro", "máximo de", "höchstens", "pas plus de"
    # ("no podemos gastar más de", "nous ne pouvons pas dépenser plus de": words between)
    r"max\.|m[áa]x(?:imo|ima)?|maximal|höchstens|hoechstens|pas\s+(?:\w+\s+){0,2}?plus de|"
    r"no\s+(?:\w+\s+){0,3}?m[áa]s de|"
    r"kostendach|kostendeckel|obergrenze|plafond|tope|"  # a ceiling: "Kostendach liegt bei"
    r"nicht mehr als|(?:ne doit pas|ne peut pas) d[ée]passer|no (?:debe|puede) superar|"
    r"nicht [üu]berschreiten|jusqu'?à|jusqu'a|bis zu|hasta|d[ée]passer|superar(?: los| las)?)"
    r"(?:\s+(?:of|is|at|to|around|about|roughly|approx\.?|liegt bei|liegt|bei|"
    r"approximately|a total of|total|de|es de|von|est de|à))*\s*:?\s*$"
)
_CAP_AFTER = re.compile(
    r"^\s*(?:(?:all[- ]in|total|in total|flat|firm|net|gross)\s*){0,2}?,?\s*"
    r"(?:max(?:imum)?|tops|at most|at the most|or less|or under|cap|ceiling|"
    r"and no more|(?:and )?(?:not|no) more\b(?! than)|hard cap|all[- ]in max|limit|"
    r"(?:(?:and|but) )?not a (?:penny|cent|dollar|euro|pound|dime) "
    r"(?:more|over|above|beyond)|is (?:our|the|my|your) (?:absolute )?"
    r"(?:max(?:imum)?|limit|ceiling|cap|upper limit))\b"
)
# "We have $2,400 left for printing, please don't go over that": the sum named, then capped.
_CAPPED_AFTER = re.compile(
    r"^[^.;!?]{0,60}?\b(?:do not|don't|dont|can't|cant|cannot|can not|must not|mustn't|"
    r"should not|shouldn't|won't)\s+(?:go|be|run|come in|end up)\s+(?:over|above|beyond)\s+"
    r"(?:that|it|this)(?:\s+(?:amount|figure|sum|number|budget|total))?\s*(?:[.,;:!?)]|$|please\b|"
    r"pls\b|thanks\b)")
# "we had $40,000 ..., but we can stretch to $45,000": the first figure is the old one.
_HAD_BEFORE = re.compile(r"\b(?:we had|had|was|were|used to be|originally)\s+(?:\w+\s+){0,2}$")
_CODE_WORD = "|".join(sorted(code.lower() for code in _CODES))
# (the later figure in any spelling: "$45,000", "45k", "45,000 dollars", "USD 45,000",
# "45 000 $")
# (a full stop ends the clause, not the one of "approx." or "ca.")
_IN_CLAUSE = r"(?:[^.;]|(?<=approx)\.|(?<=\bca)\.)"
_BUT_MORE = re.compile(rf"^{_IN_CLAUSE}{{0,80}}?\b(?:but|now)\b{_IN_CLAUSE}{{0,60}}?(?:[$€£¥]\s?\d|"
                       rf"\b(?:{_CODE_WORD})\s?\d|\d[\d,.]*\s?(?:k\b|[$€£¥]|euros?\b|dollars?\b|"
                       rf"(?:{_CODE_WORD})\b))")
# A hedge typed between a cue and the sum ("no more than ~$2k", "up to about $5,000").
_ABOUT_BEFORE = re.compile(r"(?:[~≈] ?|\b(?:approx\.?|about|around|roughly|ca\.) )$")
_CAP_CLAUSE = re.compile(
    r"\b(?:no more than|not more than|not (?:to )?exceed|" + _UP_TO + r"|max(?:imum)?|cap(?:ped)?|"
    r"ceiling|at most|hard limit|spending limit|budget limit|"
    # ... in French, German, Spanish: "el presupuesto máximo ... es de 8.000 euros"
    r"m[áa]xim[oa]|maximal(?:e|en)?|höchstens|obergrenze|plafond|tope)\b"
)
_PRICE_AFTER = re.compile(
    r"^\s*(?:/\s?(?:mo|month|unit|ea|each|piece|item|yr|year|seat|user|week|wk)\b|each\b|"
    r"apiece\b|ea\.?\b|a (?:piece|unit|pop|month|year|week|seat|user|head|bottle|box|pack|"
    r"ticket|night|copy|sheet|print|poster|page|flyer|card|bag|sample|person|pair|item|"
    r"serving|meal|visit|session|lesson|class)\b|(?:cpm|cpc|cpa)\b|"
    r"per (?!(?:market|region|channel|quarter|campaign|"
    r"flight|phase|wave|country|city|state|province|territory|brand|line|property|properties|"
    r"location|locations|store|stores|site|sites|branch|branches|venue|venues|outlet|outlets|"
    r"clinic|clinics|restaurant|restaurants|hotel|hotels|dealership|dealerships)\b)[a-z]+\b)"
)
# A price the client accepts for the job is what the job costs: its budget ("your agency
# fee of $4,000 is fine" stays a fee, a line of its own).
_ACCEPTED = re.compile(
    r"\b(?:is|are|looks?|seems?) (?:ok|okay|fine|good|agreed|accepted|approved)\b|"
    r"\b(?:ok|okay|fine|agreed)\b(?:\s+(?:for|with)\s+(?:us|me))?\s+(?:the|your|this|that)\b|"
    r"\bwe (?:accept|approve|agree to|agree on|are ok with|are fine with)\b|"
    r"\b(?:we|as)(?:\s+(?:have|had)|'ve|'d)?\s+agreed\b|"  # "the $9,500 we agreed"
    r"\bworks? (?:for|with) (?:us|me)\b|\bsounds (?:good|great|fine)\b|"
    r"\b(?:d'accord|einverstanden|de acuerdo)\b")
# The fee the job itself costs, said after the sum ("your fee of $6,500 for the brand
# strategy work") or agreed ("as agreed, your fee is 24.000 EUR"); not "your agency fee of
# $4,000 is fine" (the agency's line beside media), a day rate, nor "$150/hr for edits".
_FOR_THE_JOB = re.compile(
    rf"^\s*(?:[a-z]{{3}}\s+)?for\s+(?:the|this|our|that)\s+(?:[\w-]+\s+){{0,2}}?(?:{_JOBS})s?\b")
_AGREED = re.compile(r"\b(?:as|we|we've|we have|have|had|is|was)\s+agreed\b|"
                     r"\bagreed (?:fee|price)\b")
_OUR_FEE = re.compile(r"\b(?:your|the|agreed)\s+(?!agency\b)(?:[\w-]+\s+)?fee\s+(?:of|for\s+"
                      r"(?:[\w-]+\s+){1,4}?(?:is|was|will be|comes to)|is|was|will be|at|:)?"
                      r"\s*(?:about |around |roughly )?$")
# The option a client picks names what the job will cost: "we'll go with the $15,000 option".
_CHOSEN = re.compile(r"\b(?:go|going|went) with (?:the|your)?\s*$|\b(?:we'll|we will) take "
                     r"(?:the|your)?\s*$")
_SPENT_OF = re.compile(r"\b(?:spent|used|gone through|burned through|used up)\b[^.;]{0,40}?"
                       r"\b(?:of|out of)\s+(?:the|our|your|a|an)\s*$")
_PAST_TOTAL = re.compile(r"\b(?:was|were|came to|totall?ed|ran to)\s+(?:about |around |"
                         r"roughly |just over |just under )?$")
_LAST_PERIOD = re.compile(r"\b(?:last|previous|prior)\s+(?:year|quarter|month|season|"
                          r"campaign|spring|summer|fall|autumn|winter)\b")
_OTHER_VENDOR = re.compile(
    r"\b(?:another|other|a different|a competing|competing|rival)\s+(?:agency|agencies|vendor|"
    r"vendors|studio|studios|printer|printers|supplier|suppliers|freelancer|freelancers|firm|"
    r"firms|production company|production companies)\b")
# A supplier's own price for its part: "Our quote was $2,100 for 1,000" (the printer writing,
# inside a forward), "Quote 8812: 6 vinyl banners, $1,140 total", "we got a quote of $2,100
# from the printer", "the printer's quote came in at $4,800" (not "your quote of $4,800 is
# approved": the agency's fee agreed, the job's budget)
_SUPPLIERS = (r"printer|printers|print shop|supplier|vendor|venue|photographer|installer|"
              r"sign shop|signmaker|mailing house|caterer|videographer")
_SUPPLIER_QUOTE = re.compile(
    r"\bour\s+(?:quote|quotation)\b(?!\s+request)|^\W*(?:quote|quotation|estimate)\s*"
    r"(?:#|no\.?|number)?\s*\d{3,}\s*:|"
    r"\b(?:got|received|have|had)\s+(?:a|the|their|his|her)\s+(?:quote|quotation)\b|"
    rf"\b(?:quote|quotation)\s+from\s+(?:the|our|a)\s+(?:{_SUPPLIERS})\b|"
    rf"\b(?:{_SUPPLIERS})(?:'s|’s)?\s+(?:quote|quotation|quoted)\b")


def _supplier_quote(before: str) -> bool:
    """Whether the sentence up to a sum names a supplier's quote for it (and no budget of the
    writer's after that: "the printer quoted $900, but our budget is $1,500")."""
    ends = [found.end() for found in _SUPPLIER_QUOTE.finditer(before)]
    return bool(ends) and "budget" not in before[ends[-1]:]


_PAST_VERB = re.compile(r"\b(?:ran|spent|had|did|was|were|used|paid|invested|launched)\b")
_FUTURE = re.compile(r"\b(?:will|would|'ll|going to|next|this year|this spring|this summer|"
                     r"this fall|this autumn|this winter|this quarter)\b")
_INCREMENT = re.compile(r"\b(?:an extra|an additional|another|extra|additional|a further)\s*$")
_TOTAL_AFTER = re.compile(r"^[^.;]{0,60}\b(?:total|overall|in all|altogether)\b[^.;]{0,30}?"
                          r"(?:[$€£¥]\s?\d|\d[\d,.]*\s?(?:k\b|eur|usd|gbp|dollars?|euros?))|"
                          # "..., so we're at $10,000 total"
                          r"^[^.;]{0,60}?(?:[$€£¥]\s?\d[\d,.]*\s?k?|\d[\d,.]*\s?(?:k\b|eur|usd|gbp|"
                          r"dollars?|euros?))\s+(?:in\s+)?(?:total|overall|in all|altogether)\b")
# The agency's figure, said too high: not what the client will spend.
_THEIR_FIGURE = re.compile(r"\byour\s+(?:[\w-]+\s+)?(?:quote|quotation|estimate|proposal|"
                           r"price|fee|figure)\s*(?:of|for|at|:)?\s*(?:about|around)?\s*$")
_TOO_DEAR = re.compile(r"\b(?:too (?:high|much|steep|expensive)|more than (?:we|i|our)|higher "
                       r"than (?:we|i|our)|over (?:our|the) budget|above (?:our|the) budget|"
                       r"out of (?:our|the) (?:budget|range)|a (?:bit|lot) (?:steep|much)|"
                       r"expensive|can't afford|cannot afford)\b")
_PO_FOR = re.compile(r"\b(?:a|the|our|new)\s+(?:po|p\.o\.|purchase order)\s+(?:for|of|worth)\s+"
                     r"(?:about |around )?$|"
                     # "PO 88812 was raised yesterday for $4,200": a numbered order raised
                     r"\b(?:po|p\.o\.|purchase order)\s*#?\s*\w*\d\w*\s+(?:was|has been|is|"
                     r"got)\s+(?:raised|issued|approved|signed)\s+(?:\w+\s+)?(?:for|of)\s+"
                     r"(?:about |around )?$|"
                     # "Procurement has issued PO 45521 for the booth at $38,500"
                     r"\b(?:issued|raised|approved|signed|cut)\s+(?:a\s+|the\s+)?(?:po|p\.o\.|"
                     r"purchase order)\s*#?\s*(?:\w*\d\w*\s+)?(?:for\s+(?:the\s+|our\s+)?"
                     r"[\w' -]{1,30}?\s+)?(?:at|for|of|worth)\s+(?:about |around )?$")
_NUMBERED_PO_FOR = re.compile(r"\b(?:po|p\.o\.|purchase order)\s*#?\s*\w*\d\w*\s+(?:for|of|"
                              r"worth)\s+(?:about |around )?$")
_APPROVED_AFTER = re.compile(r"\s*(?:has been|have been|was|is|got)\s+(?:approved|issued|raised|"
                             r"signed off|signed)\b")
_A_DATED_PAST_JOB = re.compile(r"\b(?:our|the|that|their)\s+(?:19|20)\d\d\s+"
                               r"(?:(?!will\b|would\b|should\b|could\b|might\b|may\b)[\w-]+\s+){1,2}?"
                               r"(?:cost|came to|ran to|was|totall?ed)\s+(?:about |around |"
                               r"roughly |us |over |almost |nearly )*$")
_COST_US = re.compile(r"\bcost (?:us|me|them|the company)\s+(?:about |around |roughly |over |"
                      r"almost |nearly )?$")
_OUR_PRICE = re.compile(r"\bour\s+(?:[\w-]+\s+)?(?:price|prices|pricing|retail|msrp)\b")
_HARD_CAP = re.compile(r"\b(?:hard |strict |firm )?(?:cap|ceiling|limit)\s+(?:on|for)\b")
_PER_PERIOD = re.compile(
    r"^\s*(?:/\s?(?:mo|month|yr|year|week|wk)\b|(?:a|per) (?:month|year|week|quarter)\b)"
)
_EACH = re.compile(r"\b(?:each|apiece|per (?:unit|piece|item|copy|ticket|person|head)|"
                   r"a (?:unit|piece|ticket|head)|unit price|stückpreis|einzelpreis|"
                   r"prix unitaire|precio unitario|precio por unidad)\b")
_SPEND = re.compile(r"\b(?:spend(?:ing)?|budget\w*|ad spend|media)\b")
_FEE_AFTER = re.compile(r"^\s*(?:/\s?h(?:ou)?r\b|per hour\b|an hour\b|hourly\b|a day\b|per day\b)")
_TOPIC = re.compile(
    r"\b(?:campaign|project|work|job|production|shoot|media|ads?|advert\w*|launch|creative|"
    r"video|spots?|print run|redesign|website|rebrand|social|digital|radio|tv|podcast|ooh|"
    r"billboards?|activation|event|sponsorship|flight|content|agency|scope|deliverables|phase|"
    r"programme|program|contingency|q[1-4]|campagne|kampagne|campaña|produktion|producción|"
    r"publicité|werbung|publicidad|whole thing|all of it)\b"
)
# A sum put right by the one it replaces: "$399 not $449", "$39 instead of $36"
_CORRECTED_SUM = re.compile(r"^\s*,?\s*(?:not|instead of|rather than)\s+[$€£¥]?\s?\d")
_CLAUSE_BREAK = re.compile(
    r"[;()\[\]]|,\s|\s[–—-]\s|\bbut\b|\bwhile\b|\bwhereas\b|\bso\s+(?!far\b|much\b|many\b)")
_FROM_BEFORE = re.compile(r"\bfrom\s*$")
# A figure changed, in French, German and Spanish: "le budget passe de 30 000 € à 22 000 €",
# "das Budget wird von 8.000 auf 6.000 Euro gekürzt", "el presupuesto baja de 10.000 a 8.000 €"
# (the old figure: "de" / "von" before it, "à" / "auf" / "a" and a number after it)
_FOREIGN_FROM = re.compile(
    r"\b(?:passe|passer|passé|baisse|baisser|baissé|réduit|réduire|augmente|augmenter|augmenté|"
    r"ramené|ramener|pasa|pasar|baja|bajar|sube|subir|reduce|reducir|reducimos|aumenta|aumentar|"
    r"wird|werden|geht|sinkt|steigt|senken|erhöhen|reduzieren|kürzen|budget|etat|presupuesto)\b"
    r"[^.;!?]{0,30}?\b(?:de|d'|von|del)\s*$")
_FOREIGN_TO = re.compile(r"\s*(?:à|a|auf)\s+(?:~\s*|ca\.\s*|env\.\s*)?(?:[$€£]\s*)?\d")
_CHANGE_VERB = re.compile(
    r"\b(?:increase|raise|bump|up|lift|reduce|cut|lower|decrease|change|move|drop|trim|adjust|"
    r"revise|going|went|gone|increased|raised|reduced|cut|lowered|changed|moved)\b"
)
# "the $300 account bonus": an amount used as an adjective names a thing, not a budget.
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|our|your|their|this|that|its)\s*$")
_BUDGET_NOUNS = _words(
    "range bracket ballpark region figure allocation limit cap ceiling envelope pot"
)
_ATTRIBUTIVE_AFTER = re.compile(
    r"^\s*(?!(?:" + "|".join(sorted(_BARE_NEXT_OK | _BUDGET_NOUNS)) + r")\b)[a-z]{3,}"
)
_NON_SPACE = re.compile(r"\S")
_ONE_LINE = str.maketrans("\n\r\t\f\v\u00a0", "      ")
_WINDOW = 160  # characters of context either side of an amount in a long sentence
_PSYCH_PRICE = frozenset({"99", "95", "49", "98", "97", "89", "79"})


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    amount: Decimal
    currency: str
    low: Decimal | None = None
    bare: bool = False
    cents: str = ""
    superseded: bool = False


def parse_number(text: str, *, multiplier: str | None = None) -> Decimal:
    """Turn "18,500", "22.500,00", "48 000", "12'500", "2.5" (+ "M") into an exact Decimal.

    One separator followed by exactly three digits is a thousands separator
    ("22.500" is 22500), except before million/billion ("1.250M" is 1.25M);
    with both "," and ".", the last one is the decimal mark.
    """
    s = text.strip()
    for ch in " \u00a0\u202f\u2009'’":
        s = s.replace(ch, "")
    mult = _MULTIPLIERS.get((multiplier or "").strip().lower(), 1)
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        parts = s.split(sep)
        thousands = len(parts) > 2 or (len(parts[-1]) == 3 and mult < 1_000_000)
        s = s.replace(sep, "") if thousands else s.replace(sep, ".")
    try:
        value = Decimal(s) * mult
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {text!r}") from exc
    return Decimal(int(value)) if value == value.to_integral_value() else value


def _currency(mark: str | None, default: str) -> str:
    dollar = default if default in DOLLAR_CURRENCIES else "USD"
    if not mark:
        return default
    mark = " ".join(mark.split())
    if mark == "$":
        return dollar
    if mark in _SYMBOL_PREFIX:
        return _SYMBOL_PREFIX[mark]
    if mark in _SIGNS_AFTER:
        return _SIGNS_AFTER[mark]
    upper = mark.upper()
    if upper.endswith("$") and upper in _SYMBOL_PREFIX:
        return _SYMBOL_PREFIX[upper]  # "ca$12,000" typed in lower case
    if upper == "RMB":
        return "CNY"
    if upper in _CODES:
        return upper
    word = _WORDS.get(mark.lower(), "")
    if word == "$":
        return dollar
    crown = _CROWNS.get(mark.lower().rstrip("."))
    if crown is not None:  # "kr": the writer's own crown when known
        return default if default in _CROWN_CODES else crown
    return word or default


_CROWNS = {"kr": "SEK", "kronor": "SEK", "kroner": "DKK", "krone": "DKK", "kronur": "ISK"}
_CROWN_CODES = frozenset(("SEK", "DKK", "NOK", "ISK"))


#: Characters an amount can start before its first digit: "U.S.$ 5" (a prefix and a space).
_LEAD = 8
_DIGITS_START = re.compile(r"(?<!\d)\d")
#: What an amount's first character can be besides its digit: a currency sign or a code's capital.
_PREFIX_STARTS = frozenset("$£€¥₹ABCDEFGHIJKLMNOPQRSTUVWXYZ") | {
    c[0] for c in (*_LOWER_CODES, *_LOWER_DOLLARS)}


def _search_amount(text: str, pos: int) -> re.Match[str] | None:
    """``_AMOUNT.search(text, pos)``, trying only the few places where an amount can start.

    Every amount holds a digit and starts at most ``_LEAD`` characters before
    the run of digits it begins with, so the big pattern runs near digits
    only instead of at every character of the text.
    """
    tried = pos - 1
    for run in _DIGITS_START.finditer(text, pos):
        digit = run.start()
        for start in range(max(tried + 1, digit - _LEAD), digit):
            if text[start] in _PREFIX_STARTS and (m := _AMOUNT.match(text, start)):
                return m
        if m := _AMOUNT.match(text, digit):
            return m
        tried = digit
    return None


def _scan(text: str, default: str) -> Iterator[_Found]:
    pos = 0
    while True:
        m = _search_amount(text, pos)
        if not m:
            return
        pos = m.end()
        if m.group("numa"):
            num, mult, mark = m.group("numa"), m.group("mula"), m.group("post") or m.group("pre")
        elif m.group("numb"):
            num, mult, mark = m.group("numb"), m.group("mulb"), m.group("suf")
            if mark.lower().startswith("pound") and _WEIGHT_AFTER.match(text, m.end()):
                continue
        elif m.group("rlo"):  # "15-20k": a range, bare like "20k" unless a currency follows
            high = parse_number(m.group("rhi"), multiplier=m.group("rmul"))
            low = parse_number(m.group("rlo"), multiplier=m.group("rmul"))
            mark = m.group("rsuf")
            if low < high:
                yield _Found(m.start(), m.end(), high, _currency(mark, default), low=low,
                             bare=mark is None)
            continue
        elif m.group("numc"):
            num, mult, mark = m.group("numc"), "grand", None
        else:
            num, mult, mark = m.group("numd"), m.group("muld"), None
        # "2 lakhs", "1.2 crore": Indian English counts rupees so, whatever the default
        currency = "INR" if mark is None and _INDIAN_UNIT.search(mult or "") else _currency(
            mark, default)
        if (mult or "").strip().lower() == "mil" and currency in _MIL_IS_THOUSAND:
            mult = "thousand"  # "R$ 15 mil", "15 mil euros": Portuguese and Spanish thousands
        amount = parse_number(num, multiplier=mult)
        cents = num[-2:] if len(num) > 3 and num[-3] in ".," else ""
        found = _Found(m.start(), m.end(), amount, currency, bare=bool(m.group("numd")),
                       cents=cents)  # fmt: skip
        head = _BARE_HEAD.search(text, max(0, m.start() - 30), m.start())
        if (head and m.group("numb")) or (head and (found.bare or mult)):
            assert head is not None
            try:
                low = parse_number(head.group("num"), multiplier=mult or None)
            except ValueError:  # "22.500,001,000- 1$": no number a range could start at
                low = amount
            if low < amount:
                yield _Found(head.start(), m.end(), amount, currency, low=low)
                continue
        tail = _RANGE_TAIL.match(text, m.end())
        if tail and not found.bare and _range_ok(text, m, tail):
            high = parse_number(tail.group("numr"), multiplier=tail.group("mulr"))
            low = amount
            if not mult and tail.group("mulr"):
                scaled = parse_number(num, multiplier=tail.group("mulr"))
                low = scaled if scaled <= high else low
            if low < high:
                pos = tail.end()
                found = _Found(m.start(), tail.end(), high, currency, low=low)
        elif tail and tail.group("conn") == "to" and not found.bare:
            before = text[max(0, m.start() - 40) : m.start()].lower()
            if _FROM_BEFORE.search(before) and _CHANGE_VERB.search(before):
                found = _Found(found.start, found.end, amount, currency, cents=cents,
                               superseded=True)  # fmt: skip
        elif not found.bare and _FOREIGN_TO.match(text, m.end()) \
                and _FOREIGN_FROM.search(text[max(0, m.start() - 50) : m.start()].lower()):
            found = _Found(found.start, found.end, amount, currency, cents=cents,
                           superseded=True)  # "le budget passe de 30 000 € à 22 000 €"
        yield found


def _spelled_value(words: str) -> Decimal:
    """"five" 5, "twenty-five" 25, "a hundred" 100, "half a" 0.5."""
    parts = words.lower().replace("-", " ").split()
    if parts[:2] == ["half", "a"]:
        return Decimal("0.5")
    value = 0
    for part in parts:
        value = value * 100 if part == "hundred" else value + _SMALL_NUMBERS[part]
    return Decimal(value)


def _an_adjective_grand(text: str, end: int) -> bool:
    """"A grand" before a word it describes ("a grand opening", "a grand prize", "a grand
    total"), not slang's thousand ("spend a grand on flyers", "about a grand.")."""
    nxt = _WORD_AFTER.match(text, end)
    if nxt is None or nxt.group(1) == "%":
        return False
    word = nxt.group(1).lower()
    return word == "total" or word not in _BARE_NEXT_OK


def _scan_spelled(text: str, default: str) -> Iterator[_Found]:
    """Amounts written in words, with a money word after them."""
    for m in _SPELLED.finditer(text):
        mult = m.group("mult").lower()
        # without a money word, a bare sum as "25k" is: "roughly twenty-five thousand for the
        # campaign" (a budget's cue must still say so; "two thousand flyers" is no money)
        bare = mult != "grand" and not m.group("cur")
        if bare:
            nxt = _WORD_AFTER.match(text, m.end())
            if nxt is None or nxt.group(1).lower() not in _BARE_NEXT_OK:
                continue
        elif mult == "grand" and not m.group("cur") and m.group("words").lower() == "a" \
                and _an_adjective_grand(text, m.end()):
            continue  # "a grand opening campaign", "a grand total of": no thousand
        amount = _spelled_value(m.group("words")) * _MULTIPLIERS[mult]
        if amount <= 0:
            continue
        amount = Decimal(int(amount)) if amount == amount.to_integral_value() else amount
        yield _Found(m.start(), m.end(), amount, _currency(m.group("cur"), default), bare=bare)


# A plain number right after the word "budget": "Budget: 25,000", "our budget is 40.000 for
# the year", "presupuesto de 15.000". Its currency is the client's.
#: A plain number, its thousands written with one separator or none ("25,000", "40.000", "7500").
_PLAIN_NUMBER = (r"(?P<num>\d{1,3}(?P<sep>[,.'\u00a0 ])\d{3}(?:(?P=sep)\d{3})*(?:[.,]\d{1,2})?"
                 r"(?![\d])|\d{3,7}(?![\d.,]\d))")
_AFTER_BUDGET_WORD = re.compile(
    r"\b(?i:budget|presupuesto|enveloppe)\b"
    r"(?:\s*(?:is|of|=|:|was|now|will be|would be|approx\.?|approximately|around|about|"
    r"roughly|ca\.?|circa|de|es de|von|beträgt|liegt bei|est de|total|max\.?|maximum|"
    r"up to|\(?net\)?|\(?gross\)?)(?![\w]))*\s*:?\s*"
    + _PLAIN_NUMBER
    + r"(?:[,.][-–])?"
)
_WORD_AFTER = re.compile(r"\s*(%|[^\W\d_]+)")
# A plain number said as money to spend: "we have about 12,000 to spend", "there's 8,000 in
# the budget", "we can spend up to 4000 on the video" (not "we spent 4000", "12,000 people").
_SPEND_UP_TO = re.compile(
    r"(?i:\bspend\s+(?:up\s+to|about|around|roughly|approximately|max(?:imum)?|no\s+more\s+"
    r"than|at\s+most|a\s+maximum\s+of)?\s*)" + _PLAIN_NUMBER)
# (the sum's tail, found first: a number pattern tried at every digit costs more)
_TO_SPEND_TAIL = re.compile(r"\s+(?i:to\s+spend|to\s+play\s+with|in\s+the\s+budget|"
                            r"in\s+our\s+budget)\b")
_PLAIN_NUMBER_BEFORE = re.compile(_PLAIN_NUMBER + r"$")


def _scan_after_budget_word(text: str, default: str) -> Iterator[_Found]:
    """Plain numbers the word "budget" introduces; not a year, a percentage or a count
    ("a budget of 2,000 flyers")."""
    for m in _AFTER_BUDGET_WORD.finditer(text):
        num = m.group("num")
        if not m.group("sep") and 1990 <= int(num) <= 2100:
            continue  # "Budget 2027: ..."
        after = _WORD_AFTER.match(text, m.end())
        if after and (after.group(1) == "%" or after.group(1).lower() not in _BARE_NEXT_OK):
            continue
        try:
            amount = parse_number(num)
        except ValueError:
            continue
        if amount >= 100:
            yield _Found(m.start("num"), m.end(), amount, _currency(None, default), bare=True)


def _scan_to_spend(text: str, default: str) -> Iterator[_Found]:
    """Plain numbers said as money to spend ("spend up to 4000", "12,000 to spend", "8,000 in
    the budget"); not a year, a percentage or a count ("spend 300 hours on it")."""
    spent = list(_SPEND_UP_TO.finditer(text)) if "spend" in text else []
    for tail in _TO_SPEND_TAIL.finditer(text):
        head = _PLAIN_NUMBER_BEFORE.search(text, max(0, tail.start() - 16), tail.start())
        if head is not None:
            spent.append(head)
    for m in spent:
        tailed = m.end() == len(text) or _TO_SPEND_TAIL.match(text, m.end()) is not None
        if not m.group("sep") and 1990 <= int(m.group("num")) <= 2100:
            continue  # "spend 2027 ..." is a year
        after = _WORD_AFTER.match(text, m.end("num"))
        if not tailed and after and (after.group(1) == "%" or after.group(1).lower()
                                     not in _BARE_NEXT_OK):
            continue  # "spend 300 hours on it"
        try:
            amount = parse_number(m.group("num"))
        except ValueError:
            continue
        if amount >= 100:
            yield _Found(m.start("num"), m.end("num"), amount, _currency(None, default),
                         bare=True)


# "Freshway is spending like 100k on TV", "they're spending $2M": a named company or "they"
# spending, not the client ("we're spending", "Marketing is spending 20k", "our team is")
_THEY_SPEND = re.compile(r"(?:^|[.;:,!?]\s+|\b(?:and|but|so)\s+)(?P<who>[A-Z][\w&-]*|they)"
                         r"(?:(?:'s|'re|\s+(?:is|are|was|were))\s+(?:spending|throwing|pouring|"
                         r"putting)|\s+(?:spends|spent))\b[^.;]{0,30}$")
_OUR_SIDE = frozenset(("we", "i", "our", "my", "us", "marketing", "sales", "finance",
                       "corporate", "hq", "management", "leadership", "procurement", "it",
                       "this", "that", "there", "the", "legal", "ops", "operations", "head",
                       "everyone", "nobody", "everybody"))


def _someone_elses_spend(before: str) -> bool:
    said = _THEY_SPEND.search(before)
    return said is not None and said["who"].lower() not in _OUR_SIDE


# "we have roughly 30-35K set aside": money kept for the work, though no mark says money
_PUT_BY = re.compile(r"\s*(?:set aside|put aside|earmarked|allocated|budgeted|reserved)\b")
# "12k left in the budget", "5k remaining of our budget": what is still to spend.
_LEFT_IN_BUDGET = re.compile(r"\s*(?:left|remaining)\s+(?:in|of|on|from)\s+(?:the|our|this)\s+"
                             r"(?:\w+\s+)?budget\b")


_BUDGET_QUESTION = re.compile(
    r"\b(?:budget|budgets|spend|spending|how much (?:can|could|do|would|will|should) (?:you|we))\b",
    re.IGNORECASE)


def asks_the_budget(question: str) -> bool:
    """Whether a sentence is a question about the budget ("What's the budget?", "how much
    can you spend?"), not about an invoice."""
    return (question.rstrip().endswith("?") and bool(_BUDGET_QUESTION.search(question))
            and not _BILLING_QUESTION.search(question))


def opens_an_answer(words: str) -> bool:
    """Whether ``words`` (what stands before an amount on its line) may open an answer:
    nothing, "Around", "we have about"."""
    return bool(_ANSWER_OPENING.fullmatch(words))


def _ceiling_next(text: str, found: list[_Found], i: int, unit: Unit) -> bool:
    """Whether the sentence right after amount ``i`` (its sentence's last) calls it the
    limit ("That's really our ceiling"), with no amount of its own."""
    said = _CEILING_AFTER.match(text, unit.end)
    if said is None or "\n\n" in text[unit.end : said.start()]:
        return False
    stop = _SENTENCE_STOP.search(text, said.end())
    return i + 1 == len(found) or found[i + 1].start >= (stop.end() if stop else len(text))


def _answers_a_budget_question(text: str, all_units: tuple[Unit, ...], starts: list[int],
                               unit: Unit, found: _Found) -> bool:
    """An amount opening the sentence right after a question about the budget is its answer:
    "What's the budget for the spring push?" / "Around $20,000, maybe a bit more"."""
    if not _ANSWER_OPENING.fullmatch(text, unit.start, found.start):
        return False
    at = bisect_right(starts, unit.start) - 1
    if at < 1:
        return False
    question = all_units[at - 1]
    return "\n\n\n" not in text[question.end:unit.start] and asks_the_budget(question.text)


# What may open an answer before its amount: "Around $20,000", "we have about 15k".
_ANSWER_OPENING = re.compile(
    r"[\s>*•-]*(?:(?:around|about|roughly|approximately|approx\.?|maybe|probably|ca\.?|"
    r"circa|~|up to|max\.?|between|we have|we've got|we can do|it's|it is|it will be|"
    r"let's say|lets say|say|i'd say|"
    r"total|in total|all in|budget|yes|so far|no|nope|still|unchanged|same|stays(?: at)?|"
    # "SAME AS LAST YEAR, $3,500", "same as before: $2,000"
    r"same as (?:last (?:year|time|spring|summer|fall|autumn|winter|season|round)|before)|"
    r"as (?:last (?:year|time)|before))"
    r"[\s,:]*)*", re.IGNORECASE)
_BILLING_QUESTION = re.compile(r"\b(?:invoice|invoices|bill|billed|paid|payment|refund)\b",
                               re.IGNORECASE)


_SPELLED_HINT = re.compile(r"\b(?:thousand|grand|million)\b", re.IGNORECASE)


def _merged(found: list[_Found], spelled: list[_Found]) -> list[_Found]:
    """Both lists in text order; a spelled amount inside a digit one ("$5 million") is dropped."""
    kept = [f for f in spelled if not any(g.start < f.end and f.start < g.end for g in found)]
    return sorted([*found, *kept], key=lambda f: f.start) if kept else found


def _range_ok(text: str, m: re.Match[str], tail: re.Match[str]) -> bool:
    conn = tail.group("conn")
    before = text[max(0, m.start() - 40) : m.start()].lower()
    if conn == "and":
        return bool(re.search(r"\bbetween\s*$", before))
    # "raise the budget from $5k to $7k" is a change, not a range
    return not (conn == "to" and _FROM_BEFORE.search(before) and _CHANGE_VERB.search(before))


def _clause(sentence: str, rel_start: int, rel_end: int) -> tuple[int, int]:
    """Bounds of the clause around ``sentence[rel_start:rel_end]``."""
    left = 0
    for b in _CLAUSE_BREAK.finditer(sentence, 0, rel_start):
        left = b.end()
    right_m = _CLAUSE_BREAK.search(sentence, rel_end)
    return left, right_m.start() if right_m else len(sentence)


def _nearest_cue(
    lowered: str, lo: int, hi: int, a: int, b: int, sentence_cues: list[tuple[str, int, int]]
) -> str | None:
    best: tuple[int, str] | None = None
    for kind, cs, ce in sentence_cues:
        if cs < lo or ce > hi:
            continue
        dist = a - ce if ce <= a else (cs - b if cs >= b else 0)
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best[1] if best else None


def _sentence_cues(lowered: str) -> list[tuple[str, int, int]]:
    cues: list[tuple[str, int, int]] = []
    for kind, pattern in _CUES:
        for m in pattern.finditer(lowered):
            if any(s < m.end() and m.start() < e for _k, s, e in cues):
                continue  # an earlier row claimed these words
            cues.append((kind, m.start(), m.end()))
    return cues


_A_LOSS_AFTER = re.compile(r"\s*(?:in|of)\s+(?:lost\s+|missed\s+)?(?:damages?|loss|losses|repairs?|"
                          r"fines?|penalties|revenue|sales|refunds?|chargebacks?)\b")


# What a piece shows: "the total grants line shows $2.4 million", "the ad says $49"
_PRINTED_AS = re.compile(r"\b(?:line|column|row|page|slide|ad|flyer|label|chart|table|summary|"
                         r"it|which|that)\s+(?:shows|says|reads|lists|states|displays|has)\s*"
                         r"(?:about\s+|around\s+|only\s+)?$")
_REPORTED_FIGURE = re.compile(r"\bthe\s+(?:auditors|accountants|bank|books|accounts|figures|"
                              r"numbers|records|report|statements?)\s+(?:have|has|show|shows|"
                              r"say|says|list|lists|report|reports)\s*(?:about\s+|only\s+)?$")
# "I can spend maybe $800 a month on Facebook, not more": the limit said at the clause's end
_NOT_MORE_LATER = re.compile(r"[^.;!?\d$€£]{0,40}?,\s*(?:but\s+|and\s+)?(?:not|no)\s+(?:a\s+"
                             r"(?:penny|cent|dollar|euro)\s+)?more\b(?!\s+than)")
_HAD_SET_ASIDE = re.compile(r"\s*(?:that\s+|which\s+)?(?:we|i)\s+had\s+(?:set aside|budgeted|"
                            r"allocated|planned|earmarked)\b")
# A quoted sum judged too high: "$14,800 is more than we planned for", "is way over what we
# had in mind", "is a bit steep"
_MORE_THAN_PLANNED = re.compile(r"\s*(?:is|was|seems|feels|'s)\s+(?:a bit\s+|a little\s+|way\s+|"
                                r"much\s+|quite\s+|well\s+|just\s+)?(?:more than (?:we|i)|over "
                                r"(?:what|our|my|budget)|above (?:what|our|my)|too (?:much|high|"
                                r"steep|rich)|steep|out of (?:our|my) (?:range|budget|league))\b")
# "Can you get it closer to $12k? That's really our ceiling for this year.": the sentence
# after an amount saying it is the limit
_CEILING_AFTER = re.compile(r"\W*(?:that's|that is|this is|it's|it is)\s+(?:really\s+|honestly\s+|"
                            r"absolutely\s+|pretty much\s+)?(?:our|my|the)\s+(?:absolute\s+)?"
                            r"(?:ceiling|max|maximum|limit|cap|upper limit|top end|hard stop)\b",
                            re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?\n]")
# A bill named by its number: "invoice 4471", "inv #2290", "bill no. 88"
_A_NUMBERED_BILL = re.compile(r"\b(?:invoice|inv\.?|bill)\s*(?:#|no\.?|number)?\s*\d{2,}\b")
# A sentence whose subject is the budget: "Budget TBD, ...", "The budget was ..., but ..."
_BUDGET_OPENS = re.compile(r"^\W*(?:the |our |my |total |overall |same )?budget\b(?!\s+(?:meeting|"
                           r"review|call|cycle|season|process|approval)\b)")


#: A sum someone else spends, said in its clause or after it: "the media budget is separate,
#: around $60,000, and our media buyer handles it", "$5,000 for printing, which is not part of
#: your budget" (not "the media budget is separate, around $40,000" alone: still the client's
#: money for the work)
_SPENT_BY_OTHERS = re.compile(
    r"\b(?:our|the|their)\s+(?:media\s+buyer|media\s+agency|other\s+agency|in-house\s+team)\s+"
    r"(?:handles|manages|runs|buys|books|takes care of)\b|"
    r"\bnot\s+(?:part\s+of|included\s+in)\s+(?:your|the|this|our)\s+(?:budget|fee|quote|scope)\b")


def _classify(
    found: _Found, unit: Unit, neighbours: tuple[int, int], cues: list[tuple[str, int, int]]
) -> tuple[str, float] | None:
    """(kind, confidence) for one amount; None when a bare amount has no budget cue."""
    sentence = unit.text
    lowered = sentence.lower().translate(_ONE_LINE)  # "no\nmore than": same offsets, one line
    a, b = found.start - unit.start, found.end - unit.start
    before, after = lowered[:a], lowered[b:]
    hedge = _ABOUT_BEFORE.search(before, max(0, a - 12))  # (only the last words can be it)
    if hedge:  # "no more than ~$2k": the hedge between cue and sum
        before = before[: hedge.start()]
    lo, hi = _clause(lowered, a, b)
    lo, hi = max(lo, neighbours[0] - unit.start), min(hi, neighbours[1] - unit.start)
    if found.superseded or (_HAD_BEFORE.search(before[-40:]) and _BUT_MORE.search(after)):
        return "other", 0.6  # the old figure of "from $5k to $7k", "we had $40k, but ... $45k"
    if _SPENT_OF.search(before[-60:]) and _HAD_SET_ASIDE.match(after):
        return "other", 0.7  # "we spent $9,200 of the $10,000 we had set aside": the money of
        # work done, reported (not "we've already spent $3,000 of the $10,000": the total)
    if _MORE_THAN_PLANNED.match(after):
        return "other", 0.7  # "$14,800 is more than we planned for": a quote judged, not money
        # to spend (the sum asked instead is the budget)
    if _A_NUMBERED_BILL.search(before):
        return "invoice", 0.8  # "Quick question on invoice 4471 - it shows $1,850 but the
        # estimate was $1,600": the sums of one bill, asked about
    if (_PRINTED_AS.search(before[-24:]) or _REPORTED_FIGURE.search(before[-40:])) \
            and not _CAP_BEFORE.search(before[-40:]):
        return "other", 0.7  # "the total grants line shows $2.4 million and the auditors have
        # $2.38 million": figures the work prints or others report, not money to spend
    cap = bool(_CAP_BEFORE.search(before[-40:]) or _CAP_AFTER.match(after)
               or _CAPPED_AFTER.match(after) or _NOT_MORE_LATER.match(after))
    if found.bare:
        local = _nearest_cue(lowered, max(lo, a - 40), hi, a, b, cues)
        if local is None and _BUDGET_OPENS.match(lowered) and a - lo < 30:
            local = "budget"  # "Budget TBD, probably 10-12K.", "The budget was 10k but it's
            # now 8k.": the sentence is about the budget, the sum in its last clause
        nxt = re.match(r"\s*([a-z]+)", after)
        if local not in ("budget", "tentative") and not cap:
            return None  # ("can we do it for 10k instead?": a figure floated, to check)
        if nxt and nxt.group(1) not in _BARE_NEXT_OK and not (
                nxt.group(1) in ("left", "remaining") and _LEFT_IN_BUDGET.match(after)) \
                and not _PUT_BY.match(after):
            return None
    if _PRICE_AFTER.match(after):
        near = _nearest_cue(lowered, lo, hi, a, b, cues)
        if near == "fee":
            kind, conf = "fee", 0.85  # "the retainer is $8,500/month"
        elif (_PER_PERIOD.match(after) and (near == "budget" or cap or (
                _BUDGET_OPENS.match(lowered) and a - lo < 30))
              and not _priced_thing(cues, lo, hi)):
            kind, conf = "budget", 0.8  # "we can't spend more than $5,000 a month on ads"
        else:
            kind, conf = "price", 0.9
    elif _FEE_AFTER.match(after):
        near = _nearest_cue(lowered, lo, hi, a, b, cues)
        if near == "budget" and cap and _SPEND.search(lowered, lo, a):
            kind, conf = "budget", 0.8  # "spend up to $500 a day on boosted posts"
        else:
            kind, conf = ("price", 0.85) if near == "price" else ("fee", 0.9)
    elif _EACH.search(lowered, lo, hi):
        kind, conf = "price", 0.8  # "each unit costs $25": a unit price, whatever else it says
    elif (near := _nearest_cue(lowered, lo, hi, a, b, cues)) is not None:
        kind, conf = near, 0.85
    elif cap or _CAP_CLAUSE.search(lowered, lo, a):
        kind, conf = "budget", 0.8
    elif (
        found.low is None
        and _ATTRIBUTIVE_BEFORE.search(before)
        and _ATTRIBUTIVE_AFTER.match(after)
        and not _TOPIC.match(after.strip())
    ):
        kind, conf = "other", 0.6
    elif (near := _nearest_cue(lowered, 0, len(lowered), a, b, cues)) is not None:
        kind, conf = near, 0.75
    elif _CORRECTED_SUM.match(after):
        kind, conf = "other", 0.6  # "the patio set should be $399 not $449": a price put right
    elif _TOPIC.search(lowered):
        kind, conf = "budget", 0.6
    else:
        kind, conf = "other", 0.5
    if kind == "tentative":
        kind, conf = "budget", 0.6
    if kind == "budget" and _OTHER_VENDOR.search(lowered, lo, hi):
        kind, conf = "other", 0.7  # "we were quoted $4,500 by another agency": their price
    elif kind == "budget" and _supplier_quote(lowered[:a]):
        kind, conf = "other", 0.7  # "Quote 8812: 6 vinyl banners, $1,140 total": a supplier's
    elif kind == "budget" and _someone_elses_spend(sentence[:a]):
        kind, conf = "other", 0.7  # "Freshway is spending like 100k on TV": a rival's money
    elif kind == "budget" and _LAST_PERIOD.search(lowered, lo, hi) and _PAST_VERB.search(
            lowered, lo, hi) and not _FUTURE.search(lowered, lo, hi):
        kind, conf = "other", 0.7  # "last spring we ran a $20k campaign": money spent before
    elif kind == "budget" and _INCREMENT.search(before[-30:]) and _TOTAL_AFTER.search(after):
        kind, conf = "other", 0.7  # "an extra $5,000, so the total is now $25,000": a step
    elif kind == "budget" and _THEIR_FIGURE.search(before[-40:]) and _TOO_DEAR.search(lowered, b,
                                                                                   hi):
        kind, conf = "other", 0.7  # "your quote of $14,200 is more than we expected": refused
    elif kind == "budget" and _A_DATED_PAST_JOB.search(before[-50:]):
        kind, conf = "other", 0.7  # "our 2024 rebrand cost about $60,000": a job of the past
    elif kind == "budget" and _COST_US.search(before[-24:]) and not _FUTURE.search(lowered, lo, a):
        kind, conf = "other", 0.7  # "the new store cost us $2M to build"
    if kind == "budget" and _PAST_TOTAL.search(before[-30:]) and _LAST_PERIOD.search(before):
        kind, conf = "other", 0.7  # "last quarter's ad spend was $60k": money spent, not to spend
    if kind == "budget" and _SPENT_BY_OTHERS.search(lowered, lo):
        kind, conf = "other", 0.7  # "the media budget is separate, around $60,000, and our
        # media buyer handles it": money of the client's, not this job's
    if kind == "budget" and _A_LOSS_AFTER.match(after):
        kind, conf = "other", 0.7  # "we're looking at $4,500 in damage to the van": a loss
    if kind == "budget" and found.cents in _PSYCH_PRICE and found.amount < 1_000:
        kind, conf = "price", 0.7  # "$1.99", "$89.99": a shelf price, not a budget
    if kind in ("invoice", "other") and (_PO_FOR.search(before[-60:]) or (
            _NUMBERED_PO_FOR.search(before[-60:]) and _APPROVED_AFTER.match(after))):
        kind, conf = "budget", 0.75  # "a PO for $5,200 has been raised": spend committed
        # ("Purchase order 4471 for $12,400 has been approved"; not "PO 88812 for $4,200 is
        # attached", "please invoice against PO 45521 for $38,500")
    if kind in ("fee", "price") and _HARD_CAP.search(lowered, lo, a):
        kind = "budget"  # "a hard cap on agency fees of $150,000" limits spend
    elif kind == "fee" and not _PRICE_AFTER.match(after) and not _FEE_AFTER.match(after) and (
            _FOR_THE_JOB.match(after) or _AGREED.search(lowered, lo, hi)) \
            and _OUR_FEE.search(before[-40:]) and not _TOO_DEAR.search(lowered, b, hi):
        kind, conf = "budget", 0.75  # "we agreed your fee of $6,500 for the strategy work"
    elif (kind == "price" and not _PRICE_AFTER.match(after)
          and not _FEE_AFTER.match(after) and _ACCEPTED.search(lowered, lo, hi)
          and not _OUR_PRICE.search(lowered, lo, hi)):
        kind, conf = "budget", 0.75  # "for us is ok the price of 4.750 euros": the job's fee
    elif kind == "other" and conf < 0.75 and found.amount >= 500 and (
            _ACCEPTED.search(lowered, lo, hi) or _CHOSEN.search(lowered, lo, a)):
        kind, conf = "budget", 0.7  # "$12k works for us", "we'll go with the $15,000 option"
    elif kind == "other" and _SPENT_OF.search(before[-60:]):
        kind, conf = "budget", 0.7  # "we've already spent $3,000 of the $10,000": the total
    if kind == "budget":
        if found.low is not None:
            kind = "range"
        elif cap or _CAP_CLAUSE.search(lowered, lo, a) or _CAP_SAID_AFTER.match(after):
            kind = "cap"
    return kind, conf


# The sum called a cap after it, in its sentence: "budget approved at $15,000 for Q1 social,
# and that cap is firm", "$8k, which is a hard ceiling", "$5,000 - that's our limit" (not "the
# cap is $20": a cap to wear; not "$5,000, the same cap as last year" said of no firmness)
_CAP_SAID_AFTER = re.compile(
    r"^[^.;!?$€£¥]{0,60}?\b(?:(?:that|this|which|it)(?:'s|’s| is)\s+(?:a |an |the |our |my )?"
    r"(?:(?:firm|hard|strict|fixed|absolute|real|final)\s+)?(?:cap|ceiling|limit|max(?:imum)?)\b|"
    r"(?:that|this|the) (?:cap|ceiling|limit) is (?:firm|hard|fixed|final|strict|"
    r"non-negotiable|set in stone)\b)")


def _priced_thing(cues: list[tuple[str, int, int]], lo: int, hi: int) -> bool:
    """Whether the clause names something with a price ("the subscription costs $29/month")."""
    return any(kind == "price" and lo <= cs and ce <= hi for kind, cs, ce in cues)


def _with_lead(text: str, all_units: tuple[Unit, ...], starts: list[int], unit: Unit,
               found: _Found) -> Unit:  # fmt: skip
    """The unit, joined to the one before when the amount opens it on the same line, or
    when the unit carries on the one before in lower case.

    "Budget max. 6.500 EUR net." is cut after "max." by the segmenter, and an
    HTML line break cuts "... and no<br>more than $8,000": the cue words are
    in the piece before.
    """
    i = bisect_right(starts, unit.start) - 1
    if i <= 0:
        return unit
    prev = all_units[i - 1]
    opens = not _NON_SPACE.search(text, unit.start, found.start)
    if opens and "\n" in text[prev.end : unit.start]:
        return unit
    continues = unit.text[:1].islower() and prev.text[-1:] not in (".", "!", "?", ":", ";")
    if not (opens or continues):
        return unit
    return Unit(prev.start, unit.end, prev.tok_start, unit.tok_end, text[prev.start : unit.end])


def _window(text: str, unit: Unit, found: _Found) -> Unit:
    """The unit, clipped to ``_WINDOW`` characters either side of the amount.

    Keeps the work per amount bounded: a 100 KB "sentence" (a body with no
    punctuation) with thousands of amounts stays linear.
    """
    if unit.end - unit.start <= 2 * _WINDOW:
        return unit
    start = max(unit.start, found.start - _WINDOW)
    end = min(unit.end, found.end + _WINDOW)
    space = text.find(" ", start, found.start)
    start = space + 1 if start > unit.start and space >= 0 else start
    space = text.rfind(" ", found.end, end)
    end = space if end < unit.end and space >= 0 else end
    return Unit(start, end, unit.tok_start, unit.tok_end, text[start:end])


def _breaks_down(text: str, found: list[_Found], i: int) -> bool:
    """Whether amount ``i`` stands in parentheses right after another amount: a breakdown
    of that total ("$43,000 ($35k media, $8k production)"), not a budget of its own."""
    here = found[i]
    if i and _PARTS_AFTER_A_COLON.fullmatch(text, found[i - 1].end, here.start) \
            and _A_LINE_AFTER.match(text, here.end):
        return True  # "Total budget is $40,000: $25,000 media and $15,000 production."
    if i > 1 and _A_LINE_AFTER.match(text, found[i - 1].end) \
            and _PARTS_AFTER_A_COLON.fullmatch(text, found[i - 2].end, found[i - 1].start) \
            and _AND_THE_NEXT_PART.fullmatch(text, found[i - 1].end, here.start) \
            and _A_LINE_AFTER.match(text, here.end):
        return True  # ... "and $15,000 production": the next part
    opening = text.rfind("(", 0, here.start)
    if opening < 0 or ")" in text[opening:here.start]:
        return False
    before = [f for f in found[:i] if f.end <= opening]
    if not before:
        return False
    gap = text[before[-1].end:opening].strip()
    return not gap or bool(_HEDGE_AFTER_A_SUM.fullmatch(gap))


# A total, a colon, then its parts, each a sum and a line of spend: "$40,000: $25,000 media
# and $15,000 production"
_PARTS_AFTER_A_COLON = re.compile(r"\s*(?:total|in total|all in)?\s*:\s*")
_A_LINE_AFTER = re.compile(r"\s*(?:for\s+|on\s+)?(?:media|production|design|print|printing|"
                           r"creative|paid|social|search|radio|tv|digital|fees?|postage|ads|"
                           r"advertising|video|photography|events?)\b", re.IGNORECASE)
_AND_THE_NEXT_PART = re.compile(r"[^.;:$€£\d]{0,40}?(?:,|\band)\s*")
# Said between a total and its breakdown: "$43,000 or so ($35k media, $8k production)".
_HEDGE_AFTER_A_SUM = re.compile(r"-?ish|or so|or thereabouts|odd|give or take|tops|all in|"
                                r"in total|total|overall", re.IGNORECASE)


def extract_money(doc: Doc | str, *, default_currency: str = "USD") -> tuple[Money, ...]:
    """Every amount of money in ``doc`` (a string is analysed first), in text order.

    ``default_currency`` (ISO code) is what a bare "$", "dollars", "bucks" or
    a currency-less "15 grand" means: pass ``"CAD"`` for a Canadian client.
    A non-dollar default (``"EUR"``) applies to currency-less amounts only;
    "$" then stays USD.
    """
    default = default_currency.upper()
    if not re.fullmatch(r"[A-Z]{3}", default):
        raise ValueError(f"default_currency must be an ISO 4217 code, not {default_currency!r}")
    if isinstance(doc, str):
        doc = analyse(doc)
    an = analysed(doc)
    text = an.text
    found = list(_scan(text, default)) if any(ch.isdigit() for ch in text) else []
    if _SPELLED_HINT.search(text):
        found = _merged(found, list(_scan_spelled(text, default)))
    if "udget" in text or "presupuesto" in text or "nveloppe" in text:
        found = _merged(found, list(_scan_after_budget_word(text, default)))
    if "spend" in text or "play with" in text or "udget" in text:
        found = _merged(found, list(_scan_to_spend(text, default)))
    if not found:
        return ()
    all_units = an.units
    starts = [u.start for u in all_units]
    cue_cache: dict[tuple[int, int], tuple[list[tuple[str, int, int]], list[int]]] = {}
    out: list[Money] = []
    for i, f in enumerate(found):
        unit = unit_at(all_units, starts, f.start)
        if unit is None or f.end > unit.end:
            continue
        prev_end = found[i - 1].end if i else 0
        next_start = found[i + 1].start if i + 1 < len(found) else len(text)
        full = _with_lead(text, all_units, starts, unit, f)
        key = (full.start, full.end)
        if key not in cue_cache:  # once per sentence, however long
            lowered = full.text.lower().translate(_ONE_LINE)
            found_cues = sorted(_sentence_cues(lowered), key=lambda c: c[1])
            cue_cache[key] = (found_cues, [c[1] for c in found_cues])
        context = _window(text, full, f)
        shift = context.start - full.start
        all_cues, cue_starts = cue_cache[key]
        first, last = (bisect_left(cue_starts, shift),
                       bisect_left(cue_starts, shift + len(context.text)))  # fmt: skip
        cues = [
            (kind, cs - shift, ce - shift)
            for kind, cs, ce in all_cues[first:last]
            if ce - shift <= len(context.text)
        ]
        judged = _classify(f, context, (prev_end, next_start), cues)
        if judged is None:
            continue
        kind, conf = judged
        if kind == "other" and _answers_a_budget_question(text, all_units, starts, unit, f):
            kind, conf = "budget", 0.7  # "What's the budget?" / "Around $20,000."
        if kind == "other" and _ceiling_next(text, found, i, unit):
            kind, conf = "cap", 0.75  # "Can you get it closer to $12k? That's our ceiling."
        if kind in ("budget", "cap") and _breaks_down(text, found, i):
            kind = "other"  # "$43,000 ($35k media, $8k production)": parts of the budget
        if kind in ("budget", "cap") and i and _NOT_THAT.fullmatch(text, found[i - 1].end,
                                                                   f.start):
            kind = "other"  # "the budget is 6k, not 8k": the figure corrected
        sentence = " ".join(context.text.split())
        evidence = Evidence(text[f.start : f.end], sentence, f.start, f.end, conf)
        low = f.low if kind == "range" or f.low is not None else None
        high = f.amount if low is not None else None
        out.append(Money(f.amount, f.currency, kind, evidence, low=low, high=high))
    return tuple(out)


# Every pattern above runs only on text holding a string it cannot match without.
prefilter_patterns(globals())
