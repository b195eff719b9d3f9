"""Errors of the knowledge layer; messages say what to do next."""


class GrantbotError(Exception):
    """Base of every error grantbot reports to a person rather than as a traceback."""


class BadInput(GrantbotError):
    """The input cannot be used as given (CLI exit 2, HTTP 4xx)."""


class LoadError(GrantbotError):
    """A document could not be read or yielded no text."""


class UnknownGrant(BadInput):
    """No grant with that id is in the catalogue."""


class EmptyCatalogue(GrantbotError):
    """Nothing has been ingested yet."""

    def __init__(self, message: str = "No grants yet: run `grantbot ingest --sample`") -> None:
        super().__init__(message)
