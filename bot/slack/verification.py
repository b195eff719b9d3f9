"""Request signing checks that answer 401 for every malformed header, never 500."""

from __future__ import annotations

from slack_bolt.middleware.request_verification import RequestVerification


class StrictRequestVerification(RequestVerification):
    """Bolt's verification, except a non-numeric timestamp is a bad signature instead of a ValueError."""

    def process(self, *, req, resp, next):
        if self._can_skip(req.mode, req.body):
            return next()
        timestamp = req.headers.get("x-slack-request-timestamp", [""])[0]
        if not (timestamp.isascii() and timestamp.isdigit()):  # slack_sdk does int(timestamp) and would raise
            self._debug_log_error(req.headers.get("x-slack-signature", [""])[0], timestamp, req.raw_body)
            return self._build_error_response()
        return super().process(req=req, resp=resp, next=next)
