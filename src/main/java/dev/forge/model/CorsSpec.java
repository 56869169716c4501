package dev.forge.model;

import java.util.List;

/** Cross-origin resource sharing. */
@Doc("Cross-origin resource sharing for browsers.")
public record CorsSpec(
        @Required @Format(regex = "^(?:\\*|https?://[^\\s/]+)$", hint = "'*' or an origin such as https://app.example.com")
        @Example("[https://app.example.com]") @Doc("Origins allowed to call.") List<String> origins,
        @Default("[GET, POST, PUT, DELETE, OPTIONS]")
        @Format(regex = "^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|\\*)$", hint = "an HTTP method such as GET")
        @Doc("Methods allowed.") List<String> methods,
        @Default("[Content-Type, Authorization]") @Doc("Request headers allowed.") List<String> headers,
        @Default("false") @Doc("Whether browsers may send cookies and credentials.") Boolean credentials,
        @Default("1h") @Range(min = 0, max = 86400) @Doc("How long browsers may cache the answer.") Duration maxAge) {
}
