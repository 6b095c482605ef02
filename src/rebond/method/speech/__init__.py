"""Speech (C7.4): a transcript read (`transcript`), who is who (`speakers`), the metrics of a
mock interview (`metrics`: pace, fillers, answer lengths, silences), filler words (`fillers`)
and how long a text takes to say (`spoken`).

Nothing is imported here: `prep.stories` reads `spoken` without loading the metrics, which read
the stories' STAR structure.
"""
