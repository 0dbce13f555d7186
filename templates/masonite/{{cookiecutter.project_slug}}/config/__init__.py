"""Configuration modules; Masonite loads each one as `config("<module>.<name>")`."""
