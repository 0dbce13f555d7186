"""An example app: notes that anyone can read and signed-in users can write."""
