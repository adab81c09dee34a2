"""``python -m rashomon``: the same as the ``rashomon`` command."""

from rashomon.cli import main

main()
