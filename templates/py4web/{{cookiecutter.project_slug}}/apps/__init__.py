"""py4web's apps folder: each sub-folder with an __init__.py is an app, served at /<app name>/."""
