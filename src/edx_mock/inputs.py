"""Input the fake refuses before any handler reads it, so that no request can make it answer 500.

- JSON bodies: standard JSON only (`NaN`, `Infinity` and `-Infinity` are Python's extension,
  refused as the platform's parser refuses them, RFC 8259 §6); nesting at most MAX_DEPTH deep
  (deeper input overflowed the decoder or the validator's recursion); no string that UTF-8 cannot
  encode (a lone surrogate such as "\\ud800" is a valid JSON escape, RFC 8259 §8.2, but no valid
  text: stored, it made every later answer that echoed it fail).
- Whole numbers in parameters: ASCII digits with an optional sign and at most MAX_DIGITS of them
  (`str.isdigit()` accepts "²", which `int()` refuses; `int()` refuses more than 4,300 digits,
  and a schema that sets no maximum allows any length, so the bound sits well above what
  schemathesis generates and well below what `int()` refuses).

Each refusal is an InputRefused naming the place, which the dispatcher answers with a 400.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 64
MAX_DIGITS = 1000
_WHOLE_NUMBER = re.compile(rf"[+-]?[0-9]{{1,{MAX_DIGITS}}}", re.ASCII)


def strict_int(text: str) -> int | None:
    """The whole number `text` spells in ASCII digits, or None."""
    return int(text) if _WHOLE_NUMBER.fullmatch(text) else None


class InputRefused(ValueError):
    """Input the fake will not read: `where` is a JSON pointer into the body ("/" for all of it)."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(message)
        self.where, self.message = where or "/", message


def load_json(raw: bytes | str) -> Any:
    """The JSON value of a body; InputRefused if it is not standard, encodable, shallow JSON."""
    try:
        value = json.loads(raw, parse_constant=_refuse_constant)
    except RecursionError:
        raise InputRefused("/", f"The body nests deeper than {MAX_DEPTH} levels.") from None
    except InputRefused:
        raise
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputRefused("/", f"The body is not valid JSON: {exc}") from None
    _check_shape(value)
    return value


def _refuse_constant(name: str) -> Any:
    raise InputRefused("/", f"{name} is not JSON: RFC 8259 has no such number.")


def _check_shape(value: Any) -> None:
    """Depth and encodable strings, walked without recursion (the value may be deep)."""
    pending: list[tuple[Any, str, int]] = [(value, "", 1)]
    while pending:
        node, where, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise InputRefused(where, f"The body nests deeper than {MAX_DEPTH} levels.")
        if isinstance(node, str):
            if not _encodable(node):
                raise InputRefused(where, "The text contains a lone UTF-16 surrogate, which is "
                                          "not a character.")
        elif isinstance(node, dict):
            for key, item in node.items():
                if not _encodable(key):
                    raise InputRefused(where, "A key contains a lone UTF-16 surrogate, which "
                                              "is not a character.")
                pending.append((item, f"{where}/{key}", depth + 1))
        elif isinstance(node, list):
            pending.extend((item, f"{where}/{index}", depth + 1) for index, item in enumerate(node))


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
