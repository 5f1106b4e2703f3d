"""The phone pages' own words, in Dutch (language level B1) and English.

The statements, dimension names and scale labels come from the round's instrument.
"""

from __future__ import annotations

LANGS = ("nl", "en")

_TEXTS: dict[str, tuple[str, str]] = {
    # key: (Dutch, English)
    "title": ("Vragenlijst", "Questionnaire"),
    "welcome": ("Welkom", "Welcome"),
    "intro": (
        "U krijgt een aantal stellingen over de samenwerking. Kies bij elke stelling hoe "
        "goed die past. Er zijn geen goede of foute antwoorden.",
        "You will see statements about the partnership. For each one, choose how well it "
        "fits. There are no right or wrong answers.",
    ),
    "anonymous": (
        "Uw antwoorden zijn anoniem. Niemand ziet wat u invult. De uitkomsten tonen we "
        "alleen voor groepen van minstens {k_round} mensen.",
        "Your answers are anonymous. Nobody sees what you fill in. Results are only shown "
        "for groups of at least {k_round} people.",
    ),
    "kept": (
        "Uw antwoorden blijven op deze telefoon staan tot u ze verstuurt. U kunt altijd terug.",
        "Your answers stay on this phone until you send them. You can always go back.",
    ),
    "start": ("Beginnen", "Start"),
    "next": ("Verder", "Next"),
    "back": ("Terug", "Back"),
    "step": ("Stap {n} van {total}", "Step {n} of {total}"),
    "statement": ("Stelling {n}", "Statement {n}"),
    "comment": ("Opmerking (mag leeg blijven)", "Comment (optional)"),
    "risks_hint": (
        "Let op: hier betekent een hoger cijfer meer risico.",
        "Note: here a higher number means more risk.",
    ),
    "about": ("Over u", "About you"),
    "about_intro": (
        "Deze vragen mag u overslaan. We tonen ze alleen voor groepen van minstens "
        "{k_breakdown} mensen.",
        "You may skip these questions. They are only shown for groups of at least "
        "{k_breakdown} people.",
    ),
    "sector": ("Uw organisatie is…", "Your organisation is…"),
    "role": ("Uw rol is…", "Your role is…"),
    "sector.public": ("Publiek", "Public"),
    "sector.private": ("Privaat", "Private"),
    "sector.social_enterprise": ("Sociale onderneming", "Social enterprise"),
    "sector.other": ("Overig", "Other"),
    "role.manager": ("Leidinggevende", "Manager"),
    "role.professional": ("Uitvoerend professional", "Executive professional"),
    "rather_not": ("Zeg ik liever niet", "I'd rather not say"),
    "review": ("Nakijken en versturen", "Check and send"),
    "answered": (
        "U heeft {n} van de {total} stellingen beantwoord.",
        "You answered {n} of the {total} statements.",
    ),
    "all_answered": ("U heeft alle stellingen beantwoord.", "You answered every statement."),
    "open_list": (
        "Nog open. Tik op een stelling om die te beantwoorden:",
        "Not answered yet. Tap a statement to answer it:",
    ),
    "confirm_missing": (
        "Stellingen zonder antwoord tellen als ‘weet niet’.",
        "Statements without an answer count as ‘don't know’.",
    ),
    "send": ("Versturen", "Send"),
    "nojs_note": (
        "Kies bij elke stelling een antwoord. Onderaan staat de knop Versturen.",
        "Choose an answer for each statement. The Send button is at the bottom.",
    ),
    "sent": ("Verstuurd. Dank u wel!", "Sent. Thank you!"),
    "sent_text": (
        "Uw antwoorden zijn opgeslagen. U kunt deze pagina sluiten.",
        "Your answers have been saved. You may close this page.",
    ),
    "change": ("Mijn antwoorden veranderen", "Change my answers"),
    "own_dont_know": ("geen antwoord (weet ik niet)", "no answer (don't know)"),
    "own_result": ("De uitkomst van uw eigen organisatie", "Your organisation's own result"),
    "own_result_note": (
        "Alleen u ziet dit, op deze telefoon. Deze uitkomst wordt niet bewaard. De samenwerking "
        "ziet de antwoorden van werkgevers alleen samen. 1 = helemaal niet, 5 = helemaal wel.",
        "Only you see this, on this phone. This result is not kept. The partnership sees the "
        "employers' answers only together. 1 = not at all, 5 = fully.",
    ),
    "change_note": (
        "U kunt uw antwoorden nog veranderen zolang de ronde open is.",
        "You can still change your answers while the round is open.",
    ),
    # The tie questions (issue 18), offered on the thanks page after the questionnaire.
    "ties_offer": (
        "Beoordeel ook de samenwerking met de andere organisaties",
        "Also rate the collaboration with the other organisations",
    ),
    "ties_offer_note": (
        "Een paar vragen over elke andere organisatie, los van uw vragenlijst. U mag ze overslaan.",
        "A few questions about each other organisation, apart from your questionnaire. You "
        "may skip them.",
    ),
    "ties_title": (
        "Samenwerken met de andere organisaties",
        "Working with the other organisations",
    ),
    "ties_apart": (
        "Deze antwoorden bewaren we apart van uw vragenlijst. Ze zijn er niet aan gekoppeld: "
        "niemand kan zien dat ze van dezelfde persoon komen.",
        "We keep these answers apart from your questionnaire. They are not linked to it: "
        "nobody can see that both come from the same person.",
    ),
    "ties_why_org": (
        "Alleen voor dit deel vragen we bij welke organisatie u hoort. Uw organisatie "
        "bewaren we alleen bij deze antwoorden, zonder uw naam.",
        "For this part only, we ask which organisation you belong to. We keep your "
        "organisation only with these answers, without your name.",
    ),
    "ties_minimum": (
        "Een oordeel tonen we alleen als het van minstens {k} mensen samen komt.",
        "A rating is only shown when it comes from at least {k} people together.",
    ),
    "ties_choose": ("Bij welke organisatie hoort u?", "Which organisation do you belong to?"),
    "ties_skip": ("Overslaan", "Skip"),
    "ties_yours": ("Uw organisatie: {org}.", "Your organisation: {org}."),
    "ties_other_org": ("Andere organisatie kiezen", "Choose another organisation"),
    "ties_rate_intro": (
        "Beantwoord de vragen voor elke andere organisatie. Weet u het niet, of heeft u geen "
        "contact? Kies dan ‘weet niet / geen contact’, of laat de vraag open.",
        "Answer the questions for each other organisation. If you do not know, or have no "
        "contact, choose ‘don't know / no contact’, or leave the question open.",
    ),
    "ties_statements": ("Hoe goed werkt u samen?", "How well do you work together?"),
    "ties_choose_frequency": ("Kies…", "Choose…"),
    "ties_dont_know": ("Weet niet / geen contact", "Don't know / no contact"),
    "ties_sent": (
        "Uw antwoorden over de samenwerking met de andere organisaties zijn ook opgeslagen.",
        "Your answers about working with the other organisations have been saved too.",
    ),
    "ties_change": (
        "Antwoorden over de samenwerking veranderen",
        "Change the answers about working together",
    ),
    "ties_back": (
        "Terug naar de vragen over de samenwerking",
        "Back to the questions about working together",
    ),
    "closed": ("Deze ronde is gesloten", "This round is closed"),
    "closed_text": (
        "U kunt geen antwoorden meer sturen. De uitkomsten ziet u zo op het scherm.",
        "Answers can no longer be sent. You will see the results on the screen.",
    ),
    "not_found": ("Deze pagina bestaat niet", "This page does not exist"),
    "not_found_text": (
        "Kijk of het adres goed is. Scan anders de QR-code opnieuw.",
        "Check the address, or scan the QR code again.",
    ),
    "problem": ("Dit lukte niet", "That did not work"),
    "go_back": ("Terug naar de vragenlijst", "Back to the questionnaire"),
    "err.cookie": (
        "Uw browser stuurde geen sessie mee. Zet cookies aan en open de vragenlijst opnieuw.",
        "Your browser did not send its session. Turn on cookies and open the questionnaire again.",
    ),
    "err.form": (
        "Dit formulier hoort niet bij deze vragenlijst. Open de vragenlijst opnieuw.",
        "This form does not belong to this questionnaire. Open the questionnaire again.",
    ),
    "err.origin": (
        "Dit formulier kwam van een andere website. Er is niets opgeslagen.",
        "This form came from another website. Nothing was stored.",
    ),
    "err.too_big": ("Dit formulier is te groot.", "This form is too large."),
    "err.invalid": (
        "Het formulier klopt niet. Er is niets opgeslagen.",
        "The form is not valid. Nothing was stored.",
    ),
    "err.comment_long": (
        "Een opmerking is langer dan {max} tekens. Maak hem korter.",
        "A comment is longer than {max} characters. Please shorten it.",
    ),
    "err.missing": (
        "{n} stellingen hebben nog geen antwoord. Geef een antwoord, of zet het vinkje "
        "‘weet niet’ aan.",
        "{n} statements have no answer yet. Answer them, or tick the ‘don't know’ box.",
    ),
    "err.released": (
        "Uw antwoorden zijn al meegeteld in uitkomsten die zijn getoond. Ze kunnen niet "
        "meer veranderen.",
        "Your answers were already counted in results that have been shown. They can no "
        "longer be changed.",
    ),
    "err.no_ties": (
        "Deze ronde heeft geen vragen over de samenwerking tussen organisaties.",
        "This round has no questions about working with the other organisations.",
    ),
    "err.ties_first": (
        "Stuur eerst de vragenlijst. Daarna kunt u deze vragen beantwoorden.",
        "Send the questionnaire first. Then you can answer these questions.",
    ),
    "err.tie_org": (
        "Kies bij welke organisatie u hoort, uit de lijst. Er is niets opgeslagen.",
        "Choose the organisation you belong to from the list. Nothing was stored.",
    ),
    "err.tie_own": (
        "U kunt uw eigen organisatie niet beoordelen. Er is niets opgeslagen.",
        "You cannot rate your own organisation. Nothing was stored.",
    ),
    "err.tie_unknown": (
        "Een organisatie in het formulier hoort niet bij deze samenwerking. Er is niets "
        "opgeslagen.",
        "An organisation in the form is not part of this partnership. Nothing was stored.",
    ),
    "err.tie_empty": (
        "U heeft over geen enkele organisatie een antwoord gegeven. Er is niets opgeslagen. "
        "Wilt u deze vragen niet beantwoorden? Dan kunt u ze overslaan.",
        "You did not give an answer about any organisation. Nothing was stored. If you do "
        "not want to answer these questions, you can skip them.",
    ),
    "err.retry": (
        "Opslaan lukte niet. Uw antwoorden staan nog op deze telefoon. Probeer het zo opnieuw.",
        "Saving did not work. Your answers are still on this phone. Please try again in a moment.",
    ),
    "err.busy": (
        "Er zijn nu te veel bezoekers. Probeer het zo opnieuw.",
        "Too many visitors right now. Please try again in a moment.",
    ),
}


def text(key: str, lang: str, **values: object) -> str:
    nl, en = _TEXTS[key]
    out = nl if lang == "nl" else en
    return out.format(**values) if values else out


def texts(lang: str) -> dict[str, str]:
    """Every text in one language (templates read ``t.key``)."""
    return {k: (nl if lang == "nl" else en) for k, (nl, en) in _TEXTS.items()}
