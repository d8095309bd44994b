"""The project's errors: one base class, so that the CLI and the plugin catch them all in one place.

Every message follows one shape, `file:line: problem; what to do` (or, with no file, the problem and
what to do), and is shown to the user as it is: no traceback.
"""

from __future__ import annotations


class DigestError(Exception):
    """A problem the user can fix, with a message that says how; `exit_code` is the CLI's."""

    exit_code = 2
