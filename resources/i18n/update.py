"""Refresh the Dutch translation: lupdate, fill what is still untranslated, lrelease.

    python resources/i18n/update.py

The .ts file is the source of truth (edit it in Qt Linguist if you like); NL below
only fills entries that have no translation yet. Strings in the source stay English.
"""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "pps_monitor_nl.ts"

NL = {
    "Action point": "Actiepunt",
    "(whole partnership)": "(hele samenwerking)",
    "(not yet)": "(nog niet)",
    "Topic": "Onderwerp",
    "Drawing…": "Tekenen…",
    "Action": "Actie",
    "Owner": "Trekker",
    "Due date": "Uiterste datum",
    "Status": "Status",
    "Raised in round": "Ingebracht in ronde",
    "Reviewed in round": "Besproken in ronde",
    "Please describe the action.": "Beschrijf de actie.",
    "The database is in use by another program. Close it there and try again.":
        "De database is in gebruik door een ander programma. Sluit hem daar en probeer het opnieuw.",
    "The disk is full. Nothing was saved; free some space and try again.":
        "De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw.",
    "The database file is read-only. Nothing was saved.":
        "Het databasebestand is alleen-lezen. Er is niets opgeslagen.",
    "PPS Monitor": "PPS Monitor",
    "Unexpected error": "Onverwachte fout",
    "Something went wrong that should not have. Nothing half-written was saved. The details below were also written to the log file:\n{path}":
        "Er ging iets mis dat niet mis had mogen gaan. Er is niets half opgeslagen. De details hieronder staan ook in het logbestand:\n{path}",
    "Timeline event": "Gebeurtenis op de tijdlijn",
    "e.g. New alderman, contract renewed": "bijv. nieuwe wethouder, contract verlengd",
    "Date": "Datum",
    "What happened": "Wat er gebeurde",
    "Please say what happened.": "Vul in wat er gebeurde.",
    "Public": "Publiek",
    "Private": "Privaat",
    "Social enterprise": "Sociale onderneming",
    "Other": "Overig",
    "Not specified": "Niet opgegeven",
    "Manager": "Leidinggevende",
    "Executive professional": "Uitvoerend professional",
    "Open": "Open",
    "Closed": "Gesloten",
    "In progress": "Bezig",
    "Done": "Gedaan",
    "Dropped": "Vervallen",
    "Strength": "Sterk punt",
    "Attention": "Aandachtspunt",
    "Concern": "Zorgpunt",
    "Partnerships": "Samenwerkingen",
    "Create a partnership to begin: File → New partnership (Ctrl+N).":
        "Maak een samenwerking aan om te beginnen: Bestand → Nieuwe samenwerking (Ctrl+N).",
    "&New partnership…": "&Nieuwe samenwerking…",
    "&Open database…": "Database &openen…",
    "New &database…": "Nieuwe &database…",
    "&Print round summary…": "Samenvatting van de ronde af&drukken…",
    "&Export answers (CSV)…": "Antwoorden &exporteren (CSV)…",
    "Add &demo partnership": "&Demosamenwerking toevoegen",
    "&Quit": "&Afsluiten",
    "&Undo": "&Ongedaan maken",
    "&Redo": "Opnieuw &doen",
    "&Rename partnership…": "Samenwerking &hernoemen…",
    "&Delete partnership…": "Samenwerking &verwijderen…",
    "&Preferences…": "&Voorkeuren…",
    "New &round…": "Nieuwe &ronde…",
    "&Meeting mode…": "&Vergadermodus…",
    "&Paper forms…": "&Papieren formulieren…",
    "&About PPS Monitor": "&Over PPS Monitor",
    "&File": "&Bestand",
    "Recent databases": "Recente databases",
    "&Edit": "Be&werken",
    "&Round": "&Ronde",
    "&Help": "&Help",
    "Main toolbar": "Hoofdwerkbalk",
    "New partnership": "Nieuwe samenwerking",
    "Name of the partnership:": "Naam van de samenwerking:",
    "Rename partnership": "Samenwerking hernoemen",
    "New name:": "Nieuwe naam:",
    "Delete partnership": "Samenwerking verwijderen",
    "Delete partnership %1 with all its rounds and answers? You can undo this with Ctrl+Z.":
        "Samenwerking %1 met alle rondes en antwoorden verwijderen? Met Ctrl+Z maakt u dit ongedaan.",
    "Delete %1": "%1 verwijderen",
    "Welcome to PPS Monitor": "Welkom bij PPS Monitor",
    "This database is empty. Add a demo partnership to look around? You can delete it later.":
        "Deze database is leeg. Een demosamenwerking toevoegen om rond te kijken? U kunt die later verwijderen.",
    "Adding the demo partnership…": "Demosamenwerking toevoegen…",
    "Round": "Ronde",
    "Select a round in the Rounds tab first.": "Kies eerst een ronde op het tabblad Rondes.",
    "Meeting mode": "Vergadermodus",
    "This round is closed. Reopen it to collect answers.":
        "Deze ronde is gesloten. Heropen haar om antwoorden te verzamelen.",
    "%1 answer(s) were added in this meeting. Close the round now?":
        "In deze vergadering zijn %1 antwoord(en) toegevoegd. De ronde nu sluiten?",
    "Paper forms": "Papieren formulieren",
    "This round is closed. Reopen it to add paper forms.":
        "Deze ronde is gesloten. Heropen haar om papieren formulieren in te voeren.",
    "Open database": "Database openen",
    "New database": "Nieuwe database",
    "(none)": "(geen)",
    "%1 no longer exists.": "%1 bestaat niet meer.",
    "Export answers": "Antwoorden exporteren",
    "Exported %1 answers to %2": "%1 antwoorden geëxporteerd naar %2",
    "Exporting…": "Exporteren…",
    "About PPS Monitor": "Over PPS Monitor",
    "PPS Monitor %1\n\nMeasure the health of a public-private partnership for socially valuable work, offline.\n\nDatabase: %2":
        "PPS Monitor %1\n\nMeet offline de gezondheid van een publiek-private samenwerking voor maatschappelijk waardevol werk.\n\nDatabase: %2",
    "Start meeting mode": "Vergadermodus starten",
    "Round %1 will be answered on this computer, one person after another. The screen stays in meeting mode until you enter this code. Note it down.":
        "Ronde %1 wordt op deze computer ingevuld, de ene persoon na de andere. Het scherm blijft in vergadermodus tot u deze code invoert. Schrijf hem op.",
    "Code to leave meeting mode": "Code om de vergadermodus te verlaten",
    "Choose a code of at least 3 characters.": "Kies een code van minstens 3 tekens.",
    "PPS Monitor – meeting mode": "PPS Monitor – vergadermodus",
    "Thank you! Your answers have been saved.": "Dank u wel! Uw antwoorden zijn opgeslagen.",
    "Please pass the laptop on.": "Geef de laptop maar door.",
    "Round: %1": "Ronde: %1",
    "Press Enter to begin": "Druk op Enter om te beginnen",
    "Coordinator…": "Coördinator…",
    "%1 people have answered so far.": "Tot nu toe hebben %1 mensen geantwoord.",
    "Leave meeting mode": "Vergadermodus verlaten",
    "Coordinator: enter the meeting code to leave meeting mode.":
        "Coördinator: voer de vergadercode in om de vergadermodus te verlaten.",
    "That is not the meeting code.": "Dat is niet de vergadercode.",
    "Organisation": "Organisatie",
    "Name": "Naam",
    "Sector": "Sector",
    "Please enter the organisation's name.": "Vul de naam van de organisatie in.",
    "Paper forms – %1": "Papieren formulieren – %1",
    "First entry": "Eerste invoer",
    "Second entry (optional)": "Tweede invoer (optioneel)",
    "Differences": "Verschillen",
    "Type one digit per cell: 1–5 the answer, 0 don't know; the cursor moves on by itself. Enter starts the next form. Everything you type is kept until you submit.":
        "Typ één cijfer per cel: 1–5 het antwoord, 0 weet niet; de cursor gaat vanzelf verder. Enter begint het volgende formulier. Alles wat u typt blijft bewaard tot u het indient.",
    "Add form": "Formulier toevoegen",
    "Compare entries": "Invoer vergelijken",
    "Submit forms": "Formulieren indienen",
    "Close": "Sluiten",
    "%1 form(s) typed.": "%1 formulier(en) ingevoerd.",
    "No second entry typed: nothing to compare.": "Geen tweede invoer: er is niets te vergelijken.",
    "Both entries agree in every cell.": "Beide invoeren komen in elke cel overeen.",
    "Form %1, %2: first entry '%3', second entry '%4'":
        "Formulier %1, %2: eerste invoer '%3', tweede invoer '%4'",
    "The two entries differ. Correct the first entry (or the second) until they agree.":
        "De twee invoeren verschillen. Verbeter de eerste (of de tweede) invoer tot ze overeenkomen.",
    "No forms have been typed yet.": "Er zijn nog geen formulieren ingevoerd.",
    "%1 statement cells are empty. Record them as \"don't know\" and submit %2 form(s)?":
        "%1 cellen met stellingen zijn leeg. Als \"weet niet\" vastleggen en %2 formulier(en) indienen?",
    "%1 form(s) saved.": "%1 formulier(en) opgeslagen.",
    "Sector (1–4)": "Sector (1–4)",
    "Role (1–2)": "Rol (1–2)",
    "1 public, 2 private, 3 social enterprise, 4 other, 0 or empty: not given":
        "1 publiek, 2 privaat, 3 sociale onderneming, 4 overig, 0 of leeg: niet opgegeven",
    "1 manager, 2 executive professional, 0 or empty: not given":
        "1 leidinggevende, 2 uitvoerend professional, 0 of leeg: niet opgegeven",
    "Form %1": "Formulier %1",
    "Form %1, %2: '%3' is not valid: %4": "Formulier %1, %2: '%3' is ongeldig: %4",
    "Respondents": "Respondenten",
    "Questionnaire": "Vragenlijst",
    "New round…": "Nieuwe ronde…",
    "Meeting mode…": "Vergadermodus…",
    "Paper forms…": "Papieren formulieren…",
    "Close round": "Ronde sluiten",
    "Delete round": "Ronde verwijderen",
    "Add organisation…": "Organisatie toevoegen…",
    "Edit…": "Bewerken…",
    "Delete": "Verwijderen",
    "Due": "Uiterlijk",
    "Raised in": "Ingebracht in",
    "Score then": "Score toen",
    "Latest score": "Laatste score",
    "Reviewed in": "Besproken in",
    "Add action point…": "Actiepunt toevoegen…",
    "Add event…": "Gebeurtenis toevoegen…",
    "Rounds": "Rondes",
    "Organisations": "Organisaties",
    "Action points": "Actiepunten",
    "Timeline": "Tijdlijn",
    "Reopen round": "Ronde heropenen",
    "Reopen round %1? New answers can then be added and its scores may change.":
        "Ronde %1 heropenen? Er kunnen dan nieuwe antwoorden bij komen en de scores kunnen veranderen.",
    "Delete round %1 with its %2 respondents? You can undo this with Ctrl+Z.":
        "Ronde %1 met haar %2 respondenten verwijderen? Met Ctrl+Z maakt u dit ongedaan.",
    "Delete round %1": "Ronde %1 verwijderen",
    "Delete organisation %1? Its respondents keep their answers.":
        "Organisatie %1 verwijderen? De respondenten houden hun antwoorden.",
    "Delete organisation %1": "Organisatie %1 verwijderen",
    "Delete this action point?": "Dit actiepunt verwijderen?",
    "Delete action point": "Actiepunt verwijderen",
    "Delete this event from the timeline?": "Deze gebeurtenis van de tijdlijn verwijderen?",
    "Delete event": "Gebeurtenis verwijderen",
    "Preferences": "Voorkeuren",
    "System language": "Taal van het systeem",
    "Language": "Taal",
    "Smallest group shown in breakdowns": "Kleinste groep die in uitsplitsingen wordt getoond",
    "'Strength' from mean": "'Sterk punt' vanaf gemiddelde",
    "'Attention' from mean": "'Aandachtspunt' vanaf gemiddelde",
    "Below the 'attention' mean a score is a 'concern'.":
        "Onder het gemiddelde voor 'aandachtspunt' is een score een 'zorgpunt'.",
    "The 'attention' mean must be lower than the 'strength' mean.":
        "Het gemiddelde voor 'aandachtspunt' moet lager zijn dan dat voor 'sterk punt'.",
    "n = %1: too few answers to show results (minimum %2). 1 more answer is needed.":
        "n = %1: te weinig antwoorden om resultaten te tonen (minimaal %2). "
        "Er is nog 1 antwoord nodig.",
    "Dimension": "Dimensie",
    "Mean": "Gemiddelde",
    "SD": "SD",
    "Band": "Oordeel",
    "Change": "Verandering",
    "Top risks": "Grootste risico's",
    "Risk": "Risico",
    "Rated 4–5": "Score 4–5",
    "significant change since the previous round (95% interval excludes 0)":
        "significante verandering sinds de vorige ronde (95%-interval bevat 0 niet)",
    "Print": "Afdrukken",
    "This partnership has no rounds yet.": "Deze samenwerking heeft nog geen rondes.",
    "Your organisation is…": "Uw organisatie is…",
    "Your role is…": "Uw rol is…",
    "I'd rather not say": "Zeg ik liever niet",
    "About you (optional)": "Over u (optioneel)",
    "Your answers are anonymous. Results are only shown for groups of at least three people. Use the arrow keys and Tab to choose, Enter to continue.":
        "Uw antwoorden zijn anoniem. Uitkomsten worden alleen getoond voor groepen van minstens drie mensen. Kies met de pijltjestoetsen en Tab, ga verder met Enter.",
    "Start the questionnaire →": "Begin met de vragenlijst →",
    "Risk factors: higher means more risk": "Risicofactoren: hoger betekent meer risico",
    "Page %v of %m": "Pagina %v van %m",
    "Optional comment on this topic (anonymous)": "Optionele toelichting bij dit onderwerp (anoniem)",
    "Comment": "Toelichting",
    "← Back": "← Terug",
    "Next →": "Verder →",
    "Keys: 1–5 answer · 0 don't know · Enter next · Backspace back":
        "Toetsen: 1–5 antwoord · 0 weet niet · Enter verder · Backspace terug",
    "Submit my answers": "Mijn antwoorden indienen",
    "Summary": "Overzicht",
    "You answered %1 of %2 statements.": "U hebt %1 van de %2 stellingen beantwoord.",
    "Not answered: %1": "Niet beantwoord: %1",
    "Record the %1 unanswered statements as \"don't know\" (key 0)":
        "De %1 onbeantwoorde stellingen vastleggen als \"weet niet\" (toets 0)",
    "Press Enter to submit, or Backspace to go back and change an answer.":
        "Druk op Enter om in te dienen, of op Backspace om terug te gaan en een antwoord te wijzigen.",
    "New round": "Nieuwe ronde",
    "e.g. Spring 2026": "bijv. Voorjaar 2026",
    "Label": "Naam",
    "Please give the round a label.": "Geef de ronde een naam.",
    "No database is open. Use File → Open database (Ctrl+O).":
        "Er is geen database geopend. Kies Bestand → Database openen (Ctrl+O).",
    "Save chart…": "Grafiek opslaan…",
    "Save chart": "Grafiek opslaan",
    "PNG image (*.png);;SVG drawing (*.svg)": "PNG-afbeelding (*.png);;SVG-tekening (*.svg)",
    " (reverse-worded: scored 6 − answer)": " (omgekeerd geformuleerd: score is 6 − antwoord)",
    "n = %1, mean %2, SD %3, median %4, don't know %5%":
        "n = %1, gemiddelde %2, SD %3, mediaan %4, weet niet %5%",
    "%1 answer(s) were added in this meeting. Close the round now and show its results?":
        "In deze vergadering zijn %1 antwoord(en) toegevoegd. De ronde nu sluiten en de uitkomsten tonen?",
    "Results": "Uitkomsten",
    "PPS Monitor – results": "PPS Monitor – uitkomsten",
    "Earlier rounds ▾": "Eerdere rondes ▾",
    "Present…": "Presenteren…",
    "Show the radar chart full screen (F11)": "Het radardiagram schermvullend tonen (F11)",
    "Computing scores…": "Scores berekenen…",
    "Agreement": "Overeenstemming",
    "Open action points": "Open actiepunten",
    "Double-click a dimension to see how its statements were answered.":
        "Dubbelklik op een dimensie om te zien hoe de stellingen zijn beantwoord.",
    "First": "Eerste",
    "Second": "Tweede",
    "Difference": "Verschil",
    "95% interval": "95%-interval",
    "Compare": "Vergelijk",
    "with": "met",
    "▲/▼ marks a significant change: the 95% Welch interval excludes 0.":
        "▲/▼ geeft een significante verandering aan: het 95%-Welch-interval bevat 0 niet.",
    "Radar": "Radar",
    "Sectors": "Sectoren",
    "Trends": "Trends",
    "Risks": "Risico's",
    "Contract–relational balance": "Balans contract–relatie",
    "Score table": "Scoretabel",
    "Comments": "Toelichtingen",
    "Compare rounds": "Rondes vergelijken",
    "All dimensions": "Alle dimensies",
    "No rounds yet.": "Nog geen rondes.",
    "Groups smaller than %1 are not shown.": "Groepen kleiner dan %1 worden niet getoond.",
    "%1: public %2 (n=%3), private %4 (n=%5)": "%1: publiek %2 (n=%3), privaat %4 (n=%5)",
    "Largest public–private gaps:": "Grootste verschillen tussen publiek en privaat:",
    "relational ahead of contract": "relatie vóór op contract",
    "contract ahead of relational": "contract vóór op relatie",
    "Warning: partners rate relational coordination (goals, knowledge, trust) clearly lower than contract coordination. The partnership may be drifting towards a merely contractual relation.":
        "Let op: partners beoordelen de relationele coördinatie (doelen, kennis, vertrouwen) duidelijk lager dan de contractcoördinatie. De samenwerking kan afglijden naar een louter contractuele relatie.",
    "Warning: relational coordination is falling behind contract coordination compared with earlier rounds. Watch for a drift towards a merely contractual relation.":
        "Let op: de relationele coördinatie raakt achter op de contractcoördinatie vergeleken met eerdere rondes. Waak voor afglijden naar een louter contractuele relatie.",
    "No sign of a drift towards a merely contractual relation.":
        "Geen teken van afglijden naar een louter contractuele relatie.",
    "too few to judge": "te weinig om te beoordelen",
    "partners disagree": "partners zijn het oneens",
    "agree": "eens",
    "Agreement needs at least 3 respondents who answered every statement of the dimension.":
        "Voor overeenstemming zijn minstens 3 respondenten nodig die elke stelling van de dimensie beantwoordden.",
    "rWG(J) %1; agreement needs at least %2 with %3 complete answers.":
        "rWG(J) %1; overeenstemming vraagt minstens %2 bij %3 volledige antwoorden.",
    "Since the previous round: %1, 95% interval %2; Cliff's delta %3; previous mean %4 (n=%5).":
        "Sinds de vorige ronde: %1, 95%-interval %2; Cliffs delta %3; vorig gemiddelde %4 (n=%5).",
    "Comments are not shown: this round has fewer than %1 respondents.":
        "Toelichtingen worden niet getoond: deze ronde heeft minder dan %1 respondenten.",
    "No comments in this round.": "Geen toelichtingen in deze ronde.",
    "&Report (preview, save, print)…": "&Rapportage (voorbeeld, opslaan, afdrukken)…",
    "Report preview": "Voorbeeld van de rapportage",
    "Rendering the pages…": "De pagina's worden opgebouwd…",
    "Report": "Rapportage",
    "Choose the round and the language, then preview, save or print.":
        "Kies de ronde en de taal; bekijk, bewaar of druk daarna af.",
    "Preview": "Voorbeeld",
    "Save as PDF…": "Opslaan als pdf…",
    "Print…": "Afdrukken…",
    "Making the report…": "De rapportage wordt gemaakt…",
    "The report is ready.": "De rapportage is klaar.",
    "The report could not be made.": "De rapportage kon niet worden gemaakt.",
    "Save report": "Rapportage opslaan",
    "Saved as %1": "Opgeslagen als %1",
    "Preparing the pages for the printer…": "De pagina's worden voorbereid voor de printer…",
    "The printer could not be started.": "De printer kon niet worden gestart.",
    "Sent %1 pages to the printer.": "%1 pagina's naar de printer gestuurd.",
    "Import": "Importeren",
    "Partnership: %1": "Samenwerking: %1",
    "partnership(s)": "samenwerking(en)",
    "organisation(s)": "organisatie(s)",
    "round(s)": "ronde(s)",
    "respondent(s)": "respondent(en)",
    "answer(s)": "antwoord(en)",
    "comment(s)": "toelichting(en)",
    "Will add:": "Wordt toegevoegd:",
    "Nothing new: everything in this file is already here.": "Niets nieuws: alles uit dit bestand staat er al.",
    "%1 record(s) are already here and stay as they are.": "%1 gegeven(s) staan er al en blijven zoals ze zijn.",
    "Refused: the file conflicts with this database:": "Geweigerd: het bestand botst met deze database:",
    "Imported: %1": "Geïmporteerd: %1",
    "Importing…": "Importeren…",
    "Checking the file…": "Het bestand wordt gecontroleerd…",
    "Export": "Exporteren",
    "round": "ronde",
    "answers": "antwoorden",
    "Saved %1": "%1 opgeslagen",
    "Backed up to %1": "Reservekopie gemaakt: %1",
    "Restore from a backup": "Reservekopie terugzetten",
    "Replace the current database with the backup %1? The current state is backed up first.":
        "De huidige database vervangen door de reservekopie %1? Van de huidige stand wordt eerst een reservekopie gemaakt.",
    "Erase a respondent": "Een respondent wissen",
    "The respondent's id (the 'respondent' column of the exported answers):":
        "Het id van de respondent (de kolom 'respondent' van de geëxporteerde antwoorden):",
    "No respondent has the id %1.": "Geen respondent heeft het id %1.",
    "Erase every answer and comment of respondent %1 for good? This cannot be undone; older backups are removed at the next backup.":
        "Alle antwoorden en toelichtingen van respondent %1 definitief wissen? Dit kan niet ongedaan worden gemaakt; oudere reservekopieën worden bij de volgende reservekopie verwijderd.",
    "The respondent was erased.": "De respondent is gewist.",
    "Database location": "Plaats van de database",
    "&Export answers (Excel, CSV)…": "Antwoorden &exporteren (Excel, CSV)…",
    "&Import file…": "Bestand &importeren…",
    "Export round &package…": "Ronde&pakket exporteren…",
    "Export round &answers…": "&Antwoorden van de ronde exporteren…",
    "&Back up now": "Nu een &reservekopie maken",
    "&Restore from a backup…": "Reservekopie &terugzetten…",
    "Erase a respondent (privacy)…": "Een respondent wissen (privacy)…",
    "Paper forms from a spreadsheet": "Papieren formulieren uit een spreadsheet",
    "%1 form(s) read, %2 valid.": "%1 formulier(en) gelezen, %2 geldig.",
    "%1 empty, 0 or ? cells are stored as don't know.": "%1 lege cellen, 0 of ? worden vastgelegd als weet niet.",
    "Problems (nothing is stored while any row is invalid):": "Problemen (er wordt niets opgeslagen zolang een rij ongeldig is):",
    "Import %1 forms": "%1 formulieren importeren",
    "Import only the %1 valid forms": "Alleen de %1 geldige formulieren importeren",
    "Paper-form template": "Sjabloon voor papieren formulieren",
    "Paper-form &template (Excel, CSV)…": "&Sjabloon voor papieren formulieren (Excel, CSV)…",
    "&Import paper forms from a spreadsheet…": "Papieren formulieren uit een spreadsheet &importeren…",
    # Meeting mode's lock, phone rounds, Present mode
    "Meeting mode is running. The coordinator ends it with the meeting code.":
        "De vergadermodus loopt. De coördinator sluit hem af met de vergadercode.",
    "Keys: 1–5 answer · 0 don't know · Enter skip · Backspace back · Tab comment":
        "Toetsen: 1–5 antwoord · 0 weet niet · Enter overslaan · Backspace terug · Tab toelichting",
    "Not answered yet (Down/Up to choose, Enter or a click to go there):":
        "Nog niet beantwoord (kies met pijl omhoog/omlaag, ga erheen met Enter of een klik):",
    "Press Down to choose a statement and Enter to answer it, or 0 to record the rest as \"don't know\".":
        "Kies een stelling met pijl omlaag en beantwoord hem met Enter, of druk op 0 om de rest vast te leggen als \"weet niet\".",
    'Answer on p&hones…':
        'Beantwoorden op &telefoons…',
    'Answer on phones':
        'Beantwoorden op telefoons',
    'Starting the phone session…':
        'De telefoonsessie wordt gestart…',
    'Phones can answer at %1':
        'Telefoons kunnen antwoorden op %1',
    'The phones cannot reach this laptop.':
        'De telefoons kunnen deze laptop niet bereiken.',
    'Pass the laptop around instead':
        'Laat in plaats daarvan de laptop rondgaan',
    'PPS Monitor – present':
        'PPS Monitor – presenteren',
    'Computing the results…':
        'De resultaten worden berekend…',
    'Scores per dimension':
        'Scores per dimensie',
    'Trends: %1':
        'Verloop: %1',
    'Risk factors (higher means more risk)':
        'Risicofactoren (hoger betekent meer risico)',
    'n = %1: too few answers to show results, minimum %2. Results appear once more partners have answered.':
        'n = %1: te weinig antwoorden om resultaten te tonen, minimaal %2. De resultaten verschijnen zodra meer partners hebben geantwoord.',
    'This partnership has no results yet.':
        'Deze samenwerking heeft nog geen resultaten.',
    'Escape: leave':
        'Escape: stoppen',
    '%1 of %2':
        '%1 van %2',
    'Space: next   ·   Left: back   ·   Escape: leave':
        'Spatie: volgende   ·   Pijl links: terug   ·   Escape: stoppen',
    'PPS Monitor – answer on phones':
        'PPS Monitor – beantwoorden op telefoons',
    '1. Connect your phone to the same Wi-Fi as this laptop.\n2. Scan the code with your camera, or type the address.\n3. Answer and press Send. Nobody sees what you answered.':
        '1. Verbind uw telefoon met dezelfde wifi als deze laptop.\n2. Scan de code met uw camera, of typ het adres.\n3. Beantwoord de vragen en druk op Versturen. Niemand ziet wat u antwoordt.',
    'QR code of the address':
        'QR-code van het adres',
    'Address':
        'Adres',
    'Room code':
        'Zaalcode',
    "Plain HTTP is not encrypted: others on the same Wi-Fi could read the answers, so use your own phone's hotspot with a fresh password.":
        'Gewone HTTP is niet versleuteld: anderen op dezelfde wifi kunnen de antwoorden meelezen. Gebruik daarom de hotspot van uw eigen telefoon, met een nieuw wachtwoord.',
    'Close and show results':
        'Sluiten en resultaten tonen',
    'Full screen (F11)':
        'Volledig scherm (F11)',
    '1 questionnaire sent':
        '1 vragenlijst verstuurd',
    '%1 questionnaires sent':
        '%1 vragenlijsten verstuurd',
    'Stop answering on phones? Every questionnaire already sent is kept; the round stays open.':
        'Stoppen met beantwoorden op telefoons? Elke vragenlijst die al is verstuurd, blijft bewaard; de ronde blijft open.',
}

