DAY_MONTH_FORMAT = "j M"  # a day in a line of text or a list: 7 Dec
DAY_MONTH_YEAR_FORMAT = "j M Y"  # the end of a period: 30 Nov → 6 Dec 2026
WEEKDAY_FORMAT = "D j M"  # an agenda entry: Mon 7 Dec
LONG_DAY_FORMAT = "l j F"  # a page's day: Monday 7 December
