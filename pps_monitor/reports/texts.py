"""Report wording in Dutch and English, and number formatting per language."""

from __future__ import annotations

T: dict[str, dict[str, str]] = {
    "report": {
        "nl": "Rapportage gezondheid publiek-private samenwerking",
        "en": "Public-private partnership health report",
    },
    "round": {"nl": "Ronde", "en": "Round"},
    "date": {"nl": "Datum", "en": "Date"},
    "respondents": {"nl": "Respondenten", "en": "Respondents"},
    "organisations": {"nl": "Organisaties per sector", "en": "Organisations per sector"},
    "generated": {"nl": "Gemaakt met PPS Monitor", "en": "Made with PPS Monitor"},
    "page": {"nl": "pagina {page} van {pages}", "en": "page {page} of {pages}"},
    "summary": {"nl": "Samenvatting", "en": "Summary"},
    "strengths": {"nl": "Sterke punten", "en": "Strengths"},
    "concerns": {"nl": "Zorgpunten", "en": "Concerns"},
    "changes": {
        "nl": "Significante veranderingen sinds de vorige ronde",
        "en": "Significant changes since the previous round",
    },
    "top_risks": {"nl": "Grootste risico's", "en": "Top risks"},
    "disagree": {"nl": "Hier zijn partners het oneens", "en": "Where partners disagree"},
    "gaps": {
        "nl": "Grootste verschillen tussen publieke en private partners",
        "en": "Largest gaps between public and private partners",
    },
    "balance": {
        "nl": "Balans tussen contract en relatie",
        "en": "Balance of contract and relational coordination",
    },
    "none": {"nl": "geen", "en": "none"},
    "first_round": {
        "nl": "Dit is de eerste ronde: er is nog geen vorige ronde om mee te vergelijken.",
        "en": "This is the first round: there is no earlier round to compare with.",
    },
    "no_gaps": {
        "nl": "Geen: te weinig publieke of private respondenten om te vergelijken (minimaal {k} per groep).",
        "en": "None: too few public or private respondents to compare (at least {k} per group).",
    },
    "balance_text": {
        "nl": "Relationele coördinatie {rel} tegen contractcoördinatie {con}: verschil {diff} (95%-interval {low} tot {high}, n = {n}).",
        "en": "Relational coordination {rel} against contract coordination {con}: difference {diff} (95% interval {low} to {high}, n = {n}).",
    },
    "drift_contractual": {
        "nl": "Let op: de samenwerking lijkt af te glijden naar een louter contractuele relatie.",
        "en": "Warning: the partnership seems to be drifting towards a merely contractual relation.",
    },
    "drift_declining": {
        "nl": "Let op: de relationele coördinatie raakt achter op de contractcoördinatie vergeleken met eerdere rondes.",
        "en": "Warning: relational coordination is falling behind contract coordination compared with earlier rounds.",
    },
    "drift_none": {
        "nl": "Geen teken van afglijden naar een louter contractuele relatie.",
        "en": "No sign of a drift towards a merely contractual relation.",
    },
    "charts": {"nl": "Grafieken", "en": "Charts"},
    "radar": {
        "nl": "Scores per dimensie, met eerdere rondes",
        "en": "Scores per dimension, with earlier rounds",
    },
    "trends": {
        "nl": "Trends per dimensie (gemiddelde, 95%-interval, n; ▲/▼ significante verandering; stippellijnen: gebeurtenissen)",
        "en": "Trends per dimension (mean, 95% interval, n; ▲/▼ significant change; dotted lines: events)",
    },
    "sectors": {"nl": "Scores per sector", "en": "Scores per sector"},
    "sectors_hidden": {
        "nl": "Geen sector heeft minstens {k} respondenten: de uitsplitsing wordt niet getoond.",
        "en": "No sector has at least {k} respondents: the breakdown is not shown.",
    },
    "risk_profile": {
        "nl": "Risicoprofiel (gemiddelde, aandeel 4–5, n)",
        "en": "Risk profile (mean, share rated 4–5, n)",
    },
    "balance_chart": {
        "nl": "Balans contract–relatie over de rondes",
        "en": "Contract–relational balance over the rounds",
    },
    "relational_ahead": {"nl": "relatie vóór op contract", "en": "relational ahead of contract"},
    "contract_ahead": {"nl": "contract vóór op relatie", "en": "contract ahead of relational"},
    "dimension_table": {"nl": "Scores per dimensie", "en": "Scores per dimension"},
    "dimension": {"nl": "Dimensie", "en": "Dimension"},
    "mean": {"nl": "Gem.", "en": "Mean"},
    "sd": {"nl": "SD", "en": "SD"},
    "band": {"nl": "Oordeel", "en": "Band"},
    "change": {"nl": "Verandering", "en": "Change"},
    "strength": {"nl": "sterk punt", "en": "strength"},
    "attention": {"nl": "aandacht", "en": "attention"},
    "concern": {"nl": "zorgpunt", "en": "concern"},
    "items": {"nl": "Antwoorden per stelling", "en": "Answers per statement"},
    "statement": {"nl": "Stelling", "en": "Statement"},
    "dk": {"nl": "w.n.", "en": "d.k."},
    "reverse_note": {
        "nl": "(o) omgekeerd geformuleerd: het gemiddelde is gescoord als 6 − antwoord; de aantallen zijn de antwoorden zoals gegeven.",
        "en": "(r) reverse-worded: the mean is scored as 6 − answer; the counts are the answers as given.",
    },
    "reverse_mark": {"nl": "(o)", "en": "(r)"},
    "breakdown": {"nl": "Uitsplitsing naar sector", "en": "Breakdown by sector"},
    "hidden_cell": {"nl": "–", "en": "–"},
    "hidden_note": {
        "nl": "– : groep kleiner dan {k} respondenten, of af te leiden uit de andere groepen; niet getoond.",
        "en": "– : group smaller than {k} respondents, or derivable from the other groups; not shown.",
    },
    "comments": {"nl": "Toelichtingen", "en": "Comments"},
    "comments_hidden": {
        "nl": "Toelichtingen worden niet getoond: deze ronde heeft minder dan {k} respondenten.",
        "en": "Comments are not shown: this round has fewer than {k} respondents.",
    },
    "no_comments": {"nl": "Geen toelichtingen in deze ronde.", "en": "No comments in this round."},
    "actions": {"nl": "Actiepunten", "en": "Action points"},
    "action": {"nl": "Actie", "en": "Action"},
    "owner": {"nl": "Eigenaar", "en": "Owner"},
    "due": {"nl": "Uiterlijk", "en": "Due"},
    "status": {"nl": "Status", "en": "Status"},
    "before": {"nl": "Score toen", "en": "Score then"},
    "after": {"nl": "Score nu", "en": "Score now"},
    "open": {"nl": "open", "en": "open"},
    "in_progress": {"nl": "bezig", "en": "in progress"},
    "done": {"nl": "gedaan", "en": "done"},
    "dropped": {"nl": "vervallen", "en": "dropped"},
    "no_actions": {"nl": "Geen actiepunten.", "en": "No action points."},
    "whole": {"nl": "hele samenwerking", "en": "whole partnership"},
    "public": {"nl": "publiek", "en": "public"},
    "private": {"nl": "privaat", "en": "private"},
    "social_enterprise": {"nl": "sociale onderneming", "en": "social enterprise"},
    "other": {"nl": "overig", "en": "other"},
    "unknown": {"nl": "niet opgegeven", "en": "not specified"},
    "method": {
        "nl": "Methode: hoe de cijfers tot stand komen",
        "en": "Method: how the figures are computed",
    },
    "instrument": {"nl": "De vragenlijst", "en": "The questionnaire"},
    "risks": {"nl": "Risicofactoren", "en": "Risk factors"},
}

