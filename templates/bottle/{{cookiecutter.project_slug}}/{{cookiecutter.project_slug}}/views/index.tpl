{%- if cookiecutter.layout == "package" %}{% include "bottle/index.tpl" %}{% endif %}
