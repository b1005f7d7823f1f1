"""A short news story of our own that the synthetic dumps of several text-dump tests wrap in page chrome."""

HARBOUR_STORY = [
    "The harbour authority said on Monday that the new ferry terminal will open in the spring, two years later "
    "than planned, after problems with the foundations.",
    "The delay has raised the cost of the project by about a fifth, and the authority is in talks with the "
    "builder about who will pay for the extra work.",
    "Passengers will keep using the old terminal until then, with a temporary bus link to the station that "
    "runs every ten minutes during the day.",
]
