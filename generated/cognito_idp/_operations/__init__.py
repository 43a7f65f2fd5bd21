# Generated from the botocore 1.44.8 model of cognito-idp (sha256 e276e4bb14841cc1).
# Do not edit: change codegen/, templates/ or the pinned model, then `make generate`.
"""Generated modules, one per operation; import from the package instead.

Clients reach an operation's module as an attribute of this package. The first time, the
``__getattr__`` below imports it; the import sets the attribute, so later calls find it at once.
Type checkers see every module among the names below.
"""

from __future__ import annotations

import sys

from typedaws_runtime.static_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType

    from cognito_idp._operations import add_custom_attributes as add_custom_attributes
    from cognito_idp._operations import add_user_pool_client_secret as add_user_pool_client_secret
    from cognito_idp._operations import admin_add_user_to_group as admin_add_user_to_group
    from cognito_idp._operations import admin_confirm_sign_up as admin_confirm_sign_up
    from cognito_idp._operations import admin_create_user as admin_create_user
    from cognito_idp._operations import admin_delete_software_token as admin_delete_software_token
    from cognito_idp._operations import admin_delete_user as admin_delete_user
    from cognito_idp._operations import admin_delete_user_attributes as admin_delete_user_attributes
    from cognito_idp._operations import (
        admin_disable_provider_for_user as admin_disable_provider_for_user,
    )
    from cognito_idp._operations import admin_disable_user as admin_disable_user
    from cognito_idp._operations import admin_enable_user as admin_enable_user
    from cognito_idp._operations import admin_forget_device as admin_forget_device
    from cognito_idp._operations import admin_get_device as admin_get_device
    from cognito_idp._operations import admin_get_user as admin_get_user
    from cognito_idp._operations import admin_get_user_auth_factors as admin_get_user_auth_factors
    from cognito_idp._operations import admin_initiate_auth as admin_initiate_auth
    from cognito_idp._operations import admin_link_provider_for_user as admin_link_provider_for_user
    from cognito_idp._operations import admin_list_devices as admin_list_devices
    from cognito_idp._operations import admin_list_groups_for_user as admin_list_groups_for_user
    from cognito_idp._operations import admin_list_user_auth_events as admin_list_user_auth_events
    from cognito_idp._operations import admin_list_user_sessions as admin_list_user_sessions
    from cognito_idp._operations import admin_remove_user_from_group as admin_remove_user_from_group
    from cognito_idp._operations import admin_reset_user_password as admin_reset_user_password
    from cognito_idp._operations import (
        admin_respond_to_auth_challenge as admin_respond_to_auth_challenge,
    )
    from cognito_idp._operations import admin_revoke_user_session as admin_revoke_user_session
    from cognito_idp._operations import (
        admin_set_user_mfa_preference as admin_set_user_mfa_preference,
    )
    from cognito_idp._operations import admin_set_user_password as admin_set_user_password
    from cognito_idp._operations import admin_set_user_settings as admin_set_user_settings
    from cognito_idp._operations import (
        admin_update_auth_event_feedback as admin_update_auth_event_feedback,
    )
    from cognito_idp._operations import admin_update_device_status as admin_update_device_status
    from cognito_idp._operations import admin_update_user_attributes as admin_update_user_attributes
    from cognito_idp._operations import admin_user_global_sign_out as admin_user_global_sign_out
    from cognito_idp._operations import associate_software_token as associate_software_token
    from cognito_idp._operations import (
        cancel_point_in_time_recovery as cancel_point_in_time_recovery,
    )
    from cognito_idp._operations import change_password as change_password
    from cognito_idp._operations import (
        complete_web_authn_registration as complete_web_authn_registration,
    )
    from cognito_idp._operations import confirm_device as confirm_device
    from cognito_idp._operations import confirm_forgot_password as confirm_forgot_password
    from cognito_idp._operations import confirm_sign_up as confirm_sign_up
    from cognito_idp._operations import create_cimd_policy as create_cimd_policy
    from cognito_idp._operations import create_group as create_group
    from cognito_idp._operations import create_identity_provider as create_identity_provider
    from cognito_idp._operations import (
        create_managed_login_branding as create_managed_login_branding,
    )
    from cognito_idp._operations import create_resource_server as create_resource_server
    from cognito_idp._operations import create_terms as create_terms
    from cognito_idp._operations import create_user_import_job as create_user_import_job
    from cognito_idp._operations import create_user_pool as create_user_pool
    from cognito_idp._operations import create_user_pool_client as create_user_pool_client
    from cognito_idp._operations import create_user_pool_domain as create_user_pool_domain
    from cognito_idp._operations import create_user_pool_replica as create_user_pool_replica
    from cognito_idp._operations import delete_cimd_policy as delete_cimd_policy
    from cognito_idp._operations import delete_group as delete_group
    from cognito_idp._operations import delete_identity_provider as delete_identity_provider
    from cognito_idp._operations import (
        delete_managed_login_branding as delete_managed_login_branding,
    )
    from cognito_idp._operations import delete_resource_server as delete_resource_server
    from cognito_idp._operations import delete_terms as delete_terms
    from cognito_idp._operations import delete_user as delete_user
    from cognito_idp._operations import delete_user_attributes as delete_user_attributes
    from cognito_idp._operations import delete_user_pool as delete_user_pool
    from cognito_idp._operations import delete_user_pool_client as delete_user_pool_client
    from cognito_idp._operations import (
        delete_user_pool_client_secret as delete_user_pool_client_secret,
    )
    from cognito_idp._operations import delete_user_pool_domain as delete_user_pool_domain
    from cognito_idp._operations import delete_user_pool_replica as delete_user_pool_replica
    from cognito_idp._operations import delete_web_authn_credential as delete_web_authn_credential
    from cognito_idp._operations import describe_cimd_policy as describe_cimd_policy
    from cognito_idp._operations import describe_identity_provider as describe_identity_provider
    from cognito_idp._operations import (
        describe_managed_login_branding as describe_managed_login_branding,
    )
    from cognito_idp._operations import (
        describe_managed_login_branding_by_client as describe_managed_login_branding_by_client,
    )
    from cognito_idp._operations import (
        describe_point_in_time_recovery as describe_point_in_time_recovery,
    )
    from cognito_idp._operations import describe_resource_server as describe_resource_server
    from cognito_idp._operations import describe_risk_configuration as describe_risk_configuration
    from cognito_idp._operations import describe_terms as describe_terms
    from cognito_idp._operations import describe_terms_by_client as describe_terms_by_client
    from cognito_idp._operations import describe_user_import_job as describe_user_import_job
    from cognito_idp._operations import describe_user_pool as describe_user_pool
    from cognito_idp._operations import describe_user_pool_client as describe_user_pool_client
    from cognito_idp._operations import describe_user_pool_domain as describe_user_pool_domain
    from cognito_idp._operations import forget_device as forget_device
    from cognito_idp._operations import forgot_password as forgot_password
    from cognito_idp._operations import get_client_token as get_client_token
    from cognito_idp._operations import get_csv_header as get_csv_header
    from cognito_idp._operations import get_derived_token as get_derived_token
    from cognito_idp._operations import get_device as get_device
    from cognito_idp._operations import get_group as get_group
    from cognito_idp._operations import (
        get_identity_provider_by_identifier as get_identity_provider_by_identifier,
    )
    from cognito_idp._operations import (
        get_log_delivery_configuration as get_log_delivery_configuration,
    )
    from cognito_idp._operations import get_provisioned_limit as get_provisioned_limit
    from cognito_idp._operations import get_signing_certificate as get_signing_certificate
    from cognito_idp._operations import (
        get_tokens_from_refresh_token as get_tokens_from_refresh_token,
    )
    from cognito_idp._operations import get_ui_customization as get_ui_customization
    from cognito_idp._operations import get_user as get_user
    from cognito_idp._operations import (
        get_user_attribute_verification_code as get_user_attribute_verification_code,
    )
    from cognito_idp._operations import get_user_auth_factors as get_user_auth_factors
    from cognito_idp._operations import (
        get_user_pool_client_session_configuration as get_user_pool_client_session_configuration,
    )
    from cognito_idp._operations import get_user_pool_mfa_config as get_user_pool_mfa_config
    from cognito_idp._operations import (
        get_user_pool_session_configuration as get_user_pool_session_configuration,
    )
    from cognito_idp._operations import global_sign_out as global_sign_out
    from cognito_idp._operations import initiate_auth as initiate_auth
    from cognito_idp._operations import (
        initiate_point_in_time_recovery as initiate_point_in_time_recovery,
    )
    from cognito_idp._operations import list_cimd_policies as list_cimd_policies
    from cognito_idp._operations import list_client_metadata_urls as list_client_metadata_urls
    from cognito_idp._operations import list_devices as list_devices
    from cognito_idp._operations import list_groups as list_groups
    from cognito_idp._operations import list_identity_providers as list_identity_providers
    from cognito_idp._operations import (
        list_point_in_time_recoveries as list_point_in_time_recoveries,
    )
    from cognito_idp._operations import list_resource_servers as list_resource_servers
    from cognito_idp._operations import list_tags_for_resource as list_tags_for_resource
    from cognito_idp._operations import list_terms as list_terms
    from cognito_idp._operations import list_user_import_jobs as list_user_import_jobs
    from cognito_idp._operations import (
        list_user_pool_client_secrets as list_user_pool_client_secrets,
    )
    from cognito_idp._operations import list_user_pool_clients as list_user_pool_clients
    from cognito_idp._operations import list_user_pool_replicas as list_user_pool_replicas
    from cognito_idp._operations import list_user_pools as list_user_pools
    from cognito_idp._operations import list_user_sessions as list_user_sessions
    from cognito_idp._operations import list_users as list_users
    from cognito_idp._operations import list_users_in_group as list_users_in_group
    from cognito_idp._operations import list_web_authn_credentials as list_web_authn_credentials
    from cognito_idp._operations import resend_confirmation_code as resend_confirmation_code
    from cognito_idp._operations import respond_to_auth_challenge as respond_to_auth_challenge
    from cognito_idp._operations import revoke_token as revoke_token
    from cognito_idp._operations import revoke_user_session as revoke_user_session
    from cognito_idp._operations import (
        set_log_delivery_configuration as set_log_delivery_configuration,
    )
    from cognito_idp._operations import set_risk_configuration as set_risk_configuration
    from cognito_idp._operations import set_ui_customization as set_ui_customization
    from cognito_idp._operations import set_user_mfa_preference as set_user_mfa_preference
    from cognito_idp._operations import (
        set_user_pool_client_session_configuration as set_user_pool_client_session_configuration,
    )
    from cognito_idp._operations import set_user_pool_mfa_config as set_user_pool_mfa_config
    from cognito_idp._operations import (
        set_user_pool_session_configuration as set_user_pool_session_configuration,
    )
    from cognito_idp._operations import set_user_settings as set_user_settings
    from cognito_idp._operations import sign_up as sign_up
    from cognito_idp._operations import start_point_in_time_recovery as start_point_in_time_recovery
    from cognito_idp._operations import start_user_import_job as start_user_import_job
    from cognito_idp._operations import start_web_authn_registration as start_web_authn_registration
    from cognito_idp._operations import stop_user_import_job as stop_user_import_job
    from cognito_idp._operations import tag_resource as tag_resource
    from cognito_idp._operations import untag_resource as untag_resource
    from cognito_idp._operations import update_auth_event_feedback as update_auth_event_feedback
    from cognito_idp._operations import update_cimd_policy as update_cimd_policy
    from cognito_idp._operations import (
        update_client_metadata_url_state as update_client_metadata_url_state,
    )
    from cognito_idp._operations import update_device_status as update_device_status
    from cognito_idp._operations import update_group as update_group
    from cognito_idp._operations import update_identity_provider as update_identity_provider
    from cognito_idp._operations import (
        update_managed_login_branding as update_managed_login_branding,
    )
    from cognito_idp._operations import update_provisioned_limit as update_provisioned_limit
    from cognito_idp._operations import update_resource_server as update_resource_server
    from cognito_idp._operations import update_terms as update_terms
    from cognito_idp._operations import update_user_attributes as update_user_attributes
    from cognito_idp._operations import update_user_pool as update_user_pool
    from cognito_idp._operations import update_user_pool_client as update_user_pool_client
    from cognito_idp._operations import update_user_pool_domain as update_user_pool_domain
    from cognito_idp._operations import update_user_pool_replica as update_user_pool_replica
    from cognito_idp._operations import verify_software_token as verify_software_token
    from cognito_idp._operations import verify_user_attribute as verify_user_attribute


def __getattr__(name: str) -> ModuleType:
    if name.startswith("__"):  # a tool probing for a dunder: never a module here
        raise AttributeError(name)
    module = f"{__name__}.{name}"
    try:
        __import__(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise  # a module it imports is missing: the real problem
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    return sys.modules[module]
