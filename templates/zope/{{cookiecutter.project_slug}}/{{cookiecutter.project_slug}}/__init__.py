"""This project's Zope add-on package: browser views, page templates, start-up subscribers.

etc/site.zcml loads its configure.zcml; Zope itself is configured in etc/zope.conf.
"""
