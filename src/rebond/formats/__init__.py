"""Date and number formats by language (settings.FORMAT_MODULE_PATH), on top of Django's.

One format per kind of place, used as `{{ day|date:"DAY_MONTH_FORMAT" }}`; never a literal
format such as "j M" in a template, whose month abbreviation Django capitalises ("Déc").
Django's own names (DATE_FORMAT, SHORT_DATE_FORMAT, DATETIME_FORMAT, YEAR_MONTH_FORMAT…) keep
their meaning. Both languages define every name: an unknown name would be printed as a format.
"""
