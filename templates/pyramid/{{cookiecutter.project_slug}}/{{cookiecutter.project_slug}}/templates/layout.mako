{%- if cookiecutter.template_language == "mako" -%}
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  ## Scripts send this token as the X-CSRF-Token header on unsafe requests.
  <meta name="csrf-token" content="${get_csrf_token()}">
  <title>${project_name}</title>
  <link rel="stylesheet" href="${request.static_path('{{ cookiecutter.project_slug }}:static/style.css')}">
</head>
<body>
  <main>
    ${next.body()}
  </main>
</body>
</html>
{%- endif %}
