{%- if cookiecutter.database != "none" -%}
"""Request and response bodies (pydantic), kept apart from the database models."""

{% if cookiecutter.auth == "jwt" -%}
from typing import Annotated

{% endif -%}
from pydantic import BaseModel, ConfigDict, Field, field_validator


class ItemCreate(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    description: str | None = None


class ItemUpdate(BaseModel):
    """Partial update: only the fields sent are changed."""

    name: str | None = Field(default=None, min_length=1, max_length=100)
    description: str | None = None

    @field_validator("name")
    @classmethod
    def name_is_not_null(cls, value: str | None) -> str:
        # Leaving the name out keeps it; sending null would break the NOT NULL column.
        if value is None:
            raise ValueError("name cannot be null")
        return value


class ItemRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    description: str | None
{%- if cookiecutter.auth == "jwt" %}
    owner_id: int
{%- endif %}


class ItemPage(BaseModel):
    items: list[ItemRead]
    total: int
    offset: int
    limit: int
{%- if cookiecutter.auth == "jwt" %}


# A plausible address; whether it is real shows when a reset email arrives.
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
Password = Annotated[str, Field(min_length=8, max_length=128)]
Email = Annotated[str, Field(max_length=254, pattern=EMAIL_PATTERN)]


class UserCreate(BaseModel):
    username: str = Field(min_length=3, max_length=50, pattern=r"^[A-Za-z0-9_.-]+$")
    email: Email
    password: Password


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    email: str
    is_active: bool
    is_superuser: bool


class PasswordChange(BaseModel):
    current_password: str
    new_password: Password


class PasswordResetRequest(BaseModel):
    email: Email


class PasswordReset(BaseModel):
    token: str
    new_password: Password


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
{%- endif %}
{%- endif %}