# Plural messages (Qt's %n): the singular and the plural form, in Dutch and in English.
# English needs its own small catalogue (lupdate -pluralonly), or "%n form(s)" would show.
PLURALS = {
    "%n tie(s) held back: fewer than %1 people of the organisation rated them.": (
        ("%n relatie niet getoond: minder dan %1 mensen van de organisatie gaven een oordeel.",
         "%n relaties niet getoond: minder dan %1 mensen van de organisatie gaven een oordeel."),
        ("%n tie held back: fewer than %1 people of the organisation rated it.",
         "%n ties held back: fewer than %1 people of the organisation rated them."),
    ),
    "%n later tie answer(s) not included: this round's figures were shown.": (
        ("%n later antwoord over de samenwerking is niet meegeteld: de cijfers van deze ronde "
         "zijn al getoond.",
         "%n latere antwoorden over de samenwerking zijn niet meegeteld: de cijfers van deze "
         "ronde zijn al getoond."),
        ("%n later tie answer not included: this round's figures were shown.",
         "%n later tie answers not included: this round's figures were shown."),
    ),
    "Delete round %1 with its %n respondent(s)? You can undo this with Ctrl+Z.": (
        ("Ronde %1 met %n respondent verwijderen? U kunt dit ongedaan maken met Ctrl+Z.",
         "Ronde %1 met %n respondenten verwijderen? U kunt dit ongedaan maken met Ctrl+Z."),
        ("Delete round %1 with its %n respondent? You can undo this with Ctrl+Z.",
         "Delete round %1 with its %n respondents? You can undo this with Ctrl+Z."),
    ),
    "%n respondent(s) removed.": (
        ("%n respondent verwijderd.", "%n respondenten verwijderd."),
        ("%n respondent removed.", "%n respondents removed."),
    ),
    "%n person(s) have answered so far.": (
        ("Er heeft tot nu toe %n persoon geantwoord.", "Er hebben tot nu toe %n personen geantwoord."),
        ("%n person has answered so far.", "%n people have answered so far."),
    ),
    'Record the %n unanswered statement(s) as "don\'t know" (key 0)': (
        ('Leg de %n onbeantwoorde stelling vast als "weet niet" (toets 0)',
         'Leg de %n onbeantwoorde stellingen vast als "weet niet" (toets 0)'),
        ('Record the %n unanswered statement as "don\'t know" (key 0)',
         'Record the %n unanswered statements as "don\'t know" (key 0)'),
    ),
    "%n form(s) typed.": (
        ("%n formulier ingevoerd.", "%n formulieren ingevoerd."),
        ("%n form typed.", "%n forms typed."),
    ),
    "%n form(s) saved.": (
        ("%n formulier opgeslagen.", "%n formulieren opgeslagen."),
        ("%n form saved.", "%n forms saved."),
    ),
    "Exported %n answer(s) to %2": (
        ("%n antwoord geëxporteerd naar %2", "%n antwoorden geëxporteerd naar %2"),
        ("Exported %n answer to %2", "Exported %n answers to %2"),
    ),
    "%n form(s) read, %2 valid.": (
        ("%n formulier gelezen, %2 geldig.", "%n formulieren gelezen, %2 geldig."),
        ("%n form read, %2 valid.", "%n forms read, %2 valid."),
    ),
    "Import %n form(s)": (
        ("%n formulier importeren", "%n formulieren importeren"),
        ("Import %n form", "Import %n forms"),
    ),
    "Import only the %n valid form(s)": (
        ("Alleen het %n geldige formulier importeren", "Alleen de %n geldige formulieren importeren"),
        ("Import only the %n valid form", "Import only the %n valid forms"),
    ),
    "Latest round: %1 (%2), %3, %n respondent(s).": (
        ("Laatste ronde: %1 (%2), %3, %n respondent.",
         "Laatste ronde: %1 (%2), %3, %n respondenten."),
        ("Latest round: %1 (%2), %3, %n respondent.", "Latest round: %1 (%2), %3, %n respondents."),
    ),
    "%n open action point(s)": (
        ("%n open actiepunt", "%n open actiepunten"),
        ("%n open action point", "%n open action points"),
    ),
    "%n past its due date: ": (
        ("waarvan %n over de streefdatum: ", "waarvan %n over de streefdatum: "),
        ("%n past its due date: ", "%n past their due date: "),
    ),
    "Sent %n page(s) to the printer.": (
        ("%n pagina naar de printer gestuurd.", "%n pagina's naar de printer gestuurd."),
        ("Sent %n page to the printer.", "Sent %n pages to the printer."),
    ),
}


