"""Meeting mode: the start dialog, the full-screen window, the questionnaire."""
