"""National rules as pure, versioned functions."""
