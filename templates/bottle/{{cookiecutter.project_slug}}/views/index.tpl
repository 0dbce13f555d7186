{%- if cookiecutter.layout == "single-file" %}{% include "bottle/index.tpl" %}{% endif %}
