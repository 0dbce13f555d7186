{%- raw -%}
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{{project_name}}</title>
</head>
<body>
  <main>
    <h1>{{project_name}}</h1>
    <p>It works. This page is <code>index.tpl</code> in the <code>views</code> folder, a Bottle
      SimpleTemplate.</p>
    <p>Health check: <a href="/health">/health</a></p>
  </main>
</body>
</html>
{% endraw %}