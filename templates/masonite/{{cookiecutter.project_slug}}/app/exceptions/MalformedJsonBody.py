"""A request whose JSON body does not parse: a client error, not a crash."""


class MalformedJsonBody(Exception):
    is_http_exception = True

    def get_status(self) -> int:
        return 400

    def get_response(self) -> str:
        return "the request body is not valid JSON"
