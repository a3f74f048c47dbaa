"""Run the command-line interface: ``python -m polgraph``."""
from polgraph.cli import main

raise SystemExit(main())
