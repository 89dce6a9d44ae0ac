"""Reading an input file: a regular file only, refused at once otherwise, and never beyond the size cap.

A FIFO would block the first ``read`` until a writer comes, ``/dev/zero`` never ends and a directory has no
bytes: each is refused from its ``stat`` before any byte is read.  The file is opened non-blocking (so that
a FIFO swapped in between the check and the open cannot block either) and checked again on the open
descriptor, which is the file actually read.
"""

from __future__ import annotations

import os
import stat

from versioning.errors import InputError
from versioning.inputs.limits import DEFAULT_LIMITS, MIB, InputLimits

_CHUNK = MIB


def read_input_file(path: str | os.PathLike[str], *, limits: InputLimits | None = None) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limits.max_file_bytes`` of them.

    Raises :class:`~versioning.errors.InputError` naming the file: missing, unreadable, not a regular file
    (a directory, FIFO, socket or device), or larger than the cap.
    """
    limits = limits or DEFAULT_LIMITS
    name = os.fspath(path)
    if "\0" in name:
        raise InputError("not a file name (it holds a NUL character)", file=name.replace("\0", "\\0"))
    try:
        _check_regular(os.stat(name), name, limits)
        descriptor = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError("no such file", file=name) from None
    except OSError as error:
        raise InputError(error.strerror or str(error), file=name) from None
    try:
        _check_regular(os.fstat(descriptor), name, limits)
        return _read_at_most(descriptor, name, limits.max_file_bytes)
    except OSError as error:
        raise InputError(error.strerror or str(error), file=name) from None
    finally:
        os.close(descriptor)


def size_text(size: int) -> str:
    """A byte count for a message: ``64 MiB``, ``12 KiB``, ``100 bytes``."""
    if size >= MIB and size % MIB == 0:
        return f"{size // MIB} MiB"
    if size >= MIB:
        return f"{size / MIB:.1f} MiB"
    if size >= 1024 and size % 1024 == 0:
        return f"{size // 1024} KiB"
    return f"{size} bytes"


def _check_regular(status: os.stat_result, name: str, limits: InputLimits) -> None:
    mode = status.st_mode
    if not stat.S_ISREG(mode):
        raise InputError(f"is {_kind(mode)}, not an edition file", file=name)
    if status.st_size > limits.max_file_bytes:
        raise InputError(_too_large(status.st_size, limits.max_file_bytes), file=name)


def _read_at_most(descriptor: int, name: str, cap: int) -> bytes:
    # The size from fstat can be out of date (a file still being written): stop one byte past the cap.
    chunks = []
    total = 0
    while total <= cap:
        chunk = os.read(descriptor, min(_CHUNK, cap + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > cap:
        raise InputError(f"too large (more than {size_text(cap)}, the limit)", file=name)
    return b"".join(chunks)


def _too_large(size: int, cap: int) -> str:
    return f"too large ({size_text(size)}; the limit is {size_text(cap)})"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"
