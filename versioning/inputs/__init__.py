"""Bounded reading of inputs: every byte the library takes from outside passes through here.

* :mod:`versioning.inputs.limits` -- the limits (sizes, JSON depth and number length, the range of dates),
  in one place;
* :mod:`versioning.inputs.files` -- :func:`read_input_file`: regular files only, refused at once otherwise,
  and never more than the size cap;
* :mod:`versioning.inputs.strict_json` -- :func:`load_json`: JSON with a depth limit, short numbers,
  no NaN or Infinity, no lone surrogates and no repeated keys.

Every refusal is an :class:`~versioning.errors.InputError` naming the file and the line and column, or the
JSON path.  This package knows nothing of resolutions.
"""

from __future__ import annotations

from versioning.inputs.files import read_input_file
from versioning.inputs.limits import DEFAULT_LIMITS, InputLimits, assembly_date_range
from versioning.inputs.strict_json import load_json

__all__ = ["DEFAULT_LIMITS", "InputLimits", "assembly_date_range", "load_json", "read_input_file"]
