"""Tokens as the job-ad reader sees them: one leaf module, read by the vocabulary and the
playbook's own checks."""

from __future__ import annotations

import re

# Words, acronyms with inner symbols (C++, C#, Node.js, L&D), elided articles ("d'", "l'") as
# their own token, and "/" as a token so "CI/CD" and "SQL/NoSQL" read as in the vocabulary.
_TOKEN = re.compile(r"[^\W\d_]{1,3}'|\.?[^\W_](?:[\w+#&-]*[\w+#])?(?:\.[^\W_][\w+#]*)*|/")


def tokenize(text: str) -> list[str]:
    """Tokens as the skills reader sees them.

    >>> tokenize("Maîtrise de CI/CD, C++ et Node.js.")
    ['Maîtrise', 'de', 'CI', '/', 'CD', 'C++', 'et', 'Node.js']
    """
    return _TOKEN.findall(text.replace("’", "'"))


def token_offsets(text: str) -> list[tuple[str, int, int]]:
    """`tokenize` with each token's character offsets in `text`."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text.replace("’", "'"))]
