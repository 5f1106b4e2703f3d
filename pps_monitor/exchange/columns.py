"""The columns of the score table, shared by the XLSX score sheet and `scores --format csv`
(a module of its own so that the CLI can name them without loading the exporters)."""

SCORE_COLUMNS = [
    "round",
    "dimension",
    "name",
    "group",
    "n",
    "mean",
    "sd",
    "median",
    "alpha",
    "rwg_j",
    "band",
    "change",
    "ci_low",
    "ci_high",
    "significant",
]
