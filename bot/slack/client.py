"""The Slack Web API client, shared by the Bolt app and the weekly digest."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from settings import Settings

SLACK_API_URL = "https://slack.com/api/"


def build_web_client(settings: Settings) -> WebClient:
    """The Web API client: SLACK_API_URL when set, and 429s retried after Retry-After."""
    base_url = (settings.slack_api_url or SLACK_API_URL).rstrip("/") + "/"
    retries = [ConnectionErrorRetryHandler(), RateLimitErrorRetryHandler(max_retry_count=3)]
    return WebClient(token=settings.slack_bot_token, base_url=base_url, retry_handlers=retries)
