# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Re-exports ``cognito_auth``, written by hand beside the generated code: see its docstring.

Its names are imported when first used, as the package's own are."""

from cognito_auth import __all__ as __all__
from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognito_auth import *  # noqa: F403
else:
    from cognito_auth import __getattr__ as __getattr__
