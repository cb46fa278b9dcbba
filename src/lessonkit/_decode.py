"""Turn the bytes of a file into text, or say clearly why not.

The order is fixed and stated: a byte-order mark wins (UTF-8, UTF-16 or UTF-32);
otherwise the bytes must be valid UTF-8; otherwise an HTML file's declared charset is
tried; otherwise Windows-1252, the legacy encoding of most older English-language web
pages and word processors, is tried, and the article records that it was.
"""

from __future__ import annotations

import codecs
import contextlib
import re

from .errors import InputError

__all__ = ["MAX_BYTES", "decode_bytes"]

MAX_BYTES = 20 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY = "cp1252"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, name: str, *, html: bool = False) -> tuple[str, str, tuple[str, ...]]:
    """Decode ``data`` read from the file ``name``.

    Parameters
    ----------
    data
        The file's bytes.
    name
        The file name, for error messages.
    html
        Whether to look for a ``<meta charset>`` declaration.

    Returns
    -------
    tuple
        ``(text, encoding, warnings)``.

    Raises
    ------
    InputError
        If the bytes are empty, binary or cannot be decoded.
    """
    if len(data) > MAX_BYTES:
        raise InputError(
            name,
            f"file is {len(data) / 1048576:.1f} MB, over the 20 MB limit",
            "split it or pass only the article's text",
        )
    if not data.strip():
        raise InputError(name, "file is empty", "pass a file that holds the article's text")
    warnings: list[str] = []
    text: str | None = None
    encoding = ""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    name,
                    f"starts with a {codec.upper()} byte-order mark but byte {exc.start} is not {codec}",
                    "save the file again as UTF-8",
                ) from None
            encoding = codec
            break
    if text is None:
        if b"\x00" in data:
            raise InputError(
                name, "looks like binary data, not text", "pass a .txt, .md or .html file"
            )
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError as exc:
            text, encoding = _fallback(data, name, html, exc)
            warnings.append(
                f"not valid UTF-8 (byte {exc.start}); decoded as {encoding}: check odd characters"
            )
    if text.startswith("\ufeff"):
        text = text[1:]
    if _looks_binary(text):
        raise InputError(name, "looks like binary data, not text", "pass a .txt, .md or .html file")
    if not text.strip():
        raise InputError(name, "file holds no text", "pass a file that holds the article's text")
    return text, encoding, tuple(warnings)


def _fallback(data: bytes, name: str, html: bool, exc: UnicodeDecodeError) -> tuple[str, str]:
    candidates = []
    if html:
        match = _META_CHARSET.search(data[:4096])
        if match:
            declared = match.group(1).decode("ascii", "replace").lower()
            with contextlib.suppress(LookupError):
                candidates.append(codecs.lookup(declared).name)
    candidates.append(_LEGACY)
    for codec in candidates:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise InputError(
        name,
        f"cannot be decoded: byte {exc.start} is neither UTF-8 nor Windows-1252",
        "save the file again as UTF-8",
    )


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    return "\x00" in sample or controls > max(2, len(sample) // 100)