def fill_plural(message: ET.Element, lang: str) -> bool:
    """Give a %n message its two forms; False when the table lacks it."""
    source = message.find("source").text or ""
    translation = message.find("translation")
    if source not in PLURALS:
        return False
    for child in list(translation):
        translation.remove(child)
    for form in PLURALS[source][0 if lang == "nl" else 1]:
        ET.SubElement(translation, "numerusform").text = form
    translation.text = None
    translation.attrib.pop("type", None)
    return True


def english_plurals(sources: list[str]) -> None:
    ts = HERE / "pps_monitor_en.ts"
    subprocess.run(
        ["pyside6-lupdate", *sources, "-pluralonly", "-ts", str(ts), "-target-language", "en_GB"],
        check=True,
    )
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        if message.find("translation").get("type") != "vanished" and not fill_plural(message, "en"):
            print("no English plural forms:", repr(message.find("source").text))
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "pps_monitor" / "ui").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-ts", str(TS), "-target-language", "nl_NL"], check=True)
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation.get("type") == "vanished":
            continue
        if message.get("numerus") == "yes":
            if translation.get("type") == "unfinished" and not fill_plural(message, "nl"):
                missing.append(source)
            continue
        if translation.text and translation.get("type") != "unfinished":
            continue
        if source in NL:
            translation.text = NL[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    english_plurals(sources)
    for source in missing:
        print("untranslated:", repr(source))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
