{%- if cookiecutter.database != "none" -%}
"""Request and response bodies (pydantic), kept apart from the database models."""

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


class ItemPage(BaseModel):
    items: list[ItemRead]
    total: int
    offset: int
    limit: int
{%- if cookiecutter.auth == "jwt" %}


class UserCreate(BaseModel):
    username: str = Field(min_length=3, max_length=50, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=128)


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    is_active: bool


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
{%- endif %}
{%- endif %}
