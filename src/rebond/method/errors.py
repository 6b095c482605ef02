"""The one error raised to refuse what a person gave (by a use case, or by the method).

Its message is written for the person (it is shown as a form error, a CLI message, or an API
422). Any other exception is a bug: the API answers 500 in its error shape and logs it.
`ServiceError` is a `ValueError`, so code that catches `ValueError` keeps working.
"""


class ServiceError(ValueError):
    """A use case refused its input; the message says why, for the person."""
