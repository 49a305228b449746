"""The staff code of a reception screen: kept only as a slow salted hash, checked in constant time.

scrypt (RFC 7914) through the standard library: a memory-hard key derivation, so a stolen settings file does not
give a 4-to-8-digit code back by trying every one of them quickly. Cost n = 2**15, r = 8, p = 1 (32 MiB, about
0.1 s on a laptop): what OWASP's Password Storage Cheat Sheet lists for scrypt (N=2^17 recommended minimum for
passwords; a short code that also needs the kiosk's keyboard and a delay after each wrong try, issue 17, is
protected by both). The stored text names its parameters, so they can grow without breaking older files.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable

from parcours_app.core.errors import InputError
from parcours_app.core.text import Text

SCHEME = "scrypt"
N, R, P = 2**15, 8, 1
MIN_DIGITS, MAX_DIGITS = 4, 8
WRONG_PIN_DELAY_MS = 2000
"""After a wrong code the dialog refuses any new try for this long (and longer after each further wrong try)."""


def check_pin_format(pin: str) -> None:
    """Raise InputError unless `pin` is 4 to 8 digits."""
    if not (pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS):
        raise InputError(Text("StaffPin", "Le code du personnel doit avoir de 4 à 8 chiffres."))


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=128 * 1024 * 1024, dklen=32)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """The text to store: "scrypt$n$r$p$salt$hash" (base64). The code itself is never stored."""
    check_pin_format(pin)
    the_salt = salt if salt is not None else secrets.token_bytes(16)
    digest = _derive(pin, the_salt, N, R, P)
    return "$".join((SCHEME, str(N), str(R), str(P), _b64(the_salt), _b64(digest)))


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` gives the stored hash. A malformed stored value never matches."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != SCHEME:
            return False
        expected = base64.b64decode(digest, validate=True)
        candidate = _derive(pin, base64.b64decode(salt, validate=True), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate, expected)


def session_pin_check(pin: str) -> Callable[[str], bool]:
    """The check of a code chosen for one reception session (no code stored on this computer): hashed exactly like
    a stored one and kept only in the returned function's memory, never written anywhere. Raises InputError unless
    `pin` is 4 to 8 digits."""
    stored = hash_pin(pin)

    def check(candidate: str) -> bool:
        return verify_pin(candidate, stored)

    return check


def wrong_pin_delay_ms(failures: int) -> int:
    """The wait after the `failures`-th wrong code in a row: 2 s, 4 s, 8 s... at most 60 s."""
    delay: int = WRONG_PIN_DELAY_MS * 2 ** max(0, failures - 1)
    return min(60_000, delay)
