"""One APIRouter per feature; app.create_app includes them."""
