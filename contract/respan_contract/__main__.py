import sys

from respan_contract.cli import main

sys.exit(main())
