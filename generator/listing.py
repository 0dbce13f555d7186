"""What `fwgen list --json` prints and `GET /api/frameworks` answers: every template with its
options, and the status of the frameworks fwgen has no template for."""

from __future__ import annotations

from typing import Any


def framework_listing() -> dict[str, Any]:
    from generator.catalog import load_catalog
    from generator.template_lookup import load_template, template_names

    templates = [load_template(name) for name in template_names()]
    others = [fw for fw in load_catalog().frameworks if fw.key not in {t.name for t in templates}]
    return {
        "templates": [
            {
                "framework": t.name,
                "options": [
                    {
                        "key": o.key,
                        "kind": o.kind,
                        "prompt": o.prompt,
                        "default": o.default,
                        "choices": list(o.choices),
                    }
                    for o in t.options
                ],
            }
            for t in templates
        ],
        "other_frameworks": [
            {
                "key": fw.key,
                "name": fw.name,
                "status": fw.status,
                "reason": fw.reason,
                "alternative": fw.alternative,
                "version_checked": fw.version,
                "checked": fw.checked,
            }
            for fw in others
        ],
    }
