{%- if cookiecutter.template_language == "mako" -%}
<%inherit file="layout.mako"/>
<h1>${project_name}</h1>
% for message in messages:
<p class="flash">${message}</p>
% endfor
<form method="post" action="${request.route_path('home')}">
  <input type="hidden" name="csrf_token" value="${get_csrf_token()}">
  <label>Your name <input name="name" maxlength="100" required></label>
  <button type="submit">Say hello</button>
</form>
{%- endif %}
