"""Which addresses grantbot may fetch: http(s) only, and no loopback or private network by default.

A source list is typed by people and a sitemap or feed is written by others; without this check a
feed entry such as http://169.254.169.254/ or http://localhost:5432/ would make the server read
its own network (server-side request forgery). The check runs on every hop of a redirect.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from knowledge.errors import BadInput


class UrlRefused(BadInput):
    """An address grantbot will not fetch."""


def _blocked(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
            or ip.is_reserved or ip.is_unspecified)


def check_url(url: str, allow_private: bool = False) -> str:
    """The URL when grantbot may fetch it; UrlRefused naming the reason otherwise.

    The host's addresses are resolved here; a host that resolves to several is refused when any is
    private. (A DNS answer that changes between this check and the connection is not caught: the
    setting is for servers without such an attacker in their resolver path.)
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UrlRefused(f"{url}: only http and https addresses can be fetched")
    host = parts.hostname
    if not host:
        raise UrlRefused(f"{url}: no host in the address")
    if allow_private:
        return url
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UrlRefused(f"{url}: the host {host} cannot be resolved ({exc})") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        if _blocked(ip):
            raise UrlRefused(
                f"{url}: {host} is a loopback or private address ({ip}); set GRANTBOT_ALLOW_PRIVATE_URLS=1 "
                "to fetch from your own network"
            )
    return url
