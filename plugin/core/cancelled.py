"""The exception a long computation raises when the user pressed Cancel."""


class Cancelled(Exception):  # noqa: N818 (the public name)
    """Raised by a progress callback to stop a computation; it propagates unchanged."""
