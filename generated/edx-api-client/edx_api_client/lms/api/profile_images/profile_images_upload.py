from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.profile_images_error import ProfileImagesError
from ...models.profile_images_upload import ProfileImagesUpload
from ...types import Response


def _get_kwargs(
    username: str,
    *,
    body: ProfileImagesUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/profile_images/v1/{username}/upload".format(
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | ProfileImagesError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorResponse | ProfileImagesError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ProfileImagesError.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ErrorResponse.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.api_error(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | ProfileImagesError]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.EdxApiError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.invalid_response(response, exc) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProfileImagesUpload,
) -> Response[Any | ErrorResponse | ProfileImagesError]:
    """Upload a user's profile image

     Uploads a profile image for the user named in the path. The doc gives only the request line. In the
    platform's source this deprecated route runs the same code as POST
    /api/user/v1/accounts/{username}/image: the image is sent as the `file` part of a multipart body
    (the view's parsers also take a raw image upload, not described here), is validated, resized into
    the profile image sizes and stored, and the answer is 204 without a body. Users can only upload
    their own image.

    Args:
        username (str):
        body (ProfileImagesUpload): The multipart body of a profile image upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ErrorResponse | ProfileImagesError]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProfileImagesUpload,
) -> Any | ErrorResponse | ProfileImagesError | None:
    """Upload a user's profile image

     Uploads a profile image for the user named in the path. The doc gives only the request line. In the
    platform's source this deprecated route runs the same code as POST
    /api/user/v1/accounts/{username}/image: the image is sent as the `file` part of a multipart body
    (the view's parsers also take a raw image upload, not described here), is validated, resized into
    the profile image sizes and stored, and the answer is 204 without a body. Users can only upload
    their own image.

    Args:
        username (str):
        body (ProfileImagesUpload): The multipart body of a profile image upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ErrorResponse | ProfileImagesError
    """

    return sync_detailed(
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProfileImagesUpload,
) -> Response[Any | ErrorResponse | ProfileImagesError]:
    """Upload a user's profile image

     Uploads a profile image for the user named in the path. The doc gives only the request line. In the
    platform's source this deprecated route runs the same code as POST
    /api/user/v1/accounts/{username}/image: the image is sent as the `file` part of a multipart body
    (the view's parsers also take a raw image upload, not described here), is validated, resized into
    the profile image sizes and stored, and the answer is 204 without a body. Users can only upload
    their own image.

    Args:
        username (str):
        body (ProfileImagesUpload): The multipart body of a profile image upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ErrorResponse | ProfileImagesError]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProfileImagesUpload,
) -> Any | ErrorResponse | ProfileImagesError | None:
    """Upload a user's profile image

     Uploads a profile image for the user named in the path. The doc gives only the request line. In the
    platform's source this deprecated route runs the same code as POST
    /api/user/v1/accounts/{username}/image: the image is sent as the `file` part of a multipart body
    (the view's parsers also take a raw image upload, not described here), is validated, resized into
    the profile image sizes and stored, and the answer is 204 without a body. Users can only upload
    their own image.

    Args:
        username (str):
        body (ProfileImagesUpload): The multipart body of a profile image upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ErrorResponse | ProfileImagesError
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
            body=body,
        )
    ).parsed
