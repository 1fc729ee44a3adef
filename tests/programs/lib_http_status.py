# http: HTTPStatus and HTTPMethod members, phrases, descriptions and category properties.
from http import HTTPStatus, HTTPMethod
import http
for s in HTTPStatus:
    print(repr((s.value, s.name, s.phrase, s.description)), s.is_informational, s.is_success, s.is_redirection, s.is_client_error, s.is_server_error)
for m in HTTPMethod:
    print(repr((m.name, m.description)), m.value, repr(m))
print(http.__all__, HTTPStatus(404), HTTPStatus['OK'], HTTPStatus.OK == 200, HTTPMethod('GET'), HTTPMethod.GET == 'GET')
print(repr(HTTPStatus.OK), str(HTTPStatus.OK), format(HTTPStatus.OK), repr(HTTPMethod.GET), str(HTTPMethod.GET), f"{HTTPMethod.POST}")
print(HTTPStatus.__doc__ == HTTPStatus.__doc__, HTTPStatus.__module__, HTTPMethod.__module__, len(HTTPStatus), HTTPStatus.__name__, HTTPStatus.__qualname__)
try: HTTPStatus(999)
except ValueError as e: print(e)
