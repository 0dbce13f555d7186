{%- if cookiecutter.template_language == "mako" -%}
<%inherit file="layout.mako"/>
<h1>${title}</h1>
<p>${message}</p>
<p><a href="${request.route_path('home')}">Home</a></p>
{%- endif %}
