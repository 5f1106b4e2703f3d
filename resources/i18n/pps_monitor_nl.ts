<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name />
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="29" />
        <source>Figures of this round were already shown; only the whole round can be erased.</source>
        <translation>Cijfers van deze ronde zijn al getoond; alleen de hele ronde kan nog worden gewist.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="46" />
        <source>The round was erased. These backups still hold it:
%1

Delete these backups now, so that the round is erased everywhere? (Otherwise they are removed at the next backup rotation.)</source>
        <translation>De ronde is gewist. Deze reservekopieën bevatten haar nog:
%1

Deze reservekopieën nu verwijderen, zodat de ronde overal is gewist? (Anders worden ze opgeruimd bij de volgende reservekopie.)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="52" />
        <source>The backups are kept until the next backup rotation.</source>
        <translation>De reservekopieën blijven bewaard tot ze bij de volgende reservekopie worden opgeruimd.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="58" />
        <source>%1 of %2 backups deleted; the round is erased everywhere.</source>
        <translation>%1 van %2 reservekopieën verwijderd; de ronde is overal gewist.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="62" />
        <source>Not every backup could be deleted; delete these by hand:
%1</source>
        <translation>Niet elke reservekopie kon worden verwijderd; verwijder deze zelf:
%1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="73" />
        <source>Corrections</source>
        <translation>Correcties</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="77" />
        <source>This round has no respondent with that id.</source>
        <translation>Deze ronde heeft geen respondent met dat nummer.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="92" />
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="103" />
        <source>Remove a respondent</source>
        <translation>Een respondent verwijderen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="94" />
        <source>The respondent's id, as in the complete export (a mistyped paper form or a test). This is possible only while the round's figures do not include them yet.</source>
        <translation>Het nummer van de respondent, zoals in de volledige export (een verkeerd ingetypt papieren formulier of een test). Dit kan alleen zolang de cijfers van de ronde deze respondent nog niet bevatten.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="104" />
        <source>Remove respondent %1 with all their answers from round %2?</source>
        <translation>Respondent %1 met alle antwoorden verwijderen uit ronde %2?</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="113" />
        <source>The respondent was removed.</source>
        <translation>De respondent is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="128" />
        <source>Undo last import or paper batch</source>
        <translation>Laatste import of stapel papieren formulieren ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="130" />
        <source>Remove the respondents of the last import or paper batch of round %1? This is possible only while the round's figures do not include them yet.</source>
        <translation>De respondenten van de laatste import of stapel papieren formulieren van ronde %1 verwijderen? Dit kan alleen zolang de cijfers van de ronde hen nog niet bevatten.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="143" />
        <source>There is no batch to undo: the last import or paper batch of this round is already in figures that were shown (or a single answer came after it). Only the whole round can be erased.</source>
        <translation>Er is niets ongedaan te maken: de laatste import of stapel papieren formulieren van deze ronde zit al in cijfers die getoond zijn (of er kwam daarna nog een los antwoord). Alleen de hele ronde kan nog worden gewist.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="44" />
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="159" />
        <source>Erase round for good</source>
        <translation>Ronde definitief wissen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="161" />
        <source>Erase round %1 with all %2 respondents, their answers and comments for good? This cannot be undone.</source>
        <translation>Ronde %1 met alle %2 respondenten, hun antwoorden en opmerkingen definitief wissen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The round was erased. These backups still hold it until they are rotated away; delete them to erase it everywhere:
%1</source>
        <translation type="vanished">De ronde is gewist. Deze reservekopieën bevatten haar nog tot ze worden opgeruimd; verwijder ze om haar overal te wissen:
%1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/corrections.py" line="176" />
        <source>The round was erased; no backup holds it.</source>
        <translation>De ronde is gewist; geen reservekopie bevat haar nog.</translation>
    </message>
    <message>
        <source>%1 respondents were removed.</source>
        <translation type="vanished">%1 respondenten zijn verwijderd.</translation>
    </message>
</context>
<context>
    <name>ActionPointDialog</name>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="107" />
        <source>Action point</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="110" />
        <source>(whole partnership)</source>
        <translation>(hele samenwerking)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="126" />
        <source>(not yet)</source>
        <translation>(nog niet)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="137" />
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="138" />
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="139" />
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="140" />
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="141" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="142" />
        <source>Raised in round</source>
        <translation>Ingebracht in ronde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="143" />
        <source>Reviewed in round</source>
        <translation>Besproken in ronde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="148" />
        <source>Please describe the action.</source>
        <translation>Beschrijf de actie.</translation>
    </message>
</context>
<context>
    <name>ActionPointsTab</name>
    <message>
        <location filename="../../pps_monitor/ui/partnership/actions_tab.py" line="29" />
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/actions_tab.py" line="30" />
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/actions_tab.py" line="31" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/actions_tab.py" line="33" />
        <source>Score then</source>
        <translation>Score toen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/actions_tab.py" line="38" />
        <source>Latest score</source>
        <translation>Laatste score</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/actions_tab.py" line="42" />
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/actions_tab.py" line="43" />
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/actions_tab.py" line="44" />
        <source>Raised in</source>
        <translation>Ingebracht in</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/actions_tab.py" line="45" />
        <source>Reviewed in</source>
        <translation>Besproken in</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/actions_tab.py" line="48" />
        <source>Add action point…</source>
        <translation>Actiepunt toevoegen…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/actions_tab.py" line="49" />
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/actions_tab.py" line="50" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/actions_tab.py" line="80" />
        <source>(whole partnership)</source>
        <translation>(hele samenwerking)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/actions_tab.py" line="108" />
        <source>Delete this action point?</source>
        <translation>Dit actiepunt verwijderen?</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/actions_tab.py" line="109" />
        <source>Delete action point</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
</context>
<context>
    <name>BalancePage</name>
    <message>
        <location filename="../../pps_monitor/ui/results/time_pages.py" line="98" />
        <source>Contract–relational balance</source>
        <translation>Balans contract–relatie</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/time_pages.py" line="105" />
        <source>relational ahead of contract</source>
        <translation>relatie vóór op contract</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/time_pages.py" line="105" />
        <source>contract ahead of relational</source>
        <translation>contract vóór op relatie</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/time_pages.py" line="113" />
        <source>Warning: partners rate relational coordination (goals, knowledge, trust) clearly lower than contract coordination. The partnership may be drifting towards a merely contractual relation.</source>
        <translation>Let op: partners beoordelen de relationele coördinatie (doelen, kennis, vertrouwen) duidelijk lager dan de contractcoördinatie. De samenwerking kan afglijden naar een louter contractuele relatie.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/time_pages.py" line="117" />
        <source>Warning: relational coordination is falling behind contract coordination compared with earlier rounds. Watch for a drift towards a merely contractual relation.</source>
        <translation>Let op: de relationele coördinatie raakt achter op de contractcoördinatie vergeleken met eerdere rondes. Waak voor afglijden naar een louter contractuele relatie.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/time_pages.py" line="123" />
        <source>No sign of a drift towards a merely contractual relation.</source>
        <translation>Geen teken van afglijden naar een louter contractuele relatie.</translation>
    </message>
</context>
<context>
    <name>BalanceRuleDialog</name>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_rule_dialog.py" line="23" />
        <source>Balance sheet rule</source>
        <translation>Regel voor de balans</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_rule_dialog.py" line="26" />
        <source>How a row of the balance sheet gets its status from the scores it rests on. The rule holds for this partnership on every laptop, and is written in the report's method appendix.</source>
        <translation>Hoe een regel van de balans zijn beoordeling krijgt uit de scores waarop hij steunt. De regel geldt voor dit samenwerkingsverband op elke laptop en staat in de verantwoording van het rapport.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_rule_dialog.py" line="34" />
        <source>The mean of the scores</source>
        <translation>Het gemiddelde van de scores</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_rule_dialog.py" line="35" />
        <source>The lowest of the scores (stricter)</source>
        <translation>De laagste van de scores (strenger)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_rule_dialog.py" line="39" />
        <source>Status from</source>
        <translation>Beoordeling volgens</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_rule_dialog.py" line="40" />
        <source>Good from</source>
        <translation>Goed vanaf</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_rule_dialog.py" line="41" />
        <source>Mixed from (below: poor)</source>
        <translation>Wisselend vanaf (daaronder: zwak)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_rule_dialog.py" line="46" />
        <source>'Mixed from' must be lower than 'good from'.</source>
        <translation>'Wisselend vanaf' moet lager zijn dan 'goed vanaf'.</translation>
    </message>
</context>
<context>
    <name>BalanceSheetPage</name>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="88" />
        <source>Rule…</source>
        <translation>Regel…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="89" />
        <source>How a row's status follows from its scores</source>
        <translation>Hoe de beoordeling van een regel volgt uit de scores</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="100" />
        <source>Balance sheet</source>
        <translation>Balans</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="116" />
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="117" />
        <source>mixed</source>
        <translation>wisselend</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="118" />
        <source>poor</source>
        <translation>zwak</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="119" />
        <source>not enough data</source>
        <translation>te weinig gegevens</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="126" />
        <source>better</source>
        <translation>beter</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="127" />
        <source>worse</source>
        <translation>slechter</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="128" />
        <source>about the same</source>
        <translation>ongeveer gelijk</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="140" />
        <source>%1 (n = %2, too few)</source>
        <translation>%1 (n = %2, te weinig)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="143" />
        <source>, risk, counted as 6 − mean</source>
        <translation>, risico, geteld als 6 − gemiddelde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="146" />
        <source>no scores with enough answers</source>
        <translation>geen scores met genoeg antwoorden</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="151" />
        <source>%1: held back</source>
        <translation>%1: niet getoond</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="172" />
        <source>The balance of round %1, modelled on the pilots' evaluation. Each row rests on the scores and key figures named beside it.</source>
        <translation>De balans van ronde %1, naar het voorbeeld van de evaluatie van de pilots. Elke regel steunt op de scores en kerncijfers die ernaast staan.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="177" />
        <source>Since %1</source>
        <translation>Sinds %1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="179" />
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="182" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="182" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="182" />
        <source>Rests on</source>
        <translation>Steunt op</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="185" />
        <source>the mean</source>
        <translation>het gemiddelde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="185" />
        <source>the lowest</source>
        <translation>de laagste</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="188" />
        <source>Rule: %1 of the scores a row rests on; from %2 good, from %3 mixed, below that poor. A score counts only with at least %4 answers in its group.</source>
        <translation>Regel: %1 van de scores waarop een regel steunt; vanaf %2 goed, vanaf %3 wisselend, daaronder zwak. Een score telt alleen mee met minstens %4 antwoorden in zijn groep.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="201" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/balance_sheet_page.py" line="202" />
        <source>Design principles</source>
        <translation>Ontwerpprincipes</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <location filename="../../pps_monitor/ui/common/chart_canvas.py" line="105" />
        <source>Drawing…</source>
        <translation>Tekenen…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/chart_canvas.py" line="106" />
        <source>Save chart…</source>
        <translation>Grafiek opslaan…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/chart_canvas.py" line="319" />
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/chart_canvas.py" line="321" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/chart_canvas.py" line="320" />
        <source>chart</source>
        <translation>grafiek</translation>
    </message>