METHOD: dict[str, list[str]] = {
    "nl": [
        "Antwoorden lopen van 1 (helemaal mee oneens) tot 5 (helemaal mee eens); 'weet niet / n.v.t.' telt niet mee. Omgekeerd geformuleerde stellingen worden gescoord als 6 − antwoord.",
        "De score van een respondent op een dimensie is het gemiddelde van zijn of haar stellingen, als minstens de helft beantwoord is. Per dimensie staan n (aantal respondenten met een score), gemiddelde, standaardafwijking (SD, n − 1) en mediaan.",
        "Oordeel: gemiddelde ≥ {strength} is een sterk punt, ≥ {attention} vraagt aandacht, lager is een zorgpunt.",
        "Cronbachs α (betrouwbaarheid) en rWG(J) (overeenstemming tussen respondenten; James, Demaree & Wolf 1984) gebruiken de respondenten die elke stelling van de dimensie beantwoordden, en blijven leeg onder 3 respondenten. rWG(J) = J(1 − s̄²/σ²) / (J(1 − s̄²/σ²) + s̄²/σ²), met σ² = 2 (willekeurig antwoorden op 5 punten) en s̄² het gemiddelde van de itemvarianties, hoogstens σ².",
        "Partners zijn het oneens als rWG(J) onder 0,70 ligt; in groepen van 10 of minder ook als rWG(J) niet boven het 95e percentiel uitkomt dat willekeurig antwoorden bij die groepsgrootte haalt (simulatie).",
        "Verandering: verschil in gemiddelde met de vorige ronde, met een 95%-betrouwbaarheidsinterval (Welch). Alleen als het interval 0 niet bevat, heet de verandering significant (▲/▼).",
        "Risico's: per risicofactor n, gemiddelde en het aandeel antwoorden 4–5. Hoger is meer risico; risico's worden nooit met de gezondheidsscores gemiddeld.",
        "Balans contract–relatie: per respondent de relationele coördinatie min de contractcoördinatie, gemiddeld met een 95%-interval. Een dalende of negatieve balans wijst op afglijden naar een louter contractuele relatie.",
        "Privacy: uitsplitsingen en toelichtingen worden alleen getoond voor groepen van minstens {k} respondenten; een groep die uit de andere af te leiden is, wordt ook verborgen.",
    ],
    "en": [
        "Answers run from 1 (strongly disagree) to 5 (strongly agree); 'don't know / not applicable' does not count. Reverse-worded statements are scored as 6 − answer.",
        "A respondent's score on a dimension is the mean of their statements when at least half were answered. Each dimension shows n (respondents with a score), mean, standard deviation (SD, n − 1) and median.",
        "Band: a mean ≥ {strength} is a strength, ≥ {attention} needs attention, lower is a concern.",
        "Cronbach's α (reliability) and rWG(J) (agreement between respondents; James, Demaree & Wolf 1984) use the respondents who answered every statement of the dimension, and are empty below 3 respondents. rWG(J) = J(1 − s̄²/σ²) / (J(1 − s̄²/σ²) + s̄²/σ²), with σ² = 2 (random answers on 5 points) and s̄² the mean item variance, at most σ².",
        "Partners disagree when rWG(J) is below 0.70; in groups of 10 or fewer also when rWG(J) does not exceed the 95th percentile that random answering reaches at that group size (simulation).",
        "Change: difference in mean with the previous round, with a 95% confidence interval (Welch). Only when the interval excludes 0 is a change called significant (▲/▼).",
        "Risks: per risk factor n, mean and the share of answers 4–5. Higher means more risk; risks are never averaged into the health scores.",
        "Contract–relational balance: per respondent, relational minus contract coordination, averaged with a 95% interval. A falling or negative balance signals a drift towards a merely contractual relation.",
        "Privacy: breakdowns and comments are shown only for groups of at least {k} respondents; a group that could be derived from the others is hidden too.",
    ],
}


def t(key: str, lang: str, **values: object) -> str:
    text = T[key]["nl" if lang == "nl" else "en"]
    return text.format(**values) if values else text


def num(value: float | None, lang: str, digits: int = 2, signed: bool = False) -> str:
    """A number as the report prints it: decimal comma in Dutch, '–' when missing."""
    if value is None:
        return "–"
    value = round(value, digits) + 0.0  # never "-0.00"
    text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "nl" else text
