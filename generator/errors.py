"""The one exception type fwgen shows to users: a message, no traceback."""


class FwgenError(Exception):
    """A problem with the user's input or environment, reported as one line.

    ``exit_code`` follows the usual convention: 2 for bad usage or input, 1 for a failure while working.
    """

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code
