"""`python -m rebond` is `rebond`."""

from rebond.cli import main

main()