</context>
<context>
    <name>CommentsPage</name>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="174" />
        <source>Comments</source>
        <translation>Toelichtingen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="192" />
        <source>Comments are not shown: this round has fewer than %1 respondents.</source>
        <translation>Toelichtingen worden niet getoond: deze ronde heeft minder dan %1 respondenten.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="208" />
        <source>No comments in this round.</source>
        <translation>Geen toelichtingen in deze ronde.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="220" />
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="221" />
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="222" />
        <source>Second</source>
        <translation>Tweede</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="224" />
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="230" />
        <source>95% interval</source>
        <translation>95%-interval</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="238" />
        <source>Compare</source>
        <translation>Vergelijk</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="240" />
        <source>with</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="246" />
        <source>▲/▼ marks a significant change, corrected for testing every dimension at once (Benjamini–Hochberg, q = 0.05); the intervals are uncorrected 95% Welch intervals. A change is tested only with at least %1 respondents in both rounds.</source>
        <translation>▲/▼ geeft een significante verandering aan, gecorrigeerd voor het toetsen van alle dimensies tegelijk (Benjamini-Hochberg, q = 0,05); de intervallen zijn ongecorrigeerde 95%-intervallen (Welch). Een verandering wordt alleen getoetst als beide rondes minstens %1 respondenten hebben.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="255" />
        <source>Compare rounds</source>
        <translation>Rondes vergelijken</translation>
    </message>
    <message>
        <source>▲/▼ marks a significant change: the 95% Welch interval excludes 0.</source>
        <translation type="vanished">▲/▼ geeft een significante verandering aan: het 95%-Welch-interval bevat 0 niet.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/common/counts.py" line="14" />
        <source>%n form(s) saved.</source>
        <translation>
            <numerusform>%n formulier opgeslagen.</numerusform>
            <numerusform>%n formulieren opgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/common/counts.py" line="17" />
        <source>Exported %n answer(s) to %2</source>
        <translation>
            <numerusform>%n antwoord geëxporteerd naar %2</numerusform>
            <numerusform>%n antwoorden geëxporteerd naar %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/common/counts.py" line="20" />
        <source>%n respondent(s) removed.</source>
        <translation>
            <numerusform>%n respondent verwijderd.</numerusform>
            <numerusform>%n respondenten verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionDialog</name>
    <message>
        <location filename="../../pps_monitor/ui/results/dialogs.py" line="42" />
        <source> (reverse-worded: scored 6 − answer)</source>
        <translation> (omgekeerd geformuleerd: score is 6 − antwoord)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/dialogs.py" line="44" />
        <source>n = %1, mean %2, SD %3, median %4, don't know %5%</source>
        <translation>n = %1, gemiddelde %2, SD %3, mediaan %4, weet niet %5%</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/dialogs.py" line="57" />
        <source>Too few answers to show how often each answer was given (with so few, the others' answers could be worked out).</source>
        <translation>Te weinig antwoorden om te tonen hoe vaak elk antwoord is gegeven (met zo weinig zijn de antwoorden van de anderen terug te rekenen).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../pps_monitor/ui/common/errors.py" line="55" />
        <source>The database is in use by another program. Close it there and try again.</source>
        <translation>De database is in gebruik door een ander programma. Sluit hem daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/errors.py" line="59" />
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/errors.py" line="63" />
        <source>The database file is read-only. Nothing was saved.</source>
        <translation>Het databasebestand is alleen-lezen. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/errors.py" line="78" />
        <source>PPS Monitor</source>
        <translation>PPS Monitor</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/errors.py" line="84" />
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/errors.py" line="86" />
        <source>Something went wrong that should not have. Nothing half-written was saved. The details below were also written to the log file:
{path}</source>
        <translation>Er ging iets mis dat niet mis had mogen gaan. Er is niets half opgeslagen. De details hieronder staan ook in het logbestand:
{path}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="165" />
        <source>Timeline event</source>
        <translation>Gebeurtenis op de tijdlijn</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="169" />
        <source>e.g. New alderman, contract renewed</source>
        <translation>bijv. nieuwe wethouder, contract verlengd</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="170" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="171" />
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="175" />
        <source>Please say what happened.</source>
        <translation>Vul in wat er gebeurde.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="40" />
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="90" />
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="62" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="43" />
        <source>Partnership: %1</source>
        <translation>Samenwerking: %1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="44" />
        <source>Round: %1</source>
        <translation>Ronde: %1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="48" />
        <source>partnership(s)</source>
        <translation>samenwerking(en)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="49" />
        <source>organisation(s)</source>
        <translation>organisatie(s)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="50" />
        <source>round(s)</source>
        <translation>ronde(s)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="51" />
        <source>respondent(s)</source>
        <translation>respondent(en)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="52" />
        <source>answer(s)</source>
        <translation>antwoord(en)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="53" />
        <source>comment(s)</source>
        <translation>toelichting(en)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="61" />
        <source>Will add:</source>
        <translation>Wordt toegevoegd:</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="66" />
        <source>Nothing new: everything in this file is already here.</source>
        <translation>Niets nieuws: alles uit dit bestand staat er al.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="16" />
        <source>%1 answer(s) already here, not yet included, were included on the other laptop; importing includes them here too.</source>
        <translation>%1 antwoord(en) die hier nog niet meetellen, tellen op de andere laptop al mee; met importeren tellen ze hier ook mee.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="28" />
        <source>%1 answer(s) already here were shown on the other laptop by the old method, before an update; importing holds back the same figures here.</source>
        <translation>%1 antwoord(en) die hier al staan, zijn op de andere laptop getoond volgens de oude methode, van vóór een update; importeren houdt hier dezelfde cijfers achter.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="73" />
        <source>%1 record(s) are already here and stay as they are.</source>
        <translation>%1 gegeven(s) staan er al en blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="79" />
        <source>Refused: the file conflicts with this database:</source>
        <translation>Geweigerd: het bestand botst met deze database:</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="87" />
        <source>Imported: %1</source>
        <translation>Geïmporteerd: %1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="78" />
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="81" />
        <source>Checking the file…</source>
        <translation>Het bestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="94" />
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="101" />
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="124" />
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="156" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="42" />
        <location filename="../../pps_monitor/ui/exchange/paper_forms.py" line="32" />
        <source>Select a round in the Rounds tab first.</source>
        <translation>Kies eerst een ronde op het tabblad Rondes.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="114" />
        <source>round</source>
        <translation>ronde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="116" />
        <source>answers</source>
        <translation>antwoorden</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="48" />
        <location filename="../../pps_monitor/ui/exchange/instrument_sheets.py" line="57" />
        <location filename="../../pps_monitor/ui/exchange/paper_forms.py" line="59" />
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="179" />
        <source>Export answers</source>
        <translation>Antwoorden exporteren</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="145" />
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="201" />
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="157" />
        <source>%1 answer(s) were left out of the file: answers not yet included in the results, or included ones that another laptop could not show exactly as they are shown here. To bring every answer to the coordinator's laptop, export again with 'All answers, for the coordinator's laptop'.</source>
        <translation>%1 antwoord(en) zijn niet in het bestand gezet: antwoorden die nog niet meetellen in de uitkomsten, of antwoorden die een andere laptop niet precies zo kan tonen als hier. Exporteer opnieuw met 'Alle antwoorden, voor de laptop van de coördinator' om alle antwoorden naar de laptop van de coördinator te brengen.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="223" />
        <source>Backed up to %1</source>
        <translation>Reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="237" />
        <source>Restore from a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="253" />
        <source>Replace the current database with the backup %1? The current state is backed up first.</source>
        <translation>De huidige database vervangen door de reservekopie %1? Van de huidige stand wordt eerst een reservekopie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="278" />
        <source>Erase a respondent</source>
        <translation>Een respondent wissen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="282" />
        <source>The respondent's id (the 'respondent' column of the exported answers):</source>
        <translation>Het id van de respondent (de kolom 'respondent' van de geëxporteerde antwoorden):</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="293" />
        <source>No respondent has the id %1.</source>
        <translation>Geen respondent heeft het id %1.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="301" />
        <source>Erase every answer and comment of respondent %1 for good? This cannot be undone; older backups are removed at the next backup.</source>
        <translation>Alle antwoorden en toelichtingen van respondent %1 definitief wissen? Dit kan niet ongedaan worden gemaakt; oudere reservekopieën worden bij de volgende reservekopie verwijderd.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/feature.py" line="315" />
        <source>The respondent was erased.</source>
        <translation>De respondent is gewist.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="105" />
        <location filename="../../pps_monitor/ui/exchange/paper_forms.py" line="67" />
        <source>Paper forms from a spreadsheet</source>
        <translation>Papieren formulieren uit een spreadsheet</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="113" />
        <source>%1 empty, 0 or ? cells are stored as don't know.</source>
        <translation>%1 lege cellen, 0 of ? worden vastgelegd als weet niet.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="127" />
        <source>Problems (nothing is stored while any row is invalid):</source>
        <translation>Problemen (er wordt niets opgeslagen zolang een rij ongeldig is):</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/paper_forms.py" line="31" />
        <location filename="../../pps_monitor/ui/exchange/paper_forms.py" line="87" />
        <source>Paper forms</source>
        <translation>Papieren formulieren</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/paper_forms.py" line="45" />
        <source>Paper-form template</source>
        <translation>Sjabloon voor papieren formulieren</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/paper_forms.py" line="88" />
        <source>This round is closed. Reopen it to add paper forms.</source>
        <translation>Deze ronde is gesloten. Heropen haar om papieren formulieren in te voeren.</translation>
    </message>
    <message>
        <source>%1 newer answer(s) are not yet included in the results and were left out of the file. To bring them to the coordinator's laptop, export again with 'All answers, for the coordinator's laptop'.</source>
        <translation type="vanished">%1 nieuwere antwoord(en) tellen nog niet mee in de uitkomsten en zijn niet in het bestand gezet. Exporteer opnieuw met 'Alle antwoorden, voor de laptop van de coördinator' om ze naar de laptop van de coördinator te brengen.</translation>
    </message>
    <message>
        <source>Exported %1 answers to %2</source>
        <translation type="vanished">%1 antwoorden geëxporteerd naar %2</translation>
    </message>
    <message>
        <source>%1 form(s) read, %2 valid.</source>
        <translation type="vanished">%1 formulier(en) gelezen, %2 geldig.</translation>
    </message>
    <message>
        <source>Import %1 forms</source>
        <translation type="vanished">%1 formulieren importeren</translation>
    </message>
    <message>
        <source>Import only the %1 valid forms</source>
        <translation type="vanished">Alleen de %1 geldige formulieren importeren</translation>
    </message>
    <message>
        <source>%1 form(s) saved.</source>
        <translation type="vanished">%1 formulier(en) opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/instrument_sheets.py" line="33" />
        <location filename="../../pps_monitor/ui/exchange/instrument_sheets.py" line="44" />
        <source>Questionnaire as Excel template</source>
        <translation>Vragenlijst als Excel-sjabloon</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/instrument_sheets.py" line="34" />
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/instrument_sheets.py" line="66" />
        <location filename="../../pps_monitor/ui/exchange/instrument_sheets.py" line="90" />
        <source>Import a questionnaire from Excel</source>
        <translation>Vragenlijst uit Excel inlezen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/instrument_sheets.py" line="81" />
        <source>Imported %1 version %2. It is offered when you make a new round.</source>
        <translation>%1 versie %2 is ingelezen. U kunt hem kiezen als u een nieuwe ronde maakt.</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="168" />
        <source>Export answers file</source>
        <translation>Antwoordenbestand exporteren</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="171" />
        <source>The answers file is anonymous: only answers already included in the results, without the sector or role of groups smaller than the partnership's minimum. Writing it counts as showing the results.</source>
        <translation>Het antwoordenbestand is anoniem: alleen antwoorden die al in de uitkomsten meetellen, zonder de sector of rol van groepen kleiner dan het minimum van het samenwerkingsverband. Het bestand maken telt als het tonen van de uitkomsten.</translation>
    </message>
    <message>
        <source>All answers, for the coordinator (also those not yet included, with sector and role)</source>
        <translation type="vanished">Alle antwoorden, voor de coördinator (ook de antwoorden die nog niet meetellen, met sector en rol)</translation>
    </message>
    <message>
        <source>Warning: use the complete file only to bring answers to the coordinator's laptop. Anyone who reads it may find out what a partner answered; do not share it with partners.</source>
        <translation type="vanished">Let op: gebruik het volledige bestand alleen om antwoorden naar de laptop van de coördinator te brengen. Wie het leest, kan achterhalen wat een partner heeft geantwoord; deel het niet met partners.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="176" />
        <source>All answers, for the coordinator's laptop</source>
        <translation>Alle antwoorden, voor de laptop van de coördinator</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="178" />
        <source>Warning: the complete file also holds the answers not yet included, with the sector and role of every respondent. Use it only to bring answers to the coordinator's laptop: anyone who reads it may find out what a partner answered. Do not share it with partners.</source>
        <translation>Let op: het volledige bestand bevat ook de antwoorden die nog niet meetellen, met de sector en rol van elke respondent. Gebruik het alleen om antwoorden naar de laptop van de coördinator te brengen: wie het leest, kan achterhalen wat een partner heeft geantwoord. Deel het niet met partners.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="184" />
        <source>Export answers</source>
        <translation>Antwoorden exporteren</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="187" />
        <source>The export is anonymous: no organisation, sector or role of groups smaller than the partnership's minimum, rows shuffled, new respondent ids; no "don't know", and unless everyone answered the same topics, one id per person and topic (in Excel, the 'about' sheet says why).</source>
        <translation>De export is anoniem: geen organisatie, en geen sector of rol van groepen kleiner dan het minimum van het samenwerkingsverband; rijen door elkaar, nieuwe respondentnummers; geen "weet niet", en tenzij iedereen dezelfde onderwerpen beantwoordde, één nummer per persoon en onderwerp (in Excel staat op het blad 'about' waarom).</translation>
    </message>
    <message>
        <source>The export is anonymous: no organisation, sector or role of groups smaller than the partnership's minimum, rows shuffled, new respondent ids.</source>
        <translation type="vanished">De export is anoniem: geen organisatie, en geen sector of rol van groepen kleiner dan het minimum van het samenwerkingsverband; rijen door elkaar, nieuwe respondentnummers.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="194" />
        <source>Complete table (with organisation, sector and role of every respondent)</source>
        <translation>Volledige tabel (met organisatie, sector en rol van elke respondent)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="197" />
        <source>Warning: the complete table lets anyone who reads it find out what a partner answered. Keep it on this laptop; do not mail it or put it on a shared drive.</source>
        <translation>Let op: met de volledige tabel kan iedereen die haar leest achterhalen wat een partner heeft geantwoord. Bewaar haar op deze laptop; mail haar niet en zet haar niet op een gedeelde schijf.</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <location filename="../../pps_monitor/ui/meeting/facts.py" line="21" />
        <source>Two more questions. You may leave them empty.</source>
        <translation>Nog twee vragen. Je mag ze leeg laten.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/facts.py" line="43" />
        <source>Send my answers</source>
        <translation>Antwoorden versturen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/facts.py" line="99" />
        <source>Fill in a number from %1 to %2, or leave it empty.</source>
        <translation>Vul een getal van %1 tot %2 in, of laat het leeg.</translation>
    </message>
</context>
<context>
    <name>Glance</name>
    <message>
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="33" />
        <source>At a glance</source>
        <translation>In één oogopslag</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="59" />
        <source>No round yet.</source>
        <translation>Nog geen ronde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="62" />
        <source>Latest round: %1 (%2), %3, %n respondent(s).</source>
        <translation>
            <numerusform>Laatste ronde: %1 (%2), %3, %n respondent.</numerusform>
            <numerusform>Laatste ronde: %1 (%2), %3, %n respondenten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="67" />
        <source>Next step: %1</source>
        <translation>Volgende stap: %1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="72" />
        <source>create the first round (Ctrl+R) for the next meeting.</source>
        <translation>maak de eerste ronde aan (Ctrl+R) voor de volgende bijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="75" />
        <source>let the partners answer: meeting mode (F5), phones or paper forms.</source>
        <translation>laat de partners de vragenlijst invullen: vergadermodus (F5), telefoons of papieren formulieren.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="76" />
        <source>close the round when everyone has answered, then discuss the results.</source>
        <translation>sluit de ronde als iedereen heeft ingevuld en bespreek dan de uitkomsten.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="79" />
        <source>discuss the results and record action points, each with an owner.</source>
        <translation>bespreek de uitkomsten en leg actiepunten vast, elk met een trekker.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="80" />
        <source>work on the action points; create the next round (Ctrl+R) in time.</source>
        <translation>werk aan de actiepunten; maak op tijd de volgende ronde aan (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="85" />
        <source>No open action points.</source>
        <translation>Geen open actiepunten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="91" />
        <source>%n open action point(s)</source>
        <translation>
            <numerusform>%n open actiepunt</numerusform>
            <numerusform>%n open actiepunten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="93" />
        <source>none past its due date.</source>
        <translation>geen over de streefdatum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="98" />
        <source>%n past its due date: </source>
        <translation>
            <numerusform>waarvan %n over de streefdatum: </numerusform>
            <numerusform>waarvan %n over de streefdatum: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="117" />
        <source>No radar yet: n = %1, results show from %2 answers.</source>
        <translation>Nog geen radar: n = %1, uitkomsten verschijnen vanaf %2 antwoorden.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="138" />
        <source>Radar of %1 (n = %2). Lowest: %3. Highest: %4. Every topic by name: tab Results.</source>
        <translation>Radar van %1 (n = %2). Laagst: %3. Hoogst: %4. Alle onderwerpen met naam: tabblad Uitkomsten.</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../../pps_monitor/ui/common/groups.py" line="23" />
        <source>Whose questionnaire?</source>
        <translation>Welke vragenlijst?</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../pps_monitor/ui/common/help.py" line="69" />
        <source>PPS Monitor help</source>
        <translation>Hulp bij PPS Monitor</translation>
    </message>
</context>
<context>
    <name>KeyFiguresDialog</name>
    <message>
        <location filename="../../pps_monitor/ui/partnership/key_figures_dialog.py" line="31" />
        <source>Key figures of round %1</source>
        <translation>Kerncijfers van ronde %1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/key_figures_dialog.py" line="35" />
        <source>The facts of this round, counted since the previous round. Leave a field empty when it is not known. Outcomes of workers (left, still employed) are shown to others only when at least the round minimum of workers started.</source>
        <translation>De feiten van deze ronde, geteld sinds de vorige ronde. Laat een veld leeg als het niet bekend is. Wat er met werknemers gebeurde (uitgestroomd, nog in dienst) zien anderen alleen als minstens het minimum voor een ronde aan werknemers is gestart.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/key_figures_dialog.py" line="50" />
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/key_figures_dialog.py" line="77" />
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” is geen getal.</translation>
    </message>
</context>
<context>
    <name>KeyFiguresPage</name>
    <message>
        <location filename="../../pps_monitor/ui/results/key_figures_page.py" line="56" />
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/key_figures_page.py" line="83" />
        <source>held back</source>
        <translation>niet getoond</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/key_figures_page.py" line="93" />
        <source>Facts the coordinator recorded for each round (Rounds tab, Key figures…), counted since the round before; – is not recorded.</source>
        <translation>Feiten die de coördinator per ronde heeft vastgelegd (tabblad Rondes, Kerncijfers…), geteld sinds de vorige ronde; – is niet vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/key_figures_page.py" line="100" />
        <source>Held back: what happened to workers is not shown while fewer than %1 workers started; with so few, a figure tells about a person.</source>
        <translation>Niet getoond: wat er met werknemers gebeurde, tonen we niet zolang minder dan %1 werknemers zijn gestart; bij zo weinig mensen zegt een getal iets over één persoon.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="10" />
        <source>Public</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="11" />
        <source>Private</source>
        <translation>Privaat</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="12" />
        <source>Social enterprise</source>
        <translation>Sociale onderneming</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="13" />
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="20" />
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="21" />
        <source>Executive professional</source>
        <translation>Uitvoerend professional</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="36" />
        <location filename="../../pps_monitor/ui/common/labels.py" line="43" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="37" />
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="44" />
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="45" />
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="46" />
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="61" />
        <source>Strength</source>
        <translation>Sterk punt</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="62" />
        <source>Attention</source>
        <translation>Aandachtspunt</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="63" />
        <source>Concern</source>
        <translation>Zorgpunt</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="53" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="54" />
        <source>Employers</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="55" />
        <source>Workers</source>
        <translation>Werknemers</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="29" />
        <source>PPS health</source>
        <translation>PPS-gezondheid</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/labels.py" line="14" />
        <location filename="../../pps_monitor/ui/common/labels.py" line="22" />
        <source>Rather not say</source>
        <translation>Zeg ik liever niet</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation type="vanished">Niet opgegeven</translation>
    </message>
</context>
<context>
    <name>Landing</name>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="34" />
        <source>New partnership…</source>
        <translation>Nieuwe samenwerking…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="35" />
        <source>Try the demo partnership</source>
        <translation>Probeer de demosamenwerking</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="36" />
        <source>Open database…</source>
        <translation>Database openen…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="37" />
        <source>New database…</source>
        <translation>Nieuwe database…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="38" />
        <source>Guide (F1)</source>
        <translation>Handleiding (F1)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="76" />
        <source>No database is open</source>
        <translation>Er is geen database open</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="78" />
        <source>Open the database of your partnerships (File → Open database, Ctrl+O) or start a new one.</source>
        <translation>Open de database met uw samenwerkingen (Bestand → Database openen, Ctrl+O) of begin een nieuwe.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="85" />
        <source>Choose a partnership</source>
        <translation>Kies een samenwerking</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="86" />
        <source>Click a partnership on the left to see its rounds and results.</source>
        <translation>Klik links op een samenwerking om de rondes en uitkomsten te zien.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="92" />
        <source>Create a partnership (Ctrl+N) and add its organisations.</source>
        <translation>Maak een samenwerking aan (Ctrl+N) en voeg de organisaties toe.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="93" />
        <source>Create a round (Ctrl+R) for the next meeting.</source>
        <translation>Maak een ronde aan (Ctrl+R) voor de volgende bijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="95" />
        <source>Let the partners answer: in meeting mode on this laptop (F5), on their phones, or on paper forms.</source>
        <translation>Laat de partners de vragenlijst invullen: in de vergadermodus op deze laptop (F5), op hun telefoon of op papier.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="98" />
        <source>Close the round, discuss the results and record action points.</source>
        <translation>Sluit de ronde, bespreek de uitkomsten en leg actiepunten vast.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="102" />
        <source>Welcome to PPS Monitor</source>
        <translation>Welkom bij PPS Monitor</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="103" />
        <source>Measure the health of your public-private partnership in rounds.</source>
        <translation>Meet in rondes hoe gezond uw publiek-private samenwerking is.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/common/landing.py" line="105" />
        <source>Everything stays on this laptop. Press F1 for the guide.</source>
        <translation>Alles blijft op deze laptop. Druk op F1 voor de handleiding.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pps_monitor/ui/main_window.py" line="105" />
        <source>Partnerships</source>
        <translation>Samenwerkingen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/shell_dialogs.py" line="89" />
        <source>Database location</source>
        <translation>Plaats van de database</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="72" />
        <source>&amp;New partnership…</source>
        <translation>&amp;Nieuwe samenwerking…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="77" />
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="82" />
        <source>New &amp;database…</source>
        <translation>Nieuwe &amp;database…</translation>
    </message>
    <message>
        <source>&amp;Print round summary…</source>
        <translation type="vanished">Samenvatting van de ronde af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="87" />
        <source>&amp;Report (preview, save, print)…</source>
        <translation>&amp;Rapportage (voorbeeld, opslaan, afdrukken)…</translation>
    </message>
    <message>
        <source>&amp;Export answers (CSV)…</source>
        <translation type="vanished">Antwoorden &amp;exporteren (CSV)…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="92" />
        <source>&amp;Export answers (Excel, CSV)…</source>
        <translation>Antwoorden &amp;exporteren (Excel, CSV)…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="97" />
        <source>&amp;Import file…</source>
        <translation>Bestand &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="100" />
        <source>Export round &amp;package…</source>
        <translation>Ronde&amp;pakket exporteren…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="104" />
        <source>Export round &amp;answers…</source>
        <translation>&amp;Antwoorden van de ronde exporteren…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="108" />
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="111" />
        <source>&amp;Restore from a backup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="114" />
        <source>Erase a respondent (privacy)…</source>
        <translation>Een respondent wissen (privacy)…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="118" />
        <source>Add &amp;demo partnership</source>
        <translation>&amp;Demosamenwerking toevoegen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="121" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="127" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="131" />
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="135" />
        <source>&amp;Rename partnership…</source>
        <translation>Samenwerking &amp;hernoemen…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="140" />
        <source>&amp;Delete partnership…</source>
        <translation>Samenwerking &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="144" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="154" />
        <source>New &amp;round…</source>
        <translation>Nieuwe &amp;ronde…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="157" />
        <source>&amp;Meeting mode…</source>
        <translation>&amp;Vergadermodus…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="160" />
        <source>Answer on p&amp;hones…</source>
        <translation>Beantwoorden op &amp;telefoons…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="165" />
        <source>&amp;Paper forms…</source>
        <translation>&amp;Papieren formulieren…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="170" />
        <source>Paper-form &amp;template (Excel, CSV)…</source>
        <translation>&amp;Sjabloon voor papieren formulieren (Excel, CSV)…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="174" />
        <source>&amp;Import paper forms from a spreadsheet…</source>
        <translation>Papieren formulieren uit een spreadsheet &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="194" />
        <source>&amp;About PPS Monitor</source>
        <translation>&amp;Over PPS Monitor</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="206" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="209" />
        <location filename="../../pps_monitor/ui/shell_dialogs.py" line="75" />
        <source>Recent databases</source>
        <translation>Recente databases</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="219" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="226" />
        <source>&amp;Round</source>
        <translation>&amp;Ronde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="239" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="244" />
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/commands.py" line="27" />
        <source>New partnership</source>
        <translation>Nieuwe samenwerking</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/commands.py" line="28" />
        <source>Name of the partnership:</source>
        <translation>Naam van de samenwerking:</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/commands.py" line="48" />
        <source>Rename partnership</source>
        <translation>Samenwerking hernoemen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/commands.py" line="49" />
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/commands.py" line="70" />
        <source>Delete partnership</source>
        <translation>Samenwerking verwijderen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/commands.py" line="71" />
        <source>Delete partnership %1 with all its rounds and answers? You can undo this with Ctrl+Z.</source>
        <translation>Samenwerking %1 met alle rondes en antwoorden verwijderen? Met Ctrl+Z maakt u dit ongedaan.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/commands.py" line="77" />
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/commands.py" line="89" />
        <source>Welcome to PPS Monitor</source>
        <translation>Welkom bij PPS Monitor</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/commands.py" line="90" />
        <source>This database is empty. Add a demo partnership to look around? You can delete it later.</source>
        <translation>Deze database is leeg. Een demosamenwerking toevoegen om rond te kijken? U kunt die later verwijderen.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/commands.py" line="101" />
        <source>Adding the demo partnership…</source>
        <translation>Demosamenwerking toevoegen…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/shell_dialogs.py" line="102" />
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/shell_dialogs.py" line="103" />
        <source>Select a round in the Rounds tab first.</source>
        <translation>Kies eerst een ronde op het tabblad Rondes.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/feature.py" line="26" />
        <location filename="../../pps_monitor/ui/meeting/feature.py" line="63" />
        <source>Meeting mode</source>
        <translation>Vergadermodus</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/feature.py" line="27" />
        <source>This round is closed. Reopen it to collect answers.</source>
        <translation>Deze ronde is gesloten. Heropen haar om antwoorden te verzamelen.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/feature.py" line="64" />
        <source>%1 answer(s) were added in this meeting. Close the round now and show its results?</source>
        <translation>In deze vergadering zijn %1 antwoord(en) toegevoegd. De ronde nu sluiten en de uitkomsten tonen?</translation>
    </message>
    <message>
        <source>%1 answer(s) were added in this meeting. Close the round now?</source>
        <translation type="vanished">In deze vergadering zijn %1 antwoord(en) toegevoegd. De ronde nu sluiten?</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/feature.py" line="24" />
        <location filename="../../pps_monitor/ui/paper/feature.py" line="30" />
        <source>Paper forms</source>
        <translation>Papieren formulieren</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/feature.py" line="25" />
        <source>This round is closed. Reopen it to add paper forms.</source>
        <translation>Deze ronde is gesloten. Heropen haar om papieren formulieren in te voeren.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/shell_dialogs.py" line="40" />
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/shell_dialogs.py" line="55" />
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="267" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/shell_dialogs.py" line="76" />
        <source>%1 no longer exists.</source>
        <translation>%1 bestaat niet meer.</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation type="vanished">Antwoorden exporteren</translation>
    </message>
    <message>
        <source>Exported %1 answers to %2</source>
        <translation type="vanished">%1 antwoorden geëxporteerd naar %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="vanished">Exporteren…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/shell_dialogs.py" line="142" />
        <source>About PPS Monitor</source>
        <translation>Over PPS Monitor</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/shell_dialogs.py" line="143" />
        <source>PPS Monitor %1

Measure the health of a public-private partnership for socially valuable work, offline.

Database: %2</source>
        <translation>PPS Monitor %1

Meet offline de gezondheid van een publiek-private samenwerking voor maatschappelijk waardevol werk.

Database: %2</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="178" />
        <source>&amp;Guide for the coordinator</source>
        <translation>&amp;Handleiding voor de coördinator</translation>
    </message>
    <message>
        <source>Create a partnership to begin: File → New partnership (Ctrl+N).</source>
        <translation type="vanished">Maak een samenwerking aan om te beginnen: Bestand → Nieuwe samenwerking (Ctrl+N).</translation>
    </message>
    <message>
        <source>No database is open. Use File → Open database (Ctrl+O).</source>
        <translation type="vanished">Er is geen database geopend. Kies Bestand → Database openen (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="186" />
        <source>Questionnaire as Excel &amp;template…</source>
        <translation>Vragenlijst als Excel-&amp;sjabloon…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/menus.py" line="190" />
        <source>Import a &amp;questionnaire from Excel…</source>
        <translation>&amp;Vragenlijst uit Excel inlezen…</translation>
    </message>
</context>
<context>
    <name>MeetingLock</name>
    <message>
        <location filename="../../pps_monitor/ui/meeting/lock.py" line="45" />
        <source>Meeting mode is running. The coordinator ends it with the meeting code.</source>
        <translation>De vergadermodus loopt. De coördinator sluit hem af met de vergadercode.</translation>
    </message>
</context>
<context>
    <name>MeetingStartDialog</name>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="69" />
        <source>Start meeting mode</source>
        <translation>Vergadermodus starten</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="76" />
        <source>Round %1 will be answered on this computer, one person after another. The screen stays in meeting mode until you enter this code. Note it down.</source>
        <translation>Ronde %1 wordt op deze computer ingevuld, de ene persoon na de andere. Het scherm blijft in vergadermodus tot u deze code invoert. Schrijf hem op.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="89" />
        <source>Code to leave meeting mode</source>
        <translation>Code om de vergadermodus te verlaten</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="102" />
        <source>Choose a code of at least 3 characters.</source>
        <translation>Kies een code van minstens 3 tekens.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="92" />
        <source>Who answers in this meeting</source>
        <translation>Wie antwoordt in deze bijeenkomst?</translation>
    </message>
</context>
<context>
    <name>MeetingTies</name>
    <message>
        <location filename="../../pps_monitor/ui/meeting/ties_page.py" line="170" />
        <source>Questions about working with each other…</source>
        <translation>Vragen over de samenwerking met elkaar…</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="205" />
        <source>PPS Monitor – meeting mode</source>
        <translation>PPS Monitor – vergadermodus</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="215" />
        <source>Thank you! Your answers have been saved.</source>
        <translation>Dank u wel! Uw antwoorden zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="217" />
        <source>Please pass the laptop on.</source>
        <translation>Geef de laptop maar door.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="235" />
        <source>Round: %1</source>
        <translation>Ronde: %1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="236" />
        <source>Press Enter to begin</source>
        <translation>Druk op Enter om te beginnen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="242" />
        <source>Coordinator…</source>
        <translation>Coördinator…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="348" />
        <location filename="../../pps_monitor/ui/meeting/window.py" line="356" />
        <source>Leave meeting mode</source>
        <translation>Vergadermodus verlaten</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="349" />
        <source>Coordinator: enter the meeting code to leave meeting mode.</source>
        <translation>Coördinator: voer de vergadercode in om de vergadermodus te verlaten.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="356" />
        <source>That is not the meeting code.</source>
        <translation>Dat is niet de vergadercode.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/meeting/window.py" line="272" />
        <source>%n person(s) have answered so far.</source>
        <translation>
            <numerusform>Er heeft tot nu toe %n persoon geantwoord.</numerusform>
            <numerusform>Er hebben tot nu toe %n personen geantwoord.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 people have answered so far.</source>
        <translation type="vanished">Tot nu toe hebben %1 mensen geantwoord.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New partnership…</source>
        <translation type="vanished">&amp;Nieuwe samenwerking…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="vanished">Database &amp;openen…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation type="vanished">Nieuwe &amp;database…</translation>
    </message>
    <message>
        <source>&amp;Report (preview, save, print)…</source>
        <translation type="vanished">&amp;Rapportage (voorbeeld, opslaan, afdrukken)…</translation>
    </message>
    <message>
        <source>&amp;Export answers (Excel, CSV)…</source>
        <translation type="vanished">Antwoorden &amp;exporteren (Excel, CSV)…</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation type="vanished">Bestand &amp;importeren…</translation>
    </message>
    <message>
        <source>Export round &amp;package…</source>
        <translation type="vanished">Ronde&amp;pakket exporteren…</translation>
    </message>
    <message>
        <source>Export round &amp;answers…</source>
        <translation type="vanished">&amp;Antwoorden van de ronde exporteren…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="vanished">Nu een &amp;reservekopie maken</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="vanished">Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Erase a respondent (privacy)…</source>
        <translation type="vanished">Een respondent wissen (privacy)…</translation>
    </message>
    <message>
        <source>Add &amp;demo partnership</source>
        <translation type="vanished">&amp;Demosamenwerking toevoegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>&amp;Rename partnership…</source>
        <translation type="vanished">Samenwerking &amp;hernoemen…</translation>
    </message>
    <message>
        <source>&amp;Delete partnership…</source>
        <translation type="vanished">Samenwerking &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="vanished">&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>New &amp;round…</source>
        <translation type="vanished">Nieuwe &amp;ronde…</translation>
    </message>
    <message>
        <source>&amp;Meeting mode…</source>
        <translation type="vanished">&amp;Vergadermodus…</translation>
    </message>
    <message>
        <source>&amp;Paper forms…</source>
        <translation type="vanished">&amp;Papieren formulieren…</translation>
    </message>
    <message>
        <source>Paper-form &amp;template (Excel, CSV)…</source>
        <translation type="vanished">&amp;Sjabloon voor papieren formulieren (Excel, CSV)…</translation>
    </message>
    <message>
        <source>&amp;Import paper forms from a spreadsheet…</source>
        <translation type="vanished">Papieren formulieren uit een spreadsheet &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;About PPS Monitor</source>
        <translation type="vanished">&amp;Over PPS Monitor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">&amp;Bestand</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation type="vanished">Recente databases</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="vanished">Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation type="vanished">&amp;Ronde</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="vanished">Hoofdwerkbalk</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../pps_monitor/ui/results/network_page.py" line="30" />
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/network_page.py" line="66" />
        <source>This round does not include the questions about working with each other organisation. Include them for a round in the Rounds tab.</source>
        <translation>Deze ronde bevat geen vragen over de samenwerking met elk van de andere organisaties. Neem ze voor een ronde op in het tabblad Rondes.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/network_page.py" line="98" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/network_page.py" line="100" />
        <source>How the others rate it</source>
        <translation>Hoe de anderen haar beoordelen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/network_page.py" line="101" />
        <source>How it rates the others</source>
        <translation>Hoe zij de anderen beoordeelt</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/network_page.py" line="102" />
        <source>Reciprocity</source>
        <translation>Wederkerigheid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/results/network_page.py" line="123" />
        <source>%n tie(s) held back: fewer than %1 people of the organisation rated them.</source>
        <translation>
            <numerusform>%n relatie niet getoond: minder dan %1 mensen van de organisatie gaven een oordeel.</numerusform>
            <numerusform>%n relaties niet getoond: minder dan %1 mensen van de organisatie gaven een oordeel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/results/network_page.py" line="131" />
        <source>%n later tie answer(s) not included: this round's figures were shown.</source>
        <translation>
            <numerusform>%n later antwoord over de samenwerking is niet meegeteld: de cijfers van deze ronde zijn al getoond.</numerusform>
            <numerusform>%n latere antwoorden over de samenwerking zijn niet meegeteld: de cijfers van deze ronde zijn al getoond.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="41" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="48" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="49" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="54" />
        <source>Please enter the organisation's name.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <location filename="../../pps_monitor/ui/partnership/organisations_tab.py" line="18" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/organisations_tab.py" line="19" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/organisations_tab.py" line="22" />
        <source>Add organisation…</source>
        <translation>Organisatie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/organisations_tab.py" line="23" />
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/organisations_tab.py" line="24" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/organisations_tab.py" line="45" />
        <source>Delete organisation %1? Its respondents keep their answers.</source>
        <translation>Organisatie %1 verwijderen? De respondenten houden hun antwoorden.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/organisations_tab.py" line="52" />
        <source>Delete organisation %1</source>
        <translation>Organisatie %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>OwnResultPage</name>
    <message>
        <location filename="../../pps_monitor/ui/meeting/own_result.py" line="22" />
        <source>Thank you! Your organisation's own result</source>
        <translation>Dank u wel! De uitkomst van uw eigen organisatie</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/own_result.py" line="29" />
        <source>Only you see this, now. This result is not kept: the partnership sees the employers' answers only together, over several employers. 1 = does not apply at all, 5 = applies fully.</source>
        <translation>Alleen u ziet dit, nu. Deze uitkomst wordt niet bewaard: de samenwerking ziet de antwoorden van werkgevers alleen samen, over meerdere werkgevers. 1 = helemaal niet van toepassing, 5 = helemaal van toepassing.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/own_result.py" line="36" />
        <source>Done – pass the laptop on</source>
        <translation>Klaar – geef de laptop door</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/own_result.py" line="55" />
        <source>no answer (don't know)</source>
        <translation>geen antwoord (weet ik niet)</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="193" />
        <source>Paper forms – %1</source>
        <translation>Papieren formulieren – %1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="204" />
        <source>First entry</source>
        <translation>Eerste invoer</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="205" />
        <source>Second entry (optional)</source>
        <translation>Tweede invoer (optioneel)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="206" />
        <source>Differences</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="210" />
        <source>Type one digit per cell: 1–5 the answer, 0 don't know; the cursor moves on by itself. Enter starts the next form. Everything you type is kept until you submit.</source>
        <translation>Typ één cijfer per cel: 1–5 het antwoord, 0 weet niet; de cursor gaat vanzelf verder. Enter begint het volgende formulier. Alles wat u typt blijft bewaard tot u het indient.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="224" />
        <source>Add form</source>
        <translation>Formulier toevoegen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="226" />
        <source>Compare entries</source>
        <translation>Invoer vergelijken</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="228" />
        <source>Submit forms</source>
        <translation>Formulieren indienen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="230" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="296" />
        <source>No second entry typed: nothing to compare.</source>
        <translation>Geen tweede invoer: er is niets te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="300" />
        <source>Both entries agree in every cell.</source>
        <translation>Beide invoeren komen in elke cel overeen.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="303" />
        <source>Form %1, %2: first entry '%3', second entry '%4'</source>
        <translation>Formulier %1, %2: eerste invoer '%3', tweede invoer '%4'</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="341" />
        <source>The two entries differ. Correct the first entry (or the second) until they agree.</source>
        <translation>De twee invoeren verschillen. Verbeter de eerste (of de tweede) invoer tot ze overeenkomen.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="348" />
        <source>No forms have been typed yet.</source>
        <translation>Er zijn nog geen formulieren ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="356" />
        <source>%1 statement cells are empty. Record them as "don't know" and submit %2 form(s)?</source>
        <translation>%1 cellen met stellingen zijn leeg. Als "weet niet" vastleggen en %2 formulier(en) indienen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/paper/entry.py" line="279" />
        <source>%n form(s) typed.</source>
        <translation>
            <numerusform>%n formulier ingevoerd.</numerusform>
            <numerusform>%n formulieren ingevoerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/paper/entry.py" line="374" />
        <source>%n form(s) saved.</source>
        <translation>
            <numerusform>%n formulier opgeslagen.</numerusform>
            <numerusform>%n formulieren opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 form(s) typed.</source>
        <translation type="vanished">%1 formulier(en) ingevoerd.</translation>
    </message>
    <message>
        <source>%1 form(s) saved.</source>
        <translation type="vanished">%1 formulier(en) opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PaperFormsReport</name>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="109" />
        <source>%n form(s) read, %2 valid.</source>
        <translation>
            <numerusform>%n formulier gelezen, %2 geldig.</numerusform>
            <numerusform>%n formulieren gelezen, %2 geldig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="135" />
        <source>Import %n form(s)</source>
        <translation>
            <numerusform>%n formulier importeren</numerusform>
            <numerusform>%n formulieren importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="140" />
        <source>Import only the %n valid form(s)</source>
        <translation>
            <numerusform>Alleen het %n geldige formulier importeren</numerusform>
            <numerusform>Alleen de %n geldige formulieren importeren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperGrid</name>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="65" />
        <source>Sector (1–4)</source>
        <translation>Sector (1–4)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="66" />
        <source>Role (1–2)</source>
        <translation>Rol (1–2)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="119" />
        <source>Form %1</source>
        <translation>Formulier %1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="133" />
        <source>Form %1, %2: '%3' is not valid: %4</source>
        <translation>Formulier %1, %2: '%3' is ongeldig: %4</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="72" />
        <source>1 public, 2 private, 3 social enterprise, 4 other, 0 or empty: rather not say</source>
        <translation>1 publiek, 2 privaat, 3 sociale onderneming, 4 overig, 0 of leeg: zeg ik liever niet</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="74" />
        <source>1 manager, 2 executive professional, 0 or empty: rather not say</source>
        <translation>1 leidinggevende, 2 uitvoerend professional, 0 of leeg: zeg ik liever niet</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="144" />
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/entry.py" line="144" />
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/cells.py" line="28" />
        <source>type 1-4 (1 public, 2 private, 3 social enterprise, 4 other), or 0/empty for rather not say</source>
        <translation>typ 1-4 (1 publiek, 2 privaat, 3 sociale onderneming, 4 overig), of 0/leeg voor zeg ik liever niet</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/cells.py" line="34" />
        <source>type 1 manager, 2 executive professional, or 0/empty for rather not say</source>
        <translation>typ 1 leidinggevende, 2 uitvoerend professional, of 0/leeg voor zeg ik liever niet</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/paper/cells.py" line="37" />
        <source>type 1-5, or 0 for don't know</source>
        <translation>typ 1-5, of 0 voor weet ik niet</translation>
    </message>
    <message>
        <source>1 public, 2 private, 3 social enterprise, 4 other, 0 or empty: not given</source>
        <translation type="vanished">1 publiek, 2 privaat, 3 sociale onderneming, 4 overig, 0 of leeg: niet opgegeven</translation>
    </message>
    <message>
        <source>1 manager, 2 executive professional, 0 or empty: not given</source>
        <translation type="vanished">1 leidinggevende, 2 uitvoerend professional, 0 of leeg: niet opgegeven</translation>
    </message>
</context>
<context>
    <name>PartnershipView</name>
    <message>
        <source>Round</source>
        <translation type="vanished">Ronde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="vanished">Respondenten</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="vanished">Vragenlijst</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation type="vanished">Nieuwe ronde…</translation>
    </message>
    <message>
        <source>Meeting mode…</source>
        <translation type="vanished">Vergadermodus…</translation>
    </message>
    <message>
        <source>Paper forms…</source>
        <translation type="vanished">Papieren formulieren…</translation>
    </message>
    <message>
        <source>Close round</source>
        <translation type="vanished">Ronde sluiten</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation type="vanished">Ronde verwijderen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="vanished">Organisatie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="vanished">Sector</translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation type="vanished">Organisatie toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="vanished">Bewerken…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/base.py" line="52" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="vanished">Onderwerp</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="vanished">Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="vanished">Uiterlijk</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation type="vanished">Ingebracht in</translation>
    </message>
    <message>
        <source>Score then</source>
        <translation type="vanished">Score toen</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation type="vanished">Laatste score</translation>
    </message>
    <message>
        <source>Reviewed in</source>
        <translation type="vanished">Besproken in</translation>
    </message>
    <message>
        <source>Add action point…</source>
        <translation type="vanished">Actiepunt toevoegen…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="vanished">Wat er gebeurde</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation type="vanished">Gebeurtenis toevoegen…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/view.py" line="55" />
        <source>Rounds</source>
        <translation>Rondes</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/view.py" line="61" />
        <source>Results</source>
        <translation>Uitkomsten</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/view.py" line="62" />
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/view.py" line="63" />
        <source>Action points</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/view.py" line="64" />
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/view.py" line="65" />
        <source>Privacy and thresholds…</source>
        <translation>Privacy en drempels…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/view.py" line="67" />
        <source>The smallest groups shown and the score bands of this partnership</source>
        <translation>De kleinste groepen die getoond worden en de scoregrenzen van dit samenwerkingsverband</translation>
    </message>
    <message>
        <source>(whole partnership)</source>
        <translation type="vanished">(hele samenwerking)</translation>
    </message>
    <message>
        <source>Reopen round</source>
        <translation type="vanished">Ronde heropenen</translation>
    </message>
    <message>
        <source>Reopen round %1? New answers can then be added and its scores may change.</source>
        <translation type="vanished">Ronde %1 heropenen? Er kunnen dan nieuwe antwoorden bij komen en de scores kunnen veranderen.</translation>
    </message>
    <message>
        <source>Delete round %1 with its %2 respondents? You can undo this with Ctrl+Z.</source>
        <translation type="vanished">Ronde %1 met haar %2 respondenten verwijderen? Met Ctrl+Z maakt u dit ongedaan.</translation>
    </message>
    <message>
        <source>Delete round %1</source>
        <translation type="vanished">Ronde %1 verwijderen</translation>
    </message>
    <message>
        <source>Delete organisation %1? Its respondents keep their answers.</source>
        <translation type="vanished">Organisatie %1 verwijderen? De respondenten houden hun antwoorden.</translation>
    </message>
    <message>
        <source>Delete organisation %1</source>
        <translation type="vanished">Organisatie %1 verwijderen</translation>
    </message>
    <message>
        <source>Delete this action point?</source>
        <translation type="vanished">Dit actiepunt verwijderen?</translation>
    </message>
    <message>
        <source>Delete action point</source>
        <translation type="vanished">Actiepunt verwijderen</translation>
    </message>
    <message>
        <source>Delete this event from the timeline?</source>
        <translation type="vanished">Deze gebeurtenis van de tijdlijn verwijderen?</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="vanished">Gebeurtenis verwijderen</translation>
    </message>
</context>
<context>
    <name>PhonesFeature</name>
    <message>
        <location filename="../../pps_monitor/ui/phones/feature.py" line="59" />
        <location filename="../../pps_monitor/ui/phones/feature.py" line="66" />
        <location filename="../../pps_monitor/ui/phones/feature.py" line="123" />
        <source>Answer on phones</source>
        <translation>Beantwoorden op telefoons</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/phones/feature.py" line="60" />
        <source>This round is closed. Reopen it to collect answers.</source>
        <translation>Deze ronde is gesloten. Heropen haar om antwoorden te verzamelen.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/phones/feature.py" line="87" />
        <source>Starting the phone session…</source>
        <translation>De telefoonsessie wordt gestart…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/phones/feature.py" line="105" />
        <source>Phones can answer at %1</source>
        <translation>Telefoons kunnen antwoorden op %1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/phones/feature.py" line="125" />
        <source>The phones cannot reach this laptop.</source>
        <translation>De telefoons kunnen deze laptop niet bereiken.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/phones/feature.py" line="129" />
        <source>Pass the laptop around instead</source>
        <translation>Laat in plaats daarvan de laptop rondgaan</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../pps_monitor/ui/preferences/dialog.py" line="18" />
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/preferences/dialog.py" line="20" />
        <source>System language</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/preferences/dialog.py" line="24" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/preferences/dialog.py" line="27" />
        <source>The smallest group sizes and the score bands belong to each partnership: see Partnership &gt; Privacy and thresholds…</source>
        <translation>De kleinste groepsgroottes en de scoregrenzen horen bij elk samenwerkingsverband: zie Samenwerkingsverband &gt; Privacy en drempels…</translation>
    </message>
    <message>
        <source>Smallest group shown in breakdowns</source>
        <translation type="vanished">Kleinste groep die in uitsplitsingen wordt getoond</translation>
    </message>
    <message>
        <source>'Strength' from mean</source>
        <translation type="vanished">'Sterk punt' vanaf gemiddelde</translation>
    </message>
    <message>
        <source>'Attention' from mean</source>
        <translation type="vanished">'Aandacht' vanaf gemiddelde</translation>
    </message>
    <message>
        <source>Below the 'attention' mean a score is a 'concern'.</source>
        <translation type="vanished">Onder het gemiddelde voor 'aandacht' is een score een 'zorgpunt'.</translation>
    </message>
    <message>
        <source>The 'attention' mean must be lower than the 'strength' mean.</source>
        <translation type="vanished">Het gemiddelde voor 'aandacht' moet lager zijn dan dat voor 'sterk punt'.</translation>
    </message>
</context>
<context>
    <name>PresentWindow</name>
    <message>
        <location filename="../../pps_monitor/ui/present/window.py" line="53" />
        <source>PPS Monitor – present</source>
        <translation>PPS Monitor – presenteren</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/present/window.py" line="62" />
        <source>Computing the results…</source>
        <translation>De resultaten worden berekend…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/present/window.py" line="80" />
        <source>Scores per dimension</source>
        <translation>Scores per dimensie</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/present/window.py" line="81" />
        <source>Trends: %1</source>
        <translation>Verloop: %1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/present/window.py" line="82" />
        <source>Risk factors (higher means more risk)</source>
        <translation>Risicofactoren (hoger betekent meer risico)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/present/window.py" line="83" />
        <source>Contract–relational balance</source>
        <translation>Balans contract–relatie</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/present/window.py" line="85" />
        <source>n = %1: too few answers to show results (minimum %2). Results appear once %3 more partners have answered.</source>
        <translation>n = %1: te weinig antwoorden om resultaten te tonen (minimaal %2). De resultaten verschijnen zodra nog %3 partners hebben geantwoord.</translation>
    </message>
    <message>
        <source>n = %1: too few answers to show results, minimum %2. Results appear once more partners have answered.</source>
        <translation type="vanished">n = %1: te weinig antwoorden om resultaten te tonen, minimaal %2. De resultaten verschijnen zodra meer partners hebben geantwoord.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/present/window.py" line="89" />
        <source>relational ahead of contract</source>
        <translation>relatie vóór op contract</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/present/window.py" line="90" />
        <source>contract ahead of relational</source>
        <translation>contract vóór op relatie</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/present/window.py" line="115" />
        <source>This partnership has no results yet.</source>
        <translation>Deze samenwerking heeft nog geen resultaten.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/present/window.py" line="116" />
        <source>Escape: leave</source>
        <translation>Escape: stoppen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/present/window.py" line="150" />
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/present/window.py" line="155" />
        <source>Space: next   ·   Left: back   ·   Escape: leave</source>
        <translation>Spatie: volgende   ·   Pijl links: terug   ·   Escape: stoppen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/present/window.py" line="93" />
        <source>Collaboration between organisations</source>
        <translation>Samenwerking tussen organisaties</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../pps_monitor/ui/results/dialogs.py" line="80" />
        <source>PPS Monitor – results</source>
        <translation>PPS Monitor – uitkomsten</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="272" />
        <source>Report preview</source>
        <translation>Voorbeeld van de rapportage</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="282" />
        <source>Rendering the pages…</source>
        <translation>De pagina's worden opgebouwd…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="288" />
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="288" />
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="294" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Round</source>
        <translation type="vanished">Ronde</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="vanished">Dimensie</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="vanished">Gemiddelde</translation>
    </message>
    <message>
        <source>SD</source>
        <translation type="vanished">SD</translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="vanished">Oordeel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="vanished">Verandering</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation type="vanished">Grootste risico's</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="vanished">Risico</translation>
    </message>
    <message>
        <source>Rated 4–5</source>
        <translation type="vanished">Score 4–5</translation>
    </message>
    <message>
        <source>significant change since the previous round (95% interval excludes 0)</source>
        <translation type="vanished">significante verandering sinds de vorige ronde (95%-interval bevat 0 niet)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="vanished">Afdrukken</translation>
    </message>
    <message>
        <source>This partnership has no rounds yet.</source>
        <translation type="vanished">Deze samenwerking heeft nog geen rondes.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="22" />
        <source>Privacy and thresholds</source>
        <translation>Privacy en drempels</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="26" />
        <source>These settings belong to the partnership: every laptop, the report, the exports and the phone pages use the same ones.</source>
        <translation>Deze instellingen horen bij het samenwerkingsverband: elke laptop, het rapport, de exports en de telefoonpagina's gebruiken dezelfde.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="38" />
        <source>Smallest group for a whole round</source>
        <translation>Kleinste groep voor een hele ronde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="42" />
        <source>At least 3. Below this nobody sees any result of the round, so no one's answers can be read back from an average.</source>
        <translation>Minimaal 3. Daaronder ziet niemand een resultaat van de ronde, zodat niemands antwoorden uit een gemiddelde terug te rekenen zijn.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="47" />
        <source>Smallest group in a breakdown</source>
        <translation>Kleinste groep in een uitsplitsing</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="51" />
        <source>At least the round minimum. A sector or role group, a spread (SD), a median or the answer counts are shown only for groups this large: with fewer, partners who know their own answers could work out the others'.</source>
        <translation>Minimaal het minimum voor een ronde. Een sector- of rolgroep, een spreiding (SD), een mediaan of de aantallen antwoorden worden alleen getoond voor groepen van deze omvang: bij minder kunnen partners die hun eigen antwoorden kennen die van de anderen uitrekenen.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="67" />
        <source>'Strength' from mean</source>
        <translation>'Sterk punt' vanaf gemiddelde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="68" />
        <source>'Attention' from mean</source>
        <translation>'Aandachtspunt' vanaf gemiddelde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="69" />
        <source>Below the 'attention' mean a score is a 'concern'.</source>
        <translation>Onder het gemiddelde voor 'aandachtspunt' is een score een 'zorgpunt'.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="73" />
        <source>Answers that arrive after results were shown are counted only once enough of them have arrived, so that no single late answer can be read from the difference.</source>
        <translation>Antwoorden die binnenkomen nadat resultaten zijn getoond, tellen pas mee als er genoeg zijn, zodat geen enkel laat antwoord uit het verschil af te lezen is.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="85" />
        <source>The app's language</source>
        <translation>De taal van het programma</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="89" />
        <source>Language of the report</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="93" />
        <source>The report and the command line's tables use this language unless another is chosen.</source>
        <translation>Het rapport en de tabellen op de opdrachtregel gebruiken deze taal, tenzij een andere wordt gekozen.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="112" />
        <source>A round needs at least 3 respondents before it shows results: with 2, each could work out the other's answers from the average.</source>
        <translation>Een ronde heeft minimaal 3 respondenten nodig voordat ze resultaten toont: met 2 kan ieder de antwoorden van de ander uit het gemiddelde afleiden.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="116" />
        <source>A breakdown group needs at least 3 respondents: smaller groups give away individual answers.</source>
        <translation>Een groep in een uitsplitsing heeft minimaal 3 respondenten nodig: kleinere groepen verraden individuele antwoorden.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="120" />
        <source>The smallest group in a breakdown cannot be below the smallest group for a round: a group is part of the round.</source>
        <translation>De kleinste groep in een uitsplitsing kan niet kleiner zijn dan de kleinste groep voor een ronde: een groep is een deel van de ronde.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/privacy_dialog.py" line="123" />
        <source>The 'attention' mean must be lower than the 'strength' mean.</source>
        <translation>Het gemiddelde voor 'aandachtspunt' moet lager zijn dan dat voor 'sterk punt'.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="116" />
        <source>Your organisation is…</source>
        <translation>Uw organisatie is…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="117" />
        <source>Your role is…</source>
        <translation>Uw rol is…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="119" />
        <location filename="../../pps_monitor/ui/meeting/window.py" line="124" />
        <source>I'd rather not say</source>
        <translation>Zeg ik liever niet</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="135" />
        <source>About you (optional)</source>
        <translation>Over u (optioneel)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="138" />
        <source>Your answers are anonymous. Results are only shown for groups of at least three people. Use the arrow keys and Tab to choose, Enter to continue.</source>
        <translation>Uw antwoorden zijn anoniem. Uitkomsten worden alleen getoond voor groepen van minstens drie mensen. Kies met de pijltjestoetsen en Tab, ga verder met Enter.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/window.py" line="144" />
        <source>Start the questionnaire →</source>
        <translation>Begin met de vragenlijst →</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../pps_monitor/ui/phones/projector.py" line="67" />
        <source>PPS Monitor – answer on phones</source>
        <translation>PPS Monitor – beantwoorden op telefoons</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/phones/projector.py" line="96" />
        <source>1. Connect your phone to the same Wi-Fi as this laptop.
2. Scan the code with your camera, or type the address.
3. Answer and press Send. Nobody sees what you answered.</source>
        <translation>1. Verbind uw telefoon met dezelfde wifi als deze laptop.
2. Scan de code met uw camera, of typ het adres.
3. Beantwoord de vragen en druk op Versturen. Niemand ziet wat u antwoordt.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/phones/projector.py" line="114" />
        <source>QR code of the address</source>
        <translation>QR-code van het adres</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/phones/projector.py" line="118" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/phones/projector.py" line="125" />
        <source>Room code</source>
        <translation>Zaalcode</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/phones/projector.py" line="136" />
        <source>Plain HTTP is not encrypted: others on the same Wi-Fi could read the answers, so use your own phone's hotspot with a fresh password.</source>
        <translation>Gewone HTTP is niet versleuteld: anderen op dezelfde wifi kunnen de antwoorden meelezen. Gebruik daarom de hotspot van uw eigen telefoon, met een nieuw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/phones/projector.py" line="146" />
        <source>Close and show results</source>
        <translation>Sluiten en resultaten tonen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/phones/projector.py" line="150" />
        <source>Full screen (F11)</source>
        <translation>Volledig scherm (F11)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/phones/projector.py" line="187" />
        <source>1 questionnaire sent</source>
        <translation>1 vragenlijst verstuurd</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/phones/projector.py" line="189" />
        <source>%1 questionnaires sent</source>
        <translation>%1 vragenlijsten verstuurd</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/phones/projector.py" line="254" />
        <source>Stop answering on phones? Every questionnaire already sent is kept; the round stays open.</source>
        <translation>Stoppen met beantwoorden op telefoons? Elke vragenlijst die al is verstuurd, blijft bewaard; de ronde blijft open.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireWidget</name>
    <message>
        <location filename="../../pps_monitor/ui/meeting/questionnaire.py" line="70" />
        <source>Risk factors: higher means more risk</source>
        <translation>Risicofactoren: hoger betekent meer risico</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/questionnaire.py" line="80" />
        <source>Page %v of %m</source>
        <translation>Pagina %v van %m</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/questionnaire.py" line="95" />
        <source>Keys: 1–5 answer · 0 don't know · Enter skip · Backspace back · Tab comment</source>
        <translation>Toetsen: 1–5 antwoord · 0 weet niet · Enter overslaan · Backspace terug · Tab toelichting</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/questionnaire.py" line="132" />
        <source>Optional comment on this topic (anonymous)</source>
        <translation>Optionele toelichting bij dit onderwerp (anoniem)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/questionnaire.py" line="135" />
        <source>Comment</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/questionnaire.py" line="157" />
        <source>Not answered yet (Down/Up to choose, Enter or a click to go there):</source>
        <translation>Nog niet beantwoord (kies met pijl omhoog/omlaag, ga erheen met Enter of een klik):</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/questionnaire.py" line="239" />
        <source>Press Down to choose a statement and Enter to answer it, or 0 to record the rest as "don't know".</source>
        <translation>Kies een stelling met pijl omlaag en beantwoord hem met Enter, of druk op 0 om de rest vast te leggen als "weet niet".</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/questionnaire.py" line="87" />
        <source>← Back</source>
        <translation>← Terug</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/questionnaire.py" line="88" />
        <source>Next →</source>
        <translation>Verder →</translation>
    </message>
    <message>
        <source>Keys: 1–5 answer · 0 don't know · Enter next · Backspace back</source>
        <translation type="vanished">Toetsen: 1–5 antwoord · 0 weet niet · Enter verder · Backspace terug</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/questionnaire.py" line="174" />
        <source>Submit my answers</source>
        <translation>Mijn antwoorden indienen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/questionnaire.py" line="179" />
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/questionnaire.py" line="205" />
        <source>You answered %1 of %2 statements.</source>
        <translation>U hebt %1 van de %2 stellingen beantwoord.</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation type="vanished">Niet beantwoord: %1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/questionnaire.py" line="236" />
        <source>Press Enter to submit, or Backspace to go back and change an answer.</source>
        <translation>Druk op Enter om in te dienen, of op Backspace om terug te gaan en een antwoord te wijzigen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/meeting/questionnaire.py" line="224" />
        <source>Record the %n unanswered statement(s) as "don't know" (key 0)</source>
        <translation>
            <numerusform>Leg de %n onbeantwoorde stelling vast als "weet niet" (toets 0)</numerusform>
            <numerusform>Leg de %n onbeantwoorde stellingen vast als "weet niet" (toets 0)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the %1 unanswered statements as "don't know" (key 0)</source>
        <translation type="vanished">De %1 onbeantwoorde stellingen vastleggen als "weet niet" (toets 0)</translation>
    </message>
</context>
<context>
    <name>RadarPage</name>
    <message>
        <location filename="../../pps_monitor/ui/results/radar_pages.py" line="24" />
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="94" />
        <source>Report</source>
        <translation>Rapportage</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="120" />
        <source>Choose the round and the language, then preview, save or print.</source>
        <translation>Kies de ronde en de taal; bekijk, bewaar of druk daarna af.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="123" />
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="124" />
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="125" />
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="126" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="132" />
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="133" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="168" />
        <source>Making the report…</source>
        <translation>De rapportage wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="175" />
        <source>The report is ready.</source>
        <translation>De rapportage is klaar.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="180" />
        <source>The report could not be made.</source>
        <translation>De rapportage kon niet worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="207" />
        <source>Save report</source>
        <translation>Rapportage opslaan</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="222" />
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="233" />
        <source>Preparing the pages for the printer…</source>
        <translation>De pagina's worden voorbereid voor de printer…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/report/dialog.py" line="240" />
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/report/dialog.py" line="256" />
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n pagina naar de printer gestuurd.</numerusform>
            <numerusform>%n pagina's naar de printer gestuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation type="vanished">%1 pagina's naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>ResultWords</name>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="23" />
        <source>no agreement</source>
        <translation>geen overeenstemming</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="24" />
        <source>weak agreement</source>
        <translation>zwakke overeenstemming</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="25" />
        <source>moderate agreement</source>
        <translation>matige overeenstemming</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="26" />
        <source>strong agreement</source>
        <translation>sterke overeenstemming</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="27" />
        <source>very strong agreement</source>
        <translation>zeer sterke overeenstemming</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="28" />
        <source>too few to judge</source>
        <translation>te weinig om te beoordelen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="34" />
        <source>held back (see n)</source>
        <translation>achtergehouden (zie n)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="37" />
        <source>answers split</source>
        <translation>antwoorden lopen uiteen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="46" />
        <source>Agreement needs at least %1 respondents who answered every statement of the dimension.</source>
        <translation>Voor overeenstemming zijn minstens %1 respondenten nodig die elke stelling van de dimensie hebben beantwoord.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="51" />
        <source>rWG(J) %1, from %2 respondents who answered every statement.</source>
        <translation>rWG(J) %1, op basis van %2 respondenten die elke stelling hebben beantwoord.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="59" />
        <source>Beyond chance: random answering rarely agrees this much (95%).</source>
        <translation>Meer dan toeval: willekeurig antwoorden geeft zelden zoveel overeenstemming (95%).</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="65" />
        <source>Not beyond chance: in a group this small, random answering agrees this much.</source>
        <translation>Niet meer dan toeval: in zo'n kleine groep geeft willekeurig antwoorden ook zoveel overeenstemming.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="72" />
        <source>Answers split: a quarter or more scored 2 or lower, and a quarter or more 4 or higher.</source>
        <translation>Antwoorden lopen uiteen: een kwart of meer scoorde 2 of lager, en een kwart of meer 4 of hoger.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="88" />
        <source>Too few answers for a reliability figure: α needs at least 10 respondents who answered every statement.</source>
        <translation>Te weinig antwoorden voor een betrouwbaarheidscijfer: α vraagt minstens 10 respondenten die elke stelling hebben beantwoord.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="94" />
        <source>α below 0: the statements of this dimension did not hang together in this round; it is not a reliability.</source>
        <translation>α onder 0: de stellingen van deze dimensie hingen in deze ronde niet samen; dit is geen betrouwbaarheid.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="107" />
        <source>not comparable</source>
        <translation>niet vergelijkbaar</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="109" />
        <source>no test possible</source>
        <translation>geen toets mogelijk</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="120" />
        <source>No earlier round to compare with.</source>
        <translation>Er is geen eerdere ronde om mee te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="122" />
        <source>Not comparable: the statements of this dimension changed since the previous round.</source>
        <translation>Niet vergelijkbaar: de stellingen van deze dimensie zijn sinds de vorige ronde veranderd.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="128" />
        <source>No test possible: the answers did not vary in either round.</source>
        <translation>Geen toets mogelijk: de antwoorden varieerden in geen van beide rondes.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="131" />
        <source>No test possible: a change is tested only with at least %1 respondents in both rounds.</source>
        <translation>Geen toets mogelijk: een verandering wordt alleen getoetst als beide rondes minstens %1 respondenten hebben.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="136" />
        <source>Since the previous round: %1, 95% interval %2 (uncorrected); p = %3, after correction %4.</source>
        <translation>Sinds de vorige ronde: %1, 95%-interval %2 (ongecorrigeerd); p = %3, na correctie %4.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="147" />
        <source>Cliff's delta %1; previous mean %2 (n=%3).</source>
        <translation>Cliff's delta %1; vorig gemiddelde %2 (n=%3).</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="184" />
        <source>Agreement (rWG(J), LeBreton &amp; Senter 2008): up to 0.30 no agreement, up to 0.50 weak, up to 0.70 moderate, up to 0.90 strong, above that very strong.</source>
        <translation>Overeenstemming (rWG(J), LeBreton &amp; Senter 2008): tot en met 0,30 geen overeenstemming, tot en met 0,50 zwak, tot en met 0,70 matig, tot en met 0,90 sterk, daarboven zeer sterk.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="189" />
        <source>"Answers split" only where both ends of the scale are well represented; little agreement alone is not a split.</source>
        <translation>"Antwoorden lopen uiteen" alleen waar beide uiteinden van de schaal goed vertegenwoordigd zijn; weinig overeenstemming alleen is nog geen tegenstelling.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="194" />
        <source>▲/▼: a significant change, corrected for testing every dimension at once (Benjamini–Hochberg, q = 0.05); the intervals are uncorrected 95% Welch intervals. α needs at least 10 respondents who answered every statement.</source>
        <translation>▲/▼: een significante verandering, gecorrigeerd voor het toetsen van alle dimensies tegelijk (Benjamini-Hochberg, q = 0,05); de intervallen zijn ongecorrigeerde 95%-intervallen (Welch). α vraagt minstens 10 respondenten die elke stelling hebben beantwoord.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="211" />
        <source>n = %1 of %2: 1 answered "don't know" to at least one statement.</source>
        <translation>n = %1 van %2: 1 persoon antwoordde ‘weet niet’ op minstens één stelling.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="215" />
        <source>n = %1 of %2: %3 answered "don't know" to at least one statement.</source>
        <translation>n = %1 van %2: %3 personen antwoordden ‘weet niet’ op minstens één stelling.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="227" />
        <source>1 newer complete answer is not yet included (it will be once there are %2).</source>
        <translation>1 nieuwer volledig antwoord telt nog niet mee (dat gebeurt zodra er %2 zijn).</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="232" />
        <source>%1 newer complete answers are not yet included (they will be once there are %2).</source>
        <translation>%1 nieuwere volledige antwoorden tellen nog niet mee (dat gebeurt zodra er %2 zijn).</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="251" />
        <source>The spread and the groups are held back: this round was shown before, counted by the old method; they return once enough new answers move them (else the difference would give away one person's answers).</source>
        <translation>De spreiding en de groepen worden achtergehouden: deze ronde is eerder getoond, geteld volgens de oude methode; ze komen terug zodra genoeg nieuwe antwoorden ze veranderen (anders zou het verschil de antwoorden van één persoon prijsgeven).</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="257" />
        <source>* Held back: this round was shown before, counted by the old method; n is the number of complete answers held back. The figures return once at least %1 new answers move them (else the difference would give away one person's answers).</source>
        <translation>* Achtergehouden: deze ronde is eerder getoond, geteld volgens de oude methode; n is het aantal volledige antwoorden dat is achtergehouden. De cijfers komen terug zodra minstens %1 nieuwe antwoorden ze veranderen (anders zou het verschil de antwoorden van één persoon prijsgeven).</translation>
    </message>
    <message>
        <source>Held back: this round was shown before, counted by the old method; the figures return once at least %1 new answers move them (else the difference would give away one person's answers).</source>
        <translation type="vanished">Achtergehouden: deze ronde is eerder getoond, geteld volgens de oude methode; de cijfers komen terug zodra minstens %1 nieuwe antwoorden ze veranderen (anders zou het verschil de antwoorden van één persoon prijsgeven).</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="271" />
        <source>%1 of %2 dimensions count fewer answers than the round: only who answered every statement of a dimension counts in it ("don't know" to one leaves it out), and new answers count once there are enough. The score table says why per dimension.</source>
        <translation>Bij %1 van de %2 dimensies tellen minder antwoorden mee dan in de hele ronde: alleen wie alle stellingen van een dimensie beantwoordde, telt daarin mee (‘weet niet’ op één stelling laat iemand buiten die dimensie), en nieuwe antwoorden tellen mee zodra het er genoeg zijn. De scoretabel zegt per dimensie waarom.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="161" />
        <source>Since %1 (%2 comparable rounds): %3; p after correction %4.</source>
        <translation>Sinds %1 (%2 vergelijkbare rondes): %3; p na correctie %4.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/words.py" line="170" />
        <source>A steady change.</source>
        <translation>Een gestage verandering.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../pps_monitor/ui/results/view.py" line="88" />
        <source>Earlier rounds ▾</source>
        <translation>Eerdere rondes ▾</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/view.py" line="92" />
        <source>Present…</source>
        <translation>Presenteren…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/view.py" line="93" />
        <source>Show the radar chart full screen (F11)</source>
        <translation>Het radardiagram schermvullend tonen (F11)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/view.py" line="96" />
        <source>Computing scores…</source>
        <translation>Scores berekenen…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/view.py" line="102" />
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/view.py" line="301" />
        <source>n = %1: too few answers to show results (minimum %2). 1 more answer is needed.</source>
        <translation>n = %1: te weinig antwoorden om resultaten te tonen (minimaal %2). Er is nog 1 antwoord nodig.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/view.py" line="305" />
        <source>n = %1: too few answers to show results (minimum %2). %3 more answers are needed.</source>
        <translation>n = %1: te weinig antwoorden om resultaten te tonen (minimaal %2). Er zijn nog %3 antwoorden nodig.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/view.py" line="322" />
        <source>1 newer answer is not yet included (it will be once there are %2).</source>
        <translation>1 nieuwer antwoord telt nog niet mee (dat gebeurt zodra het er %2 zijn).</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/view.py" line="325" />
        <source>%1 newer answers are not yet included (they will be once there are %2).</source>
        <translation>%1 nieuwere antwoorden tellen nog niet mee (dat gebeurt zodra het er %2 zijn).</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="vanished">Dimensie</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="vanished">Gemiddelde</translation>
    </message>
    <message>
        <source>SD</source>
        <translation type="vanished">SD</translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="vanished">Oordeel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="vanished">Verandering</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="vanished">Overeenstemming</translation>
    </message>
    <message>
        <source>Open action points</source>
        <translation type="vanished">Open actiepunten</translation>
    </message>
    <message>
        <source>Double-click a dimension to see how its statements were answered.</source>
        <translation type="vanished">Dubbelklik op een dimensie om te zien hoe de stellingen zijn beantwoord.</translation>
    </message>
    <message>
        <source>First</source>
        <translation type="vanished">Eerste</translation>
    </message>
    <message>
        <source>Second</source>
        <translation type="vanished">Tweede</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="vanished">Verschil</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation type="vanished">95%-interval</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="vanished">Vergelijk</translation>
    </message>
    <message>
        <source>with</source>
        <translation type="vanished">met</translation>
    </message>
    <message>
        <source>▲/▼ marks a significant change: the 95% Welch interval excludes 0.</source>
        <translation type="vanished">▲/▼ geeft een significante verandering aan: het 95%-Welch-interval bevat 0 niet.</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation type="vanished">Radar</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="vanished">Sectoren</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="vanished">Trends</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="vanished">Risico's</translation>
    </message>
    <message>
        <source>Contract–relational balance</source>
        <translation type="vanished">Balans contract–relatie</translation>
    </message>
    <message>
        <source>Score table</source>
        <translation type="vanished">Scoretabel</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="vanished">Toelichtingen</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation type="vanished">Rondes vergelijken</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation type="vanished">Alle dimensies</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/view.py" line="254" />
        <source>No rounds yet.</source>
        <translation>Nog geen rondes.</translation>
    </message>
    <message>
        <source>Groups smaller than %1 are not shown.</source>
        <translation type="vanished">Groepen kleiner dan %1 worden niet getoond.</translation>
    </message>
    <message>
        <source>%1: public %2 (n=%3), private %4 (n=%5)</source>
        <translation type="vanished">%1: publiek %2 (n=%3), privaat %4 (n=%5)</translation>
    </message>
    <message>
        <source>Largest public–private gaps:</source>
        <translation type="vanished">Grootste verschillen tussen publiek en privaat:</translation>
    </message>
    <message>
        <source>relational ahead of contract</source>
        <translation type="vanished">relatie vóór op contract</translation>
    </message>
    <message>
        <source>contract ahead of relational</source>
        <translation type="vanished">contract vóór op relatie</translation>
    </message>
    <message>
        <source>Warning: partners rate relational coordination (goals, knowledge, trust) clearly lower than contract coordination. The partnership may be drifting towards a merely contractual relation.</source>
        <translation type="vanished">Let op: partners beoordelen de relationele coördinatie (doelen, kennis, vertrouwen) duidelijk lager dan de contractcoördinatie. De samenwerking kan afglijden naar een louter contractuele relatie.</translation>
    </message>
    <message>
        <source>Warning: relational coordination is falling behind contract coordination compared with earlier rounds. Watch for a drift towards a merely contractual relation.</source>
        <translation type="vanished">Let op: de relationele coördinatie raakt achter op de contractcoördinatie vergeleken met eerdere rondes. Waak voor afglijden naar een louter contractuele relatie.</translation>
    </message>
    <message>
        <source>No sign of a drift towards a merely contractual relation.</source>
        <translation type="vanished">Geen teken van afglijden naar een louter contractuele relatie.</translation>
    </message>
    <message>
        <source>too few to judge</source>
        <translation type="vanished">te weinig om te beoordelen</translation>
    </message>
    <message>
        <source>partners disagree</source>
        <translation type="vanished">partners zijn het oneens</translation>
    </message>
    <message>
        <source>agree</source>
        <translation type="vanished">eens</translation>
    </message>
    <message>
        <source>Agreement needs at least 3 respondents who answered every statement of the dimension.</source>
        <translation type="vanished">Voor overeenstemming zijn minstens 3 respondenten nodig die elke stelling van de dimensie beantwoordden.</translation>
    </message>
    <message>
        <source>rWG(J) %1; agreement needs at least %2 with %3 complete answers.</source>
        <translation type="vanished">rWG(J) %1; overeenstemming vraagt minstens %2 bij %3 volledige antwoorden.</translation>
    </message>
    <message>
        <source>Since the previous round: %1, 95% interval %2; Cliff's delta %3; previous mean %4 (n=%5).</source>
        <translation type="vanished">Sinds de vorige ronde: %1, 95%-interval %2; Cliffs delta %3; vorig gemiddelde %4 (n=%5).</translation>
    </message>
    <message>
        <source>Comments are not shown: this round has fewer than %1 respondents.</source>
        <translation type="vanished">Toelichtingen worden niet getoond: deze ronde heeft minder dan %1 respondenten.</translation>
    </message>
    <message>
        <source>No comments in this round.</source>
        <translation type="vanished">Geen toelichtingen in deze ronde.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/view.py" line="100" />
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="36" />
        <source>Risks</source>
        <translation>Risico's</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="67" />
        <source>New round</source>
        <translation>Nieuwe ronde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="69" />
        <source>e.g. Spring 2026</source>
        <translation>bijv. Voorjaar 2026</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="74" />
        <source>Label</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="75" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="76" />
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/dialogs.py" line="87" />
        <source>Please give the round a label.</source>
        <translation>Geef de ronde een naam.</translation>
    </message>
</context>
<context>
    <name>RoundsTab</name>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="34" />
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="35" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="36" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="37" />
        <source>Respondents</source>
        <translation>Respondenten</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="39" />
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="49" />
        <source>New round…</source>
        <translation>Nieuwe ronde…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="52" />
        <source>Meeting mode…</source>
        <translation>Vergadermodus…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="53" />
        <source>Paper forms…</source>
        <translation>Papieren formulieren…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="55" />
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="141" />
        <source>Close round</source>
        <translation>Ronde sluiten</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="57" />
        <source>Delete round</source>
        <translation>Ronde verwijderen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="66" />
        <source>Remove a respondent…</source>
        <translation>Een respondent verwijderen…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="67" />
        <source>Undo last import / paper batch…</source>
        <translation>Laatste import / stapel formulieren ongedaan maken…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="68" />
        <source>Erase round for good…</source>
        <translation>Ronde definitief wissen…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="141" />
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="169" />
        <source>Reopen round</source>
        <translation>Ronde heropenen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="171" />
        <source>Reopen round %1? New answers can then be added and its scores may change.</source>
        <translation>Ronde %1 heropenen? Er kunnen dan nieuwe antwoorden bij komen en de scores kunnen veranderen.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="189" />
        <source>Delete round %1</source>
        <translation>Ronde %1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="184" />
        <source>Delete round %1 with its %n respondent(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Ronde %1 met %n respondent verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</numerusform>
            <numerusform>Ronde %1 met %n respondenten verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="50" />
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="103" />
        <source>New round from the previous</source>
        <translation>Nieuwe ronde zoals de vorige</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="51" />
        <source>Key figures…</source>
        <translation>Kerncijfers…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="64" />
        <source>Corrections</source>
        <translation>Correcties</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="104" />
        <source>There is no earlier round yet: make the first one with New round…</source>
        <translation>Er is nog geen eerdere ronde: maak de eerste met Nieuwe ronde…</translation>
    </message>
    <message>
        <source>Delete round %1 with its %2 respondents? You can undo this with Ctrl+Z.</source>
        <translation type="vanished">Ronde %1 met haar %2 respondenten verwijderen? Met Ctrl+Z maakt u dit ongedaan.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="59" />
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="145" />
        <source>Include tie questions</source>
        <translation>Samenwerkingsvragen opnemen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="145" />
        <source>Leave out tie questions</source>
        <translation>Samenwerkingsvragen weglaten</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="149" />
        <source>Tie questions: each partner rates working with every other organisation (how often, and how well). Shown as the collaboration network.</source>
        <translation>Samenwerkingsvragen: elke partner beoordeelt de samenwerking met elke andere organisatie (hoe vaak en hoe goed). Getoond als het samenwerkingsnetwerk.</translation>
    </message>
</context>
<context>
    <name>ScoresPage</name>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="56" />
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="58" />
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="59" />
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="62" />
        <source>Band</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="64" />
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="69" />
        <source>Agreement</source>
        <translation>Overeenstemming</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="71" />
        <source>Open action points</source>
        <translation>Open actiepunten</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="76" />
        <source>Double-click a dimension to see how its statements were answered.</source>
        <translation>Dubbelklik op een dimensie om te zien hoe de stellingen zijn beantwoord.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/table_pages.py" line="91" />
        <source>Score table</source>
        <translation>Scoretabel</translation>
    </message>
    <message>
        <source>too few to judge</source>
        <translation type="vanished">te weinig om te beoordelen</translation>
    </message>
    <message>
        <source>partners disagree</source>
        <translation type="vanished">partners zijn het oneens</translation>
    </message>
    <message>
        <source>agree</source>
        <translation type="vanished">eens</translation>
    </message>
    <message>
        <source>Agreement needs at least 3 respondents who answered every statement of the dimension.</source>
        <translation type="vanished">Voor overeenstemming zijn minstens 3 respondenten nodig die elke stelling van de dimensie beantwoordden.</translation>
    </message>
    <message>
        <source>rWG(J) %1; agreement needs at least %2 with %3 complete answers.</source>
        <translation type="vanished">rWG(J) %1; overeenstemming vraagt minstens %2 bij %3 volledige antwoorden.</translation>
    </message>
    <message>
        <source>Since the previous round: %1, 95% interval %2; Cliff's delta %3; previous mean %4 (n=%5).</source>
        <translation type="vanished">Sinds de vorige ronde: %1, 95%-interval %2; Cliffs delta %3; vorig gemiddelde %4 (n=%5).</translation>
    </message>
</context>
<context>
    <name>SectorsPage</name>
    <message>
        <location filename="../../pps_monitor/ui/results/radar_pages.py" line="78" />
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/radar_pages.py" line="93" />
        <source>Groups smaller than %1 are not shown.</source>
        <translation>Groepen kleiner dan %1 worden niet getoond.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/radar_pages.py" line="96" />
        <source>%1: public %2 (n=%3), private %4 (n=%5)</source>
        <translation>%1: publiek %2 (n=%3), privaat %4 (n=%5)</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/radar_pages.py" line="104" />
        <source>Largest public–private gaps:</source>
        <translation>Grootste verschillen tussen publiek en privaat:</translation>
    </message>
</context>
<context>
    <name>TiesPage</name>
    <message>
        <location filename="../../pps_monitor/ui/meeting/ties_page.py" line="50" />
        <source>Working with the other organisations</source>
        <translation>Samenwerken met de andere organisaties</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/ties_page.py" line="58" />
        <source>Choose your organisation…</source>
        <translation>Kies uw organisatie…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/ties_page.py" line="62" />
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/ties_page.py" line="65" />
        <source>Skip these questions</source>
        <translation>Deze vragen overslaan</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/ties_page.py" line="96" />
        <source>don't know / no contact</source>
        <translation>weet niet / geen contact</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/ties_page.py" line="108" />
        <source>1 = strongly disagree … 5 = strongly agree; – = don't know / no contact.</source>
        <translation>1 = helemaal oneens … 5 = helemaal eens; – = weet niet / geen contact.</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/ties_page.py" line="110" />
        <source>The statements:</source>
        <translation>De stellingen:</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/ties_page.py" line="120" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/meeting/ties_page.py" line="139" />
        <source>Save my answers</source>
        <translation>Mijn antwoorden opslaan</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../pps_monitor/ui/partnership/timeline_tab.py" line="18" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/timeline_tab.py" line="19" />
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/timeline_tab.py" line="22" />
        <source>Add event…</source>
        <translation>Gebeurtenis toevoegen…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/timeline_tab.py" line="23" />
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/timeline_tab.py" line="24" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/timeline_tab.py" line="44" />
        <source>Delete this event from the timeline?</source>
        <translation>Deze gebeurtenis van de tijdlijn verwijderen?</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/partnership/timeline_tab.py" line="45" />
        <source>Delete event</source>
        <translation>Gebeurtenis verwijderen</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../pps_monitor/ui/results/time_pages.py" line="26" />
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/time_pages.py" line="39" />
        <source>All dimensions</source>
        <translation>Alle dimensies</translation>
    </message>
    <message>
        <location filename="../../pps_monitor/ui/results/time_pages.py" line="72" />
        <source>Events:</source>
        <translation>Gebeurtenissen:</translation>
    </message>
</context>
</TS>