"""HTTP controllers; routes name them as "Controller@method"."""
