<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/common/counts.py" line="14" />
        <source>%n form(s) saved.</source>
        <translation><numerusform>%n form saved.</numerusform><numerusform>%n forms saved.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/common/counts.py" line="17" />
        <source>Exported %n answer(s) to %2</source>
        <translation><numerusform>Exported %n answer to %2</numerusform><numerusform>Exported %n answers to %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/common/counts.py" line="20" />
        <source>%n respondent(s) removed.</source>
        <translation><numerusform>%n respondent removed.</numerusform><numerusform>%n respondents removed.</numerusform></translation>
    </message>
</context>
<context>
    <name>Glance</name>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="62" />
        <source>Latest round: %1 (%2), %3, %n respondent(s).</source>
        <translation><numerusform>Latest round: %1 (%2), %3, %n respondent.</numerusform><numerusform>Latest round: %1 (%2), %3, %n respondents.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="91" />
        <source>%n open action point(s)</source>
        <translation><numerusform>%n open action point</numerusform><numerusform>%n open action points</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/partnership/glance.py" line="98" />
        <source>%n past its due date: </source>
        <translation><numerusform>%n past its due date: </numerusform><numerusform>%n past their due date: </numerusform></translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/meeting/window.py" line="272" />
        <source>%n person(s) have answered so far.</source>
        <translation><numerusform>%n person has answered so far.</numerusform><numerusform>%n people have answered so far.</numerusform></translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/results/network_page.py" line="123" />
        <source>%n tie(s) held back: fewer than %1 people of the organisation rated them.</source>
        <translation><numerusform>%n tie held back: fewer than %1 people of the organisation rated it.</numerusform><numerusform>%n ties held back: fewer than %1 people of the organisation rated them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/results/network_page.py" line="131" />
        <source>%n later tie answer(s) not included: this round's figures were shown.</source>
        <translation><numerusform>%n later tie answer not included: this round's figures were shown.</numerusform><numerusform>%n later tie answers not included: this round's figures were shown.</numerusform></translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/paper/entry.py" line="279" />
        <source>%n form(s) typed.</source>
        <translation><numerusform>%n form typed.</numerusform><numerusform>%n forms typed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/paper/entry.py" line="374" />
        <source>%n form(s) saved.</source>
        <translation><numerusform>%n form saved.</numerusform><numerusform>%n forms saved.</numerusform></translation>
    </message>
</context>
<context>
    <name>PaperFormsReport</name>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="109" />
        <source>%n form(s) read, %2 valid.</source>
        <translation><numerusform>%n form read, %2 valid.</numerusform><numerusform>%n forms read, %2 valid.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="135" />
        <source>Import %n form(s)</source>
        <translation><numerusform>Import %n form</numerusform><numerusform>Import %n forms</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/exchange/dialogs.py" line="140" />
        <source>Import only the %n valid form(s)</source>
        <translation><numerusform>Import only the %n valid form</numerusform><numerusform>Import only the %n valid forms</numerusform></translation>
    </message>
</context>
<context>
    <name>QuestionnaireWidget</name>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/meeting/questionnaire.py" line="224" />
        <source>Record the %n unanswered statement(s) as "don't know" (key 0)</source>
        <translation><numerusform>Record the %n unanswered statement as "don't know" (key 0)</numerusform><numerusform>Record the %n unanswered statements as "don't know" (key 0)</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/report/dialog.py" line="256" />
        <source>Sent %n page(s) to the printer.</source>
        <translation><numerusform>Sent %n page to the printer.</numerusform><numerusform>Sent %n pages to the printer.</numerusform></translation>
    </message>
</context>
<context>
    <name>RoundsTab</name>
    <message numerus="yes">
        <location filename="../../pps_monitor/ui/partnership/rounds_tab.py" line="184" />
        <source>Delete round %1 with its %n respondent(s)? You can undo this with Ctrl+Z.</source>
        <translation><numerusform>Delete round %1 with its %n respondent? You can undo this with Ctrl+Z.</numerusform><numerusform>Delete round %1 with its %n respondents? You can undo this with Ctrl+Z.</numerusform></translation>
    </message>
</context>
</TS>