import sys

from kleinschalig.cli import main

sys.exit(main())
