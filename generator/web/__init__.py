"""`fwgen serve`: the recommender and the generator as a local web page and a JSON API.

The page and the API are thin callers of the library entry points the CLI uses (`rank`,
`resolve`, `create_project`); Starlette and uvicorn come with the `fwgen[web]` extra, so nothing
outside this package imports them.
"""

INSTALL_HINT = "fwgen serve needs the web extra: pip install 'fwgen[web]'"
