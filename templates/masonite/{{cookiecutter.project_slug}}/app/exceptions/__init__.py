"""Exception handlers of this application."""
