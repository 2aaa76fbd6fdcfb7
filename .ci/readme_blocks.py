"""Print the shell code blocks of README.md's Quick start, one per NUL-separated record."""

import re
import sys
from pathlib import Path

text = Path(__file__).resolve().parent.parent.joinpath("README.md").read_text(encoding="utf-8")
section = re.search(r"^## Quick start\n(.*?)(?=^## |\Z)", text, re.S | re.M)
if section is None:
    sys.exit("README.md has no '## Quick start' section")
blocks = re.findall(r"^```sh\n(.*?)^```", section.group(1), re.S | re.M)
if len(blocks) != 2:
    sys.exit(f"Quick start must hold exactly two sh blocks, found {len(blocks)}")
sys.stdout.write("\0".join(blocks))
