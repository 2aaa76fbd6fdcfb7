"""An example desktop form over kleinschalig (Textual): see ``examples/desktop/README.md``."""
