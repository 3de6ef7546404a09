"""Settings read from the environment, checked where they are used."""
from __future__ import annotations

import math
import os
from typing import Callable


def env_number(name: str, default: float, kind: Callable[[str], float] = int, minimum: float = 0):
    """The number in environment variable ``name``, or ``default`` when it is unset or empty.
    A value that is not such a number is an error that names the variable (read when the
    setting is used, so a bad value stops the command that needs it, with a message)."""
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    try:
        value = kind(text)
        if not math.isfinite(value):   # nan or inf: a wait that never ends
            raise ValueError(text)
    except ValueError:
        noun = "a whole number" if kind is int else "a number"
        raise ValueError(f"environment variable {name}={text!r}: want {noun}") from None
    if value < minimum:
        raise ValueError(f"environment variable {name}={text!r}: want at least {minimum:g}")
    return value
