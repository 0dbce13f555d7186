"""The questions about what the user is building: kind, needs, must-haves, experience, size.

Each returns the answer in the form Needs.from_dict reads; the current answers are the defaults, so
a question asked again from the summary starts where the user left it.
"""

from __future__ import annotations

from typing import Any


def ask_needs_step(step: str, current: dict[str, Any]) -> Any:
    """Ask one of the needs questions; returns its answer."""
    import questionary

    from generator.needs import experience_choices, kind_choices, need_choices, size_choices

    if step == "kind":
        choices = [questionary.Choice(c.label, c.key, description=c.description) for c in kind_choices()]
        return questionary.select(
            "What are you building?", choices=choices, default=current.get("kind") or "site"
        ).unsafe_ask()
    if step == "needs":
        chosen = set(current.get("needs") or ())

        def choice(trait: Any) -> Any:
            return questionary.Choice(
                trait.label, trait.key, checked=trait.key in chosen, description=trait.description
            )

        traits = need_choices()
        choices = [
            *(choice(t) for t in traits if t.group == "feature"),
            questionary.Separator("-- qualities that matter most --"),
            *(choice(t) for t in traits if t.group != "feature"),
        ]
        return questionary.checkbox(
            "What does it need? (space to tick, enter when done)", choices=choices
        ).unsafe_ask()
    if step == "hard":
        from generator.catalog import load_catalog

        catalog = load_catalog()
        hard = set(current.get("hard") or ())
        choices = [
            questionary.Choice(catalog.trait(key).label, key, checked=key in hard)
            for key in catalog.trait_keys
            if key in set(current.get("needs") or ())
        ]
        return questionary.checkbox(
            "Which of these are must-haves? (a framework without one is never recommended; "
            "space to tick, enter when done)",
            choices=choices,
        ).unsafe_ask()
    if step == "experience":
        levels = experience_choices()
        choices = [questionary.Choice(c.label, c.key, description=c.description) for c in levels]
        return questionary.select(
            "How experienced with Python is the team?",
            choices=choices,
            default=current.get("experience") or "intermediate",
        ).unsafe_ask()
    if step == "async_experience":
        return questionary.confirm(
            "Has the team written async (asyncio) code before?",
            default=bool(current.get("async_experience", False)),
        ).unsafe_ask()
    if step == "size":
        choices = [questionary.Choice(c.label, c.key, description=c.description) for c in size_choices()]
        return questionary.select(
            "How big will it grow?", choices=choices, default=current.get("size") or "medium"
        ).unsafe_ask()
    raise ValueError(step)
