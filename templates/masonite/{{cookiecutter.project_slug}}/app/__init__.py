"""The application: controllers, middleware, models and providers."""
