"""The Slack channel: a Bolt app (events, the slash command, buttons, the self-check modal, the digest)
over the core's ``answer()`` and ``check()``. It imports no other channel."""
