"""The people in the labelled set: agency staff and client contacts, each with a time zone."""

from build import Person

# agencies
SAM = Person("Sam Ortiz", "sam.ortiz@brightlane.agency", "America/New_York")
PRIYA = Person("Priya Nair", "priya@harborfinch.com", "America/Los_Angeles")
LUCA = Person("Luca Bianchi", "luca.bianchi@northstarcreative.co.uk", "Europe/London")
INTAKE = Person("Brightlane Intake", "intake@brightlane.agency", "America/New_York")
INTAKE_HF = Person("Harbor & Finch Intake", "intake@harborfinch.com", "America/Los_Angeles")
INTAKE_NS = Person("Northstar Intake", "intake@northstarcreative.co.uk", "Europe/London")

# food
DANA = Person("Dana Whitfield", "dana@crumbandco.com", "America/Chicago")
RAY = Person("Ray Alvarez", "ray.alvarez@crumbandco.com", "America/Chicago")
MARCUS = Person("Marcus Lee", "marcus@verdekitchen.com", "America/Los_Angeles")
CLAIRE = Person("Claire Boucher", "cboucher@mapleridgedairy.ca", "America/Toronto")
# retail
JESS = Person("Jess Romero", "jromero@northwindoutfitters.com", "America/Denver")
OLIVER = Person("Oliver Grant", "oliver.grant@haldenhome.co.uk", "Europe/London")
KENJI = Person("Kenji Sato", "kenji@lumenaeyewear.com", "America/New_York")
# banking
ANGELA = Person("Angela Brooks", "abrooks@lakeshorecu.org", "America/Chicago")
ROBERT = Person("Robert Kim", "robert.kim@meridianbank.com", "America/New_York")
HELEN = Person("Helen Ashford", "helen.ashford@meridianbank.com", "America/New_York")
# B2B software
NINA = Person("Nina Patel", "nina@stackwise.io", "America/Los_Angeles")
TOM = Person("Tom Becker", "tbecker@ledgerline.com", "America/Chicago")
# tourism
MIA = Person("Mia Thompson", "mia.thompson@visitbluewaterbay.com.au", "Australia/Sydney")
ERIK = Person("Erik Lindqvist", "erik@alpinelakesresort.com", "America/Denver")
# European clients writing English
CAMILLE = Person("Camille Durand", "camille.durand@maison-lumiere.fr", "Europe/Paris")
JONAS = Person("Jonas Weber", "j.weber@brenner-werkzeuge.de", "Europe/Berlin")
SOPHIE = Person("Sophie Martin", "s.martin@maison-lumiere.fr", "Europe/Paris")
KENJI_SIG = """Kenji Sato
Director of Retail Marketing, Lumena Eyewear
88 Greene St, New York, NY 10012
M +1 646 555 0177"""
