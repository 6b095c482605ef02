# Lowercase abbreviations with their full stop ("lun. 7 déc."), as French writes them.
DAY_MONTH_FORMAT = "j N"  # a day in a line of text or a list: 7 déc.
DAY_MONTH_YEAR_FORMAT = "j N Y"  # the end of a period: 30 nov. → 6 déc. 2026
WEEKDAY_FORMAT = "D. j N"  # an agenda entry: lun. 7 déc.
LONG_DAY_FORMAT = "l j F"  # a page's day: lundi 7 décembre
THOUSAND_SEPARATOR = "\u202f"  # narrow no-break space: 27 999
