"""The web channel: the chat page, the grant list and its calendar and feed, the dashboard and the HTTP
API, as FastAPI routers over the core's ``answer()`` and ``check()``. It imports no other channel."""
