"""Interview preparation (C7): STAR+ stories and the story bank, the question bank and
the pre-interview ritual."""
