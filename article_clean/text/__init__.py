"""Pure readers of text that the stages, the HTML reader and ``check`` share."""
