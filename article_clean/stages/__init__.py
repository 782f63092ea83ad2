"""One module per pipeline stage. The order lives in :mod:`article_clean.pipeline`."""
